"""End to end over HTTP against a real server process (SQLite and PostgreSQL): two communes and
a province office, offline edits, sync, identical dumps in scope, nothing outside scope."""

from __future__ import annotations

import datetime as dt

from desktop_app.core.sync.client import status, sync
from tests.conftest import add_person, open_case
from tests.sync.conftest import tables


def sync_all(*wss):
    reports = [sync(ws) for ws in wss]
    reports += [sync(ws) for ws in wss]  # a second round brings everyone what the others pushed
    return reports


def test_two_communes_and_a_province_converge(devices, server):
    p = server.fresh_province()
    a = devices.commune(f"{p}101")
    b = devices.commune(f"{p}202")
    prov = devices.province(p)

    # offline edits everywhere
    pa = add_person(a, "Nguyễn Văn An", birth_date="1990")
    ca = open_case(a, pa, start_date=dt.date(2026, 1, 5), term_months=6, decision_number="12/QĐ")
    a.visits.record_contact({"case_id": ca, "kind": "home_visit", "date": dt.date(2026, 2, 1), "summary": "ổn"})
    pb = add_person(b, "Trần Thị Bình", birth_date="1985-03")
    b.persons.update(pb, {"occupation": "nông dân"})
    pp = add_person(prov, "Lê Văn Cường", unit_code=f"{p}101")  # the province writes into commune a

    sync_all(a, b, prov)

    ta, tb, tp = tables(a), tables(b), tables(prov)
    assert ta == tables(prov, f"{p}101")
    assert tb == tables(prov, f"{p}202")
    ids_a = {r["id"] for r in ta["person"]}
    assert ids_a == {pa, pp}
    assert {r["id"] for r in tb["person"]} == {pb}
    # nothing outside scope: commune b never received a row of commune a, not even hidden
    with b._read() as conn:
        units = {u for (u,) in conn.exec_driver_sql("SELECT DISTINCT unit_code FROM person")}
    assert units == {f"{p}202"}
    assert len(tp["person"]) == 3 and len(tp["case_file"]) == 1 and len(tp["contact"]) == 1
    for ws in (a, b, prov):
        st = status(ws)
        assert st["pending"] == 0 and st["last_error"] is None and st["last_sync"]
        assert ws.sync_state.state().synced
        assert all(v == "ok" for v in st["last_report"]["checks"].values())


def test_nothing_outside_scope_from_another_province(devices, server):
    p1, p2 = server.fresh_province(), server.fresh_province()
    a = devices.commune(f"{p1}111")
    other = devices.commune(f"{p2}111")
    prov1 = devices.province(p1)
    add_person(other, "Phạm Văn Dũng")
    add_person(a, "Hoàng Văn Em")
    sync_all(other, a, prov1)
    assert [r["full_name"] for r in tables(prov1)["person"]] == ["Hoàng Văn Em"]
    assert [r["full_name"] for r in tables(a)["person"]] == ["Hoàng Văn Em"]
    assert [r["full_name"] for r in tables(other)["person"]] == ["Phạm Văn Dũng"]


def test_the_province_office_learns_its_communes_and_reports_over_them(devices, server):
    p = server.fresh_province()
    a = devices.commune(f"{p}101")
    b = devices.commune(f"{p}202")
    prov = devices.province(p)
    add_person(a, "Nguyễn Văn An")
    add_person(b, "Trần Thị Bình")
    sync_all(a, b, prov)
    communes = {u.code: u.name for u in prov.units.list(level="commune")}
    assert communes == {f"{p}101": f"Xã {p}101", f"{p}202": f"Xã {p}202"}
    # a report over the whole province sees both communes' people
    assert prov.persons.list().total == 2


def test_corrections_and_removals_travel(sqlite_devices, sqlite_server):
    """A corrected contact and a removed violation reach the province as they are here: the
    changed fields, the line marked corrected, the removed one gone (issue 13 §3)."""
    p = sqlite_server.fresh_province()
    a = sqlite_devices.commune(f"{p}303")
    prov = sqlite_devices.province(p)
    pa = add_person(a, "Nguyễn Văn An", birth_date="1990")
    ca = open_case(a, pa, start_date=dt.date(2026, 1, 5), term_months=6, helper_name="Trần Thi Huong")
    c1 = a.visits.record_contact({"case_id": ca, "kind": "home_visit", "date": dt.date(2026, 2, 1),
                                  "summary": "ổn"}).created_id
    v1 = a.visits.record_violation({"case_id": ca, "date": dt.date(2026, 2, 3), "act": "Gây rối"}).created_id
    sync_all(a, prov)
    a.visits.update_contact(c1, {"case_id": ca, "kind": "home_visit", "date": dt.date(2026, 2, 1),
                                 "summary": "Gặp mẹ đối tượng"})
    a.cases.update(ca, {"helper_name": "Trần Thị Hương"})
    a.visits.remove("violation", v1)
    sync_all(a, prov)
    [line] = prov.cases.timeline(ca)
    assert (line.id, line.summary, line.edited) == (c1, "Gặp mẹ đối tượng", True)
    assert prov.cases.get(ca).helper_name == "Trần Thị Hương"
    assert tables(a) == tables(prov, f"{p}303")
