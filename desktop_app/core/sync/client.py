"""The sync client (DESIGN §4): enroll a register with the provincial server, sync it, say
where it stands.

    info = enroll(ws, "https://tinh.example/", "ABCD-EFGH-JKLM")
    report = sync(ws, progress=lambda stage, done, total: ...)
    st = status(ws)

A sync runs the stages of Anki's: meta → push (the outbox, in device_seq order, batch by batch;
each acknowledgement deletes the acknowledged outbox rows in one local transaction) → pull
(each unit in scope, page by page; a page and its new cursor are applied in one local
transaction, so a sync killed at any point resumes where it stopped) → check (per-table counts
and a hash over (id, version) against the server; a mismatch re-pulls the unit, never wipes).

A restored server (a new epoch, or versions/sequence behind what this register saw) is
recovered, not trusted: the register re-sends the state of every row it holds (merged by HLC,
so nothing is applied twice) and re-pulls its units from the start.

Bookkeeping lives in sync_meta: server_url, device_token, server_* (device id, unit, role,
epoch, keys), cursor:<unit>, acked_seq, last_sync, last_sync_error, last_sync_report, and one
row per conflict ("conflict:<id>") and per rejection ("rejection:<op_id>").
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import queue
import re
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from typing import Any, Callable, Iterable, Iterator

import orjson
from pydantic import ValidationError
from sqlalchemy import Connection, text

from desktop_app.core.services import permissions as perm
from desktop_app.core.services.base import Tx, canonical, jsonable
from desktop_app.core.services.changes import Changes
from desktop_app.core.store.blobs import drop_unnamed
from desktop_app.core.store.tables import SYNCED_TABLES, field_hlc_map, outbox_hlcs, outbox_pending
from desktop_app.core.sync import apply as A
from desktop_app.core.domain.hlc import MAX_SKEW_MS, Stamp
from desktop_app.core.sync.protocol import (
    BLOB_FIELDS,
    DEFAULT_PULL_LIMIT,
    PROTOCOL_VERSION,
    PUSH_BATCH,
    EnrollReply,
    EnrollRequest,
    Op,
    PushReply,
    PushRequest,
    ServerMeta,
    UnitCheck,
    check_digest,
    digest_hex,
)
from desktop_app.core.sync.transport import HttpTransport, SyncError, check_url, fetch_certificate

Progress = Callable[[str, int, int], None]

# Which Changes flag a synced table belongs to (so the app refreshes only what changed).
_TABLE_FLAGS = {
    "person": "persons", "id_document": "persons", "case_file": "cases", "contact": "visits",
    "evaluation": "visits", "absence": "visits", "violation": "visits", "case_event": "visits",
    "warning_session": "sessions", "attendance": "sessions", "tip": "tips", "security_model": "models",
}
_LOCKS: dict[str, threading.Lock] = {}
_LOCKS_GUARD = threading.Lock()


@dataclass
class SyncReport:
    pushed: int = 0  # ops acknowledged (applied, skipped as already applied, or rejected)
    rejected: int = 0
    conflicts: int = 0  # new conflicts learned in this sync
    pulled: int = 0  # rows received
    removed: int = 0  # rows that moved out of this device's scope
    blobs_sent: int = 0  # attachments uploaded
    blobs_received: int = 0
    recovered: bool = False  # the server had been restored: full re-send and re-pull
    checks: dict[str, str] = field(default_factory=dict)  # unit -> ok | repulled | mismatch | pending
    warnings: list[str] = field(default_factory=list)  # clock_skew, check_mismatch
    bytes_sent: int = 0
    bytes_received: int = 0
    seconds: float = 0.0
    changed_tables: set[str] = field(default_factory=set)

    def changes(self) -> Changes:
        flags = {_TABLE_FLAGS[t]: True for t in self.changed_tables if t in _TABLE_FLAGS}
        return Changes(**flags, audit=True)

    def as_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["changed_tables"] = sorted(self.changed_tables)
        return d


class _NeedsRecovery(Exception):
    pass


# -- sync_meta helpers -----------------------------------------------------------------------------
def _meta(conn: Connection, prefix: str | None = None) -> dict[str, str]:
    if prefix:
        rows = conn.exec_driver_sql("SELECT key, value FROM sync_meta WHERE key LIKE ?", (prefix + "%",))
    else:
        rows = conn.exec_driver_sql("SELECT key, value FROM sync_meta")
    return {k: v for k, v in rows}


def _set(conn: Connection, values: dict[str, Any]) -> None:
    if values:
        conn.execute(text("INSERT INTO sync_meta(key, value) VALUES (:k, :v) "
                          "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                     [{"k": k, "v": v if isinstance(v, str) else json.dumps(v, ensure_ascii=False)}
                      for k, v in values.items()])


def _delete_prefix(conn: Connection, prefix: str) -> None:
    conn.exec_driver_sql("DELETE FROM sync_meta WHERE key LIKE ?", (prefix + "%",))


def _now_iso() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _lock_for(ws: Any) -> threading.Lock:
    key = str(ws.data_dir.resolve())
    with _LOCKS_GUARD:
        return _LOCKS.setdefault(key, threading.Lock())


def _transport(ws: Any, meta: dict[str, str]) -> HttpTransport:
    url, token = meta.get("server_url"), meta.get("device_token")
    if not url or not token:
        raise SyncError("not_enrolled", "this register is not enrolled with a server")
    return HttpTransport(url, token, pinned_cert=meta.get("server_cert") or None)


def _next_seq(conn: Connection, meta: dict[str, str]) -> int:
    first = conn.exec_driver_sql("SELECT min(device_seq) FROM sync_outbox").scalar()
    if first is not None:
        return int(first)
    return int(meta.get("device_seq") or 0) + 1


# -- enrollment ----------------------------------------------------------------------------------
def enroll(ws: Any, server_url: str, code: str, *, device_name: str = "", fingerprint: str | None = None,
           transport: HttpTransport | None = None) -> dict[str, Any]:
    """Registers this register with the server using a one-time code from the provincial admin.
    Needs a chief's or province admin's account. Over HTTPS the server's certificate is pinned
    here (checked against `fingerprint`, its SHA-256 in hex, when the admin gave one) and every
    later sync trusts only it. Returns {device_id, unit_code, unit_name, role, server_url,
    fingerprint}. Raises SyncError (enroll_code_unknown / _used / _expired, enroll_unit_mismatch,
    insecure_url, server_unreachable, server_certificate_mismatch, …)."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    ws.require(perm.MANAGE_USERS)
    url = check_url(server_url)
    cert_pem, cert_fp = "", ""
    if url.startswith("https://") and transport is None:
        try:
            cert_pem, cert_fp = fetch_certificate(url)
        except OSError as e:
            raise SyncError("server_unreachable", str(e)) from e
        if fingerprint and fingerprint.replace(":", "").strip().lower() != cert_fp:
            raise SyncError("server_certificate_mismatch", "the certificate is not the one the admin gave")
    key = Ed25519PrivateKey.generate()
    pub = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw).hex()
    priv = key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                             serialization.NoEncryption()).hex()
    box = X25519PrivateKey.generate()  # reply bundles are encrypted to it
    box_pub = box.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw).hex()
    box_priv = box.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                 serialization.NoEncryption()).hex()
    with ws._read() as conn:
        meta = _meta(conn)
        next_seq = _next_seq(conn, meta)
    req = EnrollRequest(code=code.strip(), register_id=ws.register_id, device_id=ws.device_id,
                        unit_code=ws.unit_code, device_name=device_name or f"{ws.unit_name} ({ws.username})"[:120],
                        signing_key=pub, box_key=box_pub, next_seq=next_seq)
    t = transport or HttpTransport(url, pinned_cert=cert_pem or None)
    try:
        reply = EnrollReply.model_validate(t.post_json("/enroll", req.model_dump_json().encode()))
    finally:
        if transport is None:
            t.close()
    with ws._write() as tx:
        conn = tx.conn
        _delete_prefix(conn, "cursor:")
        if meta.get("device_token"):
            # Enrolled again (revoked, or a copied register told to re-enroll): a new device id in
            # the HLCs too, or two copies could stamp different edits with equal HLCs.
            _new_device_id(ws, conn)
        _set(conn, {
            "server_url": url, "device_token": reply.token, "server_device_id": reply.device_id,
            "server_unit": reply.unit_code, "server_role": reply.role.value, "server_epoch": reply.server_epoch,
            "server_key": reply.server_key, "server_signing_key": reply.server_signing_key,
            "device_signing_key": priv, "device_signing_pub": pub, "device_box_key": box_priv,
            "server_cert": cert_pem, "server_cert_sha256": cert_fp,
            "acked_seq": str(next_seq - 1),
            "last_sync_error": "", "enrolled_at": _now_iso()})
        tx.audit("sync_enroll", "register", ws.register_id, None,
                 {"server_url": url, "device_id": reply.device_id, "unit_code": reply.unit_code,
                  "role": reply.role.value})
    return {"device_id": reply.device_id, "unit_code": reply.unit_code, "unit_name": reply.unit_name,
            "role": reply.role.value, "server_url": url, "fingerprint": cert_fp or None}


