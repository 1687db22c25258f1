"""Overview: counters and charts (QtCharts) — active cases by category, due and overdue work,
tips received vs valuable per month, warning attendances per month."""

from __future__ import annotations

import html

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop_app.ui.texts import category_label, number_text, translate


def _counter(title: str) -> tuple[QWidget, QLabel]:
    box = QWidget()
    box.setStyleSheet("QWidget { background: #f3f6fa; border-radius: 6px; }")
    lay = QVBoxLayout(box)
    value = QLabel("—")
    value.setStyleSheet("font-size: 22pt; font-weight: bold; color: #1f4e79;")
    label = QLabel(title)
    label.setWordWrap(True)
    lay.addWidget(value)
    lay.addWidget(label)
    return box, value


def _chart_view(title: str) -> QChartView:
    chart = QChart()
    chart.setTitle(title)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(190)  # two rows of charts and the counters fit a 1366×768 screen at 125 %
    return view


def nice_axis(values, max_intervals: int = 6) -> tuple[int, int]:
    """The top and the step of a count axis that starts at 0: the step is 1, 2 or 5 times a
    power of ten (never below 1: these are counts), the smallest giving at most
    `max_intervals` intervals up to the largest value, and the top the first multiple of the
    step at or above it (at least 4 steps of 1 on an empty or tiny chart). 50 → (50, 10),
    37 → (40, 10), 7 → (8, 2), 0 → (4, 1): ticks 0/10/20/30…, never 0/12/25/37/50."""
    top = max([0, *values])
    top = int(top) + (0 if float(top).is_integer() else 1)
    step, magnitude = 1, 1
    while True:
        for m in (1, 2, 5):
            step = m * magnitude
            if -(-top // step) <= max_intervals:
                return max(step * -(-top // step), step * (4 if step == 1 else 1)), step
        magnitude *= 10


class OverviewPage(QWidget):
    loaded = Signal()

    def __init__(self, ws, ops, parent=None):
        super().__init__(parent)
        self.ws, self.ops = ws, ops
        self.data = None
        lay = QVBoxLayout(self)
        counters = QHBoxLayout()
        self.counters: dict[str, QLabel] = {}
        for key, title in (("active", translate("Overview", "Hồ sơ đang quản lý")),
                           ("overdue", translate("Overview", "Việc quá hạn")),
                           ("upcoming", translate("Overview", "Việc đến hạn trong 7 ngày")),
                           ("tips", translate("Overview", "Tin tố giác 12 tháng qua (có giá trị)")),
                           ("attendances", translate("Overview", "Lượt tham dự răn đe, giáo dục 12 tháng qua"))):
            box, value = _counter(title)
            value.setObjectName(f"counter_{key}")
            self.counters[key] = value
            counters.addWidget(box)
        lay.addLayout(counters)
        grid = QGridLayout()
        self.category_chart = _chart_view(translate("Overview", "Hồ sơ đang quản lý theo loại đối tượng"))
        self.due_chart = _chart_view(translate("Overview", "Việc đến hạn"))
        self.tips_chart = _chart_view(translate("Overview", "Tin tố giác theo tháng"))
        self.att_chart = _chart_view(translate("Overview", "Lượt tham dự buổi răn đe theo tháng"))
        # The categories' legal names are long (and differ in length by language): their chart
        # gets the whole first row, so that no name is cut; the three others share the second.
        grid.addWidget(self.category_chart, 0, 0, 1, 3)
        grid.addWidget(self.due_chart, 1, 0)
        grid.addWidget(self.tips_chart, 1, 1)
        grid.addWidget(self.att_chart, 1, 2)
        for col in range(3):
            grid.setColumnStretch(col, 1)
        lay.addLayout(grid, 1)
        ops.operation_did_execute.connect(
            lambda ch, _i: self.refresh() if (ch.cases or ch.visits or ch.tips or ch.sessions) and self.isVisible() else None)

    def refresh(self) -> None:
        # On a province register the due figures take a second or more: on the slow-read lane,
        # the page a user turns to meanwhile (People, Due today …) does not wait for them.
        self.ops.slow_query(self.ws.overview.get, on_done=self._show)

    def _show(self, o) -> None:
        self.data = o
        fmt = number_text
        self.counters["active"].setText(fmt(sum(o.active_by_category.values())))
        self.counters["overdue"].setText(fmt(o.due_overdue))
        self.counters["upcoming"].setText(fmt(o.due_upcoming))
        self.counters["tips"].setText(f"{fmt(sum(o.tips_received))} ({fmt(sum(o.tips_valuable))})")
        self.counters["attendances"].setText(fmt(sum(o.attendances)))
        # categories: horizontal bars
        cats = sorted(o.active_by_category.items(), key=lambda kv: kv[1])
        bars = QBarSet(translate("Overview", "Hồ sơ"))
        bars.append([v for _, v in cats])
        self._set_bars(self.category_chart, [bars], [html.escape(category_label(k)) for k, _ in cats], horizontal=True)
        due = QBarSet(translate("Overview", "Số việc"))
        due.append([o.due_overdue, o.due_upcoming])
        self._set_bars(self.due_chart, [due], [translate("Overview", "Quá hạn"), translate("Overview", "Sắp đến hạn")])
        # Month numbers under the bars (a "05/26" label is too wide for twelve bars); the span in
        # the axis title.
        months = [str(int(m[5:7])) for m in o.months]
        span = translate("Overview", "Tháng, từ {first} đến {last}").format(
            first=f"{o.months[0][5:7]}/{o.months[0][:4]}", last=f"{o.months[-1][5:7]}/{o.months[-1][:4]}") if o.months else ""
        received, valuable = QBarSet(translate("Overview", "Tiếp nhận")), QBarSet(translate("Overview", "Có giá trị"))
        received.append(o.tips_received)
        valuable.append(o.tips_valuable)
        self._set_bars(self.tips_chart, [received, valuable], months, title=span)
        att = QBarSet(translate("Overview", "Lượt tham dự"))
        att.append(o.attendances)
        self._set_bars(self.att_chart, [att], months, title=span)
        self.loaded.emit()

    @staticmethod
    def _set_bars(view: QChartView, sets: list[QBarSet], labels: list[str], horizontal: bool = False,
                  title: str = "") -> None:
        """`horizontal`: the wide category chart (six steps fit along it); the small ones get
        at most four, so that every label shows on a 1366×768 screen at 125 %."""
        chart = view.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        series = QHorizontalBarSeries() if horizontal else QBarSeries()
        for s in sets:
            series.append(s)
        chart.addSeries(series)
        cat_axis = QBarCategoryAxis()
        cat_axis.append(labels)
        # QtCharts elides a label well before it runs out of room ("1…" for "12"); these labels
        # are short or have the room (the category chart spans the row).
        cat_axis.setTruncateLabels(False)
        if title:
            cat_axis.setTitleText(title)
            font = cat_axis.titleFont()
            font.setBold(False)
            font.setPointSizeF(max(7.0, font.pointSizeF() - 1))
            cat_axis.setTitleFont(font)
        val_axis = QValueAxis()
        top, step = nice_axis([v for s in sets for v in (s.at(i) for i in range(s.count()))],
                              max_intervals=6 if horizontal else 4)
        val_axis.setRange(0, top)
        val_axis.setTickCount(top // step + 1)  # a tick, a label and a grid line at every step
        val_axis.setMinorTickCount(0)
        val_axis.setLabelFormat("%d")
        val_axis.setTruncateLabels(False)
        if horizontal:
            chart.addAxis(cat_axis, Qt.AlignmentFlag.AlignLeft)
            chart.addAxis(val_axis, Qt.AlignmentFlag.AlignBottom)
        else:
            chart.addAxis(cat_axis, Qt.AlignmentFlag.AlignBottom)
            chart.addAxis(val_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(cat_axis)
        series.attachAxis(val_axis)
        chart.legend().setVisible(len(sets) > 1)
