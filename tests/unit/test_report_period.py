"""Period reports (issue 5): the figures checked against counts computed here from the data the
test wrote; presets; the xlsx/docx/pdf documents read back (the PDF's text extracted); the seed
demo's first half of 2020 stating DOMAIN §7's figures."""

from __future__ import annotations

import datetime as dt
import re

import openpyxl
import pytest

from desktop_app.core.domain.rules import RuleBook, RuleRow
from desktop_app.core.reports import (
    cutoff_text,
    period_report,
    preset_label,
    preset_window,
    write_docx,
    write_pdf,
    write_report,
    write_xlsx,
)

D = dt.date
FROM, TO = D(2026, 1, 1), D(2026, 3, 31)
VISIT_INTERVAL = {"community_watch": 90}  # DOMAIN rules: 30 days, 90 for community watch

PERSONS = ["Nguyễn Văn An", "Trần Văn Bình", "Lê Thị Cúc", "Phạm Văn Dũng", "Hoàng Văn Em", "Đỗ Văn Phú"]
# (person, category, start, term, closed on)
CASES = [(0, "community_education", D(2026, 1, 15), 3, None),
         (1, "suspended_sentence", D(2025, 6, 1), 24, None),
         (2, "drug_management", D(2025, 2, 1), 12, D(2026, 2, 1)),
         (3, "community_education", D(2026, 4, 10), 3, None),
         (4, "reintegration", D(2026, 3, 1), None, None),
         (5, "community_watch", D(2025, 11, 1), None, None)]
# (case index, date)
CONTACTS = [(0, D(2026, 2, 10)), (0, D(2026, 3, 20)), (1, D(2026, 1, 5)), (1, D(2026, 4, 15)),
            (2, D(2026, 1, 10)), (1, D(2025, 12, 20))]
TIPS = [(D(2026, 1, 3), True), (D(2026, 1, 20), False), (D(2026, 2, 2), True), (D(2026, 3, 31), True),
        (D(2026, 3, 15), None), (D(2025, 12, 31), True), (D(2026, 4, 1), True)]
# (date, [(person, signed)])
SESSIONS = [(D(2026, 2, 10), [(0, True), (1, False)]), (D(2026, 3, 5), [(0, False), (2, True)]),
            (D(2026, 4, 2), [(3, True)])]
# (name, kind, area, established, status)
MODELS = [("Trường TH Tích Sơn", "safe4_school", "Thôn Đông", D(2020, 9, 5), "active"),
          ("Trường THCS mới", "safe4_school", "Thôn Bắc", D(2026, 5, 1), "active"),
          ("Khu trọ Đông Hải", "boarding_house", "Thôn Đông", D(2021, 6, 1), "active"),
          ("UBND xã", "safe4_agency", "Thôn Nam", D(2019, 1, 1), "dissolved"),
          ("Trạm y tế xã", "safe4_hospital", "Thôn Tây", None, "active")]


@pytest.fixture
def ws(workspace):
    w = workspace
    pids = [w.persons.add({"full_name": n, "birth_date": "1990"}).created_id for n in PERSONS]
    cids = []
    for p, cat, start, term, closed in CASES:
        data = {"person_id": pids[p], "category": cat, "start_date": start}
        if term:
            data["term_months"] = term
        cid = w.cases.open(data).created_id
        if closed:
            w.cases.close(cid, {"status": "completed", "actual_end": closed})
        cids.append(cid)
    for c, day in CONTACTS:
        w.visits.record_contact({"summary": "Thăm gặp", "case_id": cids[c], "kind": "home_visit", "date": day})
    for day, valuable in TIPS:
        w.tips.add({"received_on": day, "channel": "phone", "content": f"tin {day}", "valuable": valuable})
    for day, people in SESSIONS:
        sid = w.sessions.create({"date": day, "place": "Trụ sở"}).created_id
        for p, signed in people:
            w.sessions.add_attendee({"session_id": sid, "person_id": pids[p], "commitment_signed": signed})
    for name, kind, area, est, status in MODELS:
        w.models.add({"name": name, "kind": kind, "area": area, "established_on": est, "status": status})
    return w


