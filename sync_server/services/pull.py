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
import re
from typing import Any, NamedTuple

import orjson
from sqlalchemy import Connection, func, select

from desktop_app.core.sync.protocol import (
    MAX_PULL_LIMIT,
    PROTOCOL_VERSION,
    ServerMeta,
    UnitCheck,
    UnitState,
    check_digest,
    content_hash,
    digest_hex,
    entry_hash,
)
from sync_server.core import clock
from sync_server.core.db import get_meta
from sync_server.models import WHOLE, MovedOut, Record, SyncConflict, Unit, UnitCounter
from sync_server.services import moves
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


def _epoch(conn: Connection, device: DeviceCtx) -> str:
    return device.server_epoch if device.server_epoch is not None else get_meta(conn, "server_epoch")


def meta(conn: Connection, device: DeviceCtx) -> ServerMeta:
    u, c = Unit.__table__, UnitCounter.__table__
    rows: dict[str, Any] = {}
    counters: dict[str, tuple[int, int]] = {}
    # units and their counters in one query; a counter of a unit not registered (never made
    # by the admin commands, but possible in an old database) in a second one
    for code, name, parent, version, horizon in conn.execute(
            select(u.c.code, u.c.name, u.c.parent_code, c.c.version, c.c.tombstone_horizon)
            .select_from(u.outerjoin(c, c.c.unit_code == u.c.code)).where(u.c.code.in_(device.scope))).all():
        rows[code] = {"name": name, "parent_code": parent}
        if version is not None:
            counters[code] = (version, horizon)
    if len(counters) < len(device.scope):
        counters.update({r[0]: (r[1], r[2]) for r in conn.execute(
            select(c.c.unit_code, c.c.version, c.c.tombstone_horizon)
            .where(c.c.unit_code.in_([x for x in device.scope if x not in counters]))).all()})
    scope = []
    for code in device.scope:
        r = rows.get(code)
        v, h = counters.get(code, (0, 0))
        scope.append(UnitState(code=code, name=(r["name"] if r else ""), level="province" if len(code) == 2 else "commune",
                               parent_code=(r["parent_code"] if r else None), version=v, tombstone_horizon=h))
    return ServerMeta(protocol=PROTOCOL_VERSION, server_epoch=_epoch(conn, device),
                      server_time_ms=clock.now_ms(), device_id=device.id, role=device.role,
                      unit_code=device.unit_code, acked_seq=device.last_applied_seq, scope=scope,
                      clock_max_ahead_ms=clock.max_ahead_ms(),
                      province_units=moves.province_units(conn, device))


_NOT_IN_NAMES_RE = re.compile(r'[,;:"\\]')


def _key(names: str, keys: dict[str, int]) -> int:
    n = keys.get(names)
    if n is None:
        n = keys[names] = len(keys)
    return n


def _short_hlcs(field_hlc: str, updated_hlc: str, keys: dict[str, int]) -> str | None:
    """`field_hlc` in the short form of protocol.RowState, or None when it must go as it is.

    The usual row (written once: every field at `updated_hlc`) is recognised on the text alone:
    the stored map is canonical JSON of field names ([a-z0-9_]) and HLCs, so
    `{"a":"H","b":"H"}` names "a,b" exactly when the replace below leaves `{"a,b":"H"}`. Other
    rows are grouped by HLC ("=0;3:<hlc>"), when the canonical text of what the groups say is
    exactly the stored text."""
    tail = '":"' + updated_hlc + '"}'
    if field_hlc.startswith('{"') and field_hlc.endswith(tail):
        names = field_hlc[2:-len(tail)].replace('":"' + updated_hlc + '","', ",")
        if '"' not in names:
            return "=%d" % _key(names, keys)
    try:
        hlcs = orjson.loads(field_hlc)
    except ValueError:
        return None
    if not isinstance(hlcs, dict) or not hlcs:
        return None
    names, stamps = list(hlcs), list(hlcs.values())
    if not all(type(h) is str and h for h in stamps) or _NOT_IN_NAMES_RE.search("".join(names)) \
            or _NOT_IN_NAMES_RE.search("".join(stamps)):
        return None
    # Canonical text (what the client rebuilds): names in order, no space, no escape — an
    # escape or a space makes the text longer than `{"name":"hlc",…}` of the values it holds.
    if names != sorted(names) or len(field_hlc) != 1 + sum(map(len, names)) + sum(map(len, stamps)) + 6 * len(names):
        return None
    groups: dict[str, list[str]] = {}
    for name, h in hlcs.items():
        groups.setdefault(h, []).append(name)
    return "=" + ";".join(str(_key(",".join(names), keys)) if h == updated_hlc
                          else "%d:%s" % (_key(",".join(names), keys), h) for h, names in groups.items())


