"""Report exports as a service of the Workspace (issue 17): the period report and the lists,
written to files and audited, each returning a frozen result.

    exports = ReportExports.of(ws)        # one per Workspace (ws.extension), no import upward
    report = exports.period_report(date_from, date_to, unit_code=None, label="Quý I năm 2026")
    done = exports.period(report, "bc.pdf", number=15)     # ReportFile
    done = exports.due_list("den-han.xlsx")               # ListExport

The reports sit above the services (the layer contract): the Workspace cannot import them, so it
hands out this service through its generic `extension` hook. The UI and the CLI call only this
service; the module functions it runs (`period_report`, `write_report`, `export_people_xlsx`, …)
are its implementation.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.core.reports import ReportFile, write_report
from desktop_app.core.reports.lists import (
    ListExport,
    export_due_xlsx,
    export_people_xlsx,
    export_person_file_xlsx,
)
from desktop_app.core.reports.period import period_report

if TYPE_CHECKING:
    from desktop_app.core.services.workspace import Workspace

__all__ = ["ReportExports", "ReportFile", "ListExport"]


class ReportExports:
    """The report exports of one open register."""

    def __init__(self, ws: "Workspace"):
        self.ws = ws

    @classmethod
    def of(cls, ws: "Workspace") -> "ReportExports":
        """The Workspace's instance of this service."""
        return ws.extension(cls)

    def period_report(self, date_from: dt.date, date_to: dt.date, unit_code: str | None = None, *,
                      label: str | None = None) -> dict[str, Any]:
        """The period report's figures, JSON-ready (reports/period.py)."""
        return period_report(self.ws, date_from, date_to, unit_code, label=label)

    def period(self, report: dict[str, Any], path: Path | str, fmt: str | None = None,
               **doc: Any) -> ReportFile:
        """`report` written as json/xlsx/docx/pdf and audited (reports `write_report`)."""
        return write_report(self.ws, report, path, fmt, **doc)

    def people_list(self, path: Path | str, **filters: Any) -> ListExport:
        """The People page's list for a search and filters (query, category, status, officer,
        unit_code, due), as xlsx. Needs the export permission."""
        return export_people_xlsx(self.ws, path, **filters)

    def due_list(self, path: Path | str, *, on: dt.date | None = None,
                 officer: str | None = None) -> ListExport:
        """The due list as the Due page shows it, as xlsx."""
        return export_due_xlsx(self.ws, path, on=on, officer=officer)

    def person_file(self, person_id: str, path: Path | str) -> ListExport:
        """One person's file (identity, cases, timeline) as xlsx."""
        return export_person_file_xlsx(self.ws, person_id, path)
