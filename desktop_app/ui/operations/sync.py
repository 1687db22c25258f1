"""Operations of the Sync page other than the sync itself (the SyncController runs those):
enrolment, settling conflicts and rejections, sync by file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop_app.core.services.changes import Changes
from desktop_app.ui.operations import OnDone, OnError, read, write


def enroll(*, parent: Any, ops: Any, ws: Any, url: str, code: str, fingerprint: str | None, on_done: OnDone,
           on_error: OnError = None) -> Any:
    """Enrols this register with the server (on the network lane: it may be slow)."""

    def work() -> dict[str, Any]:
        from desktop_app.core.sync.client import enroll as core_enroll

        return core_enroll(ws, url, code, fingerprint=fingerprint)

    return ops.background(work, on_done=on_done, on_error=on_error)


def resolve_conflict(*, parent: Any, ops: Any, ws: Any, conflict_id: str, action: str, on_done: OnDone = None,
                     on_error: OnError = None) -> Any:
    """"confirm" keeps the value in use; "swap" writes the replaced one as a new change."""

    def work() -> Any:
        from desktop_app.core.sync.client import resolve_conflict as core_resolve

        return core_resolve(ws, conflict_id, action)

    return write(parent=parent, ops=ops, fn=work, on_done=on_done, on_error=on_error)


def dismiss_rejection(*, parent: Any, ops: Any, ws: Any, op_id: str, on_done: OnDone = None,
                      on_error: OnError = None) -> Any:
    def work() -> Changes:
        from desktop_app.core.sync.client import dismiss_rejection as core_dismiss

        core_dismiss(ws, op_id)
        return Changes()

    return write(parent=parent, ops=ops, fn=work, on_done=on_done, on_error=on_error)


def export_bundle(*, parent: Any, ops: Any, ws: Any, path: str | Path, on_done: OnDone,
                  on_error: OnError = None) -> Any:
    def work() -> dict[str, Any]:
        from desktop_app.core.sync.bundle import bundle_export

        return bundle_export(ws, Path(path))

    return read(parent=parent, ops=ops, fn=work, on_done=on_done, on_error=on_error)


def import_bundle(*, parent: Any, ops: Any, ws: Any, path: str | Path, on_done: OnDone,
                  on_error: OnError = None) -> Any:
    """The province's answer applied; `on_done(report)` (the caller announces its changes)."""

    def work() -> Any:
        from desktop_app.core.sync.bundle import bundle_import

        return bundle_import(ws, Path(path))

    return read(parent=parent, ops=ops, fn=work, on_done=on_done, on_error=on_error)
