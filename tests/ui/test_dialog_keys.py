"""Every record dialog driven by real keys from the focus a person has (issue 13, items 2, 4, 10):
stray keys (Space, Enter, Esc) write nothing; Enter moves from field to field and never saves;
Ctrl+S saves; Esc asks only when something changed; dates are typed as people type them."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QCheckBox, QMessageBox, QPushButton

from desktop_app.ui.dialogs import records as R
from desktop_app.ui.dialogs.datefield import DateField
from desktop_app.ui.dialogs.form import FormDialog
from tests.conftest import TODAY, add_person, open_case, table_counts
from tests.ui.conftest import type_text

CTRL = Qt.KeyboardModifier.ControlModifier


# -- opening each dialog as the app does -----------------------------------------------------------

def _person_file(qtbot, window, workspace):
    pid = add_person(workspace, "Phạm Văn Đức", birth_date="1980")
    open_case(workspace, pid, "suspended_sentence", term_months=24,
              start_date=TODAY - dt.timedelta(days=90), decision_date=TODAY - dt.timedelta(days=95))
    file = window.open_person(pid)
    qtbot.waitUntil(lambda: file.person is not None and file.case_table.rowCount() == 1, timeout=5000)
    file.case_table.selectRow(0)
    qtbot.waitUntil(lambda: file.current_case() is not None, timeout=5000)
    return file


def _file_act(key):
    def open_(qtbot, window, workspace):
        file = _person_file(qtbot, window, workspace)
        file.act(key)
        return file._dialog
    return open_


def _new_person(qtbot, window, workspace):
    window.new_person()
    return window._new_person_dialog


def _due(kind):
    def open_(qtbot, window, workspace):
        pid = add_person(workspace, "Phạm Văn Đức", birth_date="1980")
        cid = open_case(workspace, pid, "suspended_sentence", term_months=24,
                        start_date=TODAY - dt.timedelta(days=90), decision_date=TODAY - dt.timedelta(days=95))
        page = window.show_page("due")
        with qtbot.waitSignal(page.loaded, timeout=5000):
            page.refresh()
        item = [i for i in page.model.items if i.kind == kind and i.case_id == cid][0]
        page.table.selectRow(page.model.row_of(item))
        return page.record_selected()
    return open_


def _session_page(qtbot, window, workspace):
    workspace.sessions.create({"date": TODAY, "place": "Hội trường thôn Đông", "topic": "Răn đe"})
    page = window.show_page("sessions")
    qtbot.waitUntil(lambda: page.sessions_model.rowCount() == 1, timeout=5000)
    page.sessions_table.selectRow(0)
    qtbot.waitUntil(lambda: page.current is not None, timeout=5000)
    return page


def _new_session(qtbot, window, workspace):
    return window.show_page("sessions").new_session()


def _quick_attendee(qtbot, window, workspace):
    return _session_page(qtbot, window, workspace).quick_add()


def _pick_attendee(qtbot, window, workspace):
    add_person(workspace, "Hoàng Văn Nam", birth_date="1998")
    return _session_page(qtbot, window, workspace).pick()


def _edit_attendance(qtbot, window, workspace):
    page = _session_page(qtbot, window, workspace)
    pid = add_person(workspace, "Hoàng Văn Nam", birth_date="1998")
    workspace.sessions.add_attendees(page.current.id, [pid])
    page.refresh()
    qtbot.waitUntil(lambda: page.att_model.rowCount() == 1, timeout=5000)
    page.att_table.selectRow(0)
    return page.edit_attendance()


def _new_tip(qtbot, window, workspace):
    return window.show_page("tips").new_tip()


def _tip_result(qtbot, window, workspace):
    workspace.tips.add({"received_on": TODAY, "channel": "in_person", "content": "Đánh bạc tại quán nước"})
    page = window.show_page("tips")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    page.table.selectRow(0)
    return page.mark_selected()


def _new_model(qtbot, window, workspace):
    return window.show_page("models").new_model()


def _edit_model(qtbot, window, workspace):
    workspace.models.add({"name": "Tổ tự quản thôn Đông", "kind": "five_self_managed", "area": "Thôn Đông",
                          "established_on": TODAY, "status": "active"})
    page = window.show_page("models")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    page.table.selectRow(0)
    return page.edit_selected()


def _admin(qtbot, window):
    page = window.show_page("admin")
    page.refresh()
    qtbot.waitUntil(lambda: page.users.model.rowCount() > 0 and page.rules.model.rowCount() > 0
                    and not window.ops.busy, timeout=5000)
    return page


def _select_user(page, username):
    page.users.table.selectRow([i for i, u in enumerate(page.users.model.rows) if u.username == username][0])


def _new_user(qtbot, window, workspace):
    return _admin(qtbot, window).users.new_user()


def _reset_password(qtbot, window, workspace):
    workspace.users.add({"username": "canbo1", "role": "officer"}, "Matkhau2026canbo")
    page = _admin(qtbot, window)
    _select_user(page, "canbo1")
    return page.users.reset_selected()


def _reactivate(qtbot, window, workspace):
    workspace.users.add({"username": "canbo1", "role": "officer"}, "Matkhau2026canbo")
    workspace.users.set_active("canbo1", False)
    page = _admin(qtbot, window)
    _select_user(page, "canbo1")
    return page.users.reactivate_selected()


def _edit_rule(qtbot, window, workspace):
    page = _admin(qtbot, window)
    page.rules.table.selectRow(0)
    return page.rules.edit_selected()


DIALOGS = {
    "person_new": _new_person,
    "person_edit": _file_act("edit"),
    "case": _file_act("new_case"),
    "visit": _file_act("visit"),
    "evaluation": _file_act("evaluation"),
    "absence": _file_act("absence"),
    "violation": _file_act("violation"),
    "event": _file_act("event"),
    "close_case": _file_act("close"),
    "due_visit": _due("visit"),
    "due_assessment": _due("assessment"),
    "session": _new_session,
    "attendee_quick": _quick_attendee,
    "attendee_pick": _pick_attendee,
    "attendance_edit": _edit_attendance,
    "tip": _new_tip,
    "tip_result": _tip_result,
    "model_new": _new_model,
    "model_edit": _edit_model,
    "user": _new_user,
    "password": _reset_password,
    "reactivate": _reactivate,
    "rule": _edit_rule,
}


def _focused():
    """Where a key goes: the focus of the active window (an open drop-down list or calendar
    has it while it is open)."""
    return QApplication.focusWidget()


def _press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    # after a message closes, the window system gives the focus back a moment later
    qtbot.waitUntil(lambda: _focused() is not None, timeout=5000)
    qtbot.keyClick(_focused(), key, modifier)


def _ctrl_s(qtbot):
    """Ctrl+S as a keyboard delivers it (the text is the control character, which a drop-down
    list does not take for a search as it would QTest's plain "s")."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    qtbot.waitUntil(lambda: _focused() is not None, timeout=5000)
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(_focused(), QKeyEvent(kind, Qt.Key.Key_S, CTRL, "\x13"))


def _wait_open(qtbot, dlg):
    """Shown, and the active window (the window system activates it a moment after showing)."""
    qtbot.waitExposed(dlg)
    qtbot.waitUntil(dlg.isActiveWindow, timeout=5000)


def _settle(qtbot, window):
    """The events the keys posted are handled, then every operation they started has finished."""
    QApplication.sendPostedEvents()
    QApplication.processEvents()
    qtbot.waitUntil(lambda: not window.ops.busy, timeout=5000)


@pytest.mark.parametrize("name", list(DIALOGS))
def test_stray_space_enter_esc_write_nothing(qtbot, window, workspace, name):
    dlg = DIALOGS[name](qtbot, window, workspace)
    assert dlg is not None
    _wait_open(qtbot, dlg)
    _settle(qtbot, window)
    before = table_counts(workspace)
    focus = QApplication.focusWidget()
    assert focus is not None and dlg.isAncestorOf(focus), f"focus on {focus!r}"
    assert not isinstance(focus, QPushButton), "the focus starts on a button"
    for b in dlg.findChildren(QPushButton):
        assert not b.isDefault() and not b.autoDefault(), b.text()
    if isinstance(dlg, FormDialog):
        assert dlg._field_of(focus) is not None, "the focus starts outside the fields"

    _press(qtbot, Qt.Key.Key_Space)
    _press(qtbot, Qt.Key.Key_Return)
    _press(qtbot, Qt.Key.Key_Escape)
    _settle(qtbot, window)
    box = getattr(dlg, "discard_box", None)
    if box is not None:  # something was typed: asked, and Esc on the question keeps the form
        assert box.isVisible() and box.text() == "Bỏ những gì đã nhập?"
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
        qtbot.keyClick(box, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: not box.isVisible(), timeout=2000)
        assert dlg.isVisible()
        _press(qtbot, Qt.Key.Key_Escape)  # asked again; this time discard
        box = dlg.discard_box
        qtbot.waitUntil(lambda: box is not None and box.isVisible(), timeout=2000)
        box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=2000)
    _settle(qtbot, window)
    assert getattr(dlg, "result_changes", None) is None
    assert table_counts(workspace) == before


