"""People & cases: a table over a model that pages from the Workspace (rows arrive 200 at a
time as the view scrolls), search-as-you-type (debounced, accent-insensitive in the core),
filters by category, status and officer."""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.domain.vocab import CaseCategory, CaseStatus
from desktop_app.core.reports.service import ReportExports
from desktop_app.ui.exporting import ask_xlsx_path, run_export
from desktop_app.ui.operations.persons import search_persons
from desktop_app.ui.texts import category_label, gender_label, number_text, partial_date_text, status_label, translate

PAGE = 200


def matched_field_label(code: str) -> str:
    """A field a search hit was found in (the core's code, PersonRow.matched) as people say it."""
    return {"aliases": translate("People", "tên gọi khác"), "permanent_address": translate("People", "nơi thường trú"),
            "old_id": translate("People", "số CMND/CCCD cũ")}.get(code, code)


def matched_text(codes) -> str:
    """"khớp: nơi thường trú" for a hit found only through fields the table does not show."""
    if not codes:
        return ""
    return translate("People", "khớp: {fields}").format(fields=", ".join(matched_field_label(c) for c in codes))


class PersonTableModel(QAbstractTableModel):
    """Plain rows (PersonRow) in the order the core returned them; `fetch_more` is a callback
    that asks the page for the next slice. Tested without widgets."""

    NAME, BIRTH, GENDER, CCCD, ADDRESS, CATEGORY, OPEN = range(7)
    IdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[Any] = []
        self.total = 0
        self.fetch_more: Callable[[int], None] | None = None
        self._fetching = False

    def headers(self) -> list[str]:
        return [translate("People", "Họ và tên"), translate("People", "Ngày sinh"), translate("People", "Giới tính"),
                translate("People", "Số CCCD"), translate("People", "Nơi ở hiện tại"), translate("People", "Loại đối tượng"),
                translate("People", "Hồ sơ đang quản lý")]

    def set_rows(self, rows, total: int) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.total = max(total, len(self.rows))
        self._fetching = False
        self.endResetModel()

    def append_rows(self, rows) -> None:
        if not rows:
            self._fetching = False
            self.total = len(self.rows)
            return
        first = len(self.rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self.rows.extend(rows)
        # free for the next request only once the rows are in: a fetchMore() from a slot of
        # rowsAboutToBeInserted would ask for this page again
        self._fetching = False
        self.endInsertRows()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 7

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:
        return not parent.isValid() and len(self.rows) < self.total and not self._fetching

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:
        if self.fetch_more is not None and self.canFetchMore(parent):
            self._fetching = True
            self.fetch_more(len(self.rows))

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        if role == self.IdRole:
            return r.id
        if role == Qt.ItemDataRole.DisplayRole:
            col = index.column()
            if col == self.NAME:
                return r.full_name
            if col == self.BIRTH:
                return partial_date_text(r.birth_date)
            if col == self.GENDER:
                return gender_label(r.gender)
            if col == self.CCCD:
                return r.cccd or ""
            if col == self.ADDRESS:
                hint = matched_text(r.matched)
                if hint:  # the hit is there for a field the table does not show: say which
                    # first, so that a long address elided at the cell's end does not hide it
                    return f"({hint})  {r.current_address}" if r.current_address else f"({hint})"
                return r.current_address
            if col == self.CATEGORY:
                return "; ".join(category_label(c) for c in r.categories)
            if col == self.OPEN:
                return str(r.open_cases) if r.open_cases else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            col = index.column()
            if col == self.ADDRESS and r.matched:
                return translate("People", "Người này hiện ra vì từ tìm kiếm có trong: {fields} (không hiện trong bảng)").format(
                    fields=", ".join(matched_field_label(m) for m in r.matched))
            if col == self.CATEGORY and r.categories:
                return "\n".join(category_label(c) for c in r.categories)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.OPEN:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def person_id(self, row: int) -> str:
        return self.rows[row].id


class PeoplePage(QWidget):
    open_person = Signal(str)
    results_shown = Signal(str)  # the query whose results are now in the model (tests, bench)
    exported = Signal(object)  # the ListExport written
    _quiet_export = False  # tests turn the confirmation box off

    def __init__(self, ws, ops, parent=None):
        super().__init__(parent)
        self.ws, self.ops = ws, ops
        self._generation = 0
        lay = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("people_search")
        self.search.setPlaceholderText(translate("People", "Tìm theo tên (gõ không dấu được), số CCCD, địa chỉ… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        bar.addWidget(self.search, 3)
        self.category = QComboBox()
        self.category.addItem(translate("People", "Mọi loại đối tượng"), None)
        for c in CaseCategory:
            self.category.addItem(category_label(c.value), c.value)
        bar.addWidget(self.category, 2)
        self.status = QComboBox()
        self.status.addItem(translate("People", "Mọi trạng thái"), None)
        for s in CaseStatus:
            self.status.addItem(status_label(s.value), s.value)
        bar.addWidget(self.status, 1)
        self.mine = QComboBox()
        self.mine.addItem(translate("People", "Mọi cán bộ"), None)
        self.mine.addItem(translate("People", "Tôi phụ trách"), ws.username)
        bar.addWidget(self.mine, 1)
        self.due = QComboBox()
        self.due.setObjectName("people_due")
        self.due.addItem(translate("People", "Mọi hạn"), None)
        self.due.addItem(translate("People", "Có việc đến hạn"), "due")
        self.due.addItem(translate("People", "Có việc quá hạn"), "overdue")
        self.due.setToolTip(translate("People", "Những người có việc trong danh sách Việc đến hạn (đánh giá, thăm gặp, "
                                                "hồ sơ sắp hết hạn, xóa án tích)"))
        bar.addWidget(self.due, 1)
        self.new_btn = QPushButton(translate("People", "Thêm người (Ctrl+N)"))
        bar.addWidget(self.new_btn)
        self.export_btn = QPushButton(translate("People", "Xuất Excel"))
        self.export_btn.setObjectName("people_export")
        self.export_btn.setToolTip(translate("People", "Ghi toàn bộ danh sách đang lọc ra tệp Excel (có ghi nhật ký)"))
        self.export_btn.clicked.connect(self.export_xlsx)
        self.export_btn.setVisible(ws.can("export"))
        bar.addWidget(self.export_btn)
        lay.addLayout(bar)
        self.count = QLabel("")
        lay.addWidget(self.count)
        self.model = PersonTableModel(self)
        self.model.fetch_more = self._load_more
        self.table = QTableView()
        self.table.setObjectName("people_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)  # rows are chosen, not cells: Tab leaves the table
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        h = self.table.horizontalHeader()
        h.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        h.setStretchLastSection(False)
        for col, w in enumerate((200, 90, 70, 115, 300, 180, 130)):
            self.table.setColumnWidth(col, w)
        h.setSectionResizeMode(PersonTableModel.ADDRESS, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda idx: self.open_person.emit(self.model.person_id(idx.row())))
        lay.addWidget(self.table)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _: self._debounce.start())
        self.search.returnPressed.connect(self._open_first)
        for combo in (self.category, self.status, self.mine, self.due):
            combo.currentIndexChanged.connect(self.refresh)
            # the search field keeps the room: each filter is as wide as a short choice, its
            # list as wide as its longest (the legal category names are long)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(7)
            combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 32)
        self.search.setMinimumWidth(170)  # the page fits 1366×768 at 125 %
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.focus_search)
        ops.operation_did_execute.connect(self._on_changes)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def export_xlsx(self, path: str | None = None) -> None:
        """Everyone the current search and filters select (not only the loaded rows)."""
        path = path or ask_xlsx_path(self, "danh-sach-doi-tuong")
        if not path:
            return
        query, filters = self.search.text(), self._filters()
        run_export(self, self.ops, lambda: ReportExports.of(self.ws).people_list(path, query=query, **filters),
                   on_done=self.exported.emit, quiet=self._quiet_export)

    def _open_first(self) -> None:
        if self.model.rows:
            self.open_person.emit(self.model.rows[0].id)

    def _filters(self) -> dict:
        return dict(category=self.category.currentData(), status=self.status.currentData(),
                    officer=self.mine.currentData(), due=self.due.currentData())

    def _fetch(self, offset: int, on_done) -> None:
        search_persons(parent=self, ops=self.ops, ws=self.ws, text=self.search.text(), limit=PAGE, offset=offset,
                       with_total=offset == 0, on_done=on_done, **self._filters())

    def refresh(self) -> None:
        self._generation += 1
        gen, query = self._generation, self.search.text()

        def done(page) -> None:
            if gen != self._generation:
                return  # an older keystroke's answer: drop it
            self.model.set_rows(page.rows, page.total if page.total >= 0 else len(page.rows))
            self._show_count()
            self.results_shown.emit(query)

        self._fetch(0, done)

    def _load_more(self, offset: int) -> None:
        gen = self._generation

        def done(page) -> None:
            if gen == self._generation:
                self.model.append_rows(page.rows)
                self._show_count()

        self._fetch(offset, done)

    def _show_count(self) -> None:
        total = self.model.total
        self.count.setText(translate("People", "Hiển thị {shown} / %Ln người", None, total).format(
            shown=number_text(len(self.model.rows))))

    def _on_changes(self, changes, initiator) -> None:
        if changes.persons or changes.cases:
            self.refresh()
