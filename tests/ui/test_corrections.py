"""Correcting records from a person's file, by the keyboard (issue 13 §2–3): a case edited with
its officer in charge chosen by name, timeline lines corrected with Enter and removed with
Delete (after a question that names the person and keeps the record on Enter), a case closed
only after a question and reopened by the chief with a reason, an empty assessment refused
beside its field."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop_app.ui.dialogs import records as R
from desktop_app.ui.pages.person_file import PersonFileDialog
from tests.conftest import TODAY, add_person, open_case, table_counts
from tests.ui.conftest import type_text

CTRL = Qt.KeyboardModifier.ControlModifier
D = dt.date


@pytest.fixture
def person(workspace) -> str:
    return add_person(workspace, "Nguyễn Văn An", birth_date="1990")


@pytest.fixture
def case(workspace, person) -> str:
    return open_case(workspace, person, "suspended_sentence", term_months=24, start_date=D(2026, 1, 1),
                     decision_number="12/QĐ", helper_name="Trần Thi Huong")


def open_file(qtbot, ws, ops, pid) -> PersonFileDialog:
    dlg = PersonFileDialog(ws, ops, pid)
    qtbot.addWidget(dlg)
    with qtbot.waitSignal(dlg.loaded, timeout=10_000):
        dlg.show()
    return dlg


def reloaded(qtbot, file: PersonFileDialog, act) -> None:
    with qtbot.waitSignal(file.loaded, timeout=10_000):
        act()


def select_line(file: PersonFileDialog, kind: str) -> None:
    row = next(i for i, e in enumerate(file._entries) if e.kind == kind)
    file.timeline.setFocus()
    file.timeline.selectRow(row)


def test_edit_case_helper_and_officer_by_keyboard(qtbot, workspace, ops, add_officer, person, case):
    add_officer("canbo.duc", full_name="Lê Văn Đức")
    file = open_file(qtbot, workspace, ops, person)
    file.case_table.setFocus()
    qtbot.keyClick(file.case_table, Qt.Key.Key_Return)  # Enter on the case: edit it
    dlg = file._dialog
    qtbot.wait(200)
    assert dlg.isVisible() and dlg.result_changes is None  # the Enter that opened it did not save it
    assert isinstance(dlg, R.CaseDialog) and dlg.case.id == case
    assert dlg.fields["helper_name"].text() == "Trần Thi Huong"
    officer = dlg.fields["officer"]
    qtbot.waitUntil(lambda: officer.count() == 2, timeout=5000)  # the register's two accounts
    assert officer.currentText() == "Nguyễn Văn Trưởng"  # by full name, not the login
    helper = dlg.fields["helper_name"]
    helper.setFocus()
    qtbot.keyClick(helper, Qt.Key.Key_A, CTRL)
    type_text(helper, "Trần Thị Hương")
    officer.setFocus()
    qtbot.keyClick(officer, Qt.Key.Key_Up)  # "Lê Văn Đức" sorts first (by login canbo.duc)
    assert officer.currentText() == "Lê Văn Đức"
    assert "canbo.duc" in officer.itemData(officer.currentIndex(), Qt.ItemDataRole.ToolTipRole)
    qtbot.keyClick(officer, Qt.Key.Key_Tab)  # on to the next field, then save
    assert dlg.focusWidget() is dlg.fields["supervising_org"]
    with qtbot.waitSignal(file.loaded, timeout=10_000):
        qtbot.keyClick(dlg.focusWidget(), Qt.Key.Key_S, CTRL)
    c = workspace.cases.get(case)
    assert (c.helper_name, c.officer) == ("Trần Thị Hương", "canbo.duc")
    assert c.decision_date is None  # a date the case did not have is not written by the form
    [a] = [x for x in workspace.audit.list(action="edit") if x.entity_id == case]
    assert set(a.detail["changes"]) == {"helper_name", "officer"}
    assert file.case_table.item(0, 5).text() == "Trần Thị Hương"


def test_timeline_line_corrected_with_enter_and_marked(qtbot, workspace, ops, person, case):
    cid = workspace.visits.record_contact({"case_id": case, "kind": "home_visit", "date": D(2026, 5, 1),
                                           "summary": "Gặp mẹ"}).created_id
    file = open_file(qtbot, workspace, ops, person)
    select_line(file, "contact")
    assert file.edit_entry_btn.isEnabled()
    qtbot.keyClick(file.timeline, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(getattr(file, "_dialog", None), R.ContactDialog), timeout=5000)
    dlg = file._dialog
    assert dlg.windowTitle() == "Sửa thăm gặp"
    summary = dlg.fields["summary"]
    assert summary.toPlainText() == "Gặp mẹ"
    summary.setFocus()
    qtbot.keyClick(summary, Qt.Key.Key_End, CTRL)
    type_text(summary, " và đối tượng")
    with qtbot.waitSignal(file.loaded, timeout=10_000):
        qtbot.keyClick(summary, Qt.Key.Key_S, CTRL)
    assert workspace.visits.record("contact", cid).summary == "Gặp mẹ và đối tượng"
    assert file.timeline.rowCount() == 1
    assert file.timeline.item(0, 1).text() == "Tiếp xúc (đã sửa)"
    assert file.timeline.item(0, 3).text() == "Gặp mẹ và đối tượng"


def test_stray_keys_in_a_correction_write_nothing(qtbot, workspace, ops, person, case):
    workspace.visits.record_violation({"case_id": case, "date": D(2026, 5, 1), "act": "Gây rối"})
    file = open_file(qtbot, workspace, ops, person)
    select_line(file, "violation")
    qtbot.mouseClick(file.edit_entry_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(getattr(file, "_dialog", None), R.ViolationDialog), timeout=5000)
    dlg = file._dialog
    assert dlg.fields["act"].text() == "Gây rối"
    before = table_counts(workspace)
    for key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Escape):
        if dlg.isVisible():
            qtbot.keyClick(dlg.focusWidget() or dlg, key)
    box = getattr(dlg, "discard_box", None)
    if box is not None:  # the Space changed a field: Esc asked (the dialog rule); discard
        qtbot.waitUntil(box.isVisible, timeout=2000)
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=5000)
    with qtbot.waitCallback() as done:  # the database thread runs in order: every write is done
        ops.query(lambda: None, on_done=done)
    assert table_counts(workspace) == before
    [line] = workspace.cases.timeline(case)
    assert line.summary == "Gây rối" and not line.edited


def test_remove_asks_naming_the_person_and_enter_keeps(qtbot, workspace, ops, person, case):
    workspace.visits.record_evaluation({"case_id": case, "period_start": D(2026, 4, 1),
                                        "police_assessment": "Chấp hành tốt", "classification": "A"})
    file = open_file(qtbot, workspace, ops, person)
    select_line(file, "evaluation")
    qtbot.keyClick(file.timeline, Qt.Key.Key_Delete)
    box = file._dialog
    assert isinstance(box, QMessageBox)
    assert "Nguyễn Văn An" in box.text() and "01/04/2026" in box.text() and "Chấp hành tốt" in box.text()
    qtbot.keyClick(box, Qt.Key.Key_Return)  # the default answer keeps it
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=5000)
    assert len(workspace.cases.timeline(case)) == 1
    qtbot.keyClick(file.timeline, Qt.Key.Key_Delete)
    box = file._dialog
    with qtbot.waitSignal(file.loaded, timeout=10_000):
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert workspace.cases.timeline(case) == []
    assert file.timeline.rowCount() == 0
    assert workspace.cases.get(case).last_assessed_period is None
    [a] = workspace.audit.list(action="delete")
    assert a.entity == "evaluation" and a.detail["fields"]["police_assessment"] == "Chấp hành tốt"


def test_officer_sees_no_remove_nor_reopen(qtbot, workspace, ops, add_officer, person, case):
    officer = add_officer()
    workspace.visits.record_violation({"case_id": case, "date": D(2026, 5, 1), "act": "Gây rối"})
    file = open_file(qtbot, officer, ops, person)
    assert file.remove_entry_btn.isHidden() and "reopen" not in file.buttons
    select_line(file, "violation")
    qtbot.keyClick(file.timeline, Qt.Key.Key_Delete)  # nothing asked, nothing removed
    assert len(workspace.cases.timeline(case)) == 1


def test_close_asks_first_then_the_chief_reopens_with_a_reason(qtbot, workspace, ops, person, case):
    file = open_file(qtbot, workspace, ops, person)
    assert not file.buttons["reopen"].isEnabled()
    qtbot.mouseClick(file.buttons["close"], Qt.MouseButton.LeftButton)
    dlg = file._dialog
    assert isinstance(dlg, R.CloseCaseDialog)
    # (a court's revocation is an event, not a way of closing: DOMAIN §1)
    assert dlg.fields["status"].findData("revoked") == -1
    dlg.fields["status"].setCurrentIndex(dlg.fields["status"].findData("deceased"))
    dlg.fields["actual_end"].setDate(TODAY)  # the register's (pinned) today
    note = dlg.fields["note"]
    qtbot.keyClick(note, Qt.Key.Key_S, CTRL)
    box = dlg._question
    assert "Nguyễn Văn An" in box.text() and "Án treo" in box.text() and "31/12/2027" in box.text()
    assert "chỉ Trưởng Công an mở lại" in box.text()
    qtbot.keyClick(box, Qt.Key.Key_Return)  # Enter: not closed
    qtbot.wait(200)
    assert workspace.cases.get(case).status == "active" and dlg.isVisible()
    qtbot.keyClick(note, Qt.Key.Key_S, CTRL)
    box = dlg._question
    with qtbot.waitSignal(file.loaded, timeout=10_000):
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert workspace.cases.get(case).status == "deceased"
    assert file.buttons["reopen"].isEnabled() and not file.buttons["close"].isEnabled()
    # reopen: the reason is required, beside its field, before anything is asked
    qtbot.mouseClick(file.buttons["reopen"], Qt.MouseButton.LeftButton)
    dlg = file._dialog
    assert isinstance(dlg, R.ReopenCaseDialog)
    reason = dlg.fields["reason"]
    qtbot.keyClick(reason, Qt.Key.Key_S, CTRL)
    assert dlg.errors["reason"].text() == "không được để trống" and not hasattr(dlg, "_question")
    type_text(reason, "Kết thúc nhầm")
    qtbot.keyClick(reason, Qt.Key.Key_S, CTRL)
    box = dlg._question
    assert "Nguyễn Văn An" in box.text()
    with qtbot.waitSignal(file.loaded, timeout=10_000):
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert workspace.cases.get(case).status == "active"
    [a] = workspace.audit.list(action="reopen")
    assert a.detail["reason"] == "Kết thúc nhầm"


def test_empty_assessment_refused_beside_the_field_and_grades_explained(qtbot, workspace, ops, person, case):
    file = open_file(qtbot, workspace, ops, person)
    qtbot.mouseClick(file.buttons["evaluation"], Qt.MouseButton.LeftButton)
    dlg = file._dialog
    grades = [dlg.fields["classification"].itemText(i) for i in range(dlg.fields["classification"].count())]
    assert grades[1].startswith("A — Tốt") and grades[4].startswith("D — ")
    before = table_counts(workspace)
    dlg.fields["period_start"].setDate(TODAY.replace(day=1))
    qtbot.keyClick(dlg.fields["helper_comment"], Qt.Key.Key_S, CTRL)
    err = dlg.errors["police_assessment"]
    qtbot.waitUntil(err.isVisible, timeout=5000)
    assert err.text() == "cần ghi nhận xét, đánh giá hoặc chọn xếp loại"
    qtbot.wait(100)
    assert err.wordWrap() and err.height() >= err.heightForWidth(err.width())  # seen whole
    assert table_counts(workspace) == before and dlg.isVisible()
    combo = dlg.fields["classification"]
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # A
    qtbot.keyClick(combo, Qt.Key.Key_Tab)
    with qtbot.waitSignal(file.loaded, timeout=10_000):
        qtbot.keyClick(dlg.focusWidget(), Qt.Key.Key_S, CTRL)
    [e] = workspace.cases.timeline(case)
    assert e.kind == "evaluation" and e.data["classification"] == "A"
