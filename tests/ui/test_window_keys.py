"""The main window by keyboard, with real key events from where the focus is: Alt+1…9 and
Alt+0 (Administration) show a page AND put the focus on its main control; Alt+0 never types
"0" into a field; a save keeps the selection on its row (on the next item in "Việc đến hạn",
where the settled item leaves the list); Enter on a case's due item opens the person's file
with that case selected. The selection rule is also tested on a bare model and view."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QTableView

from desktop_app.ui.pages.rows_model import Column, RowsTableModel, make_table
from desktop_app.ui.selection import KeepSelection
from tests.conftest import TODAY, add_person, open_case
from tests.ui.conftest import type_text

ALT = Qt.KeyboardModifier.AltModifier
DIGIT = {n: getattr(Qt.Key, f"Key_{n}") for n in range(10)}


def _press(widget, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(widget, key, modifier)
    QApplication.processEvents()


def _focus(window):
    w = QApplication.focusWidget()
    assert w is not None and (w.window() is window or window.isAncestorOf(w))
    return w


def _ready(qtbot, window):
    window.activateWindow()
    window.nav.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.nav, timeout=3000)


def test_alt_digits_show_each_page_and_focus_its_main_control(qtbot, window):
    _ready(qtbot, window)
    expected = {"Alt+1": ("overview", None), "Alt+2": ("people", window.people.search),
                "Alt+3": ("due", window.due.table), "Alt+4": ("sessions", window.sessions.sessions_table),
                "Alt+5": ("tips", None), "Alt+6": ("models", window.models.table),
                "Alt+7": ("reports", window.reports.kind), "Alt+8": ("import", window.importing.choose_btn),
                "Alt+9": ("sync", None), "Alt+0": ("admin", None)}
    assert window.page_keys == {key: seq for seq, (key, _w) in expected.items()}
    for seq, (key, control) in expected.items():
        before = _focus(window)
        _press(before, DIGIT[int(seq[-1])], ALT)
        page = window.pages[key]
        assert window.stack.currentWidget() is page, seq
        focus = _focus(window)
        assert focus is not window.nav and page.isAncestorOf(focus), (seq, focus)
        if control is not None:  # (the report's period choice once its figures are computed)
            qtbot.waitUntil(lambda: QApplication.focusWidget() is control, timeout=3000)
    # the tips' main control is its list (or its search field when the page has one)
    _press(_focus(window), DIGIT[5], ALT)
    assert _focus(window) in (window.tips.table, getattr(window.tips, "search", None))


def test_the_keys_are_on_the_navigation_tooltips(qtbot, window):
    keys = list(window.pages)
    assert window.nav.item(keys.index("admin")).toolTip().endswith("Alt+0")
    assert window.nav.item(keys.index("people")).toolTip().endswith("Alt+2")


def test_alt_0_types_nothing_into_a_field(qtbot, window):
    _ready(qtbot, window)
    _press(window.nav, DIGIT[2], ALT)
    search = window.people.search
    assert _focus(window) is search
    QTest.keyClicks(search, "an")
    _press(search, DIGIT[0], ALT)  # to Administration: the field keeps its text
    assert search.text() == "an"
    assert window.stack.currentWidget() is window.admin
    # in a dialog no page key applies: the digit is dropped, not typed
    window.new_person()
    dlg = window._new_person_dialog
    qtbot.waitExposed(dlg)
    field = next(w for w in dlg.findChildren(QLineEdit) if w.isVisible())
    field.setFocus()
    type_text(field, "Lê")
    for n in (0, 1, 5):
        _press(field, DIGIT[n], ALT)
    assert field.text() == "Lê"
    dlg.done(0)  # (Esc would ask whether to drop the typed name)


def _select_and_wait(qtbot, table: QTableView, row: int) -> None:
    table.setFocus()
    qtbot.wait(30)  # (the due list steps off a heading the focus lands on at its next turn)
    table.selectRow(row)
    qtbot.waitUntil(lambda: table.currentIndex().row() == row, timeout=2000)
    qtbot.wait(30)
    assert table.currentIndex().row() == row


def test_a_save_keeps_the_selected_tip(qtbot, window, workspace, ops):
    for i in range(4):
        workspace.tips.add({"received_on": TODAY - dt.timedelta(days=i), "channel": "phone", "content": f"Tin số {i}"})
    page = window.show_page("tips")
    qtbot.waitUntil(lambda: page.model.rowCount() == 4, timeout=5000)
    _select_and_wait(qtbot, page.table, 2)
    tip = page.model.rows[2]
    with qtbot.waitSignal(ops.operation_did_execute, timeout=5000):
        ops.op(lambda: workspace.tips.mark(tip.id, valuable=True, result="Đã chuyển công an huyện"))
    qtbot.waitUntil(lambda: any(r.id == tip.id and r.valuable for r in page.model.rows), timeout=5000)
    rows = page.table.selectionModel().selectedRows()
    assert len(rows) == 1 and page.model.rows[rows[0].row()].id == tip.id
    _press(page.table, Qt.Key.Key_Down)  # on from there, not from the top
    assert page.table.currentIndex().row() == 3


def test_a_save_keeps_the_selected_person_in_people(qtbot, window, workspace, ops):
    ids = [add_person(workspace, name, birth_date="1990") for name in ("An Văn Một", "Bùi Văn Hai", "Cao Văn Ba")]
    page = window.show_page("people")
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=5000)
    _select_and_wait(qtbot, page.table, 1)
    pid = page.model.rows[1].id
    assert pid in ids
    with qtbot.waitSignal(ops.operation_did_execute, timeout=5000):
        ops.op(lambda: workspace.persons.update(pid, {"current_address": "Thôn Đông"}))
    qtbot.waitUntil(lambda: any(r.id == pid and "Đông" in (r.current_address or "") for r in page.model.rows),
                    timeout=5000)
    rows = page.table.selectionModel().selectedRows()
    assert len(rows) == 1 and page.model.rows[rows[0].row()].id == pid


def _three_visits_due(workspace) -> list[str]:
    cids = []
    for i, name in enumerate(("Đinh Văn Một", "Đinh Văn Hai", "Đinh Văn Ba")):
        pid = add_person(workspace, name, birth_date="1980")
        cids.append(open_case(workspace, pid, "suspended_sentence", term_months=24,
                              start_date=TODAY - dt.timedelta(days=90 + i),
                              decision_date=TODAY - dt.timedelta(days=95 + i)))
    return cids


def test_due_moves_to_the_next_item_after_recording(qtbot, window, workspace, ops):
    _three_visits_due(workspace)
    page = window.show_page("due")
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.refresh()
    visit_rows = [r for r in range(page.model.rowCount())
                  if page.model.item_at(r) is not None and page.model.item_at(r).kind == "visit"]
    assert len(visit_rows) == 3
    _select_and_wait(qtbot, page.table, visit_rows[1])
    item = page.selected()
    after = page.model.item_at(visit_rows[2])
    with qtbot.waitSignal(page.loaded, timeout=5000):
        ops.op(lambda: workspace.visits.record_contact({"case_id": item.case_id, "kind": "home_visit",
                                                         "date": TODAY, "summary": "Gặp tại nhà"}))
    assert not [i for i in page.model.items if i.kind == "visit" and i.case_id == item.case_id]
    # the selection moved to the item that followed the settled one, not to the top
    assert page.selected() is not None and page.selected().case_id == after.case_id
    assert page.selected().kind == "visit"
    assert page.table.currentIndex().row() == page.model.row_of(page.selected())
    # an item that stays (the list refreshed by another save) keeps the selection
    _select_and_wait(qtbot, page.table, page.model.row_of(page.selected()))
    kept = page.selected()
    with qtbot.waitSignal(page.loaded, timeout=5000):
        ops.op(lambda: workspace.persons.update(kept.person_id, {"current_address": "Thôn Tây"}))
    assert page.selected() is not None and (page.selected().kind, page.selected().case_id) == (kept.kind, kept.case_id)


def test_enter_on_a_record_clearing_item_opens_the_file_on_that_case(qtbot, window, workspace):
    pid = add_person(workspace, "Trần Văn Xóa", birth_date="15/04/1990", gender="male")
    cid = open_case(workspace, pid, "community_education", term_months=6,
                    start_date=dt.date(2023, 11, 1), decision_date=dt.date(2023, 10, 25))
    workspace.cases.close(cid, {"status": "completed", "actual_end": dt.date(2024, 5, 1),
                                "completion_cert_number": "07/GCN"})
    other = add_person(workspace, "Lý Văn Khác", birth_date="1985")
    open_case(workspace, other, "suspended_sentence", term_months=24, start_date=TODAY - dt.timedelta(days=90),
              decision_date=TODAY - dt.timedelta(days=95))
    open_case(workspace, pid, "suspended_sentence", term_months=24, start_date=TODAY - dt.timedelta(days=20),
              decision_date=TODAY - dt.timedelta(days=25))  # a second case: the file must pick the right one
    _ready(qtbot, window)
    _press(window.nav, DIGIT[3], ALT)
    page = window.due
    assert _focus(window) is page.table
    qtbot.waitUntil(lambda: any(i.kind == "never_applied" for i in page.model.items), timeout=5000)
    row = next(r for r in range(page.model.rowCount())
               if page.model.item_at(r) is not None and page.model.item_at(r).kind == "never_applied")
    _select_and_wait(qtbot, page.table, row)
    _press(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: pid in window._open_files and window._open_files[pid].isVisible(), timeout=5000)
    dlg = window._open_files[pid]
    qtbot.waitUntil(lambda: dlg.current_case() is not None and dlg.current_case().id == cid, timeout=5000)
    assert len(dlg.cases) == 2
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dlg.case_table, timeout=3000)
    # Tab leaves a table whose rows are chosen (not cell by cell through every column): from the
    # cases to the history, from there on to the buttons
    _press(dlg.case_table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not dlg.case_table
    dlg.close()
    window.activateWindow()
    page.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.table, timeout=3000)
    _press(page.table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not page.table


# -- the rule on a bare model and view -----------------------------------------------------------

class _Row:
    def __init__(self, id_, name):
        self.id, self.name = id_, name


def test_keep_selection_on_a_bare_table(qtbot):
    model = RowsTableModel([Column("Tên", lambda r: r.name)])
    view = make_table(model, "t")
    qtbot.addWidget(view)
    KeepSelection(view)
    model.set_rows([_Row(i, f"r{i}") for i in range(5)])
    view.selectRow(3)
    model.set_rows([_Row(9, "mới"), *[_Row(i, f"r{i}") for i in range(5)]])  # a row added above
    assert view.selectionModel().selectedRows()[0].row() == 4 and view.currentIndex().row() == 4
    model.set_rows([_Row(i, f"r{i}") for i in (0, 1, 2)])  # the selected row gone: no next by default
    assert view.selectionModel().selectedRows() == []
    model.set_rows([_Row(i, f"r{i}") for i in range(5)])  # nothing was selected: nothing is
    assert view.selectionModel().selectedRows() == []


def test_keep_selection_or_next(qtbot):
    model = RowsTableModel([Column("Tên", lambda r: r.name)])
    view = make_table(model, "t")
    qtbot.addWidget(view)
    KeepSelection(view, or_next=True)
    model.set_rows([_Row(i, f"r{i}") for i in range(5)])
    view.selectRow(2)
    model.set_rows([_Row(i, f"r{i}") for i in (0, 1, 3, 4)])
    assert view.currentIndex().row() == 2 and model.rows[2].id == 3  # the next one
    view.selectRow(3)
    model.set_rows([_Row(i, f"r{i}") for i in (0, 1, 3)])  # the last one gone: the one before
    assert model.rows[view.currentIndex().row()].id == 3


def test_signing_keeps_the_session_and_the_attendee_selected(qtbot, window, workspace):
    sid = workspace.sessions.create({"date": TODAY, "place": "Hội trường thôn Đông", "chair": "Nguyễn Văn Trưởng",
                                     "topic": "Răn đe đua xe"}).created_id
    workspace.sessions.create({"date": TODAY - dt.timedelta(days=7), "place": "Nhà văn hoá thôn Tây"})
    for name in ("Hoàng Văn Nam", "Hoàng Văn Bắc", "Hoàng Văn Trung"):
        workspace.sessions.add_attendee({"session_id": sid, "person_id": add_person(workspace, name, birth_date="1998")})
    _ready(qtbot, window)
    _press(window.nav, DIGIT[4], ALT)
    page = window.sessions
    assert _focus(window) is page.sessions_table
    qtbot.waitUntil(lambda: page.sessions_model.rowCount() == 2, timeout=5000)
    # the first session (the newest, with attendees) is current once the list has come: Alt+4 gave
    # the list the focus with nothing chosen
    qtbot.waitUntil(lambda: page.current is not None and page.att_model.rowCount() == 3, timeout=5000)
    assert page.current.id == sid
    _select_and_wait(qtbot, page.att_table, 1)
    chosen = page.att_model.rows[1].id
    qtbot.mouseClick(page.buttons["sign"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(a.id == chosen and a.commitment_signed for a in page.att_model.rows), timeout=5000)
    qtbot.wait(100)
    assert page.current is not None and page.current.id == sid
    rows = page.att_table.selectionModel().selectedRows()
    assert len(rows) == 1 and page.att_model.rows[rows[0].row()].id == chosen


def test_alt_digit_onto_a_list_makes_its_first_item_current_so_enter_acts(qtbot, window, workspace):
    """From the focus a person has after Alt+3, Enter opens the first due item's form (a list
    given the focus with nothing chosen has its first item, not a group heading, current)."""
    pid = add_person(workspace, "Phạm Văn Đầu", birth_date="1980")
    open_case(workspace, pid, "suspended_sentence", term_months=24, start_date=TODAY - dt.timedelta(days=90),
              decision_date=TODAY - dt.timedelta(days=95))
    _ready(qtbot, window)
    _press(window.nav, DIGIT[3], ALT)
    page = window.due
    qtbot.waitUntil(lambda: bool(page.model.items) and page.table.selectionModel().hasSelection(), timeout=5000)
    first = page.model.items[0]
    assert page.selected() == first and page.model.item_at(page.table.currentIndex().row()) == first
    _press(_focus(window), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: getattr(page, "_dialog", None) is not None, timeout=3000)
    dlg = page._dialog
    _press(dlg.focusWidget() or dlg, Qt.Key.Key_Escape)  # nothing typed: closes at once
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=3000)
    # sessions: the same on the list of sessions
    workspace.sessions.create({"date": TODAY, "place": "Hội trường thôn Đông", "topic": "Răn đe"})
    _ready(qtbot, window)
    _press(window.nav, DIGIT[4], ALT)
    table = window.sessions.sessions_table
    qtbot.waitUntil(lambda: table.selectionModel().hasSelection(), timeout=5000)
    assert table.currentIndex().row() == 0


def test_a_new_assessment_is_for_the_oldest_period_missing_in_its_rules_kind(qtbot, window, workspace):
    from desktop_app.ui.dialogs import records as R

    pid = add_person(workspace, "Lê Văn Quý", birth_date="1975")
    cid = open_case(workspace, pid, "community_watch", start_date=TODAY - dt.timedelta(days=400),
                    decision_date=TODAY - dt.timedelta(days=401))
    missing = workspace.cases.missing_periods(cid)
    assert missing and missing[0][1] == "half"  # community watch: reviewed every six months
    dlg = R.EvaluationDialog(window, workspace, window.ops, cid)
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: dlg.data("period_kind") == "half", timeout=3000)
    assert dlg.fields["period_start"].date().toPython() == missing[0][0]
    assert not dlg.touched() and not dlg.has_changes()  # pre-filled, not typed: Esc closes without asking
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.fields["helper_comment"].setFocus()
    qtbot.keyClicks(dlg.fields["helper_comment"], "on dinh")  # QTest types ASCII only
    assert dlg.touched() and dlg.has_changes()
    dlg.mark_unchanged()  # what the fields hold now counts as the dialog's own filling
    assert not dlg.touched() and not dlg.has_changes()
