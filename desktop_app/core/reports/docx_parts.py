"""The python-docx pieces of a Decree 30 page that the period report (`docx.py`) and the
shipped document templates (build_support/document_layout.py) both lay out: the Normal style's
font on every script, a paragraph, a rule under a line, a table without borders. Imported only
when a .docx is written (python-docx is not loaded at start-up)."""

from __future__ import annotations

from typing import Any

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from desktop_app.core.reports import layout as L


def set_normal_font(doc: Any, font: str, size: float = L.SIZE_BODY) -> Any:
    """The Normal style in `font` for Latin, complex and East Asian text alike (Vietnamese
    letters otherwise fall back to another font in Word), no space around paragraphs."""
    normal = doc.styles["Normal"]
    normal.font.name = font
    normal.font.size = Pt(size)
    rpr = normal.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.append(fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), font)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.space_before = Pt(0)
    return normal


def para(container: Any, text: str = "", *, size: float = L.SIZE_BODY, bold: bool = False,
         italic: bool = False, align: Any = WD_ALIGN_PARAGRAPH.CENTER, indent_mm: float = 0,
         after: float = 0, before: float = 0, line: float | None = None) -> Any:
    """A paragraph of `container` (a document or a cell) holding `text` in one run."""
    p = container.add_paragraph()
    p.alignment = align
    pf = p.paragraph_format
    pf.space_after, pf.space_before = Pt(after), Pt(before)
    if indent_mm:
        pf.first_line_indent = Mm(indent_mm)
    if line:
        pf.line_spacing = line
    if text:
        r = p.add_run(text)
        r.font.size, r.bold, r.italic = Pt(size), bold, italic
    return p


def rule(p: Any, text_mm: float, cell_mm: float) -> None:
    """A line under paragraph `p`, `text_mm` long and centred in a `cell_mm` wide cell (a
    bottom border on the paragraph, narrowed by indents)."""
    side = max(0.0, (cell_mm - text_mm) / 2)
    p.paragraph_format.left_indent = Mm(side)
    p.paragraph_format.right_indent = Mm(side)
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(k), v)
    bdr.append(bottom)
    ppr.append(bdr)


def no_borders(table: Any) -> None:
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "nil")
        borders.append(e)
    table._tbl.tblPr.append(borders)
