"""A prompt hand-over of the GIL while bulk work runs on two threads: an import's writer thread
beside the thread that prepares its rows (`services/batch.py`), a long pull's thread applying
pages beside the one parsing the next (`sync/client/pull.py`).

The thread in SQLite releases the GIL, but needs it back for a moment before and after every
statement. The other thread never waits, so each time it is asked it holds on until Python's
switch interval (5 ms) forces it to let go: an import's writer lagged, and the import waited
for it at every commit (0.3–0.4 s of 10,000 rows' 2 s here). With a 0.5 ms interval the GIL
comes back within 0.5 ms; the busy thread pays nothing measurable. One count for both uses (the
app runs a pull and an import at once on its two lanes): the interval is put back only when the
last one ends, and to what it was when the first began."""

from __future__ import annotations

import sys

from desktop_app.core.counted import CountedSetting

HANDOFF_SECONDS = 0.0005
_INTERVAL = CountedSetting(sys.getswitchinterval, lambda was: sys.setswitchinterval(min(HANDOFF_SECONDS, was)),
                           sys.setswitchinterval)
prompt_handoff = _INTERVAL.held
