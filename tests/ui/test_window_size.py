"""The main window on a small screen: maximized the first time, then where and as large as the
user left it on this computer (QSettings beside the language setting, not in the register);
its minimum size fits a 1366×768 screen with a taskbar at 125 % scaling (about 1093×546
logical pixels inside the frame), every page inside it, the status bar visible."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from desktop_app.ui.main_window import MainWindow

# 1366×768 at 125 %: 1093×614 logical, minus a taskbar (≈ 38) and a title bar (≈ 30)
SMALL = QSize(1093, 546)


@pytest.fixture
def config(tmp_path, monkeypatch):
    monkeypatch.setenv("WARDBOOK_CONFIG_DIR", str(tmp_path / "cấu hình"))
    return tmp_path / "cấu hình"


def _window(qtbot, workspace, ops) -> MainWindow:
    win = MainWindow(workspace, ops, idle_minutes=60)
    qtbot.addWidget(win)
    return win


def test_maximized_the_first_time_then_as_it_was_left(qtbot, workspace, ops, config):
    win = _window(qtbot, workspace, ops)
    win.show_restored()
    qtbot.waitExposed(win)
    assert win.isMaximized()
    win.showNormal()
    win.setGeometry(10, 20, 780, 540)  # inside the 800×600 offscreen screen
    qtbot.waitUntil(lambda: win.size() == QSize(780, 540), timeout=3000)
    win.close()
    assert (config / "window.ini").is_file()
    again = _window(qtbot, workspace, ops)
    again.show_restored()
    qtbot.waitExposed(again)
    assert not again.isMaximized() and again.size() == QSize(780, 540)
    # left maximized: maximized again
    again.showMaximized()
    qtbot.waitUntil(again.isMaximized, timeout=3000)
    again.close()
    third = _window(qtbot, workspace, ops)
    third.show_restored()
    qtbot.waitExposed(third)
    assert third.isMaximized()
    third.close()


def test_a_damaged_setting_falls_back_to_maximized(qtbot, workspace, ops, config):
    config.mkdir(parents=True)
    (config / "window.ini").write_text("[main_window]\ngeometry=not a geometry\n", encoding="utf-8")
    win = _window(qtbot, workspace, ops)
    win.show_restored()
    qtbot.waitExposed(win)
    assert win.isMaximized()


def test_a_test_or_screenshot_window_leaves_the_setting_alone(qtbot, window, config):
    window.close()  # shown with show(), not show_restored(): nothing saved
    assert not (config / "window.ini").exists()


def test_every_page_fits_a_small_screen_with_the_status_bar_visible(qtbot, window):
    window.resize(SMALL)
    qtbot.waitUntil(lambda: window.size() == SMALL, timeout=3000)
    for key, page in window.pages.items():
        window.show_page(key)
        QApplication.processEvents()
        hint = window.minimumSizeHint().expandedTo(window.minimumSize())
        assert hint.width() <= SMALL.width() and hint.height() <= SMALL.height(), key
        assert window.size() == SMALL, key  # the page did not push the window larger
        sb = window.statusBar()
        assert sb.isVisible() and sb.geometry().bottom() < window.height(), key
        assert window.lock_btn.isVisible() and window.lock_btn.mapTo(window, window.lock_btn.rect().bottomRight()).x() < SMALL.width()
        # the page is as wide as its area: no sideways scrolling on the daily pages
        if key in ("overview", "people", "due", "sessions", "tips", "models", "reports"):
            assert page.minimumSizeHint().width() <= window.page_area.viewport().width(), key
            assert not window.page_area.horizontalScrollBar().isVisible(), key


def test_the_persons_file_fits_a_small_screen_and_scrolls_to_every_action(qtbot, workspace, ops):
    """The person's file on 1366×768 at 125 %: never larger than the screen's free area, its
    content scrolls, and every action can be scrolled into view (it was cut off below the
    screen's edge)."""
    from PySide6.QtWidgets import QPushButton, QScrollArea

    from desktop_app.ui.pages.person_file import PersonFileDialog
    from tests.conftest import add_person

    pid = add_person(workspace, "Trần Văn Bình", birth_date="1990")
    dlg = PersonFileDialog(workspace, ops, pid)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    free = dlg.screen().availableGeometry()
    assert dlg.width() <= free.width() and dlg.height() <= free.height()
    dlg.resize(SMALL)
    qtbot.waitUntil(lambda: dlg.size() == SMALL, timeout=3000)
    hint = dlg.minimumSizeHint().expandedTo(dlg.minimumSize())
    assert hint.width() <= SMALL.width() and hint.height() <= SMALL.height()
    scroll = dlg.findChild(QScrollArea, "person_file_scroll")
    for b in dlg.findChildren(QPushButton):
        if not b.isVisibleTo(dlg):
            continue
        scroll.ensureWidgetVisible(b)
        QApplication.processEvents()
        top_left = b.mapTo(scroll.viewport(), b.rect().topLeft())
        bottom_right = b.mapTo(scroll.viewport(), b.rect().bottomRight())
        assert scroll.viewport().rect().contains(top_left) and scroll.viewport().rect().contains(bottom_right), \
            b.text()
    dlg.close()
