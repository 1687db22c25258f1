"""Background work without freezing the window (after Anki's CollectionOp/QueryOp).

All database work runs on ONE worker thread (SQLite has one writer; reads queue behind writes
in order, so a page never reads older data than the write it just asked for). Long network
work (a sync with the provincial server) runs on a second thread through `background()`, so
reads and saves never queue behind a slow or unreachable server, and long reads (seconds on a
province register) on a third through `slow_query()`, so the other pages' reads do not either. Results come
back on the main thread through a queued signal; callbacks never run inside the worker, so
they may touch widgets. A write returns `Changes`; `operation_did_execute(changes, initiator)`
is emitted after it, and each page refreshes only what the flags say.
"""

from __future__ import annotations

import threading
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Callable

from PySide6.QtCore import QObject, Signal, Slot

from desktop_app.core.services.changes import Changes


class Ops(QObject):
    operation_did_execute = Signal(object, object)  # Changes, initiator
    busy_changed = Signal(bool)
    _finished = Signal(object, object, object, object)  # on_done, on_error, result, exception

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._db = ThreadPoolExecutor(max_workers=1, thread_name_prefix="wardbook-db")
        self._net: ThreadPoolExecutor | None = None  # background(): made on first use
        self._slow: ThreadPoolExecutor | None = None  # slow_query(): made on first use
        self._pending = 0
        self._lock = threading.Lock()
        self._finished.connect(self._deliver)
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
