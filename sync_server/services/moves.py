"""Transfers (a person's file moved to another commune of the province) checked per batch, before
the push applies its ops (called from push._push).

A move is an op whose `unit_code` field names a unit other than the stored row's. A person's
file is the person and every row that hangs off them: their ID documents, cases, contacts and
attendances (`person_id`), and each case's contacts, evaluations, absences, violations and events
(`case_id`), tombstones included — the laptop's foreign keys hold in both communes only if the
whole file moves at once. So, within one batch:

- a move of a person must move every row of their file held in the unit they leave, to the same
  unit; otherwise the person's move and every move of their file in the batch are refused;
- a move of a row of a file must come with its person's move to the same unit (or follow it: the
  person is already there); otherwise it is refused;

both with `partial_move`. A refused move is re-stamped in its unit, so the laptop that made it
pulls the server's state back (the rows return to the commune that sent them).

Rows written behind a transfer — another laptop of the old commune, which had not pulled it
yet, records a contact for the moved case or opens a case for the moved person — follow their
parent (`stragglers`, `follow`): inserted in the old commune, then moved to the parent's unit
in the same batch, so the laptop that wrote them drops them and the new commune gets them.

A commune device may move rows out of its scope only this way: its role is chief (or province
admin), and the destination is a commune the server lists under the same province. Anything
else stays the push's `out_of_scope`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, select

from desktop_app.core.sync.protocol import DeviceRole, Op, OpKind, ProvinceUnit, RejectReason
from sync_server.models import MovedOut, Record, Unit

if TYPE_CHECKING:
    from sync_server.services.enrollment import DeviceCtx
    from sync_server.services.push import BatchState

# The rows of a person's file: tables holding `person_id`, and tables holding `case_id`.
PERSON_CHILDREN = ("id_document", "case_file", "contact", "attendance")
CASE_CHILDREN = ("contact", "evaluation", "absence", "violation", "case_event")
MOVERS = (DeviceRole.CHIEF, DeviceRole.PROVINCE_ADMIN)
_CHUNK = 200


def province_of(conn: Connection, device: DeviceCtx) -> str | None:
    if len(device.unit_code) == 2:
        return device.unit_code
    u = Unit.__table__  # type: ignore[attr-defined]
    return conn.execute(select(u.c.parent_code).where(u.c.code == device.unit_code)).scalar()


def province_units(conn: Connection, device: DeviceCtx) -> list[ProvinceUnit]:
    """The communes of the device's province the server knows (ServerMeta.province_units)."""
    prov = province_of(conn, device)
    if not prov:
        return []
    u = Unit.__table__  # type: ignore[attr-defined]
    rows = conn.execute(select(u.c.code, u.c.name, u.c.parent_code).where(
        u.c.parent_code == prov, u.c.level == "commune").order_by(u.c.code)).all()
    return [ProvinceUnit(code=c, name=n or "", parent_code=p) for c, n, p in rows]


def destinations(conn: Connection, device: DeviceCtx, todo: list[Op]) -> set[str]:
    """Units outside the device's scope that ops of this batch may move rows to: communes of
    the device's province, for a chief's or province admin's device."""
    targets = {str(o.fields["unit_code"]) for o in todo
               if isinstance(o.fields.get("unit_code"), str) and not device.in_scope(str(o.fields["unit_code"]))}
    if not targets or device.role not in MOVERS:
        return set()
    prov = province_of(conn, device)
    if not prov:
        return set()
    u = Unit.__table__  # type: ignore[attr-defined]
    return {c for (c,) in conn.execute(select(u.c.code).where(
        u.c.code.in_(sorted(targets)), u.c.parent_code == prov, u.c.level == "commune")).all()}


@dataclass
class _Row:
    table: str
    row_id: str
    unit: str  # as stored (or as inserted by this batch)
    data: dict[str, Any]
    final: str = ""  # its unit after the batch's accepted moves
    ops: list[Op] = field(default_factory=list)  # the batch's moves of it


