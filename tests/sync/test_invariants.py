"""Issue 15 over HTTP against a real server process (SQLite and PostgreSQL): no live child of a
deleted person after any order of syncs (nothing lost: a conflict keeps it), a refused change
does not stay applied on the laptop that made it, and a refused new row is withdrawn there
and shown."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.core.sync.client import status, sync
from tests.conftest import add_person, open_case
from tests.sync.conftest import tables


def sync_all(*wss):
    for _ in range(2):
        for ws in wss:
            sync(ws)


def live_case_ids(ws) -> set[str]:
    with ws._read() as conn:
        return {r for (r,) in conn.exec_driver_sql("SELECT id FROM case_file WHERE deleted = 0")}


@pytest.mark.parametrize("deleter_first", [True, False])
def test_a_person_deleted_while_another_laptop_opens_a_case(devices, server, deleter_first):
    unit = f"{server.fresh_province()}101"
    a, b = devices.commune(unit), devices.commune(unit)
    pid = add_person(a, "Nguyễn Văn Tâm", birth_date="1990")
    sync(a)
    sync(b)
    a.persons.delete(pid)
    cid = open_case(b, pid, start_date=dt.date(2026, 1, 5), term_months=6)
    assert cid in live_case_ids(b) and any(i.case_id == cid for i in b.due.list())
    sync_all(*((a, b) if deleter_first else (b, a)))
    for ws in (a, b):
        assert tables(ws)["person"] == [] and tables(ws)["case_file"] == []
        assert live_case_ids(ws) == set()
        assert not any(i.person_id == pid for i in ws.due.list())
        st = status(ws)
        assert st["pending"] == 0 and st["rejections"] == []
        # nothing lost: the case is kept in a conflict the chief sees on every laptop
        lost = [c for c in st["conflicts"] if c["row_id"] == cid]
        assert len(lost) == 1 and lost[0]["kind"] == "delete_beats_edit", st["conflicts"]
        assert lost[0]["lost_value"]["person_id"] == pid
    assert tables(a) == tables(b)


def test_a_move_refused_as_out_of_scope_is_rolled_back(devices, server):
    p = server.fresh_province()
    a = devices.commune(f"{p}101")
    prov = devices.province(p)
    # a warning session: a row of no person's file, which move_rows may move on its own (a
    # person's file moves whole, with ws.transfers.move_person: tests/sync/test_transfers.py)
    sid = a.sessions.create({"date": dt.date(2026, 5, 2), "place": "Hội trường thôn Đông"}).created_id
    sync_all(a, prov)
    # the province register may write any commune of its province; the server knows no
    # commune {p}999, so the device's scope does not hold it: the move is refused
    prov.transfers.move_rows("warning_session", [sid], f"{p}999")
    assert [r["unit_code"] for r in tables(prov)["warning_session"]] == [f"{p}999"]
    report = sync(prov)
    assert report.rejected == 1
    sync(prov)
    st = status(prov)
    assert [(r["reason"], r["row_id"]) for r in st["rejections"]] == [("out_of_scope", sid)]
    assert st["pending"] == 0
    assert [r["unit_code"] for r in tables(prov)["warning_session"]] == [f"{p}101"]
    sync(a)
    assert tables(prov) == tables(a)
    checks = sync(prov).checks
    assert checks and set(checks.values()) == {"ok"}, checks


def test_a_refused_new_row_is_withdrawn_and_shown(devices, server):
    unit = f"{server.fresh_province()}101"
    chief = devices.commune(unit)
    viewer = devices.commune(unit, role="viewer")  # this device may only read
    keep = add_person(chief, "Lê Thị Hằng")
    sync(chief)
    sync(viewer)
    pid = add_person(viewer, "Phạm Văn Nam")
    report = sync(viewer)
    assert report.rejected == 1
    st = status(viewer)
    [rej] = st["rejections"]
    assert (rej["reason"], rej["row_id"], rej["fields"]["full_name"]) == ("not_permitted", pid, "Phạm Văn Nam")
    assert [r["id"] for r in tables(viewer)["person"]] == [keep]  # withdrawn, not left live
    assert [r.id for r in viewer.persons.search("").rows] == [keep]
    sync_all(chief, viewer)
    assert tables(viewer) == tables(chief)
