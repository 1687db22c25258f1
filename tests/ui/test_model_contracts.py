"""Every table model of the UI (ui/pages: RowsTableModel and its kinds, PersonTableModel,
DueTableModel) keeps Qt's item-model contract, without widgets: pytest-qt's model tester (the
checks of Qt's QAbstractItemModelTester: indexes, parents, row counts around inserts and
resets, the types of the values for each role) runs after every change the pages make.
What each model shows is tested in test_table_models.py and test_models.py."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QModelIndex, Qt, QtMsgType
from PySide6.QtTest import QAbstractItemModelTester

from desktop_app.core.domain.schemas import DueItem, PersonRow
from desktop_app.ui.pages.rows_model import Column, RowsTableModel


def _person(i: int) -> PersonRow:
    return PersonRow(id=f"id{i}", unit_code="09123", full_name=f"Nguyễn Văn {i}", birth_date="1990-03",
                     gender="male" if i % 2 else "female", cccd=None, current_address="Thôn Đông",
                     open_cases=i % 3, categories=("community_education",) if i % 2 else (),
                     matched=("permanent_address",) if i == 1 else ())


def _due(kind: str, days: int, name: str) -> DueItem:
    return DueItem(kind=kind, case_id="c", person_id="p", full_name=name, category="suspended_sentence",
                   officer="o", due_date=dt.date(2026, 5, 20) + dt.timedelta(days=days), days=days)


def _roles() -> list[Qt.ItemDataRole]:
    return [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.FontRole, Qt.ItemDataRole.TextAlignmentRole]


def _read_every_cell(m) -> int:
    """Asks every cell for every role a view asks for; returns how many answered."""
    answered = 0
    for r in range(m.rowCount()):
        for c in range(m.columnCount()):
            for role in _roles():
                answered += m.data(m.index(r, c), role) is not None
    return answered


@pytest.fixture
def checked(qtmodeltester, qtlog):
    """`checked(model)`: the model under both testers, pytest-qt's (fails the test at the first
    broken rule) and Qt's own (its failures are warnings, read from the log after the test)."""
    own: list[QAbstractItemModelTester] = []

    def check(model):
        qtmodeltester.check(model, force_py=True)
        own.append(QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning))
        return model

    yield check
    assert own
    complaints = [r.message for r in qtlog.records if r.type != QtMsgType.QtDebugMsg and "FAIL" in r.message]
    assert complaints == []


def test_rows_model_through_its_life(qapp, checked):
    m = checked(RowsTableModel([Column("Tên", lambda r: r.name), Column("Số", lambda r: r.n,
                                                                        tip=lambda r: f"số {r.n}")]))
    assert m.rowCount() == 0 and m.columnCount() == 2
    m.set_rows([SimpleNamespace(name=f"Tổ {i}", n=i) for i in range(5)])
    assert m.rowCount() == 5 and _read_every_cell(m) == 5 * 2 * 2  # text and tooltip in every cell
    assert not m.index(5, 0).isValid() and not m.index(0, 0).parent().isValid()  # a flat table
    m.set_rows([])
    assert m.rowCount() == 0


def test_import_preview_model_through_its_life(qapp, checked):
    from desktop_app.ui.pages.importing import PreviewModel

    cols = [Column(h, lambda r, k=k: r[k]) for h, k in
            [("Trang", "sheet"), ("Dòng", "row"), ("Kết quả", "status"), ("Cột", "column"), ("Chi tiết", "message")]]
    m = checked(PreviewModel(cols))
    m.set_rows([{"sheet": "Người", "row": i, "status": s, "column": "Ngày sinh" if s == "error" else "",
                 "message": "ngày không tồn tại" if s == "error" else ""}
                for i, s in enumerate(["error", "duplicate", "created", "updated"], 4)])
    assert m.rowCount() == 4 and _read_every_cell(m) > 4 * 5
    m.set_rows([])
    assert m.rowCount() == 0


def test_rules_model_through_its_life(qapp, checked):
    from desktop_app.core.domain.rules import SEED_RULES
    from desktop_app.ui.pages.admin import _RulesModel, rule_columns

    m = checked(_RulesModel(rule_columns(), lambda: dt.date(2026, 6, 1)))
    m.set_rows(SEED_RULES)
    assert m.rowCount() == len(SEED_RULES) > 0
    assert _read_every_cell(m) >= m.rowCount() * m.columnCount()
    m.set_rows(SEED_RULES[:1])
    assert m.rowCount() == 1


def test_person_model_through_paging(qapp, checked):
    from desktop_app.ui.pages.people import PersonTableModel

    m = checked(PersonTableModel())
    rows = [_person(i) for i in range(120)]
    asked: list[int] = []
    m.fetch_more = asked.append  # the page asks the core for the next page; here, answered below
    m.set_rows(rows[:50], total=120)
    while m.rowCount() < 120:
        if not asked or asked[-1] != m.rowCount():
            m.fetchMore(QModelIndex())  # as the view does when scrolled to the end (the tester may have)
        assert asked[-1] == m.rowCount() and not m.canFetchMore(QModelIndex())  # one request at a time
        m.append_rows(rows[asked[-1]:asked[-1] + 50])  # rows inserted at the end, under the tester
    assert asked == [50, 100] and m.rows == rows and not m.canFetchMore(QModelIndex())
    assert _read_every_cell(m) >= 120 * m.columnCount()
    m.set_rows([], total=0)
    assert m.rowCount() == 0


def test_due_model_with_headings(qapp, checked):
    from desktop_app.ui.pages.due import DueTableModel

    m = checked(DueTableModel())
    m.set_items([_due("visit", 3, "B"), _due("assessment", 2, "C"), _due("visit", -5, "A")])
    assert m.rowCount() == 5 and m.heading_rows() == [0, 2]
    assert _read_every_cell(m) >= 3 * m.columnCount()
    assert m.data(m.index(3, 0), Qt.ItemDataRole.ForegroundRole).color().name() == "#a40000"  # overdue
    m.set_items([])
    assert m.rowCount() == 0