def _new_device_id(ws: Any, conn: Connection) -> None:
    from desktop_app.core.ids import uuid7
    from desktop_app.core.domain.hlc import HybridClock

    device_id = uuid7()[-12:]
    last = ws._clock.last
    ws.device_id = device_id
    ws._clock = HybridClock(device_id, Stamp(Stamp.decode(last).ms, Stamp.decode(last).counter, device_id).encode())
    _set(conn, {"device_id": device_id, "hlc_last": ws._clock.last})


# -- sync ----------------------------------------------------------------------------------------
def sync(ws: Any, *, progress: Progress | None = None, transport: HttpTransport | None = None,
         pull_limit: int = DEFAULT_PULL_LIMIT) -> SyncReport:
    """Push then pull then check. Any signed-in user may sync. Raises SyncError when the sync
    could not finish (the register stays consistent: what was acknowledged or applied is kept,
    the rest is done by the next sync); last_sync / last_sync_error in sync_meta say honestly
    how it went."""
    lock = _lock_for(ws)
    if not lock.acquire(blocking=False):
        raise SyncError("sync_running", "a sync of this register is already running")
    started = time.monotonic()
    report = SyncReport()
    t: HttpTransport | None = transport
    try:
        with ws._read() as conn:
            meta = _meta(conn)
        if t is None:
            t = _transport(ws, meta)
        _run(ws, t, meta, report, progress or (lambda *_: None), pull_limit)
    except BaseException as e:
        code = e.code if isinstance(e, SyncError) else ("interrupted" if isinstance(e, KeyboardInterrupt)
                                                         else f"internal_error: {type(e).__name__}")
        try:
            with ws._write() as tx:
                _set(tx.conn, {"last_sync_error": code, "last_sync_error_at": _now_iso(),
                               "last_sync_error_detail": str(e)[:500]})
                tx.audit("sync_failed", "register", ws.register_id, None, {"code": code})
        except Exception:  # noqa: BLE001 - the original error matters more
            pass
        raise
    finally:
        if t is not None:
            report.bytes_sent, report.bytes_received = t.bytes_sent, t.bytes_received
            if transport is None:
                t.close()
        lock.release()
    report.seconds = round(time.monotonic() - started, 3)
    with ws._write() as tx:
        _set(tx.conn, {"last_sync": _now_iso(), "last_sync_error": "", "last_sync_error_detail": "",
                       "last_sync_report": json.dumps(report.as_dict(), ensure_ascii=False),
                       "clock_warning": "1" if "clock_skew" in report.warnings else ""})
        tx.audit("sync", "register", ws.register_id, None,
                 {"pushed": report.pushed, "rejected": report.rejected, "conflicts": report.conflicts,
                  "pulled": report.pulled, "recovered": report.recovered})
    return report


