"""The unit tab: the register's identity, its settings on this computer, the administrative units."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.domain.settings import REGISTER_SETTINGS
from desktop_app.core.services import permissions as perm
from desktop_app.ui.pages.admin.common import BAD_STYLE, OK_STYLE, _alive, _note, _unit_text
from desktop_app.ui.pages.rows_model import Column, RowsTableModel, make_table
from desktop_app.ui.settings import label as setting_label
from desktop_app.ui.settings import suffix as setting_suffix
from desktop_app.ui.texts import (
    date_text,
    datetime_text,
    error_text,
    role_label,
    translate,
)

# ---------------------------------------------------------------------------------------------
# Unit


LEVEL_VI = {"province": QT_TRANSLATE_NOOP("Admin", "Tỉnh, thành phố"), "commune": QT_TRANSLATE_NOOP("Admin", "Xã, phường, đặc khu")}


class UnitTab(QWidget):
    META_KEYS = ("unit_code", "unit_name", "register_id", "device_id", "created_at")

    def __init__(self, ws, ops, parent=None):
        super().__init__(parent)
        self.ws, self.ops = ws, ops
        lay = QVBoxLayout(self)
        box = QGroupBox(translate("Admin", "Sổ đăng ký của đơn vị"))
        form = QFormLayout(box)
        self.info: dict[str, QLabel] = {}
        labels = {
            "unit_code": translate("Admin", "Mã đơn vị"),
            "unit_name": translate("Admin", "Tên đơn vị"),
            "register_id": translate("Admin", "Mã sổ đăng ký"),
            "device_id": translate("Admin", "Mã máy này"),
            "created_at": translate("Admin", "Ngày lập sổ"),
            "data_dir": translate("Admin", "Thư mục dữ liệu"),
            "user": translate("Admin", "Người đang đăng nhập"),
        }
        for key, label in labels.items():
            val = QLabel("")
            val.setObjectName(f"unit_{key}")
            val.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                        | Qt.TextInteractionFlag.TextSelectableByKeyboard)
            form.addRow(label, val)
            self.info[key] = val
        # Known without the database: shown at once, confirmed from the register's meta on refresh.
        self.info["unit_code"].setText(ws.unit_code)
        self.info["unit_name"].setText(ws.unit_name)
        self.info["data_dir"].setText(str(ws.data_dir))
        self.info["user"].setText(f"{ws.username} — {role_label(ws.role.value)}")
        form.addRow("", _note(translate("Admin", "Thông tin này được ghi khi lập sổ và dùng để đồng bộ; "
                                          "không sửa trong ứng dụng.")))
        lay.addWidget(box)
        lay.addWidget(self._settings_box())
        head = QHBoxLayout()
        head.addWidget(QLabel("<b>" + translate("Admin", "Đơn vị hành chính") + "</b>"))
        self.summary = QLabel("")
        head.addWidget(self.summary, 1)
        lay.addLayout(head)
        self.names: dict[str, str] = {}
        self.model = RowsTableModel([
            Column(translate("Admin", "Mã"), lambda u: u.code, 80),
            Column(translate("Admin", "Tên đơn vị"), lambda u: u.name, 300, stretch=True),
            Column(translate("Admin", "Cấp"), lambda u: translate("Admin", LEVEL_VI[u.level]) if u.level in LEVEL_VI else u.level,
                   160),
            Column(translate("Admin", "Trực thuộc"), lambda u: _unit_text(u.parent_code, self.names) if u.parent_code else "",
                   260),
            Column(translate("Admin", "Hiệu lực từ"), lambda u: date_text(u.valid_from), 110),
        ], self)
        self.table = make_table(self.model, "units_table")
        lay.addWidget(self.table, 1)

    def _settings_box(self) -> QGroupBox:
        """The register's settings on this computer (the chief's to change), one field each as
        declared in the core (domain/settings.py): the auto-lock time, the sync interval."""
        box = QGroupBox(translate("Admin", "Cài đặt của sổ trên máy này"))
        row = QHBoxLayout(box)
        self.settings: dict[str, QSpinBox] = {}
        for name, spec in REGISTER_SETTINGS.items():
            label = QLabel(setting_label(spec))
            row.addWidget(label)
            spin = QSpinBox(objectName=name)
            spin.setRange(int(spec.lo), int(spec.hi))
            spin.setValue(spec.default)  # until the register's value is read
            spin.setSuffix(setting_suffix(spec))
            label.setBuddy(spin)
            row.addWidget(spin)
            self.settings[name] = spin
        self.settings_save = QPushButton(translate("Admin", "Lưu cài đặt"), objectName="settings_save")
        self.settings_save.clicked.connect(self.save_settings)
        row.addWidget(self.settings_save)
        self.settings_note = _note("")
        row.addWidget(self.settings_note, 1)
        chief = self.ws.can(perm.EDIT_RULES)
        for w in (*self.settings.values(), self.settings_save):
            w.setEnabled(chief)
        if not chief:
            self.settings_note.setText(translate("Admin", "Chỉ Trưởng Công an xã thay đổi được."))
        return box

    def save_settings(self) -> None:
        values = {name: spin.value() for name, spin in self.settings.items()}
        self.settings_save.setEnabled(False)

        def saved(_changes) -> None:
            self.settings_save.setEnabled(True)
            self.settings_note.setStyleSheet(OK_STYLE)
            self.settings_note.setText(translate("Admin", "Đã lưu cài đặt."))

        def failed(e: BaseException) -> None:
            self.settings_save.setEnabled(True)
            self.settings_note.setStyleSheet(BAD_STYLE)
            self.settings_note.setText(error_text(e))

        self.ops.op(lambda: self.ws.set_settings(values), on_done=_alive(self, saved),
                    on_error=_alive(self, failed), initiator=self)

    def refresh(self) -> None:
        ws = self.ws
        self.ops.query(lambda: ({k: ws.meta(k) for k in self.META_KEYS}, ws.units.list(),
                                {n: ws.setting(n) for n in self.settings}), on_done=_alive(self, self._show))

    def _show(self, result) -> None:
        meta, units, settings = result
        for name, value in settings.items():
            self.settings[name].setValue(value)
        for k in self.META_KEYS:
            v = meta.get(k, "")
            if k == "created_at" and v:
                try:
                    v = datetime_text(dt.datetime.fromisoformat(v))
                except ValueError:
                    pass
            self.info[k].setText(v)
        self.names = {u.code: u.name for u in units}
        # The register's own unit first, then communes, then provinces, each by code.
        own = self.ws.unit_code
        units = sorted(units, key=lambda u: (u.code != own, u.level != "commune", u.code))
        self.model.set_rows(units)
        communes = sum(1 for u in units if u.level == "commune")
        total, provinces = len(units), len(units) - communes
        self.summary.setText(translate("Admin", "%Ln đơn vị đang có hiệu lực ({communes}; {provinces})", None, total).format(
            communes=translate("Admin", "%Ln xã, phường", None, communes),
            provinces=translate("Admin", "%Ln tỉnh, thành phố", None, provinces)))

