"""Printed reports (issue 13, item 6): the signature block is never alone on a page (it moves
with the closing paragraph and the last section), nothing tells the reader what to do with
the paper ("(Ký, ghi rõ họ tên, đóng dấu)"), and the footer names the officer by full name."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

import pytest

from desktop_app.core.reports import content, period_report, write_report

FROM, TO = dt.date(2026, 1, 1), dt.date(2026, 3, 31)
SIGNER = "Lê Thị Ký"
CLOSING = "Trên đây là báo cáo kết quả công tác"


def _flat(s: str) -> str:
    return re.sub(r"\s+", " ", s)


@pytest.fixture
def padded(monkeypatch):
    """The report's sections and a last one of `n[0]` filler paragraphs: the document grows a
    line at a time, so the end of the text crosses a page break at some n."""
    n = [0]
    real = content.build_sections

    def build(report):
        secs = list(real(report))
        if n[0]:
            filler = [f"Đoạn bổ sung số {i + 1}: nội dung tường thuật dài vừa đủ một dòng trên khổ A4 của văn bản."
                      for i in range(n[0])]
            secs.append(dataclasses.replace(secs[-1], key="filler", heading="V. PHẦN BỔ SUNG",
                                            paragraphs=filler, table=None))
        return secs

    monkeypatch.setattr("desktop_app.core.reports.pdf.build_sections", build)
    monkeypatch.setattr("desktop_app.core.reports.docx.build_sections", build)
    return n


def test_pdf_signature_stays_with_the_closing_paragraph_and_no_instruction_is_printed(workspace, tmp_path, padded):
    from pypdf import PdfReader

    r = period_report(workspace, FROM, TO)
    pages_seen = set()
    for n in range(0, 60, 3):
        padded[0] = n
        path = write_report(workspace, r, tmp_path / f"bc{n}.pdf", agency="Công an tỉnh Phú Thọ",
                           signer=SIGNER).path
        pages = [_flat(p.extract_text()) for p in PdfReader(path).pages]
        pages_seen.add(len(pages))
        signed = [i for i, t in enumerate(pages) if SIGNER in t]
        assert len(signed) == 1, (n, signed)
        page = pages[signed[0]]
        assert CLOSING in page and "TRƯỞNG CÔNG AN XÃ" in page and "Nơi nhận:" in page, (n, page[:200])
        if n:  # and the last paragraph of the body comes along
            assert f"Đoạn bổ sung số {n}:" in page, (n, page[:300])
        for t in pages:
            assert "Ký, ghi rõ" not in t and "đóng dấu)" not in t
            assert "Xuất bởi Nguyễn Văn Trưởng lúc" in t  # every page's footer: the full name
            assert "Xuất bởi truong" not in t
    assert len(pages_seen) > 1  # the text did cross a page break


def test_docx_keeps_the_closing_paragraph_with_the_signature_row(workspace, tmp_path, padded):
    import docx
    from docx.oxml.ns import qn

    padded[0] = 5
    r = period_report(workspace, FROM, TO)
    path = write_report(workspace, r, tmp_path / "bc.docx", agency="Công an tỉnh Phú Thọ", signer=SIGNER).path
    d = docx.Document(path)
    closing = next(p for p in d.paragraphs if p.text.startswith(CLOSING))
    assert closing.paragraph_format.keep_with_next and closing.paragraph_format.keep_together
    foot = d.tables[-1]
    assert SIGNER in foot.rows[0].cells[1].text
    tr_pr = foot.rows[0]._tr.trPr
    assert tr_pr is not None and tr_pr.find(qn("w:cantSplit")) is not None
    sign_paragraphs = foot.rows[0].cells[1].paragraphs
    assert all(p.paragraph_format.keep_with_next for p in sign_paragraphs[:-1])
    # the closing paragraph is directly followed by the signature table in the body
    assert closing._p.getnext() is foot._tbl
    everything = " ".join([p.text for p in d.paragraphs] + [c.text for t in d.tables for row in t.rows
                                                            for c in row.cells])
    assert "Ký, ghi rõ" not in everything and "đóng dấu)" not in everything
    assert "Xuất bởi Nguyễn Văn Trưởng" in d.sections[0].footer.paragraphs[0].text
