"""Sessions, tips and models pages driven through real widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop_app.ui.main_window import MainWindow
from tests.conftest import TODAY, add_person
from tests.ui.conftest import type_text


def test_build_warning_session_with_attendees_and_print(qtbot, window, workspace, tmp_path):
    add_person(workspace, "Hoàng Văn Nam", birth_date="1998")
    page = window.show_page("sessions")
    dlg = page.new_session()
    dlg.fields["date"].setDate(TODAY)
    type_text(dlg.fields["place"], "Hội trường thôn Đông")
    type_text(dlg.fields["chair"], "Nguyễn Văn Trưởng")
    type_text(dlg.fields["topic"], "Răn đe thanh thiếu niên tụ tập đua xe")
    dlg.save()
    qtbot.waitUntil(lambda: page.sessions_model.rowCount() == 1, timeout=5000)
    qtbot.waitUntil(lambda: page.current is not None, timeout=5000)  # the new session is selected
    # add by search: Enter ticks the person found, Ctrl+S adds the ticked
    pick = page.pick()
    type_text(pick.search, "hoang van")
    qtbot.waitUntil(lambda: pick.results.count() == 1, timeout=5000)
    qtbot.keyClick(pick.search, Qt.Key.Key_Return)
    qtbot.keyClick(pick.search, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.att_model.rowCount() == 1, timeout=5000)
    # quick add a minor not yet in the register
    quick = page.quick_add()
    type_text(quick.fields["full_name"], "Trịnh Minh Quân")
    type_text(quick.fields["birth_date"], "12/2012")
    quick.fields["commitment_signed"].setChecked(True)
    quick.save()
    qtbot.waitUntil(lambda: page.att_model.rowCount() == 2, timeout=5000)
    assert page.att_title.text().endswith(": 2 người") and page.current.place in page.att_title.text()
    minor_row = [i for i, a in enumerate(page.att_model.rows) if a.full_name == "Trịnh Minh Quân"][0]
    assert page.att_model.rows[minor_row].minor and page.att_model.rows[minor_row].commitment_signed
    page.att_table.selectRow(minor_row)
    page.toggle_parent()
    qtbot.waitUntil(lambda: any(a.parent_cosigned for a in page.att_model.rows), timeout=5000)
    assert page.sessions_model.rows[0].attendances == 2
    # print to PDF: the list is there and the print is audit-logged
    out = tmp_path / "ds.pdf"
    page.print_to_pdf(str(out))
    assert out.stat().st_size > 1000
    assert "Trịnh Minh Quân" in page.attendance_html()
    qtbot.waitUntil(lambda: len(workspace.audit.list(action="print")) == 1, timeout=5000)


def test_anonymous_tip_and_officer_cannot_see_reporter(qtbot, window, workspace, add_officer, ops):
    page = window.show_page("tips")
    dlg = page.new_tip()
    dlg.fields["received_on"].setDate(TODAY)
    dlg.fields["anonymous"].setChecked(True)
    assert not dlg.fields["reporter_name"].isEnabled()
    type_text(dlg.fields["content"], "Có người tàng trữ ma túy tại nhà trọ số 5")
    dlg.save()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    dlg = page.new_tip()
    dlg.fields["received_on"].setDate(TODAY)
    type_text(dlg.fields["reporter_name"], "Lương Thị Mai")
    type_text(dlg.fields["content"], "Đánh bạc tại quán nước đầu thôn")
    dlg.save()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
    texts = {page.model.data(page.model.index(r, 2)) for r in range(2)}
    assert texts == {"Nặc danh", "Lương Thị Mai"}
    # mark valuable
    page.table.selectRow([i for i, t in enumerate(page.model.rows) if not t.anonymous][0])
    mark = page.mark_selected()
    mark.fields["valuable"].setCurrentIndex(mark.fields["valuable"].findData(True))
    mark.save()
    qtbot.waitUntil(lambda: any(t.valuable for t in page.model.rows), timeout=5000)
    # the officer's window: reporter hidden by the core
    officer_ws = add_officer("canbo1")
    officer_win = MainWindow(officer_ws, ops, idle_minutes=60)
    qtbot.addWidget(officer_win)
    officer_page = officer_win.show_page("tips")
    qtbot.waitUntil(lambda: officer_page.model.rowCount() == 2, timeout=5000)
    texts = {officer_page.model.data(officer_page.model.index(r, 2)) for r in range(2)}
    assert texts == {"Nặc danh", "(được bảo vệ)"}
    assert all(t.reporter_name is None for t in officer_page.model.rows)


def test_security_model_add_and_filter(qtbot, window):
    page = window.show_page("models")
    dlg = page.new_model()
    type_text(dlg.fields["name"], "Trường THCS Tích Sơn an toàn")
    dlg.fields["kind"].setCurrentIndex(dlg.fields["kind"].findData("safe4_school"))
    type_text(dlg.fields["area"], "Thôn Đông")
    dlg.fields["established_on"].setDate(TODAY)
    dlg.save()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    page.kind.setCurrentIndex(page.kind.findData("boarding_house"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=5000)
    page.kind.setCurrentIndex(page.kind.findData("safe4_school"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    assert page.model.data(page.model.index(0, 1)) == "4 an toàn - nhà trường"


def test_security_models_by_area(qtbot, window, workspace):
    for name, kind, area in (("Nhà trọ Đông", "boarding_house", "Thôn Đông"),
                             ("Trường Tiểu học", "safe4_school", "Thôn Đông"),
                             ("Trạm Y tế", "safe4_hospital", "Thôn Tây")):
        workspace.models.add({"name": name, "kind": kind, "area": area})
    page = window.show_page("models")
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3 and page.area.count() == 3, timeout=5000)
    assert [page.area.itemText(i) for i in range(page.area.count())] == ["Mọi địa bàn", "Thôn Đông", "Thôn Tây"]
    page.area.setCurrentIndex(page.area.findData("Thôn Đông"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
    assert {m.name for m in page.model.rows} == {"Nhà trọ Đông", "Trường Tiểu học"}
    # a kind with no model in the chosen area: the area choices follow the kind, the filter lets go
    page.kind.setCurrentIndex(page.kind.findData("safe4_hospital"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.area.currentData() is None, timeout=5000)
    assert [page.area.itemText(i) for i in range(page.area.count())] == ["Mọi địa bàn", "Thôn Tây"]
    # the dialog's area field completes the areas already used
    dlg = page.new_model()
    completer = dlg.fields["area"].completer()
    completer.setCompletionPrefix("tây")
    assert completer.currentCompletion() == "Thôn Tây"
    dlg.reject()


def test_overview_counters_and_charts(qtbot, window, workspace):
    import datetime as dt

    from tests.conftest import open_case

    pid = add_person(workspace, "Đỗ Văn Hải", birth_date="1975")
    open_case(workspace, pid, "suspended_sentence", term_months=24, start_date=TODAY - dt.timedelta(days=60))
    workspace.tips.add({"received_on": TODAY, "channel": "phone", "content": "Trộm cắp", "valuable": True})
    workspace.tips.add({"received_on": TODAY - dt.timedelta(days=40), "channel": "phone", "content": "Cờ bạc"})
    page = window.show_page("overview")  # the first refresh may predate the data: wait for the figures
    page.refresh()
    # an earlier refresh (when the window opened) may land first, with part of the data
    qtbot.waitUntil(lambda: (page.counters["active"].text(), page.counters["tips"].text()) == ("1", "2 (1)"),
                    timeout=5000)
    assert int(page.counters["overdue"].text()) >= 1
    assert page.data.tips_received[-1] == 1 and page.data.tips_valuable[-1] == 1
    series = page.tips_chart.chart().series()
    assert len(series) == 1 and series[0].count() == 2  # received and valuable


def test_a_slow_read_does_not_hold_up_the_other_pages(qtbot, window, workspace, ops):
    """The Overview's and Due list's long reads run on their own lane: People's query and a
    save go through while one is still running."""
    import threading

    release = threading.Event()
    slow_done, quick_done = [], []
    ops.slow_query(lambda: (release.wait(10), workspace.overview.get())[1], on_done=slow_done.append)
    ops.query(lambda: workspace.persons.search("", limit=5, with_total=True), on_done=quick_done.append)
    qtbot.waitUntil(lambda: bool(quick_done), timeout=5000)
    assert not slow_done and ops.busy  # the slow read still runs, and the busy flag says so
    release.set()
    qtbot.waitUntil(lambda: bool(slow_done), timeout=10000)
    assert slow_done[0].months and not ops.busy
