"""Transfers on the server (sync_server/services/moves.py), with ops crafted by hand: a person's
file moves whole in one batch or not at all (`partial_move`), only from a chief's or the
province's device, only to a commune of the same province."""

from __future__ import annotations

from desktop_app.core.sync.protocol import API_PREFIX
from tests.server.conftest import Dev, new_id
from tests.server.test_merge import devs, person  # noqa: F401 - the fixture

# Each test its own province: the server of a test is fresh, but the names keep them apart.


def _file(a: Dev) -> dict[str, str]:
    """A person with a case, a contact of the case and an attendance at a session of the commune,
    pushed by `a`; their ids (the session is no part of the file)."""
    ids = {k: new_id() for k in ("person", "case", "contact", "evaluation", "session", "attendance")}
    r = a.push(a.op("person", ids["person"], person("Long"), kind="insert"),
               a.op("case_file", ids["case"], {"person_id": ids["person"], "category": "community_education"},
                    kind="insert"),
               a.op("contact", ids["contact"], {"case_id": ids["case"], "person_id": ids["person"],
                                                "kind": "home_visit", "date": "2026-03-01"}, kind="insert"),
               a.op("evaluation", ids["evaluation"], {"case_id": ids["case"], "period_kind": "month",
                                                      "period_start": "2026-03-01"}, kind="insert"),
               a.op("warning_session", ids["session"], {"date": "2026-03-05"}, kind="insert"),
               a.op("attendance", ids["attendance"], {"session_id": ids["session"], "person_id": ids["person"]},
                    kind="insert"))
    assert r["rejections"] == []
    return ids


FILE = (("person", "person"), ("case_file", "case"), ("contact", "contact"), ("evaluation", "evaluation"),
        ("attendance", "attendance"))


def _moves(a: Dev, ids: dict[str, str], to: str, *keys: str) -> list[dict]:
    return [a.op(t, ids[k], {"unit_code": to}, base=1) for t, k in FILE if k in keys]


def test_a_whole_file_moves_and_a_part_is_refused(devs):  # noqa: F811
    a = devs("41101")
    b = devs("41202")
    prov = devs("41")
    ids = _file(a)
    everything = [k for _, k in FILE]
    # the person without their case, the case without its person, all but one contact
    for keys in (["person"], ["case"], ["contact", "evaluation"], [k for k in everything if k != "evaluation"],
                 [k for k in everything if k != "attendance"]):
        r = a.push(*_moves(a, ids, "41202", *keys))
        assert [x["reason"] for x in r["rejections"]] == ["partial_move"] * len(keys), keys
        assert set(a.rows()) >= {ids[k] for k in everything}, keys  # nothing left the commune
        assert b.rows() == {}
    rejected = a.rows()
    assert all(rejected[ids[k]]["unit_code"] == "41101" for k in everything)
    # the refused rows were stamped again: the laptop that moved them pulls them back
    assert max(r["version"] for r in rejected.values()) > 6
    # the whole file: accepted; the session stays
    r = a.push(*_moves(a, ids, "41202", *everything))
    assert r["rejections"] == [] and r["applied"] == len(everything)
    pa = a.pull(limit=1000)
    assert {m["id"] for m in pa["moved"]} == {ids[k] for k in everything}
    assert {m["to_unit"] for m in pa["moved"]} == {"41202"}
    assert set(a.rows()) == {ids["session"]}
    got = b.rows()
    assert set(got) == {ids[k] for k in everything}
    assert got[ids["contact"]]["fields"]["case_id"] == ids["case"]  # with its data
    assert {r["unit_code"] for r in prov.rows("41202").values()} == {"41202"}
    # the old commune can no longer write them
    r = a.push(a.op("contact", ids["contact"], {"summary": "muộn"}, base=9))
    assert [x["reason"] for x in r["rejections"]] == ["out_of_scope"]


def test_a_new_row_of_the_file_in_the_same_batch_must_move_too(devs):  # noqa: F811
    a = devs("42101")
    devs("42202")
    ids = _file(a)
    late = new_id()
    everything = [k for _, k in FILE]
    ops = [a.op("contact", late, {"case_id": ids["case"], "person_id": ids["person"], "kind": "phone_call",
                                  "date": "2026-04-01"}, kind="insert"), *_moves(a, ids, "42202", *everything)]
    r = a.push(*ops)
    assert [x["reason"] for x in r["rejections"]] == ["partial_move"] * len(everything)
    r = a.push(a.op("contact", late, {"unit_code": "42202"}), *_moves(a, ids, "42202", *everything))
    assert r["rejections"] == []
    # a row added later to the moved case follows its person (the person is there already)
    assert set(a.rows()) == {ids["session"]}


def test_who_may_move_and_where_to(devs, client):  # noqa: F811
    a = devs("43101")
    devs("43202")
    devs("44303")  # another province
    officer = devs("43101", role="officer")
    ids = _file(a)
    everything = [k for _, k in FILE]
    r = officer.push(*_moves(officer, ids, "43202", *everything))
    assert {x["reason"] for x in r["rejections"]} == {"not_permitted"}
    for to in ("44303", "43999"):  # another province's commune, a commune the server does not know
        r = a.push(*_moves(a, ids, to, *everything))
        assert {x["reason"] for x in r["rejections"]} == {"out_of_scope"}, to
    assert {r["unit_code"] for r in a.rows().values()} == {"43101"}
    # the destinations a commune device is told about: its province's communes
    meta = client.get(API_PREFIX + "/sync/meta", headers=a.headers).json()
    assert [u["code"] for u in meta["province_units"]] == ["43101", "43202"]
    # the province's device moves the whole file too (and only the whole file)
    prov = devs("43")
    r = prov.push(*_moves(prov, ids, "43202", "person"))
    assert [x["reason"] for x in r["rejections"]] == ["partial_move"]
    r = prov.push(*_moves(prov, ids, "43202", *everything))
    assert r["rejections"] == []
    assert set(a.rows()) == {ids["session"]}


def test_rows_written_behind_a_transfer_follow_their_parent(devs):  # noqa: F811
    a = devs("45101")
    a2 = devs("45101", role="officer")  # another laptop of the commune, that has not pulled the move
    b = devs("45202")
    ids = _file(a)
    assert a.push(*_moves(a, ids, "45202", *[k for _, k in FILE]))["rejections"] == []
    contact, case, case_contact, other = new_id(), new_id(), new_id(), new_id()
    stays = new_id()
    r = a2.push(
        a2.op("contact", contact, {"case_id": ids["case"], "person_id": ids["person"], "kind": "phone_call",
                                   "date": "2026-04-02"}, kind="insert"),
        a2.op("case_file", case, {"person_id": ids["person"], "category": "community_watch"}, kind="insert"),
        a2.op("contact", case_contact, {"case_id": case, "person_id": ids["person"], "kind": "home_visit",
                                        "date": "2026-04-03"}, kind="insert"),
        a2.op("person", stays, person("Hoa"), kind="insert"),
        a2.op("case_file", other, {"person_id": stays, "category": "community_watch"}, kind="insert"))
    assert r["rejections"] == []
    # the rows of the moved file are in B, announced as moved out of A; the others stay in A
    assert {contact, case, case_contact} <= set(b.rows())
    assert {m["id"] for m in a2.pull(limit=1000)["moved"]} >= {contact, case, case_contact}
    assert set(a2.rows()) == {ids["session"], stays, other}
