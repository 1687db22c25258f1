"""A transfer end to end, with a real server process (SQLite and PostgreSQL): commune A's chief
moves a person with an open case and its history to commune B; after sync A no longer holds
them, B's laptop has the whole file, the province sees it under B. A partial move made by hand
on a laptop is refused by the server and rolled back on that laptop."""

from __future__ import annotations

import datetime as dt

from desktop_app.core.services.maintenance import doctor
from desktop_app.core.sync.client import status, sync
from tests.conftest import TODAY, add_person, open_case
from tests.sync.conftest import tables

FILE = ("person", "case_file", "contact", "evaluation", "absence", "violation", "case_event", "attendance")
D = dt.date


def sync_all(*wss):
    for _ in range(2):
        for ws in wss:
            sync(ws)


def _history(ws) -> tuple[str, str, str]:
    pid = add_person(ws, "Lý Văn Long", birth_date="1990")
    cid = open_case(ws, pid, start_date=D(2026, 1, 5), term_months=6)
    ws.visits.record_contact({"case_id": cid, "kind": "home_visit", "date": D(2026, 3, 1), "summary": "Gặp tại nhà"})
    ws.visits.record_evaluation({"case_id": cid, "period_kind": "month", "period_start": D(2026, 3, 1),
                                 "police_assessment": "Chấp hành tốt"})
    ws.visits.record_absence({"case_id": cid, "start": D(2026, 4, 1), "end": D(2026, 4, 3), "reason": "Thăm bố ốm"})
    ws.visits.record_violation({"case_id": cid, "date": D(2026, 4, 10), "act": "Không trình diện"})
    sid = ws.sessions.create({"date": TODAY, "place": "Hội trường thôn Đông"}).created_id
    ws.sessions.add_attendee({"session_id": sid, "person_id": pid})
    return pid, cid, sid


def _ids(t: dict, unit: str | None = None) -> dict[str, set[str]]:
    return {name: {r["id"] for r in t[name] if unit is None or r["unit_code"] == unit} for name in FILE}


def test_a_person_and_their_whole_file_go_to_another_commune(devices, server):
    p = server.fresh_province()
    a = devices.commune(f"{p}101")
    a2 = devices.commune(f"{p}101")  # a second laptop of commune A
    b = devices.commune(f"{p}202")
    prov = devices.province(p)
    sync_all(b, a, a2, prov)  # A learns the province's communes from the server
    assert [u.code for u in a.transfers.destinations()] == [f"{p}202"]
    pid, cid, sid = _history(a)
    stays = add_person(a, "Trần Thị Hoa")
    sync_all(a, a2, b, prov)
    before = _ids(tables(a))
    before["person"].discard(stays)
    assert all(before[name] for name in FILE if name != "case_event")

    a.transfers.move_person(pid, f"{p}202", reason="Chuyển nơi cư trú", decision_number="05/CV")
    sync(a)
    # the second laptop, not yet synced, records a visit for the moved case: it follows the case
    late = a2.visits.record_contact({"case_id": cid, "kind": "phone_call", "date": TODAY,
                                     "summary": "Gọi điện trước khi biết đã chuyển"}).created_id
    sync_all(a, a2, b, prov)
    # (its change to the moved case itself — the date of the last contact — is refused: the case
    # is the new commune's; shown to the user like any refused change)
    assert [(r["table"], r["row_id"], r["reason"]) for r in status(a2)["rejections"]] == [
        ("case_file", cid, "out_of_scope")]
    before["contact"].add(late)

    moved = _ids(tables(b))
    # B's laptop: the whole file, with the transfer-in event naming where it came from
    assert {k: v for k, v in moved.items() if k != "case_event"} == {k: v for k, v in before.items()
                                                                     if k != "case_event"}
    events = tables(b)["case_event"]
    assert [(e["case_id"], e["kind"], e["other_unit_code"], e["decision_number"]) for e in events] == [
        (cid, "transfer_in", f"{p}101", "05/CV")]
    case = b.cases.get(cid)
    assert (case.status, case.unit_code) == ("active", f"{p}202")
    assert b.persons.get(pid).full_name == "Lý Văn Long"
    assert {e.kind for e in b.cases.timeline(cid)} >= {"contact", "evaluation", "absence", "violation"}
    # both laptops of A: nothing of the file left (the session and the other person stay)
    for ws in (a, a2):
        left = _ids(tables(ws))
        assert left == {name: ({stays} if name == "person" else set()) for name in FILE}, left
        assert [r["id"] for r in tables(ws)["person"]] == [stays]
        assert [r["id"] for r in tables(ws)["warning_session"]] == [sid]
        st = status(ws)
        assert st["pending"] == 0 and st["last_error"] is None
    assert status(a)["rejections"] == []
    # the province: the file under B, equal to B's copy
    assert _ids(tables(prov), f"{p}202") == moved
    assert _ids(tables(prov), f"{p}101") == {name: ({stays} if name == "person" else set()) for name in FILE}
    for name in FILE:
        assert tables(prov, f"{p}202")[name] == tables(b)[name], name
    # every register holds what its rows point at (the attendance names a copy of its session)
    for ws in (a, a2, b, prov):
        report = doctor(ws)
        assert report.ok, (report.problems, report.foreign_key_violations)
    [copy] = tables(b)["warning_session"]
    assert (copy["date"], copy["place"]) == (TODAY.isoformat(), "Hội trường thôn Đông")
    assert [r["session_id"] for r in tables(b)["attendance"]] == [copy["id"]]
    # B's chief now manages it: an edit there syncs to the province
    b.visits.record_contact({"case_id": cid, "kind": "phone_call", "date": TODAY, "summary": "Đã đến nơi ở mới"})
    sync_all(b, prov)
    assert len(tables(prov, f"{p}202")["contact"]) == 3
    # and back again: B's chief returns the person to A, whose laptops pull the file anew
    b.transfers.move_person(pid, f"{p}101", reason="Trở về nơi cư trú cũ")
    sync_all(b, a, a2, prov)
    back = _ids(tables(a))
    assert back["case_file"] == moved["case_file"] and back["person"] == {pid, stays}
    assert _ids(tables(a2)) == back and _ids(tables(b)) == {name: set() for name in FILE}
    assert len(back["contact"]) == 3 and len(back["case_event"]) == 2  # one transfer-in each way
    for ws in (a, a2, b, prov):
        assert doctor(ws).ok


