"""The period report as a Word document in the Decree 30/2020 layout (python-docx): A4, the
Decree's margins, Times New Roman, agency block and national motto with their rules, number and
date line, title, body and tables, signature and recipients, page numbers from page 2 and a
watermark line in the footer."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from desktop_app.core.reports import layout as L
from desktop_app.core.reports.content import build_sections, closing_paragraph, n, report_title
from desktop_app.core.reports.fonts import DOCX_FONT_NAME
from desktop_app.core.store.private import make_private

__all__ = ["write_docx"]


def write_docx(report: dict[str, Any], path: Path | str, *, agency: str, unit_name: str,
               place: str, number: Any = None, signer: Any = None, watermark: str | None = None,
               date: dt.date | None = None, recipients: list[str] | None = None,
               symbol: str = "BC-CAX") -> Path:
    """Same arguments as `write_pdf`."""
    from docx import Document
    from docx.enum.section import WD_SECTION
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt, RGBColor

    from desktop_app.core.reports import docx_parts as D

    info = L.doc_info(report, agency=agency, unit_name=unit_name, place=place, number=number,
                      signer=signer, watermark=watermark, date=date, recipients=recipients,
                      symbol=symbol)
    doc = Document()
    section = doc.sections[0]
    section.start_type = WD_SECTION.NEW_PAGE
    section.page_width, section.page_height = Mm(210), Mm(297)
    top, bottom, left, right = L.MARGINS_MM
    section.top_margin, section.bottom_margin = Mm(top), Mm(bottom)
    section.left_margin, section.right_margin = Mm(left), Mm(right)
    section.header_distance = section.footer_distance = Mm(10)
    width_mm = 210 - left - right

    D.set_normal_font(doc, DOCX_FONT_NAME)

    para, rule, no_borders = D.para, D.rule, D.no_borders

    def set_widths(table: Any, widths_mm: list[float]) -> None:
        table.autofit = False
        for row in table.rows:
            for cell, w in zip(row.cells, widths_mm):
                cell.width = Mm(w)

    def text_mm(s: str, size: float, bold: bool = False) -> float:
        # Times New Roman averages ~0.5 em per character (bold caps a little wider)
        return len(s) * size * (0.56 if bold else 0.5) * 0.3528

    # -- header block: agency | national name and motto; number | place and date --------------
    left_w, right_w = width_mm * 0.40, width_mm * 0.60
    head = doc.add_table(rows=2, cols=2)
    no_borders(head)
    set_widths(head, [left_w, right_w])
    c = head.cell(0, 0)
    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = c.paragraphs[0].add_run(info.agency)
    r.font.size = Pt(L.SIZE_AGENCY)
    p = para(c, info.unit_name, size=L.SIZE_AGENCY, bold=True)
    rule(p, left_w * 0.34, left_w)
    c = head.cell(0, 1)
    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = c.paragraphs[0].add_run(L.NATIONAL_NAME)
    r.font.size, r.bold = Pt(L.SIZE_NATIONAL), True
    p = para(c, L.MOTTO, size=L.SIZE_MOTTO, bold=True)
    rule(p, text_mm(L.MOTTO, L.SIZE_MOTTO, True), right_w)
    c = head.cell(1, 0)
    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    c.paragraphs[0].paragraph_format.space_before = Pt(6)
    c.paragraphs[0].add_run(info.number).font.size = Pt(L.SIZE_NUMBER)
    c = head.cell(1, 1)
    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    c.paragraphs[0].paragraph_format.space_before = Pt(6)
    r = c.paragraphs[0].add_run(info.date_line)
    r.font.size, r.italic = Pt(L.SIZE_BODY), True

    # -- title -----------------------------------------------------------------------------
    title, abstract = report_title(report)
    para(doc, title, size=L.SIZE_TITLE, bold=True, before=24)
    para(doc, abstract, size=L.SIZE_TITLE, bold=True)
    rp = para(doc, "", size=4, after=12)  # the short rule under the abstract
    rule(rp, width_mm * 0.22, width_mm)

    # -- body ------------------------------------------------------------------------------
    for sec in build_sections(report):
        para(doc, sec.heading, bold=True, align=WD_ALIGN_PARAGRAPH.JUSTIFY, before=8, after=4)
        for text in sec.paragraphs:
            para(doc, text, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent_mm=10, after=6, line=1.15)
        t = sec.table
        if t is None:
            continue
        table = doc.add_table(rows=1 + len(t.rows), cols=len(t.headers))
        table.style = "Table Grid"
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        widths = [width_mm * w for w in t.widths]
        set_widths(table, widths)
        for j, h in enumerate(t.headers):
            cp = table.cell(0, j).paragraphs[0]
            cp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = cp.add_run(h)
            run.bold, run.font.size = True, Pt(L.SIZE_TABLE)
        for i, row in enumerate(t.rows, start=1):
            last = t.total_row and i == len(t.rows)
            for j, v in enumerate(row):
                cp = table.cell(i, j).paragraphs[0]
                cp.alignment = (WD_ALIGN_PARAGRAPH.CENTER if t.align[j] == "center"
                                else WD_ALIGN_PARAGRAPH.LEFT)
                txt = n(v) if isinstance(v, (int, float)) and not isinstance(v, bool) and j > 0 else str(v)
                run = cp.add_run(txt)
                run.font.size, run.bold = Pt(L.SIZE_TABLE), last
        # repeat the header row on every page
        trpr = table.rows[0]._tr.get_or_add_trPr()
        hdr = OxmlElement("w:tblHeader")
        hdr.set(qn("w:val"), "true")
        trpr.append(hdr)
        para(doc, "", size=6, after=4)

    closing = para(doc, closing_paragraph(report, L.agency_title(info.unit_name)),
                   align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent_mm=10, after=12, line=1.15)
    # the signature block never stands alone on a page: the closing paragraph keeps with it
    closing.paragraph_format.keep_with_next = True
    closing.paragraph_format.keep_together = True

    # -- recipients | signature --------------------------------------------------------------
    foot = doc.add_table(rows=1, cols=2)
    no_borders(foot)
    set_widths(foot, [width_mm * 0.45, width_mm * 0.55])
    c = foot.cell(0, 0)
    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.LEFT
    r = c.paragraphs[0].add_run("Nơi nhận:")
    r.bold, r.italic, r.font.size = True, True, Pt(L.SIZE_RECIPIENTS_HEAD)
    for item in info.recipients:
        para(c, "- " + item, size=L.SIZE_RECIPIENTS, align=WD_ALIGN_PARAGRAPH.LEFT)
    c = foot.cell(0, 1)
    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    lines = ([L.vn_upper(info.signer.authority)] if info.signer.authority else []) + [L.vn_upper(info.signer.title)]
    r = c.paragraphs[0].add_run(lines[0])
    r.bold, r.font.size = True, Pt(L.SIZE_TITLE)
    for line in lines[1:]:
        para(c, line, size=L.SIZE_TITLE, bold=True)
    c.paragraphs[-1].paragraph_format.space_after = Pt(72)  # room to sign and stamp, no printed instruction
    para(c, info.signer.name, size=L.SIZE_TITLE, bold=True)
    # the recipients and signature row is one block: never split across pages, and each of its
    # paragraphs but the last keeps with the next
    foot_tr = foot.rows[0]._tr.get_or_add_trPr()
    cant = OxmlElement("w:cantSplit")
    cant.set(qn("w:val"), "true")
    foot_tr.append(cant)
    for cell in foot.rows[0].cells:
        for fp in cell.paragraphs:
            fp.paragraph_format.keep_together = True
            fp.paragraph_format.keep_with_next = fp is not cell.paragraphs[-1]

    # -- page numbers (from page 2, top centre) and the watermark line (every page) -------------
    section.different_first_page_header_footer = True
    hp = section.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _page_field(hp, OxmlElement, qn, Pt(L.SIZE_BODY))
    for footer in (section.footer, section.first_page_footer):
        fp = footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = fp.add_run(info.watermark)
        run.italic, run.font.size = True, Pt(L.SIZE_WATERMARK)
        run.font.color.rgb = RGBColor(0x70, 0x70, 0x70)

    title_text, abstract_text = report_title(report)
    doc.core_properties.title = f"{title_text} {abstract_text}"
    doc.core_properties.author = report.get("generated_by", "")
    doc.core_properties.comments = info.watermark
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))
    make_private(path)
    return path


def _page_field(paragraph: Any, OxmlElement: Any, qn: Any, size: Any) -> None:
    run = paragraph.add_run()
    run.font.size = size
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)