class ShortHlcs:
    """_short_hlcs over the rows of a page (its `keys`), faster on the usual row: a table's rows
    are mostly stamped whole (every field at `updated_hlc`) on the same fields, and such a
    row's text is HLC.join(the pieces around the HLC in the last one) — a join and a compare
    instead of _short_hlcs' slice, replace and scans."""

    def __init__(self) -> None:
        self.keys: dict[str, int] = {}
        self._wholes: dict[str, tuple[list[str], str]] = {}  # table -> (pieces, short form)

    def __call__(self, table: str, field_hlc: str, updated_hlc: str) -> str | None:
        whole = self._wholes.get(table)
        # (an HLC without quotes and backslashes: the text is then the one _short_hlcs reads
        # as whole on those names — they hold no quote, its replace finds the separators only)
        if whole is not None and updated_hlc.join(whole[0]) == field_hlc and '"' not in updated_hlc \
                and "\\" not in updated_hlc:
            return whole[1]
        short = _short_hlcs(field_hlc, updated_hlc, self.keys)
        if short is not None and short[1:].isdigit():
            n = int(short[1:])
            names = next(k for k, i in self.keys.items() if i == n).split(",")
            self._wholes[table] = (['{"' + names[0] + '":"', *('","' + name + '":"' for name in names[1:]), '"}'],
                                   short)
        return short


def _changed_fields(data: bytes, field_ver: str, after: int) -> tuple[bytes, int] | None:
    """The `fields` text of a row with only the fields changed after version `after` (its
    per-field versions, Record.field_ver), and the highest version among the fields left out
    (the device must hold the row at that version or later), or None when the row goes whole."""
    try:
        vers = orjson.loads(field_ver)
    except ValueError:
        return None
    if not isinstance(vers, dict):
        return None
    whole = vers.get(WHOLE, 0)
    if not isinstance(whole, int) or whole > after:
        return None
    values = orjson.loads(data)
    if not isinstance(values, dict):
        return None
    kept, base = {}, 0
    for k, v in values.items():
        ver = vers.get(k)
        if isinstance(ver, int) and ver <= after:  # (a field the map does not name goes)
            base = max(base, ver)
        else:
            kept[k] = v
    if len(kept) == len(values):
        return None
    return orjson.dumps(kept), base


class PageBody(NamedTuple):
    body: bytes  # the page's JSON, UTF-8
    upto: int  # the page's last version: what it told the device about (seen.note)


# A row of a page: its head and tail are short ASCII-ish text made here, its `fields` the stored
# JSON as the database's bytes (a 10,000-row page is 12 MB: as text, its decode, join and
# re-encode cost the server as much as the query; as bytes, one join)
_HEAD = '{"table":"%s","id":"%s","unit_code":"%s","version":%d,"deleted":%s,"fields":'
_PART_HEAD = '{"table":"%s","id":"%s","unit_code":"%s","version":%d,"deleted":false,"partial":true,"base":%d,"fields":'
_TAIL = ',"field_hlc":%s,"updated_hlc":%s,"updated_by":%s},'
_ECHO = ('{"table":"%s","id":"%s","unit_code":"%s","version":%d,"deleted":false,"echo":true,'
         '"updated_hlc":%s,"updated_by":%s},')


