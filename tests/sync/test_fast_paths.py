"""The pull's fast paths on the register side give what the general path gives:

- a page whose rows this register does not hold goes in as one bulk insert (no merge, the
  full-text index filled once): the same register as when some of those rows are held already
  and go through the merge;
- echoes (rows this register's own push left as it holds them) change only the version, and
  a register that does not hold such a row asks for the page again without echoes.
"""

from __future__ import annotations

import datetime as dt
import itertools

from desktop_app.core.services.base import jsonable
from desktop_app.core.services.workspace import Workspace
from desktop_app.core.sync import apply as A
from desktop_app.core.sync import client as C
from desktop_app.core.sync.client import sync
from desktop_app.core.sync.protocol import TABLE_FIELDS, digest_hex, entry_hash
from tests.conftest import CHIEF_PASSWORD, LOW_KDF, add_person, open_case, pin_today
from tests.sync.conftest import tables

UNIT = "25101"
_n = itertools.count()


def _register(tmp_path) -> Workspace:
    ws = Workspace.create(tmp_path / f"r{next(_n)}", unit_code=UNIT, unit_name="Xã Thử", admin="truong",
                          password=CHIEF_PASSWORD, kdf=LOW_KDF, parent_code=UNIT[:2])
    return pin_today(ws)


def _page_rows(ws: Workspace, *, drop: tuple[str, ...] = ()) -> list[dict]:
    """Every synced row of `ws` as a server page carries it (JSON scalars; versions 1, 2, …);
    persons lose the fields in `drop` (a row the server holds with only some fields)."""
    rows = []
    version = 0
    with ws._read() as conn:
        for name, shape in A.SHAPES.items():
            cols = ", ".join(f'"{c}"' for c in shape.columns)
            for values in conn.exec_driver_sql(f'SELECT {cols} FROM "{name}" ORDER BY id'):
                row = dict(zip(shape.columns, values))
                fields = {}
                for f in shape.fields:
                    v = jsonable(row[f])
                    if TABLE_FIELDS[name][f].startswith("bool") and v is not None:
                        v = bool(v)
                    fields[f] = v
                if name == "person":
                    for f in drop:
                        fields.pop(f, None)
                version += 1
                rows.append({"table": name, "id": row["id"], "unit_code": row["unit_code"], "version": version,
                             "deleted": bool(row["deleted"]), "fields": fields, "field_hlc": row["field_hlc"],
                             "updated_hlc": row["updated_hlc"], "updated_by": row["updated_by"]})
    return rows


def _apply(ws: Workspace, rows: list[dict]) -> C.SyncReport:
    report = C.SyncReport()
    page = {"unit": UNIT, "after": 0, "upto": max(r["version"] for r in rows), "has_more": False,
            "rows": rows, "moved": [], "conflicts": []}
    C._apply_page(ws, page, UNIT, {UNIT}, report, None)
    return report


def _digest(ws: Workspace) -> str:
    with ws._read() as conn:
        return dict(conn.exec_driver_sql("SELECT key, value FROM sync_meta WHERE key = ?", (f"digest:{UNIT}",)).all())[
            f"digest:{UNIT}"]


def test_new_rows_and_held_rows_give_the_same_register(tmp_path, monkeypatch):
    from desktop_app.core.store import keyslots

    monkeypatch.setattr(keyslots, "DEFAULT_KDF", dict(LOW_KDF))
    monkeypatch.setattr(A, "BULK_FTS_MIN", 2)  # the bulk full-text fill, with a few rows
    source = _register(tmp_path)
    people = [add_person(source, f"Nguyễn Văn {n}", birth_date="1990", current_address=f"Thôn {n}")
              for n in ("An", "Bình", "Cường", "Dũng", "Em")]
    hoa = add_person(source, "Trần Thị Hoa", aliases="Hoa Lan", cccd=None)
    case = open_case(source, people[0], start_date=dt.date(2026, 1, 5), term_months=6, decision_number="1/QĐ")
    source.visits.record_contact({"case_id": case, "kind": "home_visit", "date": dt.date(2026, 2, 1),
                                  "summary": "ổn"})
    rows = _page_rows(source, drop=("note", "aliases"))
    assert len(rows) >= 8

    fresh = _register(tmp_path)  # holds none of them: the bulk path
    _apply(fresh, rows)

    mixed = _register(tmp_path)  # holds half the persons, older: merge for those, inserts for the rest
    older = [dict(r, fields={**r["fields"], "occupation": "cũ"}) for r in rows if r["table"] == "person"][::2]
    _apply(mixed, older)
    _apply(mixed, rows)

    got_fresh, got_mixed = tables(fresh), tables(mixed)
    assert got_fresh == got_mixed
    want = tables(source)
    for name, held in got_fresh.items():
        assert len(held) == len(want[name]), name
        for a, b in zip(sorted(held, key=lambda r: r["id"]), sorted(want[name], key=lambda r: r["id"])):
            for k, v in b.items():
                if k == "version":
                    continue
                if name == "person" and k in ("note", "aliases"):
                    v = ""  # not sent: the column default
                assert a[k] == v, (name, k)
    # the full-text index found every person (bulk fill), in both
    for ws in (fresh, mixed):
        assert {p.id for p in ws.persons.search("nguyen van", limit=50).rows} >= set(people)
        # (the folded search text travels as a field of its own, the aliases in it)
        assert [p.id for p in ws.persons.search("hoa lan", limit=5).rows] == [hoa]
    # the running digest is the one of the rows held
    x = 0
    for r in rows:
        x ^= entry_hash(r["table"], r["id"], r["version"])
    assert _digest(fresh) == _digest(mixed) == f"{len(rows)}:{digest_hex(x)}"
    for ws in (source, fresh, mixed):
        ws.close()


