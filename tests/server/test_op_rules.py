"""Issue 15: what the server checks beyond an op's own values — whole rows, references, roles
for every flag (restate included), `updated_by` bound to the device — and the invariant that
no live child of a deleted row survives a merge (in-process server, protocol spoken by hand)."""

from __future__ import annotations

import pytest

from tests.server.conftest import Dev, new_id


def person(name: str = "An", **extra) -> dict:
    return {"given_name": name, "full_name": f"Nguyễn Văn {name}", **extra}


def case(pid: str, **extra) -> dict:
    return {"person_id": pid, "category": "community_education", **extra}


@pytest.fixture
def chief(client, app) -> Dev:
    return Dev(client, app, "25101")


@pytest.fixture
def officer(client, app) -> Dev:
    return Dev(client, app, "25101", role="officer")


def reasons(reply: dict) -> list[tuple[str, str]]:
    return [(r["row_id"], r["reason"]) for r in reply["rejections"]]


@pytest.mark.parametrize("value", ["0000-00-00", "2025-13-45", "1990-02-30", "19900101"])
def test_impossible_dates_are_refused(chief, value):
    op = chief.op("person", new_id(), person(birth_date=value), kind="insert")
    assert reasons(chief.push(op)) == [(op["row_id"], "invalid_value")]
    pid = new_id()
    chief.push(chief.op("person", pid, person(), kind="insert"))
    op = chief.op("case_file", new_id(), case(pid, decision_date=value), kind="insert")
    assert reasons(chief.push(op)) == [(op["row_id"], "invalid_value")]
    assert op["row_id"] not in chief.rows()


def test_an_unknown_gender_and_an_insert_missing_a_required_field_are_refused(chief):
    alien = chief.op("person", new_id(), person(gender="alien"), kind="insert")
    nameless = chief.op("person", new_id(), {"family_name": "Trần"}, kind="insert")
    no_category = chief.op("case_file", new_id(), {"person_id": new_id()}, kind="insert")
    reply = chief.push(alien, nameless, no_category)
    assert [r["reason"] for r in reply["rejections"]] == ["invalid_value"] * 3
    assert reply["rejections"][1]["detail"] == "person.full_name: required"
    assert reply["rejections"][2]["detail"] == "case_file.category: required"
    assert chief.rows() == {}


def test_references_must_name_rows_the_server_holds_in_scope(client, app, chief):
    other = Dev(client, app, "25202")
    theirs = new_id()
    other.push(other.op("person", theirs, person("Bình"), kind="insert"))
    mine, cid = new_id(), new_id()
    ghost = chief.op("case_file", new_id(), case(new_id()), kind="insert")
    foreign = chief.op("case_file", new_id(), case(theirs), kind="insert")
    wrong_table = chief.op("contact", new_id(), {"case_id": mine, "person_id": mine, "kind": "home_visit",
                                                 "date": "2026-01-02"}, kind="insert")
    ok = [chief.op("person", mine, person(), kind="insert"), chief.op("case_file", cid, case(mine), kind="insert"),
          chief.op("contact", new_id(), {"case_id": cid, "person_id": mine, "kind": "home_visit",
                                         "date": "2026-01-02"}, kind="insert")]
    reply = chief.push(ghost, foreign, *ok, wrong_table)
    assert reasons(reply) == [(ghost["row_id"], "dangling_reference"), (foreign["row_id"], "dangling_reference"),
                              (wrong_table["row_id"], "dangling_reference")]
    assert reply["applied"] == 3
    # an update pointing an existing row at a missing person is refused too, and the row is
    # stamped again so that the device pulls the server's state back
    before = chief.rows()[cid]["version"]
    repoint = chief.op("case_file", cid, {"person_id": new_id()}, base=before)
    assert reasons(chief.push(repoint)) == [(cid, "dangling_reference")]
    after = chief.rows()[cid]
    assert after["fields"]["person_id"] == mine and after["version"] > before


