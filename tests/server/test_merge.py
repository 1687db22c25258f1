"""The server's push/pull rules, in process."""

from __future__ import annotations

import pytest

from desktop_app.core.sync.protocol import API_PREFIX, check_digest, digest_hex, entry_hash
from tests.server.conftest import Dev, gz, new_id


def person(name: str = "An") -> dict:
    return {"given_name": name, "full_name": f"Nguyễn Văn {name}", "family_name": "Nguyễn"}


@pytest.fixture
def devs(client, app):
    def make(unit: str = "25101", **kw) -> Dev:
        return Dev(client, app, unit, **kw)
    return make


def test_insert_then_pull_with_versions_and_paging(devs):
    a = devs()
    ids = [new_id() for _ in range(5)]
    reply = a.push(*[a.op("person", i, person(f"N{n}"), kind="insert") for n, i in enumerate(ids)])
    assert (reply["acked_seq"], reply["applied"], reply["rejections"]) == (5, 5, [])
    p1 = a.pull(limit=2)
    assert [r["version"] for r in p1["rows"]] == [1, 2] and p1["has_more"] and p1["upto"] == 2
    p2 = a.pull(after=2, limit=10)
    assert [r["version"] for r in p2["rows"]] == [3, 4, 5] and not p2["has_more"] and p2["upto"] == 5
    assert p2["rows"][0]["fields"]["given_name"] == "N2"


def test_gap_refused_resend_skipped_clone_detected(devs):
    a = devs()
    rid = new_id()
    o1 = a.op("person", rid, person(), kind="insert")
    o2 = a.op("person", rid, {"note": "x"})
    o3 = a.op("person", rid, {"note": "y"})
    r = a.push(o3, expect=409)
    assert r["detail"]["code"] == "seq_gap" and r["detail"]["expected_seq"] == 1
    assert a.push(o1, o3)["acked_seq"] == 1  # stops at the gap, keeps what came before
    r = a.push(o1, o2, o3)
    assert (r["acked_seq"], r["applied"], r["skipped"]) == (3, 2, 1)
    clone = dict(o2, op_id=new_id())  # same seq, another op: a second machine with this token
    assert a.push(clone, expect=409)["detail"]["code"] == "device_cloned"
    assert a.rows()[rid]["fields"]["note"] == "y"


def test_field_merge_by_hlc_and_conflicts(devs):
    a = devs()
    b = devs()
    rid = new_id()
    a.push(a.op("person", rid, person(), kind="insert", at=1000))
    v = a.rows()[rid]["version"]
    # both edit `note` without having seen the other's change; b's HLC is later
    rb = b.push(b.op("person", rid, {"note": "b", "phone": "1"}, base=v, at=3000))
    ra = a.push(a.op("person", rid, {"note": "a", "occupation": "x"}, base=v, at=2000))
    row = a.rows()[rid]
    assert row["fields"]["note"] == "b" and row["fields"]["occupation"] == "x" and row["fields"]["phone"] == "1"
    assert rb["conflicts"] == []
    [c] = ra["conflicts"]
    assert (c["field"], c["kept_value"], c["lost_value"], c["kind"]) == ("note", "b", "a", "field")
    # a later edit that had seen b's value is no conflict
    v2 = row["version"]
    r = a.push(a.op("person", rid, {"note": "c"}, base=v2, at=4000))
    assert r["conflicts"] == [] and a.rows()[rid]["fields"]["note"] == "c"
    # conflicts travel in the pull of the unit
    assert [c["lost_value"] for c in a.pull()["conflicts"]] == ["a"]


