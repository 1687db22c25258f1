"""A prompt hand-over of the GIL while a bulk write's writer thread runs beside the thread that
prepares its rows (an import: `services/batch.py`).

The writer spends its time in SQLite, which releases the GIL, but it needs the GIL back for a
moment before and after every statement. The preparing thread never waits, so each time the
writer asks it holds on until Python's switch interval (5 ms) forces it to let go: a few hundred
statements made the writer lag, and the import waited for it at every commit (0.3–0.4 s of
10,000 rows' 2 s here). With a 0.5 ms interval the writer gets the GIL within 0.5 ms; the
preparing thread pays nothing measurable. Counted, so that two bulk writes at once put the
interval back only when the last one ends, and to what it was when the first began."""

from __future__ import annotations

import contextlib
import sys
import threading
from collections.abc import Iterator

HANDOFF_SECONDS = 0.0005
_LOCK = threading.Lock()
_STATE: list[float | int] = [0, 0.0]  # bulk writes running, the interval when the first began


@contextlib.contextmanager
def prompt_handoff() -> Iterator[None]:
    with _LOCK:
        if _STATE[0] == 0:
            _STATE[1] = sys.getswitchinterval()
            sys.setswitchinterval(min(HANDOFF_SECONDS, float(_STATE[1])))
        _STATE[0] += 1
    try:
        yield
    finally:
        with _LOCK:
            _STATE[0] -= 1
            if _STATE[0] == 0:
                sys.setswitchinterval(float(_STATE[1]))
