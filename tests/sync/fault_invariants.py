"""The fault harness's ledger (every write the test made, and whether the server acknowledged it)
and the invariants checked after quiescence, each giving readable lines, never a bare False:

    no stuck queue          every laptop: outbox empty, no sync error, quiet within the bound
    laptop equals server    every synced field of every live row, and every tombstone, in the
                            laptop's scope, as the server holds it (a line per difference)
    every write accounted   each write the harness made is on the server, or superseded by a
                            later write that saw it, or the lost side of a conflict, or a rejection
    later edits win         an edit made after seeing another edit's value is not beaten by it
    conflicts and rejections shown
                            every conflict the server recorded is listed by each laptop of its
                            unit, every refused op by the laptop that made it
    no orphans              no live row (case, contact, attendance…) of a deleted person or case,
                            on the server and on each laptop; on the server, none of a missing one

A write is "tracked" when the harness gave it a value no other write has (edits, names of new
persons): its fate can then be followed exactly through `before`, the value the laptop held
when it wrote (the chain from the server's final value back through the writes that saw it).
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from desktop_app.core.store.auditchain import jsonable
from desktop_app.core.store.tables import SYNCED_TABLES, business_fields

if TYPE_CHECKING:
    from tests.sync.fault_harness import Laptop, World

PARENT_REFS = {"person_id": "person", "case_id": "case_file"}


@dataclass
class Write:
    n: int
    step: int
    laptop: str
    label: str
    op_id: str
    table: str
    row_id: str
    op: str  # insert | update | delete
    values: dict[str, Any]
    before: dict[str, Any]  # the row's fields here just before (tracked writes and deletes)
    tracked: str | None  # the field the harness set to a value no other write has
    holders: set[str] = field(default_factory=set)  # laptops whose outbox held it
    acked_step: int | None = None

    def describe(self) -> str:
        ack = f"acknowledged at step {self.acked_step}" if self.acked_step is not None else "never acknowledged"
        vals = ", ".join(f"{k}={v!r}" for k, v in sorted(self.values.items()))
        return f"#{self.n} step {self.step} {self.laptop} {self.label}: {self.table} {self.row_id[-8:]} {self.op} {vals} ({ack})"


def _outbox(lap: Laptop) -> dict[str, tuple[str, str, str, str]]:
    with lap.ws.db.read() as conn:
        return {r[0]: tuple(r[1:]) for r in conn.exec_driver_sql(
            "SELECT op_id, table_name, row_id, op, changed_fields FROM sync_outbox")}


def _row(lap: Laptop, table: str, row_id: str) -> dict[str, Any]:
    t = SYNCED_TABLES[table].__table__  # type: ignore[attr-defined]
    with lap.ws.db.read() as conn:
        r = conn.execute(select(t).where(t.c.id == row_id)).mappings().first()
    return {k: jsonable(v) for k, v in r.items()} if r else {}


class Ledger:
    def __init__(self) -> None:
        self.writes: list[Write] = []
        self.world_step = 0

    @contextlib.contextmanager
    def writing(self, world: World, lap: Laptop, label: str, *, tracked: tuple[str, str, str | None] | None = None
                ) -> Iterator[None]:
        """Every outbox entry the block adds becomes a Write. `tracked`: (table, row id, field)
        of the row the harness edits, and the field it sets to a unique value (None: a delete);
        the row's `before` is read now."""
        seen = set(_outbox(lap))
        before = _row(lap, *tracked[:2]) if tracked else {}
        yield
        for op_id, (table, row_id, op, changed) in _outbox(lap).items():
            if op_id in seen:
                continue
            values = json.loads(changed)
            mine = tracked is not None and (table, row_id) == tracked[:2]
            field_ = tracked[2] if tracked is not None and mine and op != "delete" and tracked[2] in values else None
            self.writes.append(Write(len(self.writes) + 1, world.step, lap.name, label, op_id, table, row_id, op,
                                     values, before if mine else {}, field_, {lap.name}))

    def note_clone(self, original: Laptop, clone: Laptop) -> None:
        pending = set(_outbox(original))
        for w in self.writes:
            if w.op_id in pending:
                w.holders.add(clone.name)

    def note_acks(self, lap: Laptop, step: int | None = None) -> None:
        pending = set(_outbox(lap))
        for w in self.writes:
            if w.acked_step is None and lap.name in w.holders and w.op_id not in pending:
                w.acked_step = step if step is not None else self.world_step


