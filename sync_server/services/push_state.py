"""The state of one push batch on the server (the rows it touched, their versions, the
conflicts, rejections and moves it made) and its transaction: the unit counters locked, the
records loaded and written back in one go (push.py merges the ops in between)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import orjson
from sqlalchemy import Connection, bindparam, select

from desktop_app.core.sync.protocol import (
    BLOB_FIELDS,
    Conflict,
    ConflictKind,
    DeviceRole,
    Op,
    RejectReason,
    canonical_map,
    digest_hex,
    entry_hash,
    is_sha256,
)
from sync_server.core import clock
from sync_server.models import (
    PREV,
    BlobRef,
    MovedOut,
    Record,
    SyncConflict,
    SyncRejection,
    UnitClock,
    UnitCounter,
)
from sync_server.services.enrollment import DeviceCtx

_ENC = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))
enc = _ENC.encode
_loads = orjson.loads  # the rows a push names: three maps each, read back as json.loads would


# A record's map as canonical text (protocol.canonical_map: `enc`'s text, but for a float's
# spelling). `field_hlc`, whose text the pull's short form relies on, holds strings only.
_enc_map = canonical_map


def param_mark(conn: Connection) -> str:
    """The positional parameter mark of the connection's driver (sqlite3: ?, psycopg: %s),
    for the statements sent as driver SQL."""
    return "?" if conn.dialect.paramstyle == "qmark" else "%s"
_CHUNK = 500


def hlc_device(h: str) -> str:
    return h.partition("-")[2]


@dataclass
class Rec:
    table: str
    row_id: str
    unit_code: str
    version: int
    deleted: bool
    data: dict[str, Any]
    field_hlc: dict[str, str]
    field_ver: dict[str, int]
    updated_hlc: str
    updated_by: str
    new: bool = False
    dirty: bool = False
    orig_unit: str = ""  # as loaded: the digest entry to take out when the row changes
    orig_version: int = 0
    # record.echo_of to write: the pushing device while every op of this batch on the row left
    # it as the device holds it; None once one did not (or any other write)
    echo_of: str | None = None
    touched: bool = False  # an op of this batch already decided echo_of
    # per field, the HLC of the value its last change replaced (kept in field_ver under PREV)
    field_prev: dict[str, str] = field(default_factory=dict)


@dataclass
class BatchState:
    conn: Connection
    device: DeviceCtx
    counters: dict[str, int] = field(default_factory=dict)
    digests: dict[str, list[int]] = field(default_factory=dict)  # unit -> [row_count, xor]
    counted_from: dict[str, int] = field(default_factory=dict)  # unit -> its counter as locked
    recs: dict[tuple[str, str], Rec | None] = field(default_factory=dict)
    table_of: dict[str, str] = field(default_factory=dict)  # row id -> the table that has it
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    rejections: list[dict[str, Any]] = field(default_factory=list)
    moved: list[dict[str, Any]] = field(default_factory=list)
    destinations: set[str] = field(default_factory=set)  # units out of scope a transfer may reach (moves.py)
    # rows written behind a transfer, which follow their parent (moves.stragglers): their
    # references may name a row that has left the device's scope
    following: dict[tuple[str, str], str] = field(default_factory=dict)
    applied: int = 0
    # rules.load_parents: rows named by the ops' references, id -> (table, unit, deleted, HLC)
    parents: dict[str, tuple[str, str, bool, str]] = field(default_factory=dict)
    # rows this batch deleted, for cascade.close_children: (table, id, base_version, device, HLC)
    closed: list[tuple[str, str, int, str, str]] = field(default_factory=list)
    epoch_base: dict[str, int] = field(default_factory=dict)  # restate: unit -> counter at new-epoch
    own_ids: set[str] = field(default_factory=set)  # restate: the register's device ids, every enrollment
    told: dict[str, int] = field(default_factory=dict)  # unit -> the last version a pull told the device about
    # issue 16 item 3 (authors.py): the role each op is judged by, its verified author, and the
    # ops refused because their author's signature or certificate does not hold
    op_roles: dict[str, DeviceRole] = field(default_factory=dict)
    op_authors: dict[str, str] = field(default_factory=dict)
    author_refused: dict[str, tuple[RejectReason, str]] = field(default_factory=dict)

    def role_of(self, op: Op) -> DeviceRole:
        """The role `op` is judged by: its author's certified one (capped by the device's), or
        the device's while the register has no root on the server."""
        return self.op_roles.get(op.op_id, self.device.role)

    def stamp(self, unit: str) -> int:
        self.counters[unit] += 1
        return self.counters[unit]


# -- the transaction ---------------------------------------------------------------------------
def _lock_counters(b: BatchState, units: set[str]) -> None:
    want = sorted(u for u in units if u not in b.counters)
    if not want:
        return
    t = UnitCounter.__table__
    q = select(t.c.unit_code, t.c.version, t.c.row_count, t.c.digest).order_by(t.c.unit_code).with_for_update()
    rows = b.conn.execute(q.where(t.c.unit_code.in_(want))).all()
    missing = sorted(set(want) - {r[0] for r in rows})
    if missing:
        # Units are registered by the admin (enroll-code, units load); a row of a unit in
        # scope but without a counter yet gets one here.
        b.conn.execute(t.insert(), [{"unit_code": u, "version": 0, "tombstone_horizon": 0, "row_count": 0,
                                     "digest": "0" * 32} for u in missing])
        rows += b.conn.execute(q.where(t.c.unit_code.in_(missing))).all()
    for u, v, n, d in rows:
        b.counters[u] = b.counted_from[u] = v
        b.digests[u] = [int(n), int(d, 16)]


