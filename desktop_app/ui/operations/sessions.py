"""Operations on warning sessions and their attendees."""

from __future__ import annotations

from typing import Any, Sequence

from desktop_app.ui.operations import OnDone, OnError, read, write


def list_sessions(*, parent: Any, ops: Any, ws: Any, on_done: OnDone, limit: int = 1000) -> Any:
    return read(parent=parent, ops=ops, fn=lambda: ws.sessions.list(limit=limit), on_done=on_done)


def list_attendees(*, parent: Any, ops: Any, ws: Any, session_id: str, on_done: OnDone) -> Any:
    return read(parent=parent, ops=ops, fn=lambda: ws.sessions.attendees(session_id), on_done=on_done)


def find_by_cccds(*, parent: Any, ops: Any, ws: Any, text: str, on_done: OnDone) -> Any:
    """The persons named by the CCCD numbers in `text` (one a line): (found, missing)."""
    return read(parent=parent, ops=ops, fn=lambda: ws.sessions.find_by_cccds(text), on_done=on_done)


def add_attendees(*, parent: Any, ops: Any, ws: Any, session_id: str, person_ids: Sequence[str],
                  on_done: OnDone = None, on_error: OnError = None) -> Any:
    ids = list(person_ids)
    return write(parent=parent, ops=ops, fn=lambda: ws.sessions.add_attendees(session_id, ids), on_done=on_done,
                 on_error=on_error)


def remove_attendee(*, parent: Any, ops: Any, ws: Any, attendance_id: str, on_done: OnDone = None,
                    on_error: OnError = None) -> Any:
    return write(parent=parent, ops=ops, fn=lambda: ws.sessions.remove_attendee(attendance_id), on_done=on_done,
                 on_error=on_error)


def set_commitment(*, parent: Any, ops: Any, ws: Any, attendance_id: str, signed: bool, parent_cosigned: bool,
                   on_done: OnDone = None, on_error: OnError = None) -> Any:
    """The commitment signed or not, and a minor's parent's co-signature."""
    return write(parent=parent, ops=ops, on_done=on_done, on_error=on_error,
                 fn=lambda: ws.sessions.set_commitment(attendance_id, signed=signed, parent_cosigned=parent_cosigned))
