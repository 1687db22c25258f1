"""The unit of work under every write: one SQLite transaction that writes the domain rows, the
sync outbox and the audit chain together (DESIGN §2–4), or nothing at all."""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import operator
from typing import TYPE_CHECKING, Any, Iterable, Sequence

from sqlalchemy import Connection, insert, select, update

from desktop_app.core.domain import opsig
from desktop_app.core.domain.records import DERIVED_FIELDS
from desktop_app.core.domain.sealed import SEALED_FIELDS
from desktop_app.core.ids import uuid7
from desktop_app.core.store.auditchain import GENESIS_HASH as GENESIS_HASH  # re-exported
from desktop_app.core.store.auditchain import audit_hash as audit_hash
from desktop_app.core.store.auditchain import canonical as canonical
from desktop_app.core.store.auditchain import jsonable as jsonable
from desktop_app.core.store.sealing import is_sealed
from desktop_app.core.store.sealing import sign as _sign
from desktop_app.core.store.sealing import verify as _verify
from desktop_app.core.store.tables import (
    SCHEMA_VERSION,
    SYNC_COLUMNS,
    UNIFORM_HLC,
    SyncColumns,
    business_defaults,
    business_fields,
    field_hlc_map,
    is_uniform,
)

if TYPE_CHECKING:
    from desktop_app.core.services.workspace import Workspace

SYNC_BOOKKEEPING = SYNC_COLUMNS
_BOOKKEEPING = frozenset(SYNC_COLUMNS)


def _with_defaults(table: str, business: dict[str, Any]) -> dict[str, Any]:
    """A new row's fields, each one named: the ones it does not set take their defaults, so the
    row, its outbox entry and every replica stamp the same fields (and the row can store the
    short `UNIFORM_HLC` form)."""
    if len(business) < len(business_fields(table)):
        business = {**business_defaults(table), **business}  # the same fields and values, in one merge
    return business


# The bookkeeping statements every write transaction runs, sent to the driver as they are: they
# have fixed shapes and plain text/int values, so SQLAlchemy's per-statement work (cache key,
# parameter processing, result set-up, events) is pure overhead on the hot path of single
# writes. They run on the DBAPI cursor of the transaction's own connection (Tx.cur), inside the
# transaction SQLAlchemy began; a driver error still reaches Workspace._write, which turns disk
# failures into StoreError by their message.
# The outbox sequence, the audit chain's last link and the signed-in author's op chain head
# (domain/opsig.py), read once per transaction in one statement.
_SQL_HEADS = ("SELECT (SELECT value FROM sync_meta WHERE key = 'device_seq'), "
              "(SELECT seq FROM audit_log ORDER BY seq DESC LIMIT 1), "
              "(SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), "
              "(SELECT value FROM sync_meta WHERE key = ?)")
