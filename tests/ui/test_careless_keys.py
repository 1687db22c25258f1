"""A careless user at the keyboard: stray keys on the login and lock screens, in dialogs and
pages, never do anything harmful (no attempt counted, nothing written), and say why."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog

from tests.conftest import CHIEF, CHIEF_PASSWORD
from tests.ui.conftest import type_text


def test_enter_on_an_empty_lock_password_is_no_failed_attempt(qtbot, window, workspace):
    lock = window.lock()
    qtbot.waitExposed(lock)
    for _ in range(7):  # more stray Enters than the failures that lock an account
        QTest.keyClick(lock.password, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: lock.ok.isEnabled() and lock.error.isVisible(), timeout=5000)
        assert lock.error.text() == "Chưa nhập mật khẩu." and lock.focusWidget() is lock.password
    assert not workspace._slots.data["lockout"].get(CHIEF, {}).get("failures")
    type_text(lock.password, CHIEF_PASSWORD)
    QTest.keyClick(lock.password, Qt.Key.Key_Return)
    qtbot.waitUntil(window.isVisible, timeout=5000)


def test_enter_on_an_empty_login_password_is_no_failed_attempt(qtbot, workspace, ops):
    from desktop_app.ui.login import LoginDialog

    dlg = LoginDialog(workspace.data_dir, ops, username=CHIEF)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    assert dlg.focusWidget() is dlg.password
    for _ in range(7):
        QTest.keyClick(dlg.password, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: dlg.ok.isEnabled() and dlg.error.isVisible(), timeout=5000)
        assert dlg.error.text() == "Chưa nhập mật khẩu." and dlg.focusWidget() is dlg.password
    assert dlg.workspace is None
    type_text(dlg.password, CHIEF_PASSWORD)
    QTest.keyClick(dlg.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dlg.workspace is not None, timeout=10000)
    dlg.workspace.close()


def _ctrl_s(widget):
    """Ctrl+S as a keyboard sends it (its text the control character, not QTest's "s" that a
    drop-down list takes for a search)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier, "\x13"))


def _tab_cycle(qtbot, start, limit=60):
    """The widgets Tab visits from `start` until it comes back (real Tab key events)."""
    from PySide6.QtWidgets import QApplication

    seen = []
    w = start
    for _ in range(limit):
        qtbot.keyClick(w, Qt.Key.Key_Tab)
        w = QApplication.focusWidget()
        if w is start or w in seen:
            break
        seen.append(w)
    return seen


def test_tab_in_the_persons_file_never_stops_on_the_invisible_scroll_area(qtbot, window, workspace):
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QScrollArea

    from tests.conftest import add_person, open_case

    pid = add_person(workspace, "Phạm Văn Đức", birth_date="1980")
    open_case(workspace, pid, "suspended_sentence", term_months=24)
    file = window.open_person(pid)
    qtbot.waitUntil(lambda: file.person is not None and file.case_table.rowCount() == 1, timeout=5000)
    qtbot.waitUntil(file.isActiveWindow, timeout=5000)
    assert file.focusWidget() is file.case_table
    stops = _tab_cycle(qtbot, file.case_table)
    assert not [w for w in stops if isinstance(w, QScrollArea)], stops
    # every stop is a control a person sees the focus on: a table or a button
    assert all(isinstance(w, (QAbstractItemView, QAbstractButton)) for w in stops), stops
    assert file.buttons["visit"] in stops and file.timeline in stops


def test_enter_on_a_due_item_opens_a_form_that_names_the_person(qtbot, window, workspace):
    """The form covers the list: its title says whose visit or assessment is being written."""
    import datetime as dt

    from PySide6.QtWidgets import QApplication

    from tests.conftest import TODAY, add_person, open_case

    for name in ("Phạm Văn Đức", "Hoàng Văn Nam"):
        pid = add_person(workspace, name, birth_date="1980")
        open_case(workspace, pid, "suspended_sentence", term_months=24,
                  start_date=TODAY - dt.timedelta(days=90), decision_date=TODAY - dt.timedelta(days=95))
    page = window.show_page("due")
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.refresh()
    for kind in ("visit", "assessment"):
        item = [i for i in page.model.items if i.kind == kind and i.full_name == "Hoàng Văn Nam"][0]
        page.table.setFocus()
        page.table.selectRow(page.model.row_of(item))
        QTest.keyClick(page.table, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QDialog), timeout=5000)
        dlg = QApplication.activeModalWidget()
        assert "Hoàng Văn Nam" in dlg.windowTitle(), dlg.windowTitle()
        qtbot.waitUntil(dlg.isActiveWindow, timeout=5000)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda d=dlg: not d.isVisible(), timeout=5000)