def test_a_losing_edit_gives_the_row_a_new_version(devs):
    """A value that loses the merge bumps the row's version, so the device that sent it pulls
    the winner back even when it had pulled the winning version before (a stamp far ahead kept
    from before the clock bound, or an edit made while its own pull ran): without it, that
    device would hold its own value for ever and the check, by versions, would say ok."""
    a = devs()
    b = devs()
    rid = new_id()
    a.push(a.op("person", rid, person(), kind="insert", at=1000))
    a.push(a.op("person", rid, {"note": "thắng"}, base=a.rows()[rid]["version"], at=5000))
    seen = b.rows()[rid]
    assert seen["fields"]["note"] == "thắng"
    # b edits after pulling the winner, but its stamp is older: its value loses
    r = b.push(b.op("person", rid, {"note": "thua"}, base=seen["version"], at=3000))
    [c] = r["conflicts"]
    assert (c["field"], c["kept_value"], c["lost_value"]) == ("note", "thắng", "thua")
    row = b.pull(after=seen["version"])["rows"]
    assert [(x["id"], x["fields"]["note"]) for x in row] == [(rid, "thắng")]
    assert row[0]["version"] > seen["version"]
    # a losing value from a device with nothing else to change still gets no echo
    assert not row[0].get("echo")


def test_incoming_winner_over_concurrent_value_records_the_loser(devs):
    a, b = devs(), devs()
    rid = new_id()
    a.push(a.op("person", rid, person(), kind="insert", at=1000))
    b.push(b.op("person", rid, {"note": "b"}, base=1, at=2000))
    r = a.push(a.op("person", rid, {"note": "a"}, base=1, at=3000))
    [c] = r["conflicts"]
    assert (c["kept_value"], c["lost_value"]) == ("a", "b")
    assert c["lost_device"] == b.local


def test_delete_beats_edit_both_orders(devs):
    a, b = devs(), devs(role="chief")
    r1, r2 = new_id(), new_id()
    a.push(a.op("person", r1, person(), kind="insert", at=1000), a.op("person", r2, person(), kind="insert", at=1000))
    # edit first, then a concurrent delete with an OLDER HLC: the delete still wins
    b.push(b.op("person", r1, {"phone": "09"}, base=2, at=5000))
    rep = a.push(a.op("person", r1, {"deleted": True}, kind="delete", base=2, at=4000))
    assert a.rows()[r1]["deleted"] is True
    assert [(c["kind"], c["lost_value"]) for c in rep["conflicts"]] == [("delete_beats_edit", {"phone": "09"})]
    # delete first, then an edit: not applied, kept
    a.push(a.op("person", r2, {"deleted": True}, kind="delete", base=2, at=6000))
    rep = b.push(b.op("person", r2, {"phone": "07"}, base=2, at=7000))
    assert rep["conflicts"][0]["lost_value"] == {"phone": "07"}
    assert a.rows()[r2]["deleted"] is True and "phone" not in a.rows()[r2]["fields"]


def test_rejections_are_acknowledged_and_do_not_block(devs):
    a = devs("25101")
    officer = devs("25101", role="officer")
    viewer = devs("25101", role="viewer")
    rid = new_id()
    a.push(a.op("person", rid, person(), kind="insert"))
    ops = [
        officer.op("person", rid, {"deleted": True}, kind="delete", base=1),  # not permitted
        officer.op("person", new_id(), person(), kind="insert", unit="25999"),  # out of scope
        officer.op("person", new_id(), {"nonsense": 1}, kind="insert"),  # unknown field
        officer.op("person", new_id(), {"birth_year": "1990"}, kind="insert"),  # wrong kind
        officer.op("person", new_id(), {"note": "x"}),  # update of an unknown row
        officer.op("case_file", rid, {"note": "x"}),  # the id is a person
        officer.op("person", new_id(), person("Later"), kind="insert"),  # fine, after all of them
    ]
    r = officer.push(*ops)
    assert r["acked_seq"] == 7 and r["applied"] == 1
    assert [x["reason"] for x in r["rejections"]] == [
        "not_permitted", "out_of_scope", "unknown_field", "invalid_value", "unknown_row", "wrong_table"]
    # the refused delete re-stamped the row: the officer's device pulls it back undeleted
    row = officer.rows()[rid]
    assert row["deleted"] is False and row["version"] > 1
    vr = viewer.push(viewer.op("person", new_id(), person(), kind="insert"))
    assert vr["rejections"][0]["reason"] == "not_permitted" and vr["acked_seq"] == 1