def expected() -> dict:
    """The figures, counted from the lists above without the register."""
    inside = lambda d: d is not None and FROM <= d <= TO  # noqa: E731
    cats = {c[1] for c in CASES}
    opened = {k: sum(1 for c in CASES if c[1] == k and inside(c[2])) for k in cats}
    closed = {k: sum(1 for c in CASES if c[1] == k and inside(c[4])) for k in cats}
    active = {k: sum(1 for c in CASES if c[1] == k and c[2] <= TO and (c[4] is None or c[4] > TO))
              for k in cats}
    overdue = 0
    for i, c in enumerate(CASES):
        if c[2] <= TO and (c[4] is None or c[4] > TO):
            last = max([d for ci, d in CONTACTS if ci == i and d <= TO], default=c[2])
            if last + dt.timedelta(days=VISIT_INTERVAL.get(c[1], 30)) < TO:
                overdue += 1
    att = [(p, s) for day, people in SESSIONS if inside(day) for p, s in people]
    live = [m for m in MODELS if m[4] == "active" and (m[3] is None or m[3] <= TO)]
    return {
        "tips": {"received": sum(1 for d, _ in TIPS if inside(d)),
                 "valuable": sum(1 for d, v in TIPS if inside(d) and v)},
        "opened": opened, "closed": closed, "active": active,
        "sessions": sum(1 for d, _ in SESSIONS if inside(d)), "attendances": len(att),
        "persons": len({p for p, _ in att}), "commitments": sum(1 for _, s in att if s),
        "contacts": sum(1 for _, d in CONTACTS if inside(d)), "overdue": overdue,
        "models": {k: sum(1 for m in live if m[1] == k) for k in {m[1] for m in live}},
        "areas": len({m[2] for m in live}),
        "safe4": sum(1 for m in live if m[1].startswith("safe4")),
    }


def test_figures_match_independent_counts(ws):
    r = period_report(ws, FROM, TO)
    e = expected()
    assert r["tips"] == e["tips"] == {"received": 5, "valuable": 3}
    for key, got in (("opened", r["cases"]["opened"]), ("closed", r["cases"]["closed"]),
                     ("active", r["cases"]["active_at_end"])):
        assert {k: v for k, v in got.items() if v} == {k: v for k, v in e[key].items() if v}, key
        assert set(got) >= {"community_education", "family_management", "community_watch"}  # all 8
    assert r["cases"]["totals"] == {"opened": 2, "closed": 1, "active_at_end": 4}
    assert r["warnings"] == {"sessions": e["sessions"], "attendances": e["attendances"],
                             "persons": e["persons"], "commitments": e["commitments"]} \
        == {"sessions": 2, "attendances": 4, "persons": 3, "commitments": 2}
    assert r["contacts"] == {"total": e["contacts"], "overdue_at_end": e["overdue"]} \
        == {"total": 4, "overdue_at_end": 2}
    assert {k: v for k, v in r["models"]["active"].items() if v} == e["models"]
    assert (r["models"]["areas"], r["models"]["safe4_total"], r["models"]["total"]) == (e["areas"], e["safe4"], 3)
    assert r["labels"]["categories"]["suspended_sentence"] == "Án treo"
    assert r["labels"]["model_kinds"]["safe4_school"] == "4 an toàn - nhà trường"
    assert "by_unit" not in r  # one commune
    assert (r["unit"], r["generated_by"]) == ({"code": "09123", "name": "Xã Tích Sơn"}, "Nguyễn Văn Trưởng")


