# ruff: noqa: F811  (the fixtures imported from test_reports_import are parameters here)
"""The one progress-and-cancel mechanism of Ops (`ops.task`, `ops.cancel`): progress reaches the
GUI thread; a cancelled task stops at its next report and ends in `on_cancelled`; a cancelled
report export writes no file and a cancelled import writes nothing, while the next run works."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt

from tests.ui.test_reports_import import (  # noqa: F401  (pytest fixtures)
    import_page,
    messy_workbook,
    people_count,
    report_data,
    reports_page,
)


def hold_db_thread(ops) -> threading.Event:
    """Keeps the database thread busy until the returned gate is set: what is asked meanwhile
    queues behind it (so a cancel can be asked for before the work starts, without sleeps)."""
    gate, started = threading.Event(), threading.Event()

    def wait() -> None:
        started.set()
        assert gate.wait(30)

    ops.query(wait, on_done=lambda _r: None)
    assert started.wait(10)
    return gate


def test_task_progress_on_the_gui_thread_and_cancel_stops_it(qtbot, ops):
    reached, gate = threading.Event(), threading.Event()
    seen, outcome, workers = [], [], []

    def work(task):
        workers.append(threading.current_thread())
        for i in range(1000):
            task.progress("step", i, 1000)
            if i == 3:
                reached.set()
                assert gate.wait(10)
        return "all done"

    task = ops.task(work, on_done=lambda r: outcome.append(("done", r)), on_error=lambda e: outcome.append(("error", e)),
                    on_progress=lambda s, d, t: seen.append((s, d, t, threading.current_thread())),
                    on_cancelled=lambda: outcome.append(("cancelled",)))
    qtbot.waitUntil(lambda: len(seen) >= 4, timeout=10_000)
    assert reached.is_set()
    assert ops.cancel(task) is True
    assert ops.cancel(task) is False  # asked once is enough
    gate.set()
    qtbot.waitUntil(lambda: bool(outcome), timeout=10_000)
    assert outcome == [("cancelled",)]
    assert workers[0] is not threading.main_thread()
    assert all(th is threading.main_thread() for *_x, th in seen)
    assert [d for _s, d, _t, _th in seen[:4]] == [0, 1, 2, 3]
    assert all(d <= 4 for _s, d, _t, _th in seen)  # nothing after the cancel reached the page

    # a task not cancelled runs to its end; cancelling it afterwards changes nothing
    done = []
    task = ops.task(lambda t: (t.progress("one", 1, 1), 42)[1], on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    assert done == [42] and ops.cancel(task) is False


def test_a_cancelled_report_export_writes_no_file(qtbot, reports_page, report_data, tmp_path):
    page = reports_page
    folder = tmp_path / "xuất"
    folder.mkdir()
    out = folder / "báo cáo.pdf"
    qtbot.waitUntil(lambda: page.report is not None and not page._running, timeout=20_000)  # the first preview
    gate = hold_db_thread(page.ops)
    page.export_to(str(out), "pdf")
    assert page.stop_btn.isVisible() and page.stop_btn.isEnabled()
    page.stop_btn.setFocus()
    qtbot.keyClick(page.stop_btn, Qt.Key.Key_Space)  # "Dừng" from the keyboard
    assert not page.stop_btn.isEnabled()
    with qtbot.waitSignal(page.cancelled, timeout=20_000):
        gate.set()
    assert not out.exists()
    assert list(folder.iterdir()) == []  # no half-written or temporary file either
    assert "Đã dừng" in page.status.text() and not page.stop_btn.isVisible()
    assert report_data.audit.list(action="export", limit=50) == []
    # the next export goes through
    with qtbot.waitSignal(page.exported, timeout=60_000):
        page.export_to(str(out), "pdf")
    assert out.exists() and out.stat().st_size > 0


def test_a_cancelled_import_writes_nothing(qtbot, import_page, workspace, tmp_path):
    page = import_page
    path = messy_workbook(tmp_path / "nhập.xlsx")
    page.load_file(path)
    with qtbot.waitSignal(page.checked, timeout=20_000):
        page.check()
    before = people_count(workspace)
    gate = hold_db_thread(page.ops)
    page.commit()
    assert page.stop_btn.isVisible()
    page.stop_btn.setFocus()
    qtbot.keyClick(page.stop_btn, Qt.Key.Key_Space)
    with qtbot.waitSignal(page.cancelled, timeout=20_000):
        gate.set()
    assert people_count(workspace) == before  # the import's writes rolled back
    assert "Đã dừng" in page.status.text() and not page.stop_btn.isVisible()
    assert not page.can_commit  # a new check first
    with qtbot.waitSignal(page.checked, timeout=20_000):
        page.check()
    with qtbot.waitSignal(page.imported, timeout=20_000):
        page.commit()
    assert people_count(workspace) > before
