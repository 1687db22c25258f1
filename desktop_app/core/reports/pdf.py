"""The period report as a PDF in the Decree 30/2020 layout (reportlab), A4, Times New Roman or
Liberation Serif, fonts embedded."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, Literal

from desktop_app.core.reports import layout as L
from desktop_app.core.reports.content import Table, build_sections, closing_paragraph, n, report_title
from desktop_app.core.reports.fonts import find_serif
from desktop_app.core.store.private import make_private

__all__ = ["write_pdf"]


_REGISTERED: dict[str, str] = {}


def _fonts() -> str:
    """Registers the serif family once; returns its reportlab name."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    font = find_serif()
    key = str(font.regular)
    if key not in _REGISTERED:
        base = "WBSerif" + str(len(_REGISTERED))
        for suffix, path in (("", font.regular), ("-Bold", font.bold), ("-Italic", font.italic),
                             ("-BoldItalic", font.bolditalic)):
            pdfmetrics.registerFont(TTFont(base + suffix, str(path)))
        addMapping(base, 0, 0, base)
        addMapping(base, 1, 0, base + "-Bold")
        addMapping(base, 0, 1, base + "-Italic")
        addMapping(base, 1, 1, base + "-BoldItalic")
        _REGISTERED[key] = base
    return _REGISTERED[key]


