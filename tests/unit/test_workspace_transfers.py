"""ws.transfers: a person moved to another commune with their whole file (cases, history), in
one transaction, each row a synced move and audited; refused without the right, to an unknown
or the same unit, and a part of a file moved alone (`partial_move`)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from desktop_app.core.errors import NotFound, PermissionDenied, ValidationFailed
from desktop_app.core.services.transfers import MAX_TRANSFER_ROWS
from desktop_app.core.sync.protocol import PUSH_BATCH
from tests.conftest import (
    CHIEF_PASSWORD,
    LOW_KDF,
    OFFICER_PASSWORD,
    TODAY,
    UNIT_CODE,
    add_person,
    open_case,
    pin_today,
)

OTHER = "08456"  # another commune of the register's province (08)
D = dt.date


@pytest.fixture
def commune(tmp_path, low_kdf):
    """A commune register of province 08 (unit UNIT_CODE) signed in as its chief; the province's
    communes known (as a sync brings them)."""
    from desktop_app.core.services.workspace import Workspace

    ws = Workspace.create(tmp_path / "xa", unit_code=UNIT_CODE, unit_name="Xã Thử", admin="truong",
                          password=CHIEF_PASSWORD, kdf=LOW_KDF, parent_code="08")
    pin_today(ws)
    ws.units.load([{"code": OTHER, "name": "Xã Mới", "parent_code": "08"},
                   {"code": "09777", "name": "Xã Tỉnh Khác", "parent_code": "09"}])
    ws._test_opened = [ws]
    yield ws
    for w in ws._test_opened:
        w.close()


@pytest.fixture
def commune_officer(commune):
    from desktop_app.core.services.workspace import Workspace

    commune.users.add({"username": "canbo1", "role": "officer"}, OFFICER_PASSWORD)
    ws = pin_today(Workspace.open(commune.data_dir, "canbo1", OFFICER_PASSWORD))
    commune._test_opened.append(ws)
    return ws


def _file(ws):
    """A person with an open case and its history, a closed case, an ID document, an attendance;
    and another person with a case of their own (which stays)."""
    pid = add_person(ws, "Lý Văn Long", cccd=None)
    cid = open_case(ws, pid, start_date=D(2026, 1, 5), term_months=6)
    ws.visits.record_contact({"case_id": cid, "kind": "home_visit", "date": D(2026, 3, 1), "summary": "Gặp tại nhà"})
    ws.visits.record_evaluation({"case_id": cid, "period_kind": "month", "period_start": D(2026, 3, 1),
                                 "police_assessment": "Chấp hành tốt"})
    ws.visits.record_absence({"case_id": cid, "start": D(2026, 4, 1), "end": D(2026, 4, 3), "reason": "Thăm bố ốm"})
    ws.visits.record_violation({"case_id": cid, "date": D(2026, 4, 10), "act": "Không trình diện"})
    old = open_case(ws, pid, "community_watch")
    ws.cases.close(old, {"status": "completed", "actual_end": D(2026, 2, 1)})
    sid = ws.sessions.create({"date": TODAY, "place": "Hội trường thôn Đông"}).created_id
    ws.sessions.add_attendee({"session_id": sid, "person_id": pid})
    other = add_person(ws, "Trần Thị Hoa")
    other_case = open_case(ws, other)
    return pid, cid, old, sid, other, other_case


def _rows(ws, table, unit=None):
    with ws._read() as conn:
        q = f'SELECT id, unit_code FROM "{table}"'
        return {r: u for r, u in conn.exec_driver_sql(q) if unit is None or u == unit}


def test_a_person_moves_with_their_whole_file_in_one_transaction(commune):
    workspace = commune
    pid, cid, old, sid, other, other_case = _file(workspace)
    with workspace.db.read() as conn:
        before = conn.exec_driver_sql("SELECT max(device_seq) FROM sync_outbox").scalar_one()
    expected = workspace.transfers.file_rows(pid)
    assert expected[0] == ("person", pid)
    assert {t for t, _ in expected} == {"person", "case_file", "contact", "evaluation", "absence", "violation",
                                        "attendance"}
    changes = workspace.transfers.move_person(pid, OTHER, reason="Chuyển nơi cư trú", decision_number="12/QĐ",
                                              address="Thôn Mới, xã Thử 09456")
    assert changes.persons and changes.cases and changes.visits and changes.sessions
    # every row of the file is in the new commune; the other person's file and the session stay
    for table, rid in expected:
        assert _rows(workspace, table)[rid] == OTHER, (table, rid)
    assert _rows(workspace, "person")[other] == UNIT_CODE
    assert _rows(workspace, "case_file")[other_case] == UNIT_CODE
    # the session stays; the attendance names a copy of it in the new commune
    sessions = _rows(workspace, "warning_session")
    [copy] = [k for k, u in sessions.items() if u == OTHER]
    assert sessions == {sid: UNIT_CODE, copy: OTHER}
    with workspace.db.read() as conn:
        att = conn.exec_driver_sql("SELECT session_id FROM attendance WHERE person_id = ?", (pid,)).scalar_one()
        same = conn.exec_driver_sql("SELECT date, place, chair, topic FROM warning_session WHERE id IN (?, ?)",
                                    (sid, copy)).all()
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
    assert att == copy and same[0] == same[1]
    # the open case moves as it is, with a transfer-in event naming where it came from
    with workspace.db.read() as conn:
        status = dict(conn.exec_driver_sql("SELECT id, status FROM case_file WHERE unit_code = ?", (OTHER,)).all())
    assert status == {cid: "active", old: "completed"}
    with workspace.db.read() as conn:  # the old commune's officer no longer in charge
        assert conn.exec_driver_sql("SELECT officer FROM case_file WHERE id = ?", (cid,)).scalar_one() == ""
    # out of this commune's scope: its lists no longer show them
    with pytest.raises(NotFound):
        workspace.cases.get(cid)
    with pytest.raises(NotFound):
        workspace.persons.get(pid)
    assert [r.id for r in workspace.persons.search("Long").rows] == []
    with workspace.db.read() as conn:
        events = conn.exec_driver_sql("SELECT case_id, kind, other_unit_code, decision_number, note, unit_code "
                                      "FROM case_event").all()
        p = conn.exec_driver_sql("SELECT current_unit_code, current_address FROM person WHERE id = ?",
                                 (pid,)).one()
        ops = conn.exec_driver_sql("SELECT table_name, row_id, op, changed_fields FROM sync_outbox "
                                   "WHERE device_seq > ? ORDER BY device_seq", (before,)).all()
    assert events == [(cid, "transfer_in", UNIT_CODE, "12/QĐ", "Chuyển nơi cư trú", OTHER)]
    assert tuple(p) == (OTHER, "Thôn Mới, xã Thử 09456")
    # the outbox: the address and the event in the old commune, then one run of moves, the person first
    moves = [(t, r) for t, r, o, f in ops if o == "update" and json.loads(f) == {"unit_code": OTHER}]
    assert moves[0] == ("person", pid)
    [eid] = _rows(workspace, "case_event")
    assert set(moves) == set(expected) | {("case_event", eid), ("warning_session", copy)}
    first_move = next(i for i, (t, r, o, f) in enumerate(ops) if json.loads(f) == {"unit_code": OTHER})
    assert len(ops) - first_move == len(moves)  # no other op inside the run
    # audited: one "transfer" row per moved row, the person's with the reason
    audit = workspace.audit.list(action="transfer")
    assert {(e.entity, e.entity_id) for e in audit} == set(moves)
    person_audit = [e for e in audit if e.entity == "person"][0]
    assert person_audit.detail == {"from": UNIT_CODE, "to": OTHER, "reason": "Chuyển nơi cư trú",
                                   "rows": len(moves)}
    assert all(e.person_id == pid for e in audit)
    # the person left this commune's scope: the chief no longer writes there
    with pytest.raises(PermissionDenied):
        workspace.transfers.move_person(pid, UNIT_CODE, reason="Quay về")


def test_transfers_are_refused_without_the_right_or_to_a_wrong_unit(commune, commune_officer):
    workspace, officer = commune, commune_officer
    assert [u.code for u in workspace.transfers.destinations()] == [OTHER]
    pid = add_person(workspace, "Đỗ Thị Mai")
    open_case(workspace, pid)
    with pytest.raises(PermissionDenied):
        officer.transfers.move_person(pid, OTHER, reason="Chuyển nơi cư trú")
    for to, reason, code in [(UNIT_CODE, "x", "transfer_same_unit"), ("08999", "x", "transfer_unit_unknown"),
                             ("09777", "x", "transfer_unit_unknown"),
                             ("12", "x", "unit_code_format"), ("abc", "x", "unit_code_format"),
                             (OTHER, "  ", "required")]:
        with pytest.raises(ValidationFailed) as e:
            workspace.transfers.move_person(pid, to, reason=reason)
        assert code in [p.code for p in e.value.problems], (to, reason)
    with pytest.raises(NotFound):
        workspace.transfers.move_person("0190a0b0-0000-7000-8000-000000000000", OTHER, reason="x")
    # nothing moved by the refusals
    assert set(_rows(workspace, "person").values()) == {UNIT_CODE}
    assert workspace.audit.list(action="transfer") == []


def test_a_part_of_a_file_never_moves_alone(province):
    province.units.load([{"code": "25101", "name": "Xã A", "parent_code": "25"},
                         {"code": "25202", "name": "Xã B", "parent_code": "25"}])
    pid = add_person(province, "Lý Văn Long", unit_code="25101")
    cid = open_case(province, pid)
    for table, rid in (("case_file", cid), ("person", pid)):
        with pytest.raises(ValidationFailed) as e:
            province.transfers.move_rows(table, [rid], "25202")
        assert [p.code for p in e.value.problems] == ["partial_move"]
    assert _rows(province, "case_file") == {cid: "25101"}
    # the province admin moves the whole file
    province.transfers.move_person(pid, "25202", reason="Chuyển nơi cư trú")
    assert _rows(province, "case_file") == {cid: "25202"} and _rows(province, "person") == {pid: "25202"}
    # a session (no person's file) moves alone
    sid = province.sessions.create({"date": TODAY, "place": "Trụ sở"}, unit_code="25101").created_id
    province.transfers.move_rows("warning_session", [sid], "25202")
    assert _rows(province, "warning_session") == {sid: "25202"}


def test_a_transfer_fits_one_push():
    assert MAX_TRANSFER_ROWS <= PUSH_BATCH
