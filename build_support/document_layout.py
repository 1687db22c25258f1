"""Decree 30/2020 (Appendix I) layout of the shipped document templates, with python-docx: A4,
the Decree's margins, Times New Roman, the agency block beside the national name and motto with
their rules, number and place-date line, title, body, recipients and signer block. The texts
carry docxtpl (Jinja) placeholders; make_document_templates.py says what each template holds."""

from __future__ import annotations

from typing import Any

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from desktop_app.core.reports import layout as L
from desktop_app.core.reports.docx_parts import no_borders, para, rule, set_normal_font

FONT = "Times New Roman"
WIDTH_MM = 210 - L.MARGINS_MM[2] - L.MARGINS_MM[3]
NATIONAL_SIZE = 12  # 12–13 (Decree 30): 12 keeps the national name on one line beside the agency
CENTER, LEFT, JUSTIFY = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.LEFT, WD_ALIGN_PARAGRAPH.JUSTIFY


def new_document() -> Any:
    doc = Document()
    s = doc.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    top, bottom, left, right = L.MARGINS_MM
    s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = Mm(top), Mm(bottom), Mm(left), Mm(right)
    set_normal_font(doc, FONT)
    # no metadata of whoever ran the script: the templates are reproducible
    doc.core_properties.author = "WardBook"
    doc.core_properties.last_modified_by = "WardBook"
    return doc


def first(cell: Any, text: str, *, size: float = L.SIZE_BODY, bold: bool = False, italic: bool = False,
          align: Any = CENTER) -> Any:
    p = cell.paragraphs[0]
    p.alignment = align
    r = p.add_run(text)
    r.font.size, r.bold, r.italic = Pt(size), bold, italic
    return p


def widths(table: Any, mm: list[float]) -> None:
    """Column widths as Word and LibreOffice read them: the grid's columns (LibreOffice) and
    every cell (Word), the table fixed at their sum."""
    table.autofit = False
    for col, w in zip(table.columns, mm):
        col.width = Mm(w)
    for row in table.rows:
        for cell, w in zip(row.cells, mm):
            cell.width = Mm(w)
    tbl_pr = table._tbl.tblPr
    tbl_w = tbl_pr.find(qn("w:tblW"))
    if tbl_w is None:
        tbl_w = OxmlElement("w:tblW")
        tbl_pr.append(tbl_w)
    tbl_w.set(qn("w:type"), "dxa")
    tbl_w.set(qn("w:w"), str(int(sum(mm) / 25.4 * 1440)))
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tbl_pr.append(layout)


def _rule_below(container: Any, text_mm: float, cell_mm: float) -> None:
    """A short centred rule under the paragraph before it: a tiny paragraph of its own with a
    bottom border, so the text above keeps its full width."""
    p = para(container, "", size=2)
    rule(p, text_mm, cell_mm)


def header(doc: Any, kind: str) -> None:
    """The header block. `agency`: the police unit under its superior agency, number on the
    left, national name and motto, place and date on the right. `committee`: the commune's
    People's Committee instead. `citizen`: a person's own paper (national name and motto only)."""
    motto_mm = len(L.MOTTO) * L.SIZE_MOTTO * 0.5 * 0.3528
    if kind == "citizen":
        para(doc, L.NATIONAL_NAME, size=NATIONAL_SIZE, bold=True)
        para(doc, L.MOTTO, size=L.SIZE_MOTTO, bold=True)
        _rule_below(doc, motto_mm, WIDTH_MM)
        para(doc, "{{ doc.place_date }}", italic=True, align=WD_ALIGN_PARAGRAPH.RIGHT, before=6)
        return
    lw, rw = WIDTH_MM * 0.40, WIDTH_MM * 0.60
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    widths(t, [lw, rw])
    c = t.cell(0, 0)
    if kind == "committee":
        first(c, "{{ unit.committee_upper }}", size=L.SIZE_AGENCY, bold=True)
    else:
        first(c, "{{ unit.superior_upper }}", size=L.SIZE_AGENCY)
        para(c, "{{ unit.police_upper }}", size=L.SIZE_AGENCY, bold=True)
    _rule_below(c, lw * 0.34, lw)
    c = t.cell(0, 1)
    first(c, L.NATIONAL_NAME, size=NATIONAL_SIZE, bold=True)
    para(c, L.MOTTO, size=L.SIZE_MOTTO, bold=True)
    _rule_below(c, motto_mm, rw)
    c = t.cell(1, 0)
    first(c, "{{ doc.number_line }}", size=L.SIZE_NUMBER).paragraph_format.space_before = Pt(6)
    c = t.cell(1, 1)
    first(c, "{{ doc.place_date }}", italic=True).paragraph_format.space_before = Pt(6)


