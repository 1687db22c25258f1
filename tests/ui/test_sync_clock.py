"""The clock bound in the app (real widgets, a real server process): a laptop whose clock runs
two days fast is told on the Sync page and in the status bar, and the notice goes once the
clock is right again."""

from __future__ import annotations

from desktop_app.core.domain.hlc import system_wall_ms
from tests.conftest import add_person
from tests.ui.test_sync_page import WAIT, bar, enrolled, open_window, registers, server  # noqa: F401 (fixtures)

NOTICE = "Đồng hồ máy tính chạy nhanh hơn giờ máy chủ"


def test_a_fast_clock_is_shown_on_the_page_and_in_the_status_bar(qtbot, registers, ops, server):  # noqa: F811
    unit = f"{server.fresh_province()}101"
    ws = enrolled(server, registers(unit))
    add_person(ws, "Lý Văn Đồng Hồ")
    ws.db.clock.wall = lambda: system_wall_ms() + 2 * 24 * 3600 * 1000
    win = open_window(qtbot, ws, ops)
    page = win.sync_page
    qtbot.waitUntil(lambda: page.status is not None and page.sync_btn.isEnabled(), timeout=WAIT)
    page.sync_now()
    qtbot.waitUntil(lambda: NOTICE in page.stage_label.text(), timeout=WAIT)
    assert NOTICE in page.result_label.text()  # the sync's own summary says it too
    qtbot.waitUntil(lambda: bar(win).endswith(" · Đồng hồ máy tính chạy nhanh"), timeout=WAIT)
    assert NOTICE in win.sync_label.toolTip()
    # the clock set right: the next sync clears the notice everywhere
    ws.db.clock.wall = system_wall_ms
    page.sync_now()
    qtbot.waitUntil(lambda: bar(win).startswith("Đã đồng bộ lúc") and "Đồng hồ" not in bar(win), timeout=WAIT)
    qtbot.waitUntil(lambda: page.status is not None and page.status["clock_ahead"] is None, timeout=WAIT)
    assert NOTICE not in page.stage_label.text()
