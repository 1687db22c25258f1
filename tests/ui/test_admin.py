"""The Administration page driven through real widgets: accounts, the rules table, the unit and
the audit log with its integrity check."""

from __future__ import annotations

import datetime as dt

import sqlcipher3
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from desktop_app.core.errors import AuthenticationFailed
from desktop_app.core.services.workspace import Workspace
from desktop_app.ui.pages.admin import AdminPage, rule_value_text
from tests.conftest import CHIEF, OFFICER_PASSWORD, UNIT_CODE
from tests.ui.conftest import type_text

NEW_PASSWORD = "Datlai2026canbo"


def make_page(qtbot, ws, ops) -> AdminPage:
    page = AdminPage(ws, ops)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    page.refresh()
    qtbot.waitUntil(lambda: page.users.model.rowCount() > 0 and page.rules.model.rowCount() > 0
                    and not ops.busy, timeout=5000)
    return page


def select_user(qtbot, page, username: str):
    qtbot.waitUntil(lambda: any(u.username == username for u in page.users.model.rows), timeout=5000)
    row = [i for i, u in enumerate(page.users.model.rows) if u.username == username][0]
    page.users.table.selectRow(row)
    return page.users.model.rows[row]


def can_open(ws, username: str, password: str) -> bool:
    try:
        Workspace.open(ws.data_dir, username, password).close()
    except AuthenticationFailed:
        return False
    return True


