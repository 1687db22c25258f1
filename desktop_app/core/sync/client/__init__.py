"""The sync client (DESIGN §4): enroll a register with the provincial server, sync it, say
where it stands.

    info = enroll(ws, "https://tinh.example/", "ABCD-EFGH-JKLM")
    report = sync(ws, progress=lambda stage, done, total: ...)
    st = status(ws)

Where things are:
    enroll.py    joining a server with a one-time code
    session.py   one sync: meta → push → attachments → pull → check; recovery from a restored server
    push.py      the outbox to the server, batch by batch; restating every row after a restore
    pull.py      each unit, page by page, a page and its cursor in one local transaction
    pipeline.py  the pull's tuning: pages fetched ahead, its connection and pragmas, WAL
                 checkpoints beside it, the garbage collector paused
    check.py     the end-of-sync comparison with the server, per unit
    state.py     sync_meta bookkeeping, SyncReport, status, conflicts and rejections

Everything here reads and writes through the Workspace's public transactions (`ws.db`).
"""

from desktop_app.core.sync.client.enroll import enroll
from desktop_app.core.sync.client.session import sync
from desktop_app.core.sync.client.state import SyncReport, dismiss_rejection, resolve_conflict, status

__all__ = ["SyncReport", "dismiss_rejection", "enroll", "resolve_conflict", "status", "sync"]
