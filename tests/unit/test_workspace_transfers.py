"""ws.transfers: rows handed from one commune to another, as a synced change of `unit_code`
(its outbox op and its audit row), refused without the right or for a row not held here."""

from __future__ import annotations

import json

import pytest

from desktop_app.core.errors import NotFound, PermissionDenied
from tests.conftest import add_person, open_case


def test_a_case_moves_to_another_commune_as_one_synced_change(province):
    pid = add_person(province, "Lý Văn Long", unit_code="25101")
    cid = open_case(province, pid)
    with province.db.read() as conn:
        before = conn.exec_driver_sql("SELECT max(device_seq) FROM sync_outbox").scalar_one()
    changes = province.transfers.move_rows("case_file", [cid], "25202")
    assert changes.cases and not changes.persons
    assert province.cases.get(cid).unit_code == "25202"
    with province.db.read() as conn:
        ops = conn.exec_driver_sql("SELECT table_name, row_id, unit_code, op, changed_fields FROM sync_outbox "
                                   "WHERE device_seq > ?", (before,)).all()
        hlc, fields = conn.exec_driver_sql("SELECT updated_hlc, field_hlc FROM case_file WHERE id = ?",
                                           (cid,)).one()
    assert [(t, r, u, o, json.loads(f)) for t, r, u, o, f in ops] == [
        ("case_file", cid, "25202", "update", {"unit_code": "25202"})]
    assert json.loads(fields)["unit_code"] == hlc  # the move carries its own, newest HLC
    audit = province.audit.list(action="transfer")
    assert [(e.entity, e.entity_id, e.detail) for e in audit] == [
        ("case_file", cid, {"from": "25101", "to": "25202"})]
    # moved to where it is: nothing to write
    province.transfers.move_rows("case_file", [cid], "25202")
    with province.db.read() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM sync_outbox WHERE device_seq > ?",
                                    (before,)).scalar_one() == 1


def test_a_transfer_is_refused_without_the_right_or_for_a_row_not_here(province, workspace, add_officer):
    with pytest.raises(NotFound):
        province.transfers.move_rows("case_file", ["0190a0b0-0000-7000-8000-000000000000"], "25202")
    officer = add_officer("canbo1")
    pid = add_person(workspace, "Đỗ Thị Mai")
    with pytest.raises(PermissionDenied):
        officer.transfers.move_rows("person", [pid], workspace.unit_code)
