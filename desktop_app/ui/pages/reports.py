"""Period reports (issue 5, item 3): pick a preset period (month, quarter, "6 tháng đầu năm" by
the configurable cut-off, year) or type the dates, a commune for a province register, preview
the figures as the document will state them, and export to PDF, Word, Excel or JSON. The
figures are computed and the files written off the UI thread; every export is watermarked and
audit-logged by the core (`ReportExports.period`)."""

from __future__ import annotations

import datetime as dt
import html
import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.reports import cutoff_text, preset_label, preset_window
from desktop_app.core.reports.content import build_sections, report_title
from desktop_app.core.textvn import fold
from desktop_app.ui.dialogs.datefield import DateField
from desktop_app.ui.dialogs.files import save_file_name  # Qt's own file dialog, in Vietnamese
from desktop_app.ui.operations import reports as reports_op
from desktop_app.ui.ops import Task
from desktop_app.ui.texts import date_text, error_text, translate

# (label, preset kind, fixed index or None when the index combo chooses it)
PRESETS = [(QT_TRANSLATE_NOOP("Reports", "Tháng"), "month", None), (QT_TRANSLATE_NOOP("Reports", "Quý"), "quarter", None),
           (QT_TRANSLATE_NOOP("Reports", "6 tháng đầu năm"), "half", 1),
           (QT_TRANSLATE_NOOP("Reports", "6 tháng cuối năm"), "half", 2), (QT_TRANSLATE_NOOP("Reports", "Năm"), "year", 1)]
FORMAT_BUTTONS = [("pdf", QT_TRANSLATE_NOOP("Reports", "Xuất PDF")), ("docx", QT_TRANSLATE_NOOP("Reports", "Xuất Word")),
                  ("xlsx", QT_TRANSLATE_NOOP("Reports", "Xuất Excel")), ("json", QT_TRANSLATE_NOOP("Reports", "Xuất JSON"))]
FORMAT_FILTERS = {"pdf": "PDF (*.pdf)", "docx": "Word (*.docx)", "xlsx": "Excel (*.xlsx)", "json": "JSON (*.json)"}

_CSS = """
body { font-family: 'Times New Roman', serif; font-size: 12pt; }
h2 { font-size: 14pt; text-align: center; margin: 2px 0; }
p.abstract { text-align: center; font-weight: bold; margin: 0 0 4px 0; }
p.meta { text-align: center; color: #555; font-size: 10pt; margin: 0 0 8px 0; }
h3 { font-size: 12pt; margin: 12px 0 4px 0; }
p { margin: 2px 0 6px 0; }
table { border-collapse: collapse; }
th { background: #eeeeee; font-weight: bold; padding: 3px 6px; }
td { padding: 2px 6px; }
tr.total td { font-weight: bold; }
"""


def _qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


def _cell(v: Any) -> str:
    if isinstance(v, int) and not isinstance(v, bool):
        return f"{v:,}".replace(",", ".")
    return html.escape(str(v))


def report_html(report: dict[str, Any]) -> str:
    """The report as the document states it: title, period, each section's sentence and table."""
    title, abstract = report_title(report)
    parts = [f"<html><head><style>{_CSS}</style></head><body>",
             f"<h2>{html.escape(title)}</h2>",
             f"<p class='abstract'>{html.escape(abstract)}</p>",
             # The document's own language, like everything else in it (core build_sections):
             # an official Vietnamese report, in whatever language the interface is.
             "<p class='meta'>" + html.escape("Đơn vị: {unit} — lập bởi {user} lúc {at}".format(
                 unit=report["unit"]["name"], user=report.get("generated_by", ""),
                 at=_when(report.get("generated_at", "")))) + "</p>"]
    for sec in build_sections(report):
        parts.append(f"<h3>{html.escape(sec.heading)}</h3>")
        for ptext in sec.paragraphs:
            parts.append(f"<p>{html.escape(ptext)}</p>")
        t = sec.table
        if t is None:
            continue
        total = sum(t.widths)
        parts.append("<table border='1' cellspacing='0' cellpadding='3' width='99%'><tr>")
        for h, w in zip(t.headers, t.widths):
            parts.append(f"<th width='{round(100 * w / total)}%'>{html.escape(h)}</th>")
        parts.append("</tr>")
        for i, row in enumerate(t.rows, start=1):
            last = t.total_row and i == len(t.rows)
            parts.append("<tr class='total'>" if last else "<tr>")
            for v, align in zip(row, t.align):
                parts.append(f"<td align='{align}'>{'<b>' if last else ''}{_cell(v)}{'</b>' if last else ''}</td>")
            parts.append("</tr>")
        parts.append("</table>")
    parts.append("</body></html>")
    return "".join(parts)


