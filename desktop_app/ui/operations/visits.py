"""Operations on what happened inside a case (contacts, evaluations, absences, events)."""

from __future__ import annotations

from typing import Any

from desktop_app.ui.dialogs.form import on_error_message
from desktop_app.ui.operations import OnDone, OnError, read, write


def load_record(*, parent: Any, ops: Any, ws: Any, kind: str, record_id: str, on_done: OnDone) -> Any:
    """One record of the timeline as its correction dialog needs it."""
    return read(parent=parent, ops=ops, fn=lambda: ws.visits.record(kind, record_id), on_done=on_done,
                on_error=on_error_message(parent))


def remove_record(*, parent: Any, ops: Any, ws: Any, kind: str, record_id: str, on_done: OnDone = None,
                  on_error: OnError = None) -> Any:
    return write(parent=parent, ops=ops, fn=lambda: ws.visits.remove(kind, record_id), on_done=on_done,
                 on_error=on_error)