def test_enter_moves_field_to_field_and_never_saves(qtbot, window, workspace):
    dlg = DIALOGS["violation"](qtbot, window, workspace)
    _wait_open(qtbot, dlg)
    _settle(qtbot, window)
    before = table_counts(workspace)
    assert QApplication.focusWidget() is dlg.fields["date"].line  # the first field
    visited = []
    for _ in range(len(dlg.fields) + 2):
        visited.append(dlg._field_of(QApplication.focusWidget()))
        if visited[-1] == "act":
            type_text(dlg.fields["act"], "Đi khỏi nơi cư trú không xin phép")
        _press(qtbot, Qt.Key.Key_Return)
    assert visited[:4] == ["date", "act", "record_number", "handling"]
    assert set(visited[4:]) == {"handling"}  # the last field keeps the focus
    _settle(qtbot, window)
    assert dlg.isVisible() and table_counts(workspace) == before


def test_ctrl_s_saves_a_filled_form(qtbot, window, workspace):
    dlg = DIALOGS["violation"](qtbot, window, workspace)
    _wait_open(qtbot, dlg)
    qtbot.keyClicks(_focused(), "15/5/26")
    _press(qtbot, Qt.Key.Key_Tab)
    type_text(_focused(), "Đi khỏi nơi cư trú không xin phép")
    _press(qtbot, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=5000)
    violations = [e for e in workspace.cases.timeline(dlg.case_id) if e.kind == "violation"]
    assert [e.date for e in violations] == [dt.date(2026, 5, 15)]