def _when(iso: str) -> str:
    """"2026-05-20T07:10:03+07:00" → "07:10 ngày 20/05/2026" (local time; the document's words)."""
    try:
        t = dt.datetime.fromisoformat(iso)
    except ValueError:
        return iso
    if t.tzinfo is not None:
        t = t.astimezone()
    return f"{t:%H:%M} ngày {t:%d/%m/%Y}"


def preset_text(kind: str, year: int, index: int = 1) -> str:
    """The interface's name of a preset period: "tháng 3 năm 2026", "March 2026" (the report
    document itself keeps the Vietnamese name, core preset_label)."""
    if kind == "month":
        return translate("Reports", "tháng {m} năm {year}", "{month}: the month's name").format(
            m=index, year=year, month=QLocale().standaloneMonthName(index, QLocale.FormatType.LongFormat))
    if kind == "quarter":
        return translate("Reports", "quý {roman} năm {year}", "{q}: the quarter as a digit").format(roman=("I", "II", "III", "IV")[index - 1],
                                                                    q=index, year=year)
    if kind == "half":
        return (translate("Reports", "6 tháng đầu năm {year}") if index == 1
                else translate("Reports", "6 tháng cuối năm {year}")).format(year=year)
    return translate("Reports", "năm {year}").format(year=year)


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "_", fold(text)).strip("_") or "bao_cao"