def _run(ws: Any, t: HttpTransport, meta: dict[str, str], report: SyncReport, progress: Progress,
         pull_limit: int) -> None:
    progress("meta", 0, 1)
    server = ServerMeta.model_validate(t.get_json("/sync/meta"))
    if server.protocol != PROTOCOL_VERSION:
        raise SyncError("protocol_mismatch", f"server protocol {server.protocol}, ours {PROTOCOL_VERSION}")
    skew = abs(server.server_time_ms - int(time.time() * 1000))
    if skew > MAX_SKEW_MS:
        report.warnings.append("clock_skew")
    scope_json = json.dumps([u.code for u in server.scope])
    if meta.get("server_scope") != scope_json:  # (a write costs a disk flush: only on change)
        with ws._write() as tx:
            _set(tx.conn, {"server_scope": scope_json})
            _add_missing_units(tx, server)
    scope = {u.code for u in server.scope}
    cursors = {u.code: int(meta.get(f"cursor:{u.code}") or 0) for u in server.scope}
    acked_local = int(meta.get("acked_seq") or 0)
    regressed = (
        (meta.get("server_epoch") and meta["server_epoch"] != server.server_epoch)
        or any(cursors[u.code] > u.version for u in server.scope)
        or server.acked_seq < acked_local
    )
    if regressed:
        _recover(ws, t, server, report, progress)
        cursors = {u: 0 for u in cursors}
    try:
        _push(ws, t, server.server_epoch, report, progress)
    except _NeedsRecovery:
        _recover(ws, t, server, report, progress)
        cursors = {u: 0 for u in cursors}
        _push(ws, t, server.server_epoch, report, progress)
    from desktop_app.core.sync import attachments

    progress("attachments", 0, 1)
    report.blobs_sent = attachments.push_blobs(ws, t)
    total_units = len(server.scope)
    for i, unit in enumerate(server.scope):
        full = report.recovered or (0 < cursors[unit.code] < unit.tombstone_horizon)
        _pull_unit(ws, t, unit.code, 0 if full else cursors[unit.code], scope, report,
                   progress, pull_limit, sweep=full, epoch=server.server_epoch)
        progress("pull", i + 1, total_units)
    report.blobs_received = attachments.pull_blobs(ws, t)
    if report.pulled or report.removed:
        with ws._write() as tx:
            drop_unnamed(tx.conn)  # photos the pulled rows no longer name
    progress("attachments", 1, 1)
    _check(ws, t, server, scope, report, progress, pull_limit)


def _add_missing_units(tx: Tx, server: ServerMeta) -> None:
    """The province's commune list comes with the scope (DOMAIN §4): communes this register
    does not know yet are added, so a province office names every commune it pulls. Units it
    knows are never renamed or rewritten here (history stays; `units load` does changes)."""
    from desktop_app.core.store.tables import AdminUnit
    from desktop_app.core.textvn import fold

    t = AdminUnit.__table__
    known = {c for (c,) in tx.conn.execute(t.select().with_only_columns(t.c.code))}
    added = []
    for u in server.scope:
        if u.code in known or not u.name.strip():
            continue
        tx.conn.execute(t.insert(), {
            "code": u.code, "name": u.name.strip(), "level": u.level, "parent_code": u.parent_code, "scheme": "2025",
            "valid_from": dt.date(2025, 7, 1), "valid_to": None, "successor_code": None, "name_folded": fold(u.name)})
        added.append(u.code)
    if added:
        tx.audit("units_loaded", "admin_unit", "", None, {"count": len(added), "from": "sync"})


def _ops_of(conn: Connection, rows: list[Any], device_unit: str, device_id: str,
            local_rejects: dict[str, Any]) -> list[Op]:
    editors: dict[str, str] = {}
    by_table: dict[str, list[str]] = {}
    for r in rows:
        by_table.setdefault(r.table_name, []).append(r.row_id)
    for table, ids in by_table.items():
        if table not in SYNCED_TABLES:
            continue
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            marks = ",".join("?" for _ in chunk)
            for rid, who in conn.exec_driver_sql(f'SELECT id, updated_by FROM "{table}" WHERE id IN ({marks})',
                                                 tuple(chunk)):
                editors[rid] = who or ""
    ops = []
    for r in rows:
        fields = json.loads(r.changed_fields)
        data = {"op_id": r.op_id, "device_seq": r.device_seq, "table": r.table_name, "row_id": r.row_id,
                "unit_code": r.unit_code, "op": r.op, "fields": fields,
                "field_hlcs": outbox_hlcs(r.field_hlcs, fields), "base_version": r.base_version,
                "schema_version": r.schema_version, "updated_by": editors.get(r.row_id, "")[:64]}
        try:
            ops.append(Op.model_validate(data))
        except ValidationError as e:
            # A malformed local op must not jam the queue: its place in the sequence goes as an
            # op the server refuses, and the op itself is shown as a rejection here.
            local_rejects[r.op_id] = {"op_id": r.op_id, "device_seq": r.device_seq, "table": r.table_name,
                                      "row_id": r.row_id, "reason": "invalid_local_op",
                                      "detail": str(e.errors()[0].get("msg", ""))[:300], "at": _now_iso(),
                                      "fields": data["fields"]}
            ops.append(Op(op_id=str(uuid.uuid5(uuid.NAMESPACE_URL, f"wardbook:{device_id}:{r.device_seq}")),
                          device_seq=r.device_seq, table="person",
                          row_id="00000000-0000-4000-8000-000000000000", unit_code=device_unit,
                          op="update", fields={}, field_hlcs={}))
    return ops


