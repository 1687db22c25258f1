"""People: the category column and the "khớp: nơi thường trú" hint, from typed searches."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.ui.pages.people import PersonTableModel
from tests.conftest import add_person, open_case


def test_typed_search_shows_why_a_hit_is_there(qtbot, window, workspace):
    a = add_person(workspace, "Nguyễn Văn An", current_address="Thôn Đông, xã Tích Sơn",
                   permanent_address="Thôn Hòa Bình, xã Vĩnh Lạc")
    add_person(workspace, "Trần Văn Hòa", current_address="Thôn Đông, xã Tích Sơn")
    open_case(workspace, a, "community_education", term_months=6, start_date=dt.date(2026, 1, 1))
    page = window.show_page("people")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is page.search
    qtbot.keyClicks(page.search, "hoa binh")
    qtbot.waitUntil(lambda: [r.full_name for r in page.model.rows] == ["Nguyễn Văn An"], timeout=5000)
    m = page.model
    assert m.data(m.index(0, PersonTableModel.ADDRESS)) == "(khớp: nơi thường trú)  Thôn Đông, xã Tích Sơn"
    assert m.data(m.index(0, PersonTableModel.CATEGORY)) == "Giáo dục tại xã, phường, thị trấn"
    page.search.selectAll()
    qtbot.keyClicks(page.search, "hoa")
    qtbot.waitUntil(lambda: m.rowCount() == 2, timeout=5000)
    texts = {r.full_name: m.data(m.index(i, PersonTableModel.ADDRESS)) for i, r in enumerate(m.rows)}
    assert texts == {"Nguyễn Văn An": "(khớp: nơi thường trú)  Thôn Đông, xã Tích Sơn",
                     "Trần Văn Hòa": "Thôn Đông, xã Tích Sơn"}  # found by the name shown: nothing to say
