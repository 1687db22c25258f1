"""The server's clock bounds order, end to end (real server process, SQLite and PostgreSQL):
a laptop whose clock runs two days fast edits an address, a laptop with a true clock edits it
later — after the syncs both laptops and the server hold the later real edit, the earlier one is
a visible conflict, and the fast laptop is told (`clock_ahead`)."""

from __future__ import annotations

import json
import time

import pytest

from desktop_app.core.domain.hlc import Stamp, system_wall_ms
from desktop_app.core.sync.client import status, sync
from tests.conftest import add_person
from tests.sync.conftest import tables

TWO_DAYS_MS = 2 * 24 * 3600 * 1000
BOUND_MS = 5 * 60 * 1000


def server_row(server, row_id: str) -> dict:
    from sqlalchemy import text

    with server.engine.connect() as conn:
        r = conn.execute(text("SELECT data, field_hlc FROM record WHERE row_id = :i"), {"i": row_id}).one()
    return {"data": json.loads(r[0]), "field_hlc": json.loads(r[1])}


def fast_clock(ws) -> None:
    ws.db.clock.wall = lambda: system_wall_ms() + TWO_DAYS_MS


@pytest.mark.parametrize("order", ["fast-syncs-first", "both-pending", "fast-knows-the-server"])
def test_a_later_real_edit_wins_over_a_laptop_two_days_fast(server, devices, order):
    unit = f"{server.fresh_province()}101"
    fast = devices.commune(unit)
    honest = devices.commune(unit)
    pid = add_person(fast, "Đỗ Văn Nhanh")
    sync(fast)
    sync(honest)
    fast_clock(fast)
    if order == "fast-knows-the-server":
        report = sync(fast)  # learns that its clock runs fast; nothing pending
        assert "clock_ahead" in report.warnings
    fast.persons.update(pid, {"permanent_address": "Số 1 đường Sai Giờ"})
    if order == "fast-syncs-first":
        report = sync(fast)
        assert "clock_ahead" in report.warnings
    time.sleep(0.02)  # later in real time
    honest.persons.update(pid, {"permanent_address": "Số 2 đường Đúng Giờ"})
    assert sync(honest).warnings == []
    report = sync(fast)
    assert "clock_ahead" in report.warnings
    sync(honest)
    want = "Số 2 đường Đúng Giờ"
    assert fast.persons.get(pid).permanent_address == honest.persons.get(pid).permanent_address == want
    row = server_row(server, pid)
    assert row["data"]["permanent_address"] == want
    # nothing the server holds is stamped beyond its clock's bound
    assert Stamp.decode(max(row["field_hlc"].values())).ms <= system_wall_ms() + BOUND_MS
    assert tables(fast, unit) == tables(honest, unit)
    # the earlier edit is not lost silently: a conflict both laptops list
    for ws in (fast, honest):
        c = [x for x in status(ws)["conflicts"] if x["row_id"] == pid and x["field"] == "permanent_address"]
        assert [(x["field"], x["kept_value"], x["lost_value"]) for x in c] == [
            ("permanent_address", want, "Số 1 đường Sai Giờ")]
    st = status(fast)["clock_ahead"]
    assert st is not None and abs(st["ahead_seconds"] - TWO_DAYS_MS // 1000) < 120
    assert st["max_ahead_seconds"] == BOUND_MS // 1000
    assert status(honest)["clock_ahead"] is None
    # the fast laptop's clock stays within the bound of the server's time
    assert Stamp.decode(fast.db.clock.now()).ms <= system_wall_ms() + BOUND_MS


def test_the_clock_ahead_notice_goes_once_the_clock_is_right_again(server, devices):
    unit = f"{server.fresh_province()}101"
    a = devices.commune(unit)
    add_person(a, "Vũ Thị Đồng Hồ")
    fast_clock(a)
    sync(a)
    assert status(a)["clock_ahead"] is not None
    a.db.clock.wall = system_wall_ms
    assert "clock_ahead" not in sync(a).warnings
    assert status(a)["clock_ahead"] is None
    # edits after the correction are stamped at the true time again
    pid = add_person(a, "Vũ Văn Sửa Giờ")
    with a.db.read() as conn:
        stamp = conn.exec_driver_sql("SELECT updated_hlc FROM person WHERE id = ?", (pid,)).scalar_one()
    assert abs(Stamp.decode(stamp).ms - system_wall_ms()) < 60_000


def test_a_fast_laptops_pending_edits_keep_their_order(server, devices):
    unit = f"{server.fresh_province()}101"
    fast = devices.commune(unit)
    other = devices.commune(unit)
    pid = add_person(fast, "Hồ Văn Thứ Tự")
    sync(fast)
    fast_clock(fast)
    for n in range(1, 4):  # three edits of one field while the clock runs fast, then a sync
        fast.persons.update(pid, {"occupation": f"lần {n}"})
    sync(fast)
    sync(other)
    assert fast.persons.get(pid).occupation == other.persons.get(pid).occupation == "lần 3"
    assert server_row(server, pid)["data"]["occupation"] == "lần 3"
    assert [c for c in status(fast)["conflicts"] if c["row_id"] == pid and c["field"] == "occupation"] == []


def test_a_laptop_two_days_slow_that_has_met_the_server_stamps_by_the_servers_time(server, devices):
    unit = f"{server.fresh_province()}101"
    slow = devices.commune(unit)
    honest = devices.commune(unit)
    pid = add_person(honest, "Mai Văn Chậm")
    sync(honest)
    slow.db.clock.wall = lambda: system_wall_ms() - TWO_DAYS_MS
    assert "clock_skew" in sync(slow).warnings  # it learns the server's time (and is told)
    honest.persons.update(pid, {"current_address": "Thôn Trước"})
    sync(honest)
    time.sleep(0.02)
    slow.persons.update(pid, {"current_address": "Thôn Sau"})  # later in real time, not having seen it
    with slow.db.read() as conn:
        stamp = conn.exec_driver_sql("SELECT updated_hlc FROM person WHERE id = ?", (pid,)).scalar_one()
    assert abs(Stamp.decode(stamp).ms - system_wall_ms()) < 60_000  # the server's time, not two days back
    sync(slow)
    sync(honest)
    assert slow.persons.get(pid).current_address == honest.persons.get(pid).current_address == "Thôn Sau"
    assert server_row(server, pid)["data"]["current_address"] == "Thôn Sau"
