"""Operations of the paperwork (issue 18): the templates in force, a document made from the
register (numbered, kept in the register and audited by the core), a commune's own form added,
a preview. Every call runs on the database thread; results come back on the GUI thread."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from desktop_app.core.documents.service import Documents, find_pdf_converter, to_pdf, write_out
from desktop_app.ui.operations import OnDone, OnError, read


def templates(*, parent: Any, ops: Any, ws: Any, on: dt.date | None, on_done: OnDone,
              on_error: OnError = None, all_versions: bool = False) -> Any:
    docs = Documents.of(ws)
    return read(parent=parent, ops=ops, fn=(docs.all_templates if all_versions else lambda: docs.templates(on)),
                on_done=on_done, on_error=on_error)


def make(*, parent: Any, ops: Any, ws: Any, key: str, refs: dict[str, Any], on: dt.date | None, out: Path,
         pdf: bool, on_done: OnDone, on_error: OnError = None) -> Any:
    """Makes the document (a write of the core: its number, the kept copy and the audit row in one
    transaction) and writes `out`; with `pdf`, a PDF beside it when the computer can make one.
    `on_done((MadeDocument, pdf path or None))`. On the query lane: its result is not a Changes."""

    def work() -> tuple[Any, Path | None]:
        made = Documents.of(ws).make(key, on=on, out=out, **refs)
        return made, (to_pdf(out) if pdf else None)

    return read(parent=parent, ops=ops, fn=work, on_done=on_done, on_error=on_error)


def add_template(*, parent: Any, ops: Any, ws: Any, path: Path, meta: dict[str, Any], on_done: OnDone,
                 on_error: OnError = None, publish: bool = False) -> Any:
    """A commune's own form stored in the register, or (`publish`, a province register) a form
    published to every commune of the province through sync."""
    return read(parent=parent, ops=ops, fn=lambda: Documents.of(ws).add_template(path, meta, publish=publish),
                on_done=on_done, on_error=on_error)


def withdraw(*, parent: Any, ops: Any, ws: Any, key: str, version: int, on_done: OnDone,
             on_error: OnError = None) -> Any:
    """The province withdraws a form it published (a tombstone the communes pull)."""
    return read(parent=parent, ops=ops, fn=lambda: Documents.of(ws).withdraw_published(key, version),
                on_done=on_done, on_error=on_error)


def preview(*, parent: Any, ops: Any, ws: Any, source: Any, out: Path, on_done: OnDone,
            on_error: OnError = None) -> Any:
    def work() -> Path:
        return write_out(out, Documents.of(ws).preview(source))

    return read(parent=parent, ops=ops, fn=work, on_done=on_done, on_error=on_error)


def pdf_possible() -> bool:
    return find_pdf_converter() is not None


def kept(*, parent: Any, ops: Any, ws: Any, person_id: str | None, session_id: str | None, on_done: OnDone,
         on_error: OnError = None) -> Any:
    """The documents kept in the register for a person (or a session), newest first."""
    return read(parent=parent, ops=ops, fn=lambda: Documents.of(ws).kept(person_id=person_id, session_id=session_id),
                on_done=on_done, on_error=on_error)


def kept_copy(*, parent: Any, ops: Any, ws: Any, doc_id: str, out: Path, on_done: OnDone,
              on_error: OnError = None) -> Any:
    """A kept document written out again (audited by the core) to `out`."""

    def work() -> Path:
        return write_out(out, Documents.of(ws).kept_bytes(doc_id))

    return read(parent=parent, ops=ops, fn=work, on_done=on_done, on_error=on_error)
