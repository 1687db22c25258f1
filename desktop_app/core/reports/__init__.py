"""Period reports (issue 5): the figures as JSON, and the same report as xlsx, docx and pdf in
the Decree 30/2020 layout.

The UI and the CLI reach them through the Workspace, with frozen results (reports/service.py):

    exports = ReportExports.of(ws)
    r = exports.period_report(date_from, date_to, unit_code=None, label="6 tháng đầu năm 2026")
    done = exports.period(r, "bc.pdf", agency="Công an tỉnh Phú Thọ", number=15,
                          signer="Nguyễn Văn Trưởng")      # ReportFile(path, format, watermark)
    done = exports.people_list("ds.xlsx", query="an")  # ListExport(path, rows, watermark)

The module functions below (`period_report`, `write_report`, the writers) are the service's
implementation.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.core.reports.docx import write_docx
from desktop_app.core.reports.layout import DocInfo, Signer, watermark_text
from desktop_app.core.reports.pdf import write_pdf
from desktop_app.core.reports.period import (
    CONVENTIONS,
    PRESET_KINDS,
    cutoff_text,
    period_phrase,
    period_report,
    preset_label,
    preset_window,
)
from desktop_app.core.reports.xlsx import write_xlsx
from desktop_app.core.store.private import open_private

if TYPE_CHECKING:
    from desktop_app.core.services.workspace import Workspace

__all__ = ["period_report", "preset_window", "preset_label", "period_phrase", "PRESET_KINDS", "CONVENTIONS", "cutoff_text",
           "write_xlsx", "write_docx", "write_pdf", "write_json", "Signer",
           "DocInfo", "watermark_text", "FORMATS", "ReportFile", "write_report"]

FORMATS = ("json", "xlsx", "docx", "pdf")


def write_json(report: dict[str, Any], path: Path | str) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open_private(path, "w", encoding="utf-8") as f:
        f.write(json.dumps(report, ensure_ascii=False, indent=1, sort_keys=True))
    return path


@dataclass(frozen=True)
class ReportFile:
    """A period report written to a file (and audited)."""

    path: Path
    format: str  # json | xlsx | docx | pdf
    watermark: str


def write_report(ws: "Workspace", report: dict[str, Any], path: Path | str, fmt: str | None = None,
                 **doc: Any) -> ReportFile:
    """Writes `report` as json/xlsx/docx/pdf (from `fmt` or the file suffix), watermarked with
    the signed-in user and the time, and records the export in the audit log. `doc` are the
    docx/pdf arguments (agency, unit_name, place, number, signer, date, recipients, symbol);
    agency/unit_name/place default from the register (the agency: its superior, from the
    units table — `UnitService.superior_agency`)."""
    path = Path(path)
    fmt = (fmt or path.suffix.lstrip(".")).lower()
    if fmt not in FORMATS:
        raise ValueError(f"unknown report format {fmt!r} ({', '.join(FORMATS)})")
    mark = doc.pop("watermark", None) or watermark_text(ws.full_name, dt.datetime.now())
    if fmt == "json":
        write_json(report, path)
    elif fmt == "xlsx":
        write_xlsx(report, path, watermark=mark)
    else:
        unit = report.get("unit", {}).get("name") or ws.unit_name
        doc.setdefault("unit_name", unit if unit.lower().startswith("công an") else f"Công an {unit}")
        doc.setdefault("agency", ws.units.superior_agency(report["period"].get("unit_code") or ws.unit_code))
        doc.setdefault("place", unit.split(" ", 1)[-1] if unit.lower().startswith(("xã ", "phường ")) else unit)
        (write_docx if fmt == "docx" else write_pdf)(report, path, watermark=mark, **doc)
    ws.audit.record("export", entity="report", detail={
        "format": fmt, "file": path.name, "from": report["period"]["from"],
        "to": report["period"]["to"], "unit": report["period"].get("unit_code"), "watermark": mark})
    return ReportFile(path, fmt, mark)