class ReportsPage(QWidget):
    preview_shown = Signal()  # the preview holds the figures of the current choices
    exported = Signal(str)  # the written path
    failed = Signal(str)
    cancelled = Signal()  # an export was stopped ("Dừng") before its file was written

    def __init__(self, ws, ops, parent=None):
        super().__init__(parent)
        self.ws, self.ops = ws, ops
        self.report: dict[str, Any] | None = None
        self._running = False
        self._task: Task | None = None  # the running export (ops.cancel() takes it)
        self._filling = False
        self._units_loaded = False
        lay = QVBoxLayout(self)

        # -- the period ---------------------------------------------------------------------
        period = QGroupBox(translate("Reports", "Kỳ báo cáo"))
        grid = QGridLayout(period)
        grid.setHorizontalSpacing(10)
        self.kind = QComboBox()
        self.kind.setObjectName("report_kind")
        for label, kind, index in PRESETS:
            self.kind.addItem(translate("Reports", label), (kind, index))
        self.year = QSpinBox()
        self.year.setObjectName("report_year")
        self.year.setRange(2000, 2100)
        self.index = QComboBox()
        self.index.setObjectName("report_index")
        self.index.setMinimumWidth(90)
        self.date_from = DateField(below=True)
        self.date_to = DateField(below=True)
        for w, name in ((self.date_from, "report_from"), (self.date_to, "report_to")):
            w.setObjectName(name)
            w.setMinimumWidth(110)
        self.unit = QComboBox()
        self.unit.setObjectName("report_unit")
        self.unit.addItem(translate("Reports", "Mọi xã trong phạm vi"), None)
        self.unit.setMinimumWidth(220)
        self.unit_label = QLabel(translate("Reports", "Đơn vị:"))
        self.preview_btn = QPushButton(translate("Reports", "Xem trước"))
        self.preview_btn.setObjectName("report_preview")
        self.preview_btn.setDefault(True)
        self.preview_btn.clicked.connect(self.preview)
        row = 0
        grid.addWidget(QLabel(translate("Reports", "Loại kỳ:")), row, 0)
        grid.addWidget(self.kind, row, 1)
        grid.addWidget(QLabel(translate("Reports", "Năm:")), row, 2)
        grid.addWidget(self.year, row, 3)
        grid.addWidget(self.index, row, 4)
        grid.addWidget(QLabel(translate("Reports", "Từ ngày:")), row, 5)
        grid.addWidget(self.date_from, row, 6)
        grid.addWidget(QLabel(translate("Reports", "Đến ngày:")), row, 7)
        grid.addWidget(self.date_to, row, 8)
        grid.setColumnStretch(9, 1)
        row = 1
        # How a preset's dates are counted, the same for every preset (DOMAIN §5): the
        # government's reporting cut-off (rule report_half_year) or calendar dates.
        self.convention = QComboBox()
        self.convention.setObjectName("report_convention")
        self.convention.addItem(translate("Reports", "Theo kỳ báo cáo của Chính phủ ({cut})").format(
            cut=cutoff_text(ws.rules, ws.today().year)), "government")
        self.convention.addItem(translate("Reports", "Theo lịch (từ ngày 1 đến cuối tháng)"), "calendar")
        self.convention.setToolTip(translate("Reports", "Kỳ báo cáo của Chính phủ (Nghị định 09/2019/NĐ-CP): số liệu "
                                                 "tính từ ngày 15 của tháng trước kỳ đến ngày 14 của tháng cuối kỳ; "
                                                 "mốc này sửa được trong Quản trị → Quy tắc."))
        # the choice's long names must not widen the page past 1366 px at 125 %
        self.convention.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.convention.setMinimumContentsLength(22)
        convention_label = QLabel(translate("Reports", "Cách tính ngày:"))
        convention_label.setBuddy(self.convention)
        grid.addWidget(convention_label, row, 0)
        grid.addWidget(self.convention, row, 1, 1, 4)
        grid.addWidget(self.preview_btn, row, 8, Qt.AlignmentFlag.AlignRight)  # under the dates: the rows fit 1366 px at 125 %
        self.period_hint = QLabel("")
        self.period_hint.setObjectName("report_period_hint")
        self.period_hint.setStyleSheet("color: #555;")
        self.period_hint.setWordWrap(True)  # a long period sentence wraps instead of widening the page
        grid.addWidget(self.period_hint, 2, 0, 1, 10)
        grid.addWidget(self.unit_label, row, 5)
        grid.addWidget(self.unit, row, 6, 1, 2)
        self.unit.hide()
        self.unit_label.hide()
        lay.addWidget(period)

        # -- the document and its export -------------------------------------------------------
        doc = QGroupBox(translate("Reports", "Văn bản và xuất tệp"))
        dl = QHBoxLayout(doc)
        dl.addWidget(QLabel(translate("Reports", "Số:")))
        self.number = QLineEdit()
        self.number.setObjectName("report_number")
        self.number.setPlaceholderText(translate("Reports", "để trống nếu chưa có số"))
        self.number.setToolTip(translate("Reports", "Số văn bản, ví dụ 15 hoặc 15/BC-CAX; để trống thì văn bản "
                                             "có chỗ trống để điền tay khi vào sổ văn bản đi."))
        self.number.setMinimumWidth(80)  # the page fits 1366×768 at 125 %
        self.number.setMaximumWidth(220)
        dl.addWidget(self.number)
        dl.addWidget(QLabel(translate("Reports", "Người ký:")))
        self.signer = QLineEdit()
        self.signer.setObjectName("report_signer")
        self.signer.setPlaceholderText(translate("Reports", "họ tên người ký"))
        self.signer.setMinimumWidth(110)
        self.signer.setMaximumWidth(260)
        dl.addWidget(self.signer)
        agency_label = QLabel(translate("Reports", "Cơ quan cấp trên:"))
        dl.addWidget(agency_label)
        self.agency = QLineEdit()
        self.agency.setObjectName("report_agency")
        self.agency.setToolTip(translate("Reports", "Dòng trên tên đơn vị ở góc trái văn bản; để trống thì dùng "
                                             "cơ quan cấp trên theo danh mục đơn vị (ví dụ Công an tỉnh Phú Thọ)."))
        self.agency.setMinimumWidth(110)
        self.agency.setMaximumWidth(240)
        agency_label.setBuddy(self.agency)
        dl.addWidget(self.agency)
        self._agency_default: str | None = None
        dl.addStretch(1)
        self.export_buttons: dict[str, QPushButton] = {}
        for fmt, label in FORMAT_BUTTONS:
            b = QPushButton(translate("Reports", label))
            b.setObjectName(f"report_export_{fmt}")
            b.clicked.connect(lambda _=False, f=fmt: self.choose_and_export(f))
            dl.addWidget(b)
            self.export_buttons[fmt] = b
        lay.addWidget(doc)

        # -- status and preview ------------------------------------------------------------------
        status = QHBoxLayout()
        self.busy = QProgressBar()
        self.busy.setObjectName("report_busy")
        self.busy.setRange(0, 0)  # indeterminate
        self.busy.setMaximumWidth(160)
        self.busy.setMaximumHeight(14)
        self.busy.setTextVisible(False)
        self.busy.hide()
        status.addWidget(self.busy)
        # stops an export before it writes its file (between computing and writing)
        self.stop_btn = QPushButton(translate("Reports", "Dừng"))
        self.stop_btn.setObjectName("report_stop")
        self.stop_btn.clicked.connect(self.cancel)
        self.stop_btn.hide()
        status.addWidget(self.stop_btn)
        self.status = QLabel(translate("Reports", "Chọn kỳ báo cáo rồi bấm “Xem trước”."))
        self.status.setObjectName("report_status")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setWordWrap(True)
        status.addWidget(self.status, 1)
        lay.addLayout(status)
        self.view = QTextBrowser()
        self.view.setObjectName("report_view")
        self.view.setToolTip(translate("Reports", "Bản xem trước của văn bản báo cáo, bằng tiếng Việt như khi xuất tệp"))
        self.view.setOpenLinks(False)
        lay.addWidget(self.view, 1)

        today = ws.today()
        self.year.setValue(today.year)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.year.valueChanged.connect(lambda _v: self.apply_preset())
        self.index.currentIndexChanged.connect(lambda _i: self.apply_preset())
        self.convention.currentIndexChanged.connect(lambda _i: self.apply_preset())
        self.date_from.dateChanged.connect(self._dates_edited)
        self.date_to.dateChanged.connect(self._dates_edited)
        self.unit.currentIndexChanged.connect(lambda _i: self._stale())
        self._kind_changed()
        self._set_running(False)

    # -- choices ---------------------------------------------------------------------------------
    def set_preset(self, kind: str, year: int, index: int = 1) -> None:
        """Chooses a preset as a user would (tests, and remembering the last report)."""
        for i in range(self.kind.count()):
            k, fixed = self.kind.itemData(i)
            if k == kind and (fixed is None or fixed == index):
                self.kind.setCurrentIndex(i)
                break
        self.year.setValue(year)
        if self.kind.currentData()[1] is None:
            self.index.setCurrentIndex(index - 1)
        self.apply_preset()

    def _kind_changed(self) -> None:
        """A new kind of period: the index list for it, set to the period holding today."""
        kind, fixed = self.kind.currentData()
        today = self.ws.today()
        self._filling = True
        self.index.clear()
        if kind == "month":
            for m in range(1, 13):
                self.index.addItem(translate("Reports", "Tháng {m}").format(m=m), m)
            self.index.setCurrentIndex(today.month - 1)
        elif kind == "quarter":
            for q, roman in enumerate(("I", "II", "III", "IV"), start=1):
                self.index.addItem(translate("Reports", "Quý {q}").format(q=roman), q)
            self.index.setCurrentIndex((today.month - 1) // 3)
        if kind in ("month", "quarter") and self.year.value() == today.year:
            # the period holding today by the chosen way of counting (the 20th of a month is
            # already in the next month's report by the government's cut-off)
            for i in range(self.index.count()):
                w = preset_window(kind, today.year, self.index.itemData(i), self.ws.rules, self.convention.currentData())
                if w.start <= today <= w.end:
                    self.index.setCurrentIndex(i)
                    break
        self.index.setVisible(fixed is None)
        self._filling = False
        self.apply_preset()

    def preset(self) -> tuple[str, int, int]:
        kind, fixed = self.kind.currentData()
        index = fixed if fixed is not None else (self.index.currentData() or 1)
        return kind, self.year.value(), index

    def apply_preset(self) -> None:
        if self._filling:
            return
        kind, year, index = self.preset()
        w = preset_window(kind, year, index, self.ws.rules, self.convention.currentData())  # the rule book is in memory
        self._filling = True
        self.date_from.setDate(_qdate(w.start))
        self.date_to.setDate(_qdate(w.end))
        self._filling = False
        self._dates_edited()

    def dates(self) -> tuple[dt.date, dt.date]:
        return _pydate(self.date_from.date()), _pydate(self.date_to.date())

    def label(self) -> str:
        """The preset's name when the dates are the preset's, else "" (the dates speak)."""
        kind, year, index = self.preset()
        w = preset_window(kind, year, index, self.ws.rules, self.convention.currentData())
        return preset_label(kind, year, index) if (w.start, w.end) == self.dates() else ""

    def _dates_edited(self) -> None:
        if self._filling:
            return
        d1, d2 = self.dates()
        label = self.label()
        days = (d2 - d1).days + 1
        if d2 < d1:
            self.period_hint.setText(translate("Reports", "“Đến ngày” đang trước “Từ ngày”."))
            self.period_hint.setStyleSheet("color: #a40000;")
        else:
            dates = translate("Reports", "từ {start} đến {end}").format(start=date_text(d1), end=date_text(d2))
            if label and self.convention.currentData() == "government":
                how = translate("Reports", "theo kỳ báo cáo của Chính phủ")
            elif label:
                how = translate("Reports", "theo lịch")
            text = (translate("Reports", "Báo cáo {label}: {dates} ({how}), %Ln ngày", None, days).format(
                label=preset_text(*self.preset()), dates=dates, how=how)
                    if label else translate("Reports", "Kỳ tự chọn: {dates}, %Ln ngày", None, days).format(dates=dates))
            self.period_hint.setText(text)
            self.period_hint.setStyleSheet("color: #555;")
        self._stale()

    def _stale(self) -> None:
        if self._running:
            self._again = True  # the figures being computed are for the old choices
        if self.report is not None:
            self.status.setText(translate("Reports", "Đã đổi kỳ hoặc đơn vị: bấm “Xem trước” để tính lại số liệu."))
        self._update_buttons()

    def unit_code(self) -> str | None:
        return self.unit.currentData()

    # -- loading -----------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Called when the page is shown: previews the current period the first time, and loads
        the communes once (province registers)."""
        if self.report is None and not self._running:
            self.preview()
        if self._agency_default is None:
            ws = self.ws
            self.ops.query(lambda: ws.units.superior_agency(ws.unit_code), on_done=self._show_agency_default,
                           on_error=lambda _e: None)
        if self._units_loaded or not self.ws.can("all_units"):
            return
        self.ops.query(lambda: self.ws.units.list(level="commune"), on_done=self._show_units,
                       on_error=lambda _e: None)

    def _show_agency_default(self, agency: str) -> None:
        self._agency_default = agency
        self.agency.setPlaceholderText(agency or translate("Reports", "ví dụ: Công an tỉnh Phú Thọ"))

    def _show_units(self, units) -> None:
        self._units_loaded = True
        current = self.unit.currentData()
        self.unit.blockSignals(True)
        while self.unit.count() > 1:
            self.unit.removeItem(1)
        for u in units:
            self.unit.addItem(f"{u.name} ({u.code})", u.code)
        i = self.unit.findData(current)
        self.unit.setCurrentIndex(max(i, 0))
        self.unit.blockSignals(False)
        several = len(units) > 1
        self.unit.setVisible(several)
        self.unit_label.setVisible(several)

    # -- work off the UI thread ----------------------------------------------------------------------
    def _set_running(self, on: bool, text: str | None = None) -> None:
        self._running = on
        if not on:
            self._task = None
            self.stop_btn.hide()
        self.busy.setVisible(on)
        if text is not None:
            self.status.setStyleSheet("")
            self.status.setText(text)
        self._update_buttons()

    def _update_buttons(self) -> None:
        d1, d2 = self.dates()
        ok = not self._running and d2 >= d1
        self.preview_btn.setEnabled(ok)
        for b in self.export_buttons.values():
            b.setEnabled(ok)
        for w in (self.kind, self.year, self.index, self.date_from, self.date_to, self.unit):
            w.setEnabled(not self._running)

    def _fail(self, e: BaseException) -> None:
        self._set_running(False)
        msg = str(e) if isinstance(e, (ValueError, OSError)) else error_text(e)
        self.status.setStyleSheet("color: #a40000;")
        self.status.setText(translate("Reports", "Không thực hiện được: {msg}").format(msg=msg))
        self.failed.emit(msg)

    def _date_refused(self) -> bool:
        """A period date whose text is not a date (its problem shown beside it): the focus
        goes there and nothing is computed."""
        bad = next((w for w in (self.date_from, self.date_to) if w.problem() is not None), None)
        if bad is not None:
            bad.setFocus()
        return bad is not None

    def preview(self) -> None:
        if self._running:
            self._again = True  # asked again while computing: compute the current choices next
            return
        d1, d2 = self.dates()
        if d2 < d1 or self._date_refused():
            return
        unit, label, ws = self.unit_code(), self.label(), self.ws
        self._set_running(True, translate("Reports", "Đang tính số liệu…"))
        reports_op.compute_report(parent=self, ops=self.ops, ws=ws, start=d1, end=d2, unit=unit, label=label or None,
                                  on_done=self._show_report, on_error=self._fail)

    def _show_report(self, report: dict[str, Any]) -> None:
        if getattr(self, "_again", False):
            self._again = False
            self._running = False
            self.preview()
            return
        self.report = report
        self.view.setHtml(report_html(report))
        p = report["period"]
        dates = translate("Reports", "từ ngày {start} đến ngày {end}").format(
            start=date_text(dt.date.fromisoformat(p["from"])), end=date_text(dt.date.fromisoformat(p["to"])))
        period = (translate("Reports", "{label} ({dates})").format(label=preset_text(*self.preset()), dates=dates)
                  if p.get("label") and p["label"] == self.label() else dates)
        self._set_running(False, translate("Reports", "Số liệu {period}.").format(period=period))
        self.preview_shown.emit()

    def suggested_name(self, fmt: str) -> str:
        d1, d2 = self.dates()
        base = self.label() or f"{d1:%d-%m-%Y} den {d2:%d-%m-%Y}"
        return f"Bao_cao_{_slug(base)}.{fmt}"

    def choose_and_export(self, fmt: str) -> None:
        start = str(Path.home() / self.suggested_name(fmt))
        path, _filter = save_file_name(self, translate("Reports", "Lưu báo cáo"), start,
                                       FORMAT_FILTERS[fmt])
        if path:
            if not path.lower().endswith("." + fmt):
                path += "." + fmt
            self.export_to(path, fmt)

    def export_to(self, path: str | Path, fmt: str) -> None:
        """Computes the figures for the current choices and writes them as `fmt` to `path`
        (off the UI thread); `exported(path)` when done. The preview shows the same figures."""
        if self._running:
            return
        d1, d2 = self.dates()
        if d2 < d1 or self._date_refused():
            return
        unit, label, ws = self.unit_code(), self.label(), self.ws
        doc: dict[str, Any] = {}
        if self.number.text().strip():
            doc["number"] = self.number.text().strip()
        if self.signer.text().strip():
            doc["signer"] = self.signer.text().strip()
        if self.agency.text().strip():  # else the core's default (the placeholder shows it)
            doc["agency"] = self.agency.text().strip()

        self._set_running(True, translate("Reports", "Đang xuất báo cáo {fmt}…").format(fmt=fmt.upper()))
        self._task = reports_op.export_report(
            parent=self, ops=self.ops, ws=ws, start=d1, end=d2, unit=unit, label=label or None, path=path, fmt=fmt,
            doc=doc if fmt in ("pdf", "docx") else {}, on_done=self._exported, on_error=self._fail,
            on_cancelled=self._export_cancelled)
        self.stop_btn.setEnabled(True)
        self.stop_btn.show()

    def cancel(self) -> None:
        """"Dừng": the running export stops before it writes its file."""
        if self.ops.cancel(self._task):
            self.stop_btn.setEnabled(False)
            self.status.setText(translate("Reports", "Đang dừng…"))

    def _export_cancelled(self) -> None:
        self._set_running(False, translate("Reports", "Đã dừng: chưa ghi tệp nào."))
        self.cancelled.emit()

    def _exported(self, result) -> None:
        report, path = result
        self.report = report
        self.view.setHtml(report_html(report))
        self._set_running(False, translate("Reports", "Đã ghi {path}").format(path=path))
        self.exported.emit(str(path))
