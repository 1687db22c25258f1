"""Faults of issue 15 around who and when (real server process): a copied register enrolled
again makes its unsent edits as a new device, so same-field edits of the two copies are a
visible conflict; an old reply bundle never moves the acknowledged sequence or the cursors
back; a bundle made while the laptop's clock ran fast is re-stamped by the server, and the
laptop is told."""

from __future__ import annotations

import json
import shutil
import subprocess

from desktop_app.core.domain.hlc import Stamp, system_wall_ms
from desktop_app.core.sync.bundle import bundle_export, bundle_import
from desktop_app.core.sync.client import enroll, status, sync
from desktop_app.core.sync.client.state import read_meta
from desktop_app.core.sync.transport import SyncError
from tests.conftest import CHIEF_PASSWORD, add_person, pin_today
from tests.sync.conftest import tables
from tests.sync.serverproc import server_command


def server_import(server, request, reply) -> None:
    r = subprocess.run([*server_command(), "bundle", "import", "--db", server.db_url, str(request),
                        "--reply", str(reply)], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr


def meta(ws) -> dict[str, str]:
    with ws.db.read() as conn:
        return read_meta(conn)


def test_a_copied_register_enrolled_again_turns_same_field_edits_into_a_visible_conflict(server, devices, tmp_path):
    from desktop_app.core.services.workspace import Workspace

    unit = f"{server.fresh_province()}101"
    a = devices.commune(unit)
    pid = add_person(a, "Nguyễn Văn Gốc")
    sync(a)
    shutil.copytree(a.data_dir, tmp_path / "copy")
    copy = pin_today(Workspace.open(tmp_path / "copy", "truong", CHIEF_PASSWORD))
    devices.opened.append(copy)
    assert copy.device_id == a.device_id
    # both copies change the same field, neither having seen the other's change
    a.persons.update(pid, {"current_address": "Thôn Đông"})
    copy.persons.update(pid, {"current_address": "Thôn Tây"})
    theirs = add_person(copy, "Lê Văn Bản Sao")
    sync(a)
    try:
        sync(copy)
        raise AssertionError("a copy pushing with the original's token must be refused")
    except SyncError as e:
        assert e.code == "device_cloned"
    enroll(copy, server.url, server.enroll_code(unit, name=f"Xã {unit}", parent=unit[:2]))
    assert copy.device_id != a.device_id
    # its unsent edits now carry its new device id, in the outbox and on the row
    with copy.db.read() as conn:
        row_hlc = conn.exec_driver_sql("SELECT updated_hlc FROM person WHERE id = ?", (pid,)).scalar_one()
        pending = [h for (h,) in conn.exec_driver_sql("SELECT field_hlcs FROM sync_outbox")]
    assert Stamp.decode(row_hlc).device == copy.device_id
    assert pending and all(copy.device_id in h and a.device_id not in h for h in pending)
    sync(copy)
    sync(a)
    sync(copy)
    assert tables(a, unit) == tables(copy, unit)
    assert theirs in {r["id"] for r in tables(a, unit)["person"]}
    kept = a.persons.get(pid).current_address
    assert kept in ("Thôn Đông", "Thôn Tây")
    lost = ({"Thôn Đông", "Thôn Tây"} - {kept}).pop()
    for ws in (a, copy):
        c = [x for x in status(ws)["conflicts"] if x["row_id"] == pid and x["field"] == "current_address"]
        assert [(x["kept_value"], x["lost_value"]) for x in c] == [(kept, lost)], ws.data_dir


def test_an_old_reply_bundle_never_moves_the_acknowledged_sequence_back(server, devices, tmp_path):
    unit = f"{server.fresh_province()}101"
    a = devices.commune(unit)
    other = devices.commune(unit)
    x = add_person(a, "Phạm Văn Thư")
    bundle_export(a, tmp_path / "old.wbb")
    server_import(server, tmp_path / "old.wbb", tmp_path / "old-reply.wbb")  # the reply waits in a drawer
    a.persons.update(x, {"note": "sau gói cũ"})
    add_person(other, "Phạm Thị Mạng", unit_code=unit)
    sync(other)
    sync(a)  # newer, over the network
    before = meta(a)
    assert int(before["acked_seq"]) >= 2 and int(before[f"cursor:{unit}"]) > 0
    t_before = tables(a)
    report = bundle_import(a, tmp_path / "old-reply.wbb")
    after = meta(a)
    assert after["acked_seq"] == before["acked_seq"]
    assert after[f"cursor:{unit}"] == before[f"cursor:{unit}"]
    assert report.pulled == 0 and tables(a) == t_before
    # the next sync trusts the server as before (no false "restored server" recovery)
    add_person(a, "Phạm Văn Sau")
    report = sync(a)
    assert not report.recovered and report.pushed == 1
    assert meta(a)["acked_seq"] == str(int(before["acked_seq"]) + 1)


def test_a_bundle_made_while_the_clock_ran_fast_is_restamped_and_the_laptop_told(server, devices, tmp_path):
    unit = f"{server.fresh_province()}101"
    a = devices.commune(unit)  # enrolled, never synced: it does not know the server's time
    a.db.clock.wall = lambda: system_wall_ms() + 2 * 24 * 3600 * 1000
    x = add_person(a, "Trịnh Văn Gói")
    bundle_export(a, tmp_path / "req.wbb")
    server_import(server, tmp_path / "req.wbb", tmp_path / "rep.wbb")
    report = bundle_import(a, tmp_path / "rep.wbb")
    assert "clock_ahead" in report.warnings
    st = status(a)["clock_ahead"]
    assert st is not None and st["ahead_seconds"] is None and st["max_ahead_seconds"] == 300
    from sqlalchemy import text

    with server.engine.connect() as conn:
        hlcs = json.loads(conn.execute(text("SELECT field_hlc FROM record WHERE row_id = :i"), {"i": x}).scalar_one())
    stamps = [Stamp.decode(h) for h in hlcs.values()]
    assert all(s.ms <= system_wall_ms() + 300_000 and s.device == a.device_id for s in stamps)
    # the laptop takes the server's stamps on its next sync, and its clock the server's time
    sync(a)
    with a.db.read() as conn:
        mine = conn.exec_driver_sql("SELECT updated_hlc FROM person WHERE id = ?", (x,)).scalar_one()
    assert Stamp.decode(mine).ms <= system_wall_ms() + 300_000
    assert Stamp.decode(a.db.clock.now()).ms <= system_wall_ms() + 300_000


def test_the_servers_clock_and_bound_are_its_own_settings(tmp_path, monkeypatch):
    """`wardbook-server run --clock-max-ahead 60`, its clock an hour behind the laptops'
    (WARDBOOK_SERVER_CLOCK_OFFSET_SECONDS, as a test fakes a server's clock): the laptop is
    told it runs an hour fast, and what it sends is stamped by the server's time."""
    from tests.sync.conftest import Devices
    from tests.sync.serverproc import ServerProcess

    srv = ServerProcess(f"sqlite:///{tmp_path / 'server.db'}", tmp_path / "server.log",
                        args=("--clock-max-ahead", "60"), env={"WARDBOOK_SERVER_CLOCK_OFFSET_SECONDS": "-3600"}).start()
    devs = Devices(srv, tmp_path, monkeypatch)
    try:
        a = devs.commune("25101")
        x = add_person(a, "Quách Văn Chậm")
        report = sync(a)
        assert "clock_ahead" in report.warnings
        st = status(a)["clock_ahead"]
        assert st["max_ahead_seconds"] == 60 and abs(st["ahead_seconds"] - 3600) < 30
        from sqlalchemy import text

        with srv.engine.connect() as conn:
            h = conn.execute(text("SELECT updated_hlc FROM record WHERE row_id = :i"), {"i": x}).scalar_one()
        assert Stamp.decode(h).ms <= system_wall_ms() - 3600_000 + 60_000
        assert Stamp.decode(a.db.clock.now()).ms <= system_wall_ms() - 3600_000 + 60_000
    finally:
        devs.close()
        srv.dispose()
