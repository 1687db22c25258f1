"""Hybrid logical clock (DESIGN §4): 48-bit milliseconds + 16-bit counter + device id.

Encoded as fixed-width hex so that string order is clock order: `"%012x%04x-%s"`. Advanced on
every local change and on every pull (`observe`), so a device's next change is ordered after
everything it has seen. A remote clock far ahead of the wall clock is flagged (`skew_warning`),
not trusted blindly.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass

MAX_COUNTER = 0xFFFF
MAX_SKEW_MS = 24 * 3600 * 1000  # a day ahead is a laptop clock set wrong
# A laptop clock set wrong, faked: seconds (an int, may be negative) added to the wall clock of
# every HybridClock of this process. For tests and black-box probes; unset in real use.
CLOCK_OFFSET_ENV = "WARDBOOK_CLOCK_OFFSET_SECONDS"


def system_wall_ms() -> int:
    """The wall clock in milliseconds, shifted by WARDBOOK_CLOCK_OFFSET_SECONDS when it is set
    (read here, on every call, and nowhere else)."""
    offset = os.environ.get(CLOCK_OFFSET_ENV, "").strip()
    return int(time.time() * 1000) + (int(offset) * 1000 if offset else 0)


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


class HybridClock:
    """`wall`: the wall clock in ms (default: system_wall_ms). `offset_ms`: added to it, for one
    clock of the process (a test's laptop whose clock runs days fast or slow)."""

    def __init__(self, device: str, last: str | None = None, wall: Callable[[], int] | None = None):
        self.device = device
        self._wall_source = wall or system_wall_ms
        self.offset_ms = 0
        s = Stamp.decode(last) if last else Stamp(0, 0, device)
        self._ms, self._counter = s.ms, s.counter
        self.skew_warning = False

    def _wall(self) -> int:
        return self._wall_source() + self.offset_ms

    def wall_ms(self) -> int:
        """This laptop's wall clock as the clock sees it (offsets included), in milliseconds."""
        return self._wall()

    def renamed(self, device: str) -> "HybridClock":
        """This clock (its time, wall and offset) stamping for another device id."""
        clock = HybridClock(device, Stamp(self._ms, self._counter, device).encode(), self._wall_source)
        clock.offset_ms = self.offset_ms
        return clock

    def now(self) -> str:
        """A new stamp, later than every stamp made or observed before."""
        wall = self._wall()
        if wall > self._ms:
            self._ms, self._counter = wall, 0
        elif self._counter < MAX_COUNTER:
            self._counter += 1
        else:  # counter exhausted within one ms: borrow the next millisecond
            self._ms, self._counter = self._ms + 1, 0
        return Stamp(self._ms, self._counter, self.device).encode()

    def observe(self, remote: str) -> None:
        """Advance past a stamp received from elsewhere."""
        r = Stamp.decode(remote)
        wall = self._wall()
        if r.ms - wall > MAX_SKEW_MS:
            # Do not drag our clock a day ahead because one device is wrong.
            self.skew_warning = True
            return
        if (r.ms, r.counter) > (self._ms, self._counter):
            self._ms, self._counter = r.ms, r.counter

    @property
    def last(self) -> str:
        return Stamp(self._ms, self._counter, self.device).encode()
