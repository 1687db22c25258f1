"""Operations on persons: the People list's pages, a person's file, the photo."""

from __future__ import annotations

from typing import Any

from desktop_app.ui.dialogs.form import on_error_message
from desktop_app.ui.operations import OnDone, OnError, read, write


def search_persons(*, parent: Any, ops: Any, ws: Any, text: str, on_done: OnDone, limit: int = 50,
                   offset: int = 0, with_total: bool = False, **filters: Any) -> Any:
    """One page of `ws.persons.search` (accent-insensitive), the page's `PersonPage` to `on_done`."""
    return read(parent=parent, ops=ops, on_done=on_done,
                fn=lambda: ws.persons.search(text, limit=limit, offset=offset, with_total=with_total, **filters))


def load_person_file(*, parent: Any, ops: Any, ws: Any, person_id: str, audit: bool, on_done: OnDone,
                     photo_sha256: str | None = None, photo_bytes: bytes | None = None) -> Any:
    """Everything a person's file shows: (person, cases, timelines by case id, sessions, photo).
    The photo is read again only when it is not the one on screen (`photo_sha256`)."""

    def fetch() -> tuple[Any, ...]:
        p = ws.persons.get(person_id, audit=audit)
        cases = ws.cases.for_person(person_id)
        same = p.photo_sha256 and p.photo_sha256 == photo_sha256
        photo = photo_bytes if same else ws.persons.photo(person_id)
        return p, cases, {c.id: ws.cases.timeline(c.id) for c in cases}, ws.sessions.for_person(person_id), photo

    return read(parent=parent, ops=ops, fn=fetch, on_done=on_done, on_error=on_error_message(parent))


def set_photo(*, parent: Any, ops: Any, ws: Any, person_id: str, data: bytes, on_done: OnDone = None,
              on_error: OnError = None) -> Any:
    return write(parent=parent, ops=ops, fn=lambda: ws.persons.set_photo(person_id, data), on_done=on_done,
                 on_error=on_error)


def remove_photo(*, parent: Any, ops: Any, ws: Any, person_id: str, on_done: OnDone = None,
                 on_error: OnError = None) -> Any:
    return write(parent=parent, ops=ops, fn=lambda: ws.persons.remove_photo(person_id), on_done=on_done,
                 on_error=on_error)



def load_transfer_destinations(*, parent: Any, ops: Any, ws: Any, person_unit: str, on_done: OnDone) -> Any:
    """The communes a person of `person_unit` may be transferred to (`ws.transfers.destinations`)."""
    return read(parent=parent, ops=ops, on_done=on_done, on_error=on_error_message(parent),
                fn=lambda: ws.transfers.destinations(person_unit))
