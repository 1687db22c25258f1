"""Pull, meta and the end-of-sync check (DESIGN §4).

A page of a unit covers the versions (after, upto]: the current state of every row stamped in
that range (tombstones included), the rows that moved out of the unit, and the conflicts. The
unit's counter is read FIRST and caps the page: every version at or below a committed counter
value is committed with it (the counter row is updated in the same transaction as the rows it
stamps), so a page never skips a version that commits later.

The page is written as JSON text directly: a row's stored `data` is already canonical JSON, so
a first pull of 100k rows costs no parse and re-encode per row on the server.
"""

from __future__ import annotations

import json
import time
from typing import Any

from sqlalchemy import Connection, func, select

from desktop_app.core.sync.protocol import (
    MAX_PULL_LIMIT,
    PROTOCOL_VERSION,
    ServerMeta,
    UnitCheck,
    UnitState,
    check_digest,
    digest_hex,
    entry_hash,
)
from sync_server.core.db import get_meta
from sync_server.models import MovedOut, Record, SyncConflict, Unit, UnitCounter
from sync_server.services.enrollment import DeviceCtx
from sync_server.services.errors import ApiError
from sync_server.services.push import _conflict_models

_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def _require_scope(device: DeviceCtx, unit: str) -> None:
    if not device.in_scope(unit):
        # Same answer whether or not the unit exists: scope is not a way to probe the server.
        raise ApiError(403, "out_of_scope", f"unit {unit} is not in this device's scope")


def _counter(conn: Connection, unit: str) -> tuple[int, int]:
    t = UnitCounter.__table__
    row = conn.execute(select(t.c.version, t.c.tombstone_horizon).where(t.c.unit_code == unit)).first()
    return (int(row[0]), int(row[1])) if row else (0, 0)


def meta(conn: Connection, device: DeviceCtx) -> ServerMeta:
    u, c = Unit.__table__, UnitCounter.__table__
    rows = {r["code"]: r for r in conn.execute(select(u).where(u.c.code.in_(device.scope))).mappings()}
    counters = {r[0]: (r[1], r[2]) for r in conn.execute(
        select(c.c.unit_code, c.c.version, c.c.tombstone_horizon).where(c.c.unit_code.in_(device.scope))).all()}
    scope = []
    for code in device.scope:
        r = rows.get(code)
        v, h = counters.get(code, (0, 0))
        scope.append(UnitState(code=code, name=(r["name"] if r else ""), level="province" if len(code) == 2 else "commune",
                               parent_code=(r["parent_code"] if r else None), version=v, tombstone_horizon=h))
    return ServerMeta(protocol=PROTOCOL_VERSION, server_epoch=get_meta(conn, "server_epoch"),
                      server_time_ms=int(time.time() * 1000), device_id=device.id, role=device.role,
                      unit_code=device.unit_code, acked_seq=device.last_applied_seq, scope=scope)


def pull_page_json(conn: Connection, device: DeviceCtx, unit: str, after: int, limit: int) -> str:
    _require_scope(device, unit)
    limit = max(1, min(limit, MAX_PULL_LIMIT))
    cap, horizon = _counter(conn, unit)  # first: see the module docstring
    t = Record.__table__
    rows = conn.execute(
        select(t.c.table_name, t.c.row_id, t.c.unit_code, t.c.version, t.c.deleted, t.c.data, t.c.field_hlc,
               t.c.updated_hlc, t.c.updated_by)
        .where(t.c.unit_code == unit, t.c.version > after, t.c.version <= cap)
        .order_by(t.c.version).limit(limit)).all()
    upto, has_more = cap, False
    if len(rows) == limit:
        upto, has_more = rows[-1].version, rows[-1].version < cap
    m = MovedOut.__table__
    moved = conn.execute(select(m.c.table_name, m.c.row_id, m.c.to_unit, m.c.version)
                         .where(m.c.from_unit == unit, m.c.version > after, m.c.version <= upto)
                         .order_by(m.c.version).limit(limit)).all()
    if len(moved) == limit and moved[-1].version < upto:
        upto, has_more = moved[-1].version, True
    k = SyncConflict.__table__
    conflicts = conn.execute(select(k).where(k.c.unit_code == unit, k.c.version > after, k.c.version <= upto)
                             .order_by(k.c.version).limit(limit)).mappings().all()
    if len(conflicts) == limit and conflicts[-1]["version"] < upto:
        upto, has_more = conflicts[-1]["version"], True
    rows = [r for r in rows if r.version <= upto]
    moved = [r for r in moved if r.version <= upto]
    conflicts = [c for c in conflicts if c["version"] <= upto]
    d = _dumps
    parts = [
        '{"table":%s,"id":%s,"unit_code":%s,"version":%d,"deleted":%s,"fields":%s,"field_hlc":%s,'
        '"updated_hlc":%s,"updated_by":%s}' % (
            d(r.table_name), d(r.row_id), d(r.unit_code), r.version, "true" if r.deleted else "false",
            r.data, d(r.field_hlc), d(r.updated_hlc), d(r.updated_by))
        for r in rows]
    head = {"unit": unit, "after": after, "upto": upto, "has_more": has_more,
            "server_epoch": get_meta(conn, "server_epoch"), "tombstone_horizon": horizon,
            "moved": [{"table": r.table_name, "id": r.row_id, "to_unit": r.to_unit, "version": r.version}
                      for r in moved],
            "conflicts": [c.model_dump(mode="json") for c in _conflict_models([dict(c) for c in conflicts])]}
    return d(head)[:-1] + ',"rows":[' + ",".join(parts) + "]}"