def test_presets():
    rules = RuleBook.default()  # 6 tháng đầu năm: 15/12 of the year before → 14/06
    w = lambda *a: (lambda x: (x.start, x.end))(preset_window(*a, rules=rules))  # noqa: E731
    # one convention for every preset: the government's cut-off (day 15 of the month before → 14)
    assert w("month", 2026, 2) == (D(2026, 1, 15), D(2026, 2, 14))
    assert w("month", 2026, 1) == (D(2025, 12, 15), D(2026, 1, 14))
    assert w("quarter", 2026, 1) == (D(2025, 12, 15), D(2026, 3, 14))
    assert w("quarter", 2026, 4) == (D(2026, 9, 15), D(2026, 12, 14))
    assert w("half", 2026, 1) == (D(2025, 12, 15), D(2026, 6, 14))
    assert w("half", 2026, 2) == (D(2026, 6, 15), D(2026, 12, 14))
    assert w("year", 2026, 1) == (D(2025, 12, 15), D(2026, 12, 14))
    # ... or calendar dates for every preset, when chosen
    c = lambda *a: (lambda x: (x.start, x.end))(preset_window(*a, rules=rules, convention="calendar"))  # noqa: E731
    assert c("month", 2026, 2) == (D(2026, 2, 1), D(2026, 2, 28))
    assert c("quarter", 2026, 4) == (D(2026, 10, 1), D(2026, 12, 31))
    assert c("half", 2026, 1) == (D(2026, 1, 1), D(2026, 6, 30))
    assert c("half", 2026, 2) == (D(2026, 7, 1), D(2026, 12, 31))
    assert c("year", 2026, 1) == (D(2026, 1, 1), D(2026, 12, 31))
    # the cut-off is a rule: a calendar-like rule gives calendar windows by the government convention
    calendar_rules = RuleBook([RuleRow("report_half_year", {"from": [1, 1], "to": [6, 30]})])
    assert preset_window("half", 2026, 1, calendar_rules).end == D(2026, 6, 30)
    assert preset_window("year", 2026, 1, calendar_rules).end == D(2026, 12, 31)
    assert (preset_window("month", 2026, 3, calendar_rules).start,
            preset_window("month", 2026, 3, calendar_rules).end) == (D(2026, 3, 1), D(2026, 3, 31))
    assert cutoff_text(rules, 2026) == "15/12–14/6"
    with pytest.raises(ValueError):
        preset_window("month", 2026, 1, rules, convention="lunar")
    assert preset_label("half", 2026, 1) == "6 tháng đầu năm 2026"
    assert preset_label("quarter", 2026, 2) == "quý II năm 2026"
    with pytest.raises(ValueError):
        preset_window("month", 2026, 13, rules)


DOC = dict(agency="Công an tỉnh Phú Thọ", unit_name="Công an xã Tích Sơn", place="Tích Sơn", number=15,
           signer={"name": "Nguyễn Văn Trưởng"}, date=D(2026, 4, 5),
           watermark="Xuất bởi truong lúc 08:30 ngày 05/04/2026")


def _flat(s: str) -> str:
    return re.sub(r"\s+", " ", s)


