"""The short lists' table models (RowsTableModel and its kinds) tested without widgets, after
Vorta's tests/unit/test_archive_table_model.py."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QSignalSpy

from desktop_app.ui.pages.rows_model import Column, RowsTableModel

D = Qt.ItemDataRole.DisplayRole


def test_rows_model_shows_its_columns_and_hands_back_the_row(qapp):
    m = RowsTableModel([Column("Tên", lambda r: r.name), Column("Số", lambda r: r.n), Column("Ghi chú", lambda r: r.note)])
    rows = [SimpleNamespace(name="Tổ tự quản thôn Đông", n=3, note=None),
            SimpleNamespace(name="Nhà trọ số 5", n=0, note="một nội dung dài")]
    reset = QSignalSpy(m.modelReset)
    m.set_rows(rows)
    assert reset.count() == 1
    assert (m.rowCount(), m.columnCount()) == (2, 3)
    assert m.rowCount(m.index(0, 0)) == 0 and m.columnCount(m.index(0, 0)) == 0  # a flat table
    assert [m.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == ["Tên", "Số", "Ghi chú"]
    assert m.headerData(0, Qt.Orientation.Vertical) is None
    assert [m.data(m.index(0, c)) for c in range(3)] == ["Tổ tự quản thôn Đông", "3", ""]  # None shown empty
    assert m.data(m.index(1, 1)) == "0"
    assert m.data(m.index(1, 2), Qt.ItemDataRole.ToolTipRole) == "một nội dung dài"  # an elided cell whole
    assert m.data(m.index(0, 2), Qt.ItemDataRole.ToolTipRole) is None
    assert m.data(m.index(1, 0), RowsTableModel.RowRole) is rows[1]
    assert m.data(QModelIndex()) is None
    m.set_rows([])
    assert m.rowCount() == 0 and reset.count() == 2


def test_import_preview_colours_errors_and_duplicates(qapp):
    from desktop_app.ui.pages.importing import STATUS_COLOR, PreviewModel

    m = PreviewModel([Column("Trang", lambda r: r["sheet"]), Column("Dòng", lambda r: r["row"]),
                      Column("Kết quả", lambda r: r["status"]), Column("Cột", lambda r: r["column"]),
                      Column("Chi tiết", lambda r: r["message"])])
    m.set_rows([{"sheet": "Người", "row": 4, "status": "error", "column": "Ngày sinh", "message": "ngày không tồn tại"},
                {"sheet": "Người", "row": 5, "status": "duplicate", "column": "", "message": "trùng CCCD"},
                {"sheet": "Người", "row": 6, "status": "created", "column": "", "message": ""}])
    colours = [m.data(m.index(r, 0), Qt.ItemDataRole.BackgroundRole) for r in range(3)]
    assert colours[0].color().name() == STATUS_COLOR["error"]
    assert colours[1].color().name() == STATUS_COLOR["duplicate"]
    assert colours[2] is None
    assert m.data(m.index(0, 4), Qt.ItemDataRole.ToolTipRole) == "ngày không tồn tại"
    assert m.data(m.index(0, 1)) == "4"
    assert m.data(m.index(0, 1), Qt.ItemDataRole.TextAlignmentRole) & int(Qt.AlignmentFlag.AlignRight)


def test_rules_not_in_force_are_grey(qapp):
    from desktop_app.ui.pages.admin import GREY, _RulesModel

    today = dt.date(2026, 5, 20)
    rule = lambda start, end: SimpleNamespace(key="visit_interval_days", category=None, value=30,  # noqa: E731
                                              valid_from=start, valid_to=end, basis="V")
    m = _RulesModel([Column("Quy tắc", lambda r: r.key)], lambda: today)
    m.set_rows([rule(dt.date(2020, 1, 1), None), rule(dt.date(2020, 1, 1), dt.date(2026, 1, 1)),
                rule(dt.date(2026, 6, 1), None)])
    fg = [m.data(m.index(r, 0), Qt.ItemDataRole.ForegroundRole) for r in range(3)]
    assert fg[0] is None  # in force today
    assert fg[1] == GREY and fg[2] == GREY  # ended, not yet begun
    assert m.data(m.index(0, 0)) == "visit_interval_days"