def test_esc_on_an_unchanged_form_closes_at_once_and_on_a_changed_one_asks(qtbot, window, workspace):
    dlg = DIALOGS["session"](qtbot, window, workspace)
    _wait_open(qtbot, dlg)
    _press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=2000)
    assert dlg.discard_box is None

    dlg = window.show_page("sessions").new_session()
    _wait_open(qtbot, dlg)
    _press(qtbot, Qt.Key.Key_Tab)
    type_text(_focused(), "Nhà văn hoá")
    _press(qtbot, Qt.Key.Key_Escape)
    box = dlg.discard_box
    assert box is not None and box.isVisible() and dlg.isVisible()
    qtbot.keyClick(box, Qt.Key.Key_Return)  # Enter takes the default answer: keep typing
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=2000)
    assert dlg.isVisible() and dlg.fields["place"].text() == "Nhà văn hoá"
    # put back as it was: nothing changed, Esc closes at once
    dlg.fields["place"].clear()
    _press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=2000)


# -- dates typed as people type them -----------------------------------------------------------

@pytest.fixture
def date_form(qtbot, window, workspace):
    dlg = DIALOGS["violation"](qtbot, window, workspace)
    _wait_open(qtbot, dlg)
    assert QApplication.focusWidget() is dlg.fields["date"].line
    return dlg


@pytest.mark.parametrize("typed", ["1/11/2026", "01112026", "1/11/26", "01/11/2026", "1-11-2026",
                                   "1.11.2026", "2026-11-01", "011126"])