def _load_records(b: BatchState, keys: set[tuple[str, str]]) -> None:
    t = Record.__table__
    for key in keys:
        b.recs.setdefault(key, None)
    # One query by id (ids are unique across tables): the rows the ops name, and an id used in
    # another table (refused per op as WRONG_TABLE).
    all_ids = sorted({rid for _, rid in keys})
    other: dict[str, str] = {}
    # the driver's SQL: a push names a thousand rows, and SQLAlchemy's per-row work (an
    # expanding IN compiled per chunk, a mapping per row) cost as much as the query
    m = param_mark(b.conn)
    cols = "table_name, row_id, unit_code, version, deleted, data, field_hlc, field_ver, updated_hlc, updated_by"
    for i in range(0, len(all_ids), _CHUNK):
        chunk = all_ids[i:i + _CHUNK]
        for table, row_id, unit, version, deleted, data, fh, fv, uh, ub in b.conn.exec_driver_sql(
                f"SELECT {cols} FROM {t.name} WHERE row_id IN ({', '.join([m] * len(chunk))})",
                tuple(chunk)).fetchall():
            if (table, row_id) not in keys:
                other.setdefault(row_id, table)
                continue
            vers = _loads(fv)
            prev = vers.pop(PREV, None)
            b.recs[(table, row_id)] = Rec(
                table, row_id, unit, version, bool(deleted), _loads(data), _loads(fh), vers,
                uh, ub, orig_unit=unit, orig_version=version,
                field_prev=prev if isinstance(prev, dict) else {})
            b.table_of[row_id] = table
    for rid, table in other.items():
        b.table_of.setdefault(rid, table)


_RECORD_COLS = ("unit_code", "version", "deleted", "data", "field_hlc", "field_ver", "updated_hlc", "updated_by",
                "echo_of")


def _record_sql(conn: Connection) -> tuple[str, str]:
    """INSERT and UPDATE of records as driver SQL with positional parameters: a push of 1,000
    ops writes 1,000 rows, and SQLAlchemy's per-row parameter processing costs as much as the
    database does."""
    m = param_mark(conn)
    cols = ", ".join(_RECORD_COLS)
    insert = f"INSERT INTO record ({cols}, table_name, row_id) VALUES ({', '.join([m] * (len(_RECORD_COLS) + 2))})"
    update = (f"UPDATE record SET {', '.join(f'{c} = {m}' for c in _RECORD_COLS)} "
              f"WHERE table_name = {m} AND row_id = {m}")
    return insert, update


def _write(b: BatchState) -> None:
    conn = b.conn
    inserts, updates = [], []
    for rec in b.recs.values():
        if rec is None or not rec.dirty:
            continue
        row = (rec.unit_code, rec.version, rec.deleted, _enc_map(rec.data), _enc_map(rec.field_hlc),
               _enc_map({**rec.field_ver, PREV: rec.field_prev} if rec.field_prev else rec.field_ver),
               rec.updated_hlc, rec.updated_by, rec.echo_of, rec.table, rec.row_id)
        if rec.new:
            inserts.append(row)
        else:
            updates.append(row)
            out = b.digests[rec.orig_unit]
            out[0] -= 1
            out[1] ^= entry_hash(rec.table, rec.row_id, rec.orig_version)
        into = b.digests[rec.unit_code]
        into[0] += 1
        into[1] ^= entry_hash(rec.table, rec.row_id, rec.version)
    insert_sql, update_sql = _record_sql(conn)
    if inserts:
        conn.exec_driver_sql(insert_sql, inserts)
    if updates:
        conn.exec_driver_sql(update_sql, updates)
    refs = {(rec.data.get(f), rec.unit_code) for rec in b.recs.values() if rec is not None and rec.dirty
            for f in BLOB_FIELDS.get(rec.table, ()) if is_sha256(rec.data.get(f))}
    if refs:
        r = BlobRef.__table__
        have = set(conn.execute(select(r.c.sha256, r.c.unit_code).where(
            r.c.sha256.in_(sorted({s for s, _ in refs})))).all())
        new = [{"sha256": s, "unit_code": u} for s, u in sorted(refs - have)]
        if new:
            conn.execute(r.insert(), new)
    if b.moved:
        conn.execute(MovedOut.__table__.insert(), b.moved)
    if b.conflicts:
        conn.execute(SyncConflict.__table__.insert(), b.conflicts)
    if b.rejections:
        conn.execute(SyncRejection.__table__.insert(), b.rejections)
    c = UnitCounter.__table__
    if b.counters:
        conn.execute(c.update().where(c.c.unit_code == bindparam("b_unit")).values(
            version=bindparam("b_version"), row_count=bindparam("b_count"), digest=bindparam("b_digest")),
            [{"b_unit": u, "b_version": v, "b_count": b.digests[u][0], "b_digest": digest_hex(b.digests[u][1])}
             for u, v in b.counters.items()])
        now = clock.now_ms()
        stamped = [{"unit_code": u, "version": v, "at_ms": now}
                   for u, v in b.counters.items() if v > b.counted_from.get(u, v)]
        if stamped:
            conn.execute(UnitClock.__table__.insert(), stamped)


def _conflict_models(rows: list[dict[str, Any]]) -> list[Conflict]:
    return [Conflict(id=r["id"], kind=ConflictKind(r["kind"]), table=r["table_name"], row_id=r["row_id"],
                     unit_code=r["unit_code"], field=r["field"], kept_value=json.loads(r["kept_value"]),
                     kept_hlc=r["kept_hlc"], lost_value=json.loads(r["lost_value"]), lost_hlc=r["lost_hlc"],
                     lost_device=r["lost_device"], lost_by=r["lost_by"], version=r["version"],
                     created_at=r["created_at"].isoformat()) for r in rows]
