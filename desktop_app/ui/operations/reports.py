"""Operations of the Reports page: a period's figures, and their export as a cancellable task."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, Callable

from desktop_app.core.reports.service import ReportExports
from desktop_app.ui.operations import OnDone, OnError, read


def compute_report(*, parent: Any, ops: Any, ws: Any, start: dt.date, end: dt.date, unit: str | None,
                   label: str | None, on_done: OnDone, on_error: OnError = None) -> Any:
    return read(parent=parent, ops=ops, fn=lambda: ReportExports.of(ws).period_report(start, end, unit, label=label),
                on_done=on_done, on_error=on_error)


def export_report(*, parent: Any, ops: Any, ws: Any, start: dt.date, end: dt.date, unit: str | None,
                  label: str | None, path: str | Path, fmt: str, doc: dict[str, Any], on_done: OnDone,
                  on_error: OnError = None, on_cancelled: Callable[[], None] | None = None) -> Any:
    """Computes the figures and writes them as `fmt` to `path`: an `ops.task` (returns the Task
    `ops.cancel` takes); a cancel before the writing step writes no file. `on_done((report, path))`."""

    def work(task: Any) -> tuple[dict[str, Any], Path]:
        exports = ReportExports.of(ws)
        task.progress("compute", 0, 2)
        report = exports.period_report(start, end, unit, label=label)
        task.progress("write", 1, 2)  # the last moment a cancel keeps the file from being written
        return report, exports.period(report, path, fmt, **doc).path

    return ops.task(work, on_done=on_done, on_error=on_error, on_cancelled=on_cancelled)