def _push(ws: Any, t: HttpTransport, epoch: str, report: SyncReport, progress: Progress) -> None:
    """The outbox in device_seq order, PUSH_BATCH ops a request. The next batch is read and
    compressed while the server works on this one; it is thrown away if the server did not
    acknowledge this one whole."""
    import gzip

    from desktop_app.core.sync import attachments

    with ws._read() as conn:
        total = outbox_pending(conn)
    progress("push", 0, total)

    def prepare(after: int) -> tuple[int, int, bytes, dict[str, Any], set[str]] | None:
        local_rejects: dict[str, Any] = {}
        with ws._read() as conn:
            rows = conn.exec_driver_sql(
                "SELECT op_id, device_seq, table_name, row_id, unit_code, op, changed_fields, field_hlcs, "
                "base_version, schema_version FROM sync_outbox WHERE device_seq > ? ORDER BY device_seq LIMIT ?",
                (after, PUSH_BATCH)).fetchall()
            if not rows:
                return None
            ops = _ops_of(conn, rows, ws.unit_code, ws.device_id, local_rejects)
        body = gzip.compress(PushRequest(epoch=epoch, ops=ops).model_dump_json().encode(), 6)
        names = set().union(*(attachments.names_in(o.table, o.fields) for o in ops)) if BLOB_FIELDS else set()
        return rows[0].device_seq, rows[-1].device_seq, body, local_rejects, names

    done = 0
    after = 0
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="wardbook-push") as pool:
        ahead = pool.submit(prepare, after)
        while True:
            batch = ahead.result()
            if batch is None:
                return
            first, last, body, local_rejects, blob_names = batch
            ahead = pool.submit(prepare, last)
            try:
                reply = PushReply.model_validate(t.post_json("/sync/push", body, gzipped=True))
            except SyncError as e:
                if e.code == "epoch_changed":
                    raise _NeedsRecovery() from e
                if e.code == "seq_gap" and int(e.body.get("expected_seq") or 0) < first:
                    raise _NeedsRecovery() from e  # the server lost ops it had acknowledged
                raise
            with ws._write() as tx:
                n = record_push_reply(tx.conn, reply, report, local_rejects)
                attachments.remember(tx.conn, "blob_up", blob_names)
            done += n
            progress("push", done, total)
            if reply.acked_seq <= after or reply.acked_seq < first:
                raise SyncError("push_stalled", f"the server acknowledged up to {reply.acked_seq}")
            if reply.acked_seq != last:
                ahead.result()  # read past what was acknowledged: read again from there
                ahead = pool.submit(prepare, reply.acked_seq)
            after = reply.acked_seq


def record_push_reply(conn: Connection, reply: PushReply, report: SyncReport,
                      local_rejects: dict[str, Any] | None = None) -> int:
    """In the caller's transaction: the acknowledged outbox rows go, rejections (with the
    fields they carried) and conflicts are kept for the user. Returns how many ops went."""
    local_rejects = local_rejects or {}
    ids = [r.op_id for r in reply.rejections if r.op_id not in local_rejects]
    fields: dict[str, Any] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        marks = ",".join("?" for _ in chunk)
        for op_id, changed in conn.exec_driver_sql(
                f"SELECT op_id, changed_fields FROM sync_outbox WHERE op_id IN ({marks})", tuple(chunk)):
            fields[op_id] = json.loads(changed)
    n = max(conn.exec_driver_sql("DELETE FROM sync_outbox WHERE device_seq <= ?", (reply.acked_seq,)).rowcount, 0)
    existing = _meta(conn, "rejection:") if ids else {}
    rej = {}
    for r in reply.rejections:
        key = f"rejection:{r.op_id}"
        if r.op_id in local_rejects or key in existing:
            continue
        rej[key] = {**r.model_dump(mode="json"), "at": _now_iso(), "fields": fields.get(r.op_id, {})}
    rej.update({f"rejection:{k}": v for k, v in local_rejects.items()})
    _set(conn, rej)
    known = _meta(conn, "conflict:") if reply.conflicts else {}
    new_conflicts = {f"conflict:{c.id}": {**c.model_dump(mode="json"), "resolved": False}
                     for c in reply.conflicts if f"conflict:{c.id}" not in known}
    _set(conn, new_conflicts)
    _set(conn, {"acked_seq": str(reply.acked_seq)})
    report.pushed += n
    report.rejected += len(rej)
    report.conflicts += len(new_conflicts)
    return n


