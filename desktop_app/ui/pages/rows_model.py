"""A table model over a list of plain rows with declared columns: for the short lists
(sessions, tips, models, users, rules, audit) that do not need paging."""

from __future__ import annotations

from typing import Any, Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


class Column:
    def __init__(self, header: str, value: Callable[[Any], Any], width: int = 120, stretch: bool = False,
                 tip: Callable[[Any], Any] | None = None):
        """`tip`: the cell's tooltip (e.g. the code or login behind a name); the whole text when None."""
        self.header, self.value, self.width, self.stretch, self.tip = header, value, width, stretch, tip


class RowsTableModel(QAbstractTableModel):
    RowRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, columns: Sequence[Column], parent=None):
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            v = self.columns[index.column()].value(row)
            return "" if v is None else str(v)
        if role == Qt.ItemDataRole.ToolTipRole:
            # a cell may be elided (a tip's content, an audit entry's detail): its whole text here
            col = self.columns[index.column()]
            v = (col.tip or col.value)(row)
            return str(v) if v is not None and str(v) else None
        if role == self.RowRole:
            return row
        return None


class _RowsView(QTableView):
    """A list of rows: reached by Tab with nothing selected, it selects the row its focus frame
    is on (else Enter, "open the selected one", did nothing and Down skipped the first row)."""

    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().focusInEvent(event)
        if event.reason() == Qt.FocusReason.MouseFocusReason:
            return  # the click selects the row it is on
        sm = self.selectionModel()
        if sm is not None and not sm.hasSelection() and self.model() is not None and self.model().rowCount() > 0:
            row = self.currentIndex().row() if self.currentIndex().isValid() else 0
            self.selectRow(row)


def make_table(model: RowsTableModel, name: str) -> QTableView:
    t = _RowsView()
    t.setObjectName(name)
    t.setModel(model)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setTabKeyNavigation(False)  # rows are chosen, not cells: Tab leaves the table
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setAlternatingRowColors(True)
    t.verticalHeader().hide()
    for i, c in enumerate(model.columns):
        t.setColumnWidth(i, c.width)
        if c.stretch:
            t.horizontalHeader().setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch)
    return t


def selected_row(table: QTableView):
    rows = table.selectionModel().selectedRows()
    if not rows:
        return None
    return table.model().rows[rows[0].row()]
