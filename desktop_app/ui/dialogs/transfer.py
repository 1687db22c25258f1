"""Chuyển địa bàn: a person and their whole file (cases, contacts, assessments, absences,
violations, attendances) moved to another commune of the province (ws.transfers.move_person).
The chief of the person's commune or the province admin only (the button is offered to them
alone; the core refuses anyone else).

The commune is chosen by name (accents optional) or code among the communes of the province
this register knows (`operations.persons.load_transfer_destinations`); a reason is required;
saving asks first, naming the person and the commune (Enter keeps the safe answer). FormDialog's
keyboard rule holds: Enter moves to the next field and never saves, Ctrl+S saves, Esc asks
when something was typed."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QWidget
from shiboken6 import isValid

from desktop_app.core.errors import Problem, ValidationFailed
from desktop_app.core.textvn import fold
from desktop_app.ui.dialogs.form import FormDialog
from desktop_app.ui.dialogs.unit_picker import _CODE_AT_END, UnitPicker, unit_text
from desktop_app.ui.operations import persons as persons_op
from desktop_app.ui.texts import translate


class DestinationPicker(UnitPicker):
    """A UnitPicker offering only the communes a transfer may go to (loaded once)."""

    def __init__(self, ws, ops, parent: QWidget | None = None):
        super().__init__(ws, ops, parent)
        self.setPlaceholderText(translate("Transfer", "gõ tên hoặc mã xã chuyển đến (gõ không dấu được)"))
        self.units: list[Any] = []

    def set_units(self, units: list[Any]) -> None:
        self.units = list(units)

    def _lookup(self) -> None:
        text = self.text().strip()
        if not text or _CODE_AT_END.search(text):
            self.choices.setStringList([])
            return
        f = fold(text)
        hits = [u for u in self.units if u.code.startswith(text) or f in fold(u.name)]
        hits.sort(key=lambda u: (not fold(u.name).startswith(f), u.name))
        self._offer(self._asked, hits[:15])

    def name_of(self, code: str | None) -> str:
        for u in self.units:
            if u.code == code:
                return str(u.name)
        return code or ""


class TransferDialog(FormDialog):
    def __init__(self, parent, ws, ops, person, *, open_cases: int = 0):
        super().__init__(parent, translate("Transfer", "Chuyển địa bàn"), ops)
        self.ws, self.person, self.open_cases = ws, person, open_cases
        intro = QLabel(translate(
            "Transfer", "Chuyển {name} cùng toàn bộ hồ sơ (hồ sơ quản lý, thăm gặp, nhận xét, vắng mặt, vi phạm, "
            "lượt gọi hỏi) sang xã khác trong tỉnh. Sau khi đồng bộ, hồ sơ rời máy này; xã nhận tiếp tục "
            "quản lý.").format(name=person.full_name))
        intro.setWordWrap(True)
        self.form.insertRow(0, intro)
        self.picker = DestinationPicker(ws, ops)
        self._add("to_unit", translate("Transfer", "Chuyển đến xã *"), self.picker)
        self.add_line("reason", translate("Transfer", "Lý do *"), max_length=500,
                      placeholder=translate("Transfer", "Ví dụ: chuyển nơi cư trú"))
        self.add_line("decision_number", translate("Transfer", "Số văn bản chuyển"), max_length=60)
        self.add_line("address", translate("Transfer", "Nơi ở hiện tại mới"), max_length=300,
                      placeholder=translate("Transfer", "nếu đã biết"))
        self._dirty = False
        self.picker.setFocus()
        persons_op.load_transfer_destinations(parent=self, ops=ops, ws=ws, person_unit=person.unit_code,
                                              on_done=self._destinations)

    def _destinations(self, units) -> None:
        if not isValid(self):
            return
        self.picker.set_units(units)
        if not units:
            self.banner.setText(translate(
                "Transfer", "Máy này chưa biết xã nào khác trong tỉnh: hãy đồng bộ với máy chủ tỉnh "
                "để nhận danh sách xã, rồi chuyển."))
            self.banner.show()

    def values(self) -> dict[str, Any]:
        problems = []
        if not self.picker.code():
            problems.append(Problem("to_unit", "required"))
        if not self.text("reason"):
            problems.append(Problem("reason", "required"))
        if problems:  # the core's own answer, before anything is asked
            raise ValidationFailed(problems)
        return {"to_unit": self.picker.code(), "reason": self.text("reason"),
                "decision_number": self.text("decision_number"), "address": self.text("address") or None}

    def save(self) -> None:
        """Asks first, naming the person and the commune; Enter keeps the safe answer."""
        from desktop_app.ui.dialogs.form import ask_then

        if self._saving:
            return
        try:
            v = self.values()
        except ValidationFailed as e:
            self.on_validation_failed(e)
            return
        unit = unit_text(self.picker.name_of(v["to_unit"]), v["to_unit"])
        text = translate("Transfer", "Chuyển {name} cùng toàn bộ hồ sơ ({cases} hồ sơ đang quản lý) sang {unit}? "
                         "Sau lần đồng bộ tới, hồ sơ rời khỏi máy này; chỉ xã nhận sửa được.").format(
            name=self.person.full_name, cases=self.open_cases, unit=unit)
        self._question = ask_then(self, translate("Transfer", "Chuyển địa bàn"), text,
                                  translate("Transfer", "Chuyển"), translate("Transfer", "Không chuyển"),
                                  lambda: FormDialog.save(self))

    def submit(self, values: dict[str, Any]):
        return self.ws.transfers.move_person(self.person.id, values["to_unit"], reason=values["reason"],
                                             decision_number=values["decision_number"], address=values["address"])
