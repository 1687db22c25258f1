"""Table models tested without widgets (after Vorta's model tests)."""

from __future__ import annotations

import datetime as dt

import pytest
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


def test_rules_model_names_units_and_legal_texts_not_keys(qapp):
    from desktop_app.core.domain.rules import SEED_RULES
    from desktop_app.ui.pages.admin import _RulesModel, rule_columns

    m = _RulesModel(rule_columns(), lambda: dt.date(2026, 6, 1))
    m.set_rows(SEED_RULES)
    headers = [m.headerData(c, Qt.Orientation.Horizontal) for c in range(m.columnCount())]
    assert "Mã quy tắc" not in headers

    def cells(key: str, category: str | None = None) -> dict[str, str]:
        i = next(i for i, r in enumerate(m.rows) if r.key == key and r.category == category)
        return {h: m.data(m.index(i, c)) for c, h in enumerate(headers)} | {
            "tip": m.data(m.index(i, 0), Qt.ItemDataRole.ToolTipRole)}

    term = cells("term_months", "family_management")
    assert term["Quy tắc"] == "Thời hạn (tháng)" and term["Giá trị"] == "3–6"
    assert term["Văn bản căn cứ"] == "Nghị định 120/2021/NĐ-CP"
    assert term["Đối chiếu"] == "Chưa đối chiếu, cần xác nhận"
    assert term["tip"] == "term_months"  # the key only as a tooltip
    assert cells("term_months", "community_education")["Đối chiếu"] == "Đã đối chiếu văn bản"
    visit = cells("visit_interval_days")
    assert visit["Quy tắc"] == "Khoảng cách giữa hai lần tiếp xúc (ngày)" and visit["Giá trị"] == "30"
    clearing = cells("record_clearing_years")
    assert clearing["Đối chiếu"] == "Đã đối chiếu văn bản"
    assert clearing["Văn bản căn cứ"] == "Bộ luật Hình sự, Điều 70"
    absence = cells("absence_max_fraction", "community_education")  # a limit only where the law sets one
    assert absence["Ghi chú"] == "Nghị định 120/2021/NĐ-CP: tổng thời gian vắng mặt không quá 1/3 thời hạn"
    # no cell of any row shows a key, a V/M mark or an English note
    keys = {r.key for r in SEED_RULES}
    for i in range(m.rowCount()):
        for c in range(m.columnCount()):
            text = m.data(m.index(i, c))
            assert text not in keys and text not in ("V", "M"), (i, c, text)
            assert not any(w in text for w in ("Decree", "years", "judgment", "term")), text


def test_audit_rows_read_as_sentences_with_peoples_names(qapp, workspace, add_officer):
    """The core gives codes, ids and the names behind them; the log reads as sentences."""
    from desktop_app.ui.pages.admin import audit_sentence
    from tests.conftest import CHIEF, add_person

    add_officer("canbo.duc", full_name="Nguyễn Văn Đức")
    pid = add_person(workspace, "Trần Thị Bình")
    workspace.persons.get(pid)  # a view, logged
    sid = workspace.sessions.create({"date": dt.date(2026, 3, 2), "place": "Hội trường"}).created_id
    aid = workspace.sessions.add_attendee({"session_id": sid, "person_id": pid}).created_id
    workspace.sessions.set_commitment(aid, signed=True)
    workspace.audit.record("print", entity="person", entity_id=pid, person_id=pid,
                           detail={"what": "person_file", "target": "printer"})
    workspace.rule_table.set("visit_interval_days", 45, valid_from=dt.date(2026, 6, 1))
    rows = workspace.audit.list(limit=1000)
    names = workspace.audit.names(rows)
    assert names.people[pid] == "Trần Thị Bình"
    assert names.users["canbo.duc"] == "Nguyễn Văn Đức" and names.users[CHIEF] == "Nguyễn Văn Trưởng"
    said = [audit_sentence(r, names.people, names.users) for r in rows]
    assert "Xem hồ sơ của Trần Thị Bình" in said
    assert "Sửa lượt tham dự của Trần Thị Bình: Đã ký cam kết (không → có)" in said
    assert "In hồ sơ của Trần Thị Bình ra máy in" in said
    assert "Thêm tài khoản Nguyễn Văn Đức (canbo.duc), vai trò Cán bộ" in said
    assert "Quy tắc “Khoảng cách giữa hai lần tiếp xúc (ngày)”: giá trị mới 45, áp dụng từ 01/06/2026" in said
    added = next(s for s, r in zip(said, rows) if r.action == "create" and r.entity == "attendance")
    assert added.startswith("Thêm lượt tham dự của Trần Thị Bình")
    person_added = next(s for s, r in zip(said, rows) if r.action == "create" and r.entity == "person")
    assert person_added.startswith("Thêm người Trần Thị Bình")
    from desktop_app.core.domain.schemas import AuditEntry

    def entry(action, entity, entity_id, detail):
        return AuditEntry(seq=1, at="2026-06-01T08:00:00+00:00", username=CHIEF, action=action, entity=entity,
                          entity_id=entity_id, person_id=None, detail=detail, hash="")

    assert audit_sentence(entry("setting_changed", "setting", "idle_lock_minutes", {"before": 10, "after": 5}),
                          users=names.users) == "Tự khóa sau (phút): 10 → 5"
    assert audit_sentence(entry("login_failed", "user", "canbo.duc", {"reason": "bad_credentials", "failures": 1}),
                          users=names.users) == "Sai mật khẩu khi đăng nhập vào tài khoản Nguyễn Văn Đức"
    assert audit_sentence(entry("backup", "register", "r1", {"file": "sao-luu.wbk", "size": 10}),
                          users=names.users) == "Sao lưu ra tệp sao-luu.wbk"
    # no id, no English key, no machine word where people read
    for s in said:
        assert pid not in s and aid not in s and sid not in s, s
        for word in ("listed", "fields", "printer", "commitment_signed", "person_id"):
            assert word not in s, s