def test_pdf_text_layout_and_figures(ws, tmp_path):
    from pypdf import PdfReader

    r = period_report(ws, FROM, TO, label=preset_label("quarter", 2026, 1))
    path = write_pdf(r, tmp_path / "bc.pdf", **DOC)
    pdf = PdfReader(path)
    page = pdf.pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (595, 842)  # A4
    text = _flat(" ".join(p.extract_text() for p in pdf.pages))
    for s in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "CÔNG AN TỈNH PHÚ THỌ",
              "CÔNG AN XÃ TÍCH SƠN", "Số: 15/BC-CAX", "Tích Sơn, ngày 05 tháng 4 năm 2026", "BÁO CÁO",
              "quý I năm 2026", "tiếp nhận 5 tin báo", "trong đó 3 tin có giá trị",
              "Tổ chức 2 buổi gọi hỏi", "4 lượt người tham dự (3 người)", "Nơi nhận:",
              "TRƯỞNG CÔNG AN XÃ", "Nguyễn Văn Trưởng", "Xuất bởi truong lúc 08:30 ngày 05/04/2026",
              "Giáo dục tại xã, phường, thị trấn", "Án treo", "4 an toàn - nhà trường"):
        assert s in text, s
    fonts = set()
    for p in pdf.pages:
        for f in p["/Resources"]["/Font"].values():
            f = f.get_object()
            desc = f["/DescendantFonts"][0].get_object()["/FontDescriptor"] if "/DescendantFonts" in f \
                else f.get("/FontDescriptor")
            if desc is not None:
                assert "/FontFile2" in desc.get_object()  # embedded
            fonts.add(str(f["/BaseFont"]))
    assert any("Serif" in f or "Times" in f for f in fonts)


def test_docx_text_and_layout(ws, tmp_path):
    import docx
    from docx.shared import Mm

    r = period_report(ws, FROM, TO)
    path = write_docx(r, tmp_path / "bc.docx", **DOC)
    d = docx.Document(path)
    sec = d.sections[0]
    assert (round(sec.page_width.mm), round(sec.page_height.mm)) == (210, 297)
    assert (round(sec.top_margin.mm), round(sec.bottom_margin.mm), round(sec.left_margin.mm),
            round(sec.right_margin.mm)) == (20, 20, 30, 15)
    assert sec.left_margin >= Mm(30) - 1
    assert d.styles["Normal"].font.name == "Times New Roman"
    cells = [c.text for t in d.tables for row in t.rows for c in row.cells]
    body = [p.text for p in d.paragraphs]
    text = _flat(" | ".join(body + cells))
    for s in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "CÔNG AN XÃ TÍCH SƠN",
              "Số: 15/BC-CAX", "Tích Sơn, ngày 05 tháng 4 năm 2026", "BÁO CÁO", "tiếp nhận 5 tin báo",
              "Nơi nhận:", "Nguyễn Văn Trưởng", "Đối tượng lầm lỗi"):
        assert s in text, s
    cases = next(t for t in d.tables if t.rows[0].cells[1].text == "Loại đối tượng")
    rows = {row.cells[1].text: [c.text for c in row.cells[2:]] for row in cases.rows[1:]}
    assert rows["Giáo dục tại xã, phường, thị trấn"] == ["1", "0", "1"]
    assert rows["Tổng cộng"] == ["2", "1", "4"]
    assert "Xuất bởi truong" in sec.footer.paragraphs[0].text


def test_xlsx_one_sheet_per_section(ws, tmp_path):
    r = period_report(ws, FROM, TO)
    wb = openpyxl.load_workbook(write_xlsx(r, tmp_path / "bc.xlsx", watermark="WM"))
    assert wb.sheetnames == ["Tổng hợp", "Tin tố giác", "Hồ sơ quản lý", "Răn đe giáo dục", "Tiếp xúc", "Mô hình", "Thi hành án hình sự"]
    def table(name):
        sh = wb[name]
        return {row[1]: list(row[2:]) for row in sh.iter_rows(min_row=6, values_only=True) if row[1]}
    assert table("Tin tố giác") == {"Tin báo, tố giác tội phạm tiếp nhận": [5],
                                    "Trong đó: tin có giá trị": [3]}
    cases = table("Hồ sơ quản lý")
    assert cases["Án treo"] == [0, 0, 1] and cases["Tổng cộng"] == [2, 1, 4]
    assert table("Răn đe giáo dục")["Số lượt người tham dự"] == [4]
    assert table("Mô hình")["4 an toàn - nhà trường"] == [1]
    assert wb["Mô hình"]["A3"].value == "WM"


