"""Sync that stays true (issue 15): a losing edit comes back to the laptop that made it, the
end-of-sync check compares content, restores lose nothing (a laptop enrolled after the backup
included), and derived columns are computed on each laptop, never merged. Real server process
(SQLite and PostgreSQL), real registers."""

from __future__ import annotations

import time

from desktop_app.core.sync.client import status, sync
from tests.conftest import add_person
from tests.sync.conftest import tables

DAY_MS = 24 * 3600 * 1000


def _fast_clock(ws, ms: int) -> None:
    ws._clock._wall = lambda: int(time.time() * 1000) + ms  # the laptop's clock runs `ms` ahead


def test_a_losing_edit_is_pulled_back_by_the_laptop_that_made_it(devices):
    fast, true, third = (devices.commune("25101") for _ in range(3))
    pid = add_person(fast, "Phan Văn Đồng Hồ")
    sync(fast)
    sync(true)
    _fast_clock(fast, 2 * DAY_MS)
    fast.persons.update(pid, {"current_address": "Số 1 đường Nhanh"})
    sync(fast)
    sync(true)  # `true` pulls the fast laptop's edit (and is not dragged two days ahead by it)
    assert true.persons.get(pid).current_address == "Số 1 đường Nhanh"
    true.persons.update(pid, {"current_address": "Số 2 đường Đúng"})  # later in real time, lower HLC
    report = sync(true)
    sync(third)
    sync(fast)
    # the later edit lost (an HLC two days behind): every laptop holds the winner, the one that
    # made the losing edit included, and the losing value is a conflict, not silently dropped
    assert {ws.persons.get(pid).current_address for ws in (fast, true, third)} == {"Số 1 đường Nhanh"}
    assert tables(true) == tables(fast) == tables(third)
    assert report.checks["25101"] == "ok"
    c = [x for x in status(true)["conflicts"] if x["row_id"] == pid]
    assert [(x["field"], x["kept_value"], x["lost_value"]) for x in c] == [
        ("current_address", "Số 1 đường Nhanh", "Số 2 đường Đúng")]


def _search(ws, text: str) -> list[str]:
    return [r.id for r in ws.persons.search(text).rows]


def test_search_text_is_computed_on_each_laptop_from_the_merged_row(devices):
    a, b, c = (devices.commune("25101") for _ in range(3))
    pid = add_person(a, "Trần Văn Cũ", current_address="Thôn Một")
    a.persons.add_old_id(pid, {"kind": "cmnd", "number": "123456789"})
    sync(a)
    sync(b)
    a.persons.update(pid, {"full_name": "Trần Văn Mới"})  # a renames
    b.persons.update(pid, {"current_address": "Thôn Hai"})  # b changes the address, concurrently
    sync(a)
    sync(b)
    sync(a)
    sync(c)
    for ws in (a, b, c):
        p = ws.persons.get(pid)
        assert (p.full_name, p.current_address) == ("Trần Văn Mới", "Thôn Hai")
        # the new name, the new address and the old ID number are found on every laptop
        assert pid in _search(ws, "tran van moi") and pid in _search(ws, "thon hai")
        assert pid in _search(ws, "123456789") and pid not in _search(ws, "van cu")
    assert tables(a) == tables(b) == tables(c)
    # no conflict on a derived column, nor on anything else: the edits touched different fields
    assert [status(ws)["conflicts"] for ws in (a, b, c)] == [[], [], []]
