"""Words people use (issue 13, item 6): officers by full name, the lock and login messages, Qt's
own dialogs in Vietnamese, report periods explained."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.conftest import CHIEF, CHIEF_PASSWORD
from tests.ui.conftest import type_text


def test_ctrl_l_lock_names_the_user_and_says_they_locked_it(qtbot, window, workspace):
    window.activateWindow()
    window.setFocus()
    QTest.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window._lock_dialog is not None and window._lock_dialog.isVisible(), timeout=5000)
    lock = window._lock_dialog
    head = lock.findChild(type(lock.error), "lock_user")
    msg = lock.findChild(type(lock.error), "lock_message")
    assert head.text() == "Đã khóa — Nguyễn Văn Trưởng" and head.toolTip() == f"Tên đăng nhập: {CHIEF}"
    assert "Nguyễn Văn Trưởng" in lock.windowTitle() and CHIEF not in lock.windowTitle()
    assert "không thao tác" not in msg.text() and "Bạn đã khóa màn hình" in msg.text()
    # a wrong password: no user name was asked, so none is blamed
    type_text(lock.password, "sai-mat-khau-1")
    QTest.keyClick(lock.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lock.error.isVisible, timeout=5000)
    assert lock.error.text() == "Sai mật khẩu." and lock.focusWidget() is lock.password
    type_text(lock.password, CHIEF_PASSWORD)
    QTest.keyClick(lock.password, Qt.Key.Key_Return)
    qtbot.waitUntil(window.isVisible, timeout=5000)
    # the status bar names the user too, the login in its tooltip
    assert "Nguyễn Văn Trưởng" in window.user_label.text() and CHIEF not in window.user_label.text()
    assert CHIEF in window.user_label.toolTip()


def test_idle_lock_says_it_locked_itself(qtbot, window):
    window.idle.timeout.emit()
    qtbot.waitUntil(lambda: window._lock_dialog is not None and window._lock_dialog.isVisible(), timeout=5000)
    msg = window._lock_dialog.findChild(type(window._lock_dialog.error), "lock_message")
    assert "tự khóa do không thao tác" in msg.text()
    type_text(window._lock_dialog.password, CHIEF_PASSWORD)
    window._lock_dialog.try_unlock()
    qtbot.waitUntil(window.isVisible, timeout=5000)


def test_login_without_a_name_says_the_name_is_missing(qtbot, workspace, ops):
    from desktop_app.ui.login import LoginDialog

    dlg = LoginDialog(workspace.data_dir, ops)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.password.setFocus()
    type_text(dlg.password, "sai-mat-khau-1")
    QTest.keyClick(dlg.password, Qt.Key.Key_Return)
    qtbot.waitUntil(dlg.error.isVisible, timeout=5000)
    assert dlg.error.text() == "Chưa nhập tên đăng nhập." and dlg.focusWidget() is dlg.username
    assert dlg.workspace is None
    # with a name, a wrong password may blame either
    type_text(dlg.username, CHIEF)
    dlg.password.setFocus()
    type_text(dlg.password, "sai-mat-khau-2")
    QTest.keyClick(dlg.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dlg.ok.isEnabled() and "Sai tên đăng nhập hoặc mật khẩu" in dlg.error.text(), timeout=10000)


def test_officers_by_full_name_in_the_due_list(qtbot, window, workspace, add_officer):
    from desktop_app.ui.pages.due import DueTableModel
    from desktop_app.ui.texts import officer_text
    from tests.conftest import add_person, open_case

    add_officer("canbo.duc", full_name="Nguyễn Văn Đức")
    from desktop_app.core.services.changes import Changes

    window.ops.operation_did_execute.emit(Changes(users=True), None)  # as after the Administration's write
    qtbot.waitUntil(lambda: officer_text("canbo.duc") == "Nguyễn Văn Đức", timeout=5000)
    pid = add_person(workspace, "Lê Văn Cường")
    open_case(workspace, pid, officer="canbo.duc", term_months=6, start_date="2026-01-10")
    items = [i for i in workspace.due.list() if i.officer == "canbo.duc"]
    assert items
    m = DueTableModel()
    m.set_items(items)
    row = next(r for r in range(m.rowCount()) if m.data(m.index(r, 3)) == "Lê Văn Cường")
    assert m.data(m.index(row, 5)) == "Nguyễn Văn Đức"
    assert "canbo.duc" in m.data(m.index(row, 5), Qt.ItemDataRole.ToolTipRole)