def test_chief_adds_an_officer_by_typing_and_the_officer_can_sign_in(qtbot, workspace, ops):
    page = make_page(qtbot, workspace, ops)
    assert [u.username for u in page.users.model.rows] == [CHIEF]
    assert page.users.add_btn.isEnabled()
    dlg = page.users.new_user()
    qtbot.waitExposed(dlg)
    role = dlg.fields["role"]
    assert [role.itemData(i) for i in range(role.count())] == ["officer", "chief"]  # what a chief may manage
    type_text(dlg.fields["username"], "canbo.an")
    type_text(dlg.fields["full_name"], "Nguyễn Văn An")
    type_text(dlg.fields["password"], OFFICER_PASSWORD)
    type_text(dlg.fields["confirm"], OFFICER_PASSWORD)
    qtbot.keyClick(dlg.fields["confirm"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S saves
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: page.users.model.rowCount() == 2, timeout=5000)
    row = [u for u in page.users.model.rows if u.username == "canbo.an"][0]
    assert (row.full_name, row.role, row.active) == ("Nguyễn Văn An", "officer", True)
    i = page.users.model.rows.index(row)
    texts = [page.users.model.data(page.users.model.index(i, c)) for c in range(5)]
    assert texts[2] == "Cán bộ" and UNIT_CODE in texts[3] and texts[4] == "Đang hoạt động"
    officer = Workspace.open(workspace.data_dir, "canbo.an", OFFICER_PASSWORD)
    try:
        assert officer.role.value == "officer" and officer.user_unit == UNIT_CODE
    finally:
        officer.close()


def test_mismatched_confirmation_is_shown_beside_the_field_and_nothing_is_written(qtbot, workspace, ops):
    page = make_page(qtbot, workspace, ops)
    before = len(workspace.audit.list(limit=10_000))
    dlg = page.users.new_user()
    qtbot.waitExposed(dlg)
    type_text(dlg.fields["username"], "canbo.binh")
    type_text(dlg.fields["password"], OFFICER_PASSWORD)
    type_text(dlg.fields["confirm"], OFFICER_PASSWORD + "x")
    with qtbot.assertNotEmitted(ops.busy_changed):  # refused in the dialog: no operation starts
        qtbot.keyClick(dlg.fields["confirm"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    err = dlg.errors["confirm"]
    assert err.isVisible() and "không khớp" in err.text()
    assert not dlg.errors["password"].isVisible() and not dlg.banner.isVisible()
    assert dlg.isVisible()
    assert not ops.busy
    assert [u.username for u in workspace.users.list()] == [CHIEF]
    assert len(workspace.audit.list(limit=10_000)) == before
    # a weak password goes to the core, whose problem is shown beside the password field
    dlg.fields["password"].clear()
    dlg.fields["confirm"].clear()
    type_text(dlg.fields["password"], "ngan1")
    type_text(dlg.fields["confirm"], "ngan1")
    dlg.save()
    qtbot.waitUntil(lambda: dlg.errors["password"].isVisible(), timeout=5000)
    assert "ít nhất 10 ký tự" in dlg.errors["password"].text()
    assert not dlg.errors["confirm"].isVisible()
    assert [u.username for u in workspace.users.list()] == [CHIEF]


def test_chief_resets_an_officers_password(qtbot, workspace, ops):
    workspace.users.add({"username": "canbo1", "role": "officer"}, OFFICER_PASSWORD)
    page = make_page(qtbot, workspace, ops)
    select_user(qtbot, page, CHIEF)
    assert not page.users.reset_btn.isEnabled()  # not one's own password here
    select_user(qtbot, page, "canbo1")
    assert page.users.reset_btn.isEnabled() and page.users.deactivate_btn.isEnabled()
    assert not page.users.reactivate_btn.isEnabled()
    dlg = page.users.reset_selected()
    qtbot.waitExposed(dlg)
    type_text(dlg.fields["password"], NEW_PASSWORD)
    type_text(dlg.fields["confirm"], NEW_PASSWORD)
    qtbot.keyClick(dlg.fields["password"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=5000)
    assert dlg.result_changes is not None and dlg.result_changes.users
    assert can_open(workspace, "canbo1", NEW_PASSWORD)
    assert not can_open(workspace, "canbo1", OFFICER_PASSWORD)


def test_deactivation_makes_the_old_password_fail_and_reactivation_needs_a_new_one(qtbot, workspace, ops):
    workspace.users.add({"username": "canbo1", "role": "officer"}, OFFICER_PASSWORD)
    page = make_page(qtbot, workspace, ops)
    select_user(qtbot, page, "canbo1")
    box = page.users.deactivate_selected()
    qtbot.waitExposed(box)
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)  # Enter does not deactivate
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: any(u.username == "canbo1" and not u.active for u in page.users.model.rows), timeout=5000)
    row = [i for i, u in enumerate(page.users.model.rows) if u.username == "canbo1"][0]
    assert page.users.model.data(page.users.model.index(row, 4)) == "Đã vô hiệu hóa"
    assert not can_open(workspace, "canbo1", OFFICER_PASSWORD)
    # the selection survives the refresh; only reactivation is offered now
    assert page.users.selected().username == "canbo1"
    assert page.users.reactivate_btn.isEnabled()
    assert not page.users.reset_btn.isEnabled() and not page.users.deactivate_btn.isEnabled()
    dlg = page.users.reactivate_selected()
    qtbot.waitExposed(dlg)
    type_text(dlg.fields["password"], NEW_PASSWORD)
    type_text(dlg.fields["confirm"], NEW_PASSWORD)
    dlg.save()
    qtbot.waitUntil(lambda: any(u.username == "canbo1" and u.active for u in page.users.model.rows), timeout=5000)
    assert can_open(workspace, "canbo1", NEW_PASSWORD)
    assert not can_open(workspace, "canbo1", OFFICER_PASSWORD)


def _select_rule(qtbot, page, key: str, category: str | None = None):
    rows = page.rules.model.rows
    i = [n for n, r in enumerate(rows) if r.key == key and r.category == category and r.valid_to is None][0]
    page.rules.table.selectRow(i)
    return rows[i]


def test_rule_edit_from_a_date_changes_the_rule_from_that_date_only(qtbot, workspace, ops):
    page = make_page(qtbot, workspace, ops)
    page.tabs.setCurrentWidget(page.rules)
    assert page.rules.edit_btn.isVisible()
    assert not page.rules.edit_btn.isEnabled()  # nothing selected yet
    _select_rule(qtbot, page, "visit_interval_days")
    assert page.rules.edit_btn.isEnabled()
    dlg = page.rules.edit_selected()
    qtbot.waitExposed(dlg)
    value = dlg.fields["value"]
    assert value.text() == "30"
    # not JSON: an inline error, nothing sent
    value.clear()
    type_text(value, "[4")
    dlg.save()
    assert dlg.errors["value"].isVisible() and "JSON" in dlg.errors["value"].text()
    assert dlg.isVisible() and not ops.busy
    # JSON of the wrong shape: the core refuses, the expected shape is shown beside the field
    value.clear()
    type_text(value, "[4, 5]")
    dlg.save()
    qtbot.waitUntil(lambda: "không đúng dạng" in dlg.errors["value"].text(), timeout=5000)
    assert dlg.errors["value"].text().endswith("(dạng đúng: 30)")
    # a good value from 01/06/2026
    value.clear()
    type_text(value, "45")
    dlg.fields["valid_from"].setDate(QDate(2026, 6, 1))
    type_text(dlg.fields["note"], "Công văn của Công an tỉnh")
    qtbot.keyClick(value, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: any(r.key == "visit_interval_days" and r.value == 45 for r in page.rules.model.rows),
                    timeout=5000)
    assert workspace.rules.get("visit_interval_days", None, dt.date(2026, 5, 31)) == 30
    assert workspace.rules.get("visit_interval_days", None, dt.date(2026, 6, 1)) == 45
    assert workspace.rules.get("visit_interval_days", "community_watch", dt.date(2026, 6, 1)) == 90
    rows = [r for r in page.rules.model.rows if r.key == "visit_interval_days" and r.category is None]
    assert [(r.value, r.valid_to) for r in rows] == [(30, dt.date(2026, 6, 1)), (45, None)]
    new = rows[-1]
    assert (new.valid_from, new.basis, new.note) == (dt.date(2026, 6, 1), "M", "Công văn của Công an tỉnh")


def test_rule_values_are_shown_readably():
    assert rule_value_text("term_months", [3, 6]) == "3–6"
    assert rule_value_text("absence_max_fraction", [1, 3]) == "1/3"
    assert rule_value_text("assessment", {"period": "month", "due_day": 5}) == "hằng tháng, hạn ngày 5 kỳ sau"
    assert rule_value_text("report_half_year", {"from": [12, 15], "to": [6, 14]}) == "từ 15/12 đến 14/06"
    assert rule_value_text("never_applied_years", {"adult": 2, "minor": 1}) == \
        "người thành niên: 2; người chưa thành niên: 1"
    assert rule_value_text("visit_interval_days", 30) == "30"


def test_officer_sees_no_audit_table_and_no_admin_actions(qtbot, workspace, add_officer, ops):
    workspace.users.add({"username": "canbo2", "role": "officer"}, OFFICER_PASSWORD)
    officer = add_officer("canbo1")
    page = make_page(qtbot, officer, ops)
    # accounts: listed, but nothing to do
    select_user(qtbot, page, "canbo2")
    for b in (page.users.add_btn, page.users.reset_btn, page.users.deactivate_btn, page.users.reactivate_btn):
        assert not b.isEnabled()
    # rules: read-only
    page.tabs.setCurrentWidget(page.rules)
    _select_rule(qtbot, page, "term_months", "drug_management")
    assert page.rules.edit_btn.isHidden() and not page.rules.edit_btn.isEnabled()
    assert page.rules.edit_selected() is None
    # audit: a message instead of the table
    page.tabs.setCurrentWidget(page.audit)
    assert page.audit.table is None and page.audit.model is None
    assert page.audit.no_access.isVisible() and "không có quyền" in page.audit.no_access.text()
    # the core refuses anyway: a dialog opened around the disabled button shows the refusal
    dlg = page.users.new_user()
    qtbot.waitExposed(dlg)
    type_text(dlg.fields["username"], "canbo3")
    type_text(dlg.fields["password"], OFFICER_PASSWORD)
    type_text(dlg.fields["confirm"], OFFICER_PASSWORD)
    dlg.save()
    qtbot.waitUntil(lambda: dlg.banner.isVisible(), timeout=5000)
    assert "không được phép" in dlg.banner.text()
    assert "canbo3" not in [u.username for u in workspace.users.list()]


def raw_tamper(ws, sql: str) -> None:
    conn = sqlcipher3.connect(str(ws.data_dir / "register.db"), isolation_level=None)
    try:
        conn.execute(f"PRAGMA key = \"x'{ws._data_key.hex()}'\"")
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("DROP TRIGGER audit_log_no_update")
        conn.execute(sql)
        conn.execute("COMMIT")
    finally:
        conn.close()


def test_audit_log_newest_first_filters_and_integrity_check(qtbot, workspace, add_officer, ops):
    add_officer("canbo1")  # user_added, then the officer's login
    workspace.rule_table.set("due_soon_days", 10, valid_from=dt.date(2026, 6, 1))
    page = make_page(qtbot, workspace, ops)
    page.tabs.setCurrentWidget(page.audit)
    audit = page.audit
    total = len(workspace.audit.list(limit=10_000))
    qtbot.waitUntil(lambda: audit.model.rowCount() == total, timeout=5000)
    seqs = [a.seq for a in audit.model.rows]
    assert seqs == sorted(seqs, reverse=True) and seqs[-1] == 1
    assert audit.model.data(audit.model.index(0, 3)) == "Sửa quy tắc"
    # filters: a user, then an action typed without accents
    qtbot.waitUntil(lambda: audit.user_filter.findData("canbo1") >= 0, timeout=5000)
    audit.user_filter.setCurrentIndex(audit.user_filter.findData("canbo1"))
    qtbot.waitUntil(lambda: audit.model.rowCount() > 0
                    and all(a.username == "canbo1" for a in audit.model.rows), timeout=5000)
    audit.user_filter.setCurrentIndex(0)
    type_text(audit.action_filter, "dang nhap")
    qtbot.waitUntil(lambda: audit.model.rowCount() > 0
                    and {a.action for a in audit.model.rows} == {"login"}, timeout=5000)
    audit.action_filter.clear()
    qtbot.waitUntil(lambda: audit.model.rowCount() == total, timeout=5000)
    # the integrity check, off the UI thread
    assert audit.verify_btn.focusPolicy() & Qt.FocusPolicy.TabFocus
    qtbot.mouseClick(audit.verify_btn, Qt.MouseButton.LeftButton)
    n = workspace.audit.verify().checked
    qtbot.waitUntil(lambda: audit.verdict.text() == f"Nhật ký nguyên vẹn: {n} dòng", timeout=5000)
    assert audit.verify_btn.isEnabled()
    raw_tamper(workspace, "UPDATE audit_log SET detail='{}' WHERE seq=2")
    qtbot.mouseClick(audit.verify_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: audit.verdict.text() == "Nhật ký bị can thiệp tại dòng 2", timeout=5000)


def test_unit_tab_shows_the_register_and_its_units(qtbot, workspace, ops):
    page = make_page(qtbot, workspace, ops)
    page.tabs.setCurrentWidget(page.unit)
    qtbot.waitUntil(lambda: page.unit.model.rowCount() > 0, timeout=5000)
    assert page.unit.info["register_id"].text() == workspace.register_id
    assert page.unit.info["device_id"].text() == workspace.device_id
    assert page.unit.info["unit_code"].text() == UNIT_CODE
    assert page.unit.model.rows[0].code == UNIT_CODE  # the register's own unit first


def test_chief_sets_the_auto_lock_and_sync_times_and_the_open_window_follows(qtbot, workspace, ops, add_officer):
    from desktop_app.ui.main_window import MainWindow

    win = MainWindow(workspace, ops)  # no --idle-minutes, no --sync-minutes: the register's settings
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: not ops.busy, timeout=5000)
    assert win.idle.interval() == 10 * 60_000
    assert win.sync_timer.isActive() and win.sync_timer.interval() == 5 * 60_000
    page = win.show_page("admin")
    page.tabs.setCurrentWidget(page.unit)
    qtbot.waitUntil(lambda: page.unit.model.rowCount() > 0, timeout=5000)
    idle, sync_every = page.unit.settings["idle_lock_minutes"], page.unit.settings["sync_minutes"]
    assert (idle.value(), sync_every.value()) == (10, 5) and idle.isEnabled()
    for spin, typed in ((idle, "3"), (sync_every, "0")):
        spin.setFocus()
        spin.selectAll()
        qtbot.keyClicks(spin, typed)
    qtbot.mouseClick(page.unit.settings_save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.idle.interval() == 3 * 60_000, timeout=5000)
    assert not win.sync_timer.isActive()  # 0: background sync off
    assert win.sync_page.auto_label.text() == "Tự động đồng bộ: tắt."
    assert (workspace.setting("idle_lock_minutes"), workspace.setting("sync_minutes")) == (3, 0)
    assert page.unit.settings_note.text() == "Đã lưu cài đặt."
    entries = {e.entity_id: e.detail for e in workspace.audit.list(action="setting_changed")}
    assert entries == {"idle_lock_minutes": {"before": 10, "after": 3}, "sync_minutes": {"before": 5, "after": 0}}

    # an officer sees the settings but cannot change them
    officer_page = make_page(qtbot, add_officer(), ops)
    officer_page.tabs.setCurrentWidget(officer_page.unit)
    qtbot.waitUntil(lambda: officer_page.unit.settings["idle_lock_minutes"].value() == 3, timeout=5000)
    assert not officer_page.unit.settings["sync_minutes"].isEnabled()
    assert not officer_page.unit.settings_save.isEnabled()


def test_every_button_is_reachable_by_tab(qtbot, workspace, ops):
    page = make_page(qtbot, workspace, ops)
    for b in (page.users.add_btn, page.users.reset_btn, page.users.deactivate_btn, page.users.reactivate_btn,
              page.rules.edit_btn, page.audit.verify_btn):
        assert b.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_a_second_chief_cannot_reset_or_deactivate_the_root_it_is_certified_by(qtbot, workspace, ops):
    """The register's first chief is the root of every account's certificate: its keys cannot
    change from another account, so the buttons are off for it (issue 16 item 2)."""
    workspace.users.add({"username": "pho", "role": "chief"}, "Matkhau2026pho")
    workspace.users.add({"username": "canbo1", "role": "officer"}, OFFICER_PASSWORD)
    pho = Workspace.open(workspace.data_dir, "pho", "Matkhau2026pho")
    try:
        page = make_page(qtbot, pho, ops)
        select_user(qtbot, page, CHIEF)
        assert not page.users.reset_btn.isEnabled() and not page.users.deactivate_btn.isEnabled()
        select_user(qtbot, page, "canbo1")
        assert page.users.reset_btn.isEnabled() and page.users.deactivate_btn.isEnabled()
    finally:
        page.close()
        pho.close()
