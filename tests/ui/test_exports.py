"""Exports and printing from the pages: the People list, the Due list and a person's file go to
xlsx through the core (scoped, watermarked, audit-logged); a person's file prints to PDF."""

from __future__ import annotations

import datetime as dt

import openpyxl
from pypdf import PdfReader

from desktop_app.ui.main_window import MainWindow
from tests.conftest import TODAY, add_person, open_case


def _cells(path) -> list[str]:
    wb = openpyxl.load_workbook(path)
    return [str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value is not None]


def test_people_export_writes_the_filtered_list_and_is_audited(qtbot, window, workspace, tmp_path):
    add_person(workspace, "Đặng Văn Khoa", birth_date="1995")
    add_person(workspace, "Lê Thị Mai", birth_date="1990")
    page = window.show_page("people")
    page._quiet_export = True
    with qtbot.waitSignal(page.results_shown, timeout=5000):
        page.search.setText("dang")
    out = tmp_path / "ds.xlsx"
    with qtbot.waitSignal(page.exported, timeout=10000) as sig:
        page.export_xlsx(str(out))
    assert sig.args[0].rows == 1
    cells = _cells(out)
    assert "Đặng Văn Khoa" in cells and "Lê Thị Mai" not in cells
    assert any(workspace.full_name in c and "Xuất bởi" in c for c in cells)  # watermark: the full name
    exports = [a for a in workspace.audit.list() if a.action == "export"]
    assert exports and exports[-1].entity == "people_list"


def test_due_export_lists_the_overdue_visit(qtbot, window, workspace, tmp_path):
    pid = add_person(workspace, "Phạm Văn Đức", birth_date="1980")
    open_case(workspace, pid, "suspended_sentence", term_months=24,
              start_date=TODAY - dt.timedelta(days=90), decision_date=TODAY - dt.timedelta(days=95))
    page = window.show_page("due")
    page._quiet_export = True
    out = tmp_path / "due.xlsx"
    with qtbot.waitSignal(page.exported, timeout=10000) as sig:
        page.export_xlsx(str(out))
    assert sig.args[0].rows >= 1
    assert "Phạm Văn Đức" in _cells(out)


def test_person_file_export_and_print_are_audited(qtbot, window, workspace, tmp_path):
    pid = add_person(workspace, "Nguyễn Thị Hoa", birth_date="02/1992")
    open_case(workspace, pid, "suspended_sentence", term_months=24,
              start_date=TODAY - dt.timedelta(days=30), decision_date=TODAY - dt.timedelta(days=35))
    dlg = window.open_person(pid)
    qtbot.waitUntil(lambda: dlg.person is not None, timeout=5000)
    dlg._quiet_export = True
    out = tmp_path / "hoso.xlsx"
    with qtbot.waitSignal(dlg.exported, timeout=10000):
        dlg.export_xlsx(str(out))
    assert "Nguyễn Thị Hoa" in _cells(out)
    pdf = tmp_path / "hoso.pdf"
    dlg.print_to_pdf(str(pdf))
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(str(pdf)).pages)
    assert "NGUYỄN THỊ HOA" in text and f"In bởi {workspace.full_name}" in text  # the officer by name
    qtbot.waitUntil(lambda: any(a.action == "print" and a.person_id == pid for a in workspace.audit.list()),
                    timeout=5000)


def test_officer_sees_no_export_button(qtbot, ops, add_officer):
    officer = add_officer("canbo1")
    assert not officer.can("export")
    win = MainWindow(officer, ops, idle_minutes=60)
    qtbot.addWidget(win)
    assert win.people.export_btn.isHidden()