def _recover(ws: Any, t: HttpTransport, server: ServerMeta, report: SyncReport, progress: Progress) -> None:
    """The server lost state (restored from a backup): re-send the state of every row held here
    (merged by HLC, so what the server still has is not applied twice), move the device's
    sequence to where it stands, and re-pull every unit from the start."""
    from desktop_app.core.sync import attachments

    report.recovered = True
    scope = {u.code for u in server.scope}
    blob_names: set[str] = set()
    with ws._read() as conn:
        meta = _meta(conn)
        next_seq = _next_seq(conn, meta)
        batches: list[list[Op]] = []
        batch: list[Op] = []
        for name, model in SYNCED_TABLES.items():
            shape = A.SHAPES[name]
            cols = ", ".join(f'"{c}"' for c in shape.columns)
            for values in conn.exec_driver_sql(f'SELECT {cols} FROM "{name}"'):
                row = dict(zip(shape.columns, values))
                if row["unit_code"] not in scope:
                    continue
                hlcs = field_hlc_map(name, row["field_hlc"], row["updated_hlc"])
                fallback = row["updated_hlc"]
                if not fallback:
                    continue
                fields = {f: jsonable(row[f]) for f in shape.fields}
                if row["deleted"]:
                    fields["deleted"] = True
                else:
                    blob_names |= attachments.names_in(name, fields)
                field_hlcs = {f: hlcs.get(f) or fallback for f in fields}
                try:
                    op = Op(op_id=str(uuid.uuid4()), device_seq=0, table=name, row_id=row["id"],
                            unit_code=row["unit_code"], op="insert", fields=_json_fields(fields),
                            field_hlcs=field_hlcs, base_version=int(row["version"] or 0),
                            updated_by=(row["updated_by"] or "")[:64])
                except ValidationError:
                    continue
                batch.append(op)
                if len(batch) >= PUSH_BATCH:
                    batches.append(batch)
                    batch = []
        batches.append(batch)
    for i, b in enumerate(batches):
        req = PushRequest(epoch=server.server_epoch, ops=b, restate=True, next_seq=next_seq)
        PushReply.model_validate(t.post_json("/sync/push", req.model_dump_json().encode()))
        progress("restate", i + 1, len(batches))
    with ws._write() as tx:
        _delete_prefix(tx.conn, "cursor:")
        _set(tx.conn, {"server_epoch": server.server_epoch, "acked_seq": str(next_seq - 1)})
        attachments.remember(tx.conn, "blob_up", blob_names)  # the restored server may lack them
        tx.audit("sync_recovery", "register", ws.register_id, None, {"server_epoch": server.server_epoch})


def _json_fields(fields: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for k, v in fields.items():
        if isinstance(v, (dt.date, dt.datetime)):
            v = v.isoformat()
        out[k] = v
    return out


def _digests(conn: Connection) -> dict[str, list[int]]:
    out = {}
    for k, v in _meta(conn, "digest:").items():
        n, _, x = v.partition(":")
        out[k.split(":", 1)[1]] = [int(n), int(x, 16)]
    return out


def _digest_values(digests: dict[str, list[int]], units: Iterable[str]) -> dict[str, str]:
    return {f"digest:{u}": f"{digests[u][0]}:{digest_hex(digests[u][1])}" for u in units if u in digests}


FIRST_PAGE = 2000  # rows in the first page of a pull (then pull_limit)
_GC_LOCK = threading.Lock()
_GC_PAUSES = [0, False]  # pulls running, whether the collector was on when the first began


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """The cyclic garbage collector off while the pages of a long pull go in: a page allocates
    a few hundred thousand objects, and each full pass of the collector walks every object of
    the process (in the app: Qt's, the pages' …), a tenth of a first pull's time. Reference
    counting still frees what a page leaves; cycles wait until the collector is back on. (Not
    for a one-page pull: the passes it would skip come due in the next few allocations.)"""
    import gc

    with _GC_LOCK:
        if _GC_PAUSES[0] == 0:
            _GC_PAUSES[1] = gc.isenabled()
            gc.disable()
        _GC_PAUSES[0] += 1
    try:
        yield
    finally:
        with _GC_LOCK:
            _GC_PAUSES[0] -= 1
            if _GC_PAUSES[0] == 0 and _GC_PAUSES[1]:
                gc.enable()


class _Checkpointer:
    """Copies the WAL into the database file on a connection and thread of its own while the
    pull writes its next page (SQLite's PASSIVE checkpoint never blocks the writer): a page's
    commit then costs its own writes only, not a checkpoint and its two disk flushes."""

    EVERY = 3

    def __init__(self, ws: Any):
        self.ws = ws
        self.pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="wardbook-checkpoint")
        self.running: Any = None
        self.pages = 0

    def attach(self, conn: Connection) -> None:
        """The pull's connection leaves checkpoints to this one from now on."""
        conn.connection.driver_connection.execute("PRAGMA wal_autocheckpoint=0")

    def _run(self, mode: str) -> None:
        raw = self.ws.engine.raw_connection()  # no BEGIN: a checkpoint runs outside transactions
        try:
            db = raw.driver_connection
            wait = db.execute("PRAGMA busy_timeout").fetchone()[0]
            if mode == "TRUNCATE":
                # waits for readers (the app's) to let go of the WAL: briefly, or not at all
                db.execute("PRAGMA busy_timeout=200")
            try:
                db.execute(f"PRAGMA wal_checkpoint({mode})").fetchall()
            finally:
                db.execute(f"PRAGMA busy_timeout={int(wait)}")
        finally:
            raw.close()

    def kick(self) -> None:
        """After a page's commit: every EVERY pages (a page's index pages are written again by
        the next ones; copied less often, they are copied fewer times), unless the last one is
        still running."""
        self.pages += 1
        if self.pages % self.EVERY == 0 and (self.running is None or self.running.done()):
            self.running = self.pool.submit(self._run, "PASSIVE")

    def finish(self) -> None:
        """The last checkpoint, waited for: the pull is done when its pages are in the database
        file (and the WAL file is cut back to nothing, unless a reader is in the way)."""
        try:
            if self.running is not None:
                self.running.result()
            self.pool.submit(self._run, "PASSIVE").result()
            self.pool.submit(self._run, "TRUNCATE").result()
        except Exception:  # noqa: BLE001 - a busy reader: the next write's checkpoint does it
            pass
        finally:
            self.pool.shutdown()


_HEAD = re.compile(rb'"upto":(\d+),"has_more":(true|false)')


def _page_head(body: bytes) -> tuple[int, bool]:
    """(upto, has_more) of a pull page's body, read from its head (the server writes the head
    first: protocol.PullPage's fields before the rows), without parsing the rows."""
    m = _HEAD.search(body, 0, 512)
    if m is not None:
        return int(m.group(1)), m.group(2) == b"true"
    page = json.loads(body)  # another layout: read it all
    return int(page["upto"]), bool(page["has_more"])