def test_restate_passes_the_same_permission_checks(chief, officer):
    pid = new_id()
    chief.push(chief.op("person", pid, person(), kind="insert"))
    # an officer's device may not delete, restate flag or not
    op = officer.op("person", pid, {"deleted": True}, kind="insert", seq=0, base=1)
    reply = officer.push(op, restate=True, next_seq=1)
    assert reasons(reply) == [(pid, "not_permitted")]
    assert chief.rows()[pid]["deleted"] is False
    plain = officer.op("person", pid, {"deleted": True}, kind="delete", base=1)
    assert reasons(officer.push(plain)) == [(pid, "not_permitted")]
    assert chief.rows()[pid]["deleted"] is False


def test_an_officer_restates_the_tombstones_it_holds_where_nothing_live_is_destroyed(chief, officer):
    """After a restore the server may lack rows an officer's register holds deleted (a chief's
    delete or a cascade it pulled): re-sent, they are kept as tombstones; a row the server holds
    deleted stays so; only a row the server holds live is the officer's own delete, refused."""
    lost, dead, live = new_id(), new_id(), new_id()
    chief.push(chief.op("person", dead, person(), kind="insert"), chief.op("person", live, person(), kind="insert"))
    chief.push(chief.op("person", dead, {"deleted": True}, kind="delete", base=chief.rows()[dead]["version"]))
    ops = [officer.op("person", rid, {**person(), "deleted": True}, kind="insert", seq=0, base=1)
           for rid in (lost, dead, live)]
    reply = officer.push(*ops, restate=True, next_seq=1)
    assert reasons(reply) == [(live, "not_permitted")]
    rows = chief.rows()
    assert (rows[lost]["deleted"], rows[dead]["deleted"], rows[live]["deleted"]) == (True, True, False)


def test_an_officer_may_not_move_rows_or_reopen_a_closed_case(client, app, chief, officer):
    province_officer = Dev(client, app, "25", role="officer")  # every commune in scope
    Dev(client, app, "25202")
    pid, cid = new_id(), new_id()
    chief.push(chief.op("person", pid, person(), kind="insert"),
               chief.op("case_file", cid, case(pid, status="completed"), kind="insert"))
    move = province_officer.op("person", pid, {"unit_code": "25202"}, base=1, unit="25202")
    assert reasons(province_officer.push(move)) == [(pid, "not_permitted")]
    reopen = officer.op("case_file", cid, {"status": "active"}, base=2)
    assert reasons(officer.push(reopen)) == [(cid, "not_permitted")]
    note = officer.op("case_file", cid, {"note": "đã gặp"}, base=2)
    assert reasons(officer.push(note)) == []
    rows = chief.rows()
    assert rows[cid]["fields"]["status"] == "completed" and rows[pid]["unit_code"] == "25101"


def test_updated_by_is_bound_to_the_authenticated_device(chief, officer):
    pid = new_id()
    op = officer.op("person", pid, person(), kind="insert")
    op["updated_by"] = "truong@" + chief.local  # a name, and a claim to be the chief's device
    officer.push(op)
    assert chief.rows()[pid]["updated_by"] == f"truong@{officer.local}"
    edit = chief.op("person", pid, {"occupation": "thợ mộc"}, base=chief.rows()[pid]["version"])
    edit["updated_by"] = "truong"
    chief.push(edit)
    assert chief.rows()[pid]["updated_by"] == f"truong@{chief.local}"


