"""Every print, preview and export path of the desktop app opened as a person opens it, painted,
and closed, under pytest-qt: the person's file (Ctrl+P and the "In hồ sơ" button, PDF), the
attendance list of a session (preview and PDF), the reports (preview and every export format).

The print preview of a person's file once crashed the app (segmentation fault): the temporary
QPrinter handed to QPrintPreviewDialog was collected while the dialog still drew on it. These
tests let each preview paint its pages several times (as zoom, page setup and repaints do) after
Python had every chance to collect what it no longer references."""

from __future__ import annotations

import datetime as dt
import gc

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop_app.ui import printing
from tests.conftest import TODAY, add_person, open_case


def _preview_dialog() -> QPrintPreviewDialog | None:
    for w in QApplication.topLevelWidgets():
        if isinstance(w, QPrintPreviewDialog) and w.isVisible():
            return w
    return None


def _paint_and_close(qtbot, open_it) -> int:
    """Opens a print preview by `open_it()` (a key or a click), collects garbage, makes the
    preview paint its pages again and render itself, then closes it by Esc. Returns the number
    of pages the preview showed."""
    open_it()
    qtbot.waitUntil(lambda: _preview_dialog() is not None, timeout=5000)
    dlg = _preview_dialog()
    QApplication.processEvents()
    gc.collect()  # what only Python held is gone now
    preview = dlg.findChild(QPrintPreviewWidget)
    for _ in range(3):  # a repaint of the pages, as a zoom or a page setup change asks
        preview.updatePreview()
        QApplication.processEvents()
        gc.collect()
    pages = preview.pageCount()
    assert not dlg.grab().isNull()  # the dialog drawn with its pages
    QTest.keyClick(dlg, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: _preview_dialog() is None, timeout=5000)
    qtbot.waitUntil(lambda: printing.previews_open() == 0, timeout=5000)  # the printer let go with its dialog
    gc.collect()
    return pages


def _pdf_text(path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(str(path)).pages)


def _person_with_case(ws, name="Nguyễn Thị Hoa") -> str:
    pid = add_person(ws, name, birth_date="02/1992")
    open_case(ws, pid, "suspended_sentence", term_months=24,
              start_date=TODAY - dt.timedelta(days=30), decision_date=TODAY - dt.timedelta(days=35))
    return pid


def _prints(ws) -> list:
    return [a for a in ws.audit.list() if a.action == "print"]


def test_person_file_preview_by_ctrl_p_and_by_button_paints_and_closes(qtbot, window, workspace):
    pid = _person_with_case(workspace)
    dlg = window.open_person(pid)
    qtbot.waitUntil(lambda: dlg.person is not None, timeout=5000)
    dlg.activateWindow()
    dlg.case_table.setFocus()
    # Ctrl+P from inside the file, as the button's label says
    assert _paint_and_close(qtbot, lambda: QTest.keyClick(dlg.case_table, Qt.Key.Key_P,
                                                          Qt.KeyboardModifier.ControlModifier)) >= 1
    # closed by Esc: the keyboard is back in the file, Ctrl+P works again from where the focus is
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dlg, timeout=3000)
    assert _paint_and_close(qtbot, lambda: QTest.keyClick(QApplication.focusWidget() or dlg, Qt.Key.Key_P,
                                                          Qt.KeyboardModifier.ControlModifier)) >= 1
    # the button, twice: a second preview is as safe as the first
    for _ in range(2):
        assert _paint_and_close(qtbot, lambda: qtbot.mouseClick(dlg.buttons["print"], Qt.MouseButton.LeftButton)) >= 1
    assert dlg.isVisible()  # the file stays open
    # one audit row per preview opened (four), not one per repaint (each preview repainted 4 times)
    qtbot.waitUntil(lambda: sum(a.person_id == pid for a in _prints(workspace)) >= 4, timeout=5000)
    with qtbot.waitCallback() as done:  # the writes queued before now have all run
        window.ops.query(lambda: None, on_done=done)
    assert sum(a.person_id == pid for a in _prints(workspace)) == 4
    # then the file is closed and collected: nothing it handed to Qt is left dangling
    dlg.close()
    QApplication.processEvents()
    gc.collect()


def test_person_file_pdf_is_written(qtbot, window, workspace, tmp_path):
    pid = _person_with_case(workspace, "Lê Văn Tám")
    dlg = window.open_person(pid)
    qtbot.waitUntil(lambda: dlg.person is not None, timeout=5000)
    out = tmp_path / "hồ sơ Tám.pdf"
    dlg.print_to_pdf(str(out))
    gc.collect()
    assert "LÊ VĂN TÁM" in _pdf_text(out)
    # laid out across the page inside its margins (A4 less 30 + 15 mm), not in a narrow column
    doc = dlg.document(dlg._printer())
    assert doc.pageSize().width() == pytest.approx((210 - 45) / 25.4 * 96, rel=0.01)
    assert doc.documentMargin() == 0


def _session_with_attendee(qtbot, page, workspace):
    pid = add_person(workspace, "Hoàng Văn Nam", birth_date="1998")
    sid = workspace.sessions.create({"date": TODAY, "place": "Hội trường thôn Đông", "chair": "Nguyễn Văn Trưởng",
                                  "topic": "Răn đe đua xe"}).created_id
    workspace.sessions.add_attendee({"session_id": sid, "person_id": pid})
    page.refresh()
    qtbot.waitUntil(lambda: page.sessions_model.rowCount() == 1, timeout=5000)
    page.sessions_table.selectRow(0)
    qtbot.waitUntil(lambda: page.current is not None, timeout=5000)


def test_attendance_list_preview_and_pdf(qtbot, window, workspace, tmp_path):
    page = window.show_page("sessions")
    _session_with_attendee(qtbot, page, workspace)
    btn = page.buttons["print"]
    for _ in range(2):
        assert _paint_and_close(qtbot, lambda: qtbot.mouseClick(btn, Qt.MouseButton.LeftButton)) >= 1
    out = tmp_path / "danh sách.pdf"
    page.print_to_pdf(str(out))
    gc.collect()
    assert "Hoàng Văn Nam" in _pdf_text(out)
    qtbot.waitUntil(lambda: len(_prints(workspace)) >= 2, timeout=5000)


def test_reports_preview_and_every_export(qtbot, window, workspace, tmp_path):
    _person_with_case(workspace)
    page = window.show_page("reports")
    with qtbot.waitSignal(page.preview_shown, timeout=10000):
        page.preview()
    assert not page.grab().isNull()
    for fmt in ("pdf", "docx", "xlsx", "json"):
        out = tmp_path / f"báo cáo.{fmt}"
        with qtbot.waitSignal(page.exported, timeout=20000):
            page.export_to(out, fmt)
        gc.collect()
        assert out.stat().st_size > 200
    assert window.isVisible()
