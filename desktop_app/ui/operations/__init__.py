"""Thin keyword-only UI operations, one module per feature (after Anki's aqt/operations).

A page or dialog asks for a feature's work by name — `sessions.remove_attendee(parent=self,
ops=self.ops, ws=self.ws, attendance_id=a.id)` — instead of writing the lambda, the lane and the
error handling each time. Every operation runs the core's Workspace call through `Ops` (never on
the GUI thread) and hands the core's result to `on_done` on the GUI thread. The standard
handling, unless the caller gives its own `on_error`: a failure is a message over `parent`;
a write is announced through `operation_did_execute` with `parent` as the initiator, so the
pages refresh by its flags.

Where a new one goes: in the module of its feature (persons, visits, sessions, tips, models,
due, reports, sync), a function taking only keyword arguments, returning what Ops returns (a
Future, or a Task for work that reports progress and may be cancelled)."""

from __future__ import annotations

from concurrent.futures import Future
from typing import Any, Callable

from desktop_app.ui.dialogs.form import on_error_message

OnDone = Callable[[Any], None] | None
OnError = Callable[[BaseException], None] | None


def write(*, parent: Any, ops: Any, fn: Callable[[], Any], on_done: OnDone = None,
          on_error: OnError = None) -> Future | None:
    """A write on the database thread with the standard handling (see the module)."""
    return ops.op(fn, on_done=on_done, on_error=on_error or on_error_message(parent), initiator=parent)


def read(*, parent: Any, ops: Any, fn: Callable[[], Any], on_done: Callable[[Any], None],
         on_error: OnError = None, slow: bool = False) -> Future | None:
    """A read on the database thread (`slow`: on the slow-read lane, see `Ops.slow_query`).
    Without `on_error`, a failure goes to the app's error handler, as any read's does."""
    if slow:
        return ops.slow_query(fn, on_done=on_done, on_error=on_error)
    return ops.query(fn, on_done=on_done, on_error=on_error)
