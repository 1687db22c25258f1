"""Saving a list to Excel from any page: ask where (a Save dialog with a sensible file name),
write it on the database thread through the core (`ReportExports.of(ws)`, desktop_app.core.reports.service: scoped,
watermarked, audit-logged), then say what was written. Nothing is written if the officer
cancels; a failure is a message, never a half-written file (the core writes to a temporary name)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.ui.dialogs.files import save_file_name  # Qt's own file dialog, in Vietnamese
from desktop_app.ui.dialogs.form import on_error_message
from desktop_app.ui.texts import translate


def default_path(stem: str) -> str:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
    return str(Path(folder) / f"{stem}-{dt.date.today():%Y%m%d}.xlsx")


def ask_xlsx_path(parent: QWidget, stem: str) -> str | None:
    path, _ = save_file_name(parent, translate("Export", "Xuất ra Excel"), default_path(stem),
                             translate("Export", "Bảng tính Excel (*.xlsx)"))
    if not path:
        return None
    return path if path.lower().endswith(".xlsx") else path + ".xlsx"


def run_export(parent: QWidget, ops: Any, write: Callable[[], Any], *, on_done: Callable[[Any], None] | None = None,
               quiet: bool = False) -> None:
    """`write()` runs on the database thread and returns a ListExport."""

    def done(result) -> None:
        if on_done is not None:
            on_done(result)
        if not quiet:
            rows = result.rows  # a plain name for pyside6-lupdate
            QMessageBox.information(parent, translate("Export", "Đã xuất"),
                                    translate("Export", "Đã ghi %Ln dòng vào tệp:\n{path}", None, rows).format(
                                        path=result.path))

    ops.query(write, on_done=done, on_error=on_error_message(parent))
