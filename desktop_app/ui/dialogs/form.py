"""A dialog with named fields, each with its error line beside it (inline validation from the
core's typed problems), and the one keyboard rule of every record dialog (docs/user-guide.vi.md,
"Quy tắc chung của các hộp nhập liệu"):

- the focus starts in the first field (or the field the dialog chose), never on a button;
- no button is default or auto-default: Enter never presses "Lưu", Space presses only the
  button a person has tabbed to;
- Enter in a one-line field (a line, a list, a number, a date, a check box) moves to the next
  field; in the last field it stays there; in a multi-line note it starts a new line;
- Ctrl+S saves, from any field; on a form where nothing was typed or changed it saves nothing
  and says so (a stray Ctrl+S never writes an empty record or an empty correction);
- Esc (or the window's ×, or "Hủy") closes at once when nothing was changed, and asks
  "Bỏ những gì đã nhập?" (default: no) when something was.

Dates are DateFields (desktop_app/ui/dialogs/datefield.py): a date that cannot be read is shown
beside its field and the form is not saved."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop_app.core.errors import Problem, ValidationFailed
from desktop_app.ui.dialogs.datefield import DateField
from desktop_app.ui.texts import error_text, problem_text, translate

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
        self.required: list[str] = []  # the fields labelled "… *"
        self._dirty = False
        self._saving = False
        self._prepared = False
        self._snapshot: list[Any] | None = None
        self._enter_moved = False
        self.discard_box: QMessageBox | None = None
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
        self._no_default_buttons()
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
        if label.rstrip().endswith("*"):
            self.required.append(name)
        self.errors[name] = err
        self._watch(widget)
        enter = getattr(widget, "returnPressed", None)
        if enter is not None:
            # connected before any handler the dialog adds, which may move the focus itself
            enter.connect(lambda w=widget: self._enter_in(w))
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

    def add_date(self, name: str, label: str, value: QDate | None = None, *, optional: bool = False) -> DateField:
        """A date typed as people type it (DateField); `date(name)` reads it. Its problem (an
        impossible date, an unreadable text) is shown beside it when the typing ends. Today
        unless `value`; an `optional` date starts empty unless `value`, and empty reads None."""
        w = DateField(value or (None if optional else QDate.currentDate()), show_problems=False, optional=optional)
        w.setObjectName(name)
        w.editingFinished.connect(lambda: self._date_checked(name))
        return self._add(name, label, w)  # type: ignore[return-value]

    def _date_checked(self, name: str) -> None:
        w, err = self.fields[name], self.errors[name]
        problem = w.problem()  # type: ignore[attr-defined]
        if problem is not None:
            err.setText(problem_text(problem))
            err.show()
        elif err.isVisible():
            err.hide()
            err.setText("")

    def date_problems(self) -> list[Problem]:
        """The date fields whose text is not a date (shown, the form not saved)."""
        return [p for w in self.fields.values() if isinstance(w, DateField) and w.isEnabled()
                and w.isVisibleTo(self) and (p := w.problem()) is not None]

    # -- values ---------------------------------------------------------------------------------
    def text(self, name: str) -> str:
        w = self.fields[name]
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText().strip()
        return w.text().strip()  # type: ignore[attr-defined]

    def data(self, name: str) -> Any:
        return self.fields[name].currentData()  # type: ignore[attr-defined]

    def date(self, name: str):
        w = self.fields[name]
        if isinstance(w, DateField) and (p := w.problem()) is not None:
            raise ValidationFailed([p])
        d = w.date()  # type: ignore[attr-defined]
        return d.toPython() if d.isValid() else None

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
        problems = self.date_problems()
        if problems:
            self.show_problems(problems)
            return
        try:
            values = self.values()
        except ValidationFailed as e:  # what the form itself checks, beside its fields
            self.on_validation_failed(e)
            return
        if self.nothing_to_save():
            return
        self._saving = True
        self.buttons.setEnabled(False)
        self.ops.op(lambda: self.submit(values), on_done=self._saved, on_error=self.handle_error,
                    initiator=self)

    def nothing_to_save(self) -> bool:
        """A stray Ctrl+S (or Space on "Lưu") on a form nobody filled in or changed: True, and
        the form says so (beside its first required field, else above the fields); nothing is
        written (no empty record, no correction that changes nothing)."""
        if not self._prepared or self.has_changes():
            return False
        required = [n for n in self.required if self._can_take_focus(self.fields[n]) and _empty(self.fields[n])]
        if required:
            self.show_problems([Problem(required[0], "required")])
            return True
        self.clear_problems()
        self.banner.setText(translate("Form", "Chưa nhập hoặc sửa gì nên không có gì để lưu. "
                                              "Nhập vào các ô rồi bấm Lưu (Ctrl+S), hoặc Esc để đóng."))
        self.banner.show()
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))  # the message not squeezing a field
        return True

    def _saved(self, changes) -> None:
        self._saving = False
        self.result_changes = changes
        self._dirty = False
        self.accept()

    # -- the keyboard rule -------------------------------------------------------------------------
    def _no_default_buttons(self) -> None:
        no_default_buttons(self)

    def _field_of(self, w: QWidget | None) -> str | None:
        while w is not None and w is not self:
            for name, f in self.fields.items():
                if f is w:
                    return name
            w = w.parentWidget()
        return None

    def _can_take_focus(self, w: QWidget) -> bool:
        return (w.isEnabled() and w.isVisibleTo(self)
                and (w.focusProxy() or w).focusPolicy() & Qt.FocusPolicy.TabFocus)

    def first_field(self) -> QWidget | None:
        return next((w for w in self.fields.values() if self._can_take_focus(w)), None)

    def _prepare(self) -> None:
        """Before the dialog is first shown (QDialog picks a default button and the focus then):
        no default button, the buttons after the last field in the Tab order, the focus in a
        field, and what the fields hold noted (Esc asks only when it changed)."""
        self._prepared = True
        self._no_default_buttons()
        chain: list[QWidget] = []
        w = self.nextInFocusChain()
        while w is not self and w not in chain:
            chain.append(w)
            w = w.nextInFocusChain()
        in_fields = [w for w in chain if self._field_of(w) and w.focusPolicy() & Qt.FocusPolicy.TabFocus]
        if in_fields:
            last = in_fields[-1]
            for b in self.buttons.buttons():
                QWidget.setTabOrder(last, b)
                last = b
        if self._field_of(self.focusWidget()) is None:
            first = self.first_field()
            if first is not None:
                first.setFocus(Qt.FocusReason.OtherFocusReason)
        self._snapshot = self._state()

    def setVisible(self, visible: bool) -> None:
        if visible and not self._prepared:
            self._prepare()
        super().setVisible(visible)
        if visible:
            self._no_default_buttons()  # QDialogButtonBox makes its first accept button default on show

    def _state(self) -> list[Any]:
        out: list[Any] = []
        for w in self.fields.values():
            if isinstance(w, (QPlainTextEdit, QTextEdit)):
                out.append(w.toPlainText())
            elif isinstance(w, QComboBox):
                out.append((w.currentIndex(), w.currentText()))
            elif isinstance(w, QAbstractButton):
                out.append(w.isChecked())
            elif isinstance(w, QAbstractSpinBox):
                out.append(w.text())
            else:
                out.append(getattr(w, "text", lambda: None)())
        return out

    def has_changes(self) -> bool:
        """Something was typed or chosen since the dialog opened (and not put back as it was)."""
        return self._dirty and (self._snapshot is None or self._state() != self._snapshot)

    def touched(self) -> bool:
        """The user has typed or chosen something since the dialog opened (or since
        `mark_unchanged`), even if it was put back as it was."""
        return self._dirty

    def mark_unchanged(self) -> None:
        """The fields as they are now are the dialog's own filling (a value found after the
        dialog opened), not a change: closing it asks nothing until the user edits again."""
        self._dirty = False
        if self._prepared:  # else the snapshot is taken when the dialog is first shown
            self._snapshot = self._state()

    def _enter_in(self, w: QWidget) -> None:
        self._enter_moved = True
        QTimer.singleShot(0, self._enter_done)
        self.focus_next_field(w)

    def _enter_done(self) -> None:
        self._enter_moved = False

    def focus_next_field(self, w: QWidget | None) -> bool:
        """Enter in a field: the focus to the next field that can take it. False (the focus
        stays) in the last field: Enter never saves."""
        name = self._field_of(w)
        if name is None:
            return False
        names = list(self.fields)
        for nxt in names[names.index(name) + 1:]:
            f = self.fields[nxt]
            if self._can_take_focus(f):
                f.setFocus(Qt.FocusReason.TabFocusReason)
                if isinstance(f, QLineEdit):
                    f.selectAll()
                return True
        return False

    def reject(self) -> None:
        if self._saving:
            return
        if self.has_changes():
            if self.discard_box is not None and self.discard_box.isVisible():
                return
            box = QMessageBox(QMessageBox.Icon.Question, translate("Form", "Chưa lưu"),
                              translate("Form", "Bỏ những gì đã nhập?"),
                              QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
            box.button(QMessageBox.StandardButton.Yes).setText(translate("Form", "Bỏ, đóng hộp này"))
            box.button(QMessageBox.StandardButton.No).setText(translate("Form", "Không, nhập tiếp"))
            box.setDefaultButton(QMessageBox.StandardButton.No)
            box.setEscapeButton(QMessageBox.StandardButton.No)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

            def answered(button) -> None:
                self.discard_box = None
                if box.standardButton(button) == QMessageBox.StandardButton.Yes:
                    self._dirty = False
                    QDialog.reject(self)
                else:
                    self.activateWindow()  # back to the form, typing where it was

            box.buttonClicked.connect(answered)
            self.discard_box = box
            box.open()
            return
        super().reject()

    def keyPressEvent(self, event) -> None:
        # Key events the fields do not use bubble up to the dialog. Ctrl+S is handled here
        # rather than by a QShortcut, which needs the window to be the active one.
        if event.matches(QKeySequence.StandardKey.Save):
            self.save()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # never QDialog's "press the default button"; a line field has already moved on
            # (its returnPressed), other fields move on here
            if not self._enter_moved:
                self.focus_next_field(self.focusWidget())
            self._enter_moved = False
            event.accept()
            return
        super().keyPressEvent(event)  # Esc: reject()


def _empty(w: QWidget) -> bool:
    """A field holding nothing: no text, or no choice in a list."""
    if isinstance(w, (QPlainTextEdit, QTextEdit)):
        return not w.toPlainText().strip()
    if isinstance(w, QComboBox):
        return w.currentData() is None
    text = getattr(w, "text", None)
    return callable(text) and not str(text()).strip()


def no_default_buttons(dialog: QWidget) -> None:
    """No button of the dialog is default or auto-default, so a stray Enter or Space presses
    nothing. Call it after every show: QDialogButtonBox makes its accept button default then."""
    for b in dialog.findChildren(QPushButton):
        b.setAutoDefault(False)
        b.setDefault(False)


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