def pull_page_json(conn: Connection, device: DeviceCtx, unit: str, after: int, limit: int,
                   short_hlcs: bool = False, echo: bool = False, delta: bool = False) -> PageBody:
    """One page (protocol.PullPage) as JSON (UTF-8 bytes). `short_hlcs`: field_hlc in the short
    form where it can be; `echo`: rows this device's push left as it holds them
    (Record.echo_of) go as echoes, their new version only; `delta` (with `after` > 0): a live
    row carries only the fields changed after `after` (RowState.partial), with the version the
    asking device must hold it at to have the rest (`base`; it checks, and asks again without
    `delta`)."""
    _require_scope(device, unit)
    limit = max(1, min(limit, MAX_PULL_LIMIT))
    cap, horizon = _counter(conn, unit)  # first: see the module docstring
    # The driver's cursor straight: a first pull reads 100k rows, and SQLAlchemy's result rows
    # cost as much as the query. Columns: table, id, unit, version, deleted, data (as bytes),
    # field_hlc, updated_hlc, updated_by, echo_of, field_ver.
    delta = delta and after > 0
    pg = conn.dialect.paramstyle == "pyformat"
    # field_ver only when the page may carry partial rows (a first pull needs none of it)
    cols = ("table_name, row_id, unit_code, version, deleted, "
            + ("convert_to(data, 'UTF8')" if pg else "CAST(data AS BLOB)")
            + ", field_hlc, updated_hlc, updated_by, echo_of" + (", field_ver" if delta else ", NULL"))
    rows = conn.exec_driver_sql(
        f"SELECT {cols} "
        "FROM record WHERE unit_code = %(u)s AND version > %(a)s AND version <= %(c)s ORDER BY version LIMIT %(n)s"
        if pg else
        f"SELECT {cols} "
        "FROM record WHERE unit_code = ? AND version > ? AND version <= ? ORDER BY version LIMIT ?",
        {"u": unit, "a": after, "c": cap, "n": limit} if pg else (unit, after, cap, limit)).fetchall()
    upto, has_more = cap, False
    if len(rows) == limit:
        upto, has_more = rows[-1][3], rows[-1][3] < cap
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
    if rows and rows[-1][3] > upto:
        rows = [r for r in rows if r[3] <= upto]
    moved = [r for r in moved if r.version <= upto]
    conflicts = [c for c in conflicts if c["version"] <= upto]
    d = _dumps
    mine = device.id if echo else None
    shorten = ShortHlcs()
    head = {"unit": unit, "after": after, "upto": upto, "has_more": has_more,
            "server_epoch": _epoch(conn, device), "tombstone_horizon": horizon,
            "moved": [{"table": r.table_name, "id": r.row_id, "to_unit": r.to_unit, "version": r.version}
                      for r in moved],
            "conflicts": [c.model_dump(mode="json") for c in _conflict_models([dict(c) for c in conflicts])]}
    parts: list[bytes] = []
    add = parts.append
    for table, row_id, unit_code, version, deleted, data, field_hlc, updated_hlc, updated_by, echo_of, vers in rows:
        # table, id and unit are plain ASCII by construction (checked at push): no escaping
        if mine is not None and echo_of == mine and not deleted:
            add((_ECHO % (table, row_id, unit_code, version, d(updated_hlc), d(updated_by))).encode())
            continue
        data = bytes(data)  # (psycopg gives bytea as bytes; a memoryview from another driver)
        short = shorten(table, field_hlc, updated_hlc) if short_hlcs else None
        hlcs = '"%s"' % short if short else d(field_hlc)
        some = _changed_fields(data, vers, after) if vers is not None and not deleted else None
        if some is not None:
            add((_PART_HEAD % (table, row_id, unit_code, version, some[1])).encode())
            add(some[0])
        else:
            add((_HEAD % (table, row_id, unit_code, version, "true" if deleted else "false")).encode())
            add(data)
        add((_TAIL % (hlcs, d(updated_hlc), d(updated_by))).encode())
    if shorten.keys:
        head["hlc_keys"] = list(shorten.keys)
    if parts:
        parts[-1] = parts[-1][:-1]  # the last row's comma
    return PageBody(b"".join((d(head)[:-1].encode(), b',"rows":[', *parts, b"]}")), upto)


def check(conn: Connection, device: DeviceCtx, unit: str, upto: int, full: bool = False,
          content: bool = False) -> UnitCheck:
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
    update: dict[str, Any] = {"counts": counts, "full_digest": check_digest(items)}
    if content:
        update["content_digest"] = _content_digest(conn, unit, upto, horizon)
    return quick.model_copy(update=update)


def _content_digest(conn: Connection, unit: str, upto: int, horizon: int) -> str:
    """XOR of protocol.content_hash over the rows `check(full)` lists: computed on demand (a
    digest mismatch, a recovery, a laptop's periodic content check), never kept."""
    x = 0
    for table, row_id, version, deleted, data in conn.exec_driver_sql(
            "SELECT table_name, row_id, version, deleted, data FROM record WHERE unit_code = "
            + ("?" if conn.dialect.paramstyle == "qmark" else "%s") + " AND version <= "
            + ("?" if conn.dialect.paramstyle == "qmark" else "%s"), (unit, upto)):
        if deleted and version <= horizon:
            continue
        x ^= content_hash(table, row_id, int(version), bool(deleted), json.loads(data))
    return digest_hex(x)


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