def test_a_partial_move_made_on_a_laptop_is_refused_and_rolled_back(devices, server):
    """The core never writes a partial move; one written by hand (an insider probe: the outbox
    edited) is refused by the server, and the laptop gets its rows back in its commune."""
    p = server.fresh_province()
    a = devices.commune(f"{p}101")
    b = devices.commune(f"{p}202")
    sync_all(b, a)
    pid = add_person(a, "Lý Văn Long")
    cid = open_case(a, pid)
    sync(a)
    with a.db.write() as tx:  # the case alone, moved the way a transfer writes its ops
        from desktop_app.core.services.transfers import _move_one
        from desktop_app.core.store.tables import CaseFile

        _move_one(tx, CaseFile, cid, f"{p}202", pid, None)
    sync_all(a, b)
    assert tables(b)["case_file"] == [] and tables(b)["person"] == []
    assert [(r["id"], r["unit_code"]) for r in tables(a)["case_file"]] == [(cid, f"{p}101")]
    assert [r["reason"] for r in status(a)["rejections"]] == ["partial_move"]
    assert a.cases.get(cid).unit_code == f"{p}101"


def test_a_push_never_splits_a_transfer(devices, server, monkeypatch):
    """Pushes of 4 ops: the transfer's run of moves (person first) goes whole in one push, by
    HTTP (bundles cut their pushes with the same batch_end), so the server never sees a part of it."""
    from types import SimpleNamespace

    from desktop_app.core.sync.client import push as client_push

    def row(table, fields, op="update"):
        import json

        return SimpleNamespace(table_name=table, op=op, changed_fields=json.dumps(fields, separators=(",", ":")))

    edit, move = {"note": "x"}, {"unit_code": "25202"}
    rows = [row("person", edit), row("person", edit), row("person", move), row("case_file", move),
            row("contact", move), row("contact", move), row("person", edit)]
    assert client_push.batch_end(rows, 0, 4) == 2  # the run waits for the next push
    assert client_push.batch_end(rows, 2, 4) == 6  # which starts with it and reads on to its end
    assert client_push.batch_end(rows, 6, 4) == 7
    assert client_push.batch_end(rows[:4], 0, 4) == 4  # the outbox ends there

    monkeypatch.setattr(client_push, "PUSH_BATCH", 4)
    p = server.fresh_province()
    a = devices.commune(f"{p}101")
    b = devices.commune(f"{p}202")
    sync_all(b, a)
    pid, cid, _ = _history(a)
    add_person(a, "Trần Thị Hoa")
    a.transfers.move_person(pid, f"{p}202", reason="Chuyển nơi cư trú")
    sync_all(a, b)
    assert status(a)["rejections"] == [] and status(a)["pending"] == 0
    assert [r["id"] for r in tables(b)["case_file"]] == [cid]
    assert len(tables(b)["contact"]) == 1 and len(tables(b)["attendance"]) == 1


def test_a_transfer_by_bundle(devices, server, tmp_path, monkeypatch):
    """The same through a USB bundle, its pushes cut small (4 ops): the transfer stays whole."""
    import subprocess

    from desktop_app.core.sync.bundle import bundle_export, bundle_import
    from desktop_app.core.sync.client import push as client_push
    from tests.sync.serverproc import server_command

    monkeypatch.setattr(client_push, "PUSH_BATCH", 4)
    p = server.fresh_province()
    a = devices.commune(f"{p}101")
    b = devices.commune(f"{p}202")
    sync_all(b, a)  # (enrolled once over the network: the province's communes known)
    pid, cid, _ = _history(a)
    a.transfers.move_person(pid, f"{p}202", reason="Chuyển nơi cư trú")
    bundle_export(a, tmp_path / "req.wbb")
    r = subprocess.run([*server_command(), "bundle", "import", "--db", server.db_url, str(tmp_path / "req.wbb"),
                        "--reply", str(tmp_path / "rep.wbb")], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    bundle_import(a, tmp_path / "rep.wbb")
    assert status(a)["pending"] == 0 and status(a)["rejections"] == []
    assert _ids(tables(a)) == {name: set() for name in FILE}
    sync(b)
    assert [r["id"] for r in tables(b)["case_file"]] == [cid] and [r["id"] for r in tables(b)["person"]] == [pid]
    assert len(tables(b)["contact"]) == 1 and len(tables(b)["attendance"]) == 1


def test_a_register_made_without_its_province_learns_it_from_the_server(devices, server):
    p = server.fresh_province()
    b = devices.commune(f"{p}202")
    a = devices._create(f"{p}101", "Xã A", None, "truong")  # `wardbook init` without --parent-code
    devices.enroll(a, parent=p)
    assert a.transfers.destinations() == []
    sync(b)
    sync(a)
    assert [(u.code, u.parent_code) for u in a.transfers.destinations()] == [(f"{p}202", p)]
    pid = add_person(a, "Lý Văn Long")
    a.transfers.move_person(pid, f"{p}202", reason="Chuyển nơi cư trú")
    sync_all(a, b)
    assert [r["id"] for r in tables(b)["person"]] == [pid] and tables(a)["person"] == []
