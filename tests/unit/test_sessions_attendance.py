"""Warning sessions' attendance: many at once, pasted CCCDs, correcting and removing an
attendance (audited, synced as a tombstone, permission-checked)."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text

from desktop_app.core.errors import NotFound, PermissionDenied, ValidationFailed
from tests.conftest import TODAY, add_person


def _outbox(ws, table: str) -> list[dict]:
    with ws._read() as conn:
        return [dict(r) for r in conn.execute(text(
            "SELECT * FROM sync_outbox WHERE table_name = :t ORDER BY device_seq"), {"t": table}).mappings()]


@pytest.fixture
def session(workspace):
    return workspace.sessions.create({"date": TODAY, "place": "Hội trường thôn Đông"}).created_id


def test_add_many_at_once_skips_those_already_there(workspace, session):
    ws = workspace
    an = add_person(ws, "Nguyễn Văn An", birth_date="1990")
    binh = add_person(ws, "Trần Thị Bình", birth_date="2012")  # a minor on TODAY
    cuong = add_person(ws, "Lê Văn Cường")
    ws.sessions.add_attendee({"session_id": session, "person_id": an})
    changes = ws.sessions.add_attendees(session, [an, binh, cuong, binh])
    assert changes.sessions
    rows = {a.full_name: a for a in ws.sessions.attendees(session)}
    assert sorted(rows) == ["Lê Văn Cường", "Nguyễn Văn An", "Trần Thị Bình"]
    assert rows["Trần Thị Bình"].minor and not rows["Nguyễn Văn An"].minor
    inserts = [o for o in _outbox(ws, "attendance") if o["op"] == "insert"]
    assert len(inserts) == 3  # An once (by add_attendee), then Bình and Cường
    created = [e for e in ws.audit.list(action="create") if e.entity == "attendance"]
    assert {e.person_id for e in created} == {an, binh, cuong}
    # nothing new: nothing written
    assert not ws.sessions.add_attendees(session, [an, cuong]).sessions
    assert len(_outbox(ws, "attendance")) == 3


def test_pasted_cccds_found_and_not_found(workspace):
    ws = workspace
    an = add_person(ws, "Nguyễn Văn An", birth_date="1990", gender="male", cccd="001090000123")
    binh = add_person(ws, "Trần Thị Bình", old_ids=[{"number": "135792468"}])
    found, missing = ws.sessions.find_by_cccds("001 090 000 123\n\n135792468\n999999999999\n001090000123\nabc\n")
    assert [p.id for p in found] == [an, binh]
    assert missing == ["999999999999", "abc"]
    assert ws.sessions.find_by_cccds("  \n") == ([], [])


def test_pasted_cccds_stay_in_the_users_units(province, workspace):
    other = add_person(province, "Phạm Văn Dũng", unit_code="09999", cccd="001090000555", birth_date="1990",
                       gender="male")
    found, _ = province.sessions.find_by_cccds("001090000555")
    assert [p.id for p in found] == [other]
    assert workspace.sessions.find_by_cccds("001090000555") == ([], ["001090000555"])


def test_correct_an_attendance_is_audited_and_synced(workspace, session):
    ws = workspace
    minor = add_person(ws, "Trần Thị Bình", birth_date="2012")
    adult = add_person(ws, "Nguyễn Văn An", birth_date="1990")
    ws.sessions.add_attendees(session, [minor, adult])
    att = {a.full_name: a for a in ws.sessions.attendees(session)}
    a_minor, a_adult = att["Trần Thị Bình"], att["Nguyễn Văn An"]
    ws.sessions.update_attendance(a_minor.id, commitment_signed=True, parent_cosigned=True, note=" mẹ ký thay ")
    after = {a.id: a for a in ws.sessions.attendees(session)}[a_minor.id]
    assert after.commitment_signed and after.parent_cosigned and after.note == "mẹ ký thay"
    edit = [e for e in ws.audit.list(action="edit") if e.entity_id == a_minor.id]
    assert edit and edit[-1].person_id == minor
    assert edit[-1].detail["changes"]["parent_cosigned"] == [False, True]
    update = [o for o in _outbox(ws, "attendance") if o["op"] == "update" and o["row_id"] == a_minor.id]
    assert json.loads(update[-1]["changed_fields"]) == {"commitment_signed": True, "parent_cosigned": True,
                                                       "note": "mẹ ký thay"}
    # an adult has no parent's co-signature; a co-signature needs the commitment
    with pytest.raises(ValidationFailed) as e:
        ws.sessions.update_attendance(a_adult.id, commitment_signed=True, parent_cosigned=True)
    assert [p.code for p in e.value.problems] == ["not_a_minor"]
    with pytest.raises(ValidationFailed) as e:
        ws.sessions.update_attendance(a_minor.id, commitment_signed=False, parent_cosigned=True)
    assert [p.code for p in e.value.problems] == ["commitment_not_signed"]
    # the same values again: nothing written
    n = len(_outbox(ws, "attendance"))
    assert not ws.sessions.update_attendance(a_minor.id, commitment_signed=True, parent_cosigned=True).sessions
    assert len(_outbox(ws, "attendance")) == n


def test_remove_an_attendee_tombstone_audit_permission(workspace, session, add_officer):
    ws = workspace
    an = add_person(ws, "Nguyễn Văn An")
    binh = add_person(ws, "Trần Thị Bình")
    ws.sessions.add_attendees(session, [an, binh])
    att = {a.full_name: a for a in ws.sessions.attendees(session)}
    officer = add_officer("canbo1")
    with pytest.raises(PermissionDenied):
        officer.sessions.remove_attendee(att["Nguyễn Văn An"].id)
    assert len(ws.sessions.attendees(session)) == 2
    ws.sessions.remove_attendee(att["Nguyễn Văn An"].id)
    assert [a.full_name for a in ws.sessions.attendees(session)] == ["Trần Thị Bình"]
    assert ws.sessions.get(session).attendances == 1
    assert ws.sessions.for_person(an) == []
    tomb = _outbox(ws, "attendance")[-1]
    assert tomb["op"] == "delete" and tomb["row_id"] == att["Nguyễn Văn An"].id
    assert json.loads(tomb["changed_fields"]) == {"deleted": True}
    deleted = ws.audit.list(action="delete")
    assert deleted[-1].entity == "attendance" and deleted[-1].person_id == an
    with pytest.raises(NotFound):
        ws.sessions.remove_attendee(att["Nguyễn Văn An"].id)
    # the removal is final: adding the person again is refused with their name
    with pytest.raises(ValidationFailed) as e:
        ws.sessions.add_attendees(session, [binh, an])
    assert [(p.code, p.params["name"]) for p in e.value.problems] == [("attendance_removed", "Nguyễn Văn An")]
    with pytest.raises(ValidationFailed):
        ws.sessions.add_attendee({"session_id": session, "person_id": an})


def test_an_officer_adds_many_and_corrects(workspace, session, add_officer):
    an = add_person(workspace, "Nguyễn Văn An")
    officer = add_officer("canbo1")
    officer.sessions.add_attendees(session, [an])
    [a] = officer.sessions.attendees(session)
    officer.sessions.update_attendance(a.id, commitment_signed=True)
    assert workspace.sessions.get(session).commitments == 1
    edit = [e for e in workspace.audit.list(action="edit") if e.entity_id == a.id]
    assert edit[-1].username == "canbo1"
