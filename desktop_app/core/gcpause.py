"""The cyclic garbage collector paused during bulk work (a long pull's pages, an import's rows):
such work allocates a few objects per row, and each full pass of the collector walks every
object of the process (in the app: Qt's too), a tenth to a sixth of the work's time. Reference
counting still frees what a row leaves; cycles wait until the collector is back on. Counted, so
that a pull and an import running at once (the app's two lanes) turn it back on only when the
last one ends, and only if it was on when the first began."""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

_LOCK = threading.Lock()
_PAUSES = [0, False]  # works running, whether the collector was on when the first began


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    with _LOCK:
        if _PAUSES[0] == 0:
            _PAUSES[1] = gc.isenabled()
            gc.disable()
        _PAUSES[0] += 1
    try:
        yield
    finally:
        with _LOCK:
            _PAUSES[0] -= 1
            if _PAUSES[0] == 0 and _PAUSES[1]:
                gc.enable()