def refused_moves(b: BatchState, todo: list[Op]) -> dict[str, tuple[RejectReason, str]]:
    """{op id: (reason, detail)} of the moves of this batch the push must refuse: those of a
    device whose role may not transfer, and those that would split a person's file."""
    if not any(isinstance(o.fields.get("unit_code"), str) for o in todo):
        return {}  # no move in the batch (nearly every push)
    rows: dict[str, _Row] = {}  # row id -> row, for the rows the batch writes
    for op in todo:
        rec = b.recs.get((op.table, op.row_id))
        row = rows.get(op.row_id)
        if row is None:
            if rec is not None:
                row = _Row(op.table, op.row_id, rec.unit_code, dict(rec.data))
            elif op.op == OpKind.INSERT:
                row = _Row(op.table, op.row_id, str(op.fields.get("unit_code") or op.unit_code), {})
            else:
                continue
            row.final = row.unit
            rows[op.row_id] = row
        row.data.update({k: v for k, v in op.fields.items() if k in ("person_id", "case_id")})
        target = op.fields.get("unit_code")
        if isinstance(target, str) and target != row.unit:
            row.ops.append(op)
    moving = {rid: r for rid, r in rows.items() if r.ops}
    if not moving:
        return {}
    # moves whose author does not verify (authors.py) are refused as such; the others by the
    # op's role: its author's, capped by the device's
    refused: dict[str, tuple[RejectReason, str]] = {
        o.op_id: b.author_refused.get(o.op_id) or (
            RejectReason.NOT_PERMITTED, "only a chief or the province transfers records")
        for r in moving.values() for o in r.ops if o.op_id in b.author_refused or b.role_of(o) not in MOVERS}
    persons = {rid: r for rid, r in moving.items() if r.table == "person"}
    families = _families(b.conn, persons, rows)
    while True:
        for r in rows.values():
            live = [o for o in r.ops if o.op_id not in refused]
            r.final = str(live[-1].fields["unit_code"]) if live else r.unit
        bad: dict[str, str] = {}
        for pid, p in persons.items():
            if p.final == p.unit:
                continue
            left = [m for m in families.get(pid, []) if m.unit == p.unit and m.final != p.final]
            if left:
                detail = f"person {pid}: {left[0].table} {left[0].row_id} stays in unit {left[0].unit}"
                for m in [p, *families.get(pid, [])]:
                    for o in m.ops:
                        bad.setdefault(o.op_id, detail)
        for rid, r in moving.items():
            if r.table == "person" or r.final == r.unit:
                continue
            owner = _owner(b, r, rows)
            if owner is None:
                continue  # a row of no person's file (e.g. a session): moved like any row
            if owner.final != r.final:
                detail = f"{r.table} {rid} moves without its person {owner.row_id}"
                for o in r.ops:
                    bad.setdefault(o.op_id, detail)
        new = {k: (RejectReason.PARTIAL_MOVE, v) for k, v in bad.items() if k not in refused}
        if not new:
            return refused
        refused.update(new)


def _owner(b: BatchState, r: _Row, rows: dict[str, _Row]) -> _Row | None:
    """The person whose file holds the row (through its case if it has no person_id)."""
    pid = r.data.get("person_id") if r.table in PERSON_CHILDREN else None
    if not pid and r.table in CASE_CHILDREN and r.data.get("case_id"):
        case = rows.get(str(r.data["case_id"])) or _stored(b, "case_file", str(r.data["case_id"]))
        pid = case.data.get("person_id") if case is not None else None
    if not pid:
        return None
    return rows.get(str(pid)) or _stored(b, "person", str(pid))


def _stored(b: BatchState, table: str, row_id: str) -> _Row | None:
    t = Record.__table__  # type: ignore[attr-defined]
    r = b.conn.execute(select(t.c.unit_code, t.c.data).where(t.c.table_name == table, t.c.row_id == row_id)).first()
    if r is None:
        return None
    row = _Row(table, row_id, r[0], json.loads(r[1]))
    row.final = row.unit
    return row


def _families(conn: Connection, persons: dict[str, _Row], rows: dict[str, _Row]) -> dict[str, list[_Row]]:
    """Every row of each moving person's file held in the unit the person leaves: stored ones
    (found by the canonical JSON of their `person_id` / `case_id`) and this batch's new ones."""
    t = Record.__table__  # type: ignore[attr-defined]
    out: dict[str, list[_Row]] = {}
    for pid, p in persons.items():
        members: dict[str, _Row] = {}

        def take(table: str, row_id: str, unit: str, data: dict[str, Any]) -> None:
            if row_id in members:
                return
            members[row_id] = rows.get(row_id) or _Row(table, row_id, unit, data, final=unit)

        for table, rid, unit, data in conn.execute(select(t.c.table_name, t.c.row_id, t.c.unit_code, t.c.data).where(
                t.c.unit_code == p.unit, t.c.table_name.in_(PERSON_CHILDREN),
                t.c.data.like(f'%"person_id":{json.dumps(pid)}%'))).all():
            d = json.loads(data)
            if d.get("person_id") == pid:
                take(table, rid, unit, d)
        for r in rows.values():
            if r.table in PERSON_CHILDREN and r.data.get("person_id") == pid and r.unit == p.unit:
                take(r.table, r.row_id, r.unit, r.data)
        cases = sorted(rid for rid, m in members.items() if m.table == "case_file")
        for case_id in cases:
            for table, rid, unit, data in conn.execute(
                    select(t.c.table_name, t.c.row_id, t.c.unit_code, t.c.data).where(
                        t.c.unit_code == p.unit, t.c.table_name.in_(CASE_CHILDREN),
                        t.c.data.like(f'%"case_id":{json.dumps(case_id)}%'))).all():
                d = json.loads(data)
                if d.get("case_id") == case_id:
                    take(table, rid, unit, d)
        for r in rows.values():
            if r.table in CASE_CHILDREN and r.data.get("case_id") in cases and r.unit == p.unit:
                take(r.table, r.row_id, r.unit, r.data)
        out[pid] = list(members.values())
    return out