def test_audit_filter_finds_a_persons_rows_by_their_name_without_accents(qapp, workspace):
    from desktop_app.ui.pages.admin import load_audit
    from tests.conftest import add_person

    pid = add_person(workspace, "Trần Thị Bình")
    other = add_person(workspace, "Lê Văn Cường")
    workspace.persons.get(pid)
    workspace.persons.get(other)
    rows, _total = load_audit(workspace, None, "tran thi binh")
    assert rows and {r.person_id for r in rows} == {pid}
    assert {r.action for r in rows} == {"create", "view_person"}
    rows, _total = load_audit(workspace, None, "nguyen van truong")  # the chief, by name
    assert rows and all(r.username == workspace.username for r in rows)


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


def _noted(kind: str, code: str, params: dict | None = None) -> DueItem:
    return DueItem(kind=kind, case_id="c", person_id="p", full_name="Lê Văn Treo", category="suspended_sentence",
                   officer="o", due_date=dt.date(2026, 3, 15), days=-3, note_code=code, note_params=params or {})


def test_due_model_words_the_legal_basis_in_vietnamese(qapp):
    m = DueTableModel()
    m.set_items([_noted("record_clearing_court", "record_clearing_court"),
                 _noted("revocation_request", "revocation_request_basis", {"basis": "Điều 65(5)"}),
                 _noted("visit", "")])
    tips = {m.item_at(r).kind: m.data(m.index(r, DueTableModel.KIND), Qt.ItemDataRole.ToolTipRole)
            for r in range(m.rowCount()) if m.item_at(r) is not None}
    assert tips == {"record_clearing_court": "Cần quyết định của Tòa án (Bộ luật Hình sự Điều 71)",
                    "revocation_request": "Đề nghị Tòa án buộc chấp hành án phạt tù (Điều 65(5))",
                    "visit": None}


@pytest.fixture
def english(qapp, tmp_path, monkeypatch):
    from tests.ui.conftest import compiled_catalogues

    yield from compiled_catalogues(qapp, tmp_path, monkeypatch, "en")


def test_due_model_words_the_legal_basis_in_english(english):
    m = DueTableModel()
    m.set_items([_noted("never_applied", "never_applied"),
                 _noted("revocation_request", "revocation_request_basis", {"basis": "Article 65(5)"})])
    tips = {m.item_at(r).kind: m.data(m.index(r, DueTableModel.KIND), Qt.ItemDataRole.ToolTipRole)
            for r in range(m.rowCount()) if m.item_at(r) is not None}
    assert tips == {"never_applied": "Deemed never subject to an administrative measure "
                                     "(Law on Handling Administrative Violations, Article 137)",
                    "revocation_request": "Ask the court to order the prison sentence served (Article 65(5))"}
