"""The one date field of the app: a line where a date is typed as people type it ("1/11/2026",
"01112026", "1/11/26", a pasted "2026-11-01 00:00:00"; parsed by the core's
`parse_typed_date`), the whole text selected when the field gets the focus, the date it reads
shown beside it ("Chủ Nhật, 01/11/2026"), and a calendar (the button, or Alt+↓ / F4 in the line).

An impossible or unreadable text is never turned into some other date: `problem()` names it
(the core's "date_invalid" / "date_format", or "required" when empty), `date()` keeps the last
date that was read, and a form refuses to save while a date field has a problem (FormDialog).
Alone (outside a form, `show_problems=True`) the field shows its problem itself, in red.

Dates are written dd/mm/yyyy whatever the interface language (the day comes first in what is
read, so it comes first in what is written). The API is QDateEdit's where callers use it: `date()`, `setDate(QDate)`, `dateChanged`."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.domain.dates import MAX_YEAR, MIN_YEAR, format_date, parse_typed_date
from desktop_app.core.errors import Problem, ValidationFailed
from desktop_app.ui.texts import problem_text, translate


def weekday_name(d: dt.date) -> str:
    """"Thứ Hai" … "Chủ Nhật" (Monday … Sunday in English)."""
    names = (translate("Dates", "Thứ Hai"), translate("Dates", "Thứ Ba"), translate("Dates", "Thứ Tư"),
             translate("Dates", "Thứ Năm"), translate("Dates", "Thứ Sáu"), translate("Dates", "Thứ Bảy"),
             translate("Dates", "Chủ Nhật"))
    return names[d.weekday()]


def _qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


class _DateLine(QLineEdit):
    """The line itself: selects all its text when it gets the focus (by Tab, by a click, by
    Enter from the field before), opens the calendar on Alt+↓ or F4."""

    calendar_asked = Signal()

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        # after the click that gave the focus has placed the cursor
        QTimer.singleShot(0, self.selectAll)

    def keyPressEvent(self, event) -> None:
        if (event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier) \
                or event.key() == Qt.Key.Key_F4:
            self.calendar_asked.emit()
            return
        super().keyPressEvent(event)


class DateField(QWidget):
    dateChanged = Signal(QDate)
    textChanged = Signal(str)  # every edit (a form watches it for unsaved changes)
    returnPressed = Signal()
    editingFinished = Signal()
    problemChanged = Signal(object)  # the Problem, or None when the text reads as a date

    def __init__(self, value: QDate | dt.date | None = None, parent: QWidget | None = None, *,
                 show_problems: bool = True, years_ahead: int = 20, below: bool = False,
                 optional: bool = False):
        super().__init__(parent)
        self.optional = optional  # an empty text is no date (date() is an invalid QDate), not a problem
        self.years_ahead = years_ahead
        self.show_problems = show_problems
        self._date: QDate = QDate.currentDate()
        self._problem: Problem | None = None
        self._calendar: QCalendarWidget | None = None
        self._min: dt.date | None = None
        self._max: dt.date | None = None
        lay = QHBoxLayout()
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(4)
        self.line = _DateLine()
        self.line.setObjectName("date_line")
        self.line.setMaxLength(40)
        self.line.setPlaceholderText(translate("Dates", "dd/mm/yyyy"))
        self.line.setToolTip(translate("Dates", "Gõ ngày như 1/11/2026, 01112026 hoặc 1/11/26; "
                                                "Alt+↓ mở lịch."))
        self.line.setMinimumWidth(100)
        self.line.setMaximumWidth(140)
        self.button = QToolButton()
        self.button.setObjectName("date_calendar")
        self.button.setText("▾")
        self.button.setToolTip(translate("Dates", "Chọn trên lịch (Alt+↓)"))
        self.button.setAccessibleName(translate("Dates", "Chọn trên lịch"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes field to field; Alt+↓ opens it
        self.shown = QLabel("")
        self.shown.setObjectName("date_shown")
        self.shown.setStyleSheet("color: #555;")
        self.shown.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        if below:  # where a row has little room (the reports page): the date read, small, under the line
            font = self.shown.font()
            font.setPointSizeF(font.pointSizeF() * 0.85)
            self.shown.setFont(font)
        # room for the longest weekday, so that the field does not change width as dates change
        fm = self.shown.fontMetrics()
        self.shown.setMinimumWidth(max(fm.horizontalAdvance(f"{weekday_name(dt.date(2026, 6, d))}, 28/09/2026")
                                       for d in range(1, 8)) + 4)
        lay.addWidget(self.line)
        lay.addWidget(self.button)
        if below:
            lay.addStretch(1)
            outer = QVBoxLayout(self)
            outer.setContentsMargins(0, 0, 0, 0)
            outer.setSpacing(0)
            outer.addLayout(lay)
            outer.addWidget(self.shown)
        else:
            lay.addWidget(self.shown, 1)
            self.setLayout(lay)
        self.setFocusProxy(self.line)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.line.textChanged.connect(self._typed)
        self.line.editingFinished.connect(self._finished)
        self.line.returnPressed.connect(self.returnPressed)
        self.line.calendar_asked.connect(self.open_calendar)
        self.button.clicked.connect(self.open_calendar)
        if value is not None or not optional:
            self.setDate(value if value is not None else QDate.currentDate())

    # -- QDateEdit's API ---------------------------------------------------------------------------
    def date(self) -> QDate:
        """The date the text reads as; while the text has a problem, the last date it read; an
        invalid QDate when an optional field is empty."""
        if self.optional and not self.line.text().strip():
            return QDate()
        return QDate(self._date)

    def setDate(self, value: QDate | dt.date | None) -> None:
        if value is None or (isinstance(value, QDate) and not value.isValid()):
            self.line.clear()  # no date (an optional field)
            return
        d = value.toPython() if isinstance(value, QDate) else value
        self.line.setText(format_date(d))

    def text(self) -> str:
        return self.line.text()

    def setText(self, text: str) -> None:
        self.line.setText(text)

    def clear(self) -> None:
        self.line.clear()

    def setMinimumDate(self, value: QDate | dt.date) -> None:
        """Dates before it are refused ("phải từ … đến …"), as typed or picked."""
        self._min = value.toPython() if isinstance(value, QDate) else value
        self._typed(self.line.text())

    def setMaximumDate(self, value: QDate | dt.date) -> None:
        self._max = value.toPython() if isinstance(value, QDate) else value
        self._typed(self.line.text())

    def setDisplayFormat(self, _fmt: str) -> None:
        """Accepted for QDateEdit's callers: the field always writes dd/mm/yyyy."""

    def setCalendarPopup(self, _on: bool) -> None:
        """Accepted for QDateEdit's callers: the calendar is always there (▾, Alt+↓)."""

    def setReadOnly(self, on: bool) -> None:
        self.line.setReadOnly(on)
        self.button.setEnabled(not on)

    def problem(self) -> Problem | None:
        """Why the text is not a date (a problem on this field's objectName), or None."""
        if self._problem is None:
            return None
        return Problem(self.objectName() or "date", self._problem.code, self._problem.params)

    # -- reading what is typed -------------------------------------------------------------------
    def _read(self, text: str) -> tuple[dt.date | None, Problem | None]:
        if not text.strip():
            return None, None if self.optional else Problem(self.objectName() or "date", "required", {})
        field = self.objectName() or "date"
        try:
            d = parse_typed_date(text, field=field, years_ahead=self.years_ahead)
        except ValidationFailed as e:
            return None, e.problems[0]
        if (self._min and d < self._min) or (self._max and d > self._max):
            lo, hi = self._min or dt.date(MIN_YEAR, 1, 1), self._max or dt.date(MAX_YEAR, 12, 31)
            return None, Problem(field, "value_out_of_range", {"min": lo.isoformat(), "max": hi.isoformat()})
        return d, None

    def _typed(self, text: str) -> None:
        d, problem = self._read(text)
        was = self._problem
        self._problem = problem
        if d is not None:
            self.shown.setStyleSheet("color: #555;")
            self.shown.setText(f"{weekday_name(d)}, {format_date(d)}")
            changed = _qdate(d) != self._date
            self._date = _qdate(d)
            if changed:
                self.dateChanged.emit(self.date())
        elif problem is None:
            self.shown.setText("")  # an optional field left empty
        elif self.show_problems and self.line.hasFocus():
            self.shown.setText("")  # still typing: judged when the typing ends
        else:
            self._show_problem()
        self.textChanged.emit(text)
        if (was is None) != (problem is None):
            self.problemChanged.emit(self.problem())

    def _show_problem(self) -> None:
        if self._problem is not None and self.show_problems:
            self.shown.setStyleSheet("color: #a40000;")
            self.shown.setText(problem_text(self._problem))
        elif self._problem is not None:
            self.shown.setText("")

    def _finished(self) -> None:
        """The typing is over (Tab, Enter, a click elsewhere): a date is written the usual way
        (01/11/2026); a problem is shown (by the field alone, or by its form)."""
        if self._problem is None and self.date().isValid():
            normal = format_date(self._date.toPython())
            if self.line.text() != normal:
                self.line.setText(normal)
        elif self._problem is not None:
            self._show_problem()
        self.editingFinished.emit()

    # -- the calendar ------------------------------------------------------------------------------
    def open_calendar(self) -> QCalendarWidget:
        if self._calendar is None:
            cal = QCalendarWidget(self)
            cal.setWindowFlags(Qt.WindowType.Popup)
            cal.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
            cal.setGridVisible(True)
            cal.setObjectName("date_calendar_popup")
            cal.activated.connect(self._picked)  # Enter or double-click
            cal.clicked.connect(self._picked)
            cal.installEventFilter(self)
            self._calendar = cal
        cal = self._calendar
        cal.setSelectedDate(self._date)
        cal.move(self.line.mapToGlobal(QPoint(0, self.line.height())))
        cal.show()
        cal.setFocus()
        return cal

    def eventFilter(self, obj, event) -> bool:
        if obj is self._calendar and event.type() == QEvent.Type.KeyPress \
                and event.key() == Qt.Key.Key_Escape:
            self._calendar.hide()
            self.line.setFocus()
            return True
        return super().eventFilter(obj, event)

    def _picked(self, d: QDate) -> None:
        if self._calendar is not None:
            self._calendar.hide()
        self.setDate(d)
        self.line.setFocus()
        self._finished()