def test_a_date_typed_as_people_type_it(qtbot, date_form, typed):
    field: DateField = date_form.fields["date"]
    qtbot.waitUntil(lambda: field.line.selectedText() == field.line.text(), timeout=2000)  # all selected
    qtbot.keyClicks(field.line, typed)  # replaces the selected date
    assert field.line.text() == typed
    assert field.date() == QDate(2026, 11, 1)
    assert field.shown.text() == "Chủ Nhật, 01/11/2026"
    qtbot.keyClick(field.line, Qt.Key.Key_Tab)
    assert field.line.text() == "01/11/2026" and not date_form.errors["date"].isVisible()
    assert date_form.date("date") == dt.date(2026, 11, 1)


def test_a_pasted_date(qtbot, date_form):
    field: DateField = date_form.fields["date"]
    QApplication.clipboard().setText("2026-11-01 00:00:00")
    qtbot.waitUntil(lambda: field.line.selectedText() == field.line.text(), timeout=2000)
    qtbot.keyClick(field.line, Qt.Key.Key_V, CTRL)
    assert field.date() == QDate(2026, 11, 1) and field.problem() is None
    qtbot.keyClick(field.line, Qt.Key.Key_Tab)
    assert field.line.text() == "01/11/2026"


def test_a_click_selects_the_whole_date(qtbot, date_form):
    field: DateField = date_form.fields["date"]
    date_form.fields["act"].setFocus()
    qtbot.waitUntil(lambda: not field.line.hasFocus(), timeout=2000)
    qtbot.mouseClick(field.line, Qt.MouseButton.LeftButton, pos=field.line.rect().center())
    qtbot.waitUntil(lambda: field.line.selectedText() == field.line.text() != "", timeout=2000)


@pytest.mark.parametrize("typed, message", [("31/02/2026", "ngày không tồn tại: 31/02/2026"),
                                            ("32012026", "ngày không tồn tại: 32012026"),
                                            ("1/11", "ngày không đúng định dạng dd/mm/yyyy: 1/11"),
                                            ("hôm qua", "ngày không đúng định dạng dd/mm/yyyy: hôm qua")])
def test_an_impossible_date_is_refused_beside_the_field_and_blocks_saving(qtbot, window, workspace, date_form,
                                                                          typed, message):
    field: DateField = date_form.fields["date"]
    before = field.date()
    qtbot.waitUntil(lambda: field.line.selectedText() == field.line.text(), timeout=2000)
    type_text(field.line, typed)
    qtbot.keyClick(field.line, Qt.Key.Key_Tab)
    err = date_form.errors["date"]
    assert err.isVisible() and err.text() == message
    assert field.line.text() == typed  # never turned into another date
    assert field.date() == before
    type_text(date_form.fields["act"], "Đi khỏi nơi cư trú không xin phép")
    counts = table_counts(workspace)
    _press(qtbot, Qt.Key.Key_S, CTRL)
    _settle(qtbot, window)
    assert date_form.isVisible() and table_counts(workspace) == counts
    assert QApplication.focusWidget() is field.line  # back to the field to correct
    # corrected: the message goes, Ctrl+S saves
    qtbot.keyClicks(field.line, "1/5/2026")
    qtbot.keyClick(field.line, Qt.Key.Key_Tab)
    assert not err.isVisible()
    _press(qtbot, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: not date_form.isVisible(), timeout=5000)


def test_an_empty_date_is_refused(qtbot, date_form):
    field: DateField = date_form.fields["date"]
    qtbot.keyClick(field.line, Qt.Key.Key_Delete)
    qtbot.keyClick(field.line, Qt.Key.Key_Tab)
    assert date_form.errors["date"].isVisible() and date_form.errors["date"].text() == "không được để trống"


