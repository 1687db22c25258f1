"""Table models tested without widgets (after Vorta's model tests)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt

from desktop_app.core.domain.schemas import DueItem, PersonRow
from desktop_app.ui.pages.due import DueTableModel
from desktop_app.ui.pages.people import PersonTableModel


def row(i: int, name: str = "Nguyễn Văn An") -> PersonRow:
    return PersonRow(id=f"id{i}", unit_code="09123", full_name=name, birth_date="1990-03",
                     gender="male", cccd=None, current_address="Thôn Đông", open_cases=i % 2)


def test_person_model_pages_on_demand(qapp):
    m = PersonTableModel()
    asked: list[int] = []
    m.fetch_more = asked.append
    m.set_rows([row(i) for i in range(200)], total=450)
    assert m.rowCount() == 200 and m.canFetchMore(QModelIndex())
    m.fetchMore(QModelIndex())
    assert asked == [200]
    assert not m.canFetchMore(QModelIndex())  # one request at a time
    m.append_rows([row(i) for i in range(200, 400)])
    assert m.rowCount() == 400 and m.canFetchMore(QModelIndex())
    m.fetchMore(QModelIndex())
    m.append_rows([row(i) for i in range(400, 450)])
    assert m.rowCount() == 450 and not m.canFetchMore(QModelIndex())


def test_person_model_display(qapp):
    m = PersonTableModel()
    m.set_rows([row(1, "Đặng Thị Ánh")], total=1)
    idx = m.index(0, PersonTableModel.NAME)
    assert m.data(idx) == "Đặng Thị Ánh"
    assert m.data(m.index(0, PersonTableModel.BIRTH)) == "03/1990"
    assert m.data(m.index(0, PersonTableModel.GENDER)) == "Nam"
    assert m.data(idx, PersonTableModel.IdRole) == "id1"
    assert m.headerData(0, Qt.Orientation.Horizontal) == "Họ và tên"


def test_due_model_groups_and_marks_overdue(qapp):
    def item(kind, days, name):
        return DueItem(kind=kind, case_id="c", person_id="p", full_name=name, category="suspended_sentence",
                       officer="o", due_date=dt.date(2026, 5, 20) + dt.timedelta(days=days), days=days)

    m = DueTableModel()
    m.set_items([item("visit", 3, "B"), item("assessment", 2, "C"), item("visit", -5, "A")])
    # a heading row starts each group (assessments first), then its items, most urgent first
    assert m.rowCount() == 5 and m.heading_rows() == [0, 2]
    assert [m.data(m.index(r, DueTableModel.NAME)) for r in (1, 3, 4)] == ["C", "A", "B"]
    assert m.data(m.index(0, 0)) == "Đánh giá định kỳ — 1 việc"
    assert m.data(m.index(2, 0)) == "Thăm gặp — 2 việc, trong đó 1 việc quá hạn"
    assert m.item_at(0) is None and m.item_at(3).full_name == "A" and m.row_of(m.items[2]) == 4
    assert not m.flags(m.index(2, 0)) & Qt.ItemFlag.ItemIsSelectable
    assert m.flags(m.index(3, 0)) & Qt.ItemFlag.ItemIsSelectable
    assert m.data(m.index(3, DueTableModel.WHEN)) == "Quá hạn 5 ngày"
    assert m.data(m.index(3, 0), Qt.ItemDataRole.ForegroundRole) is not None
    assert m.data(m.index(1, 0), Qt.ItemDataRole.ForegroundRole) is None


def test_problem_texts_show_dates_as_dates(qapp):
    from desktop_app.core.errors import Problem
    from desktop_app.ui.texts import problem_text

    assert problem_text(Problem("date", "date_in_future", {"value": "2026-11-28"})) == \
        "không được là ngày trong tương lai (28/11/2026)"
    assert problem_text(Problem("cccd", "cccd_length", {"got": 11})) == "phải có 12 chữ số (đã nhập 11)"


def test_audit_details_read_as_text(qapp):
    from desktop_app.ui.pages.admin import audit_detail_text

    # an edit: each changed field by its label, old → new; the search columns left out
    assert audit_detail_text({"changes": {"phone": [None, "0912345678"], "search_text": ["a", "b"],
                                          "current_address": ["Thôn Đông", "Thôn Tây"]}}) == \
        "Số điện thoại: — → 0912345678; Nơi ở hiện tại: Thôn Đông → Thôn Tây"
    assert audit_detail_text({"count": 13, "by_unit": {"09001": 13}}) == "Số dòng: 13; Theo đơn vị: 09001: 13"
    assert audit_detail_text({"reason": "Sai năm sinh trên thẻ", "anonymous": True}) == \
        "Lý do: Sai năm sinh trên thẻ; Nặc danh: có"
    assert audit_detail_text({"role": "officer", "unit_code": "09001"}) == "Vai trò: Cán bộ; Mã đơn vị: 09001"
    assert audit_detail_text({}) == "" and audit_detail_text(None) == ""


def test_person_model_categories_and_match_hint(qapp):
    m = PersonTableModel()
    hit = PersonRow(id="a", unit_code="09123", full_name="Nguyễn Văn An", birth_date=None, gender=None, cccd=None,
                    current_address="Thôn Đông", open_cases=2, categories=("community_education", "drug_management"),
                    matched=("permanent_address",))
    plain = PersonRow(id="b", unit_code="09123", full_name="Trần Văn Hòa", birth_date=None, gender=None, cccd=None,
                      current_address="", matched=("aliases", "old_id"))
    m.set_rows([hit, plain, row(3)], total=3)
    assert m.columnCount() == 7 and m.headerData(PersonTableModel.CATEGORY, Qt.Orientation.Horizontal) == "Loại đối tượng"
    cat = m.index(0, PersonTableModel.CATEGORY)
    assert m.data(cat) == "Giáo dục tại xã, phường, thị trấn; Quản lý người sử dụng trái phép chất ma túy"
    assert m.data(cat, Qt.ItemDataRole.ToolTipRole).split("\n")[1] == "Quản lý người sử dụng trái phép chất ma túy"
    assert m.data(m.index(0, PersonTableModel.ADDRESS)) == "(khớp: nơi thường trú)  Thôn Đông"
    assert "nơi thường trú" in m.data(m.index(0, PersonTableModel.ADDRESS), Qt.ItemDataRole.ToolTipRole)
    assert m.data(m.index(1, PersonTableModel.ADDRESS)) == "(khớp: tên gọi khác, số CMND/CCCD cũ)"
    assert m.data(m.index(2, PersonTableModel.ADDRESS)) == "Thôn Đông"  # nothing to explain
    assert m.data(m.index(2, PersonTableModel.CATEGORY)) == ""
    assert m.data(m.index(0, PersonTableModel.OPEN)) == "2"
