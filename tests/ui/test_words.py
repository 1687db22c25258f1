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


def test_officers_by_full_name_in_the_due_list_and_the_persons_file(qtbot, window, workspace, add_officer):
    from desktop_app.ui.pages.due import DueTableModel
    from desktop_app.ui.texts import officer_text
    from tests.conftest import add_person, open_case

    add_officer("canbo.duc", full_name="Nguyễn Văn Đức")
    from desktop_app.core.services.changes import Changes

    window.ops.operation_did_execute.emit(Changes(users=True), None)  # as after the Administration's write
    qtbot.waitUntil(lambda: officer_text("canbo.duc") == "Nguyễn Văn Đức", timeout=5000)
    pid = add_person(workspace, "Lê Văn Cường")
    open_case(workspace, pid, officer="canbo.duc", term_months=6, start_date="2026-01-10")
    dlg = window.open_person(pid)  # the person's file: the case's officer by name too
    qtbot.waitUntil(lambda: dlg.person is not None and dlg.case_table.rowCount() == 1, timeout=5000)
    assert dlg.case_table.item(0, 6).text() == "Nguyễn Văn Đức"
    assert "canbo.duc" in dlg.case_table.item(0, 6).toolTip()
    dlg.close()
    items = [i for i in workspace.due.list() if i.officer == "canbo.duc"]
    assert items
    m = DueTableModel()
    m.set_items(items)
    row = next(r for r in range(m.rowCount()) if m.data(m.index(r, 3)) == "Lê Văn Cường")
    assert m.data(m.index(row, 5)) == "Nguyễn Văn Đức"
    assert "canbo.duc" in m.data(m.index(row, 5), Qt.ItemDataRole.ToolTipRole)


# -- Qt's own dialogs in Vietnamese ---------------------------------------------------------------
import os  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from tests.ui.conftest import compiled_catalogues  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def vietnamese_catalogues(qapp, tmp_path, monkeypatch):
    """The app's translators as it installs them at start, from the committed .ts files."""
    for loaded in compiled_catalogues(qapp, tmp_path, monkeypatch, "vi"):
        assert any(p.endswith("qtbase_vi.qm") for p in loaded)
        yield



