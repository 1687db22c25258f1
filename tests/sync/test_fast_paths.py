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

import pytest

from desktop_app.core.services.base import jsonable
from desktop_app.core.services.person_search import build_search_text
from desktop_app.core.services.workspace import Workspace
from desktop_app.core.sync import apply as A
from desktop_app.core.sync.client import SyncReport, sync
from desktop_app.core.sync.client.pipeline import PageBodies, page_head
from desktop_app.core.sync.client.pull import apply_page
from desktop_app.core.sync.protocol import TABLE_FIELDS, digest_hex, entry_hash
from desktop_app.core.sync.transport import SyncError
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


def _apply(ws: Workspace, rows: list[dict]) -> SyncReport:
    report = SyncReport()
    page = {"unit": UNIT, "after": 0, "upto": max(r["version"] for r in rows), "has_more": False,
            "rows": rows, "moved": [], "conflicts": []}
    apply_page(ws, page, UNIT, {UNIT}, report, None)
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
                if name == "person" and k == "search_text" and b["aliases"]:
                    v = build_search_text({**b, "aliases": ""})  # computed here, from the row held
                assert a[k] == v, (name, k)
    # the full-text index found every person (bulk fill), in both
    for ws in (fresh, mixed):
        assert {p.id for p in ws.persons.search("nguyen van", limit=50).rows} >= set(people)
        # (the search text is computed here from the row as held, never sent: the aliases that
        # were not sent are not in it)
        assert [p.id for p in ws.persons.search("tran thi hoa", limit=5).rows] == [hoa]
        assert not ws.persons.search("hoa lan", limit=5).rows
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
            # derived columns (the person's sort key and search text) are computed from the row
            derived = A.DERIVE[name](data, False) if name in A.DERIVE else {}
            want = dict(zip(shape.columns, ("x", UNIT, 3, "h", "{}", False, "u",
                    *[derived[f] if f in derived else data[f] if f in data else shape.defaults[f]
                      for f in shape.fields])))
            got = A.insert_tuple(shape, r)
            # (in the insert statement's column order: the derived columns last)
            assert len(got) == len(shape.insert_columns) == len(want) and set(shape.insert_columns) == set(want)
            assert dict(zip(shape.insert_columns, got)) == want, name


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


def _pulls(monkeypatch) -> list[dict]:
    """The parameters of every /sync/pull the registers ask for from here on."""
    from desktop_app.core.sync.transport import HttpTransport

    asked: list[dict] = []
    real = HttpTransport.get_body

    def get_body(self, path, **params):
        if path == "/sync/pull":
            asked.append(params)
        return real(self, path, **params)

    monkeypatch.setattr(HttpTransport, "get_body", get_body)
    return asked


def _applied(monkeypatch) -> list[dict]:
    """The person rows of every page applied from here on."""
    got: list[dict] = []
    real = A.apply_rows

    def apply_rows(conn, rows, *rest, **kw):
        got.extend(r for r in rows if r["table"] == "person")
        return real(conn, rows, *rest, **kw)

    monkeypatch.setattr(A, "apply_rows", apply_rows)
    return got


def test_partial_rows_bring_only_the_changed_fields_and_replicas_stay_equal(devices, server, monkeypatch):
    """Pulling on from a cursor, a row another laptop edited comes with the fields it changed
    (not its sealed values, names, addresses again), and the registers end equal."""
    a, b, ids = _two_laptops(devices, server)
    a.persons.update(ids[0], {"occupation": "thợ xây"})
    a.persons.update(ids[1], {"note": "đã thăm", "phone": "0912345678"})
    sync(a)
    got = _applied(monkeypatch)
    asked = _pulls(monkeypatch)
    report = sync(b)
    assert all(v == "ok" for v in report.checks.values())
    rows = {r["id"]: r for r in got}
    assert rows[ids[0]].get("partial") is True and set(rows[ids[0]]["fields"]) == {"occupation"}
    assert rows[ids[1]].get("partial") is True and set(rows[ids[1]]["fields"]) == {"note", "phone"}
    assert all(p["delta"] == 1 for p in asked)  # no page asked for again
    assert tables(a) == tables(b)
    assert b.persons.get(ids[1]).phone == "0912345678"


def test_a_partial_row_of_a_row_not_held_at_its_base_brings_the_page_again_whole(devices, server, monkeypatch):
    """A row edited by another laptop (its note), then by this one (its phone) before this one
    pulled: when the page that would have brought the note is read the row is already past it,
    and the later page's partial row leaves the note out. The register sees it does not hold
    the row at the partial row's base, asks for that page again without partial rows, and keeps
    both changes."""
    from desktop_app.core.sync.client import pull as P

    a, b, ids = _two_laptops(devices, server)
    a.persons.update(ids[0], {"note": "ghi chú của A"})
    a.persons.update(ids[1], {"occupation": "lái xe"})
    sync(a)
    b.persons.update(ids[0], {"phone": "0987654321"})
    monkeypatch.setattr(P, "FIRST_PAGE", 1)  # pages of one row, then two: a page boundary between the edits
    got = _applied(monkeypatch)
    asked = _pulls(monkeypatch)
    report = sync(b)
    assert all(v == "ok" for v in report.checks.values())
    held = b.persons.get(ids[0])
    assert (held.note, held.phone) == ("ghi chú của A", "0987654321")
    assert [p["delta"] for p in asked][-1] == 0 and 1 in [p["delta"] for p in asked]  # asked again whole
    assert [r for r in got if r["id"] == ids[0]][-1].get("partial") is None
    sync(a)
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


