"""Harder faults against a real server process (SQLite file): the server restored from an older
backup (with and without a new epoch), a cloned register, a laptop clock a year ahead."""

from __future__ import annotations

import shutil
import subprocess
import time

import pytest

from desktop_app.core.sync.client import enroll, status, sync
from desktop_app.core.sync.transport import SyncError
from tests.conftest import add_person
from tests.sync.conftest import tables
from tests.sync.serverproc import server_command


def _copy_db(src_dir, dst_dir):
    dst_dir.mkdir(exist_ok=True)
    for f in src_dir.glob("server.db*"):
        shutil.copy2(f, dst_dir / f.name)


@pytest.mark.parametrize("new_epoch", [False, True], ids=["forgot-new-epoch", "new-epoch"])
def test_server_restored_from_an_older_backup_loses_nothing(own_server, own_devices, tmp_path, new_epoch):
    a = own_devices.commune("25101")
    prov = own_devices.province("25")
    x1 = add_person(a, "Nguyễn Văn Một")
    sync(a)
    sync(prov)
    own_server.stop()
    _copy_db(tmp_path, tmp_path / "backup")
    own_server.start()
    x2 = add_person(a, "Nguyễn Văn Hai")
    a.persons.update(x1, {"note": "sửa sau bản sao lưu"})
    sync(a)
    x3 = add_person(prov, "Nguyễn Văn Ba", unit_code="25101")
    sync(prov)
    sync(a)
    before = tables(a)
    # the server's disk dies; yesterday's backup comes back
    own_server.stop()
    for f in tmp_path.glob("server.db*"):
        f.unlink()
    _copy_db(tmp_path / "backup", tmp_path)
    if new_epoch:
        subprocess.run([*server_command(), "new-epoch", "--db", own_server.db_url], check=True,
                       capture_output=True, timeout=60)
    own_server.start()
    x4 = add_person(a, "Nguyễn Văn Bốn")
    reports = [sync(ws) for ws in (a, prov, a, prov)]
    assert reports[0].recovered and reports[1].recovered and not reports[2].recovered
    report = reports[-1]
    assert report.checks and set(report.checks.values()) <= {"ok"}
    ta = tables(a)
    assert {r["id"] for r in ta["person"]} == {x1, x2, x3, x4}
    assert ta == tables(prov, "25101")
    assert {k: v for k, v in ta.items() if k != "person"} == {k: v for k, v in before.items() if k != "person"}
    assert next(r for r in ta["person"] if r["id"] == x1)["note"] == "sửa sau bản sao lưu"
    assert status(a)["pending"] == 0 and status(prov)["pending"] == 0
    # a fresh register of the commune gets everything from the restored server
    fresh = own_devices.commune("25101")
    sync(fresh)
    assert tables(fresh) == ta


def test_a_cloned_register_is_refused_then_re_enrolled_without_loss(own_server, own_devices, tmp_path):
    from desktop_app.core.services.workspace import Workspace
    from tests.conftest import CHIEF_PASSWORD, pin_today

    a = own_devices.commune("25101")
    add_person(a, "Nguyễn Văn Gốc")
    sync(a)
    shutil.copytree(a.data_dir, tmp_path / "clone")
    clone = pin_today(Workspace.open(tmp_path / "clone", "truong", CHIEF_PASSWORD))
    own_devices.opened.append(clone)
    mine = add_person(a, "Trần Văn Máy Gốc")
    theirs = add_person(clone, "Lê Văn Bản Sao")
    sync(a)
    with pytest.raises(SyncError) as e:
        sync(clone)
    assert e.value.code == "device_cloned"
    assert status(clone)["last_error"] == "device_cloned" and status(clone)["pending"] > 0
    old_device = clone.device_id
    enroll(clone, own_server.url, own_server.enroll_code("25101"))
    assert clone.device_id != old_device
    sync(clone)
    sync(a)
    names = {r["id"] for r in tables(a)["person"]}
    assert {mine, theirs} <= names and tables(a) == tables(clone)