class _PageBodies:
    """The bodies of a unit's pull pages, fetched ahead on a thread of their own: the next page
    is asked for as soon as the last one's head says where it ends, so the server makes page
    i+2 while this side parses i+1 and writes i. At most `ahead` bodies wait to be taken; the
    thread ends after the last page, on an error (raised by `next`) or on `close`."""

    def __init__(self, fetch: Callable[[int, int], bytes], after: int, first: int, limit: int, ahead: int = 2):
        self._queue: queue.Queue[bytes | BaseException] = queue.Queue()
        self._room = threading.Semaphore(ahead)
        self._stopped = False
        self._thread = threading.Thread(target=self._run, args=(fetch, after, first, limit),
                                        name="wardbook-pull-fetch", daemon=True)
        self._thread.start()

    def _run(self, fetch: Callable[[int, int], bytes], after: int, size: int, limit: int) -> None:
        try:
            while True:
                self._room.acquire()
                if self._stopped:
                    return
                body = fetch(after, size)
                self._queue.put(body)
                try:
                    upto, has_more = _page_head(body)
                except (ValueError, KeyError, TypeError):
                    return  # a page that cannot be read: the consumer's parse says so
                if not has_more:
                    return
                after, size = upto, limit
        except BaseException as e:  # noqa: BLE001 - handed to the consumer
            self._queue.put(e)

    def next(self) -> bytes:
        item = self._queue.get()
        self._room.release()
        if isinstance(item, BaseException):
            raise item
        return item

    def close(self) -> None:
        """Stops asking for pages; waits for a request in flight to end."""
        self._stopped = True
        self._room.release()
        self._thread.join()


@contextlib.contextmanager
def _pull_connection(ws: Any) -> Iterator[Connection]:
    """The connection a pull writes its pages on, one for all of them (its page cache stays
    warm from page to page), with the pull's pragmas, put back after: foreign keys off (a
    page may bring a contact before the case it belongs to: the case changed later, so it
    comes later; a province device may hold a case of one commune whose person lives in
    another); synchronous=NORMAL (a page and its cursor commit together: losing the last pages
    to a power cut only means pulling them again); a 128 MB page cache (the indexes of a
    100,000-person commune); no checkpoint inside a page's commit once a checkpointer works
    beside the pull (`_Checkpointer.attach`)."""
    with ws.engine.connect().execution_options(write=True) as conn:
        raw = conn.connection.driver_connection
        cache = raw.execute("PRAGMA cache_size").fetchone()[0]
        raw.execute("PRAGMA foreign_keys=OFF")
        raw.execute("PRAGMA synchronous=NORMAL")
        raw.execute("PRAGMA cache_size=-131072")
        try:
            yield conn
        finally:
            if conn.in_transaction():
                conn.rollback()
            raw.execute("PRAGMA synchronous=FULL")
            raw.execute("PRAGMA foreign_keys=ON")
            raw.execute(f"PRAGMA cache_size={int(cache)}")
            raw.execute("PRAGMA wal_autocheckpoint=1000")


def _apply_page(ws: Any, page: dict[str, Any], unit: str, scope: set[str], report: SyncReport,
                seen: set[str] | None, fresh: set[str] | None = None,
                checkpointer: _Checkpointer | None = None,
                before_commit: Callable[[], None] | None = None, conn: Connection | None = None) -> None:
    """One page and its cursor, in one local transaction (on `conn`, a `_pull_connection`, or
    one of its own). `fresh` (the ids received so far) when the unit is pulled from 0: its
    digest is rebuilt. `before_commit` starts work that overlaps the end of the page's writes."""
    if conn is None:
        with _pull_connection(ws) as own:
            return _apply_page(ws, page, unit, scope, report, seen, fresh, checkpointer, before_commit, own)
    from desktop_app.core.sync import attachments

    stats = A.PageStats(track_seen=seen is not None, early=before_commit)
    if fresh is not None:
        stats.fresh_unit, stats.fresh_ids = unit, fresh
    with conn.begin():
        stats.digests = _digests(conn)
        if fresh is not None and not fresh:
            stats.digests[unit] = [0, 0]
        before = {u: list(d) for u, d in stats.digests.items()}
        A.remove_moved(conn, page.get("moved") or [], unit, scope, stats)
        A.apply_rows(conn, page["rows"], stats)
        attachments.remember(conn, "blob_want", attachments.names_in_rows(page["rows"]))
        if seen is not None:
            seen |= stats.seen
            if not page["has_more"]:
                A.sweep_unit(conn, unit, seen)
        new_conflicts = {}
        existing = _meta(conn, "conflict:")
        for c in page.get("conflicts") or []:
            key = f"conflict:{c['id']}"
            if key not in existing:
                new_conflicts[key] = {**c, "resolved": False}
        _set(conn, new_conflicts)
        if stats.max_hlc:
            try:
                ws._clock.observe(stats.max_hlc)
            except ValueError:
                pass
        _set(conn, {f"cursor:{unit}": str(page["upto"]), "hlc_last": ws._clock.last})
        _set(conn, _digest_values(stats.digests, [u for u, d in stats.digests.items() if before.get(u) != d]))
        stats.run_early()
    if checkpointer is not None:
        checkpointer.kick()
    report.pulled += len(page["rows"])
    report.removed += stats.removed
    report.conflicts += len(new_conflicts)
    report.changed_tables |= {r["table"] for r in page["rows"]}
    if ws._clock.skew_warning and "clock_skew" not in report.warnings:
        report.warnings.append("clock_skew")


def _parse_page(body: bytes) -> dict[str, Any]:
    try:
        page = orjson.loads(body)
        A.expand_page_hlcs(page)
        if len(page["rows"]) >= FIRST_PAGE:  # a page of a long pull: mostly rows new here
            A.prepare_rows(page["rows"])
    except (ValueError, IndexError, KeyError, TypeError) as e:  # orjson.JSONDecodeError is a ValueError
        raise SyncError("server_bad_reply", f"a pull page that cannot be read: {e}"[:300]) from e
    return page


