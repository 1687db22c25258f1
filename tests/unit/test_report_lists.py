"""List exports to Excel (issue 5, item 4): the people list with search and filters, the due
list, a person's file — read back with openpyxl: Vietnamese headers, the rows, dd/mm/yyyy
dates, the watermark (user and time) on every sheet, and the "export" audit row."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from desktop_app.core.errors import PermissionDenied
from desktop_app.core.reports.lists import (
    HEADER_ROW,
    export_due_xlsx,
    export_people_xlsx,
    export_person_file_xlsx,
)
from tests.conftest import CHIEF, TODAY, add_person, open_case

D = dt.date


@pytest.fixture
def ws(workspace):
    w = workspace
    an = add_person(w, "Nguyễn Văn An", birth_date="05/03/1990", gender="male", cccd="001090000123",
                    current_address="Thôn Đông")
    binh = add_person(w, "Trần Thị Bình", birth_date="1995", gender="female", current_address="Thôn Tây")
    add_person(w, "Lê Văn Cường", birth_date="1988", gender="male", current_address="Thôn Nam")
    c1 = open_case(w, an, "suspended_sentence", term_months=24, start_date=TODAY - dt.timedelta(days=100),
                   officer=CHIEF, decision_number="34/2025/HS-ST")
    open_case(w, binh, "community_education", term_months=3, start_date=TODAY - dt.timedelta(days=80),
              officer="canbo1")
    w.visits.record_contact({"case_id": c1, "kind": "home_visit", "date": TODAY - dt.timedelta(days=10),
                             "summary": "Đối tượng chấp hành tốt"})
    sid = w.sessions.create({"date": TODAY - dt.timedelta(days=5), "place": "Hội trường thôn Đông",
                             "topic": "Răn đe đua xe"}).created_id
    w.sessions.add_attendee({"session_id": sid, "person_id": an})
    w._ids = {"an": an, "binh": binh, "case": c1}  # type: ignore[attr-defined]
    return w


def header(sheet) -> list[str]:
    return [c.value for c in sheet[HEADER_ROW] if c.value is not None]


def data(sheet) -> list[list]:
    out = []
    for row in sheet.iter_rows(min_row=HEADER_ROW + 1, values_only=True):
        if any(v is not None for v in row):
            out.append(list(row))
    return out


def exports(ws, entity: str):
    return [e for e in ws.audit.list(action="export") if e.entity == entity]


def test_people_list_headers_rows_watermark_and_audit(ws, tmp_path):
    res = export_people_xlsx(ws, tmp_path / "out" / "ds.xlsx")
    assert res.rows == 3 and res.path.exists()
    assert not list((tmp_path / "out").glob(".*.tmp"))  # written then moved into place
    wb = openpyxl.load_workbook(res.path)
    sh = wb["Danh sách"]
    assert sh["A1"].value == "DANH SÁCH NGƯỜI VÀ HỒ SƠ QUẢN LÝ"
    assert "Xã Tích Sơn" in sh["A2"].value and "3 người" in sh["A2"].value
    mark = sh["A3"].value
    assert mark.startswith("Xuất bởi Nguyễn Văn Trưởng lúc ") and mark == res.watermark
    assert dt.datetime.now().strftime("%d/%m/%Y") in mark
    assert sh.oddFooter.center.text == mark
    assert header(sh) == ["TT", "Họ và tên", "Ngày sinh", "Giới tính", "Số CCCD", "Nơi ở hiện tại",
                          "Loại đối tượng (hồ sơ đang quản lý)", "Cán bộ phụ trách"]
    rows = {r[1]: r for r in data(sh)}
    assert set(rows) == {"Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"}
    assert rows["Nguyễn Văn An"][2:8] == ["05/03/1990", "Nam", "001090000123", "Thôn Đông", "Án treo", "Nguyễn Văn Trưởng"]
    assert rows["Trần Thị Bình"][2:4] == ["1995", "Nữ"]
    assert rows["Trần Thị Bình"][6] == "Giáo dục tại xã, phường, thị trấn"
    assert rows["Lê Văn Cường"][6] is None  # no open case
    assert [r[0] for r in data(sh)] == [1, 2, 3]
    [audit] = exports(ws, "people_list")
    assert audit.username == CHIEF
    assert audit.detail["file"] == "ds.xlsx" and audit.detail["rows"] == 3
    assert audit.detail["watermark"] == mark


def test_people_list_search_and_filters(ws, tmp_path):
    res = export_people_xlsx(ws, tmp_path / "a.xlsx", category="suspended_sentence")
    assert [r[1] for r in data(openpyxl.load_workbook(res.path).active)] == ["Nguyễn Văn An"]
    assert "loại đối tượng: Án treo" in openpyxl.load_workbook(res.path).active["A2"].value
    res = export_people_xlsx(ws, tmp_path / "b.xlsx", query="tran thi")  # accent-insensitive
    assert [r[1] for r in data(openpyxl.load_workbook(res.path).active)] == ["Trần Thị Bình"]
    res = export_people_xlsx(ws, tmp_path / "c.xlsx", query="thon", officer="canbo1")
    assert [r[1] for r in data(openpyxl.load_workbook(res.path).active)] == ["Trần Thị Bình"]
    res = export_people_xlsx(ws, tmp_path / "d.xlsx", query="khong co ai")
    assert res.rows == 0 and data(openpyxl.load_workbook(res.path).active) == []
    details = [e.detail for e in exports(ws, "people_list")]
    assert details[0]["filters"] == {"category": "suspended_sentence"}
    assert details[2] == {**details[2], "query": "thon", "filters": {"officer": "canbo1"}}


def test_people_list_needs_export_permission(ws, add_officer, tmp_path):
    officer = add_officer("canbo1")
    with pytest.raises(PermissionDenied):
        export_people_xlsx(officer, tmp_path / "x.xlsx")
    assert not (tmp_path / "x.xlsx").exists()
    assert exports(ws, "people_list") == []


def test_due_list_export(ws, add_officer, tmp_path):
    due = ws.due.list()
    assert due  # visits and assessments of both cases
    res = export_due_xlsx(ws, tmp_path / "viec.xlsx")
    sh = openpyxl.load_workbook(res.path).active
    assert sh.title == "Việc đến hạn"
    assert sh["A1"].value == "DANH SÁCH VIỆC ĐẾN HẠN NGÀY 20/05/2026"
    assert sh["A3"].value.startswith("Xuất bởi Nguyễn Văn Trưởng")
    assert header(sh) == ["TT", "Việc", "Hạn", "Tình trạng", "Họ và tên", "Loại đối tượng",
                          "Cán bộ phụ trách"]
    rows = data(sh)
    assert len(rows) == len(due) == res.rows
    expected = {(i.full_name, i.due_date) for i in due}
    assert {(r[4], r[2].date()) for r in rows} == expected
    assert sh.cell(HEADER_ROW + 1, 3).number_format == "DD/MM/YYYY"
    for r, i in ((r, next(i for i in due if (i.full_name, i.due_date) == (r[4], r[2].date()))) for r in rows):
        assert r[3] == ("Hôm nay" if i.days == 0 else f"Quá hạn {-i.days} ngày" if i.days < 0
                        else f"Còn {i.days} ngày")
    assert {r[1] for r in rows} <= {"Đánh giá định kỳ", "Thăm gặp", "Sắp hết thời hạn",
                                    "Rà soát, phân loại", "Đến hạn xóa án tích / coi như chưa bị áp dụng"}
    # one officer's list, exported by that officer (no export permission needed)
    officer = add_officer("canbo1")
    res = export_due_xlsx(officer, tmp_path / "canbo1.xlsx", officer="canbo1")
    rows = data(openpyxl.load_workbook(res.path).active)
    assert rows and {r[4] for r in rows} == {"Trần Thị Bình"} and {r[6] for r in rows} == {"canbo1"}
    audits = exports(ws, "due_list")
    assert [a.username for a in audits] == [CHIEF, "canbo1"]
    assert audits[1].detail["officer"] == "canbo1" and audits[1].detail["on"] == "2026-05-20"


def test_person_file_export(ws, tmp_path):
    an = ws._ids["an"]
    before = len(ws.audit.list(action="view_person"))
    res = export_person_file_xlsx(ws, an, tmp_path / "hoso.xlsx")
    wb = openpyxl.load_workbook(res.path)
    assert wb.sheetnames == ["Nhân thân", "Hồ sơ quản lý", "Diễn biến", "Buổi răn đe"]
    ident = wb["Nhân thân"]
    assert ident["A1"].value == "HỒ SƠ ĐỐI TƯỢNG: NGUYỄN VĂN AN"
    pairs = {r[0]: r[1] for r in ident.iter_rows(min_row=HEADER_ROW, values_only=True) if r[0]}
    assert pairs["Họ và tên"] == "Nguyễn Văn An" and pairs["Số CCCD"] == "001090000123"
    assert pairs["Ngày sinh"] == "05/03/1990" and pairs["Giới tính"] == "Nam"
    assert "Dân tộc" in pairs  # the chief may read the sensitive fields
    for name in wb.sheetnames:
        assert wb[name]["A3"].value == res.watermark
    cases = wb["Hồ sơ quản lý"]
    assert header(cases)[:4] == ["TT", "Loại đối tượng", "Trạng thái", "Số quyết định"]
    [case] = data(cases)
    assert case[1:4] == ["Án treo", "Đang quản lý", "34/2025/HS-ST"]
    assert case[6].date() == TODAY - dt.timedelta(days=100) and case[7] == 24
    assert cases.cell(HEADER_ROW + 1, 7).number_format == "DD/MM/YYYY"
    timeline = data(wb["Diễn biến"])
    visit = [r for r in timeline if r[3] == "Tiếp xúc"]
    assert visit and visit[0][1].date() == TODAY - dt.timedelta(days=10)
    assert visit[0][2] == "Án treo" and visit[0][4].startswith("Thăm gặp tại nhà")
    assert visit[0][5] == "Đối tượng chấp hành tốt"
    [session] = data(wb["Buổi răn đe"])
    assert session[2] == "Hội trường thôn Đông" and session[4] == "Răn đe đua xe"
    [audit] = exports(ws, "person_file")
    assert audit.person_id == an and audit.entity_id == an and audit.detail["cases"] == 1
    assert len(ws.audit.list(action="view_person")) == before  # the export row is the record


def test_person_file_hides_sensitive_fields_from_an_officer(ws, add_officer, tmp_path):
    officer = add_officer("canbo1")
    res = export_person_file_xlsx(officer, ws._ids["binh"], tmp_path / "hoso.xlsx")
    ident = openpyxl.load_workbook(res.path)["Nhân thân"]
    labels = {r[0] for r in ident.iter_rows(min_row=HEADER_ROW, values_only=True) if r[0]}
    assert "Họ và tên" in labels and not {"Dân tộc", "Tôn giáo", "Tình trạng sức khỏe"} & labels