def test_insert_tuple_matches_the_field_by_field_defaults():
    for name, shape in A.SHAPES.items():
        full = {f: None for f in shape.fields}
        some = dict(itertools.islice(full.items(), 0, len(full), 2))
        for data in (full, some, {}):
            r = {"id": "x", "unit_code": UNIT, "version": 3, "updated_hlc": "h", "field_hlc": "{}",
                 "deleted": False, "updated_by": "u", "fields": data}
            want = ("x", UNIT, 3, "h", "{}", False, "u",
                    *[data[f] if f in data else shape.defaults[f] for f in shape.fields])
            assert A.insert_tuple(shape, r) == want, name


def _two_laptops(devices, server):
    unit = f"{server.fresh_province()}101"
    a, b = devices.commune(unit), devices.commune(unit)
    ids = [add_person(a, f"Lê Văn {n}", birth_date="1980") for n in ("An", "Bình", "Chi")]
    sync(a)
    sync(b)
    return a, b, ids


def test_echoes_come_back_as_versions_and_replicas_stay_equal(devices, server, monkeypatch):
    a, b, ids = _two_laptops(devices, server)
    echoed = []
    real = A._apply_echoes
    monkeypatch.setattr(A, "_apply_echoes", lambda conn, shape, rows, *rest: (
        echoed.extend(r["id"] for r in rows), real(conn, shape, rows, *rest))[1])
    a.persons.update(ids[0], {"occupation": "thợ xây"})
    a.persons.update(ids[1], {"note": "đã thăm"})
    a.persons.update(ids[1], {"phone": "0912345678"})  # two edits of one row in one push
    report = sync(a)
    assert sorted(echoed) == sorted(ids[:2]) and report.checks
    assert all(v == "ok" for v in report.checks.values())
    sync(b)
    assert tables(a) == tables(b)
    assert sorted(echoed) == sorted(ids[:2])  # b got whole rows


def test_an_echo_not_held_so_refetches_the_page_whole(devices, server, monkeypatch):
    a, b, ids = _two_laptops(devices, server)
    calls = []

    def refuse(conn, shape, rows, *rest):
        calls.append(len(rows))
        raise A.EchoMismatch(rows[0]["id"])

    monkeypatch.setattr(A, "_apply_echoes", refuse)
    a.persons.update(ids[2], {"occupation": "lái xe"})
    report = sync(a)
    assert calls == [1]  # asked once with echoes, then again without
    assert all(v == "ok" for v in report.checks.values())
    sync(b)
    assert tables(a) == tables(b)


def test_an_echo_of_a_row_not_held_is_refused(tmp_path, monkeypatch):
    from desktop_app.core.store import keyslots

    monkeypatch.setattr(keyslots, "DEFAULT_KDF", dict(LOW_KDF))
    ws = _register(tmp_path)
    pid = add_person(ws, "Phạm Văn Giang")
    with ws._write() as tx:  # as after its push was acknowledged
        tx.conn.exec_driver_sql("DELETE FROM sync_outbox")
    with ws._read() as conn:
        hlc = conn.exec_driver_sql("SELECT updated_hlc FROM person WHERE id = ?", (pid,)).scalar_one()
    echo = {"table": "person", "unit_code": UNIT, "version": 7, "deleted": False, "echo": True}
    for bad in ({**echo, "id": "01900000-0000-7000-8000-000000000000", "updated_hlc": hlc},  # not held
                {**echo, "id": pid, "updated_hlc": "0" * 16 + "-other"}):  # held, another last change
        try:
            _apply(ws, [bad])
        except A.EchoMismatch:
            pass
        else:
            raise AssertionError("an echo that does not match was applied")
    with ws._read() as conn:
        assert conn.exec_driver_sql("SELECT version FROM person WHERE id = ?", (pid,)).scalar_one() == 0
    _apply(ws, [{**echo, "id": pid, "updated_hlc": hlc}])  # held so: only its version changes
    with ws._read() as conn:
        assert conn.exec_driver_sql("SELECT version FROM person WHERE id = ?", (pid,)).scalar_one() == 7
    ws.close()