def test_after_a_window_closes_the_keys_work_in_the_one_beneath(qtbot, window, workspace):
    """Without a window manager (or with one slow to do it) nothing gives the focus back when a
    window closes: the app does, so the next key is never lost. A question answered with
    Enter gives it back to its form; the file closed with Esc gives it back to the main window,
    where Alt+3 then works."""
    import datetime as dt

    from PySide6.QtWidgets import QApplication

    from desktop_app.ui.dialogs import records as R
    from tests.conftest import TODAY, add_person, open_case

    pid = add_person(workspace, "Phạm Văn Đức", birth_date="1980")
    open_case(workspace, pid, "suspended_sentence", term_months=24,
              start_date=TODAY - dt.timedelta(days=90), decision_date=TODAY - dt.timedelta(days=95))
    window.show_page("people")
    file = window.open_person(pid)
    qtbot.waitUntil(lambda: file.current_case() is not None and file.isActiveWindow(), timeout=5000)
    file.act("close")
    dlg = file._dialog
    assert isinstance(dlg, R.CloseCaseDialog)
    qtbot.waitUntil(dlg.isActiveWindow, timeout=5000)
    _ctrl_s(QApplication.focusWidget())
    box = dlg._question
    qtbot.waitUntil(lambda: box.isActiveWindow(), timeout=5000)
    QTest.keyClick(box, Qt.Key.Key_Return)  # "Không kết thúc"
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and dlg.isAncestorOf(QApplication.focusWidget()),
                    timeout=5000)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # the form: closed at once
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=5000)
    qtbot.waitUntil(file.isActiveWindow, timeout=5000)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # the file
    qtbot.waitUntil(lambda: not file.isVisible(), timeout=5000)
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert window.stack.currentWidget() is window.due


def test_ctrl_s_with_nobody_ticked_adds_nobody_and_says_so(qtbot, window, workspace):
    from PySide6.QtWidgets import QApplication

    from tests.conftest import TODAY, add_person, table_counts

    workspace.sessions.create({"date": TODAY, "place": "Hội trường thôn Đông", "topic": "Răn đe"})
    add_person(workspace, "Hoàng Văn Nam", birth_date="1998")
    page = window.show_page("sessions")
    qtbot.waitUntil(lambda: page.sessions_model.rowCount() == 1, timeout=5000)
    page.sessions_table.selectRow(0)
    qtbot.waitUntil(lambda: page.current is not None, timeout=5000)
    dlg = page.pick()
    qtbot.waitUntil(dlg.isActiveWindow, timeout=5000)
    before = table_counts(workspace)
    _ctrl_s(QApplication.focusWidget())
    qtbot.waitUntil(lambda: not window.ops.busy, timeout=5000)
    assert table_counts(workspace) == before and dlg.isVisible()
    assert dlg.error.text().startswith("Chưa chọn người nào")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # nobody ticked: closes at once
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=5000)


def test_a_new_case_has_no_category_until_one_is_chosen(qtbot, window, workspace):
    """The first category of the list was chosen for the person: typing only the decision's
    number and Ctrl+S opened a "Giáo dục tại xã" case nobody chose."""
    from PySide6.QtWidgets import QApplication

    from tests.conftest import add_person, table_counts

    pid = add_person(workspace, "Phạm Văn Đức", birth_date="1980")
    file = window.open_person(pid)
    qtbot.waitUntil(lambda: file.person is not None and file.isActiveWindow(), timeout=5000)
    file.act("new_case")
    dlg = file._dialog
    qtbot.waitUntil(dlg.isActiveWindow, timeout=5000)
    combo = dlg.fields["category"]
    assert QApplication.focusWidget() is combo and combo.currentData() is None
    QTest.keyClick(combo, Qt.Key.Key_Return)  # on to the decision's number
    type_text(QApplication.focusWidget(), "15/QĐ-UBND")
    before = table_counts(workspace)
    _ctrl_s(QApplication.focusWidget())
    qtbot.waitUntil(lambda: not window.ops.busy, timeout=5000)
    assert table_counts(workspace) == before and dlg.isVisible()
    assert dlg.errors["category"].isVisible() and dlg.errors["category"].text() == "không được để trống"
    assert QApplication.focusWidget() is combo
    QTest.keyClick(combo, Qt.Key.Key_Down)  # a category chosen by a key: the form goes on as before
    assert combo.currentData() is not None


