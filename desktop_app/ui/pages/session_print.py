"""The attendance list of a warning session, printed or saved as PDF: its HTML, the document laid
out on an A4 page, the printer. The page records the print in the audit log."""

from __future__ import annotations

import datetime as dt
import html
from typing import Any, Sequence

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from desktop_app.ui.texts import date_text, datetime_text, partial_date_text, translate


def _yes(v: bool) -> str:
    return "✓" if v else ""


def _page_layout() -> QPageLayout:
    """The attendance list's page: A4 portrait, a wider left margin for binding."""
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                       QMarginsF(25, 15, 15, 15), QPageLayout.Unit.Millimeter)


def attendance_html(ws: Any, session: Any, attendees: Sequence[Any]) -> str:
    """The list of `attendees` of `session`, with a column to sign in and who printed it when."""
    s = session
    # the page's whole width; "Ký tên" wide enough to sign in, each row tall enough
    widths = (6, 28, 14, 10, 10, 32)
    rows = "".join(
        f"<tr><td align=center>{i}</td><td>{html.escape(a.full_name)}</td><td>{partial_date_text(a.birth_date)}</td>"
        f"<td align=center>{_yes(a.commitment_signed)}</td><td align=center>{_yes(a.parent_cosigned)}</td>"
        "<td>&nbsp;<br>&nbsp;</td></tr>"
        for i, a in enumerate(attendees, 1))
    head = translate("Sessions", "DANH SÁCH NGƯỜI THAM DỰ BUỔI GỌI HỎI, RĂN ĐE, GIÁO DỤC")
    meta = translate("Sessions", "Ngày {date} — Địa điểm: {place} — Chủ trì: {chair}").format(
        date=date_text(s.date), place=html.escape(s.place), chair=html.escape(s.chair))
    cols = [translate("Sessions", "STT"), translate("Sessions", "Họ và tên"), translate("Sessions", "Ngày sinh"),
            translate("Sessions", "Ký cam kết"), translate("Sessions", "Cha mẹ cùng ký"), translate("Sessions", "Ký tên")]
    watermark = translate("Sessions", "In bởi {user} lúc {at}").format(
        user=ws.full_name, at=datetime_text(dt.datetime.now()))
    return (f"<p align=center><b>{html.escape(ws.unit_name.upper())}</b></p><h3 align=center>{head}</h3>"
            f"<p align=center>{meta}</p><table border=1 cellspacing=0 cellpadding=5 width=100%>"
            "<thead><tr>" + "".join(f"<th width={w}%>{c}</th>" for c, w in zip(cols, widths))
            + f"</tr></thead>{rows}</table>"
            f"<p style='color:#888; font-size:8pt'>{html.escape(watermark)}</p>")


def attendance_document(text_html: str) -> QTextDocument:
    doc = QTextDocument()
    # laid out on the printer's page inside its margins (without a page size Qt adds 2 cm
    # margins of its own and the list came out narrow)
    # (QTextDocument lays out in 96-dpi pixels and scales that to the printer)
    doc.setPageSize(_page_layout().paintRect(QPageLayout.Unit.Point).size() * (96 / 72))
    doc.setDocumentMargin(0)
    font = doc.defaultFont()
    font.setPointSizeF(10)
    doc.setDefaultFont(font)
    doc.setHtml(text_html)
    return doc


def attendance_printer() -> QPrinter:
    p = QPrinter(QPrinter.PrinterMode.HighResolution)
    p.setPageLayout(_page_layout())
    return p