# -- reading both sides --------------------------------------------------------------------------
def server_rows(world: World) -> dict[tuple[str, str], dict[str, Any]]:
    from sync_server.models import Record

    with world.server.proc.engine.connect() as conn:
        rows = conn.execute(select(Record.table_name, Record.row_id, Record.unit_code, Record.version,  # type: ignore[call-overload]
                                   Record.deleted, Record.data)).all()
    return {(t, i): {"unit_code": u, "version": v, "deleted": bool(d), "data": json.loads(data)}
            for (t, i, u, v, d, data) in rows}


def laptop_rows(lap: Laptop) -> dict[tuple[str, str], dict[str, Any]]:
    out: dict[tuple[str, str], dict[str, Any]] = {}
    with lap.ws.db.read() as conn:
        for name, model in SYNCED_TABLES.items():
            t = model.__table__  # type: ignore[attr-defined]
            fields = business_fields(name)
            for r in conn.execute(select(t)).mappings():
                out[(name, r["id"])] = {"unit_code": r["unit_code"], "version": r["version"],
                                        "deleted": bool(r["deleted"]),
                                        "data": {f: jsonable(r[f]) for f in fields}}
    return out


def _server_list(world: World, model: Any) -> list[Any]:
    with world.server.proc.engine.connect() as conn:
        return list(conn.execute(select(model)).mappings())


# -- the invariants ------------------------------------------------------------------------------
def check_all(world: World) -> dict[str, list[str]]:
    from desktop_app.core.sync.client import status
    from sync_server.models import SyncConflict, SyncRejection

    srv = server_rows(world)
    conflicts = _server_list(world, SyncConflict)
    rejected = {r["op_id"]: r["reason"] for r in _server_list(world, SyncRejection)}
    statuses = {lap.name: status(lap.ws) for lap in world.laptops}
    locals_ = {lap.name: laptop_rows(lap) for lap in world.laptops}
    refused = {**rejected, **_refused_when_restated(world.ledger, statuses)}
    return {
        "no stuck queue": stuck(world, statuses),
        "laptop equals server": [x for lap in world.laptops for x in diff(lap, statuses[lap.name], locals_[lap.name], srv)],
        "every write accounted": accounted(world.ledger, srv, conflicts + _listed(statuses), refused),
        "later edits win": later_wins(world.ledger, srv, refused),
        "conflicts and rejections shown": shown(world, statuses, conflicts, rejected),
        "no orphans": orphans("server", srv, whole=True) + [x for lap in world.laptops for x in orphans(lap.name, locals_[lap.name])],
    }


def _refused_when_restated(ledger: Ledger, statuses: dict[str, dict[str, Any]]) -> dict[str, str]:
    """Writes a restored server lost, re-sent by their laptop's restate and refused there: the
    refusal, listed on that laptop, names the row and carries the write's value (or its
    tombstone), under the restate's own op id. {write's op id: reason}."""
    listed: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
    for lap, st in statuses.items():
        for r in st.get("rejections", []):
            listed.setdefault((lap, r["table"], r["row_id"]), []).append(r)
    out = {}
    for w in ledger.writes:
        for lap in {w.laptop, *w.holders}:
            for r in listed.get((lap, w.table, w.row_id), []):
                fields = r.get("fields") or {}
                if (w.op == "delete" and fields.get("deleted") is True) or (
                        w.tracked and fields.get(w.tracked) == w.values[w.tracked]) or (w.op == "insert" and fields):
                    out[w.op_id] = r["reason"]
    return out


