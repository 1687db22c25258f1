"""The server validates every pushed op's fields with the records declared once in
core/domain/records.py (the declaration the desktop's tables come from): a bad value is a
rejection of that op, naming the field, and never blocks the ops behind it."""

from __future__ import annotations

import pytest

from tests.server.conftest import Dev, new_id


def person(name: str = "An", **extra) -> dict:
    return {"given_name": name, "full_name": f"Nguyễn Văn {name}", "family_name": "Nguyễn", **extra}


@pytest.fixture
def dev(client, app) -> Dev:
    return Dev(client, app, "25101")


@pytest.mark.parametrize(("table", "fields", "named"), [
    ("person", person(birth_date="2025-13-45"), "person.birth_date"),
    ("person", person(birth_date="1990-02-30"), "person.birth_date"),
    ("person", person(gender="alien"), "person.gender"),
    ("person", person(note="x" * 2001), "person.note"),
    ("person", person(given_name=None), "person.given_name"),  # not nullable
    ("person", person(birth_year=True), "person.birth_year"),  # a bool is not an int
    ("case_file", {"person_id": "p", "category": "suspended_sentence", "decision_date": "2025-13-45"},
     "case_file.decision_date"),
    ("case_file", {"person_id": "p", "category": "no_such_category"}, "case_file.category"),
    ("case_file", {"person_id": "p", "category": "suspended_sentence", "term_months": 601}, "case_file.term_months"),
    ("case_file", {"person_id": "p", "category": "suspended_sentence", "term_months": "12"}, "case_file.term_months"),
    ("contact", {"case_id": "c", "person_id": "p", "kind": "home_visit", "date": 20250101}, "contact.date"),
    ("contact", {"case_id": "c", "person_id": "p", "kind": "séance", "date": "2025-01-01"}, "contact.kind"),
    ("tip", {"received_on": "2025-01-01", "channel": "phone", "content": "x", "valuable": "yes"}, "tip.valuable"),
    ("case_event", {"case_id": "c", "kind": "extension", "date": "2025-01-01", "days": -1}, "case_event.days"),
])
def test_a_bad_value_is_refused_per_op_naming_the_field(dev, table, fields, named):
    bad = dev.op(table, new_id(), fields, kind="insert")
    good = dev.op("person", new_id(), person("Sau"), kind="insert")
    reply = dev.push(bad, good)
    assert reply["acked_seq"] == 2 and reply["applied"] == 1
    [rej] = reply["rejections"]
    assert (rej["op_id"], rej["reason"]) == (bad["op_id"], "invalid_value")
    assert rej["detail"].startswith(named + ":"), rej["detail"]
    rows = dev.rows()
    assert bad["row_id"] not in rows and good["row_id"] in rows


def test_good_values_of_every_kind_are_applied(dev):
    pid, cid = new_id(), new_id()
    reply = dev.push(
        dev.op("person", pid, person(birth_date="1990-02", gender="female", birth_year=1990), kind="insert"),
        dev.op("case_file", cid, {"person_id": pid, "category": "suspended_sentence", "decision_date": "2024-02-29",
                                  "term_months": 600, "classification": None, "status": "active"}, kind="insert"),
        dev.op("tip", new_id(), {"received_on": "2025-01-01", "channel": "phone", "content": "x",
                                 "valuable": None}, kind="insert"),
    )
    assert reply["rejections"] == [] and reply["applied"] == 3
    assert dev.rows()[cid]["fields"]["decision_date"] == "2024-02-29"


def test_a_bad_update_of_a_held_row_is_refused_and_the_row_restamped(dev):
    pid = new_id()
    dev.push(dev.op("person", pid, person(), kind="insert"))
    before = dev.rows()[pid]["version"]
    reply = dev.push(dev.op("person", pid, {"gender": "alien"}, base=before))
    assert [(r["reason"], r["detail"].split(":")[0]) for r in reply["rejections"]] == [
        ("invalid_value", "person.gender")]
    row = dev.rows()[pid]
    assert row["fields"].get("gender") is None and row["version"] > before
