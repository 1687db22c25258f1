"""Security models of the movement: list by kind and area, add and edit."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.core.domain.vocab import ModelKind, ModelStatus
from desktop_app.ui.dialogs.form import FormDialog
from desktop_app.ui.operations.models import load_models
from desktop_app.ui.pages.rows_model import Column, RowsTableModel, make_table, selected_row
from desktop_app.ui.texts import date_text, model_kind_label, translate

STATUS_VI = {ModelStatus.ACTIVE: QT_TRANSLATE_NOOP("Vocab", "Đang hoạt động"),
             ModelStatus.SUSPENDED: QT_TRANSLATE_NOOP("Vocab", "Tạm dừng"),
             ModelStatus.DISSOLVED: QT_TRANSLATE_NOOP("Vocab", "Giải thể")}


class ModelDialog(FormDialog):
    def __init__(self, parent, ws, ops, model=None, areas: list[str] = ()):
        super().__init__(parent, translate("Models", "Sửa mô hình") if model else translate("Models", "Thêm mô hình"), ops)
        self.ws, self.model = ws, model
        self.add_line("name", translate("Models", "Tên mô hình *"), max_length=200)
        self.add_combo("kind", translate("Models", "Loại mô hình"), [(model_kind_label(k.value), k.value) for k in ModelKind])
        area = self.add_line("area", translate("Models", "Địa bàn"), max_length=200,
                             placeholder=translate("Models", "ví dụ: Thôn Đông (gõ vài chữ để chọn địa bàn đã có)"))
        completer = QCompleter(list(areas), self)  # the areas already used: one spelling per area
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        area.setCompleter(completer)
        self.add_date("established_on", translate("Models", "Ngày thành lập"))
        self.add_combo("status", translate("Models", "Trạng thái"), [(translate("Vocab", v), k.value) for k, v in STATUS_VI.items()])
        if model:
            self.fields["name"].setText(model.name)
            self.fields["kind"].setCurrentIndex(self.fields["kind"].findData(model.kind))
            self.fields["area"].setText(model.area)
            if model.established_on:
                d = model.established_on
                self.fields["established_on"].setDate(QDate(d.year, d.month, d.day))
            self.fields["status"].setCurrentIndex(self.fields["status"].findData(model.status))
        self._dirty = False

    def values(self):
        return {"name": self.text("name"), "kind": self.data("kind"), "area": self.text("area"),
                "established_on": self.date("established_on"), "status": self.data("status")}

    def submit(self, values):
        if self.model:
            return self.ws.models.update(self.model.id, values)
        return self.ws.models.add(values)


class ModelsPage(QWidget):
    def __init__(self, ws, ops, parent=None):
        super().__init__(parent)
        self.ws, self.ops = ws, ops
        lay = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.kind = QComboBox()
        self.kind.addItem(translate("Models", "Mọi loại mô hình"), None)
        for k in ModelKind:
            self.kind.addItem(model_kind_label(k.value), k.value)
        self.kind.currentIndexChanged.connect(self.refresh)
        bar.addWidget(self.kind)
        self.area = QComboBox()
        self.area.setObjectName("models_area")
        self.area.setMinimumContentsLength(16)
        self.area.addItem(translate("Models", "Mọi địa bàn"), None)
        self.area.currentIndexChanged.connect(self.refresh)
        bar.addWidget(self.area)
        self.areas: list[str] = []
        self.summary = QLabel("")
        bar.addWidget(self.summary, 1)
        for label, slot in ((translate("Models", "Thêm mô hình"), self.new_model), (translate("Models", "Sửa"), self.edit_selected)):
            b = QPushButton(label)
            b.clicked.connect(slot)
            bar.addWidget(b)
        lay.addLayout(bar)
        self.model = RowsTableModel([
            Column(translate("Models", "Tên mô hình"), lambda m: m.name, 300, stretch=True),
            Column(translate("Models", "Loại"), lambda m: model_kind_label(m.kind), 220),
            Column(translate("Models", "Địa bàn"), lambda m: m.area, 200),
            Column(translate("Models", "Ngày thành lập"), lambda m: date_text(m.established_on), 110),
            Column(translate("Models", "Trạng thái"), lambda m: translate("Vocab", STATUS_VI.get(ModelStatus(m.status), m.status)), 120),
        ], self)
        self.table = make_table(self.model, "models_table")
        self.table.activated.connect(lambda _i: self.edit_selected())
        lay.addWidget(self.table)
        ops.operation_did_execute.connect(lambda ch, _i: self.refresh() if ch.models else None)

    def refresh(self) -> None:
        kind, area = self.kind.currentData(), self.area.currentData()
        # the models, the filter's choices of area, all areas for the dialog
        load_models(parent=self, ops=self.ops, ws=self.ws, kind=kind, area=area, on_done=self._show)

    def _set_area_choices(self, areas: list[str]) -> None:
        """The areas with a model of the chosen kind; the chosen one stays while it has any."""
        current = self.area.currentData()
        self.area.blockSignals(True)  # refilling the list is not a choice
        while self.area.count() > 1:
            self.area.removeItem(1)
        for a in areas:
            self.area.addItem(a, a)
        self.area.setCurrentIndex(max(0, self.area.findData(current)) if current else 0)
        self.area.blockSignals(False)
        if current and self.area.currentData() != current:
            self.refresh()  # the chosen area has no model of this kind: show them all

    def _show(self, result) -> None:
        page, kind_areas, self.areas = result
        self._set_area_choices(kind_areas)
        self.model.set_rows(page.rows)
        areas = len({(m.unit_code, m.area) for m in page.rows})
        total = page.total
        self.summary.setText(translate("Models", "{models} ở %Ln địa bàn", None, areas).format(
            models=translate("Models", "%Ln mô hình", None, total)))

    def new_model(self):
        dlg = ModelDialog(self, self.ws, self.ops, areas=self.areas)
        dlg.open()
        self._dialog = dlg
        return dlg

    def edit_selected(self):
        m = selected_row(self.table)
        if m is None:
            return None
        dlg = ModelDialog(self, self.ws, self.ops, m, areas=self.areas)
        dlg.open()
        self._dialog = dlg
        return dlg