_SQL_OUTBOX = ("INSERT INTO sync_outbox (op_id, device_seq, table_name, row_id, unit_code, op, "
               "changed_fields, field_hlcs, base_version, schema_version, author) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
_SQL_SEAL = "UPDATE sync_outbox SET author_seal = ? WHERE device_seq = ?"
_SQL_AUDIT = ("INSERT INTO audit_log (seq, at, username, action, entity, entity_id, person_id, detail, "
              "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
_SQL_META = "INSERT INTO sync_meta(key, value) VALUES {rows} ON CONFLICT(key) DO UPDATE SET value = excluded.value"

# INSERT statements compiled once per (dialect, table, columns): see Tx._executemany.
_INSERTS: dict[tuple[str, str, tuple[str, ...]], tuple[str, list[str], list[Any], dict[str, Any]] | None] = {}

# Rows per INSERT statement in bulk writes, and SQLite's limit on a statement's parameters.
_ROWS_PER_INSERT = 500
_MAX_VARIABLES = 32766


@functools.lru_cache(maxsize=64)
def _multi_row(sql: str, rows: int) -> str:
    """`INSERT … VALUES (?, …)` for `rows` rows in one statement."""
    head, sep, values = sql.partition(" VALUES ")
    assert sep, sql
    return head + sep + ", ".join([values] * rows)


_HLC_SLOT = "@@hlc@@"
_AS_IS = frozenset({str, int, bool})  # what `jsonable` gives back unchanged


class _Deferred:
    """`Tx.cur` while the transaction's statements are deferred (`Batch.write_later`): each
    statement is kept, in order, for the batch's writer thread. A statement whose answer is
    needed cannot wait: reading one fails loudly instead of running out of order."""

    def __init__(self, statements: list[tuple[str, Any]]):
        self.statements = statements

    def execute(self, sql: str, params: Any = ()) -> "_Deferred":
        self.statements.append((sql, params))
        return self

    def fetchone(self) -> Any:
        raise RuntimeError("a deferred write cannot read")

    fetchall = fetchone


class Tx:
    """A write transaction bound to the acting user. Use through `Workspace._write()`."""

    def __init__(self, ws: "Workspace", conn: Connection):
        self.ws = ws
        self._conn = conn
        self._seq: int | None = None
        self._last_hash: tuple[int, str] | None = None
        self._heads: tuple[int, tuple[int, str], str] | None = None
        self._hlc_used = False
        self._cur: Any = None
        self._later: list[tuple[str, Any]] | None = None  # statements kept for later (see _Deferred)
        # The signed group being written (device_seq, op hash), and the author's chain head
        # after this transaction's last sealed group (None: none sealed yet). Tuples: a batch's
        # savepoint restores this object's attributes by a shallow copy.
        self._group: tuple[tuple[int, bytes], ...] = ()
        self._head: tuple[bytes, str] | None = None

    @property
    def conn(self) -> Connection:
        """The transaction's SQLAlchemy connection; not while its statements are deferred (a
        statement sent now would run before the deferred ones)."""
        if self._later is not None:
            raise RuntimeError("a deferred write runs its statements through Tx.cur only")
        return self._conn

    @property
    def cur(self) -> Any:
        """The DBAPI cursor of this transaction's connection (see _SQL_HEADS above), or, while
        the statements are deferred, what keeps them (_Deferred)."""
        if self._later is not None:
            return _Deferred(self._later)
        return self.driver_cursor()

    def driver_cursor(self) -> Any:
        """The DBAPI cursor itself, deferred or not."""
        if self._cur is None:
            dbapi = self._conn.connection.dbapi_connection
            assert dbapi is not None  # a checked-out connection always has its driver's
            self._cur = dbapi.cursor()
        return self._cur

    def _read_heads(self) -> tuple[int, tuple[int, str], str]:
        if self._heads is None:
            seq, audit_seq, audit_hash, chain = self.driver_cursor().execute(  # a read: runs now, deferred writes or not
                _SQL_HEADS, (opsig.CHAIN_META + self.ws.username,)).fetchone()
            self._heads = (int(seq) if seq is not None else 0,
                           (audit_seq, audit_hash) if audit_seq is not None else (0, GENESIS_HASH),
                           chain or "")
        return self._heads

    # -- the author's signature (issue 16 item 3, domain/opsig.py) ---------------------------
    def _chain_prev(self) -> bytes:
        """The digest the next group chains from: this transaction's last, else the head kept in
        sync_meta if the signed-in account signed it (checked once per session), else a new
        chain. A head nobody signed (an insider wrote a group in this account's name) is not
        extended: what it covers stays outside every signature of this account."""
        if self._head is not None:
            return self._head[0]
        text = self._read_heads()[2]
        if not text:
            return opsig.ZERO_HEAD
        try:
            digest, sig = opsig.decode_head(text)
        except ValueError:
            return opsig.ZERO_HEAD
        if text != self.ws._op_chain_ok:
            if len(digest) != 32 or not _verify(self.ws._keys.sign_pub, sig, opsig.signed_message(digest)):
                return opsig.ZERO_HEAD
            self.ws._op_chain_ok = text
        return digest

    def _add_ops(self, ops: Sequence[tuple[int, bytes]]) -> None:
        """Ops just written to the outbox (device_seq, op hash) join the signed group; a group
        is sealed when it is full (a long import makes several) and at the end (`finish`)."""
        i = 0
        while i < len(ops):
            room = opsig.GROUP_MAX - len(self._group)
            self._group = self._group + tuple(ops[i:i + room])
            i += room
            if len(self._group) >= opsig.GROUP_MAX:
                self._seal()

    def _seal(self) -> None:
        """Signs the group written so far with the signed-in account's key: its last op carries
        the seal (size, previous digest, signature)."""
        group = self._group
        if not group:
            return
        prev = self._chain_prev()
        digest = opsig.group_digest(prev, [h for _, h in group])
        sig = _sign(self.ws._keys.sign, opsig.signed_message(digest))
        self.cur.execute(_SQL_SEAL, (opsig.encode_seal(len(group), prev, sig, digest), group[-1][0]))
        self._head = (digest, opsig.encode_head(digest, sig))
        self._group = ()

    def _op_hash(self, op_id: str, seq: int, table: str, row_id: str, unit_code: str, op: str,
                 base_version: int, fields: str) -> bytes:
        return opsig.op_hash(self.ws.register_id, self.ws.username, op_id, seq, table, row_id, unit_code, op,
                             base_version, SCHEMA_VERSION, fields)

    # -- sync bookkeeping --------------------------------------------------------------------
    def _next_device_seq(self) -> int:
        if self._seq is None:
            self._seq = self._read_heads()[0]
        self._seq += 1
        return self._seq

    def _outbox(self, table: str, row_id: str, unit_code: str, op: str, values: dict[str, Any],
                hlc: str, base_version: int) -> None:
        """One outbox entry: `values` changed at `hlc` (stored short: tables.outbox_hlcs)."""
        encode = canonical  # == canonical({k: jsonable(v) …}): jsonable is its default
        derived = DERIVED_FIELDS.get(table)
        if derived:  # computed on each laptop from the merged row, never synced
            values = {k: v for k, v in values.items() if k not in derived}
            if not values:
                return
        op_id, seq, fields = uuid7(), self._next_device_seq(), encode(values)
        self.cur.execute(_SQL_OUTBOX, (
            op_id, seq, table, row_id, unit_code, op, fields, UNIFORM_HLC + hlc, base_version, SCHEMA_VERSION,
            self.ws.username))
        self._add_ops(((seq, self._op_hash(op_id, seq, table, row_id, unit_code, op, base_version, fields)),))

    def _hlc(self) -> str:
        self._hlc_used = True
        return self.ws._clock.now()

    def finish(self) -> None:
        """Persist the counters this transaction advanced (called just before commit)."""
        meta = []
        self._seal()
        if self._head is not None:
            meta.append((opsig.CHAIN_META + self.ws.username, self._head[1]))
            self.ws._op_chain_ok = self._head[1]
        if self._seq is not None:
            meta.append(("device_seq", str(self._seq)))
        if self._hlc_used:
            meta.append(("hlc_last", self.ws._clock.last))
        if meta:  # one statement for both counters
            self.cur.execute(_SQL_META.format(rows=", ".join(["(?, ?)"] * len(meta))),
                             tuple(x for kv in meta for x in kv))

    # -- domain rows -------------------------------------------------------------------------
    def insert(self, model: type[SyncColumns], values: dict[str, Any], *, unit_code: str,
               person_id: str | None = None, audit: bool = True, row_id: str | None = None) -> str:
        row_id = row_id or uuid7()
        hlc = self._hlc()
        table: str = model.__tablename__  # type: ignore[assignment]  # a str on every table here
        business = _with_defaults(table, {k: v for k, v in values.items() if k not in SYNC_BOOKKEEPING})
        if table in SEALED_FIELDS:  # sealed before anything is written (services/sensitive.py)
            business = self.ws.sensitive.seal_row(table, business, unit_code)
        row = {
            **business,
            "id": row_id,
            "unit_code": unit_code,
            "version": 0,
            "updated_hlc": hlc,
            "field_hlc": UNIFORM_HLC if is_uniform(table, business.keys())
            else canonical(dict.fromkeys(business, hlc)),
            "deleted": False,
            "updated_by": self.ws.username,
        }
        self._executemany(model.__table__, [row])  # type: ignore[attr-defined]
        self._outbox(table, row_id, unit_code, "insert", business, hlc, 0)
        if audit:
            self.audit("create", table, row_id, person_id,
                       {"fields": {k: jsonable(v) for k, v in business.items() if v not in ("", None)}})
        return row_id

    def insert_many(self, model: type[SyncColumns], rows: Sequence[dict[str, Any]], *,
                    unit_code: str | Sequence[str], ids: Sequence[str | None] | None = None,
                    audit: bool = True, audit_each: Sequence[str | None] | None = None) -> list[str]:
        """Bulk form of `insert` for demo data and imports: every row still gets its sync
        columns and its outbox entry in this transaction, but through `executemany`, and the
        audit chain gets ONE "bulk_create" row for the whole batch (table, count, units) instead
        of one row per record — or, with `audit_each` (each row's person id), the very "create"
        row `insert` writes for each record, in one `executemany` too. `unit_code` is one code
        for all rows or one per row; `ids` (or an "id" key in a row) fixes the row ids, so
        callers can refer to rows before they are written. Rows need not all have the same
        keys. Returns the ids in row order."""
        n = len(rows)
        if n == 0:
            return []
        units = [unit_code] * n if isinstance(unit_code, str) else list(unit_code)
        if len(units) != n or (ids is not None and len(ids) != n) or (audit_each is not None and len(audit_each) != n):
            raise ValueError("insert_many: unit_code/ids/audit_each must match the rows one to one")
        creates: list[tuple[str, str, str, str | None, dict[str, Any]]] = []
        table: str = model.__tablename__  # type: ignore[assignment]  # a str on every table here
        user = self.ws.username
        out_ids: list[str] = []
        # rows keyed by their fields in order (rows built alike have them in the same order)
        groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
        outbox: list[tuple[Any, ...]] = []
        hashes: list[tuple[int, bytes]] = []
        unit_counts: dict[str, int] = {}
        # {field: hlc} is the same document for every row with the same fields but the stamp:
        # encode it once per field set and put each row's stamp in (an HLC needs no escaping).
        hlc_templates: dict[tuple[str, ...], str] = {}
        uniform: dict[tuple[str, ...], bool] = {}  # the row may store UNIFORM_HLC
        encode = canonical
        derived = DERIVED_FIELDS.get(table, frozenset())
        sealed_table = table in SEALED_FIELDS
        for i, values in enumerate(rows):
            row_id = (ids[i] if ids is not None else None) or values.get("id") or uuid7()
            hlc = self._hlc()
            # (never changed below: a row without sync columns is used as it is)
            business = _with_defaults(table, values if _BOOKKEEPING.isdisjoint(values)
                                      else {k: v for k, v in values.items() if k not in _BOOKKEEPING})
            fields = tuple(business)
            template = hlc_templates.get(fields)
            if template is None:
                template = hlc_templates[fields] = canonical({k: _HLC_SLOT for k in business})
                uniform[fields] = is_uniform(table, fields)
            unit = units[i]
            if sealed_table:
                business = self.ws.sensitive.seal_row(table, business, unit)
            if derived:  # the synced fields: all but the derived ones (a copy: cheaper than a filter)
                synced = business.copy()
                for k in derived:
                    synced.pop(k, None)
            else:
                synced = business
            row = {**business, "id": row_id, "unit_code": unit, "version": 0, "updated_hlc": hlc,
                   "field_hlc": UNIFORM_HLC if uniform[fields] else template.replace(_HLC_SLOT, hlc),
                   "deleted": False, "updated_by": user}
            # executemany compiles one statement from the first row's keys: group by key set
            # (the row's keys are its business fields and the same sync columns)
            group = groups.get(fields)
            if group is None:
                group = groups[fields] = []
            group.append(row)
            # the outbox row as _SQL_OUTBOX's parameters (its columns have no bind processing)
            op_id, seq, text = uuid7(), self._next_device_seq(), encode(synced)  # == canonical({k: jsonable(v) …})
            outbox.append((op_id, seq, table, row_id, unit, "insert", text, UNIFORM_HLC + hlc, 0, SCHEMA_VERSION,
                           user))
            hashes.append((seq, self._op_hash(op_id, seq, table, row_id, unit, "insert", 0, text)))
            unit_counts[unit] = unit_counts.get(unit, 0) + 1
            out_ids.append(row_id)
            if audit_each is not None:
                creates.append(("create", table, row_id, audit_each[i], {"fields": {
                    k: v if type(v) in _AS_IS else jsonable(v) for k, v in business.items() if v not in ("", None)}}))
        for group in groups.values():
            self._executemany(model.__table__, group)  # type: ignore[attr-defined]
        self._insert_rows(_SQL_OUTBOX, outbox)
        self._add_ops(hashes)
        if audit_each is not None:
            self.audit_many(creates)
        elif audit:
            self.audit("bulk_create", table, out_ids[0], None,
                       {"table": table, "count": n, "units": unit_counts,
                        "first_id": out_ids[0], "last_id": out_ids[-1]})
        return out_ids

    def _executemany(self, table: Any, rows: list[dict[str, Any]]) -> None:
        """INSERT rows that all have the same keys, as one `executemany` of plain tuples. The
        statement is compiled by SQLAlchemy and the values go through each column type's own bind
        processor, with the columns' scalar Python defaults for missing keys: the same row as
        `conn.execute(insert(table), rows)` writes, without its per-row overhead. Falls back to
        that when a missing column has a non-scalar default."""
        dialect = self._conn.dialect
        cache_key = (dialect.name, table.name, tuple(rows[0]))
        if cache_key not in _INSERTS:
            _INSERTS[cache_key] = self._compile_insert(table, list(rows[0]))
        plan = _INSERTS[cache_key]
        if plan is None:
            self.conn.execute(insert(table), rows)
            return
        sql, order, procs, default_values = plan
        params: list[Any]
        if not default_values:  # every column named by the rows: picked at C speed
            get = operator.itemgetter(*order)
            params = list(map(get, rows)) if len(order) > 1 else [(get(r),) for r in rows]
            converted = [(i, proc) for i, proc in enumerate(procs) if proc is not None]
            if converted:
                for k, vals in enumerate(params):
                    vals = list(vals)
                    for i, proc in converted:
                        if vals[i] is not None:
                            vals[i] = proc(vals[i])
                    params[k] = vals
        else:
            params = []
            for r in rows:
                vals = []
                for n, proc in zip(order, procs):
                    v = r[n] if n in r else default_values[n]
                    vals.append(proc(v) if proc is not None and v is not None else v)
                params.append(tuple(vals))
        self._insert_rows(sql, params)

    def _insert_rows(self, sql: str, params: Sequence[Sequence[Any]]) -> None:
        """Runs `INSERT … VALUES (?, …)` for every parameter row: many rows per statement
        (`VALUES (…), (…), …`), not one statement per row as `executemany` runs. Each statement
        opens a statement journal, and the full-text index (person_fts, filled by a trigger)
        writes its pending terms out at every one."""
        if len(params) == 1:
            self.cur.execute(sql, params[0])
            return
        per = max(1, min(_ROWS_PER_INSERT, _MAX_VARIABLES // len(params[0])))
        for i in range(0, len(params), per):
            chunk = params[i:i + per]
            self.cur.execute(_multi_row(sql, len(chunk)), list(itertools.chain.from_iterable(chunk)))

    def _compile_insert(self, table: Any, keys: list[str]
                        ) -> tuple[str, list[str], list[Any], dict[str, Any]] | None:
        """(sql, column order, bind processors, defaults of the missing columns), or None when
        a missing column has a default only SQLAlchemy can compute."""
        dialect = self._conn.dialect
        defaults: dict[str, Any] = {}
        for col in table.c:
            if col.key in keys or col.default is None:
                continue
            if not col.default.is_scalar:
                return None
            defaults[col.key] = col.default.arg
        names = keys + list(defaults)
        compiled = insert(table).compile(dialect=dialect, column_keys=names)
        order = list(compiled.positiontup or ())
        if sorted(order) != sorted(names):
            return None
        procs = [table.c[n].type.bind_processor(dialect) for n in order]
        return str(compiled), order, procs, {n: defaults[n] for n in order if n in defaults}

    def update(self, model: type[SyncColumns], row_id: str, changes: dict[str, Any], *,
               person_id: str | None = None, audit: bool = True, audit_extra: dict[str, Any] | None = None
               ) -> dict[str, tuple[Any, Any]]:
        """Writes only the fields whose value differs; returns {field: (old, new)}."""
        table = model.__table__  # type: ignore[attr-defined]
        current = self.conn.execute(select(table).where(table.c.id == row_id)).mappings().first()
        if current is None:
            from desktop_app.core.errors import NotFound

            raise NotFound(table.name, row_id)
        if table.name in SEALED_FIELDS:
            changes = self._sealed_changes(table.name, current, changes)
        diff = {k: (current[k], v) for k, v in changes.items()
                if k not in SYNC_BOOKKEEPING and current[k] != v}
        if not diff:
            return {}
        hlc = self._hlc()
        field_hlc = field_hlc_map(table.name, current["field_hlc"], current["updated_hlc"])
        field_hlc.update({k: hlc for k in diff})
        self.conn.execute(
            update(table).where(table.c.id == row_id).values(
                **{k: new for k, (_, new) in diff.items()},
                updated_hlc=hlc, field_hlc=canonical(field_hlc), updated_by=self.ws.username,
            )
        )
        self._outbox(table.name, row_id, current["unit_code"], "update",
                     {k: new for k, (_, new) in diff.items()}, hlc, current["version"])
        if audit:
            detail = {"changes": {k: [jsonable(o), jsonable(n)] for k, (o, n) in diff.items()}}
            if audit_extra:
                detail.update(audit_extra)
            self.audit("edit", table.name, row_id, person_id, detail)
        return diff

    def _sealed_changes(self, table: str, current: Any, changes: dict[str, Any]) -> dict[str, Any]:
        """`changes` with the plaintext of sealed fields sealed, and without those whose
        plaintext is what the row already holds (a new seal of the same value is no edit)."""
        sensitive = self.ws.sensitive
        plain = {k: v for k, v in changes.items() if k in SEALED_FIELDS[table] and isinstance(v, str)
                 and not is_sealed(v)}
        if not plain:
            return changes
        out = dict(changes)
        for k, v in plain.items():
            if sensitive.open(table, k, current[k]) == v:
                del out[k]
        sealed = sensitive.seal_row(table, {k: out[k] for k in plain if k in out}, current["unit_code"])
        out.update(sealed)
        return out

    def delete(self, model: type[SyncColumns], row_id: str, *, person_id: str | None = None,
               blank: Iterable[str] = (), detail: dict[str, Any] | None = None) -> None:
        """A tombstone, so the deletion syncs; `blank` fields are emptied (e.g. search text);
        `detail` goes into the audit row (e.g. what the removed record said)."""
        table = model.__table__  # type: ignore[attr-defined]
        current = self.conn.execute(select(table.c.unit_code, table.c.version, table.c.field_hlc,
                                           table.c.updated_hlc).where(table.c.id == row_id)).first()
        if current is None:
            from desktop_app.core.errors import NotFound

            raise NotFound(table.name, row_id)
        hlc = self._hlc()
        field_hlc = field_hlc_map(table.name, current.field_hlc, current.updated_hlc)
        field_hlc["deleted"] = hlc
        values = {"deleted": True, **{b: "" for b in blank}}
        self.conn.execute(update(table).where(table.c.id == row_id).values(
            **values, updated_hlc=hlc, field_hlc=canonical(field_hlc), updated_by=self.ws.username))
        self._outbox(table.name, row_id, current.unit_code, "delete",
                     {"deleted": True}, hlc, current.version)
        self.audit("delete", table.name, row_id, person_id, detail or {})

    # -- audit chain -------------------------------------------------------------------------
    def audit_many(self, entries: Sequence[tuple[str, str, str, str | None, dict[str, Any]]]) -> None:
        """`audit(action, entity, entity_id, person_id, detail)` for each entry, in order: the
        same rows and chain links, written with one `executemany`."""
        if not entries:
            return
        if self._last_hash is None:
            self._last_hash = self._read_heads()[1]
        seq, prev_hash = self._last_hash
        at = dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")
        user = self.ws.username
        params = []
        for action, entity, entity_id, person_id, detail in entries:
            seq += 1
            detail_s = canonical(detail)
            h = audit_hash(prev_hash, seq, at, user, action, entity, entity_id, person_id, detail_s)
            params.append((seq, at, user, action, entity, entity_id, person_id, detail_s, prev_hash, h))
            prev_hash = h
        self._insert_rows(_SQL_AUDIT, params)
        self._last_hash = (seq, prev_hash)

    def audit(self, action: str, entity: str = "", entity_id: str = "", person_id: str | None = None,
              detail: dict[str, Any] | None = None, *, username: str | None = None,
              at: str | None = None) -> None:
        if self._last_hash is None:
            self._last_hash = self._read_heads()[1]
        prev_seq, prev_hash = self._last_hash
        seq = prev_seq + 1
        at = at or dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")
        user = self.ws.username if username is None else username
        detail_s = canonical(detail or {})
        h = audit_hash(prev_hash, seq, at, user, action, entity, entity_id, person_id, detail_s)
        self.cur.execute(_SQL_AUDIT, (seq, at, user, action, entity, entity_id, person_id,
                                      detail_s, prev_hash, h))
        self._last_hash = (seq, h)
