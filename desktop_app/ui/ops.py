"""Background work without freezing the window (after Anki's CollectionOp/QueryOp).

All database work runs on ONE worker thread (SQLite has one writer; reads queue behind writes
in order, so a page never reads older data than the write it just asked for). Long network
work (a sync with the provincial server) runs on a second thread through `background()`, so
reads and saves never queue behind a slow or unreachable server, and long reads (seconds on a
province register) on a third through `slow_query()`, so the other pages' reads do not either. Results come
back on the main thread through a queued signal; callbacks never run inside the worker, so
they may touch widgets. A write returns `Changes`; `operation_did_execute(changes, initiator)`
is emitted after it, and each page refreshes only what the flags say.

Slow work that reports progress and may be stopped (an import, a report export, a sync) runs
through `task()`, the one way to do both: the work gets a `Task`, passes `task.progress` to the
core as its progress callback (or calls `task.check()` between its own steps; `task.cancel_event`
is a `threading.Event` for a core function that takes one), the reports come back to the main
thread through `progressed` (and the task's `on_progress`), and `ops.cancel(task)` makes the
next report raise `Cancelled`, so the work stops there — a write in progress rolls back — and
`on_cancelled` runs instead of `on_done`/`on_error`.

    task = ops.task(lambda t: import_workbook(ws, path, dry_run=True, progress=t.progress),
                    on_done=show, on_progress=bar.update, on_cancelled=say_stopped)
    ...
    ops.cancel(task)
"""

from __future__ import annotations

import threading
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Callable

from PySide6.QtCore import QObject, Signal, Slot

from desktop_app.core.services.changes import Changes


class Cancelled(Exception):
    """Raised inside a task by its progress report (or `check()`) once `Ops.cancel` asked for it."""


class Task:
    """The handle of one `Ops.task`: what the work reports progress through and what
    `Ops.cancel` takes. Its methods may be called from the worker thread."""

    def __init__(self, ops: "Ops", on_progress: Callable[[str, int, int], None] | None):
        self.cancel_event = threading.Event()
        self.future: Future | None = None
        self._ops, self._on_progress = ops, on_progress

    @property
    def cancelled(self) -> bool:
        return self.cancel_event.is_set()

    def check(self) -> None:
        """Raises `Cancelled` if a cancel was asked for (a step boundary of the work)."""
        if self.cancel_event.is_set():
            raise Cancelled()

    def progress(self, stage: str, done: int, total: int) -> None:
        """The core's progress callback: `stage`, `done` of `total` (0: unknown). Stops the
        work (raises `Cancelled`) once cancelled."""
        self.check()
        try:
            self._ops._progressed.emit(self, stage, done, total)
        except RuntimeError:  # the window is gone (the app is closing): the work goes on
            pass