def check(conn: Connection, device: DeviceCtx, unit: str, upto: int, full: bool = False) -> UnitCheck:
    """The unit's version and running digest; with `full`, also the counts of live rows per
    table and the digest over (table, id, version, deleted) of the rows with version <= upto
    (tombstones at or below the horizon left out: they may have been purged here, and a client
    may still hold them)."""
    _require_scope(device, unit)
    c = UnitCounter.__table__
    row = conn.execute(select(c.c.version, c.c.tombstone_horizon, c.c.row_count, c.c.digest)
                       .where(c.c.unit_code == unit)).first()
    version, horizon, n, dig = (int(row[0]), int(row[1]), int(row[2]), row[3]) if row else (0, 0, 0, "0" * 32)
    quick = UnitCheck(unit=unit, upto=upto, version=version, tombstone_horizon=horizon, rows=n, digest=dig)
    if not full:
        return quick
    t = Record.__table__
    items: list[tuple[str, str, int, bool]] = []
    counts: dict[str, int] = {}
    for table, row_id, version, deleted in conn.execute(
            select(t.c.table_name, t.c.row_id, t.c.version, t.c.deleted)
            .where(t.c.unit_code == unit, t.c.version <= upto)).all():
        if deleted and version <= horizon:
            continue
        items.append((table, row_id, int(version), bool(deleted)))
        if not deleted:
            counts[table] = counts.get(table, 0) + 1
    return quick.model_copy(update={"counts": counts, "full_digest": check_digest(items)})


def purge_tombstones(conn: Connection, unit: str | None = None) -> dict[str, int]:
    """Drops tombstones and moved-out markers and raises each unit's horizon to its counter: a
    device whose cursor is older re-pulls the unit from the start (and so learns the deletes by
    their absence). Returns {unit: rows purged}."""
    t, m, c = Record.__table__, MovedOut.__table__, UnitCounter.__table__
    out: dict[str, int] = {}
    for code, version, count, dig in conn.execute(
            select(c.c.unit_code, c.c.version, c.c.row_count, c.c.digest)
            .where(*([c.c.unit_code == unit] if unit else [])).with_for_update()).all():
        gone = conn.execute(select(t.c.table_name, t.c.row_id, t.c.version).where(
            t.c.unit_code == code, t.c.deleted == True, t.c.version <= version)).all()  # noqa: E712
        x = int(dig, 16)
        for table, row_id, v in gone:
            x ^= entry_hash(table, row_id, v)
        conn.execute(t.delete().where(t.c.unit_code == code, t.c.deleted == True, t.c.version <= version))  # noqa: E712
        conn.execute(m.delete().where(m.c.from_unit == code, m.c.version <= version))
        conn.execute(c.update().where(c.c.unit_code == code).values(
            tombstone_horizon=version, row_count=count - len(gone), digest=digest_hex(x)))
        out[code] = len(gone)
    return out


def stats(conn: Connection) -> dict[str, Any]:
    t = Record.__table__
    rows = conn.execute(select(t.c.unit_code, t.c.table_name, func.count()).group_by(t.c.unit_code, t.c.table_name)).all()
    out: dict[str, Any] = {}
    for unit, table, n in rows:
        out.setdefault(unit, {})[table] = n
    return out
