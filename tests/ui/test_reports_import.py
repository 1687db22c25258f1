"""The Import and Reports pages driven through real widgets: a messy workbook checked (every
row's outcome, nothing written), imported, checked again (all unchanged); the report presets,
preview and exports (files written, audit-logged)."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from desktop_app.ui.pages.importing import ImportPage
from desktop_app.ui.pages.reports import ReportsPage
from tests.conftest import add_person, open_case

D = dt.date


def messy_workbook(path):
    wb = openpyxl.Workbook()
    sh = wb.active
    sh.title = "DS đối tượng"
    sh["A1"] = "DANH SÁCH ĐỐI TƯỢNG QUẢN LÝ"
    sh.merge_cells("A1:H1")
    sh.append(["STT", "HỌ TÊN", "Ngày tháng năm sinh", "Giới", "Số CMND/CCCD", "Chỗ ở hiện nay",
               "Loại", "Bắt đầu", "Thời hạn"])  # row 2: header variants
    sh.append([1, "NGUYỄN VĂN AN", "05/03/1990", "Nam", "001.090.000.123", "Thôn Đông",
               "Giáo dục tại xã", "01/02/2026", 3])  # 3: created (person + case)
    sh.append([2, "Trần Thị Bình", "1995", "Nữ", "0011950004", "Thôn Tây"])  # 4: bad CCCD
    sh.append([3, "Lê Văn Cường", "31/02/1990", "Nam", None, "Thôn Nam"])  # 5: impossible date
    sh.append([])  # 6: blank, skipped
    sh.append([4, "Nguyễn Văn An", "05/03/1990", "nam", None, "Thôn Đông"])  # 7: duplicate of row 3
    sh.append([5, "phạm văn dũng", 1985, "Nam", None, "Thôn Bắc", "Án treo", D(2026, 1, 1), 24])  # 8
    sh.append([6, "Vũ Văn Giang", "12/12/1980", "Nam", "001 080 000 999", "Thôn Nam"])  # 9: updated
    tips = wb.create_sheet("Tin tố giác")
    tips.append(["Ngày tiếp nhận", "Hình thức", "Nội dung tin", "Có giá trị"])
    tips.append(["03/03/2026", "Điện thoại", "Đánh bạc tại quán nước đầu thôn", "x"])  # 2: created
    tips.append(["30/02/2026", "Trực tiếp", "Trộm xe máy", None])  # 3: impossible date
    wb.save(path)
    return path


EXPECTED = {("DS đối tượng", 3): "created", ("DS đối tượng", 4): "error", ("DS đối tượng", 5): "error",
            ("DS đối tượng", 7): "duplicate", ("DS đối tượng", 8): "created",
            ("DS đối tượng", 9): "updated", ("Tin tố giác", 2): "created", ("Tin tố giác", 3): "error"}


@pytest.fixture
def import_page(qtbot, workspace, ops):
    add_person(workspace, "Vũ Văn Giang", birth_date="12/12/1980", gender="male", cccd="001080000999",
               current_address="Thôn Bắc")
    page = ImportPage(workspace, ops)
    qtbot.addWidget(page)
    page.resize(1140, 700)
    page.show()
    return page


def shown(page) -> dict[tuple[str, int], dict]:
    return {(r["sheet"], r["row"]): r for r in page.model.rows}


def people_count(ws) -> int:
    return ws.persons.list(limit=1).total


def test_import_check_then_import_then_reimport(qtbot, import_page, workspace, tmp_path):
    page = import_page
    path = messy_workbook(tmp_path / "so cu.xlsx")
    assert not page.check_btn.isEnabled() and not page.commit_btn.isEnabled()
    page.load_file(path)
    assert page.check_btn.isEnabled() and not page.commit_btn.isEnabled()
    before = people_count(workspace)

    with qtbot.waitSignal(page.checked, timeout=20000):
        page.check_btn.click()
        assert not page.check_btn.isEnabled() and not page.choose_btn.isEnabled()  # while running
    rows = shown(page)
    assert len(page.model.rows) == len(EXPECTED)  # one row per input row, the blank one skipped
    assert {k: r["status"] for k, r in rows.items()} == EXPECTED
    # errors first, then the held duplicates
    assert [r["status"] for r in page.model.rows[:4]] == ["error"] * 3 + ["duplicate"]
    assert rows[("DS đối tượng", 4)]["column"] == "Số CMND/CCCD"
    assert "12 chữ số" in rows[("DS đối tượng", 4)]["message"]
    assert rows[("DS đối tượng", 5)]["column"] == "Ngày tháng năm sinh"
    assert "ngày không tồn tại" in rows[("DS đối tượng", 5)]["message"]
    assert rows[("Tin tố giác", 3)]["column"] == "Ngày tiếp nhận"
    assert "dòng 3" in rows[("DS đối tượng", 7)]["message"]
    assert "xác nhận" in rows[("DS đối tượng", 7)]["message"]
    assert rows[("DS đối tượng", 3)]["message"] == "người: tạo mới; hồ sơ: tạo mới"
    texts = {page.model.data(page.model.index(i, 2)) for i in range(page.model.rowCount())}
    assert texts == {"Tạo mới", "Cập nhật", "Nghi trùng", "Lỗi"}
    assert "1</b> nghi trùng" in page.totals.text() and "3</b> dòng lỗi" in page.totals.text()
    assert page.held.isVisible() and "không ghi" in page.held.text()
    assert page.progress.isHidden()
    # the dry run wrote nothing
    assert people_count(workspace) == before
    assert workspace.tips.list().total == 0
    assert workspace.persons.find_by_cccd("001080000999").current_address == "Thôn Bắc"
    # the filter
    page.filter.setCurrentIndex(page.filter.findText("Chỉ lỗi"))
    assert page.model.rowCount() == 3 and {r["status"] for r in page.model.rows} == {"error"}
    page.filter.setCurrentIndex(page.filter.findText("Chỉ nghi trùng"))
    assert [r["row"] for r in page.model.rows] == [7]
    page.filter.setCurrentIndex(0)

    # the real import
    assert page.commit_btn.isEnabled()
    with qtbot.waitSignal(page.imported, timeout=20000):
        page.commit()
    assert {k: r["status"] for k, r in shown(page).items()} == EXPECTED
    assert people_count(workspace) == before + 2  # An and Dũng; the duplicate held, errors not written
    assert workspace.persons.find_by_cccd("001080000999").current_address == "Thôn Nam"
    assert workspace.tips.list().total == 1
    assert "Đã nhập vào sổ: 3 tạo mới, 1 cập nhật" in page.status.text()
    assert not page.commit_btn.isEnabled()  # a new import needs a new check
    [audit] = workspace.audit.list(action="import")
    assert audit.detail["file"] == "so cu.xlsx"

    # checking the same file again: everything written is now unchanged
    with qtbot.waitSignal(page.checked, timeout=20000):
        page.check()
    again = {k: r["status"] for k, r in shown(page).items()}
    assert again == {k: ("unchanged" if v in ("created", "updated") else v) for k, v in EXPECTED.items()}
    # nothing left to write (errors, the suspected duplicate, unchanged rows): no "Nhập vào sổ"
    assert not page.commit_btn.isEnabled() and "không có dòng nào cần ghi vào sổ" in page.status.text()
    page.commit()  # (a stray call writes nothing either)
    assert people_count(workspace) == before + 2 and workspace.tips.list().total == 1
    assert len(workspace.audit.list(action="import")) == 1


def test_import_refuses_a_file_changed_after_the_check(qtbot, import_page, workspace, tmp_path):
    page = import_page
    path = messy_workbook(tmp_path / "ds.xlsx")
    page.load_file(path)
    with qtbot.waitSignal(page.checked, timeout=20000):
        page.check()
    wb = openpyxl.load_workbook(path)
    wb["DS đối tượng"].append([7, "Đỗ Thị Hoa", "02/04/2001", "Nữ"])
    wb.save(path)
    before = people_count(workspace)
    page.commit()
    qtbot.waitUntil(lambda: not page._running, timeout=20000)
    assert "đã bị sửa sau khi kiểm tra" in page.status.text()
    assert people_count(workspace) == before and not page.commit_btn.isEnabled()
    # choosing another file also withdraws the check
    with qtbot.waitSignal(page.checked, timeout=20000):
        page.check()
    assert page.commit_btn.isEnabled()
    page.load_file(tmp_path / "other.xlsx")
    assert not page.commit_btn.isEnabled()


def test_import_unreadable_file_and_template(qtbot, import_page, tmp_path):
    page = import_page
    bad = tmp_path / "hong.xlsx"
    bad.write_bytes(b"not a workbook")
    page.load_file(bad)
    with qtbot.waitSignal(page.checked, timeout=20000):
        page.check()
    assert [r["status"] for r in page.model.rows] == ["error"]
    assert "không đọc được tệp" in page.model.rows[0]["message"]
    assert not page.commit_btn.isEnabled()
    out = tmp_path / "mau.xlsx"
    page.save_template(out)
    qtbot.waitUntil(lambda: not page._running, timeout=20000)
    assert out.exists() and "Đã ghi tệp mẫu" in page.status.text()


# -- reports --------------------------------------------------------------------------------------


@pytest.fixture
def report_data(workspace):
    w = workspace
    for day, valuable in ((D(2025, 12, 20), True), (D(2026, 2, 1), True), (D(2026, 5, 10), False),
                          (D(2025, 12, 10), True)):  # the last is before 15/12/2025
        w.tips.add({"received_on": day, "channel": "phone", "content": f"tin {day}", "valuable": valuable})
    a = add_person(w, "Nguyễn Văn An", birth_date="1990")
    b = add_person(w, "Trần Văn Bình", birth_date="1992")
    open_case(w, a, "community_education", term_months=3, start_date=D(2026, 3, 1))
    open_case(w, b, "suspended_sentence", term_months=24, start_date=D(2026, 1, 10))
    sid = w.sessions.create({"date": D(2026, 4, 2), "place": "Hội trường thôn Đông"}).created_id
    for p in (a, b):
        w.sessions.add_attendee({"session_id": sid, "person_id": p, "commitment_signed": True})
    w.models.add({"name": "Trường THCS Tích Sơn", "kind": "safe4_school", "area": "Thôn Đông",
                  "established_on": D(2020, 9, 5), "status": "active"})
    return w


@pytest.fixture
def reports_page(qtbot, report_data, ops):
    page = ReportsPage(report_data, ops)
    qtbot.addWidget(page)
    page.resize(1140, 700)
    page.show()
    page.refresh()
    return page


def test_report_presets_fill_the_dates(reports_page):
    page = reports_page
    page.kind.setCurrentIndex(page.kind.findText("6 tháng đầu năm"))
    page.year.setValue(2026)
    assert page.date_from.text() == "15/12/2025" and page.date_to.text() == "14/06/2026"
    assert page.index.isHidden()
    assert page.label() == "6 tháng đầu năm 2026"
    assert "từ 15/12/2025 đến 14/06/2026" in page.period_hint.text()
    # every preset counts by the same cut-off (the government's, by default), said on the page
    assert page.convention.currentText() == "Theo kỳ báo cáo của Chính phủ (15/12–14/6)"
    page.kind.setCurrentIndex(page.kind.findText("Quý"))
    assert page.index.isVisible()
    page.index.setCurrentIndex(1)
    assert (page.date_from.text(), page.date_to.text()) == ("15/03/2026", "14/06/2026")
    assert page.label() == "quý II năm 2026"
    assert page.period_hint.text() == ("Báo cáo quý II năm 2026: từ 15/03/2026 đến 14/06/2026 "
                                       "(theo kỳ báo cáo của Chính phủ), 92 ngày")
    page.kind.setCurrentIndex(page.kind.findText("Tháng"))
    page.index.setCurrentIndex(1)
    assert (page.date_from.text(), page.date_to.text()) == ("15/01/2026", "14/02/2026")
    page.kind.setCurrentIndex(page.kind.findText("Năm"))
    assert (page.date_from.text(), page.date_to.text()) == ("15/12/2025", "14/12/2026")
    # or calendar dates for every preset, chosen in sight
    page.convention.setCurrentIndex(page.convention.findData("calendar"))
    assert (page.date_from.text(), page.date_to.text()) == ("01/01/2026", "31/12/2026")
    assert "(theo lịch)" in page.period_hint.text() and page.label() == "năm 2026"
    page.kind.setCurrentIndex(page.kind.findText("Quý"))
    page.index.setCurrentIndex(1)
    assert (page.date_from.text(), page.date_to.text()) == ("01/04/2026", "30/06/2026")
    page.kind.setCurrentIndex(page.kind.findText("6 tháng đầu năm"))
    assert (page.date_from.text(), page.date_to.text()) == ("01/01/2026", "30/06/2026")
    page.convention.setCurrentIndex(page.convention.findData("government"))
    page.kind.setCurrentIndex(page.kind.findText("Năm"))
    # dates edited by hand: a custom period, no preset name
    page.date_to.setDate(page.date_to.date().addDays(-1))
    assert page.label() == "" and "Kỳ tự chọn" in page.period_hint.text()
    page.date_to.setDate(page.date_from.date().addDays(-1))
    assert not page.preview_btn.isEnabled()  # to before from


def test_report_preview_and_exports(qtbot, reports_page, report_data, tmp_path):
    page = reports_page
    page.set_preset("half", 2026, 1)
    assert (page.date_from.text(), page.date_to.text()) == ("15/12/2025", "14/06/2026")
    with qtbot.waitSignal(page.preview_shown, timeout=20000):
        page.preview_btn.click()
        assert page.busy.isVisible() and not page.preview_btn.isEnabled()
    r = page.report
    assert r["tips"] == {"received": 3, "valuable": 2}
    assert r["cases"]["totals"]["opened"] == 2
    assert r["warnings"]["sessions"] == 1 and r["warnings"]["attendances"] == 2
    assert r["models"]["total"] == 1
    text = page.view.toPlainText()
    assert "6 tháng đầu năm 2026 (từ ngày 15/12/2025 đến ngày 14/06/2026)" in text
    assert "tiếp nhận 3 tin báo, tố giác tội phạm" in text and "2 tin có giá trị" in text
    assert "Giáo dục tại xã, phường, thị trấn" in text and "Án treo" in text
    assert "4 an toàn - nhà trường" in text
    assert "2 lượt người tham dự" in text
    assert not page.busy.isVisible() and page.preview_btn.isEnabled()

    pdf = tmp_path / "bc.pdf"
    page.number.setText("15")
    page.signer.setText("Nguyễn Văn Trưởng")
    with qtbot.waitSignal(page.exported, timeout=60000) as sig:
        page.export_to(str(pdf), "pdf")
    assert sig.args == [str(pdf)]
    assert pdf.read_bytes()[:5] == b"%PDF-" and pdf.stat().st_size > 2000
    assert str(pdf) in page.status.text()
    xlsx = tmp_path / "bc.xlsx"
    with qtbot.waitSignal(page.exported, timeout=60000):
        page.export_to(str(xlsx), "xlsx")
    wb = openpyxl.load_workbook(xlsx)
    assert wb.sheetnames[0] == "Tổng hợp"
    exports = [e for e in report_data.audit.list(action="export") if e.entity == "report"]
    assert [e.detail["format"] for e in exports] == ["pdf", "xlsx"]
    assert exports[0].detail["from"] == "2025-12-15" and exports[0].detail["to"] == "2026-06-14"
    assert page.suggested_name("docx") == "Bao_cao_6_thang_dau_nam_2026.docx"

    # the agency line: typed, it heads the document (the fixture's register has no province, so
    # the default — shown as the field's placeholder — is empty)
    import docx

    page.refresh()
    qtbot.waitUntil(lambda: page._agency_default is not None, timeout=5000)
    assert page._agency_default == "" and page.agency.placeholderText() == "ví dụ: Công an tỉnh Phú Thọ"
    page.agency.setText("Công an tỉnh Phú Thọ")
    word = tmp_path / "bc.docx"
    with qtbot.waitSignal(page.exported, timeout=60000):
        page.export_to(str(word), "docx")
    cells = [c.text for t in docx.Document(word).tables for row in t.rows for c in row.cells]
    assert any("CÔNG AN TỈNH PHÚ THỌ" in c for c in cells)


def test_report_unit_choice_on_a_province_register(qtbot, province, ops):
    province.units.load([{"code": "09001", "name": "Xã Một", "level": "commune", "parent_code": "25"},
                         {"code": "09002", "name": "Xã Hai", "level": "commune", "parent_code": "25"}])
    province.tips.add({"received_on": D(2026, 2, 1), "channel": "phone", "content": "Một"}, unit_code="09001")
    for content in ("Hai", "Hai nữa"):
        province.tips.add({"received_on": D(2026, 2, 1), "channel": "phone", "content": content},
                          unit_code="09002")
    page = ReportsPage(province, ops)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    qtbot.waitUntil(lambda: page.unit.count() == 3, timeout=5000)
    assert page.unit.isVisible()
    assert page.unit.itemText(1) == "Xã Một (09001)"
    page.unit.setCurrentIndex(2)
    assert page.unit_code() == "09002"
    page.set_preset("year", 2026)
    with qtbot.waitSignal(page.preview_shown, timeout=20000):
        page.preview()
    assert page.report["period"]["unit_code"] == "09002"
    assert page.report["tips"]["received"] == 2 and "by_unit" not in page.report
    page.unit.setCurrentIndex(0)  # every commune: the per-commune table
    with qtbot.waitSignal(page.preview_shown, timeout=20000):
        page.preview()
    assert page.report["tips"]["received"] == 3 and len(page.report["by_unit"]) == 2
    text = page.view.toPlainText()
    assert "SỐ LIỆU THEO ĐƠN VỊ" in text and "Xã Một" in text and "Xã Hai" in text


def test_import_problems_in_the_interface_language(qtbot, import_page, tmp_path, monkeypatch):
    """A row's problem is worded from its code in the interface's language (the catalogue), not
    kept as the core's Vietnamese sentence."""
    monkeypatch.setattr("desktop_app.ui.pages.importing.current_language", lambda: "en")
    page = import_page
    page.load_file(messy_workbook(tmp_path / "so cu.xlsx"))
    with qtbot.waitSignal(page.checked, timeout=20000):
        page.check_btn.click()
    rows = shown(page)
    assert "must have 12 digits" in rows[("DS đối tượng", 4)]["message"]
    assert "no such date" in rows[("DS đối tượng", 5)]["message"]
    assert "chữ số" not in rows[("DS đối tượng", 4)]["message"]