class Ops(QObject):
    operation_did_execute = Signal(object, object)  # Changes, initiator
    busy_changed = Signal(bool)
    progressed = Signal(object, str, int, int)  # Task, stage, done, total (on the main thread)
    _progressed = Signal(object, str, int, int)  # the same, emitted from a worker
    _finished = Signal(object, object, object, object)  # on_done, on_error, result, exception

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._db = ThreadPoolExecutor(max_workers=1, thread_name_prefix="wardbook-db")
        self._net: ThreadPoolExecutor | None = None  # background(): made on first use
        self._slow: ThreadPoolExecutor | None = None  # slow_query(): made on first use
        self._pending = 0
        self._lock = threading.Lock()
        self._finished.connect(self._deliver)
        self._progressed.connect(self._deliver_progress)
        self.error_handler: Callable[[BaseException], None] | None = None
        self._closed = False

    def _submit(self, fn: Callable[[], Any], on_done: Callable[[Any], None] | None,
                on_error: Callable[[BaseException], None] | None,
                executor: ThreadPoolExecutor | None = None) -> Future | None:
        if self._closed:
            return None  # the app is closing: late refreshes are dropped, never half-run
        with self._lock:
            self._pending += 1
            if self._pending == 1:
                self.busy_changed.emit(True)
        fut = (executor or self._db).submit(fn)

        def done(f: Future) -> None:
            exc = f.exception()
            self._finished.emit(on_done, on_error, None if exc else f.result(), exc)

        fut.add_done_callback(done)
        return fut

    @Slot(object, object, object, object)
    def _deliver(self, on_done, on_error, result, exc) -> None:
        with self._lock:
            self._pending -= 1
            if self._pending == 0:
                self.busy_changed.emit(False)
        if self._closed:
            return
        if exc is not None:
            handler = on_error or self.error_handler
            if handler is None:
                raise exc
            handler(exc)
        elif on_done is not None:
            on_done(result)

    def query(self, fn: Callable[[], Any], *, on_done: Callable[[Any], None],
              on_error: Callable[[BaseException], None] | None = None) -> Future:
        """A read off the main thread; `on_done(result)` runs on the main thread."""
        return self._submit(fn, on_done, on_error)

    def slow_query(self, fn: Callable[[], Any], *, on_done: Callable[[Any], None],
                   on_error: Callable[[BaseException], None] | None = None) -> Future | None:
        """A long read (seconds on a province register: the Overview's due figures) on a read
        thread of its own, so that the quick reads and the saves of the other pages do not
        queue behind it. It sees the register as of when it starts (SQLite's WAL snapshot); a
        page refreshes again after every write it hears of."""
        if self._slow is None and not self._closed:
            self._slow = ThreadPoolExecutor(max_workers=1, thread_name_prefix="wardbook-slow-read")
        return self._submit(fn, on_done, on_error, self._slow)

    def op(self, fn: Callable[[], Changes], *, on_done: Callable[[Changes], None] | None = None,
           on_error: Callable[[BaseException], None] | None = None, initiator: object = None) -> Future:
        """A write off the main thread; afterwards every page hears `operation_did_execute`."""

        def finished(changes: Changes) -> None:
            if on_done is not None:
                on_done(changes)
            if isinstance(changes, Changes):
                self.operation_did_execute.emit(changes, initiator)

        return self._submit(fn, finished, on_error)

    def background(self, fn: Callable[[], Any], *, on_done: Callable[[Any], None] | None = None,
                   on_error: Callable[[BaseException], None] | None = None) -> Future | None:
        """Long network work (sync, enrollment) on its own thread, one job at a time: page
        reads and saves keep going meanwhile (the core's transactions keep them apart).
        `on_done(result)` runs on the main thread; the caller announces any Changes."""
        if self._net is None and not self._closed:
            self._net = ThreadPoolExecutor(max_workers=1, thread_name_prefix="wardbook-net")
        return self._submit(fn, on_done, on_error, self._net)

    def task(self, fn: Callable[[Task], Any], *, on_done: Callable[[Any], None] | None = None,
             on_error: Callable[[BaseException], None] | None = None,
             on_progress: Callable[[str, int, int], None] | None = None,
             on_cancelled: Callable[[], None] | None = None, lane: str = "db", initiator: object = None) -> Task:
        """Slow work that reports progress and may be cancelled: `fn(task)` runs on the
        database thread (`lane="net"`: the network one, as `background()`); its progress
        reaches `on_progress(stage, done, total)` on the main thread; after `cancel(task)` the
        work stops at its next report and `on_cancelled()` runs (not `on_done`/`on_error`).
        A result that is a `Changes` is announced as `op()` does."""
        task = Task(self, on_progress)

        def finished(result: Any) -> None:  # the work went through (a cancel that came too late)
            if on_done is not None:
                on_done(result)
            if isinstance(result, Changes):
                self.operation_did_execute.emit(result, initiator)

        def failed(e: BaseException) -> None:
            if isinstance(e, Cancelled):
                if on_cancelled is not None:
                    on_cancelled()
                return
            (on_error or self.error_handler or _raise)(e)

        if lane == "net":
            if self._net is None and not self._closed:
                self._net = ThreadPoolExecutor(max_workers=1, thread_name_prefix="wardbook-net")
            executor = self._net
        elif lane == "db":
            executor = self._db
        else:
            raise ValueError(f"unknown lane {lane!r}")
        task.future = self._submit(lambda: fn(task), finished, failed, executor)
        return task

    def cancel(self, task: Task | None) -> bool:
        """Asks `task` to stop at its next step; whether it was still running."""
        if task is None or task.cancelled or (task.future is not None and task.future.done()):
            return False
        task.cancel_event.set()
        return True

    @Slot(object, str, int, int)
    def _deliver_progress(self, task: Task, stage: str, done: int, total: int) -> None:
        if self._closed or task.cancelled:
            return  # reports still queued when a cancel was asked are dropped
        self.progressed.emit(task, stage, done, total)
        if task._on_progress is not None:
            task._on_progress(stage, done, total)

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def shutdown(self) -> None:
        """Waits for work already queued (a write in progress completes), refuses new work."""
        self._closed = True
        self._db.shutdown(wait=True)
        for lane in (self._net, self._slow):
            if lane is not None:
                lane.shutdown(wait=True)


def _raise(e: BaseException) -> None:
    raise e