def test_export_report_is_audited(ws, tmp_path):
    r = period_report(ws, FROM, TO)
    for fmt in ("json", "xlsx", "pdf", "docx"):
        write_report(ws, r, tmp_path / f"bc.{fmt}", agency="Công an tỉnh Phú Thọ", number=3,
                     signer="Nguyễn Văn Trưởng")
    entries = [e for e in ws.audit.list(action="export") if e.entity == "report"]
    assert [e.detail["format"] for e in entries] == ["json", "xlsx", "pdf", "docx"]
    assert all(e.detail["watermark"].startswith("Xuất bởi Nguyễn Văn Trưởng") for e in entries)


def test_seed_demo_first_half_2020_states_domain_figures(tmp_path, low_kdf):
    """DOMAIN §7, through the report and its PDF; the province register gets the per-commune
    breakdown, whose sums are the totals."""
    from pypdf import PdfReader

    from desktop_app.demo import SEED_MIN_PERSONS, SEED_PERIOD, create_demo
    from tests.conftest import TODAY

    ws = create_demo(tmp_path / "seed", username="tinh", password="Matkhau2026demo", profile="seed",
                     persons=SEED_MIN_PERSONS, today=TODAY)
    try:
        r = period_report(ws, *SEED_PERIOD, label="6 tháng đầu năm 2020")
        assert r["tips"] == {"received": 1211, "valuable": 848}
        assert r["cases"]["opened"]["community_education"] == 169
        assert r["warnings"]["attendances"] == 3986
        assert r["models"]["areas"] == 372
        assert r["models"]["safe4"] == {"safe4_agency": 77, "safe4_enterprise": 48,
                                        "safe4_hospital": 14, "safe4_school": 149}
        assert r["models"]["safe4_total"] == 288
        units = r["by_unit"]
        assert len(units) > 1
        assert sum(u["tips"]["received"] for u in units) == 1211
        assert sum(u["warnings"]["attendances"] for u in units) == 3986
        assert sum(u["cases"]["opened"]["community_education"] for u in units) == 169
        one = period_report(ws, *SEED_PERIOD, unit_code=units[0]["unit_code"])
        assert "by_unit" not in one and one["tips"] == units[0]["tips"]
        path = write_pdf(r, tmp_path / "seed.pdf", agency="Bộ Công an", unit_name="Công an tỉnh Vĩnh Phúc",
                         place="Vĩnh Yên", number=120, signer={"name": "Nguyễn Văn A", "title": "Giám đốc"},
                         symbol="BC-CAT", date=D(2020, 6, 20))
        text = _flat(" ".join(p.extract_text() for p in PdfReader(path).pages))
        for s in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 120/BC-CAT",
                  "tiếp nhận 1.211 tin báo", "trong đó 848 tin có giá trị", "3.986 lượt người tham dự",
                  "trong đó 169 người áp dụng biện pháp giáo dục", "tại 372 địa bàn",
                  "288 mô hình “4 an toàn” (77 cơ quan, 48 doanh nghiệp, 14 bệnh viện, 149 nhà trường)",
                  "VI. QUẢN LÝ NGƯỜI CHẤP HÀNH ÁN HÌNH SỰ TẠI CỘNG ĐỒNG", "VII. SỐ LIỆU THEO ĐƠN VỊ", "GIÁM ĐỐC"):
            assert s in text, s
    finally:
        ws.close()