def test_a_delete_closes_the_children_and_concurrent_ones_become_conflicts(client, app, chief):
    other = Dev(client, app, "25101")
    pid, doc, cid, contact = new_id(), new_id(), new_id(), new_id()
    chief.push(chief.op("person", pid, person(), kind="insert"),
               chief.op("id_document", doc, {"person_id": pid, "kind": "cmnd", "number": "123456789"},
                        kind="insert"))
    seen = chief.rows()[pid]["version"]
    # the other laptop opens a case and records a visit; the chief deletes without seeing them
    other.push(other.op("case_file", cid, case(pid), kind="insert"),
               other.op("contact", contact, {"case_id": cid, "person_id": pid, "kind": "home_visit",
                                             "date": "2026-01-02"}, kind="insert"))
    reply = chief.push(chief.op("person", pid, {"deleted": True}, kind="delete", base=seen))
    assert reply["rejections"] == []
    rows = chief.rows()
    assert {k for k, r in rows.items() if not r["deleted"]} == set()
    conflicts = {c["row_id"]: c for c in reply["conflicts"]}
    # the chief's own document is closed with the person, no conflict; the other's rows are kept
    assert set(conflicts) == {cid, contact}
    assert conflicts[cid]["kind"] == "delete_beats_edit" and conflicts[cid]["lost_value"]["person_id"] == pid
    assert {c["row_id"] for c in other.pull()["conflicts"]} >= {cid, contact}


def test_a_new_child_of_a_deleted_row_is_kept_as_a_tombstone_with_a_conflict(client, app, chief):
    other = Dev(client, app, "25101")
    pid, cid = new_id(), new_id()
    chief.push(chief.op("person", pid, person(), kind="insert"))
    chief.push(chief.op("person", pid, {"deleted": True}, kind="delete", base=1))
    reply = other.push(other.op("case_file", cid, case(pid, note="mở hồ sơ"), kind="insert"))
    assert reply["rejections"] == [] and reply["applied"] == 1
    row = chief.rows()[cid]
    assert row["deleted"] is True and row["fields"]["note"] == "mở hồ sơ"
    [c] = reply["conflicts"]
    assert (c["row_id"], c["kind"], c["lost_value"]["note"]) == (cid, "delete_beats_edit", "mở hồ sơ")


def template(sha: str = "a" * 64) -> dict:
    return {"key": "mau-tinh", "title": "Mẫu tỉnh", "category": "other", "template_version": 1,
            "valid_from": "2026-01-01", "docx_sha256": sha, "size": 1000}


def test_only_a_province_admin_writes_published_templates_and_only_in_the_province(client, app, chief):
    """Issue 18: a province table is written by the province's device, in the province's unit;
    a commune reads it through /sync/published, never through its scope."""
    prov = Dev(client, app, "25")
    op = chief.op("published_template", new_id(), template(), kind="insert")
    assert reasons(chief.push(op)) == [(op["row_id"], "not_permitted")]
    op = chief.op("published_template", new_id(), template(), kind="insert", unit="25")
    assert reasons(chief.push(op)) == [(op["row_id"], "not_permitted")]
    op = prov.op("published_template", new_id(), template(), kind="insert", unit="25101")
    assert reasons(prov.push(op)) == [(op["row_id"], "not_permitted")]  # not in a commune's unit
    good = prov.op("published_template", new_id(), template(), kind="insert")
    assert reasons(prov.push(good)) == []
    # the commune sees it on /sync/published only, read-only, and not in its unit's pull
    page = client.get("/api/v1/sync/published", headers=chief.headers).json()
    assert page["unit"] == "25" and [r["id"] for r in page["rows"]] == [good["row_id"]]
    assert page["rows"][0]["fields"]["key"] == "mau-tinh"
    assert chief.pull()["rows"] == []
    assert client.get("/api/v1/sync/pull", params={"unit": "25"}, headers=chief.headers).status_code == 403
    # an update from the commune of the province's row is refused too
    op = chief.op("published_template", good["row_id"], {"title": "Sửa trộm"}, unit="25")
    assert reasons(chief.push(op)) == [(op["row_id"], "not_permitted")]
    assert client.get("/api/v1/sync/published", headers=chief.headers).json()["rows"][0]["fields"]["title"] == "Mẫu tỉnh"
