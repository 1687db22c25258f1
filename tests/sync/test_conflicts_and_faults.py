"""Conflicts, rejections and faults over HTTP against a real server process (SQLite and
PostgreSQL): nothing lost, nothing duplicated, no stuck queue, an honest status."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from desktop_app.core.sync.client import resolve_conflict, status, sync
from desktop_app.core.sync.protocol import PushReply, PushRequest
from desktop_app.core.sync.transport import HttpTransport, SyncError
from tests.conftest import add_person, open_case
from tests.sync.conftest import tables


def sync_all(*wss):
    for _ in range(2):
        for ws in wss:
            sync(ws)


def two_laptops(devices, server):
    """Two registers of one commune, both holding the same person."""
    unit = f"{server.fresh_province()}101"
    a1 = devices.commune(unit)
    a2 = devices.commune(unit)
    pid = add_person(a1, "Nguyễn Văn An", birth_date="1990")
    sync(a1)
    sync(a2)
    assert [r["id"] for r in tables(a2)["person"]] == [pid]
    return a1, a2, pid


def test_concurrent_edit_is_a_visible_conflict_and_can_be_swapped(devices, server):
    a1, a2, pid = two_laptops(devices, server)
    a1.persons.update(pid, {"occupation": "thợ xây"})
    a2.persons.update(pid, {"occupation": "lái xe"})  # later HLC: this one wins
    sync_all(a1, a2)
    assert tables(a1) == tables(a2)
    assert tables(a1)["person"][0]["occupation"] == "lái xe"
    for ws in (a1, a2):
        conflicts = status(ws)["conflicts"]
        assert len(conflicts) == 1, conflicts
        c = conflicts[0]
        assert (c["kind"], c["field"], c["kept_value"], c["lost_value"]) == ("field", "occupation", "lái xe", "thợ xây")
    # the supervisor swaps: the losing value becomes a new change and syncs like any edit
    resolve_conflict(a1, status(a1)["conflicts"][0]["id"], "swap")
    assert status(a1)["conflicts"] == []
    sync_all(a1, a2)
    assert tables(a1) == tables(a2)
    assert tables(a2)["person"][0]["occupation"] == "thợ xây"


def test_delete_beats_a_concurrent_edit_and_the_edit_is_kept(devices, server):
    a1, a2, pid = two_laptops(devices, server)
    a2.persons.update(pid, {"phone": "0912345678"})
    a1.persons.delete(pid)
    sync_all(a2, a1)
    assert tables(a1)["person"] == [] and tables(a2)["person"] == []
    c = status(a1)["conflicts"]
    assert len(c) == 1 and c[0]["kind"] == "delete_beats_edit" and c[0]["lost_value"] == {"phone": "0912345678"}
    assert status(a2)["conflicts"] == c


def test_a_refused_op_is_a_rejection_and_does_not_block_later_ops(devices, server):
    unit = f"{server.fresh_province()}101"
    chief = devices.commune(unit)
    officer_laptop = devices.commune(unit, role="officer")  # this device may not delete
    pid = add_person(chief, "Đỗ Văn Giang")
    sync(chief)
    sync(officer_laptop)
    officer_laptop.persons.delete(pid)  # the local account may; the device's role may not
    later = add_person(officer_laptop, "Vũ Thị Hoa")
    report = sync(officer_laptop)
    assert report.rejected == 1
    st = status(officer_laptop)
    assert st["pending"] == 0
    assert [(r["reason"], r["row_id"]) for r in st["rejections"]] == [("not_permitted", pid)]
    sync_all(chief, officer_laptop)
    # the refused delete is undone here (the server's state comes back); the later op went through
    assert {r["id"] for r in tables(officer_laptop)["person"]} == {pid, later}
    assert tables(officer_laptop) == tables(chief)


def test_duplicated_and_reordered_batches_are_harmless(devices, server):
    a = devices.commune(f"{server.fresh_province()}101")
    for i in range(6):
        add_person(a, f"Nguyễn Văn Số{i}")
    from desktop_app.core.sync.client.authors import certs_for
    from desktop_app.core.sync.client.push import ops_of, read_outbox
    from desktop_app.core.sync.client.state import read_meta

    with a._read() as conn:
        rows = read_outbox(conn)
        # two batches as the client makes them (a seal names the previous group of its own batch)
        first = ops_of(conn, rows[:3], a.unit_code, a.device_id, {})
        second = ops_of(conn, rows[3:], a.unit_code, a.device_id, {})
        ops = first + second
        meta = read_meta(conn)
    certs = certs_for(a, {o.author for o in ops})
    with HttpTransport(server.url, meta["device_token"]) as t:
        def push(batch):
            return PushReply.model_validate(t.post_json(
                "/sync/push", PushRequest(epoch=meta["server_epoch"], ops=batch, certs=certs).model_dump_json().encode()))

        with pytest.raises(SyncError) as e:
            push(second)  # arrives before the first batch: a gap, nothing applied
        assert e.value.code == "seq_gap" and e.value.body["expected_seq"] == first[0].device_seq
        r1 = push(first)
        r1_again = push(first)  # duplicated
        r2 = push(list(reversed(second)))  # reordered within the batch
        r_all = push(ops)  # everything again
    assert (r1.applied, r1_again.applied, r1_again.skipped) == (3, 0, 3)
    assert r2.applied == len(second) and r2.acked_seq == ops[-1].device_seq
    assert (r_all.applied, r_all.skipped) == (0, len(ops))
    sync(a)  # the outbox is acknowledged; pulling brings the versions
    b = devices.province(a.unit_code[:2])
    sync(b)
    assert tables(b, a.unit_code) == tables(a)
    assert len(tables(a)["person"]) == 6


def test_reply_lost_after_commit_then_resend_is_harmless(devices, server):
    a = devices.commune(f"{server.fresh_province()}101")
    pid = add_person(a, "Ngô Văn Khải")
    server.faults(drop_replies=1, path="/sync/push")
    with pytest.raises(SyncError) as e:
        sync(a)
    assert e.value.code == "server_unreachable"
    st = status(a)
    assert st["last_error"] == "server_unreachable" and st["pending"] > 0
    assert not a.sync_state.state().synced
    a.persons.update(pid, {"note": "sau khi mất kết nối"})
    report = sync(a)  # resends the committed batch (skipped) and the new op
    assert status(a)["pending"] == 0 and status(a)["last_error"] is None and a.sync_state.state().synced
    assert report.checks[a.unit_code] == "ok"
    prov = devices.province(a.unit_code[:2])
    sync(prov)
    assert tables(prov, a.unit_code) == tables(a)
    assert tables(a)["person"][0]["note"] == "sau khi mất kết nối"


def test_5xx_and_a_killed_pull_resume_cleanly(devices, server):
    p = server.fresh_province()
    a = devices.commune(f"{p}101")
    for i in range(12):
        add_person(a, f"Trịnh Văn Số{i}")
    sync(a)
    prov = devices.province(p)
    server.faults(fail_503=1, path="/sync/pull")
    with pytest.raises(SyncError) as e:
        sync(prov)
    assert e.value.code == "server_error" and status(prov)["last_error"] == "server_error"

    pages = []

    def kill_after_first_page(stage, done, total):
        if stage == f"pull:{p}101":
            pages.append(done)
            raise KeyboardInterrupt  # the client killed between two pages

    with pytest.raises(KeyboardInterrupt):
        sync(prov, progress=kill_after_first_page, pull_limit=5)
    assert len(pages) == 1
    with prov._read() as conn:
        n = conn.exec_driver_sql("SELECT count(*) FROM person").scalar_one()
        cursor = conn.exec_driver_sql(f"SELECT value FROM sync_meta WHERE key='cursor:{p}101'").scalar()
    assert n == 5 and int(cursor) == pages[0]  # the page and its cursor together
    assert status(prov)["last_error"] == "interrupted"
    sync(prov, pull_limit=5)
    assert tables(prov, f"{p}101") == tables(a)
    assert status(prov)["last_error"] is None


def test_transfer_moves_a_case_out_of_the_old_communes_scope(devices, server):
    p = server.fresh_province()
    a = devices.commune(f"{p}101")
    b = devices.commune(f"{p}202")
    prov = devices.province(p)
    pid = add_person(a, "Lý Văn Long")
    cid = open_case(a, pid, start_date=dt.date(2026, 1, 5), term_months=6)
    sync_all(a, b, prov)
    changes = prov.transfers.move_person(pid, f"{p}202", reason="Chuyển nơi cư trú")
    assert changes.cases and changes.persons
    sync_all(prov, a, b)
    assert tables(a)["case_file"] == []
    with a._read() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM case_file").scalar_one() == 0
    assert [r["id"] for r in tables(b)["case_file"]] == [cid]
    assert [r["id"] for r in tables(b)["person"]] == [pid]
    assert tables(prov, f"{p}202")["case_file"] == tables(b)["case_file"]
    assert [r["unit_code"] for r in tables(prov)["case_file"]] == [f"{p}202"]


def test_status_before_enrollment_and_insecure_urls(devices, server):
    from desktop_app.core.sync.client import enroll

    a = devices.commune(f"{server.fresh_province()}101", enroll=False)
    st = status(a)
    assert not st["enrolled"] and st["pending"] == 0
    with pytest.raises(SyncError) as e:
        sync(a)
    assert e.value.code == "not_enrolled"
    with pytest.raises(SyncError) as e:
        enroll(a, "http://192.0.2.10:8765", "ABCD-EFGH-JKLM")
    assert e.value.code == "insecure_url"
    with pytest.raises(SyncError) as e:
        enroll(a, server.url, "ABCD-EFGH-JKLM")
    assert e.value.code == "enroll_code_unknown"
    code = server.enroll_code("99999")
    with pytest.raises(SyncError) as e:
        enroll(a, server.url, code)
    assert e.value.code == "enroll_unit_mismatch"
    json.dumps(status(a))  # the CLI prints it as JSON
