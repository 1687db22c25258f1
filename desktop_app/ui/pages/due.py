"""Due today: overdue and upcoming assessments and visits, cases ending within 30 days,
records due for clearing, reviews — grouped by kind, most urgent first, one click (or Enter)
to record the visit or assessment."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.reports.service import ReportExports
from desktop_app.ui.dialogs import records as R
from desktop_app.ui.exporting import ask_xlsx_path, run_export
from desktop_app.ui.operations.due import list_due
from desktop_app.ui.texts import (
    category_label,
    date_text,
    due_note_text,
    officer_text,  # officers by full name
    officer_tip,  # officers by full name
    translate,
)

KIND_LABELS = {"assessment": QT_TRANSLATE_NOOP("Due", "Đánh giá định kỳ"),
               "visit": QT_TRANSLATE_NOOP("Due", "Thăm gặp"),
               "case_ending": QT_TRANSLATE_NOOP("Due", "Sắp hết thời hạn"),
               "record_clearing": QT_TRANSLATE_NOOP("Due", "Đến hạn xóa án tích / coi như chưa bị áp dụng"),
               "review": QT_TRANSLATE_NOOP("Due", "Rà soát, phân loại"),
               # issue 14
               "record_clearing_court": QT_TRANSLATE_NOOP("Due", "Xóa án tích (cần quyết định của Tòa án)"),
               "never_applied": QT_TRANSLATE_NOOP("Due", "Được coi là chưa bị áp dụng"),
               "revocation_request": QT_TRANSLATE_NOOP("Due", "Đề nghị Tòa án buộc chấp hành án phạt tù")}
KIND_ORDER = ["assessment", "visit", "case_ending", "review", "revocation_request", "record_clearing",
              "record_clearing_court", "never_applied"]
# A date that comes (record clearing, "never applied"): "đến hạn", never late (issue 14).
DATE_COMES = frozenset({"record_clearing", "record_clearing_court", "never_applied"})


class DueTableModel(QAbstractTableModel):
    """The due items grouped by kind (KIND_ORDER), most urgent first in each group; a group
    starts with a heading row (the kind, its count, how many overdue) that the view spans across
    every column. `items` is the due items alone, in display order; `item_at(row)` is None on
    a heading row."""

    KIND, DATE, WHEN, NAME, CATEGORY, OFFICER = range(6)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.items: list = []
        self.rows: list = []  # a DueItem, or the kind (str) for a group's heading row
        self._counts: dict[str, tuple[int, int]] = {}

    def set_items(self, items) -> None:
        self.beginResetModel()
        order = {k: i for i, k in enumerate(KIND_ORDER)}
        self.items = sorted(items, key=lambda i: (order.get(i.kind, 9), i.days, i.full_name))
        self.rows, self._counts = [], {}
        kind = None
        for item in self.items:
            if item.kind != kind:
                kind = item.kind
                self.rows.append(kind)
            total, overdue = self._counts.get(item.kind, (0, 0))
            self._counts[item.kind] = (total + 1, overdue + (item.days < 0 and item.kind not in DATE_COMES))
            self.rows.append(item)
        self.endResetModel()

    def item_at(self, row: int):
        entry = self.rows[row] if 0 <= row < len(self.rows) else None
        return None if entry is None or isinstance(entry, str) else entry

    def heading_rows(self) -> list[int]:
        return [r for r, entry in enumerate(self.rows) if isinstance(entry, str)]

    def row_of(self, item) -> int:
        return self.rows.index(item)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 6

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [translate("Due", "Việc"), translate("Due", "Hạn"), translate("Due", "Tình trạng"), translate("Due", "Họ và tên"),
                    translate("Due", "Loại đối tượng"), translate("Due", "Cán bộ")][section]
        return None

    def flags(self, index):
        if index.isValid() and self.item_at(index.row()) is None:
            return Qt.ItemFlag.ItemIsEnabled  # a heading: not selectable
        return super().flags(index)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        i = self.item_at(index.row())
        if i is None:
            return self._heading_data(self.rows[index.row()], index.column(), role)
        if role == Qt.ItemDataRole.DisplayRole:
            when = (translate("Due", "Đến hạn") if i.days <= 0 else self.when(i.days)) \
                if i.kind in DATE_COMES else self.when(i.days)
            return [translate("Due", KIND_LABELS.get(i.kind, i.kind)), date_text(i.due_date), when,
                    i.full_name, category_label(i.category), officer_text(i.officer)][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 5:
            return officer_tip(i.officer)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.KIND and i.note_code:
            return due_note_text(i.note_code, i.note_params)  # the legal basis, in the app's language
        if role == Qt.ItemDataRole.ForegroundRole and i.days < 0 and i.kind not in DATE_COMES:
            return QBrush(QColor("#a40000"))
        return None

    def _heading_data(self, kind: str, column: int, role):
        if role == Qt.ItemDataRole.DisplayRole and column == 0:
            total, overdue = self._counts.get(kind, (0, 0))
            count = translate("Due", "%Ln việc", None, total)
            if overdue:
                count = translate("Due", "{items}, trong đó %Ln việc quá hạn", None, overdue).format(items=count)
            return f"{translate('Due', KIND_LABELS.get(kind, kind))} — {count}"
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor("#e4ebf3"))
        return None

    @staticmethod
    def when(days: int) -> str:
        if days < 0:
            return translate("Due", "Quá hạn %n ngày", None, -days)
        if days == 0:
            return translate("Due", "Hôm nay")
        return translate("Due", "Còn %n ngày", None, days)


class DuePage(QWidget):
    open_person = Signal(str)
    open_case = Signal(str, str)  # person, case: the file with that case selected
    loaded = Signal()
    exported = Signal(object)  # the ListExport written
    _quiet_export = False  # tests turn the confirmation box off

    def __init__(self, ws, ops, parent=None):
        super().__init__(parent)
        self.ws, self.ops = ws, ops
        lay = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.officer = QComboBox()
        self.officer.addItem(translate("Due", "Mọi cán bộ"), None)
        self.officer.addItem(translate("Due", "Tôi phụ trách"), ws.username)
        self.officer.currentIndexChanged.connect(self.refresh)
        bar.addWidget(self.officer)
        self.summary = QLabel("")
        bar.addWidget(self.summary, 1)
        self.record_btn = QPushButton(translate("Due", "Ghi nhận (Enter)"))
        self.record_btn.setObjectName("due_record")
        self.record_btn.clicked.connect(self.record_selected)
        bar.addWidget(self.record_btn)
        self.open_btn = QPushButton(translate("Due", "Mở hồ sơ"))
        self.open_btn.clicked.connect(self._open_selected)
        bar.addWidget(self.open_btn)
        self.document_btn = QPushButton(translate("Due", "Tạo văn bản (Ctrl+D)"))
        self.document_btn.setObjectName("due_document")
        self.document_btn.clicked.connect(lambda _=False: self.make_document())
        bar.addWidget(self.document_btn)
        QShortcut(QKeySequence("Ctrl+D"), self, activated=self.make_document)
        self.export_btn = QPushButton(translate("Due", "Xuất Excel"))
        self.export_btn.setObjectName("due_export")
        self.export_btn.clicked.connect(self.export_xlsx)
        bar.addWidget(self.export_btn)
        lay.addLayout(bar)
        self.model = DueTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("due_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)  # rows are chosen, not cells: Tab leaves the table
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        for col, w in enumerate((260, 90, 130, 220, 230)):
            self.table.setColumnWidth(col, w)
        # (a heading row is not an item: activating it does nothing, the arrow keys step over it)
        self.table.activated.connect(lambda i: self.record_selected() if self.model.item_at(i.row()) else None)
        self.table.selectionModel().currentChanged.connect(self._skip_heading)
        lay.addWidget(self.table)
        # only while shown (the main window refreshes a page when it is shown): the due list
        # costs a second on a province register, not to be paid for every save elsewhere
        ops.operation_did_execute.connect(
            lambda ch, _i: self.refresh() if (ch.cases or ch.visits or ch.persons) and self.isVisible() else None)

    def _skip_heading(self, current, previous) -> None:
        """The current row moved onto a group's heading: on to the nearest item in the same
        direction (back the other way at either end)."""
        row = current.row()
        if not current.isValid() or self.model.item_at(row) is not None:
            return
        step = -1 if previous.isValid() and previous.row() > row else 1
        for direction in (step, -step):
            r = row + direction
            while 0 <= r < self.model.rowCount():
                if self.model.item_at(r) is not None:
                    # after the view has applied its own selection for this move (which, on a
                    # heading that cannot be selected, is none)
                    QTimer.singleShot(0, lambda r=r: self.table.selectRow(r))
                    return
                r += direction

    def refresh(self) -> None:
        officer = self.officer.currentData()
        list_due(parent=self, ops=self.ops, ws=self.ws, officer=officer, on_done=self._show)  # the slow-read lane

    def _show(self, items) -> None:
        self.model.set_items(items)
        self.table.clearSpans()
        for row in self.model.heading_rows():
            self.table.setSpan(row, 0, 1, self.model.columnCount())
        overdue = sum(1 for i in items if i.days < 0)
        total = len(items)
        self.summary.setText(translate("Due", "{items}, trong đó %Ln việc quá hạn", None, overdue).format(
            items=translate("Due", "%Ln việc", None, total)))
        self.loaded.emit()

    def export_xlsx(self, path: str | None = None) -> None:
        path = path or ask_xlsx_path(self, "viec-den-han")
        if not path:
            return
        officer = self.officer.currentData()
        run_export(self, self.ops, lambda: ReportExports.of(self.ws).due_list(path, officer=officer),
                   on_done=self.exported.emit, quiet=self._quiet_export)

    def selected(self):
        """The selected due item; with none selected, the first (the most urgent of the first
        group)."""
        rows = self.table.selectionModel().selectedRows()
        if rows:
            return self.model.item_at(rows[0].row())
        return self.model.items[0] if self.model.items else None

    def _open_selected(self) -> None:
        item = self.selected()
        if item:
            self.open_case.emit(item.person_id, item.case_id)

    def make_document(self):
        """"Tạo văn bản" for the selected due item: the review that is due, its period given
        (issue 18)."""
        from desktop_app.ui.dialogs.documents import MakeDocumentDialog, suggested_for_due

        item = self.selected()
        if item is None:
            return None
        self._dialog = MakeDocumentDialog(self.ws, self.ops, person_id=item.person_id, case_id=item.case_id,
                                          period_start=item.period_start, name=item.full_name,
                                          case_category=item.category, suggested=suggested_for_due(item.kind, item.category), parent=self)
        self._dialog.open()
        return self._dialog

    def record_selected(self):
        """The one-click path: a visit dialog for visit items, an assessment for assessment
        items (period pre-filled); otherwise (a case ending, a review, a record to clear) the
        person's file with that case selected, where it is settled."""
        item = self.selected()
        if item is None:
            return None
        if item.kind == "visit":
            dlg = R.ContactDialog(self, self.ws, self.ops, item.case_id)
        elif item.kind == "assessment":
            dlg = R.EvaluationDialog(self, self.ws, self.ops, item.case_id, item.period_start,
                                     period_kind=item.period_kind or "month")
        else:
            self.open_case.emit(item.person_id, item.case_id)
            return None
        dlg.setWindowTitle(f"{dlg.windowTitle()} — {item.full_name}")  # the form covers the list: whose it is
        dlg.open()
        self._dialog = dlg
        return dlg
