"""The server's clock bounds order (in process): a stamp more than the allowed offset ahead of
the server's time is re-stamped at push — kept, with its device, in order — and the reply says
so; the setting and the server's own clock come from the environment."""

from __future__ import annotations

import json
import time

import pytest
from fastapi.testclient import TestClient

from desktop_app.core.domain.hlc import Stamp
from tests.server.conftest import Dev, new_id

DAY_MS = 24 * 3600 * 1000


def person(name: str = "An") -> dict:
    return {"given_name": name, "full_name": f"Nguyễn Văn {name}", "family_name": "Nguyễn"}


def hlcs(row: dict) -> dict:
    h = row["field_hlc"]
    return json.loads(h) if isinstance(h, str) else h


def now_ms() -> int:
    return int(time.time() * 1000)


@pytest.fixture
def devs(client, app):
    def make(unit: str = "25101", **kw) -> Dev:
        return Dev(client, app, unit, **kw)
    return make


def test_a_stamp_two_days_ahead_is_restamped_with_its_device_and_a_later_edit_wins(devs):
    fast, honest = devs(), devs()
    rid = new_id()
    fast.push(fast.op("person", rid, person(), kind="insert", at=now_ms() - 60_000))
    v = fast.rows()[rid]["version"]
    before = now_ms()
    reply = fast.push(fast.op("person", rid, {"permanent_address": "sai giờ"}, base=v, at=now_ms() + 2 * DAY_MS))
    after = now_ms()
    notice = reply["clock_ahead"]
    assert notice["restamped"] == 1 and notice["max_ahead_ms"] == 5 * 60 * 1000
    assert before <= notice["server_time_ms"] <= after
    row = fast.rows()[rid]
    kept = Stamp.decode(hlcs(row)["permanent_address"])
    # kept, not dropped; at the server's time; still the fast device's change
    assert row["fields"]["permanent_address"] == "sai giờ"
    assert kept.device == fast.local and before <= kept.ms <= after
    # an honest laptop's later edit (not having seen the fast one) wins, and the fast value is
    # the lost side of a conflict
    v2 = row["version"]
    r2 = honest.push(honest.op("person", rid, {"permanent_address": "đúng giờ"}, base=v, at=now_ms() + 5))
    assert r2.get("clock_ahead") is None
    assert honest.rows()[rid]["fields"]["permanent_address"] == "đúng giờ"
    assert [(c["field"], c["kept_value"], c["lost_value"]) for c in r2["conflicts"]] == [
        ("permanent_address", "đúng giờ", "sai giờ")]
    assert honest.rows()[rid]["version"] > v2


def test_stamps_within_the_bound_are_kept_and_order_of_restamped_ops_holds(devs):
    a = devs()
    rid = new_id()
    t0 = now_ms()
    inside = t0 + 60_000  # a minute fast: within the 5 minutes allowed
    a.push(a.op("person", rid, person(), kind="insert", at=inside))
    row = a.rows()[rid]
    assert Stamp.decode(row["updated_hlc"]).ms == inside
    # two edits of one field, both days ahead, in one batch: the later one stays the later
    o1 = a.op("person", rid, {"note": "một"}, base=row["version"], at=t0 + 3 * DAY_MS)
    o2 = a.op("person", rid, {"note": "hai"}, base=row["version"], at=t0 + 3 * DAY_MS + 1)
    reply = a.push(o1, o2)
    assert reply["clock_ahead"]["restamped"] == 2 and reply["conflicts"] == []
    row = a.rows()[rid]
    assert row["fields"]["note"] == "hai"
    h = Stamp.decode(hlcs(row)["note"])
    # after the stamp within the bound (the device's order), never days ahead
    assert h.ms >= inside and h.ms <= now_ms() + 5 * 60 * 1000


def test_the_bound_and_the_servers_clock_come_from_the_settings(tmp_path, monkeypatch):
    from sync_server.core import clock
    from sync_server.core.config import Settings
    from sync_server.main import create_app

    monkeypatch.setenv("WARDBOOK_SERVER_CLOCK_MAX_AHEAD_SECONDS", "30")
    monkeypatch.setenv("WARDBOOK_SERVER_CLOCK_OFFSET_SECONDS", "-3600")
    app = create_app(Settings(db=f"sqlite:///{tmp_path / 'server.db'}"))
    try:
        with TestClient(app) as client:
            a = Dev(client, app, "25101")
            meta = client.get("/api/v1/sync/meta", headers=a.headers).json()
            assert meta["clock_max_ahead_ms"] == 30_000
            assert abs(meta["server_time_ms"] - (now_ms() - 3_600_000)) < 10_000
            # a stamp at the true time is an hour ahead of this server: re-stamped
            rid = new_id()
            reply = a.push(a.op("person", rid, person(), kind="insert", at=now_ms()))
            assert reply["clock_ahead"]["restamped"] == 1
            assert Stamp.decode(a.rows()[rid]["updated_hlc"]).ms <= now_ms() - 3_600_000 + 30_000
    finally:
        app.state.engine.dispose()
        # the other tests' default: read with the variables gone (Settings() reads the
        # environment, so configuring before they go would leave this test's clock behind)
        monkeypatch.delenv("WARDBOOK_SERVER_CLOCK_MAX_AHEAD_SECONDS")
        monkeypatch.delenv("WARDBOOK_SERVER_CLOCK_OFFSET_SECONDS")
        clock.configure(Settings())
        assert clock.now_ms() - now_ms() < 1_000 and clock.max_ahead_ms() == 300_000