def test_the_agency_line_defaults_to_the_units_superior(ws, tmp_path, low_kdf):
    """A register created with its province puts that province's police above its own name on
    the Word and PDF report; one created without it leaves the line empty (never a guess)."""
    import docx

    from desktop_app.core.services.workspace import Workspace

    assert ws.units.superior_agency(ws.unit_code) == ""  # (the fixture's register: no province given)
    assert ws.units.superior_agency("25") == "Bộ Công an"
    with Workspace.create(tmp_path / "hcm", unit_code="26734", unit_name="Phường Sài Gòn", admin="truong",
                          password="Matkhau2026truong", parent_code="79") as hcm:
        assert hcm.units.superior_agency("26734") == "Công an thành phố Hồ Chí Minh"
    with Workspace.create(tmp_path / "pt", unit_code="09123", unit_name="Xã Tích Sơn", admin="truong",
                          password="Matkhau2026truong", parent_code="25") as pt:
        assert pt.units.superior_agency("09123") == "Công an tỉnh Phú Thọ"
        path = write_report(pt, period_report(pt, FROM, TO), tmp_path / "bc.docx").path
        cells = [c.text for t in docx.Document(path).tables for row in t.rows for c in row.cells]
        assert any("CÔNG AN TỈNH PHÚ THỌ" in c and "CÔNG AN XÃ TÍCH SƠN" in c for c in cells)


def test_ward_documents_say_phuong(ws, tmp_path):
    """A ward's documents, signer and recipients say phường (issue 14 §9)."""
    from pypdf import PdfReader

    r = period_report(ws, FROM, TO)
    doc = {**DOC, "unit_name": "Công an phường Hùng Vương", "place": "Hùng Vương"}
    text = _flat(" ".join(p.extract_text() for p in PdfReader(write_pdf(r, tmp_path / "p.pdf", **doc)).pages))
    for s in ("CÔNG AN PHƯỜNG HÙNG VƯƠNG", "TRƯỞNG CÔNG AN PHƯỜNG", "UBND phường", "BC-CAP"):
        assert s in text, s
    for s in ("TRƯỞNG CÔNG AN XÃ", "UBND xã"):
        assert s not in text, s


def test_court_sentence_section(ws, tmp_path):
    """Breaches, requests to revoke, shortened terms, completions of court sentences in the
    period, in JSON and in every document (issue 14 §9)."""
    import docx

    pid = ws.persons.add({"full_name": "Phan Văn Treo"}).created_id
    cid = ws.cases.open({"person_id": pid, "category": "suspended_sentence", "term_months": 24,
                         "judgment_date": D(2025, 1, 10)}).created_id
    for start in (D(2026, 1, 10), D(2026, 2, 10)):
        ws.visits.record_absence({"case_id": cid, "start": start, "end": start + dt.timedelta(days=2),
                                  "permitted": False})
    ws.cases.add_event({"case_id": cid, "kind": "revocation_request", "date": D(2026, 2, 20)})
    ws.cases.add_event({"case_id": cid, "kind": "reduction", "date": D(2026, 3, 1), "months": 2})
    r = period_report(ws, FROM, TO)
    court = r["court"]
    assert court["breaches"]["suspended_sentence"] == 2 and court["totals"]["breaches"] == 2
    assert court["revocation_requests"]["suspended_sentence"] == 1
    assert court["shortened"]["suspended_sentence"] == 1
    assert court["active_at_end"]["suspended_sentence"] >= 1
    assert set(court["active_at_end"]) == {"suspended_sentence", "non_custodial_reform", "conditional_release",
                                           "probation_surveillance", "residence_ban"}
    d = docx.Document(str(write_docx(r, tmp_path / "c.docx", **DOC)))
    body = "\n".join(p.text for p in d.paragraphs)
    assert "QUẢN LÝ NGƯỜI CHẤP HÀNH ÁN HÌNH SỰ TẠI CỘNG ĐỒNG" in body
    assert "2 lượt vi phạm nghĩa vụ" in body and "đề nghị Tòa án buộc chấp hành án phạt tù 1 trường hợp" in body
    wb = openpyxl.load_workbook(write_xlsx(r, tmp_path / "c.xlsx"))
    assert "Thi hành án hình sự" in wb.sheetnames


def test_title_names_the_movement(ws):
    from desktop_app.core.reports.content import report_title

    _title, abstract = report_title(period_report(ws, FROM, TO))
    assert "phong trào toàn dân bảo vệ an ninh Tổ quốc" in abstract
