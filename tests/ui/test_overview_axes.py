"""The Overview's charts tick at round values (the rule itself: tests/unit/test_axis_ticks.py)."""

from __future__ import annotations

from desktop_app.ui.pages.overview import nice_axis
from tests.conftest import TODAY


def test_the_charts_of_the_overview_use_the_rule(qtbot, window, workspace):
    """The value axis of each chart on the page ticks at every step of the rule (at most four
    steps on the small charts, six on the wide one)."""
    from PySide6.QtCharts import QValueAxis

    for i in range(13):
        workspace.tips.add({"received_on": TODAY, "channel": "phone",
                            "content": f"Tin {i}", "valuable": i % 2 == 0})
    page = window.show_page("overview")
    page.refresh()
    qtbot.waitUntil(lambda: page.data is not None and sum(page.data.tips_received) == 13, timeout=5000)
    axes = [a for v in (page.tips_chart, page.due_chart, page.att_chart, page.category_chart)
            for a in v.chart().axes() if isinstance(a, QValueAxis)]
    assert len(axes) == 4
    tips_axis = [a for a in page.tips_chart.chart().axes() if isinstance(a, QValueAxis)][0]
    assert (tips_axis.min(), tips_axis.max(), tips_axis.tickCount()) == (0, 15, 4)  # 0/5/10/15
    for view in (page.tips_chart, page.due_chart, page.att_chart, page.category_chart):
        a = [a for a in view.chart().axes() if isinstance(a, QValueAxis)][0]
        top, step = nice_axis([a.max()], max_intervals=6 if view is page.category_chart else 4)
        assert a.max() == top and a.tickCount() == top // step + 1