def test_scope_comes_from_the_token(devs, client):
    a = devs("25101")
    devs("25202")
    prov = devs("25")
    other_prov = devs("31")
    assert a.pull("25202", expect=403)["detail"]["code"] == "out_of_scope"
    assert other_prov.pull("25101", expect=403)["detail"]["code"] == "out_of_scope"
    prov.pull("25202")
    meta = client.get(API_PREFIX + "/sync/meta", headers=prov.headers).json()
    assert [u["code"] for u in meta["scope"]] == ["25", "25101", "25202"]
    assert client.get(API_PREFIX + "/sync/meta").status_code == 401
    assert client.get(API_PREFIX + "/sync/meta", headers={"Authorization": "Bearer nope"}).status_code == 401


def test_move_between_communes(devs):
    prov = devs("25")
    a = devs("25101")
    b = devs("25202")
    rid = new_id()
    pid = new_id()
    a.push(a.op("person", pid, {"given_name": "An", "full_name": "Lê An"}, kind="insert"),
           a.op("case_file", rid, {"person_id": pid, "category": "community_education"}, kind="insert"))
    # a case moves with its person (a transfer: tests/server/test_transfers.py)
    r = prov.push(prov.op("person", pid, {"unit_code": "25202"}, base=2),
                  prov.op("case_file", rid, {"unit_code": "25202"}, base=2))
    assert r["rejections"] == []
    pa = a.pull()
    assert pa["rows"] == [] and sorted((m["id"], m["to_unit"]) for m in pa["moved"]) == sorted(
        [(pid, "25202"), (rid, "25202")])
    assert b.rows()[rid]["unit_code"] == "25202"
    # the old commune can no longer write it
    r = a.push(a.op("case_file", rid, {"note": "late"}, base=1))
    assert r["rejections"][0]["reason"] == "out_of_scope"


def test_check_digest_and_tombstone_purge(devs, app, client):
    from sync_server.core.db import write_tx
    from sync_server.services.pull import purge_tombstones

    a = devs()
    ids = [new_id() for _ in range(3)]
    a.push(*[a.op("person", i, person(), kind="insert") for i in ids])
    a.push(a.op("person", ids[0], {"deleted": True}, kind="delete", base=1))
    rows = a.rows()
    upto = max(r["version"] for r in rows.values())
    def running(rs):
        x = 0
        for r in rs:
            x ^= entry_hash("person", r["id"], r["version"])
        return len(rs), digest_hex(x)

    chk = client.get(API_PREFIX + "/sync/check", params={"unit": a.unit, "upto": upto, "full": "true"},
                     headers=a.headers).json()
    assert chk["counts"] == {"person": 2} and chk["version"] == upto
    assert chk["full_digest"] == check_digest([("person", r["id"], r["version"], r["deleted"]) for r in rows.values()])
    assert (chk["rows"], chk["digest"]) == running(list(rows.values()))  # kept by every push
    with write_tx(app.state.engine) as conn:
        assert purge_tombstones(conn)[a.unit] == 1
    page = a.pull()
    assert page["tombstone_horizon"] == upto and ids[0] not in {r["id"] for r in page["rows"]}
    chk = client.get(API_PREFIX + "/sync/check", params={"unit": a.unit, "upto": upto}, headers=a.headers).json()
    assert chk["counts"] is None and (chk["rows"], chk["digest"]) == running(page["rows"])


def test_compressed_bodies_and_bad_input(devs, client):
    a = devs()
    body = {"ops": [a.op("person", new_id(), person(), kind="insert")]}
    r = client.post(API_PREFIX + "/sync/push", content=gz(body),
                    headers={**a.headers, "Content-Encoding": "gzip", "Content-Type": "application/json"})
    assert r.status_code == 200 and r.json()["applied"] == 1
    r = client.post(API_PREFIX + "/sync/push", content=b"not gzip",
                    headers={**a.headers, "Content-Encoding": "gzip", "Content-Type": "application/json"})
    assert r.status_code == 400 and r.json()["detail"]["code"] == "bad_gzip"
    r = client.post(API_PREFIX + "/sync/push", json={"ops": [{"op_id": "x"}]}, headers=a.headers)
    assert r.status_code == 422 and r.json()["detail"]["code"] == "invalid_request"
    r = client.get(API_PREFIX + "/sync/pull", params={"unit": "abc"}, headers=a.headers)
    assert r.status_code == 422


