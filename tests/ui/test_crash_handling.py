"""The last line of defence: a crash of the process leaves the stacks in the data folder's
logs/, an uncaught Python error (in a Qt slot too) shows a Vietnamese message box, is logged,
and the window stays with what the user typed."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton

from desktop_app.ui import crash

ROOT = Path(__file__).resolve().parents[2]  # the worktree: the child imports this code


@pytest.fixture
def hooks(data_dir):
    logs = crash.install(data_dir)
    yield logs
    crash.uninstall()


def test_a_segmentation_fault_leaves_its_stack_in_the_logs(tmp_path):
    data = tmp_path / "dữ liệu"
    code = textwrap.dedent(f"""
        import faulthandler
        from pathlib import Path
        from desktop_app.ui import crash
        crash.install(Path({str(data)!r}))
        def deep_in_the_app():
            faulthandler._sigsegv()
        deep_in_the_app()
    """)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    r = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, timeout=60)
    assert r.returncode != 0
    log = (data / "logs" / "faulthandler.log").read_text(encoding="utf-8")
    assert "=== WardBook" in log and "Segmentation fault" in log and "deep_in_the_app" in log
    # the next start copies that crash to stderr (the handler writes to one file only)
    again = subprocess.run([sys.executable, "-c", f"from pathlib import Path; from desktop_app.ui import crash; "
                            f"crash.install(Path({str(data)!r}))"], env=env, capture_output=True, timeout=60)
    assert again.returncode == 0
    err = again.stderr.decode("utf-8", "replace")
    assert "the last run crashed" in err and "deep_in_the_app" in err
    # and only once: the start after a clean run says nothing
    third = subprocess.run([sys.executable, "-c", f"from pathlib import Path; from desktop_app.ui import crash; "
                            f"crash.install(Path({str(data)!r}))"], env=env, capture_output=True, timeout=60)
    assert b"crashed" not in third.stderr


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_shows_a_vietnamese_box_and_the_window_stays(qtbot, window, hooks):
    people = window.show_page("people")
    people.search.setFocus()
    qtbot.keyClicks(people.search, "an")
    boom = QPushButton("thử", window)

    def broken_slot():
        raise RuntimeError("lỗi thử nghiệm trong một slot")

    boom.clicked.connect(broken_slot)
    qtbot.mouseClick(boom, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: crash.current_box() is not None, timeout=3000)
    box = crash.current_box()
    assert box.isVisible()
    assert "Đã xảy ra lỗi không mong muốn" in box.text() and str(hooks / "errors.log") in box.text()
    assert "lỗi thử nghiệm trong một slot" in (hooks / "errors.log").read_text(encoding="utf-8")
    # a second error while the box is up: logged, no second box
    qtbot.mouseClick(boom, Qt.MouseButton.LeftButton)
    assert (hooks / "errors.log").read_text(encoding="utf-8").count("RuntimeError: lỗi thử nghiệm") == 2
    assert sum(1 for w in QApplication.topLevelWidgets() if w.objectName() == "unexpected_error" and w.isVisible()) == 1
    QTest.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: crash.current_box() is None, timeout=3000)
    assert window.isVisible() and people.search.text() == "an"


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_timer_callback_is_caught_too(qtbot, window, hooks):
    QTimer.singleShot(0, lambda: 1 / 0)
    qtbot.waitUntil(lambda: crash.current_box() is not None, timeout=3000)
    assert "ZeroDivisionError" in (hooks / "errors.log").read_text(encoding="utf-8")
    crash.current_box().accept()
    assert window.isVisible()
