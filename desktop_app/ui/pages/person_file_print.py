"""The person's file as printed (a mixin of PersonFileDialog): the HTML of the file, laid out
on an A4 page, previewed or written as PDF; one audit row per preview opened or file written."""

from __future__ import annotations

import datetime as dt
import html
from typing import Any, cast

from PySide6.QtCore import QMarginsF, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from desktop_app.texts import RECORD_KINDS_VI
from desktop_app.ui.printing import open_preview
from desktop_app.ui.texts import (
    category_label,
    date_text,
    datetime_text,
    gender_label,
    partial_date_text,
    status_label,
    translate,
)

PHOTO_URL = QUrl("wardbook:photo")  # the photo's name inside the printed document


def timeline_kind(kind: str) -> str:
    """A timeline record's kind in words (the catalogue's group "record_kind")."""
    return translate("RecordKinds", RECORD_KINDS_VI[kind]) if kind in RECORD_KINDS_VI else kind


class PersonFilePrinting:
    """What PersonFileDialog prints; it holds ws, ops, person_id, person, cases, photo_bytes,
    _timelines and _sessions."""

    ws: Any
    ops: Any
    person_id: str
    person: Any
    cases: list[Any]
    photo_bytes: bytes | None
    _timelines: dict[str, list[Any]]
    _sessions: list[Any]

    def file_html(self) -> str:
        """The person's file as printed: identity, cases, the timeline of each case, sessions,
        and the watermark (user and time) on the last line."""
        p, e = self.person, html.escape
        if p is None:
            return ""
        ident = [(translate("PersonFile", "Họ và tên"), p.full_name + (f" ({p.aliases})" if p.aliases else "")),
                 (translate("PersonFile", "Ngày sinh"), partial_date_text(p.birth_date)),
                 (translate("PersonFile", "Giới tính"), gender_label(p.gender)),
                 (translate("PersonFile", "Số CCCD"), p.cccd or "—"),
                 (translate("PersonFile", "Nơi thường trú"), p.permanent_address or "—"),
                 (translate("PersonFile", "Nơi ở hiện tại"), p.current_address or "—")]
        title = translate("PersonFile", "HỒ SƠ ĐỐI TƯỢNG")
        decision = translate("PersonFile", "QĐ số")
        parts = [f"<p align=center><b>{e(self.ws.unit_name.upper())}</b></p>",
                 f"<h3 align=center>{e(title)}: {e(p.full_name.upper())}</h3>",
                 "<table cellpadding=3>" + "".join(f"<tr><td><b>{e(k)}:</b></td><td>{e(v)}</td></tr>" for k, v in ident)
                 + "</table>"]
        if self.photo_bytes:  # beside the identity table (the image is added as a resource by _render)
            parts[2] = (f"<table><tr><td><img src='{PHOTO_URL.toString()}' width=96></td><td>{parts[2]}</td></tr></table>")
        for c in self.cases:
            parts.append(f"<h4>{e(category_label(c.category))} — {e(status_label(c.status))}"
                         f" — {e(decision)} {e(c.decision_number or '—')}"
                         f" ({date_text(c.start_date)} → {date_text(c.computed_end)})</h4>")
            rows = "".join(f"<tr><td>{date_text(x.date)}</td><td>{e(timeline_kind(x.kind))}</td>"
                           f"<td>{e(x.summary or '')}</td></tr>" for x in self._timelines.get(c.id, []))
            if rows:
                heads = (translate("PersonFile", "Ngày"), translate("PersonFile", "Loại"), translate("PersonFile", "Nội dung"))
                parts.append("<table border=1 cellspacing=0 cellpadding=3 width=100%><tr>"
                             + "".join(f"<th>{e(h)}</th>" for h in heads) + f"</tr>{rows}</table>")
        if self._sessions:
            attended = translate("PersonFile", "Buổi răn đe, giáo dục đã tham dự")
            parts.append(f"<h4>{e(attended)}</h4>")
            heads = (translate("PersonFile", "Ngày"), translate("PersonFile", "Địa điểm"),
                     translate("PersonFile", "Nội dung buổi răn đe"))
            rows = "".join(f"<tr><td>{date_text(x.date)}</td><td>{e(x.place or '')}</td><td>{e(x.topic or '')}</td></tr>"
                           for x in self._sessions)
            parts.append("<table border=1 cellspacing=0 cellpadding=3 width=100%><tr>"
                         + "".join(f"<th>{e(h)}</th>" for h in heads) + f"</tr>{rows}</table>")
        mark = translate("PersonFile", "In bởi {user} lúc {at} — tài liệu có dữ liệu cá nhân, không sao chép").format(
            user=self.ws.full_name, at=datetime_text(dt.datetime.now()))
        parts.append(f"<p style='color:#888; font-size:8pt'>{e(mark)}</p>")
        return "".join(parts)

    def _printer(self) -> QPrinter:
        p = QPrinter(QPrinter.PrinterMode.HighResolution)
        p.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                    QMarginsF(30, 20, 15, 20), QPageLayout.Unit.Millimeter))
        return p

    def _render(self, printer: QPrinter, target: str, audit: bool = True) -> None:
        self.document(printer).print_(printer)
        if audit:
            pid = self.person_id
            self.ops.op(lambda: self.ws.audit.record_print("person", pid, target, what="person_file",
                                                           person_id=pid))

    def document(self, printer: QPrinter) -> QTextDocument:
        """The printed file laid out for `printer`'s page."""
        doc = QTextDocument()
        # laid out on the printer's page inside its margins: without a page size Qt adds margins
        # of its own and the file came out in a narrow column (96-dpi pixels, scaled by Qt)
        doc.setPageSize(printer.pageLayout().paintRect(QPageLayout.Unit.Point).size() * (96 / 72))
        doc.setDocumentMargin(0)
        font = doc.defaultFont()
        font.setPointSizeF(10)
        doc.setDefaultFont(font)
        if self.photo_bytes:
            doc.addResource(QTextDocument.ResourceType.ImageResource, PHOTO_URL, QImage.fromData(self.photo_bytes))
        doc.setHtml(self.file_html())
        return doc

    def print_to_pdf(self, path: str) -> None:
        printer = self._printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(path)
        self._render(printer, "pdf")

    def print_preview(self) -> QPrintPreviewDialog | None:
        """Opens the preview and returns; the printer lives as long as the preview (printing.py)."""
        if self.person is None:
            return None
        audited: list[bool] = []

        def paint(p: QPrinter) -> None:
            # the preview repaints at every zoom or page turn: one audit row per preview opened
            self._render(p, "printer", audit=not audited)
            audited.append(True)

        return open_preview(cast(QWidget, self), self._printer(), paint)
