""""Tạo văn bản" from the keyboard (issue 18): on a person's file (Ctrl+D, type to filter,
Enter), on a due item and on a session; Administration → Văn bản mẫu refuses a form with unknown
placeholders and takes a good one. Real widgets, real key events, a real ward register."""

from __future__ import annotations

import pytest
from docx import Document
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop_app.ui.dialogs.documents import MakeDocumentDialog
from tests.documents.conftest import add_people, docx_text, make_ward
from tests.ui.conftest import type_text


@pytest.fixture
def ward_ui(tmp_path, low_kdf, monkeypatch):
    monkeypatch.setattr(MakeDocumentDialog, "open_files", False)
    monkeypatch.setattr(MakeDocumentDialog, "out_dir", tmp_path / "out")
    ws = make_ward(tmp_path / "ward")
    people = add_people(ws)
    yield ws, people
    ws.close()


def _active(qtbot, widget) -> None:
    """`widget`'s window made the active one (its Ctrl+D is a window shortcut): a window left
    open by an earlier test in the same process may hold the activation."""
    widget.window().activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget.window(), timeout=5_000)


def _dialog_loaded(qtbot, owner, attr="_document_dialog"):
    qtbot.waitUntil(lambda: isinstance(getattr(owner, attr, None), MakeDocumentDialog), timeout=15_000)
    dlg = getattr(owner, attr)
    qtbot.waitUntil(lambda: dlg.list.count() > 0, timeout=10_000)
    return dlg


def test_person_file_ctrl_d_type_enter_makes_the_document(qtbot, ward_ui, ops, tmp_path):
    from desktop_app.ui.pages.person_file import PersonFileDialog

    ws, people = ward_ui
    pid, _cid = people["court"]
    file = PersonFileDialog(ws, ops, pid)
    qtbot.addWidget(file)
    with qtbot.waitSignal(file.loaded, timeout=10_000):
        file.show()
    qtbot.waitExposed(file)
    QTest.keyClick(file, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    dlg = _dialog_loaded(qtbot, file)
    qtbot.waitExposed(dlg)
    assert dlg.filter.hasFocus()
    type_text(dlg.filter, "giấy phép vắng")
    assert [t.key for t in dlg.visible_templates()] == ["vm-giay-phep"]
    with qtbot.waitSignal(dlg.made, timeout=15_000) as got:
        QTest.keyClick(dlg.filter, Qt.Key.Key_Return)
    made, pdf = got.args[0]
    assert pdf is None and made.path.parent == tmp_path / "out"
    text = docx_text(made.path.read_bytes())
    assert "Trần Văn Bình" in text and "CÔNG AN PHƯỜNG HÙNG VƯƠNG" in text
    assert "ngày 20 tháng 5 năm 2026" in text and "Xã Tam Đảo" in text
    assert made.number in dlg.status.text()
    assert any(e.action == "document_made" for e in ws.audit.list(person_id=pid))


def test_arrows_move_in_the_list_and_a_bad_date_makes_nothing(qtbot, ward_ui, ops):
    ws, people = ward_ui
    pid, cid = people["education"]
    dlg = MakeDocumentDialog(ws, ops, person_id=pid, case_id=cid, suggested="gd-cam-ket")
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: dlg.list.count() > 0, timeout=10_000)
    assert dlg.current_template().key == "gd-cam-ket"  # the suggested one is selected
    first = dlg.list.currentRow()
    QTest.keyClick(dlg.filter, Qt.Key.Key_Down)
    assert dlg.list.currentRow() == first + 1
    QTest.keyClick(dlg.filter, Qt.Key.Key_Up)
    assert dlg.list.currentRow() == first
    dlg.date.setText("31/02/2026")
    dlg.make()
    assert "không hợp lệ" in dlg.status.text()
    from desktop_app.core.documents.service import Documents

    assert Documents.of(ws).kept(person_id=pid) == []