def test_a_clock_a_year_ahead_is_flagged_and_a_later_real_edit_still_wins(own_server, own_devices):
    from desktop_app.core.domain.hlc import system_wall_ms

    a = own_devices.commune("25101")
    b = own_devices.commune("25101")
    pid = add_person(a, "Phan Văn Giờ")
    sync(a)
    sync(b)
    year = 365 * 24 * 3600 * 1000
    b.db.clock.wall = lambda: system_wall_ms() + year  # b's laptop clock is a year ahead
    b.persons.update(pid, {"occupation": "sai giờ"})
    report = sync(b)
    assert {"clock_skew", "clock_ahead"} <= set(report.warnings)
    assert status(b)["clock_ahead"]["ahead_seconds"] >= year // 1000 - 60
    time.sleep(0.01)  # the clock must advance: a's edit is later in real time than b's
    a.persons.update(pid, {"occupation": "đúng giờ"})  # later in real time
    report = sync(a)
    assert report.warnings == []
    # a is not dragged a year ahead by b's stamps
    assert a.db.clock.last < f"{system_wall_ms() + 24 * 3600 * 1000:012x}"
    sync(b)
    assert tables(a) == tables(b)
    assert a.persons.get(pid).occupation == b.persons.get(pid).occupation == "đúng giờ"
    c = status(a)["conflicts"]
    # b's earlier value is not dropped silently: it is the lost side of a conflict both list
    assert len(c) == 1
    assert (c[0]["table"], c[0]["row_id"], c[0]["field"]) == ("person", pid, "occupation")
    assert (c[0]["kept_value"], c[0]["lost_value"]) == ("đúng giờ", "sai giờ")
    assert c[0]["lost_device"] == b.device_id and not c[0]["resolved"]
    assert [x["id"] for x in status(b)["conflicts"]] == [c[0]["id"]]


def test_a_register_behind_the_tombstone_horizon_re_pulls_and_loses_the_deleted_rows(own_server, own_devices):
    from sync_server.core.db import write_tx
    from sync_server.services.pull import purge_tombstones

    a = own_devices.commune("25101")
    late = own_devices.commune("25101")
    ids = [add_person(a, f"Nguyễn Văn Số{i}") for i in range(4)]
    sync(a)
    sync(late)  # `late` holds all four, then stays away
    a.persons.delete(ids[0])
    a.persons.update(ids[1], {"note": "sau"})
    sync(a)
    with write_tx(own_server.engine) as conn:
        assert purge_tombstones(conn)["25101"] == 1  # the tombstone is gone from the server
    report = sync(late)
    assert report.checks["25101"] == "ok"
    assert tables(late) == tables(a)
    assert {r["id"] for r in tables(late)["person"]} == set(ids[1:])


def test_a_case_the_restored_server_lacks_is_sent_again_with_its_booleans(own_server, own_devices, tmp_path):
    """Recovery re-sends every row: a case and a contact (boolean fields: obligations_pending,
    compliant) made after the server's backup come back to the server, live (found by the fault
    harness: they used to be re-sent as 0/1, rejected, and made tombstones here)."""
    import datetime as dt

    from sqlalchemy import select

    from sync_server.models import Record, SyncRejection
    from tests.conftest import TODAY, open_case

    a = own_devices.commune("25101")
    pid = add_person(a, "Nguyễn Văn Hồ Sơ")
    sync(a)
    own_server.stop()
    _copy_db(tmp_path, tmp_path / "backup")
    own_server.start()
    cid = open_case(a, pid, start_date=TODAY - dt.timedelta(days=60), term_months=6)
    kid = a.visits.record_contact({"case_id": cid, "kind": "home_visit", "date": TODAY,
                                   "summary": "Gặp tại nhà"}).created_id
    sync(a)
    own_server.stop()
    for f in tmp_path.glob("server.db*"):
        f.unlink()
    _copy_db(tmp_path / "backup", tmp_path)
    subprocess.run([*server_command(), "new-epoch", "--db", own_server.db_url], check=True,
                   capture_output=True, timeout=60)
    own_server.start()
    assert sync(a).recovered
    with own_server.engine.connect() as conn:
        held = {r: d for r, d in conn.execute(select(Record.row_id, Record.deleted))}  # type: ignore[call-overload]
        assert conn.execute(select(SyncRejection.reason)).all() == []  # type: ignore[call-overload]
    assert held[cid] is False and held[kid] is False
    assert a.cases.get(cid).id == cid and status(a)["pending"] == 0
