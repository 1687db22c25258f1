"""Daily workflows driven through real widgets (pytest-qt, offscreen)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.ui.dialogs.records import CaseDialog, ContactDialog, PersonDialog
from tests.conftest import TODAY, add_person, open_case
from tests.ui.conftest import type_text


def test_create_person_and_case_by_typing_then_find_by_folded_name(qtbot, window, workspace):
    window.new_person()
    dlg: PersonDialog = window._new_person_dialog
    qtbot.waitExposed(dlg)
    type_text(dlg.fields["full_name"], "Đặng Văn Khoa")
    type_text(dlg.fields["birth_date"], "03/1995")
    type_text(dlg.fields["permanent_address"], "Thôn Đông, xã Tích Sơn")
    qtbot.keyClick(dlg.fields["full_name"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=5000)
    file = window._open_files[dlg.result_changes.created_id]
    qtbot.waitUntil(lambda: file.person is not None, timeout=5000)
    assert file.labels["birth"].text() == "03/1995"
    # a case, by the keyboard
    file.act("new_case")
    case_dlg: CaseDialog = file._dialog
    case_dlg.fields["category"].setCurrentIndex(case_dlg.fields["category"].findData("suspended_sentence"))
    case_dlg.fields["term_months"].setValue(24)
    type_text(case_dlg.fields["decision_number"], "15/QĐ-THA")
    case_dlg.fields["decision_date"].setDate(TODAY)
    # A suspended sentence counts from the judgment; the start of supervision is kept beside it.
    assert not case_dlg.fields["start_date"].isVisibleTo(case_dlg)
    case_dlg.fields["judgment_date"].setDate(TODAY)
    case_dlg.fields["supervision_start"].setDate(TODAY)
    qtbot.keyClick(case_dlg.fields["decision_number"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not case_dlg.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: file.case_table.rowCount() == 1, timeout=5000)
    assert file.case_table.item(0, 2).text() == "15/QĐ-THA"
    # find the person by typing the folded name
    page = window.show_page("people")
    with qtbot.waitSignal(page.results_shown, timeout=5000, check_params_cb=lambda q: q == "dang van kh"):
        type_text(page.search, "dang van kh")
    assert [r.full_name for r in page.model.rows] == ["Đặng Văn Khoa"]
    assert page.model.data(page.model.index(0, page.model.OPEN)) == "1"


def test_validation_error_shown_beside_field(qtbot, window):
    window.new_person()
    dlg = window._new_person_dialog
    type_text(dlg.fields["full_name"], "Lê Văn Bình")
    type_text(dlg.fields["cccd"], "12345")
    dlg.save()
    err = dlg.errors["cccd"]
    qtbot.waitUntil(err.isVisible, timeout=5000)
    assert "12 chữ số" in err.text()
    assert dlg.isVisible()


def test_cccd_mismatch_asks_for_override_reason(qtbot, window, workspace):
    window.new_person()
    dlg = window._new_person_dialog
    type_text(dlg.fields["full_name"], "Lê Thị Cúc")
    type_text(dlg.fields["birth_date"], "1990")
    dlg.fields["gender"].setCurrentIndex(dlg.fields["gender"].findData("female"))
    type_text(dlg.fields["cccd"], "026185000111")  # says born 1985, male
    dlg.save()
    reason = dlg.fields["cccd_override_reason"]
    qtbot.waitUntil(reason.isVisible, timeout=5000)
    assert "Cảnh báo" in dlg.errors["cccd"].text()
    type_text(reason, "Thẻ cấp sai, đã xác minh giấy khai sinh")
    dlg.save()
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=5000)
    person = workspace.persons.get(dlg.result_changes.created_id, audit=False)
    assert person.cccd_override_reason.startswith("Thẻ cấp sai")


def test_qr_scan_fills_the_form(qtbot, window):
    window.new_person()
    dlg = window._new_person_dialog
    type_text(dlg.qr, "026090000123|123456789|Nguyễn Văn Hùng|05031990|Nam|Thôn Đông, Tích Sơn|01012022")
    qtbot.keyClick(dlg.qr, Qt.Key.Key_Return)
    assert dlg.fields["full_name"].text() == "Nguyễn Văn Hùng"
    assert dlg.fields["birth_date"].text() == "05/03/1990"
    assert dlg.fields["cccd"].text() == "026090000123"
    assert dlg.data("gender") == "male"


def test_record_visit_from_due_today(qtbot, window, workspace):
    pid = add_person(workspace, "Phạm Văn Đức", birth_date="1980")
    cid = open_case(workspace, pid, "suspended_sentence", term_months=24,
                    start_date=TODAY - dt.timedelta(days=90), decision_date=TODAY - dt.timedelta(days=95))
    page = window.show_page("due")
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.refresh()
    visits = [i for i in page.model.items if i.kind == "visit" and i.case_id == cid]
    assert visits and visits[0].days < 0
    page.table.selectRow(page.model.row_of(visits[0]))
    assert page.selected() is visits[0]
    dlg = page.record_selected()
    assert isinstance(dlg, ContactDialog)
    type_text(dlg.fields["summary"], "Đến nhà, gặp mẹ đối tượng")
    dlg.fields["date"].setDate(TODAY)
    dlg.save()
    qtbot.waitUntil(lambda: not [i for i in page.model.items if i.kind == "visit" and i.case_id == cid],
                    timeout=5000)
    assert workspace.cases.get(cid).last_contact_date == TODAY


def test_lock_and_unlock_keeps_unsaved_input(qtbot, window, workspace):
    from tests.conftest import CHIEF_PASSWORD

    window.new_person()
    dlg = window._new_person_dialog
    type_text(dlg.fields["full_name"], "Chưa lưu Văn Tên")
    lock = window.lock()
    qtbot.waitExposed(lock)
    assert not window.isVisible() and not dlg.isVisible()
    type_text(lock.password, "sai-mat-khau-1")
    lock.try_unlock()
    qtbot.waitUntil(lock.error.isVisible, timeout=5000)
    assert not window.isVisible()
    type_text(lock.password, CHIEF_PASSWORD)
    lock.try_unlock()
    qtbot.waitUntil(window.isVisible, timeout=5000)
    assert dlg.isVisible() and dlg.fields["full_name"].text() == "Chưa lưu Văn Tên"


def test_status_bar_shows_pending_changes(qtbot, window, workspace):
    add_person(workspace, "Vũ Thị Hoa")
    window.refresh_sync()
    qtbot.waitUntil(lambda: "chờ gửi" in window.sync_label.text(), timeout=5000)
    assert "Đã đồng bộ" not in window.sync_label.text()
    assert QApplication.instance() is not None


def test_lock_now_from_the_keyboard_and_the_status_bar(qtbot, window, workspace):
    from PySide6.QtTest import QTest

    from tests.conftest import CHIEF_PASSWORD

    window.activateWindow()
    window.setFocus()
    QTest.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window._lock_dialog is not None and window._lock_dialog.isVisible(), timeout=5000)
    assert not window.isVisible()
    lock = window._lock_dialog
    type_text(lock.password, CHIEF_PASSWORD)
    lock.try_unlock()
    qtbot.waitUntil(window.isVisible, timeout=5000)
    # the status bar's button does the same; a window closed and deleted while the screen is
    # locked is simply not shown again
    from PySide6.QtWidgets import QDialog

    other = QDialog()
    other.show()
    assert window.lock_btn.text() == "Khóa (Ctrl+L)"
    qtbot.mouseClick(window.lock_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window._lock_dialog is not None and window._lock_dialog.isVisible(), timeout=5000)
    assert not window.isVisible() and not other.isVisible()
    with qtbot.waitSignal(other.destroyed, timeout=5000):
        other.deleteLater()
    type_text(window._lock_dialog.password, CHIEF_PASSWORD)
    window._lock_dialog.try_unlock()
    qtbot.waitUntil(window.isVisible, timeout=5000)


def test_the_sync_indicator_opens_the_sync_page(qtbot, window):
    window.show_page("people")
    assert window.stack.currentWidget() is window.people
    qtbot.mouseClick(window.sync_label, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.sync_page
    qtbot.waitUntil(lambda: "Bấm để mở trang Đồng bộ" in window.sync_label.toolTip(), timeout=5000)


def test_people_due_filter(qtbot, window, workspace):
    late = add_person(workspace, "Lò Văn Muộn")
    open_case(workspace, late, "community_education", term_months=6, start_date=TODAY - dt.timedelta(days=150))
    calm = add_person(workspace, "Lò Văn Sớm")
    open_case(workspace, calm, "community_education", term_months=6, start_date=TODAY + dt.timedelta(days=40))
    page = window.show_page("people")
    qtbot.waitUntil(lambda: {r.id for r in page.model.rows} >= {late, calm}, timeout=5000)
    page.due.setCurrentIndex(page.due.findData("overdue"))
    qtbot.waitUntil(lambda: [r.id for r in page.model.rows] == [late], timeout=5000)
    assert page.model.total == 1
    type_text(page.search, "lo van so")  # with text too: only the one who is not due matches it
    qtbot.waitUntil(lambda: page.model.rows == [] and page.model.total == 0, timeout=5000)
    page.due.setCurrentIndex(0)
    qtbot.waitUntil(lambda: [r.id for r in page.model.rows] == [calm], timeout=5000)


def test_photo_chosen_shown_printed_and_removed(qtbot, window, workspace, tmp_path):
    from PySide6.QtGui import QColor, QImage
    from PySide6.QtWidgets import QMessageBox

    from desktop_app.ui.pages.person_file import PHOTO_BOX

    pid = add_person(workspace, "Trần Văn Ảnh", birth_date="1990")
    dlg = window.open_person(pid)
    qtbot.waitUntil(lambda: dlg.person is not None, timeout=5000)
    assert dlg.photo.pixmap().isNull() and not dlg.remove_photo_btn.isEnabled()
    # a large picture (as from a phone), not a JPEG: scaled down and stored as JPEG
    big = QImage(2000, 3000, QImage.Format.Format_ARGB32)
    big.fill(QColor("#3366aa"))
    path = tmp_path / "anh.png"
    assert big.save(str(path))
    with qtbot.waitSignal(dlg.loaded, timeout=5000):
        dlg.choose_photo(str(path))
    stored = workspace.persons.photo(pid)
    assert stored is not None and stored[:3] == b"\xff\xd8\xff"
    shown = QImage.fromData(stored)
    assert shown.width() <= PHOTO_BOX[0] and shown.height() <= PHOTO_BOX[1] and shown.height() == 640
    assert not dlg.photo.pixmap().isNull() and dlg.remove_photo_btn.isEnabled()
    assert "wardbook:photo" in dlg.file_html()
    # a second picture replaces the first, on screen too
    small = QImage(300, 400, QImage.Format.Format_RGB32)
    small.fill(QColor("#aa3333"))
    assert small.save(str(tmp_path / "anh2.png"))
    with qtbot.waitSignal(dlg.loaded, timeout=5000):
        dlg.choose_photo(str(tmp_path / "anh2.png"))
    assert dlg.photo_bytes == workspace.persons.photo(pid) != stored
    assert QImage.fromData(dlg.photo_bytes).height() == 400  # not scaled: smaller than the box
    stored = dlg.photo_bytes

    # a file that is not a picture: a message, nothing stored
    junk = tmp_path / "not-a-photo.png"
    junk.write_bytes(b"not an image")
    box = dlg.choose_photo(str(junk))
    qtbot.waitExposed(box)
    assert "not-a-photo.png" in box.text() and box.windowTitle() == "Không đọc được ảnh"
    box.button(QMessageBox.StandardButton.Ok).click()
    assert workspace.persons.photo(pid) == stored

    box = dlg.remove_photo()
    qtbot.waitExposed(box)
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)  # Enter keeps the photo
    with qtbot.waitSignal(dlg.loaded, timeout=5000):
        box.button(QMessageBox.StandardButton.Yes).click()
    assert workspace.persons.get(pid).photo_sha256 is None and workspace.persons.photo(pid) is None
    assert dlg.photo.pixmap().isNull() and dlg.photo.text() == "(chưa có ảnh)"


def test_transfer_picks_the_other_commune_by_typing_its_name(qtbot, window, workspace):
    from desktop_app.ui.dialogs.records import EventDialog

    workspace.units.load([{"code": "09124", "name": "Xã Vĩnh Yên", "level": "commune", "parent_code": "25"}])
    pid = add_person(workspace, "Lê Văn Chuyển", birth_date="1985")
    cid = open_case(workspace, pid, "suspended_sentence", term_months=24, start_date=TODAY - dt.timedelta(days=30))
    dlg = EventDialog(window, workspace, window.ops, cid, kind="transfer_out")
    dlg.fields["date"].setDate(TODAY)
    dlg.show()
    qtbot.waitExposed(dlg)
    picker = dlg.fields["other_unit_code"]
    picker.setFocus()
    qtbot.keyClicks(picker, "vinh ye")  # no accents: the core folds them
    qtbot.waitUntil(lambda: picker.choices.stringList() == ["Xã Vĩnh Yên (09124)"], timeout=5000)
    popup = picker.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=5000)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert picker.text() == "Xã Vĩnh Yên (09124)" and picker.code() == "09124"

    # a code typed by hand that is no unit code: refused beside the field
    picker.setText("9124")
    dlg.save()
    qtbot.waitUntil(lambda: dlg.errors["other_unit_code"].isVisible(), timeout=5000)
    assert "mã đơn vị" in dlg.errors["other_unit_code"].text() and not dlg.errors["date"].text()
    picker.set_unit("09124", "Xã Vĩnh Yên")
    dlg.save()
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=5000)
    assert workspace.cases.get(cid).status == "transferred"
    [event] = [e for e in workspace.cases.timeline(cid) if e.kind == "event"]
    assert event.subkind == "transfer_out"


def test_person_residence_units_round_trip_through_the_form(qtbot, window, workspace):
    pid = add_person(workspace, "Phan Văn Cư", birth_date="1980")
    workspace.persons.update(pid, {"current_unit_code": "09123"})
    dlg = PersonDialog(window, workspace, window.ops, workspace.persons.get(pid, audit=False))
    dlg.show()
    picker = dlg.fields["current_unit_code"]
    # the code on file is shown with its name, without making the form "unsaved"
    qtbot.waitUntil(lambda: picker.text() == "Xã Tích Sơn (09123)", timeout=5000)
    assert not dlg._dirty and dlg.fields["permanent_unit_code"].text() == ""
    dlg.fields["permanent_unit_code"].setText("25")  # a province code is a unit code too
    dlg.save()
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=5000)
    p = workspace.persons.get(pid, audit=False)
    assert (p.permanent_unit_code, p.current_unit_code) == ("25", "09123")


def test_printed_file_lists_the_sessions_attended(qtbot, window, workspace):
    pid = add_person(workspace, "Vũ Văn Dự", birth_date="1995")
    sid = workspace.sessions.create({"date": TODAY - dt.timedelta(days=3), "place": "Nhà văn hoá thôn Đông",
                                     "topic": "Răn đe đua xe trái phép"}).created_id
    workspace.sessions.add_attendee({"session_id": sid, "person_id": pid})
    dlg = window.open_person(pid)
    qtbot.waitUntil(lambda: dlg.person is not None, timeout=5000)
    assert dlg.sessions_title.text() == "Buổi răn đe, giáo dục đã tham dự: 1"
    page = dlg.file_html()
    assert "Buổi răn đe, giáo dục đã tham dự" in page and "Nhà văn hoá thôn Đông" in page
    assert "Răn đe đua xe trái phép" in page


def test_due_arrow_keys_step_over_group_headings(qtbot, window, workspace):
    pid = add_person(workspace, "Đinh Văn Hạn", birth_date="1981")
    open_case(workspace, pid, "suspended_sentence", term_months=24,
              start_date=TODAY - dt.timedelta(days=90), decision_date=TODAY - dt.timedelta(days=95))
    page = window.show_page("due")
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.refresh()
    headings = page.model.heading_rows()
    assert len(headings) >= 2 and headings[0] == 0
    last_of_first_group = headings[1] - 1
    page.table.setFocus()
    page.table.selectRow(last_of_first_group)
    qtbot.keyClick(page.table, Qt.Key.Key_Down)  # onto the next group's heading: on to its first item
    qtbot.waitUntil(lambda: page.table.currentIndex().row() == headings[1] + 1, timeout=2000)
    assert page.selected() is page.model.item_at(headings[1] + 1)
    qtbot.keyClick(page.table, Qt.Key.Key_Up)  # back over the heading
    qtbot.waitUntil(lambda: page.table.currentIndex().row() == last_of_first_group, timeout=2000)
    assert page.selected() is page.model.item_at(last_of_first_group)
    page.table.selectRow(1)
    qtbot.keyClick(page.table, Qt.Key.Key_Up)  # the first heading: nothing above, so back to the item
    qtbot.waitUntil(lambda: page.table.currentIndex().row() == 1, timeout=2000)
    assert page.selected() is page.model.item_at(1)


def test_first_start_creates_a_commune_register_under_its_province(qtbot, ops, tmp_path, low_kdf):
    from desktop_app.ui.login import FirstRunDialog

    dlg = FirstRunDialog(tmp_path / "new", ops)
    qtbot.addWidget(dlg)
    dlg.show()
    type_text(dlg.unit_code, "25")
    assert not dlg.province.isEnabled()  # a province office: nothing above it to choose
    dlg.unit_code.clear()
    type_text(dlg.unit_code, "09123")
    assert dlg.province.isEnabled()
    type_text(dlg.unit_name, "Xã Tích Sơn")
    dlg.province.setCurrentIndex(dlg.province.findData("25"))
    assert dlg.province.currentText() == "Phú Thọ (25)"
    type_text(dlg.username, "truong")
    type_text(dlg.password, "Matkhau2026truong")
    type_text(dlg.password2, "Matkhau2026truong")
    dlg.create()
    qtbot.waitUntil(lambda: dlg.workspace is not None, timeout=10000)
    ws = dlg.workspace
    try:
        assert ws.units.superior_agency("09123") == "Công an tỉnh Phú Thọ"
    finally:
        ws.close()


def test_opening_a_file_is_one_audited_view_whatever_refreshes_it(qtbot, window, workspace):
    pid = add_person(workspace, "Lý Văn Xem", birth_date="1970")
    other = add_person(workspace, "Lý Văn Khác", birth_date="1971")
    dlg = window.open_person(pid)
    qtbot.waitUntil(lambda: dlg.person is not None, timeout=5000)
    assert len(workspace.audit.list(action="view_person", person_id=pid)) == 1
    with qtbot.waitSignal(dlg.loaded, timeout=5000):  # a save elsewhere refreshes the open file
        window.ops.op(lambda: workspace.persons.update(other, {"phone": "0912345678"}))
    assert len(workspace.audit.list(action="view_person", person_id=pid)) == 1
    dlg.close()
    window.open_person(pid)  # opened again by the user: a new view
    qtbot.waitUntil(lambda: len(workspace.audit.list(action="view_person", person_id=pid)) == 2, timeout=5000)


def test_case_dialog_term_inputs_per_category(qtbot, window, workspace):
    """No term for an ex-prisoner (the dialog used to send 6 months for every case), months
    and days for a conditional release, and early termination offered only for the education
    measure."""
    from desktop_app.ui.dialogs.records import CloseCaseDialog

    pid = add_person(workspace, "Trần Văn Tù", birth_date="1980")
    dlg = CaseDialog(None, workspace, window.ops, pid)
    qtbot.addWidget(dlg)
    dlg.show()
    combo = dlg.fields["category"]
    combo.setFocus()
    combo.setCurrentIndex(combo.findData("reintegration"))
    assert not dlg.fields["term_months"].isVisibleTo(dlg)
    assert dlg.fields["release_date"].isVisibleTo(dlg)
    dlg.fields["start_date"].setDate(TODAY)
    dlg.fields["decision_date"].setDate(TODAY)
    dlg.fields["release_date"].setDate(dt.date(2026, 5, 15))
    dlg.fields["sentence_kind"].setCurrentIndex(dlg.fields["sentence_kind"].findData("prison_up_to_5y"))
    v = dlg.values()
    assert v["term_months"] is None and "term_days" not in v and v["release_date"] == dt.date(2026, 5, 15)
    dlg.save()
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=5000)
    [c] = workspace.cases.for_person(pid)
    assert (c.computed_end, c.followup_end) == (None, dt.date(2028, 5, 15))

    dlg = CaseDialog(None, workspace, window.ops, pid)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.fields["category"].setCurrentIndex(dlg.fields["category"].findData("conditional_release"))
    assert dlg.fields["term_days"].isVisibleTo(dlg) and dlg.fields["supervision_start"].isVisibleTo(dlg)
    dlg.fields["term_months"].setValue(3)
    dlg.fields["term_days"].setFocus()
    dlg.fields["term_days"].selectAll()
    qtbot.keyClicks(dlg.fields["term_days"], "10")
    dlg.fields["decision_date"].setDate(dt.date(2026, 1, 20))
    dlg.fields["judgment_date"].setDate(dt.date(2025, 6, 1))
    dlg.fields["supervision_start"].setDate(dt.date(2026, 1, 31))
    dlg.save()
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=5000)
    cr = next(c for c in workspace.cases.for_person(pid) if c.category == "conditional_release")
    assert (cr.term_months, cr.term_days, cr.computed_end) == (3, 10, dt.date(2026, 5, 10))

    from desktop_app.ui.dialogs.records import EventDialog

    ev = EventDialog(None, workspace, window.ops, cr.id)
    qtbot.addWidget(ev)
    kinds = [ev.fields["kind"].itemData(i) for i in range(ev.fields["kind"].count())]
    assert "extension" not in kinds and {"reduction", "exemption", "revocation"} <= set(kinds)
    close = CloseCaseDialog(None, workspace, window.ops, cr.id)
    qtbot.addWidget(close)
    offered = [close.fields["status"].itemData(i) for i in range(close.fields["status"].count())]
    assert "terminated_early" not in offered and "revoked" not in offered and "completed" in offered
    ce = open_case(workspace, pid, "community_education", term_months=3, start_date=dt.date(2026, 1, 1))
    close = CloseCaseDialog(None, workspace, window.ops, ce)
    qtbot.addWidget(close)
    offered = [close.fields["status"].itemData(i) for i in range(close.fields["status"].count())]
    assert "terminated_early" in offered
