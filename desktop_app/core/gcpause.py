"""The cyclic garbage collector paused during bulk work (a long pull's pages, an import's rows):
such work allocates a few objects per row, and each full pass of the collector walks every
object of the process (in the app: Qt's too), a tenth to a sixth of the work's time. Reference
counting still frees what a row leaves; cycles wait until the collector is back on. Counted, so
that a pull and an import running at once (the app's two lanes) turn it back on only when the
last one ends, and only if it was on when the first began."""

from __future__ import annotations

import gc

from desktop_app.core.counted import CountedSetting

_COLLECTOR = CountedSetting(gc.isenabled, lambda was_on: gc.disable(),
                            lambda was_on: gc.enable() if was_on else None)
gc_paused = _COLLECTOR.held