def _pull_unit(ws: Any, t: HttpTransport, unit: str, after: int, scope: set[str], report: SyncReport,
               progress: Progress, limit: int, *, sweep: bool, epoch: str) -> None:
    seen: set[str] | None = set() if sweep else None
    fresh: set[str] | None = set() if after == 0 else None
    # A helper thread fetches the next page (network and server time overlap the local
    # writes), and parses and prepares it while this thread fills the full-text index and
    # commits the current one (SQLite work that does not hold the GIL; json.loads holds it
    # throughout: beside the inserts, it would stall them row by row). Pages go in in order.
    # Echoes (rows this register's own push left as it holds them: their version only) are
    # asked for when pulling on from a cursor; a page with an echo that does not match what is
    # held here is asked for again without them.
    echo = after > 0 and not sweep

    def bodies_from(cursor: int) -> _PageBodies:
        # a small first page: the local writes start while the server makes the next one
        return _PageBodies(lambda a, size, e=echo: t.get_body("/sync/pull", unit=unit, after=a, limit=size,
                                                              short_hlcs=1, echo=int(e)),
                           cursor, min(limit, FIRST_PAGE), limit)

    checkpointer: _Checkpointer | None = None
    bodies = bodies_from(after)
    try:
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="wardbook-pull") as pool, \
                _pull_connection(ws) as conn, contextlib.ExitStack() as long_pull:
            parsed: Any = None
            while True:
                page = parsed.result() if parsed is not None else _parse_page(bodies.next())
                parsed = None
                if page.get("server_epoch") != epoch:
                    raise SyncError("epoch_changed", "the server changed during the sync; sync again")
                before_commit = None
                if page["has_more"]:
                    if checkpointer is None:  # a pull of many pages: checkpoint beside it
                        checkpointer = _Checkpointer(ws)
                        checkpointer.attach(conn)
                        long_pull.enter_context(_gc_paused())

                    def before_commit(b: _PageBodies = bodies) -> None:
                        nonlocal parsed
                        parsed = pool.submit(lambda: _parse_page(b.next()))

                try:
                    _apply_page(ws, page, unit, scope, report, seen, fresh, checkpointer, before_commit, conn)
                except A.EchoMismatch:
                    # nothing of the page was written: again without echoes, from the same cursor
                    if parsed is not None:
                        with contextlib.suppress(Exception):
                            parsed.result()
                    parsed = None
                    bodies.close()
                    echo = False
                    bodies = bodies_from(int(page["after"]))
                    continue
                progress(f"pull:{unit}", int(page["upto"]), 0)
                if not page["has_more"]:
                    return
    finally:
        bodies.close()
        if checkpointer is not None:
            checkpointer.finish()


def _check(ws: Any, t: HttpTransport, server: ServerMeta, scope: set[str], report: SyncReport,
           progress: Progress, limit: int) -> None:
    """The end-of-sync check, per unit: the server's running digest against the one kept here
    (free); when they differ, the full comparison (counts per table and a hash over every
    row's (id, version)); when that differs too, the unit is pulled again from the start (rows
    the server no longer has become tombstones; nothing is wiped) and compared again."""
    with ws._read() as conn:
        pending_units = {u for (u,) in conn.exec_driver_sql("SELECT DISTINCT unit_code FROM sync_outbox")}
    for i, unit in enumerate(server.scope):
        code = unit.code
        if code in pending_units:
            report.checks[code] = "pending"  # local changes made during the sync: next time
            continue
        report.checks[code] = _check_unit(ws, t, server, code, scope, report, progress, limit)
        if report.checks[code] == "mismatch" and "check_mismatch" not in report.warnings:
            report.warnings.append("check_mismatch")
        progress("check", i + 1, len(server.scope))


def _check_unit(ws: Any, t: HttpTransport, server: ServerMeta, code: str, scope: set[str], report: SyncReport,
                progress: Progress, limit: int) -> str:
    def local_state() -> tuple[int, list[int] | None]:
        with ws._read() as conn:
            cursor = int(_meta(conn, f"cursor:{code}").get(f"cursor:{code}") or 0)
            return cursor, _digests(conn).get(code)

    for attempt in range(3):
        cursor, mine = local_state()
        quick = UnitCheck.model_validate(t.get_json("/sync/check", unit=code, upto=cursor))
        if quick.version != cursor:
            if attempt < 2:  # others pushed meanwhile: catch up, then compare
                _pull_unit(ws, t, code, cursor, scope, report, progress, limit, sweep=False,
                           epoch=server.server_epoch)
                continue
            return "busy"
        if mine is not None and mine[0] == quick.rows and digest_hex(mine[1]) == quick.digest:
            return "ok" if attempt == 0 else "repulled"
        full = UnitCheck.model_validate(t.get_json("/sync/check", unit=code, upto=cursor, full=True))
        with ws._read() as conn:
            items, counts = A.local_check_items(conn, code, cursor, full.tombstone_horizon)
        if check_digest(items) == full.full_digest and counts == full.counts:
            # the rows agree: the running digest kept here was missing or off; adopt the server's
            with ws._write() as tx:
                _set(tx.conn, {f"digest:{code}": f"{full.rows}:{full.digest}"})
            return "ok" if attempt == 0 else "repulled"
        if attempt < 2:
            _pull_unit(ws, t, code, 0, scope, report, progress, limit, sweep=True, epoch=server.server_epoch)
    return "mismatch"