def title(doc: Any, text: str, abstract: str = "") -> None:
    para(doc, text, size=L.SIZE_TITLE, bold=True, before=18)
    if abstract:
        para(doc, abstract, size=L.SIZE_TITLE, bold=True)
    rp = para(doc, "", size=4, after=10)
    rule(rp, WIDTH_MM * 0.22, WIDTH_MM)


def body(doc: Any, text: str, *, bold: bool = False, italic: bool = False, indent: bool = True,
         align: Any = JUSTIFY) -> Any:
    return para(doc, text, bold=bold, italic=italic, align=align, indent_mm=10 if indent else 0,
                after=4, line=1.15)


def raw(doc: Any, text: str) -> None:
    """A paragraph holding only a docxtpl paragraph tag ({%p if … %}), removed when rendered."""
    para(doc, text, align=LEFT)


def table(doc: Any, headers: list[str], loop: str, item: str, cells: list[str], shares: list[float]) -> None:
    """A grid table: a header row, then one row per element of `loop` (docxtpl's {%tr %})."""
    t = doc.add_table(rows=4, cols=len(headers))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths(t, [WIDTH_MM * s for s in shares])
    for j, h in enumerate(headers):
        first(t.cell(0, j), h, size=L.SIZE_TABLE, bold=True)
    first(t.cell(1, 0), f"{{%tr for {item} in {loop} %}}", size=L.SIZE_TABLE, align=LEFT)
    for j, c in enumerate(cells):
        first(t.cell(2, j), c, size=L.SIZE_TABLE, align=CENTER if j == 0 else LEFT)
    first(t.cell(3, 0), "{%tr endfor %}", size=L.SIZE_TABLE, align=LEFT)
    para(doc, "", size=6, after=4)


def signatures(doc: Any, left: list[str], right: list[str], *, recipients: list[str] | None = None) -> None:
    """The foot: recipients (or a second signer) on the left, the signer on the right. A list's
    first lines are bold titles; its last line is the name, after room to sign."""
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    widths(t, [WIDTH_MM * 0.45, WIDTH_MM * 0.55])
    c = t.cell(0, 0)
    if recipients is not None:
        first(c, "Nơi nhận:", size=L.SIZE_RECIPIENTS_HEAD, bold=True, italic=True, align=LEFT)
        for r in recipients:
            para(c, "- " + r, size=L.SIZE_RECIPIENTS, align=LEFT)
    elif left:
        _signer_cell(c, left)
    _signer_cell(t.cell(0, 1), right)
    tr = t.rows[0]._tr.get_or_add_trPr()
    cant = OxmlElement("w:cantSplit")
    cant.set(qn("w:val"), "true")
    tr.append(cant)


def _signer_cell(c: Any, lines: list[str]) -> None:
    *titles, name = lines
    first(c, titles[0], size=L.SIZE_TITLE, bold=True)
    for line in titles[1:]:
        para(c, line, size=L.SIZE_BODY, italic=line.startswith("("), bold=not line.startswith("("))
    c.paragraphs[-1].paragraph_format.space_after = Pt(60)
    para(c, name, size=L.SIZE_TITLE, bold=True)