def test_the_calendar_opens_on_alt_down_and_picks_by_keys(qtbot, date_form):
    field: DateField = date_form.fields["date"]
    qtbot.keyClicks(field.line, "01112026")
    qtbot.keyClick(field.line, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    cal = field._calendar
    qtbot.waitUntil(lambda: cal is not None and cal.isVisible(), timeout=2000)
    assert cal.selectedDate() == QDate(2026, 11, 1)
    qtbot.keyClick(_focused(), Qt.Key.Key_Right)
    qtbot.keyClick(_focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not cal.isVisible(), timeout=2000)
    assert field.line.text() == "02/11/2026" and field.date() == QDate(2026, 11, 2)
    assert date_form.isVisible() and QApplication.focusWidget() is field.line
    # Esc closes the calendar only, not the form
    qtbot.keyClick(field.line, Qt.Key.Key_F4)
    qtbot.waitUntil(cal.isVisible, timeout=2000)
    qtbot.keyClick(_focused(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not cal.isVisible(), timeout=2000)
    assert date_form.isVisible() and field.date() == QDate(2026, 11, 2)


def test_the_reports_page_dates_are_typed_too(qtbot, window):
    page = window.show_page("reports")
    qtbot.waitUntil(lambda: page.date_from.isVisible() and not window.ops.busy, timeout=5000)
    for field in (page.date_from, page.date_to):
        qtbot.mouseClick(field.line, Qt.MouseButton.LeftButton, pos=field.line.rect().center())
        qtbot.waitUntil(lambda f=field: f.line.hasFocus() and f.line.selectedText() == f.line.text(), timeout=2000)
        if field is page.date_from:
            qtbot.keyClicks(field.line, "1/1/26")
            qtbot.keyClick(field.line, Qt.Key.Key_Tab)
            assert page.dates()[0] == dt.date(2026, 1, 1)
    before = page.dates()[1]
    type_text(page.date_to.line, "30/02/2026")
    qtbot.keyClick(page.date_to.line, Qt.Key.Key_Tab)
    assert page.date_to.shown.text() == "ngày không tồn tại: 30/02/2026"  # beside the field
    assert page.dates()[1] == before  # not some other date
    _settle(qtbot, window)
    shown = page.view.toPlainText()
    page.preview()  # refused: nothing computed, the focus back on the date to correct
    assert not page._running and not window.ops.busy
    _settle(qtbot, window)
    assert page.view.toPlainText() == shown
    qtbot.waitUntil(lambda: page.date_to.line.hasFocus(), timeout=2000)


def test_no_date_edit_left_in_the_interface(qtbot, window):
    from PySide6.QtWidgets import QDateEdit

    for key in ("overview", "people", "due", "sessions", "tips", "models", "reports", "import", "sync", "admin"):
        try:
            page = window.show_page(key)
        except KeyError:
            continue
        assert not page.findChildren(QDateEdit), key


def test_check_boxes_and_lists_move_on_with_enter(qtbot, window, workspace):
    dlg = DIALOGS["tip"](qtbot, window, workspace)
    _wait_open(qtbot, dlg)
    order = []
    for _ in range(4):
        w = QApplication.focusWidget()
        order.append(dlg._field_of(w))
        if isinstance(w, (QCheckBox, QAbstractButton)):
            assert not w.isChecked()  # Enter does not tick it
        _press(qtbot, Qt.Key.Key_Return)
    assert order == ["received_on", "channel", "anonymous", "reporter_name"]
    assert dlg.isVisible()


def test_stray_keys_in_a_persons_file_press_no_button(qtbot, window, workspace):
    file = _person_file(qtbot, window, workspace)
    _wait_open(qtbot, file)
    _settle(qtbot, window)
    before = table_counts(workspace)
    assert isinstance(_focused(), type(file.case_table)) and _focused() is file.case_table
    for b in file.findChildren(QPushButton):
        assert not b.isDefault() and not b.autoDefault(), b.text()
    _press(qtbot, Qt.Key.Key_Space)
    _press(qtbot, Qt.Key.Key_Return)
    _settle(qtbot, window)
    # Enter on the selected case opens it for correcting (the table's own action, no button):
    # a form, which a further stray Esc closes with nothing written
    dlg = getattr(file, "_dialog", None)
    assert isinstance(dlg, R.CaseDialog) and dlg.case is not None, dlg
    _wait_open(qtbot, dlg)
    _press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=2000)
    _settle(qtbot, window)
    assert file.isVisible() and table_counts(workspace) == before


def test_a_date_outside_the_fields_bounds_is_refused(qtbot, date_form):
    field: DateField = date_form.fields["date"]
    field.setMaximumDate(QDate(2026, 5, 20))
    qtbot.waitUntil(lambda: field.line.selectedText() == field.line.text(), timeout=2000)
    qtbot.keyClicks(field.line, "21/5/2026")
    qtbot.keyClick(field.line, Qt.Key.Key_Tab)
    assert date_form.errors["date"].text() == "phải từ 01/01/1880 đến 20/05/2026"
    field.setFocus()
    qtbot.waitUntil(lambda: field.line.selectedText() == field.line.text(), timeout=2000)
    qtbot.keyClicks(field.line, "20/5/2026")
    qtbot.keyClick(field.line, Qt.Key.Key_Tab)
    assert not date_form.errors["date"].isVisible() and field.date() == QDate(2026, 5, 20)


def test_an_optional_date_may_be_left_empty(qtbot):
    class Form(FormDialog):
        def __init__(self):
            super().__init__(None, "Ngày không bắt buộc")
            self.add_date("established_on", "Ngày thành lập", optional=True)
            self.add_line("name", "Tên")

    form = Form()
    qtbot.addWidget(form)
    form.show()
    _wait_open(qtbot, form)
    field: DateField = form.fields["established_on"]
    assert QApplication.focusWidget() is field.line and field.line.text() == ""
    qtbot.keyClick(field.line, Qt.Key.Key_Tab)
    assert field.line.text() == "" and field.problem() is None and form.date("established_on") is None
    field.setFocus()
    qtbot.keyClicks(field.line, "1/11/26")
    qtbot.keyClick(field.line, Qt.Key.Key_Tab)
    assert form.date("established_on") == dt.date(2026, 11, 1)
    field.setFocus()
    qtbot.waitUntil(lambda: field.line.selectedText() == field.line.text(), timeout=2000)
    qtbot.keyClick(field.line, Qt.Key.Key_Delete)
    qtbot.keyClick(field.line, Qt.Key.Key_Tab)
    assert field.line.text() == "" and form.date("established_on") is None and not form.errors["established_on"].isVisible()


def test_enter_in_the_empty_qr_field_moves_on_without_an_error(qtbot, window, workspace):
    dlg = DIALOGS["person_new"](qtbot, window, workspace)
    _wait_open(qtbot, dlg)
    assert QApplication.focusWidget() is dlg.fields["full_name"]
    _press(qtbot, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is dlg.qr
    _press(qtbot, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is dlg.fields["full_name"]
    assert not dlg.errors["qr"].isVisible() and not dlg.banner.isVisible()


@pytest.mark.parametrize("name", list(DIALOGS))
def test_ctrl_s_on_an_untouched_form_writes_nothing_and_says_so(qtbot, window, workspace, name):
    """A stray Ctrl+S right after opening: no empty session, no rule "changed" to what it was,
    no record with only the form's own defaults; the form says why and stays open."""
    dlg = DIALOGS[name](qtbot, window, workspace)
    _wait_open(qtbot, dlg)
    _settle(qtbot, window)
    before = table_counts(workspace)
    _ctrl_s(qtbot)
    _settle(qtbot, window)
    assert table_counts(workspace) == before
    assert dlg.isVisible() and getattr(dlg, "result_changes", None) is None
    question = getattr(dlg, "_question", None)
    if question is not None:  # a form that asks before it writes (closing a case): the safe answer
        assert question.isVisible() and question.defaultButton() is question.button(QMessageBox.StandardButton.Cancel)
        qtbot.keyClick(question, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not question.isVisible(), timeout=2000)
        _settle(qtbot, window)
        assert table_counts(workspace) == before
    elif isinstance(dlg, FormDialog):  # said why: beside the first empty required field, else above them all
        said = {n: e.text() for n, e in dlg.errors.items() if e.isVisible()}
        if said:
            assert list(said.values())[0] == "không được để trống", said
            assert QApplication.focusWidget() is dlg.fields[list(said)[0]]
        else:
            assert dlg.banner.isVisible() and dlg.banner.text().startswith("Chưa nhập hoặc sửa gì"), dlg.banner.text()
    _press(qtbot, Qt.Key.Key_Escape)  # nothing changed: closes at once
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=2000)
