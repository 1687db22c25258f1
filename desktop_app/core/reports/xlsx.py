"""The period report as a workbook: a summary sheet, then one sheet per section (tips, cases,
warning sessions, contacts, models, and the per-commune breakdown when there is one). Numbers
stay numbers; every sheet carries the watermark line and a print header/footer."""

from __future__ import annotations

from pathlib import Path
from typing import Any, cast

from desktop_app.core.reports import layout as L
from desktop_app.core.reports.content import build_sections, report_title
from desktop_app.core.reports.period import period_phrase
from desktop_app.core.store.private import make_private

__all__ = ["write_xlsx", "SUMMARY_SHEET"]

SUMMARY_SHEET = "Tổng hợp"


def write_xlsx(report: dict[str, Any], path: Path | str, *, watermark: str | None = None) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.worksheet import Worksheet

    watermark = watermark if watermark is not None else L.watermark_text(report.get("generated_by", ""))
    thin = Side(style="thin", color="000000")
    box = Border(top=thin, bottom=thin, left=thin, right=thin)
    head_fill = PatternFill("solid", fgColor="F2F2F2")
    wb = Workbook()
    sections = build_sections(report)

    def prepare(ws: Any, title: str, ncols: int) -> int:
        ws.cell(1, 1, title).font = Font(bold=True, size=13)
        ws.cell(2, 1, f"{report['unit']['name']} — {period_phrase(report)}").font = Font(italic=True)
        ws.cell(3, 1, watermark).font = Font(italic=True, size=8, color="707070")
        ws.oddHeader.center.text = title
        ws.oddFooter.center.text = watermark
        ws.oddFooter.right.text = "&P/&N"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.print_options.horizontalCentered = True
        return 5

    summary = cast(Worksheet, wb.active)  # a new workbook's one sheet (never None)
    summary.title = SUMMARY_SHEET
    title, abstract = report_title(report)
    row = prepare(summary, f"{title}: {abstract}", 3)
    for label, value in (("Đơn vị", f"{report['unit']['name']} ({report['unit']['code']})"),
                         ("Từ ngày", report["period"]["from"]), ("Đến ngày", report["period"]["to"]),
                         ("Người lập", report.get("generated_by", "")),
                         ("Thời điểm lập", report.get("generated_at", ""))):
        summary.cell(row, 1, label).font = Font(bold=True)
        summary.cell(row, 2, value)
        row += 1
    row += 1
    for sec in sections:
        summary.cell(row, 1, sec.heading).font = Font(bold=True)
        row += 1
        for ptext in sec.paragraphs:
            summary.cell(row, 1, ptext).alignment = Alignment(wrap_text=True, vertical="top")
            summary.merge_cells(start_row=row, start_column=1, end_row=row, end_column=3)
            summary.row_dimensions[row].height = 48
            row += 1
        row += 1
    summary.column_dimensions["A"].width = 60
    summary.column_dimensions["B"].width = 30
    summary.column_dimensions["C"].width = 30

    for sec in sections:
        ws = wb.create_sheet(sec.sheet[:31])
        t = sec.table
        row = prepare(ws, sec.heading, len(t.headers) if t else 1)
        if t is None:
            continue
        for j, h in enumerate(t.headers, start=1):
            c = ws.cell(row, j, h)
            c.font, c.fill, c.border = Font(bold=True), head_fill, box
            c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        ws.row_dimensions[row].height = 32
        for i, values in enumerate(t.rows, start=1):
            last = t.total_row and i == len(t.rows)
            for j, v in enumerate(values, start=1):
                c = ws.cell(row + i, j, None if v == "" else v)
                c.border = box
                c.font = Font(bold=last)
                c.alignment = Alignment(horizontal=t.align[j - 1], vertical="center", wrap_text=True)
                if isinstance(v, int) and j > 1:
                    c.number_format = "#,##0"
        total = sum(t.widths)
        for j, w in enumerate(t.widths, start=1):
            ws.column_dimensions[get_column_letter(j)].width = max(6, round(90 * w / total))
        ws.freeze_panes = ws.cell(row + 1, 1)

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.properties.title = f"{title} {abstract}"
    wb.properties.creator = report.get("generated_by", "")
    wb.properties.description = watermark
    wb.save(path)
    make_private(path)
    return path