def _shot(widget, name: str) -> None:
    """Keeps a picture for a person to look at when WARDBOOK_SHOTS names a folder."""
    folder = os.environ.get("WARDBOOK_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def test_qt_file_dialog_strings_are_vietnamese_once_the_apps_translators_are_installed(vietnamese_catalogues):
    from PySide6.QtCore import QCoreApplication

    tr = QCoreApplication.translate
    assert tr("QFileDialog", "Look in:") == "Tìm trong:"
    assert tr("QFileDialog", "&Look in:") == "&Tìm trong:"
    assert tr("QFileDialog", "File &name:") == "&Tên tệp:"
    assert tr("QFileDialog", "Files of type:") == "Loại tệp:"
    assert tr("QFileDialog", "&Save") == "&Lưu"
    assert tr("QFileSystemModel", "Date Modified") == "Ngày sửa"
    assert tr("QPrintPreviewDialog", "Print Preview") == "Xem trước khi in"


def test_the_apps_file_dialog_is_qts_own_and_reads_vietnamese(qtbot, vietnamese_catalogues, tmp_path, monkeypatch):
    """ask_xlsx_path (every "Xuất Excel") opens Qt's own dialog: its labels and buttons are
    Vietnamese, and Esc cancels with nothing chosen."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QPushButton, QTreeView, QWidget

    from desktop_app.ui.exporting import ask_xlsx_path

    (tmp_path / "Báo cáo tháng.xlsx").write_bytes(b"")
    monkeypatch.setattr("desktop_app.ui.exporting.default_path", lambda stem: str(tmp_path / f"{stem}.xlsx"))
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: dict = {}

    def look() -> None:
        qtbot.waitUntil(lambda: any(isinstance(w, QFileDialog) and w.isVisible()
                                    for w in QApplication.topLevelWidgets()), timeout=5000)
        dlg = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible())
        dlg.resize(900, 560)

        def listed() -> set:  # the folder's files are listed off the UI thread
            return {tree.model().index(r, 0, tree.rootIndex()).data() for tree in dlg.findChildren(QTreeView)
                    for r in range(tree.model().rowCount(tree.rootIndex()))}

        qtbot.waitUntil(lambda: "Báo cáo tháng.xlsx" in listed(), timeout=5000)
        seen["native"] = not dlg.testOption(QFileDialog.Option.DontUseNativeDialog)
        seen["labels"] = {w.text() for w in dlg.findChildren(QLabel) if w.isVisible()}
        seen["buttons"] = {w.text() for w in dlg.findChildren(QPushButton) if w.isVisible()}
        seen["headers"] = set()
        for tree in dlg.findChildren(QTreeView):
            h = tree.header()
            seen["headers"] |= {tree.model().headerData(i, Qt.Orientation.Horizontal) for i in range(h.count())}
        seen["types"] = {tree.model().index(r, 2, tree.rootIndex()).data() for tree in dlg.findChildren(QTreeView)
                         for r in range(tree.model().rowCount(tree.rootIndex()))}
        _shot(dlg, "file_dialog")
        QTest.keyClick(dlg, Qt.Key.Key_Escape)

    QTimer.singleShot(0, look)
    assert ask_xlsx_path(parent, "danh-sach") is None  # Esc: nothing chosen
    assert seen["native"] is False
    assert {"&Tìm trong:", "&Tên tệp:", "&Loại tệp:"} <= seen["labels"], seen["labels"]
    assert {"&Lưu", "Hủy"} <= seen["buttons"], seen["buttons"]
    assert {"Tên", "Kích thước", "Ngày sửa"} <= seen["headers"], seen["headers"]
    assert "Thư mục" in seen["types"] and "Folder" not in seen["types"], seen["types"]
    assert not {"&Look in:", "File &name:", "Files of &type:", "&Save", "Cancel"} & (seen["labels"] | seen["buttons"])


def test_print_preview_reads_vietnamese(qtbot, vietnamese_catalogues):
    from PySide6.QtGui import QTextDocument
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
    from PySide6.QtWidgets import QToolBar

    printer = QPrinter()
    doc = QTextDocument("Biên bản")
    dlg = QPrintPreviewDialog(printer)
    qtbot.addWidget(dlg)
    dlg.paintRequested.connect(doc.print_)
    dlg.resize(900, 600)
    dlg.show()
    qtbot.waitExposed(dlg)
    texts = {a.text() for bar in dlg.findChildren(QToolBar) for a in bar.actions() if a.text()}
    _shot(dlg, "print_preview")
    assert dlg.windowTitle() == "Xem trước khi in"
    assert {"Trang sau", "Trang trước", "Phóng to", "Thu nhỏ", "In", "Thiết lập trang"} <= texts, texts
    assert not {"Next page", "Print", "Zoom in", "Page setup"} & texts
    dlg.close()


def test_report_page_starts_on_the_period_holding_today_by_the_chosen_count(qtbot, workspace, ops):
    import datetime as dt

    from desktop_app.ui.pages.reports import ReportsPage
    from tests.conftest import pin_today

    pin_today(workspace, dt.date(2026, 5, 20))  # after the 14th: the June report by the cut-off
    page = ReportsPage(workspace, ops)
    qtbot.addWidget(page)
    page.kind.setCurrentIndex(page.kind.findText("Tháng"))
    assert page.index.currentText() == "Tháng 6"
    assert (page.date_from.text(), page.date_to.text()) == ("15/05/2026", "14/06/2026")
    assert page.period_hint.text() == ("Báo cáo tháng 6 năm 2026: từ 15/05/2026 đến 14/06/2026 "
                                       "(theo kỳ báo cáo của Chính phủ), 31 ngày")
    page.convention.setCurrentIndex(page.convention.findData("calendar"))
    page.kind.setCurrentIndex(page.kind.findText("Quý"))
    assert page.index.currentText() == "Quý II"
    assert (page.date_from.text(), page.date_to.text()) == ("01/04/2026", "30/06/2026")


def test_page_setup_from_the_preview_reads_vietnamese(qtbot, vietnamese_catalogues):
    from PySide6.QtPrintSupport import QPageSetupDialog, QPrinter
    from PySide6.QtWidgets import QGroupBox, QLabel

    printer = QPrinter()
    dlg = QPageSetupDialog(printer)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    texts = {w.text() for w in dlg.findChildren(QLabel) if w.isVisible()}
    texts |= {w.title() for w in dlg.findChildren(QGroupBox) if w.isVisible()}
    _shot(dlg, "page_setup")
    assert {"Cỡ giấy:", "Rộng:", "Cao:", "Hướng giấy", "Lề", "Số trang mỗi &tờ:", "&Thứ tự trang:"} <= texts, texts
    assert not {"Page size:", "Width:", "Orientation", "Margins"} & texts
    dlg.reject()
