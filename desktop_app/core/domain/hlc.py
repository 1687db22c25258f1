"""Hybrid logical clock (DESIGN §4): 48-bit milliseconds + 16-bit counter + device id.

Encoded as fixed-width hex so that string order is clock order: `"%012x%04x-%s"`. Advanced on
every local change and on every pull (`observe`), so a device's next change is ordered after
everything it has seen. A remote clock far ahead of the wall clock is flagged (`skew_warning`),
not trusted blindly.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

MAX_COUNTER = 0xFFFF
MAX_SKEW_MS = 24 * 3600 * 1000  # a day ahead is a laptop clock set wrong


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
    def __init__(self, device: str, last: str | None = None, wall: Callable[[], int] | None = None):
        self.device = device
        self._wall = wall or (lambda: int(time.time() * 1000))
        s = Stamp.decode(last) if last else Stamp(0, 0, device)
        self._ms, self._counter = s.ms, s.counter
        self.skew_warning = False

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
