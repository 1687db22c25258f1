"""The one place the desktop app runs syncs from: "sync now" (the Sync page's button, F5), the
background sync (right after start, then on a timer), and stopping a running sync (the page's
"Dừng", the window's close). Pages and the status bar only listen to its signals; none of them
starts a sync of its own, so there is never more than one, whoever asked.

    sync = SyncController(ws, ops, parent=window)
    sync.started.connect(...); sync.finished.connect(...); sync.failed.connect(...)
    sync.set_interval(5, at_start=True)
    sync.sync_now()

A sync is an `ops.task` on the network lane (reads and saves of the pages go on meanwhile), the
same progress-and-cancel mechanism as imports and exports: its progress comes back to the GUI
thread through the task, and `ops.cancel` stops it cooperatively: the next progress report of
the sync raises `SyncError("interrupted")` (the sync's own word for it), between two push
batches or two pull pages, so what was acknowledged or applied is kept and the next sync goes on
from there.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from shiboken6 import isValid


class SyncController(QObject):
    started = Signal()
    progressed = Signal(str, int, int)  # stage, done, total (total 0: a pull, done = the version reached)
    stopping = Signal()  # a stop was asked for; the sync ends at its next step
    finished = Signal(object)  # the SyncReport of a sync that went through
    failed = Signal(object)  # the exception that ended a sync (SyncError: its code says why)
    # enrolled, synced or failed, a conflict or rejection settled, a bundle imported: whatever
    # shows the sync's state (the status bar) reads it again
    state_changed = Signal()
    interval_changed = Signal(float)  # background sync every this many minutes (0: off)

    def __init__(self, ws: Any, ops: Any, parent: QObject | None = None):
        super().__init__(parent)
        self.ws, self.ops = ws, ops
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.auto_sync)
        self.minutes: float = 0
        self._running = False
        self._task: Any = None  # the running sync's Ops task

    @property
    def running(self) -> bool:
        return self._running

    @property
    def stop_requested(self) -> bool:
        return self._task is not None and self._task.cancelled

    # -- when ----------------------------------------------------------------------------------
    def set_interval(self, minutes: float, *, at_start: bool = False) -> None:
        """Background sync every `minutes` (0: off); `at_start`: also once now, if the register
        is enrolled (the app's start)."""
        self.minutes = minutes
        if minutes > 0:
            if not self.timer.isActive() or self.timer.interval() != int(minutes * 60_000):
                self.timer.start(int(minutes * 60_000))
        else:
            self.timer.stop()
        self.interval_changed.emit(minutes)
        if at_start and minutes > 0:
            self.auto_sync()

    def auto_sync(self) -> None:
        """A sync when the register is enrolled and none is running; failures only show on the
        Sync page and in the status bar (no window pops up)."""
        if self._running:
            return

        def decide(state: Any) -> None:
            if isValid(self) and state.enrolled and not self._running:
                self.sync_now()

        self.ops.query(self.ws.sync_state.state, on_done=decide)

    # -- running and stopping ----------------------------------------------------------------
    def sync_now(self) -> bool:
        """Starts a sync unless one is running. Returns whether it started."""
        if self._running:
            return False
        self._running = True
        ws = self.ws

        def work(task: Any) -> Any:
            from desktop_app.core.sync.client import sync
            from desktop_app.core.sync.transport import SyncError

            def progress(stage: str, done: int, total: int) -> None:
                if task.cancelled:  # the sync's own word for a stop, so its report says "interrupted"
                    raise SyncError("interrupted", "stopped by the user")
                task.progress(stage, done, total)

            return sync(ws, progress=progress)

        self.started.emit()
        self._task = self.ops.task(work, lane="net", on_done=self._alive(self._synced),
                                   on_error=self._alive(self._sync_failed),
                                   on_progress=self._alive(self._progress))
        return True

    def _progress(self, stage: str, done: int, total: int) -> None:
        self.progressed.emit(stage, done, total)

    def cancel(self) -> None:
        """Stops the running sync at its next step (the window's close asks for it too)."""
        if not self._running or not self.ops.cancel(self._task):
            return
        self.stopping.emit()

    def _end(self) -> None:
        self._running = False
        self._task = None

    def _synced(self, report: Any) -> None:
        self._end()
        self.finished.emit(report)
        self.ops.operation_did_execute.emit(report.changes(), self)  # pages show what came in
        self.state_changed.emit()

    def _sync_failed(self, e: BaseException) -> None:
        self._end()
        self.failed.emit(e)
        self.state_changed.emit()

    def _alive(self, fn: Any) -> Any:
        def call(*args: Any) -> None:
            if isValid(self):
                fn(*args)

        return call