def write_pdf(report: dict[str, Any], path: Path | str, *, agency: str, unit_name: str, place: str,
              number: Any = None, signer: Any = None, watermark: str | None = None,
              date: dt.date | None = None, recipients: list[str] | None = None,
              symbol: str = "BC-CAX") -> Path:
    """Writes the report. `agency` is the superior agency ("Công an tỉnh Phú Thọ"), `unit_name`
    the issuing one ("Công an xã Tích Sơn"), `place` goes into the date line, `number` into
    "Số: …/BC-CAX" (blank: left to fill in), `signer` a name, a `Signer` or a dict {name,
    title, authority}; `watermark` (default: the report's user and the time) is printed at the
    foot of every page."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        Flowable,
        KeepTogether,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        TableStyle,
    )
    from reportlab.platypus import Table as RLTable

    info = L.doc_info(report, agency=agency, unit_name=unit_name, place=place, number=number,
                      signer=signer, watermark=watermark, date=date, recipients=recipients,
                      symbol=symbol)
    font = _fonts()
    bold, italic, bolditalic = font + "-Bold", font + "-Italic", font + "-BoldItalic"
    top, bottom, left, right = (v * mm for v in L.MARGINS_MM)
    page_w, page_h = A4
    width = page_w - left - right

    def style(name: str, size: float, fnt: str = font, align: Literal[0, 1, 2, 4] = TA_LEFT, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(name, fontName=fnt, fontSize=size, leading=kw.pop("leading", size * 1.2),
                              alignment=align, **kw)

    s_agency = style("agency", L.SIZE_AGENCY, align=TA_CENTER)
    s_agency_b = style("agencyb", L.SIZE_AGENCY, bold, TA_CENTER)
    s_nat = style("nat", L.SIZE_NATIONAL, bold, TA_CENTER)
    s_number = style("number", L.SIZE_NUMBER, align=TA_CENTER)
    s_date = style("date", L.SIZE_BODY, italic, TA_CENTER)
    s_title = style("title", L.SIZE_TITLE, bold, TA_CENTER)
    s_abstract = style("abstract", L.SIZE_TITLE, bold, TA_CENTER, leading=L.SIZE_TITLE * 1.25)
    s_head = style("head", L.SIZE_BODY, bold, TA_JUSTIFY, spaceBefore=8, spaceAfter=4)
    s_body = style("body", L.SIZE_BODY, align=TA_JUSTIFY, firstLineIndent=10 * mm,
                   leading=L.SIZE_BODY * 1.3, spaceAfter=6)
    s_cell = style("cell", L.SIZE_TABLE, leading=L.SIZE_TABLE * 1.15)
    s_cell_c = style("cellc", L.SIZE_TABLE, align=TA_CENTER, leading=L.SIZE_TABLE * 1.15)
    s_cell_h = style("cellh", L.SIZE_TABLE, bold, TA_CENTER, leading=L.SIZE_TABLE * 1.15)
    s_recv_h = style("recvh", L.SIZE_RECIPIENTS_HEAD, bolditalic)
    s_recv = style("recv", L.SIZE_RECIPIENTS, leading=L.SIZE_RECIPIENTS * 1.2)
    s_sign_t = style("signt", L.SIZE_TITLE, bold, TA_CENTER)
    s_sign_n = style("signname", L.SIZE_TITLE, bold, TA_CENTER)

    class Rule(Flowable):
        """A centred horizontal line `frac` of the cell wide, or as wide as `text` in `fnt`."""

        def __init__(self, avail: float, *, frac: float = 0.0, text: str = "", fnt: str = "",
                     size: float = 0, gap: float = 2):
            super().__init__()
            from reportlab.pdfbase.pdfmetrics import stringWidth

            self.avail = avail
            self.length = stringWidth(text, fnt, size) if text else avail * frac
            self.gap = gap

        def wrap(self, aw: float, ah: float) -> tuple[float, float]:
            return self.avail, self.gap + 1

        def draw(self) -> None:  # `gap` points below the text above, clear of its descenders
            x0 = (self.avail - self.length) / 2
            self.canv.setLineWidth(0.6)
            self.canv.line(x0, 1, x0 + self.length, 1)

    left_w, right_w = width * 0.40, width * 0.60
    left_cell = [Paragraph(info.agency, s_agency), Paragraph(info.unit_name, s_agency_b),
                 Rule(left_w, frac=0.34, gap=5)]
    right_cell = [Paragraph(L.NATIONAL_NAME, s_nat),
                  Paragraph(L.MOTTO, style("motto", L.SIZE_MOTTO, bold, TA_CENTER)),
                  Rule(right_w, text=L.MOTTO, fnt=bold, size=L.SIZE_MOTTO, gap=5)]
    header = RLTable([[left_cell, right_cell],
                      [Paragraph(info.number, s_number), Paragraph(info.date_line, s_date)]],
                     colWidths=[left_w, right_w])
    header.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                ("TOPPADDING", (0, 1), (-1, 1), 6)]))

    title, abstract = report_title(report)
    story: list[Any] = [header, Spacer(1, 10 * mm), Paragraph(title, s_title), Spacer(1, 1 * mm),
                        Paragraph(abstract, s_abstract), Rule(width, frac=0.22, gap=6),
                        Spacer(1, 6 * mm)]

    def table(t: Table) -> RLTable:
        data: list[list[Any]] = [[Paragraph(h, s_cell_h) for h in t.headers]]
        for r, row in enumerate(t.rows):
            last = t.total_row and r == len(t.rows) - 1
            cells = []
            for c, v in enumerate(row):
                txt = n(v) if isinstance(v, (int, float)) and not isinstance(v, bool) and c > 0 else str(v)
                st = s_cell_c if t.align[c] == "center" else s_cell
                if last:
                    st = ParagraphStyle(st.name + "b", parent=st, fontName=bold)
                cells.append(Paragraph(txt, st))
            data.append(cells)
        tbl = RLTable(data, colWidths=[width * w for w in t.widths], repeatRows=1)
        tbl.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#F2F2F2")),
            ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ]))
        return tbl

    tail: list[Any] = []  # the body's last flowable: it goes with the closing and the signature
    sections = build_sections(report)
    for i, sec in enumerate(sections):
        block: list[Any] = [Paragraph(sec.heading, s_head)]
        block += [Paragraph(p, s_body) for p in sec.paragraphs]
        block += [table(sec.table)] if sec.table else []
        if i == len(sections) - 1 and len(block) > 1:
            block, tail = block[:-1], block[-1:]
        story.append(KeepTogether(block))
        story.append(Spacer(1, 3 * mm))

    recv = [Paragraph("Nơi nhận:", s_recv_h)] + [Paragraph("- " + r, s_recv) for r in info.recipients]
    sign: list[Paragraph | Spacer] = []
    if info.signer.authority:
        sign.append(Paragraph(L.vn_upper(info.signer.authority), s_sign_t))
    # room to sign and stamp; no printed instruction ("(Ký, ghi rõ họ tên, đóng dấu)")
    sign += [Paragraph(L.vn_upper(info.signer.title), s_sign_t), Spacer(1, 26 * mm),
             Paragraph(info.signer.name, s_sign_n)]
    foot = RLTable([[recv, sign]], colWidths=[width * 0.45, width * 0.55])
    foot.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    closing = Paragraph(closing_paragraph(report, L.agency_title(info.unit_name)), s_body)
    # The signature never stands alone on a page: it moves with the closing paragraph, and that
    # with the body's last paragraph (or table).
    if tail:
        story.pop()  # the last section's spacer goes after its last flowable
        tail.append(Spacer(1, 3 * mm))
    story += [KeepTogether(tail + [closing, Spacer(1, 4 * mm), foot])]

    def on_page(canv: Any, doc: Any) -> None:
        canv.saveState()
        canv.setFont(italic, L.SIZE_WATERMARK)
        canv.setFillGray(0.45)
        canv.drawCentredString(left + width / 2, bottom / 2, info.watermark)
        if doc.page > 1:  # Decree 30: page numbers centred in the top margin, not on page 1
            canv.setFont(font, L.SIZE_BODY)
            canv.setFillGray(0)
            canv.drawCentredString(left + width / 2, page_h - top / 2, str(doc.page))
        canv.restoreState()

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=left, rightMargin=right,
                            topMargin=top, bottomMargin=bottom, title=f"{title} {abstract}",
                            author=report.get("generated_by", ""), creator="WardBook",
                            subject=info.watermark)
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    make_private(path)
    return path
