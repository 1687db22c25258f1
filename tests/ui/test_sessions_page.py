"""The Sessions page by keys: many attendees at once (search and tick, pasted CCCDs), remove
one (confirmed, naming the person), correct one, the selection kept, the parent's button."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.conftest import TODAY, add_person
from tests.ui.conftest import type_text


@pytest.fixture
def page(qtbot, window, workspace):
    ws = workspace
    add_person(ws, "Nguyễn Văn An", birth_date="1990", gender="male", cccd="001090000123")
    add_person(ws, "Nguyễn Thị Ánh", birth_date="2011")  # a minor on TODAY
    add_person(ws, "Trần Văn Bình", birth_date="1985", gender="male", cccd="001085000456")
    add_person(ws, "Lê Văn Cường", birth_date="1992")
    ws.sessions.create({"date": TODAY, "place": "Hội trường thôn Đông"})
    p = window.show_page("sessions")
    qtbot.waitUntil(lambda: p.sessions_model.rowCount() == 1, timeout=5000)
    p.sessions_table.setFocus()
    p.sessions_table.selectRow(0)
    qtbot.waitUntil(lambda: p.current is not None, timeout=5000)
    return p


def _names(page) -> list[str]:
    return [a.full_name for a in page.att_model.rows]


def test_add_many_by_search_ticks_and_pasted_cccds(qtbot, page, workspace):
    page.buttons["pick"].click()
    pick = page._dialog
    qtbot.waitUntil(lambda: pick.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is pick.search, timeout=5000)
    assert not pick.add_btn.isEnabled()  # nothing ticked yet
    type_text(pick.search, "nguyen")  # no accents: both Nguyễn
    qtbot.waitUntil(lambda: pick.results.count() == 2, timeout=5000)
    qtbot.keyClick(pick.search, Qt.Key.Key_Down)  # into the list, on the first
    assert QApplication.focusWidget() is pick.results
    qtbot.keyClick(pick.results, Qt.Key.Key_Space)
    qtbot.keyClick(pick.results, Qt.Key.Key_Down)
    qtbot.keyClick(pick.results, Qt.Key.Key_Return)  # Enter ticks too, and does not close
    assert pick.isVisible() and len(pick.chosen) == 2
    # then paste CCCD numbers, one a line: Bình's found (spaces allowed), a wrong one reported
    qtbot.keyClick(pick.results, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is pick.cccds
    QApplication.clipboard().setText("001 085 000 456\n079099999999\n")  # copied from a spreadsheet column
    qtbot.keyClick(pick.cccds, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(pick.cccds, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is pick.find_btn
    qtbot.keyClick(pick.find_btn, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: len(pick.chosen) == 3, timeout=5000)
    assert "079099999999" in pick.not_found.text() and "Không tìm thấy 1 số" in pick.not_found.text()
    assert "Trần Văn Bình" in pick.chosen_label.text() and pick.add_btn.text() == "Thêm 3 người (Ctrl+S)"
    qtbot.keyClick(pick.cccds, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(page.att_model.rows) == 3, timeout=5000)
    assert not pick.isVisible()
    assert sorted(_names(page)) == ["Nguyễn Thị Ánh", "Nguyễn Văn An", "Trần Văn Bình"]
    assert page.sessions_model.rows[0].attendances == 3
    # those already there are shown as such and cannot be ticked again
    page.buttons["pick"].click()
    pick = page._dialog
    type_text(pick.search, "van")
    qtbot.waitUntil(lambda: pick.results.count() == 3, timeout=5000)
    there = [pick.results.item(i) for i in range(3) if "đã có trong danh sách" in pick.results.item(i).text()]
    assert len(there) == 2 and not any(i.flags() & Qt.ItemFlag.ItemIsUserCheckable for i in there)
    qtbot.keyClick(pick.search, Qt.Key.Key_Escape)  # nothing ticked: closes without asking
    assert not pick.isVisible()


def test_stray_keys_in_the_add_dialog_write_nothing(qtbot, page, workspace):
    page.buttons["pick"].click()
    pick = page._dialog
    qtbot.keyClick(pick.search, Qt.Key.Key_Space)
    qtbot.keyClick(pick.search, Qt.Key.Key_Return)
    qtbot.keyClick(pick.search, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not pick.isVisible(), timeout=5000)
    assert workspace.sessions.attendees(page.current.id) == []


def _fill(workspace, page, qtbot):
    sid = page.current.id
    ids = [r.id for r in workspace.persons.search("nguyen", limit=10).rows]
    workspace.sessions.add_attendees(sid, ids)
    page.refresh()
    qtbot.waitUntil(lambda: len(page.att_model.rows) == 2, timeout=5000)
    return {a.full_name: i for i, a in enumerate(page.att_model.rows)}


def test_sign_keeps_the_selection_and_parent_button_only_for_minors(qtbot, page, workspace):
    rows = _fill(workspace, page, qtbot)
    page.att_table.setFocus()
    page.att_table.selectRow(rows["Nguyễn Văn An"])
    assert not page.buttons["parent"].isEnabled()
    assert "không phải người chưa thành niên" in page.buttons["parent"].toolTip()
    page.buttons["sign"].click()
    qtbot.waitUntil(lambda: page.att_model.rows[rows["Nguyễn Văn An"]].commitment_signed, timeout=5000)
    qtbot.waitUntil(lambda: page.buttons["sign"].text() == "Bỏ ký cam kết", timeout=5000)
    sel = page.att_table.selectionModel().selectedRows()
    assert [i.row() for i in sel] == [rows["Nguyễn Văn An"]]  # still selected after signing
    page.att_table.selectRow(rows["Nguyễn Thị Ánh"])
    assert page.buttons["parent"].isEnabled()
    page.buttons["parent"].click()
    qtbot.waitUntil(lambda: page.att_model.rows[rows["Nguyễn Thị Ánh"]].parent_cosigned, timeout=5000)
    minor = page.att_model.rows[rows["Nguyễn Thị Ánh"]]
    assert minor.commitment_signed
    assert [i.row() for i in page.att_table.selectionModel().selectedRows()] == [rows["Nguyễn Thị Ánh"]]


def test_remove_by_delete_key_asks_naming_the_person(qtbot, page, workspace):
    rows = _fill(workspace, page, qtbot)
    page.att_table.setFocus()
    page.att_table.selectRow(rows["Nguyễn Văn An"])
    qtbot.keyClick(page.att_table, Qt.Key.Key_Delete)
    box = page._dialog
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "Nguyễn Văn An" in box.text() and "Hội trường thôn Đông" in box.text()
    qtbot.keyClick(box, Qt.Key.Key_Return)  # the default answer keeps the person
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=5000)
    assert len(workspace.sessions.attendees(page.current.id)) == 2
    qtbot.keyClick(page.att_table, Qt.Key.Key_Delete)
    box = page._dialog
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: _names(page) == ["Nguyễn Thị Ánh"], timeout=5000)
    assert workspace.audit.list(action="delete")[-1].entity == "attendance"
    # the next person is selected in its place, the Delete key ready for them
    assert [i.row() for i in page.att_table.selectionModel().selectedRows()] == [0]
    assert page.buttons["remove"].isEnabled()


def test_an_officer_may_not_remove(qtbot, workspace, add_officer, ops):
    from desktop_app.ui.pages.sessions import SessionsPage

    sid = workspace.sessions.create({"date": TODAY, "place": "Nhà văn hoá"}).created_id
    workspace.sessions.add_attendees(sid, [add_person(workspace, "Nguyễn Văn An")])
    officer = add_officer("canbo1")
    page = SessionsPage(officer, ops)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    qtbot.waitUntil(lambda: page.sessions_model.rowCount() == 1, timeout=5000)
    page.sessions_table.selectRow(0)
    qtbot.waitUntil(lambda: page.att_model.rowCount() == 1, timeout=5000)
    page.att_table.selectRow(0)
    assert page.buttons["sign"].isEnabled() and not page.buttons["remove"].isEnabled()
    assert "Chỉ trưởng Công an xã" in page.buttons["remove"].toolTip()


def test_enter_on_an_attendee_edits_it(qtbot, page, workspace):
    rows = _fill(workspace, page, qtbot)
    page.att_table.setFocus()
    page.att_table.selectRow(rows["Nguyễn Văn An"])
    qtbot.keyClick(page.att_table, Qt.Key.Key_Return)
    dlg = page._dialog
    qtbot.waitUntil(lambda: dlg.isVisible(), timeout=5000)
    assert "Nguyễn Văn An" in dlg.windowTitle()
    assert not dlg.fields["parent_cosigned"].isEnabled()  # an adult: no parent's co-signature
    dlg.fields["commitment_signed"].setFocus()
    qtbot.keyClick(dlg.fields["commitment_signed"], Qt.Key.Key_Space)
    dlg.fields["note"].setFocus()
    type_text(dlg.fields["note"], "Ký muộn")
    qtbot.keyClick(dlg.fields["note"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=5000)
    a = next(a for a in workspace.sessions.attendees(page.current.id) if a.full_name == "Nguyễn Văn An")
    assert a.commitment_signed and a.note == "Ký muộn"
    qtbot.waitUntil(lambda: page.att_model.rows[rows["Nguyễn Văn An"]].commitment_signed, timeout=5000)


def test_printed_list_takes_the_page_width_with_a_wide_signature_column(qtbot, page, workspace):
    from PySide6.QtGui import QTextTable

    _fill(workspace, page, qtbot)
    doc = page._document()
    # laid out on A4 inside the printer's margins (25 + 15 mm), in 96-dpi pixels: not Qt's own 2 cm more
    assert doc.pageSize().width() == pytest.approx((210 - 40) / 25.4 * 96, rel=0.01)
    assert doc.documentMargin() == 0
    frame = doc.rootFrame()
    table = next(f for f in frame.childFrames() if isinstance(f, QTextTable))
    widths = [c.rawValue() for c in table.format().columnWidthConstraints()]
    assert table.format().width().rawValue() == 100 and widths[-1] == max(widths) >= 30
    assert table.cellAt(0, 5).firstCursorPosition().block().text() == "Ký tên"
    assert table.rows() == 3 and table.format().headerRowCount() == 1  # the heading repeats on each page


def test_tab_goes_down_the_page(qtbot, page, workspace):
    _fill(workspace, page, qtbot)
    page.buttons["print"].setFocus()
    order = []
    for _ in range(9):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget().objectName())
    # (disabled buttons are skipped: no attendee selected yet)
    assert order[:3] == ["sessions_table", "session_pick", "session_quick"]
    assert "attendees_table" in order