def test_short_field_hlcs_become_the_uniform_form_or_the_long_text():
    from desktop_app.core.store.tables import UNIFORM_HLC, business_fields, field_hlc_map
    from desktop_app.core.sync.protocol import expand_hlcs

    every = ",".join(sorted(business_fields("person")))
    some = "note,occupation"
    keys = [every, some]
    h1, h2 = "0191a0000000" + "0001-dev1", "0191a0000000" + "0002-dev2"
    rows = [{"table": "person", "id": str(i), "updated_hlc": h2, "field_hlc": fh}
            for i, fh in enumerate(("=0", "=1", f"=1;0:{h1}", '{"note":"%s"}' % h2))]
    page = {"hlc_keys": keys, "rows": [dict(r) for r in rows]}
    A.expand_page_hlcs(page)
    got = [r["field_hlc"] for r in page["rows"]]
    # every field at updated_hlc: the store's one-character form; anything else: the long text
    assert got[0] == UNIFORM_HLC
    assert got[1:3] == [expand_hlcs(rows[1]["field_hlc"], h2, keys), expand_hlcs(rows[2]["field_hlc"], h2, keys)]
    assert got[3] == rows[3]["field_hlc"]
    # both forms read alike
    assert field_hlc_map("person", got[0], h2) == dict.fromkeys(business_fields("person"), h2)
    assert field_hlc_map("person", got[0], h2) == field_hlc_map("person", expand_hlcs("=0", h2, keys), h2)


def test_a_pulled_row_in_the_uniform_form_edits_and_merges_field_by_field(devices, server):
    from desktop_app.core.store.tables import UNIFORM_HLC, field_hlc_map

    a, b, ids = _two_laptops(devices, server)

    def stored(ws, pid):
        with ws._read() as conn:
            return conn.exec_driver_sql("SELECT field_hlc, updated_hlc FROM person WHERE id = ?", (pid,)).one()

    pulled = stored(b, ids[0])
    assert pulled.field_hlc == UNIFORM_HLC  # b received it whole, as a made it
    b.persons.update(ids[0], {"occupation": "thợ mộc"})
    a.persons.update(ids[0], {"note": "đã thăm nhà"})  # the same row, another field, unsent
    edited = stored(b, ids[0])
    hlcs = field_hlc_map("person", edited.field_hlc, edited.updated_hlc)
    assert hlcs["occupation"] == edited.updated_hlc > pulled.updated_hlc
    assert hlcs["full_name"] == pulled.updated_hlc  # the other fields keep their stamp
    sync(b)
    sync(a)  # pushes the note, pulls the occupation: both kept
    sync(b)
    person = a.persons.get(ids[0])
    assert (person.occupation, person.note) == ("thợ mộc", "đã thăm nhà")
    assert tables(a) == tables(b)


def test_page_bodies_are_fetched_ahead_in_order_and_errors_reach_the_reader():
    import threading

    asked: list[tuple[int, int]] = []
    gate = threading.Event()

    def fetch(after: int, size: int) -> bytes:
        asked.append((after, size))
        if after >= 25:
            gate.wait(5)
            raise SyncError("network", "connection dropped")
        upto = after + size
        return b'{"unit":"x","after":%d,"upto":%d,"has_more":true,"rows":[]}' % (after, upto)

    bodies = PageBodies(fetch, 0, 5, 10, ahead=2)
    try:
        import time

        deadline = time.monotonic() + 5
        while len(asked) < 2 and time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(0.2)  # a window in which nothing may happen: the fetcher must not ask for a third
        assert len(asked) == 2  # two bodies wait untaken: the fetcher asks for no third
        first = bodies.next()
        assert page_head(first) == (5, True)
        assert page_head(bodies.next()) == (15, True)
        gate.set()
        assert page_head(bodies.next()) == (25, True)
        try:
            bodies.next()
        except SyncError as e:
            assert e.code == "network"
        else:
            raise AssertionError("the fetch error did not reach the reader")
        # each page asked for once, from where the one before it ended; none after the failure
        assert asked == [(0, 5), (5, 10), (15, 10), (25, 10)]
    finally:
        bodies.close()


def test_pages_grow_from_the_first_size_doubling_up_to_the_limit():
    asked: list[tuple[int, int]] = []

    def fetch(after: int, size: int) -> bytes:
        asked.append((after, size))
        upto = min(after + size, 40)
        return b'{"unit":"x","after":%d,"upto":%d,"has_more":%s,"rows":[]}' % (
            after, upto, b"true" if upto < 40 else b"false")

    bodies = PageBodies(fetch, 0, 2, 10, ahead=2)
    try:
        heads = [page_head(bodies.next()) for _ in range(6)]
    finally:
        bodies.close()
    assert asked == [(0, 2), (2, 4), (6, 8), (14, 10), (24, 10), (34, 10)]
    assert heads[-1] == (40, False)


def test_a_sync_pauses_the_collector_and_turns_it_back_on_even_when_it_fails(devices, server, monkeypatch):
    import gc

    from desktop_app.core.sync.client import session as S

    a, b, ids = _two_laptops(devices, server)
    seen: list[bool] = []
    real_push = S.push
    monkeypatch.setattr(S, "push", lambda *args, **kw: (seen.append(gc.isenabled()), real_push(*args, **kw))[1])
    a.persons.update(ids[0], {"note": "đã thăm"})
    assert gc.isenabled()
    sync(a)
    assert seen == [False] and gc.isenabled()

    def broken(*args, **kw):
        raise SyncError("server_unreachable", "the cable")

    monkeypatch.setattr(S, "pull_unit", broken)
    with pytest.raises(SyncError):
        sync(a)
    assert gc.isenabled() and seen == [False, False]