def _listed(statuses: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """The conflicts the laptops list, in the server's shape: a conflict shown on a laptop counts
    even when a restored server no longer holds it."""
    return [{"kind": c["kind"], "table_name": c["table"], "row_id": c["row_id"], "field": c["field"],
             "lost_value": json.dumps(c["lost_value"])} for st in statuses.values() for c in st["conflicts"]]


def stuck(world: World, statuses: dict[str, dict[str, Any]]) -> list[str]:
    out = []
    if world.stats.get("quiescence_rounds") == -1:
        out.append("syncs still moved rows after the last quiescence round")
    for name, st in statuses.items():
        if st["pending"] or st["last_error"]:
            out.append(f"{name}: {st['pending']} ops waiting {st['pending_by_table']}, last error {st['last_error']!r}")
    return out


def diff(lap: Laptop, st: dict[str, Any], mine: dict[tuple[str, str], dict[str, Any]],
         srv: dict[tuple[str, str], dict[str, Any]]) -> list[str]:
    scope = set(st["scope"])
    theirs = {k: v for k, v in srv.items() if v["unit_code"] in scope}
    out = []
    for key in sorted(set(theirs) | set(mine)):
        table, rid = key
        here, there = mine.get(key), theirs.get(key)
        where = f"{lap.name}: {table} {rid[-8:]}"
        if there is None:
            out.append(f"{where} is here ({_state(here)}) but not on the server in scope "
                       f"{'(server: ' + srv[key]['unit_code'] + ')' if key in srv else ''}")
        elif here is None:
            if not there["deleted"]:
                out.append(f"{where} is on the server ({_state(there)}) but missing here")
        elif here["deleted"] != there["deleted"] or here["unit_code"] != there["unit_code"]:
            out.append(f"{where}: here {_state(here)}, server {_state(there)}")
        elif not here["deleted"]:
            for f in sorted(set(here["data"]) & set(there["data"])):
                if here["data"][f] != there["data"][f]:
                    out.append(f"{where} .{f}: here {here['data'][f]!r}, server {there['data'][f]!r} "
                               f"(version here {here['version']}, server {there['version']})")
    return out


def _state(r: dict[str, Any] | None) -> str:
    if r is None:
        return "absent"
    return f"{'deleted' if r['deleted'] else 'live'} in {r['unit_code']} v{r['version']}"


def accounted(ledger: Ledger, srv: dict[tuple[str, str], dict[str, Any]], conflicts: list[Any],
              rejected: dict[str, str]) -> list[str]:
    lost: dict[tuple[str, str, str], list[Any]] = {}
    deletes_lost: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for c in conflicts:
        value = json.loads(c["lost_value"])
        if c["kind"] == "field":
            lost.setdefault((c["table_name"], c["row_id"], c["field"]), []).append(value)
        elif isinstance(value, dict):
            deletes_lost.setdefault((c["table_name"], c["row_id"]), []).append(value)
    by_value = _by_value(ledger)
    deletes = [w for w in ledger.writes if w.op == "delete"]
    out = []
    for w in ledger.writes:
        if w.op_id in rejected:
            continue  # refused by the server, listed to the laptop as a rejection
        rec = srv.get((w.table, w.row_id))
        if rec is None:
            out.append(f"lost: the server has no such row — {w.describe()}")
            continue
        if w.op == "delete":
            if not rec["deleted"]:
                out.append(f"a delete did not hold (row live on the server, v{rec['version']}) — {w.describe()}")
            continue
        if not w.tracked:
            continue
        f, v = w.tracked, w.values[w.tracked]
        if f not in rec["data"] and not rec["deleted"]:
            continue  # a field the server does not sync (derived on each laptop)
        # the values whose history is kept: the server's (or, for a deleted row, each deleting
        # laptop's last), and the lost side of every conflict; a write is accounted for when it
        # is one of them or was seen (transitively) by the write of one of them
        if rec["deleted"]:
            kept = [d.before.get(f) for d in deletes if (d.table, d.row_id) == (w.table, w.row_id)]
            kept += [x.get(f) for x in deletes_lost.get((w.table, w.row_id), [])]
        else:
            kept = [rec["data"].get(f)]
        kept += lost.get((w.table, w.row_id, f), [])
        if any(w in _chain(by_value, w.table, w.row_id, f, x) for x in kept):
            continue
        if rec["deleted"]:
            out.append(f"{f}={v!r} vanished with a delete, no delete_beats_edit conflict lists it — {w.describe()}")
        else:
            out.append(f"{f}={v!r} lost silently: server holds {rec['data'].get(f)!r}, no conflict lists it "
                       f"— {w.describe()}")
    return out


def later_wins(ledger: Ledger, srv: dict[tuple[str, str], dict[str, Any]], rejected: dict[str, str]) -> list[str]:
    """An edit made on a laptop that held another edit's value (it saw it: it came later) never
    loses to that value: the server's value is not an ancestor of a write that saw it."""
    by_value = _by_value(ledger)
    out = []
    for w in ledger.writes:
        rec = srv.get((w.table, w.row_id))
        if not w.tracked or w.op_id in rejected or rec is None or rec["deleted"] or w.tracked not in rec["data"]:
            continue
        final = rec["data"][w.tracked]
        winner = by_value.get((w.table, w.row_id, w.tracked, json.dumps(final)))
        if winner is None or winner is w or w in _chain(by_value, w.table, w.row_id, w.tracked, final):
            continue
        if winner in _chain(by_value, w.table, w.row_id, w.tracked, w.before.get(w.tracked)):
            out.append(f"{w.tracked}={w.values[w.tracked]!r} was written after seeing {final!r} "
                       f"(#{winner.n}, {winner.laptop} step {winner.step}) and lost to it — {w.describe()}")
    return out


def _by_value(ledger: Ledger) -> dict[tuple[str, str, str, Any], Write]:
    return {(w.table, w.row_id, w.tracked, json.dumps(w.values[w.tracked])): w for w in ledger.writes if w.tracked}


def _chain(by_value: dict[tuple[str, str, str, Any], Write], table: str, row_id: str, f: str, final: Any) -> list[Write]:
    """The writes that led to `final`: the write of that value, the one its laptop had seen…"""
    out: list[Write] = []
    v = final
    while True:
        w = by_value.get((table, row_id, f, json.dumps(v)))
        if w is None or w in out:
            return out
        out.append(w)
        v = w.before.get(f)


def shown(world: World, statuses: dict[str, dict[str, Any]], conflicts: list[Any], rejected: dict[str, str]
          ) -> list[str]:
    out = []
    for w in world.ledger.writes:
        # the laptop that made it, or a copy of its register that pushed the same op (its outbox
        # copied) and was refused
        listed = {r["op_id"] for lap in {w.laptop, *w.holders} for r in statuses.get(lap, {}).get("rejections", [])}
        if w.op_id in rejected and w.laptop in statuses and w.op_id not in listed:
            out.append(f"{w.laptop}: rejection ({rejected[w.op_id]}) not listed — {w.describe()}")
    for lap in world.laptops:
        scope = set(statuses[lap.name]["scope"])
        listed = {c["id"] for c in statuses[lap.name]["conflicts"]}
        for c in conflicts:
            if c["unit_code"] in scope and c["id"] not in listed:
                out.append(f"{lap.name}: conflict {c['kind']} on {c['table_name']} {c['row_id'][-8:]} .{c['field']} "
                           f"(kept {c['kept_value']}, lost {c['lost_value']}) not listed here")
    return out


def orphans(where: str, rows: dict[tuple[str, str], dict[str, Any]], *, whole: bool = False) -> list[str]:
    """Live rows whose person or case is deleted; with `whole` (the server, which holds every
    unit of the province) also those whose person or case does not exist at all."""
    out = []
    for (table, rid), r in sorted(rows.items()):
        if r["deleted"]:
            continue
        for ref, parent_table in PARENT_REFS.items():
            pid = r["data"].get(ref)
            parent = rows.get((parent_table, pid)) if pid else None
            if parent is not None and parent["deleted"]:
                out.append(f"{where}: live {table} {rid[-8:]} of deleted {parent_table} {pid[-8:]}")
            elif whole and pid and parent is None:
                out.append(f"{where}: live {table} {rid[-8:]} of {parent_table} {pid[-8:]}, which it does not hold")
    return out