def test_due_item_and_session(qtbot, ward_ui, ops):
    from desktop_app.ui.pages.due import DuePage
    from desktop_app.ui.pages.sessions import SessionsPage

    ws, people = ward_ui
    page = DuePage(ws, ops)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=15_000):
        page.refresh()
    assert page.model.items, "the ward's cases have something due"
    _active(qtbot, page)
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    dlg = _dialog_loaded(qtbot, page, "_dialog")
    item = page.selected()
    assert dlg.refs["person_id"] == item.person_id and dlg.refs["case_id"] == item.case_id
    with qtbot.waitSignal(dlg.made, timeout=15_000) as got:
        QTest.keyClick(dlg.list, Qt.Key.Key_Return)
    assert got.args[0] is not None
    assert item.full_name in docx_text(got.args[0][0].data)
    from desktop_app.core.documents.service import Documents

    barrier = []  # the database thread runs in order: a second make from the same Enter is done first
    ops.query(lambda: None, on_done=barrier.append)
    qtbot.waitUntil(lambda: bool(barrier), timeout=10_000)
    assert len(Documents.of(ws).kept(person_id=item.person_id)) == 1  # one Enter, one document
    dlg.close()

    sessions = SessionsPage(ws, ops)
    qtbot.addWidget(sessions)
    sessions.show()
    sessions.refresh()
    qtbot.waitUntil(lambda: sessions.sessions_model.rowCount() > 0, timeout=10_000)
    sessions.sessions_table.selectRow(0)
    qtbot.waitUntil(lambda: sessions.current is not None and sessions.buttons["document"].isEnabled(), timeout=10_000)
    _active(qtbot, sessions)
    sessions.sessions_table.setFocus()
    QTest.keyClick(sessions.sessions_table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    dlg = _dialog_loaded(qtbot, sessions, "_dialog")
    assert dlg.current_template().key == "rd-bien-ban"
    with qtbot.waitSignal(dlg.made, timeout=15_000) as got:
        QTest.keyClick(dlg.filter, Qt.Key.Key_Return)
    assert "Vũ Minh Đức" in docx_text(got.args[0][0].data)


def test_admin_tab_refuses_unknown_placeholders_and_takes_a_good_form(qtbot, ward_ui, ops, tmp_path):
    from desktop_app.ui.pages.admin import AdminPage

    ws, _ = ward_ui
    page = AdminPage(ws, ops)
    qtbot.addWidget(page)
    page.show()
    tab = page.documents
    qtbot.waitUntil(lambda: tab.table.rowCount() >= 19, timeout=10_000)
    assert page.tabs.tabText(page.tabs.indexOf(tab)) == "Văn bản mẫu"
    bad = tmp_path / "mau-sai.docx"
    doc = Document()
    doc.add_paragraph("{{ person.full_name }} {{ nguoi_ky }}")
    doc.save(str(bad))
    with qtbot.waitSignal(tab.added, timeout=10_000) as got:
        tab.add_template(str(bad), {"id": "mau-sai", "title": "Mẫu sai", "category": "other"})
    assert got.args[0] is None
    assert "nguoi_ky" in tab.message.text() and "Không nhận mẫu" in tab.message.text()
    good = tmp_path / "giay-moi.docx"
    doc = Document()
    doc.add_paragraph("{{ unit.police_upper }}: mời {{ person.full_name }}")
    doc.save(str(good))
    with qtbot.waitSignal(tab.added, timeout=10_000) as got:
        tab.add_template(str(good), {"id": "giay-moi", "title": "Giấy mời", "category": "other"})
    assert got.args[0].key == "giay-moi"
    qtbot.waitUntil(lambda: any(t.key == "giay-moi" for t in tab.rows), timeout=10_000)


def test_a_made_document_is_listed_and_opens_again(qtbot, ward_ui, ops, tmp_path):
    ws, people = ward_ui
    pid, cid = people["education"]
    dlg = MakeDocumentDialog(ws, ops, person_id=pid, case_id=cid, suggested="gd-ke-hoach")
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: dlg.list.count() > 0, timeout=10_000)
    with qtbot.waitSignal(dlg.made, timeout=15_000) as got:
        QTest.keyClick(dlg.filter, Qt.Key.Key_Return)
    made = got.args[0][0]
    qtbot.waitUntil(lambda: dlg.kept.count() == 1, timeout=10_000)
    assert made.number in dlg.kept.item(0).text()
    made.path.unlink()  # the file on disk is gone: the register still has it
    dlg.kept.setFocus()
    dlg.kept.setCurrentRow(0)
    QTest.keyClick(dlg.kept, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Đã ghi lại" in dlg.status.text(), timeout=10_000)
    again = next((tmp_path / "out").glob("*gd-ke-hoach*.docx"))
    assert again.read_bytes() == made.data


def test_the_audit_log_says_what_was_made(ward_ui):
    from desktop_app.core.documents.service import Documents
    from desktop_app.ui.pages.admin.audit_words import audit_sentence

    ws, people = ward_ui
    pid, cid = people["education"]
    made = Documents.of(ws).make("gd-cam-ket", person_id=pid, case_id=cid)
    entry = next(e for e in ws.audit.list(person_id=pid) if e.action == "document_made")
    sentence = audit_sentence(entry, {pid: "Đặng Thị Hoa"})
    assert sentence == f"Tạo văn bản “Bản cam kết” số {made.number} cho Đặng Thị Hoa"


def test_a_province_admin_publishes_from_the_admin_tab(qtbot, province, ward_ui, ops, tmp_path):
    """"Ban hành cho toàn tỉnh" shows on a province register only; the form published is listed
    as the province's, and a refused one says why."""
    from desktop_app.ui.pages.admin import AdminPage

    ws, _ = ward_ui
    commune_page = AdminPage(ws, ops)
    qtbot.addWidget(commune_page)
    assert commune_page.documents.publish_btn.isHidden()
    page = AdminPage(province, ops)
    qtbot.addWidget(page)
    page.show()
    tab = page.documents
    assert not tab.publish_btn.isHidden() and tab.publish_btn.text() == "Ban hành cho toàn tỉnh…"
    qtbot.waitUntil(lambda: tab.table.rowCount() >= 19, timeout=10_000)
    bad = tmp_path / "mau-tinh-sai.docx"
    doc = Document()
    doc.add_paragraph("{{ person.full_name }} {{ so_cong_van }}")
    doc.save(str(bad))
    with qtbot.waitSignal(tab.added, timeout=10_000) as got:
        tab.add_template(str(bad), {"id": "mau-tinh", "title": "Mẫu tỉnh", "category": "other"}, publish=True)
    assert got.args[0] is None and "so_cong_van" in tab.message.text()
    good = tmp_path / "mau-tinh.docx"
    doc = Document()
    doc.add_paragraph("{{ unit.police_upper }}: mời {{ person.full_name }}")
    doc.save(str(good))
    with qtbot.waitSignal(tab.added, timeout=10_000) as got:
        tab.add_template(str(good), {"id": "mau-tinh", "title": "Mẫu tỉnh", "category": "other"}, publish=True)
    assert got.args[0].origin == "province"
    assert "cho toàn tỉnh" in tab.message.text()
    qtbot.waitUntil(lambda: any(t.key == "mau-tinh" for t in tab.rows), timeout=10_000)
    row = next(i for i, t in enumerate(tab.rows) if t.key == "mau-tinh")
    assert tab.table.item(row, 6).text() == "Tỉnh ban hành"
    # withdrawing: only a form the province published, asked first (Hủy is the default)
    assert commune_page.documents.withdraw_btn.isHidden() and not tab.withdraw_btn.isHidden()
    tab.table.selectRow(next(i for i, t in enumerate(tab.rows) if t.origin == "shipped"))
    assert not tab.withdraw_btn.isEnabled() and tab.withdraw_selected() is None
    tab.table.selectRow(row)
    assert tab.withdraw_btn.isEnabled()
    box = tab.withdraw_selected()
    QTest.keyClick(box, Qt.Key.Key_Return)  # Enter is "Hủy": nothing withdrawn
    qtbot.wait(300)
    from desktop_app.core.documents.service import Documents

    assert any(t.key == "mau-tinh" for t in Documents.of(province).all_templates())
    box = tab.withdraw_selected()
    with qtbot.waitSignal(tab.withdrawn, timeout=10_000):
        box.button(box.StandardButton.Yes).click()
    assert "Đã thu hồi" in tab.message.text()
    qtbot.waitUntil(lambda: not any(t.key == "mau-tinh" for t in tab.rows), timeout=10_000)


def test_the_list_offers_the_forms_that_fit_the_case_and_alt_c_shows_every_form(qtbot, ward_ui, ops):
    from desktop_app.core.documents.templates import CASES_BY_TEMPLATE_CATEGORY

    ws, people = ward_ui
    pid, cid = people["court"]
    category = ws.cases.get(cid).category
    assert category in CASES_BY_TEMPLATE_CATEGORY["court"]
    dlg = MakeDocumentDialog(ws, ops, person_id=pid, case_id=cid, case_category=category)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    qtbot.waitUntil(lambda: dlg.list.count() > 0, timeout=10_000)
    shown = {t.category for t in dlg.visible_templates()}
    assert "court" in shown and shown <= {"court", "absence", "other"}
    every = {t.category for t in dlg.templates}
    assert {"education", "session", "tip"} <= every  # hidden, not missing
    type_text(dlg.filter, "cam kết giáo dục")  # an education form: not for a court case
    assert all(t.category != "education" for t in dlg.visible_templates())
    dlg.activateWindow()
    qtbot.waitUntil(lambda: dlg.filter.hasFocus(), timeout=3000)
    QTest.keyClick(dlg.filter, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)  # "&Chỉ các mẫu hợp…"
    qtbot.waitUntil(lambda: not dlg.only_fitting.isChecked(), timeout=3000)  # Qt clicks after 100 ms
    assert any(t.category == "education" for t in dlg.visible_templates())
    assert dlg.list.count() == len(dlg.visible_templates()) > 0


def test_a_dialog_with_no_case_lists_every_form(qtbot, ward_ui, ops):
    ws, people = ward_ui
    pid, _cid = people["court"]
    dlg = MakeDocumentDialog(ws, ops, person_id=pid)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: dlg.list.count() > 0, timeout=10_000)
    assert not dlg.only_fitting.isVisible()
    assert len(dlg.visible_templates()) == len(dlg.templates)
