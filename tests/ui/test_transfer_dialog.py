"""Chuyển địa bàn from a person's file, by the keyboard: the commune chosen by name without
accents, Enter never saves, the reason required beside its field, Ctrl+S asks first naming the
person and the commune (Enter keeps), Esc asks when something was typed; the file closes once
the person has left. Offered to the chief only."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop_app.ui.dialogs.transfer import TransferDialog
from desktop_app.ui.pages.person_file import PersonFileDialog
from tests.conftest import CHIEF_PASSWORD, LOW_KDF, OFFICER_PASSWORD, UNIT_CODE, add_person, open_case, pin_today
from tests.ui.conftest import type_text

CTRL = Qt.KeyboardModifier.ControlModifier
OTHER = "08456"


@pytest.fixture
def commune(tmp_path, low_kdf):
    from desktop_app.core.services.workspace import Workspace

    ws = Workspace.create(tmp_path / "xa", unit_code=UNIT_CODE, unit_name="Xã Thử", admin="truong",
                          password=CHIEF_PASSWORD, kdf=LOW_KDF, parent_code="08")
    pin_today(ws)
    ws.units.load([{"code": OTHER, "name": "Xã Tân Lập", "parent_code": "08"},
                   {"code": "08457", "name": "Xã Hòa Bình", "parent_code": "08"}])
    opened = [ws]
    ws._opened = opened
    yield ws
    for w in opened:
        w.close()


def open_file(qtbot, ws, ops, pid) -> PersonFileDialog:
    dlg = PersonFileDialog(ws, ops, pid)
    qtbot.addWidget(dlg)
    with qtbot.waitSignal(dlg.loaded, timeout=10_000):
        dlg.show()
    return dlg


def test_transfer_by_keyboard_asks_first_and_closes_the_file(qtbot, commune, ops, tmp_path):
    pid = add_person(commune, "Nguyễn Văn An", birth_date="1990")
    cid = open_case(commune, pid, "suspended_sentence", term_months=24, start_date=dt.date(2026, 1, 1))
    file = open_file(qtbot, commune, ops, pid)
    qtbot.mouseClick(file.buttons["transfer"], Qt.MouseButton.LeftButton)
    dlg = file._dialog
    assert isinstance(dlg, TransferDialog)
    qtbot.waitExposed(dlg)
    qtbot.waitUntil(lambda: len(dlg.picker.units) == 2, timeout=5000)
    picker = dlg.picker
    assert dlg.focusWidget() is picker  # the focus starts in the first field
    # Ctrl+S with nothing: both required fields answered beside them, nothing asked
    qtbot.keyClick(picker, Qt.Key.Key_S, CTRL)
    assert dlg.errors["to_unit"].text() == "không được để trống"
    assert dlg.errors["reason"].text() == "không được để trống" and not hasattr(dlg, "_question")
    # the commune by name without accents: "tan lap" offers "Xã Tân Lập (08456)"
    type_text(picker, "tan lap")
    qtbot.waitUntil(lambda: picker.choices.stringList() == [f"Xã Tân Lập ({OTHER})"], timeout=5000)
    popup = picker.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=5000)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert picker.text() == f"Xã Tân Lập ({OTHER})" and picker.code() == OTHER
    if dlg.focusWidget() is picker:
        qtbot.keyClick(picker, Qt.Key.Key_Return)  # Enter: to the next field, never a save
    reason = dlg.fields["reason"]
    assert dlg.focusWidget() is reason and dlg.isVisible() and not hasattr(dlg, "_question")
    type_text(reason, "Chuyển nơi cư trú")
    qtbot.keyClick(reason, Qt.Key.Key_Return)
    assert dlg.focusWidget() is dlg.fields["decision_number"] and not hasattr(dlg, "_question")
    grab = tmp_path / "transfer_dialog.png"
    assert dlg.grab().save(str(grab)) and grab.stat().st_size > 0
    # Ctrl+S asks, naming the person and the commune; Enter keeps the safe answer
    qtbot.keyClick(dlg.fields["decision_number"], Qt.Key.Key_S, CTRL)
    box = dlg._question
    assert "Nguyễn Văn An" in box.text() and "Xã Tân Lập (08456)" in box.text() and "1 hồ sơ" in box.text()
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.wait(200)
    assert commune.persons.get(pid).unit_code == UNIT_CODE and dlg.isVisible()
    qtbot.keyClick(dlg.fields["decision_number"], Qt.Key.Key_S, CTRL)
    box = dlg._question
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not file.isVisible(), timeout=10_000)  # the person left: their file closes
    assert not dlg.isVisible()
    with commune.db.read() as conn:
        units = dict(conn.exec_driver_sql("SELECT id, unit_code FROM case_file").all())
    assert units == {cid: OTHER}
    [a] = [e for e in commune.audit.list(action="transfer") if e.entity == "person"]
    assert a.detail["reason"] == "Chuyển nơi cư trú" and a.detail["to"] == OTHER


def test_esc_asks_when_something_was_typed(qtbot, commune, ops):
    pid = add_person(commune, "Nguyễn Văn An")
    file = open_file(qtbot, commune, ops, pid)
    file.act("transfer")
    dlg = file._dialog
    qtbot.waitUntil(lambda: len(dlg.picker.units) == 2, timeout=5000)
    type_text(dlg.fields["reason"], "Chuyển")
    qtbot.keyClick(dlg.fields["reason"], Qt.Key.Key_Escape)
    box = dlg.discard_box
    assert box is not None and box.isVisible() and dlg.isVisible()
    qtbot.keyClick(box, Qt.Key.Key_Return)  # the default: keep typing
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=2000)
    assert dlg.isVisible() and dlg.fields["reason"].text() == "Chuyển"
    assert commune.persons.get(pid).unit_code == UNIT_CODE


def test_only_the_chief_is_offered_the_transfer(qtbot, commune, ops):
    from desktop_app.core.services.workspace import Workspace

    pid = add_person(commune, "Nguyễn Văn An")
    commune.users.add({"username": "canbo1", "role": "officer"}, OFFICER_PASSWORD)
    officer = pin_today(Workspace.open(commune.data_dir, "canbo1", OFFICER_PASSWORD))
    commune._opened.append(officer)
    assert "transfer" in open_file(qtbot, commune, ops, pid).buttons
    assert "transfer" not in open_file(qtbot, officer, ops, pid).buttons
