"""Applying what the server sent to the local register, inside the caller's transaction.

Rules (DESIGN §4):
- a pulled row replaces the local one field by field, except a field that has an unsent local
  change (in the outbox) with a newer HLC: that one stays until it is pushed and merged;
- a tombstone from the server wins (a delete beats a concurrent edit);
- pulled changes never create outbox rows and never write the audit chain row by row;
- a row that moved to a unit outside this device's scope is removed here (it is no longer ours);
- conflicts are kept in sync_meta ("conflict:<id>") for a person to confirm or swap.

Values arrive as JSON scalars; SQLite stores dates as ISO text and booleans as 0/1, which is
what SQLAlchemy reads back, so rows go in through the driver's executemany without conversion.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from hashlib import sha256 as _sha256
from operator import itemgetter
from typing import TYPE_CHECKING, Any, Callable, Iterable

import orjson
from sqlalchemy import Connection

from desktop_app.core.domain.records import DERIVED_FIELDS
from desktop_app.core.domain.sealed import SEALED_FIELDS, SEALED_PREFIX
from desktop_app.core.store.tables import (
    SYNC_COLUMNS,
    SYNCED_TABLES,
    UNIFORM_HLC,
    SyncOutbox,
    business_defaults,
    business_fields,
    field_hlc_map,
    is_uniform,
    outbox_hlcs,
)
from desktop_app.core.sync.derived import (
    PERSON_DERIVED,
    has_live_documents,
    person_derived,
    person_derived_values,
    refresh_person_search,
)
from desktop_app.core.sync.protocol import entry_hash, expand_hlcs

if TYPE_CHECKING:
    from desktop_app.core.sync.prepared import PreparedPage, PreparedTable

BOOKKEEPING = SYNC_COLUMNS
_CHUNK = 500
_ENC = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))
_dumps = orjson.dumps


# Derived columns (protocol.DERIVED_FIELDS), computed here from the merged row: table ->
# f(values, deleted) -> {column: value}
DERIVE: dict[str, Callable[[dict[str, Any], bool], dict[str, Any]]] = {"person": person_derived}
# The same as a tuple, in the order of DERIVED_COLUMNS (the insert fast path: no dict per row)
DERIVE_VALUES: dict[str, Callable[[dict[str, Any], bool], tuple[Any, ...]]] = {"person": person_derived_values}
DERIVED_COLUMNS: dict[str, tuple[str, ...]] = {"person": PERSON_DERIVED}


@dataclass(frozen=True)
class TableShape:
    name: str
    fields: tuple[str, ...]  # business columns, in table order
    defaults: dict[str, Any]
    columns: tuple[str, ...]  # bookkeeping + fields: the order of the update tuples
    insert_columns: tuple[str, ...]  # the order of the insert tuples: bookkeeping, the fields that
    # are not derived, then the derived ones
    insert_sql: str
    getter: Any  # operator.itemgetter of the fields that are not derived, in order (a tuple always)
    derive: Callable[[dict[str, Any], bool], tuple[Any, ...]] | None  # the derived columns' values


def _shape(name: str) -> TableShape:
    fields = business_fields(name)
    derived = DERIVED_COLUMNS.get(name, ())
    assert set(derived) == set(DERIVED_FIELDS.get(name, ())) and all(f in fields for f in derived)
    plain = tuple(f for f in fields if f not in derived)
    columns = BOOKKEEPING + fields
    insert_columns = BOOKKEEPING + plain + derived
    cols_sql = ", ".join(f'"{c}"' for c in insert_columns)
    marks = ", ".join("?" for _ in columns)
    getter = itemgetter(*plain) if len(plain) > 1 else (lambda d, f=plain[0]: (d[f],))
    return TableShape(name, fields, business_defaults(name), columns, insert_columns,
                      f'INSERT INTO "{name}" ({cols_sql}) VALUES ({marks})', getter, DERIVE_VALUES.get(name))


SHAPES: dict[str, TableShape] = {name: _shape(name) for name in SYNCED_TABLES}


@dataclass
class PageStats:
    inserted: int = 0
    updated: int = 0
    kept_local: int = 0  # fields where an unsent local change won
    removed: int = 0  # rows moved out of scope
    conflicts: int = 0
    max_hlc: str = ""
    seen: set[str] = field(default_factory=set)
    # Running digests (protocol.UnitCheck) of the server state pulled so far: unit ->
    # [row count, XOR of entry hashes]. The caller loads and stores them with the cursor.
    digests: dict[str, list[int]] = field(default_factory=dict)
    # Pulling this unit from 0: its digest was reset and holds only the rows received in this
    # pull (`fresh_ids`), whatever else the local tables hold.
    fresh_unit: str | None = None
    fresh_ids: set[str] = field(default_factory=set)
    track_seen: bool = True  # collect `seen` (only a sweep needs it)
    # Called once, as soon as the rows of a bulk insert are written and before the full-text
    # fill and the commit (SQLite work that does not hold the GIL): the caller starts work on
    # another thread that overlaps them. The caller calls it itself if it is still set after.
    early: Callable[[], None] | None = None
    # apply_rows(defer=True): the bulk inserts and the derived columns' refresh wait here for
    # finish_rows (the page's last writes, just before its commit)
    deferred: list[tuple[TableShape, list[tuple[Any, ...]]]] | None = None
    refresh: dict[str, list[dict[str, Any]]] | None = None

    def run_early(self) -> None:
        hook, self.early = self.early, None
        if hook is not None:
            hook()

    def digest_out(self, unit: str, table: str, row_id: str, version: int) -> None:
        if version <= 0 or (unit == self.fresh_unit and row_id not in self.fresh_ids):
            return
        d = self.digests.setdefault(unit, [0, 0])
        d[0] -= 1
        d[1] ^= entry_hash(table, row_id, version)

    def digest_in(self, unit: str, table: str, row_id: str, version: int) -> None:
        d = self.digests.setdefault(unit, [0, 0])
        d[0] += 1
        d[1] ^= entry_hash(table, row_id, version)
        if unit == self.fresh_unit:
            self.fresh_ids.add(row_id)

    def digest_in_units(self, units: dict[str, tuple[int, int, list[str]]]) -> None:
        """`digest_in` of rows summed per unit ahead (PreparedTable.units)."""
        for unit, (count, x, ids) in units.items():
            d = self.digests.setdefault(unit, [0, 0])
            d[0] += count
            d[1] ^= x
            if unit == self.fresh_unit:
                self.fresh_ids.update(ids)

    def digest_in_many(self, table: str, rows: Iterable[dict[str, Any]]) -> None:
        """`digest_in` of many rows (the insert fast path): one lookup per unit, not per row."""
        digests, fresh_unit = self.digests, self.fresh_unit
        d: list[int] = []  # the first row's unit (never None) sets it
        unit_of_d = None
        prefix = table + ":"
        for r in rows:
            unit = r["unit_code"]
            if unit != unit_of_d:
                d = digests.setdefault(unit, [0, 0])
                unit_of_d = unit
            d[0] += 1
            h = r.get("_hash")
            d[1] ^= h if h is not None else int.from_bytes(
                _sha256(f"{prefix}{r['id']}:{r['version']}".encode()).digest()[:16], "big")
            if unit == fresh_unit:
                self.fresh_ids.add(r["id"])


def expand_page_hlcs(page: dict[str, Any]) -> None:
    """Rebuilds, in place, the `field_hlc` text of rows sent in the short form (protocol.RowState,
    PullPage.hlc_keys): `UNIFORM_HLC` for a row whose every field carries its `updated_hlc` (the
    store's own short form), else the long {field: hlc} text."""
    expand_rows_hlcs(page.get("hlc_keys"), page["rows"])


def expand_rows_hlcs(keys: list[str] | None, rows: list[dict[str, Any]]) -> None:
    """expand_page_hlcs of some of a page's rows (`keys`: the page's hlc_keys)."""
    if not keys:
        return
    uniform: dict[tuple[str, str], bool] = {}  # (table, short form) -> the table's every field
    for r in rows:
        fh = r.get("field_hlc")
        if fh and fh[0] == "=":
            key = (r["table"], fh)
            full = uniform.get(key)
            if full is None:
                body = fh[1:]
                # (derived columns are never sent: a row is whole without them)
                full = uniform[key] = (body.isdigit() and r["table"] in SYNCED_TABLES and is_uniform(
                    r["table"], set(keys[int(body)].split(",")) | DERIVED_FIELDS.get(r["table"], frozenset())))
            r["field_hlc"] = UNIFORM_HLC if full else expand_hlcs(fh, r["updated_hlc"], keys)


class EchoMismatch(Exception):
    """An echo (protocol.RowState.echo) of a row this register does not hold as the server
    says, or a partial row (RowState.partial) of a row it does not hold at its `base`: the page must
    be asked for again without echoes and partial rows (nothing of it was written)."""


def pending_fields(conn: Connection, row_ids: Iterable[str]) -> dict[str, dict[str, str]]:
    """{row_id: {field: newest unsent HLC}} from the outbox."""
    out: dict[str, dict[str, str]] = {}
    ids = list(row_ids)
    t = SyncOutbox.__table__  # type: ignore[attr-defined]
    if not ids or conn.exec_driver_sql(f"SELECT 1 FROM {t.name} LIMIT 1").first() is None:
        return out  # (nothing unsent: a first pull)
    for i in range(0, len(ids), _CHUNK):
        chunk = ids[i:i + _CHUNK]
        marks = ",".join("?" for _ in chunk)
        for row_id, hlcs, changed in conn.exec_driver_sql(
                f"SELECT row_id, field_hlcs, changed_fields FROM {t.name} WHERE row_id IN ({marks})",
                tuple(chunk)).fetchall():
            mine = out.setdefault(row_id, {})
            for k, h in outbox_hlcs(hlcs, changed).items():
                if h > mine.get(k, ""):
                    mine[k] = h
            # the unit of a pending op counts as a pending unit_code change only when the op says so
    return out


def apply_rows(conn: Connection, rows: list[dict[str, Any]], stats: PageStats,
               prep: PreparedPage | None = None, *, defer: bool = False) -> None:
    """The rows of a page (`prep`: what prepare_page made of them). `defer`: the bulk inserts
    and the derived columns' refresh wait for finish_rows (the caller's last writes before its
    commit: the work that overlaps them then meets no other write of the page)."""
    if prep is None:
        by_table: dict[str, list[dict[str, Any]]] = {}
        for r in rows:
            by_table.setdefault(r["table"], []).append(r)
        prepared: dict[str, PreparedTable | None] = {name: None for name in by_table if name in SHAPES}
        max_hlc = max((r["updated_hlc"] for r in rows), default="")
        ids = [r["id"] for r in rows]
    else:
        by_table = {name: list(t.latest.values()) for name, t in prep.tables.items()}
        prepared = dict(prep.tables)
        max_hlc, ids = prep.max_hlc, prep.ids
    if max_hlc > stats.max_hlc:
        stats.max_hlc = max_hlc
    if stats.track_seen:
        stats.seen.update(ids)
    by_table = {name: group for name, group in by_table.items() if name in SHAPES}
    if not by_table:
        return
    if defer:
        stats.deferred = []
    pending = pending_fields(conn, ids)
    for name, group in by_table.items():
        _apply_table(conn, SHAPES[name], group, pending, stats, prepared.get(name))
    if defer:
        stats.refresh = by_table
    else:
        _refresh_derived(conn, by_table)
    if any(_plaintext(name, by_table[name]) for name in SEALED_FIELDS if name in by_table):
        # a row the server kept from before sealing (issue 16): sealed at the next login of a
        # chief (services/sensitive.py), who scans for it only when this flag is down
        conn.exec_driver_sql("DELETE FROM sync_meta WHERE key = 'sensitive_swept'")


def finish_rows(conn: Connection, stats: PageStats) -> None:
    """What apply_rows(defer=True) left: the bulk inserts, then the derived columns' refresh."""
    deferred, stats.deferred = stats.deferred, None
    for shape, rows in deferred or ():
        _insert(conn, shape, rows, stats)
    refresh, stats.refresh = stats.refresh, None
    if refresh:
        _refresh_derived(conn, refresh)


def _plaintext(table: str, rows: list[dict[str, Any]]) -> bool:
    """Whether a pulled row holds plaintext in a sealed field (a prefix test, no cryptography)."""
    names = SEALED_FIELDS[table]
    for r in rows:
        fields = r.get("fields")
        if fields:
            for k in names:
                v = fields.get(k)
                if v and type(v) is str and not v.startswith(SEALED_PREFIX):
                    return True
    return False


def _refresh_derived(conn: Connection, by_table: dict[str, list[dict[str, Any]]]) -> None:
    """The search text also names the person's old ID numbers, which other rows hold: once a
    page is applied, persons of the page with live documents, and the persons of documents the
    page changed, get theirs computed again."""
    if by_table.get("person") and has_live_documents(conn):  # (else nothing to add: a first pull)
        persons = [r["id"] for r in by_table["person"] if not r.get("echo")]
        if persons:
            refresh_person_search(conn, persons, only_with_documents=True)
    docs = [r for r in by_table.get("id_document", ()) if not r.get("echo")]
    owners = [r["fields"].get("person_id") for r in docs]
    unnamed = [r["id"] for r in docs if r.get("partial") and "person_id" not in r["fields"]]
    if unnamed:  # partial rows that did not change their owner: the owner held here
        for i in range(0, len(unnamed), _CHUNK):
            chunk = unnamed[i:i + _CHUNK]
            owners += [p for (p,) in conn.exec_driver_sql(
                f"SELECT person_id FROM id_document WHERE id IN ({','.join('?' * len(chunk))})", tuple(chunk))]
    if owners:
        refresh_person_search(conn, [o for o in owners if isinstance(o, str)], only_with_documents=False)


_ECHO_COLUMNS = ("id", "unit_code", "version", "updated_hlc", "deleted", "updated_by")


def _local_rows(conn: Connection, shape: TableShape, ids: list[str],
                columns: tuple[str, ...] | None = None) -> dict[str, dict[str, Any]]:
    local: dict[str, dict[str, Any]] = {}
    columns = columns or shape.columns
    if len(ids) > _CHUNK:  # one query (the ids as a JSON array, each looked up by the primary key)
        cols_sql = ", ".join(f't."{c}"' for c in columns)
        for values in conn.exec_driver_sql(
                f'SELECT {cols_sql} FROM json_each(?) AS j CROSS JOIN "{shape.name}" AS t ON t.id = j.value',
                (_dumps(ids).decode(),)).fetchall():
            local[values[0]] = dict(zip(columns, values))
        return local
    cols_sql = ", ".join(f'"{c}"' for c in columns)
    for i in range(0, len(ids), _CHUNK):
        chunk = ids[i:i + _CHUNK]
        marks = ",".join("?" for _ in chunk)
        cur = conn.exec_driver_sql(f'SELECT {cols_sql} FROM "{shape.name}" WHERE id IN ({marks})', tuple(chunk))
        for values in cur.fetchall():
            local[values[0]] = dict(zip(columns, values))
    return local


def insert_tuple(shape: TableShape, r: dict[str, Any]) -> tuple[Any, ...]:
    """The insert tuple (shape.insert_sql's order: bookkeeping, the fields that are not
    derived, the derived columns) of a pulled row this register does not hold: the fast path
    of a first pull. The server's values go in as they come (JSON scalars: dates as ISO text,
    which is what the store holds; booleans, which SQLite stores as 1/0), fields the row lacks
    get the column defaults; the derived columns are computed from the row (a server's copy of
    them is ignored)."""
    data = r["fields"]
    values: tuple[Any, ...]
    try:
        values = shape.getter(data)
    except KeyError:  # a row that carries only some fields
        values = shape.getter({**shape.defaults, **data})
    deleted = bool(r["deleted"])
    head = (r["id"], r["unit_code"], r["version"], r["updated_hlc"], r["field_hlc"], deleted, r["updated_by"])
    if shape.derive is not None:
        return head + values + shape.derive(data, deleted)
    return head + values


def _apply_table(conn: Connection, shape: TableShape, rows: list[dict[str, Any]],
                 pending: dict[str, dict[str, str]], stats: PageStats, prep: PreparedTable | None = None) -> None:
    # Later duplicates of one id in a page (cannot happen from one unit's page, but a caller may
    # feed several) win: keep the highest version.
    if prep is not None:
        latest = prep.latest
    else:
        latest = {}
        for r in rows:
            cur = latest.get(r["id"])
            if cur is None or r["version"] >= cur["version"]:
                latest[r["id"]] = r
    echoes = [] if prep is not None and not prep.echoes else [r for r in latest.values() if r.get("echo")]
    # echoes alone (this register's own edits coming back) need only what they are checked on
    local = _local_rows(conn, shape, list(latest), _ECHO_COLUMNS if len(echoes) == len(latest) else None)
    name = shape.name
    if prep is None or prep.partial:
        # a partial row carries only the fields changed since the cursor: the others must be
        # held here as they are, i.e. the row at a version no older than their last change
        for row_id, r in latest.items():
            if r.get("partial"):
                loc = local.get(row_id)
                if loc is None or int(loc["version"] or 0) < int(r.get("base") or 0):
                    raise EchoMismatch(row_id)
    if echoes:
        _apply_echoes(conn, shape, echoes, local, pending, stats)
        latest = {k: r for k, r in latest.items() if not r.get("echo")}
        if not latest:
            return
    if not local:
        # Nothing of this page is held here (a first pull): every row is an insert; no merge.
        if prep is not None and prep.inserts is not None:
            inserts: list[tuple[Any, ...]] = prep.inserts
            stats.digest_in_units(prep.units)
        else:
            inserts = [r.get("_insert") or insert_tuple(shape, r) for r in latest.values()]
            stats.digest_in_many(name, latest.values())
        _insert(conn, shape, inserts, stats)
        stats.inserted += len(inserts)
        return
    inserts = []
    new_rows: list[dict[str, Any]] = []
    updates: dict[tuple[str, ...], list[tuple[Any, ...]]] = {}
    fields = shape.fields
    settable = shape.columns[1:]
    for row_id, r in latest.items():
        loc = local.get(row_id)
        if loc is None:
            inserts.append(r.get("_insert") or insert_tuple(shape, r))
            new_rows.append(r)
            continue
        data = r["fields"]
        stats.digest_out(loc["unit_code"], name, row_id, int(loc["version"] or 0))
        stats.digest_in(r["unit_code"], name, row_id, r["version"])
        mine = pending.get(row_id)
        if not mine:
            want = {"unit_code": r["unit_code"], "version": r["version"], "updated_hlc": r["updated_hlc"],
                    "field_hlc": r["field_hlc"], "deleted": bool(r["deleted"]), "updated_by": r["updated_by"]}
            for f in fields:
                want[f] = data[f] if f in data else loc[f]
        else:
            want = _merge_pending(r, loc, mine, fields, stats)
        derive = DERIVE.get(name)
        if derive is not None:
            want.update(derive(want, bool(want["deleted"])))
        # Only the columns that differ: the echo of this register's own push changes the version
        # alone, and an unchanged search_text must not fire the full-text trigger.
        changed = tuple(c for c in settable if want[c] != loc[c])  # True == 1: booleans are 0/1 here
        if changed:
            updates.setdefault(changed, []).append((*(want[c] for c in changed), row_id))
    if inserts:
        stats.digest_in_many(name, new_rows)
        _insert(conn, shape, inserts, stats)
        stats.inserted += len(inserts)
    for cols, params in updates.items():
        sets = ", ".join(f'"{c}" = ?' for c in cols)
        conn.exec_driver_sql(f'UPDATE "{name}" SET {sets} WHERE id = ?', params)
        stats.updated += len(params)


def _apply_echoes(conn: Connection, shape: TableShape, echoes: list[dict[str, Any]],
                  local: dict[str, dict[str, Any]], pending: dict[str, dict[str, str]], stats: PageStats) -> None:
    """Rows this register's own push left as it holds them: only their version changes. Each
    is checked first (held here, in that unit, with that last change, or a newer one still
    unsent); one that is not raises EchoMismatch."""
    params = []
    for r in echoes:
        loc = local.get(r["id"])
        if loc is None or loc["unit_code"] != r["unit_code"] or loc["deleted"]:
            raise EchoMismatch(r["id"])
        mine = pending.get(r["id"])
        if loc["updated_hlc"] != r["updated_hlc"] and not (mine and loc["updated_hlc"] > r["updated_hlc"]):
            raise EchoMismatch(r["id"])
        stats.digest_out(loc["unit_code"], shape.name, r["id"], int(loc["version"] or 0))
        stats.digest_in(r["unit_code"], shape.name, r["id"], r["version"])
        # the server binds `updated_by` to the device it authenticated (sync_server rules.author_of)
        params.append((r["version"], r.get("updated_by") or loc.get("updated_by") or "", r["id"]))
    conn.exec_driver_sql(f'UPDATE "{shape.name}" SET version = ?, updated_by = ? WHERE id = ?', params)
    stats.updated += len(params)


# Rows inserted through the full-text trigger cost four times as much as the insert itself
# (FTS5 with prefix indexes, one row at a time); a first pull inserts tens of thousands.
_BULK_FTS = {"person": ("person_fts_ai", "INSERT INTO person_fts(rowid, search_text) "
                                          "SELECT rowid, search_text FROM person WHERE rowid > ?")}
BULK_FTS_MIN = 200


def _insert(conn: Connection, shape: TableShape, rows: list[tuple[Any, ...]], stats: PageStats | None = None) -> None:
    if stats is not None and stats.deferred is not None:
        stats.deferred.append((shape, rows))
        return
    bulk = _BULK_FTS.get(shape.name)
    trigger_sql = None
    if bulk and len(rows) >= BULK_FTS_MIN:
        trigger_sql = conn.exec_driver_sql("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                                           (bulk[0],)).scalar()
    if bulk is None or not trigger_sql:  # (no trigger_sql without bulk)
        conn.exec_driver_sql(shape.insert_sql, rows)
        return
    # Inside the caller's transaction, so the trigger is back (and the index complete) in the
    # same commit, or neither the rows nor the missing trigger ever existed.
    before = conn.exec_driver_sql(f'SELECT coalesce(max(rowid), 0) FROM "{shape.name}"').scalar_one()
    conn.exec_driver_sql(f'DROP TRIGGER "{bulk[0]}"')
    try:
        conn.exec_driver_sql(shape.insert_sql, rows)
    finally:
        conn.exec_driver_sql(trigger_sql)
    if stats is not None:
        stats.run_early()
    conn.exec_driver_sql(bulk[1], (before,))


def _merge_pending(r: dict[str, Any], loc: dict[str, Any], mine: dict[str, str], fields: tuple[str, ...],
                   stats: PageStats) -> dict[str, Any]:
    """Unsent local changes with a newer HLC stay; everything else comes from the server."""
    data = r["fields"]
    server_hlc = field_hlc_map(r["table"], r["field_hlc"], r["updated_hlc"])
    local_hlc = field_hlc_map(r["table"], loc["field_hlc"], loc["updated_hlc"])
    merged_hlc = dict(server_hlc)
    out: dict[str, Any] = {}
    for f in fields:
        h_local = mine.get(f)
        if h_local and h_local > server_hlc.get(f, ""):
            out[f] = loc[f]
            merged_hlc[f] = local_hlc.get(f, h_local)
            stats.kept_local += 1
        else:
            out[f] = data[f] if f in data else loc[f]
    deleted = bool(r["deleted"])
    if not deleted and mine.get("deleted") and mine["deleted"] > server_hlc.get("deleted", ""):
        deleted = bool(loc["deleted"])
        merged_hlc["deleted"] = mine["deleted"]
    unit = r["unit_code"]
    if mine.get("unit_code") and mine["unit_code"] > server_hlc.get("unit_code", ""):
        unit = loc["unit_code"]
        merged_hlc["unit_code"] = mine["unit_code"]
    updated_hlc = max([r["updated_hlc"], *merged_hlc.values()], default="")
    out.update(unit_code=unit, version=r["version"], updated_hlc=updated_hlc, field_hlc=_ENC.encode(merged_hlc),
               deleted=deleted, updated_by=r["updated_by"] if updated_hlc == r["updated_hlc"] else loc["updated_by"])
    return out


def remove_moved(conn: Connection, moved: list[dict[str, Any]], from_unit: str, scope: set[str],
                 stats: PageStats) -> None:
    """Rows that left `from_unit` for a unit outside this device's scope are removed here (also
    when this device made the move: its row already names the new unit, and its share of the
    running digest is still `from_unit`'s); a row that moved to a unit in scope arrives (or
    arrived) in that unit's pages."""
    for m in moved:
        if m["table"] not in SHAPES:
            continue
        if m["to_unit"] in scope:
            continue  # its entry leaves this unit's digest when the row arrives in the other unit
        row = conn.exec_driver_sql(f'SELECT version FROM "{m["table"]}" WHERE id = ? AND unit_code IN (?, ?)',
                                   (m["id"], from_unit, m["to_unit"])).first()
        if row is None:
            continue
        conn.exec_driver_sql(f'DELETE FROM "{m["table"]}" WHERE id = ?', (m["id"],))
        stats.digest_out(from_unit, m["table"], m["id"], int(row[0] or 0))
        stats.removed += 1


def sweep_unit(conn: Connection, unit: str, seen: set[str], horizon: int | None = None) -> tuple[int, int]:
    """After a full re-pull of `unit` (cursor older than the tombstone horizon, or a restored
    server): rows the server no longer has at all were deleted there and purged; they become
    tombstones here too. Rows never synced (version 0) and rows with unsent changes stay. So do
    rows with a version above the server's tombstone `horizon`: no purge took them, the server
    lost them (restored from an older copy) and must get them again. Returns (tombstoned, lost)."""
    n = lost = 0
    pending = {r for (r,) in conn.exec_driver_sql(f"SELECT DISTINCT row_id FROM {SyncOutbox.__table__.name}")}  # type: ignore[attr-defined]
    for name in SHAPES:
        rows = conn.exec_driver_sql(
            f'SELECT id, version FROM "{name}" WHERE unit_code = ? AND version > 0 AND deleted = 0', (unit,)).all()
        gone = [(i,) for i, v in rows if i not in seen and i not in pending and (horizon is None or v <= horizon)]
        lost += sum(1 for i, v in rows if i not in seen and i not in pending and horizon is not None and v > horizon)
        if gone:
            conn.exec_driver_sql(f'UPDATE "{name}" SET deleted = 1 WHERE id = ?', gone)
            n += len(gone)
    return n, lost


def local_check_items(conn: Connection, unit: str, upto: int, horizon: int
                      ) -> tuple[list[tuple[str, str, int, bool]], dict[str, int]]:
    """The local side of the end-of-sync check (protocol.UnitCheck)."""
    items: list[tuple[str, str, int, bool]] = []
    counts: dict[str, int] = {}
    for name in SHAPES:
        for row_id, version, deleted in conn.exec_driver_sql(
                f'SELECT id, version, deleted FROM "{name}" WHERE unit_code = ? AND version > 0 AND version <= ?',
                (unit, upto)):
            if deleted and version <= horizon:
                continue
            items.append((name, row_id, int(version), bool(deleted)))
            if not deleted:
                counts[name] = counts.get(name, 0) + 1
    return items, counts


def rows_beyond(conn: Connection, unit: str, upto: int) -> int:
    """Rows of `unit` held here with a version the server has not reached (and no unsent
    change): the server lost them (restored from an older copy) and must get them again."""
    ids = [i for name in SHAPES for (i,) in conn.exec_driver_sql(
        f'SELECT id FROM "{name}" WHERE unit_code = ? AND version > ?', (unit, upto))]
    if not ids:
        return 0
    pending = {r for (r,) in conn.exec_driver_sql(
        f"SELECT DISTINCT row_id FROM {SyncOutbox.__table__.name}")}  # type: ignore[attr-defined]
    return sum(1 for i in ids if i not in pending)
