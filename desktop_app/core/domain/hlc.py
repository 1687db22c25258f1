"""Hybrid logical clock (DESIGN §4): 48-bit milliseconds + 16-bit counter + device id.

Encoded as fixed-width hex so that string order is clock order: `"%012x%04x-%s"`. Advanced on
every local change and on every pull (`observe`), so a device's next change is ordered after
everything it has seen.

The server's clock bounds order (docs/architecture.md §3, "Clock bound"): a stamp more than the
allowed offset (`DEFAULT_MAX_AHEAD_MS`, the server's setting) ahead of the server's time is
re-stamped. A laptop learns the server's time at every sync (`learn_server_time`); from then on
its clock never runs more than the offset ahead of the server's time as it last knew it: a wall
clock off by more than the offset is replaced by its estimate of the server's time, and a
remote stamp is followed at most up to that bound (a stamp beyond it is flagged,
`skew_warning`).

The wall clock is `time.time()` (so libfaketime fakes it), shifted by the environment variable
WARDBOOK_CLOCK_OFFSET_SECONDS when it is set: a test of the command line can run a laptop whose
clock is off. `HybridClock.wall` may be replaced by any function of milliseconds.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass

MAX_COUNTER = 0xFFFF
MAX_SKEW_MS = 24 * 3600 * 1000  # a day off is a laptop clock set wrong (flagged as clock_skew)
DEFAULT_MAX_AHEAD_MS = 5 * 60 * 1000  # the server's allowed clock offset, unless it says otherwise
CLOCK_OFFSET_ENV = "WARDBOOK_CLOCK_OFFSET_SECONDS"


def system_wall_ms() -> int:
    """This computer's clock in milliseconds: time.time(), plus WARDBOOK_CLOCK_OFFSET_SECONDS
    (a number of seconds, may be negative or fractional) when that is set."""
    now = time.time()
    shift = os.environ.get(CLOCK_OFFSET_ENV)
    if shift:
        try:
            now += float(shift)
        except ValueError:
            pass
    return int(now * 1000)


@dataclass(frozen=True, order=True)
class Stamp:
    ms: int
    counter: int
    device: str

    def encode(self) -> str:
        return f"{self.ms:012x}{self.counter:04x}-{self.device}"

    @classmethod
    def decode(cls, s: str) -> "Stamp":
        head, _, device = s.partition("-")
        if len(head) != 16:
            raise ValueError(f"not an HLC: {s!r}")
        return cls(int(head[:12], 16), int(head[12:], 16), device)

    def next(self) -> "Stamp":
        """The smallest stamp of the same device after this one."""
        if self.counter < MAX_COUNTER:
            return Stamp(self.ms, self.counter + 1, self.device)
        return Stamp(self.ms + 1, 0, self.device)


def hlc_ms(s: str) -> int:
    """The milliseconds of an encoded stamp (without decoding the rest)."""
    return int(s[:12], 16)


def restamp_ahead(stamps: Iterable[str], limit_ms: int, target: Callable[[Stamp], int],
                  floors: Iterable[str] = ()) -> dict[str, str]:
    """{old: new} for every stamp of `stamps` whose milliseconds are above `limit_ms`: the new
    stamp keeps the device part (a conflict still knows its author) and takes `target(stamp)`
    milliseconds, raised when needed so that the order of each device's stamps is kept (a later
    change of a field stays later than an earlier one, also than the device's stamps within the
    limit among `floors`, e.g. those already stored). Stamps within the limit are kept."""
    floor: dict[str, Stamp] = {}
    out: dict[str, str] = {}
    for raw in sorted({*stamps, *(f for f in floors if hlc_ms(f) <= limit_ms)}):
        s = Stamp.decode(raw)
        if s.ms <= limit_ms:
            floor[s.device] = s
            continue
        new = Stamp(min(target(s), s.ms), 0, s.device)
        low = floor.get(s.device)
        if low is not None and new <= low:
            new = low.next()
        floor[s.device] = new
        out[raw] = new.encode()
    return out


class HybridClock:
    def __init__(self, device: str, last: str | None = None, wall: Callable[[], int] | None = None):
        self.device = device
        self.wall: Callable[[], int] = wall or system_wall_ms  # this computer's clock, ms
        s = Stamp.decode(last) if last else Stamp(0, 0, device)
        self._ms, self._counter = s.ms, s.counter
        self.skew_warning = False
        # server time - this computer's time, as last measured (None: never synced), and the
        # offset the server allows
        self.server_offset_ms: int | None = None
        self.max_ahead_ms = DEFAULT_MAX_AHEAD_MS

    def physical(self) -> int:
        """The time new stamps are taken from: the wall clock, or — when it is more than the
        allowed offset away from the server's time as last learnt — that server time."""
        wall = self.wall()
        if self.server_offset_ms is None or abs(self.server_offset_ms) <= self.max_ahead_ms:
            return wall
        return wall + self.server_offset_ms

    def limit_ms(self) -> int:
        """The highest milliseconds a stamp may have now: the server's time (as estimated) plus
        the allowed offset."""
        return self.wall() + (self.server_offset_ms or 0) + self.max_ahead_ms

    def now(self) -> str:
        """A new stamp, later than every stamp made or observed before."""
        wall = self.physical()
        if wall > self._ms:
            self._ms, self._counter = wall, 0
        elif self._counter < MAX_COUNTER:
            self._counter += 1
        else:  # counter exhausted within one ms: borrow the next millisecond
            self._ms, self._counter = self._ms + 1, 0
        return f"{self._ms:012x}{self._counter:04x}-{self.device}"  # == Stamp(…).encode(), unbuilt

    def observe(self, remote: str) -> None:
        """Advance past a stamp received from elsewhere, as far as the clock bound allows: a
        stamp more than the allowed offset ahead of the server's time is followed only up to
        that bound (and flagged when it is a day or more ahead)."""
        r = Stamp.decode(remote)
        limit = self.limit_ms()
        ms, counter = r.ms, r.counter
        if ms > limit:
            if ms - self.physical() > MAX_SKEW_MS:
                self.skew_warning = True
            ms, counter = limit, 0
        if (ms, counter) > (self._ms, self._counter):
            self._ms, self._counter = ms, counter

    def learn_server_time(self, offset_ms: int, max_ahead_ms: int | None = None) -> None:
        """The server's time minus this computer's, as measured at a sync, and the offset the
        server allows. Does not move the clock back (see `restart_at`)."""
        self.server_offset_ms = int(offset_ms)
        if max_ahead_ms is not None and max_ahead_ms >= 0:
            self.max_ahead_ms = int(max_ahead_ms)

    def restart_at(self, stamp: str | None) -> None:
        """Sets the clock back to `stamp` (or to the server's time when None) — only once every
        stamp this register made after it and has not sent was re-stamped below the limit."""
        if stamp is None:
            self._ms, self._counter = self.physical(), 0
        else:
            s = Stamp.decode(stamp)
            self._ms, self._counter = s.ms, s.counter

    @property
    def last(self) -> str:
        return Stamp(self._ms, self._counter, self.device).encode()