# -- status and conflicts ---------------------------------------------------------------------------
def status(ws: Any) -> dict[str, Any]:
    """Where the sync stands, for `wardbook sync status --json` and the Sync page: pending ops
    (by table), last successful sync, last error, open conflicts, rejections, the server."""
    with ws._read() as conn:
        meta = _meta(conn)
        pending = {t: n for t, n in conn.exec_driver_sql(
            "SELECT table_name, count(*) FROM sync_outbox GROUP BY table_name")}
    conflicts = sorted((json.loads(v) for k, v in meta.items() if k.startswith("conflict:")),
                       key=lambda c: (c.get("created_at", ""), c.get("unit_code", ""), c.get("version", 0)))
    rejections = [json.loads(v) for k, v in sorted(meta.items()) if k.startswith("rejection:")]
    report = json.loads(meta["last_sync_report"]) if meta.get("last_sync_report") else None
    return {
        "enrolled": bool(meta.get("device_token")),
        "server_url": meta.get("server_url") or None,
        "device_id": meta.get("server_device_id") or None,
        "unit_code": meta.get("server_unit") or ws.unit_code,
        "role": meta.get("server_role") or None,
        "scope": json.loads(meta["server_scope"]) if meta.get("server_scope") else [],
        "pending": sum(pending.values()),
        "pending_by_table": pending,
        "last_sync": meta.get("last_sync") or None,
        "last_error": meta.get("last_sync_error") or None,
        "last_error_at": meta.get("last_sync_error_at") or None,
        "last_report": report,
        "conflicts": [c for c in conflicts if not c.get("resolved")],
        "resolved_conflicts": sum(1 for c in conflicts if c.get("resolved")),
        "rejections": sorted(rejections, key=lambda r: r.get("device_seq", 0)),
        "clock_warning": bool(meta.get("clock_warning")),  # this laptop's clock, or a peer's, is far off
    }


def resolve_conflict(ws: Any, conflict_id: str, action: str = "confirm") -> Changes:
    """A supervisor settles a conflict: "confirm" keeps what the merge kept; "swap" writes the
    value that lost as a new change (it syncs like any edit). A delete that beat an edit can
    only be confirmed."""
    ws.require(perm.MANAGE_USERS)
    if action not in ("confirm", "swap"):
        raise ValueError(f"action must be confirm or swap, not {action!r}")
    key = f"conflict:{conflict_id}"
    with ws._read() as conn:
        raw = _meta(conn, key).get(key)
    if raw is None:
        from desktop_app.core.errors import NotFound

        raise NotFound("conflict", conflict_id)
    c = json.loads(raw)
    changes = Changes()
    with ws._write() as tx:
        if action == "swap":
            if c["kind"] != "field" or c["table"] not in SYNCED_TABLES:
                from desktop_app.core.errors import Problem, ValidationFailed

                raise ValidationFailed([Problem("action", "conflict_cannot_swap", {"kind": c["kind"]})])
            model = SYNCED_TABLES[c["table"]]
            value = _from_json(model, c["field"], c["lost_value"])
            tx.update(model, c["row_id"], {c["field"]: value}, audit_extra={"conflict": conflict_id})
            changes = Changes(**{_TABLE_FLAGS[c["table"]]: True})
        c["resolved"] = True
        c["resolution"] = action
        c["resolved_by"] = ws.username
        c["resolved_at"] = _now_iso()
        _set(tx.conn, {key: c})
        tx.audit("sync_conflict_" + action, c["table"], c["row_id"], None, {"conflict": conflict_id, "field": c["field"]})
    return changes


def dismiss_rejection(ws: Any, op_id: str) -> None:
    """The user has seen a rejection (and redone the change if it was wanted)."""
    with ws._write() as tx:
        tx.conn.exec_driver_sql("DELETE FROM sync_meta WHERE key = ?", (f"rejection:{op_id}",))
        tx.audit("sync_rejection_dismissed", "sync", op_id, None, {})


def _from_json(model: Any, name: str, value: Any) -> Any:
    col = model.__table__.columns[name]
    py = getattr(col.type, "python_type", None)
    if value is not None and py is dt.date and isinstance(value, str):
        return dt.date.fromisoformat(value)
    return value


def move_rows(ws: Any, table: str, row_ids: Iterable[str], to_unit: str) -> Changes:
    """Moves rows to another unit (a transfer between communes): a synced change of `unit_code`
    for each row; once synced, the rows leave the old commune's scope. The caller chooses the
    rows (a case and its contacts, evaluations…)."""
    ws.require(perm.DELETE_RECORDS)
    ws.check_unit(to_unit)
    model = SYNCED_TABLES[table]
    with ws._write() as tx:
        for row_id in row_ids:
            _move_one(tx, model, row_id, to_unit)
    return Changes(**{_TABLE_FLAGS[table]: True})


def _move_one(tx: Tx, model: Any, row_id: str, to_unit: str) -> None:
    from sqlalchemy import select, update

    table = model.__table__
    cur = tx.conn.execute(select(table.c.unit_code, table.c.version, table.c.field_hlc, table.c.updated_hlc)
                          .where(table.c.id == row_id)).first()
    if cur is None:
        from desktop_app.core.errors import NotFound

        raise NotFound(model.__tablename__, row_id)
    tx.ws.check_unit(cur.unit_code)
    if cur.unit_code == to_unit:
        return
    hlc = tx._hlc()
    field_hlc = field_hlc_map(model.__tablename__, cur.field_hlc, cur.updated_hlc)
    field_hlc["unit_code"] = hlc
    tx.conn.execute(update(table).where(table.c.id == row_id).values(
        unit_code=to_unit, updated_hlc=hlc, field_hlc=canonical(field_hlc),
        updated_by=tx.ws.username))
    tx._outbox(model.__tablename__, row_id, to_unit, "update", {"unit_code": to_unit}, hlc, cur.version)
    tx.audit("transfer", model.__tablename__, row_id, None, {"from": cur.unit_code, "to": to_unit})