def test_ctrl_l_locks_from_a_form_and_the_password_never_lands_in_a_field(qtbot, window, workspace):
    """The status bar says "Khóa (Ctrl+L)": from an open form it did nothing, and the password
    typed next went into the form's field, in clear."""
    from PySide6.QtWidgets import QApplication

    window.new_person()
    dlg = window._new_person_dialog
    qtbot.waitUntil(dlg.isActiveWindow, timeout=5000)
    name = dlg.fields["full_name"]
    assert QApplication.focusWidget() is name
    type_text(name, "Lê Văn Bình")
    QTest.keyClick(name, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window._lock_dialog is not None and window._lock_dialog.isVisible(), timeout=5000)
    lock = window._lock_dialog
    assert not dlg.isVisible() and not window.isVisible()  # hidden, the typing kept
    qtbot.waitUntil(lock.isActiveWindow, timeout=5000)
    type_text(QApplication.focusWidget(), CHIEF_PASSWORD)
    assert lock.password.text() == CHIEF_PASSWORD and name.text() == "Lê Văn Bình"
    QTest.keyClick(lock.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dlg.isVisible() and dlg.isActiveWindow(), timeout=5000)
    assert QApplication.focusWidget() is name  # typing goes on where it stopped
    type_text(name, " Hai")
    assert name.text() == "Lê Văn Bình Hai"


def test_a_form_discarded_from_a_persons_file_gives_the_keys_back_to_the_file(qtbot, window, workspace):
    """Esc on a typed visit, "Bỏ, đóng hộp này": the person's file is where the keys go next,
    not the main window behind it."""
    import datetime as dt

    from PySide6.QtWidgets import QApplication, QMessageBox

    from tests.conftest import TODAY, add_person, open_case

    pid = add_person(workspace, "Phạm Văn Đức", birth_date="1980")
    open_case(workspace, pid, "suspended_sentence", term_months=24,
              start_date=TODAY - dt.timedelta(days=90), decision_date=TODAY - dt.timedelta(days=95))
    file = window.open_person(pid)
    qtbot.waitUntil(lambda: file.current_case() is not None and file.isActiveWindow(), timeout=5000)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: getattr(file, "_dialog", None) is not None and file._dialog.isActiveWindow(), timeout=5000)
    dlg = file._dialog
    type_text(QApplication.focusWidget(), "Đến nhà")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    box = dlg.discard_box
    qtbot.waitUntil(lambda: box is not None and box.isActiveWindow(), timeout=5000)
    QTest.keyClick(box, Qt.Key.Key_Tab)  # from "Không, nhập tiếp" to "Bỏ, đóng hộp này"
    assert QApplication.focusWidget() is box.button(QMessageBox.StandardButton.Yes)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is not None, timeout=5000)
    assert QApplication.activeWindow() is file


def test_ctrl_g_on_a_person_without_a_case_says_why_nothing_opens(qtbot, window, workspace):
    from PySide6.QtWidgets import QApplication, QMessageBox

    from tests.conftest import add_person, table_counts

    pid = add_person(workspace, "Hoàng Văn Nam", birth_date="1998")
    file = window.open_person(pid)
    qtbot.waitUntil(lambda: file.person is not None and file.isActiveWindow(), timeout=5000)
    before = table_counts(workspace)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox), timeout=5000)
    box = QApplication.activeModalWidget()
    assert box.text() == "Hoàng Văn Nam chưa có hồ sơ quản lý nào: lập hồ sơ trước (nút “Lập hồ sơ mới”)."
    QTest.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not box.isVisible() and file.isActiveWindow(), timeout=5000)
    assert table_counts(workspace) == before


def test_tab_into_a_list_with_nothing_selected_selects_the_row_it_shows(qtbot, window, workspace):
    """Tab onto the rules: the first cell had the focus frame but no row was selected, so Enter
    (edit the selected rule) did nothing, and Down selected the second rule."""
    from PySide6.QtWidgets import QApplication

    page = window.show_page("admin")
    page.refresh()
    qtbot.waitUntil(lambda: page.rules.model.rowCount() > 0 and not window.ops.busy, timeout=5000)
    rules = page.rules
    page.tabs.setCurrentWidget(rules)
    qtbot.waitUntil(rules.isVisible, timeout=5000)
    rules.table.clearSelection()
    start = rules.table.previousInFocusChain()
    while not (start.focusPolicy() & Qt.FocusPolicy.TabFocus and start.isVisible() and start.isEnabled()):
        start = start.previousInFocusChain()
    start.setFocus()
    QTest.keyClick(start, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is rules.table
    assert [i.row() for i in rules.table.selectionModel().selectedRows()] == [rules.table.currentIndex().row()]
    QTest.keyClick(rules.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: getattr(rules, "_dialog", None) is not None and rules._dialog.isVisible(), timeout=5000)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
