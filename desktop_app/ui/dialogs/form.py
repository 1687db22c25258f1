"""A dialog with named fields, each with its error line beside it (inline validation from the
core's typed problems), a keyboard path (Tab order as added, Enter/Ctrl+S saves, Esc cancels),
and a prompt before closing with unsaved changes."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from shiboken6 import isValid

from desktop_app.core.errors import Problem, ValidationFailed
from desktop_app.ui.texts import date_format, error_text, problem_text, translate

if TYPE_CHECKING:
    from desktop_app.ui.dialogs.unit_picker import UnitPicker


class FormDialog(QDialog):
    """Subclasses add fields with `add_*`, implement `values()` and `submit(values)` (which
    runs on the database thread through `ops` and returns Changes)."""

    def __init__(self, parent: QWidget | None, title: str, ops=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.ops = ops
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self._dirty = False
        self._saving = False
        self.result_changes = None
        outer = QVBoxLayout(self)
        self.banner = QLabel("")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("color: #a40000;")
        self.banner.hide()
        outer.addWidget(self.banner)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        outer.addLayout(self.form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(translate("Form", "Lưu (Ctrl+S)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("Form", "Hủy (Esc)"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self.setMinimumWidth(560)

    # -- building -------------------------------------------------------------------------------
    def _add(self, name: str, label: str, widget: QWidget, hint: str = "") -> QWidget:
        box = QWidget()
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(1)
        lay.addWidget(widget)
        err = QLabel("")
        err.setObjectName(f"error_{name}")
        err.setStyleSheet("color: #a40000; font-size: 9pt;")
        err.setWordWrap(True)
        err.hide()
        lay.addWidget(err)
        if hint:
            widget.setToolTip(hint)
        lbl = QLabel(label)
        lbl.setBuddy(widget)
        self.form.addRow(lbl, box)
        widget.setObjectName(name)
        self.fields[name] = widget
        self.errors[name] = err
        self._watch(widget)
        return widget

    def _watch(self, w: QWidget) -> None:
        for sig in ("textChanged", "currentIndexChanged", "toggled", "valueChanged", "dateChanged"):
            s = getattr(w, sig, None)
            if s is not None:
                s.connect(self._mark_dirty)
                break

    def _mark_dirty(self, *_: Any) -> None:
        self._dirty = True

    def add_line(self, name: str, label: str, *, placeholder: str = "", max_length: int = 300) -> QLineEdit:
        w = QLineEdit()
        w.setPlaceholderText(placeholder)
        w.setMaxLength(max_length)
        return self._add(name, label, w)  # type: ignore[return-value]

    def add_unit(self, name: str, label: str, ws) -> "UnitPicker":
        """An administrative unit picked by name or code with completion (see UnitPicker)."""
        from desktop_app.ui.dialogs.unit_picker import UnitPicker

        return self._add(name, label, UnitPicker(ws, self.ops))  # type: ignore[return-value]

    def set_units_named(self, ws, names: tuple[str, ...]) -> None:
        """Fills the unit fields `names` holding a bare code with "name (code)", looked up off
        the UI thread; a field edited meanwhile is left alone, and the form stays as clean or
        dirty as it was."""
        codes = {n: self.fields[n].code() for n in names if self.fields[n].code()}
        if not codes:
            return

        def show(found: dict[str, str | None]) -> None:
            if not isValid(self):
                return  # the form was closed and deleted meanwhile
            dirty = self._dirty
            for n, code in codes.items():
                if found.get(n) and self.fields[n].text().strip() == code:
                    self.fields[n].set_unit(code, found[n])
            self._dirty = dirty

        self.ops.query(lambda: {n: ws.units.name(c) for n, c in codes.items()}, on_done=show)

    def add_text(self, name: str, label: str) -> QPlainTextEdit:
        w = QPlainTextEdit()
        w.setTabChangesFocus(True)
        w.setFixedHeight(70)
        return self._add(name, label, w)  # type: ignore[return-value]

    def add_combo(self, name: str, label: str, items: list[tuple[str, Any]]) -> QComboBox:
        w = QComboBox()
        for text, data in items:
            w.addItem(text, data)
        return self._add(name, label, w)  # type: ignore[return-value]

    def add_check(self, name: str, label: str) -> QCheckBox:
        w = QCheckBox()
        return self._add(name, label, w)  # type: ignore[return-value]

    def add_int(self, name: str, label: str, lo: int, hi: int, value: int) -> QSpinBox:
        w = QSpinBox()
        w.setRange(lo, hi)
        w.setValue(value)
        return self._add(name, label, w)  # type: ignore[return-value]

    def add_date(self, name: str, label: str, value: QDate | None = None) -> QDateEdit:
        w = QDateEdit(value or QDate.currentDate())
        w.setDisplayFormat(date_format())
        w.setCalendarPopup(True)
        return self._add(name, label, w)  # type: ignore[return-value]

    # -- values ---------------------------------------------------------------------------------
    def text(self, name: str) -> str:
        w = self.fields[name]
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText().strip()
        return w.text().strip()  # type: ignore[attr-defined]

    def data(self, name: str) -> Any:
        return self.fields[name].currentData()  # type: ignore[attr-defined]

    def date(self, name: str):
        return self.fields[name].date().toPython()  # type: ignore[attr-defined]

    def values(self) -> dict[str, Any]:
        raise NotImplementedError

    def submit(self, values: dict[str, Any]):
        raise NotImplementedError

    # -- problems -------------------------------------------------------------------------------
    def clear_problems(self) -> None:
        self.banner.hide()
        for err in self.errors.values():
            err.hide()
            err.setText("")

    def show_problems(self, problems: list[Problem]) -> None:
        """Each problem beside its field; problems without a field on the form go to the
        banner at the top. The first field with a problem gets the focus."""
        self.clear_problems()
        loose: list[str] = []
        first: QWidget | None = None
        for p in problems:
            key = p.field.split(".")[0]
            prefix = translate("Form", "Cảnh báo: ") if p.severity == "warning" else ""
            if key in self.errors:
                lbl = self.errors[key]
                lbl.setText((lbl.text() + "\n" if lbl.text() else "") + prefix + problem_text(p))
                lbl.show()
                first = first or self.fields[key]
            else:
                loose.append(prefix + problem_text(p))
        if loose:
            self.banner.setText("\n".join(loose))
            self.banner.show()
        if first is not None:
            first.setFocus()

    def handle_error(self, e: BaseException) -> None:
        self._saving = False
        self.buttons.setEnabled(True)
        if isinstance(e, ValidationFailed):
            self.on_validation_failed(e)
        else:
            self.clear_problems()
            self.banner.setText(error_text(e))
            self.banner.show()

    def on_validation_failed(self, e: ValidationFailed) -> None:
        self.show_problems(e.problems)

    # -- saving and closing ---------------------------------------------------------------------
    def save(self) -> None:
        if self._saving:
            return
        try:
            values = self.values()
        except ValidationFailed as e:
            self.on_validation_failed(e)
            return
        self._saving = True
        self.buttons.setEnabled(False)
        self.ops.op(lambda: self.submit(values), on_done=self._saved, on_error=self.handle_error,
                    initiator=self)

    def _saved(self, changes) -> None:
        self._saving = False
        self.result_changes = changes
        self._dirty = False
        self.accept()

    def reject(self) -> None:
        if self._dirty and not self._saving:
            answer = QMessageBox.question(
                self, translate("Form", "Chưa lưu"),
                translate("Form", "Có thay đổi chưa lưu. Bỏ các thay đổi này?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()

    def keyPressEvent(self, event) -> None:
        # Ctrl+S anywhere in the form, Enter in a single-line field: save. Handled here (key
        # events the fields do not use bubble up to the dialog) rather than by a QShortcut,
        # which needs the window to be the active one.
        if event.matches(QKeySequence.StandardKey.Save):
            self.save()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not isinstance(
                self.focusWidget(), QPlainTextEdit):
            self.save()
            return
        super().keyPressEvent(event)


def show_message(parent: QWidget, text: str, title: str | None = None,
                 icon: QMessageBox.Icon = QMessageBox.Icon.Warning) -> QMessageBox:
    """A window-modal message that does not block the event loop (tests can read and close it)."""
    box = QMessageBox(icon, title or translate("Errors", "Không thực hiện được"), text,
                      QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def ask_then(parent: QWidget, title: str, text: str, yes_text: str, no_text: str,
             on_yes: Callable[[], None]) -> QMessageBox:
    """A question that does not block the window: its Yes button (labelled `yes_text`) runs
    `on_yes`; Cancel (`no_text`) is the default, so Enter does nothing harmful. Returned open."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, parent)
    box.button(QMessageBox.StandardButton.Yes).setText(yes_text)
    box.button(QMessageBox.StandardButton.Cancel).setText(no_text)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)

    def answered(button) -> None:
        if box.standardButton(button) == QMessageBox.StandardButton.Yes:
            on_yes()

    box.buttonClicked.connect(answered)
    box.open()
    return box


def on_error_message(parent: QWidget) -> Callable[[BaseException], None]:
    def show(e: BaseException) -> None:
        QMessageBox.warning(parent, translate("Errors", "Không thực hiện được"), error_text(e))

    return show
