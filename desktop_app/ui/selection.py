"""The selection of a list survives its refresh.

A save refreshes the list it changed (the model is reset with the rows read again); a reset
clears the view's selection and current row, and the next Down then starts from the top. A
`KeepSelection` on a table remembers which row was selected (by the row's identity, not its
position) just before the reset and selects it again after; when that row is gone (a due item
settled by the save), `or_next=True` selects the row that took its place, that is the next
item, instead of none."""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QItemSelectionModel, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView


def row_id(row: Any) -> Any:
    """The identity of a plain row: its `id` (persons, cases, sessions, tips, models, users…)."""
    return getattr(row, "id", None)


class KeepSelection(QObject):
    """Keeps `view`'s selected row across resets of its model. `key(row)` names a row (None: not
    kept); `rows()` gives the model's rows, row number → row object or None (a heading row)."""

    def __init__(self, view: QAbstractItemView, *, key: Callable[[Any], Any] = row_id,
                 rows: Callable[[], list] | None = None, or_next: bool = False):
        super().__init__(view)
        self.view, self.key, self.or_next = view, key, or_next
        self._rows = rows or (lambda: getattr(view.model(), "rows", []))
        self._kept: tuple[Any, int, int] | None = None
        model = view.model()
        model.modelAboutToBeReset.connect(self._remember)
        model.modelReset.connect(self._restore)

    def _entry(self, r: int) -> Any:
        rows = self._rows()
        return rows[r] if 0 <= r < len(rows) else None

    def _selectable(self, r: int) -> bool:
        idx = self.view.model().index(r, 0)
        return idx.isValid() and bool(self.view.model().flags(idx) & Qt.ItemFlag.ItemIsSelectable)

    def _remember(self) -> None:
        sm = self.view.selectionModel()
        selected = sm.selectedRows() if sm is not None else []
        self._kept = None
        if selected:
            r = selected[0].row()
            entry = self._entry(r)
            key = self.key(entry) if entry is not None else None
            current = sm.currentIndex()
            self._kept = (key, r, current.column() if current.isValid() else 0)

    def _restore(self) -> None:
        kept, self._kept = self._kept, None
        if kept is None:
            return
        key, old_row, column = kept
        rows = self._rows()
        target = None
        if key is not None:
            for r, entry in enumerate(rows):
                if entry is not None and not isinstance(entry, str) and self.key(entry) == key:
                    target = r
                    break
        if target is None and self.or_next and rows:
            # the row that took its place (the next one), else the last one; over headings
            start = min(old_row, len(rows) - 1)
            for r in [*range(start, len(rows)), *range(start - 1, -1, -1)]:
                if self._selectable(r):
                    target = r
                    break
        if target is None:
            return
        model = self.view.model()
        idx = model.index(target, max(0, min(column, model.columnCount() - 1)))
        self.view.selectionModel().setCurrentIndex(
            idx, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.view.scrollTo(idx)