def test_enrollment_codes_are_one_time(client, app):
    from sync_server.core.db import write_tx
    from sync_server.services.enrollment import create_code

    with write_tx(app.state.engine) as conn:
        code = create_code(conn, "25101", unit_name="Xã A", parent_code="25")
    req = {"code": code.lower().replace("-", ""), "register_id": "r", "device_id": "abc", "unit_code": "25101"}
    r = client.post(API_PREFIX + "/enroll", json=req)
    assert r.status_code == 200 and r.json()["role"] == "chief" and r.json()["unit_name"] == "Xã A"
    r = client.post(API_PREFIX + "/enroll", json=req)
    assert r.status_code == 403 and r.json()["detail"]["code"] == "enroll_code_used"


def test_openapi_documents_the_protocol(client):
    spec = client.get("/openapi.json").json()
    assert {"/api/v1/enroll", "/api/v1/sync/push", "/api/v1/sync/pull", "/api/v1/sync/meta",
            "/api/v1/sync/check"} <= set(spec["paths"])
    assert "PushRequest" in spec["components"]["schemas"]


def test_a_resend_tells_earlier_rejections_again(devs):
    a = devs("25101")
    officer = devs("25101", role="officer")
    rid = new_id()
    a.push(a.op("person", rid, person(), kind="insert"))
    o = officer.op("person", rid, {"deleted": True}, kind="delete", base=1)
    first = officer.push(o)
    again = officer.push(o)  # the first reply was lost on the way
    assert again["skipped"] == 1 and again["applied"] == 0
    assert again["rejections"] == first["rejections"] and first["rejections"][0]["reason"] == "not_permitted"


def test_no_5xx_on_random_input(devs, client):
    """What schemathesis would check against the OpenAPI: bad input is refused, never a 5xx."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    a = devs()
    scalars = st.one_of(st.none(), st.booleans(), st.integers(min_value=-2**70, max_value=2**70),
                        st.floats(allow_nan=False, allow_infinity=False), st.text(max_size=30))
    json_values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=3)
                               | st.dictionaries(st.text(max_size=8), inner, max_size=3), max_leaves=8)
    op = st.fixed_dictionaries({
        "op_id": st.one_of(st.just(new_id()), st.text(max_size=5)),
        "device_seq": st.integers(min_value=-5, max_value=2**64),
        "table": st.sampled_from(["person", "case_file", "nope"]),
        "row_id": st.one_of(st.just(new_id()), st.text(max_size=5)),
        "unit_code": st.sampled_from(["25101", "25999", "x"]),
        "op": st.sampled_from(["insert", "update", "delete", "drop"]),
        "fields": st.dictionaries(st.sampled_from(["note", "given_name", "birth_year", "deleted", "unit_code", "zz"]),
                                  json_values, max_size=4),
        "field_hlcs": st.dictionaries(st.sampled_from(["note", "given_name", "birth_year", "deleted", "unit_code"]),
                                      st.sampled_from(["0000000000010000-ab", "bad"]), max_size=5),
        "base_version": st.integers(min_value=-1, max_value=2**64),
    })

    @settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
    @given(body=st.one_of(st.fixed_dictionaries({"ops": st.lists(op, max_size=4)}), json_values))
    def check(body):
        r = client.post(API_PREFIX + "/sync/push", json=body, headers=a.headers)
        assert r.status_code < 500, r.text
        r = client.post(API_PREFIX + "/enroll", json=body)
        assert r.status_code < 500, r.text

    check()
    for params in ({"unit": "25101", "after": -1}, {"unit": "25101", "after": 2**70}, {"unit": "9", "limit": 0},
                   {"unit": "25101", "limit": 10**9}, {}):
        assert client.get(API_PREFIX + "/sync/pull", params=params, headers=a.headers).status_code < 500
        assert client.get(API_PREFIX + "/sync/check", params=params, headers=a.headers).status_code < 500