def stragglers(b: BatchState, todo: list[Op]) -> dict[tuple[str, str], str]:
    """New rows of a file written in a commune the file has left: {(table, id): the unit their
    parent is in now}. Another laptop of the old commune, which had not yet pulled the transfer,
    recorded a contact for the moved case, opened a case for the moved person… The row follows
    its parent (a case child its case, a person child its person) instead of staying behind
    pointing at a row its commune no longer holds (`follow`, after the ops are applied). Only
    rows this batch inserts: rows stored already stay where they are."""
    out: dict[tuple[str, str], str] = {}
    new: dict[str, tuple[str, str, dict[str, Any]]] = {}  # row id -> (table, unit, fields) of inserts
    for op in todo:
        if op.op != OpKind.INSERT or b.recs.get((op.table, op.row_id)) is not None:
            continue
        if op.table not in PERSON_CHILDREN and op.table not in CASE_CHILDREN and op.table != "person":
            continue
        if "unit_code" in op.fields:
            continue  # a move: refused_moves' business
        new.setdefault(op.row_id, (op.table, op.unit_code, dict(op.fields)))

    def parent_of(table: str, fields: dict[str, Any]) -> tuple[str, str] | None:
        if table in CASE_CHILDREN and fields.get("case_id"):
            return "case_file", str(fields["case_id"])
        if table in PERSON_CHILDREN and fields.get("person_id"):
            return "person", str(fields["person_id"])
        return None

    parents = {rid: parent_of(t, f) for rid, (t, _, f) in new.items() if t != "person"}
    # the parents neither inserted by the batch nor loaded with it: their units in one query per chunk
    stored: dict[tuple[str, str], str] = {}
    want = sorted({p for p in parents.values() if p is not None and p[1] not in new and b.recs.get(p) is None})
    if want:
        t = Record.__table__  # type: ignore[attr-defined]
        ids = sorted({rid for _, rid in want})
        for i in range(0, len(ids), _CHUNK):
            for table, rid, unit in b.conn.execute(select(t.c.table_name, t.c.row_id, t.c.unit_code).where(
                    t.c.row_id.in_(ids[i:i + _CHUNK]))).all():
                stored[(table, rid)] = unit

    def unit_now(key: tuple[str, str]) -> str | None:
        """Where the parent row is (or goes: a parent new in this batch follows its own)."""
        if key[1] in new:
            t, unit, _ = new[key[1]]
            return out.get((t, key[1]), unit)
        rec = b.recs.get(key)
        return rec.unit_code if rec is not None else stored.get(key)

    # A parent counts as moved only when it did leave the row's commune (a transfer stored in
    # moved_out, or a move in this very batch): a new row naming a person of another commune
    # that never lived here is not a straggler but a reference out of scope (rules.py refuses it).
    moving_now = {op.row_id for op in todo if "unit_code" in op.fields}
    left: set[tuple[str, str]] = set()
    ids = sorted({p[1] for p in parents.values() if p is not None})
    m = MovedOut.__table__  # type: ignore[attr-defined]
    for i in range(0, len(ids), _CHUNK):
        for rid, from_unit in b.conn.execute(select(m.c.row_id, m.c.from_unit).where(
                m.c.row_id.in_(ids[i:i + _CHUNK]))).all():
            left.add((rid, from_unit))
    for row_id, parent in parents.items():  # in the batch's order: a new case before its contacts
        if parent is None:
            continue
        table, unit, _ = new[row_id]
        where = unit_now(parent)
        if where is not None and where != unit and len(where) == 5 and (
                (parent[1], unit) in left or parent[1] in moving_now or (parent[1] in new and (new[parent[1]][0], parent[1]) in out)):
            out[(table, row_id)] = where
    return out


def follow(b: BatchState, rows: dict[tuple[str, str], str]) -> None:
    """Moves the stragglers (inserted in their old commune by this batch) to their parent's unit:
    a `moved` entry in the old commune, so the laptop that wrote them drops them at its next pull,
    and a version in the new one, whose laptops pull them. (Their counters are locked.)"""
    for key, to_unit in rows.items():
        rec = b.recs.get(key)
        if rec is None or rec.unit_code == to_unit:
            continue  # refused, or already there
        from_unit = rec.unit_code
        b.moved.append({"table_name": rec.table, "row_id": rec.row_id, "from_unit": from_unit,
                        "to_unit": to_unit, "version": b.stamp(from_unit)})
        rec.unit_code = to_unit
        rec.version = b.stamp(to_unit)
        rec.field_hlc["unit_code"] = rec.updated_hlc
        rec.field_ver = {k: rec.version for k in rec.field_ver} | {"unit_code": rec.version}
        rec.echo_of = None  # the laptop that wrote it holds it in the old commune
        rec.dirty = True
