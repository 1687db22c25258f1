"""`make run` starts this window; until the desktop-app issue lands it is a placeholder that
names the data folder. Real widget under pytest-qt, offscreen."""

from desktop_app.ui.app import PlaceholderWindow


def test_placeholder_window_shows_data_dir(qtbot, tmp_path):
    win = PlaceholderWindow(str(tmp_path))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    assert "WardBook" in win.windowTitle()
    texts = " ".join(w.text() for w in win.findChildren(type(win.centralWidget().layout().itemAt(1).widget())))
    assert str(tmp_path) in texts
