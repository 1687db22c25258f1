"""Push: the outbox goes to the server in device_seq order, batch by batch; each
acknowledgement deletes the acknowledged outbox rows in one local transaction. And the push
that follows a restored server: every row held here is stated again (`restate`).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import uuid
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any, NamedTuple

from pydantic import ValidationError
from sqlalchemy import Connection

from desktop_app.core.domain import opsig
from desktop_app.core.domain.records import CHILDREN, DERIVED_FIELDS
from desktop_app.core.domain.sealed import SEALED_PREFIX
from desktop_app.core.services.base import jsonable
from desktop_app.core.store.tables import SYNCED_TABLES, field_hlc_map, outbox_hlcs, outbox_pending
from desktop_app.core.sync import apply as A
from desktop_app.core.sync.client.authors import certs_for, sign_restate
from desktop_app.core.sync.client.clock import note_push_notice
from desktop_app.core.sync.client.state import (
    Progress,
    SyncReport,
    delete_meta_prefix,
    next_seq,
    now_iso,
    read_meta,
    set_meta,
)
from desktop_app.core.sync.protocol import (
    BLOB_FIELDS,
    MAX_PUSH_OPS,
    PUSH_BATCH,
    ROW_IN_UNIT,
    Op,
    PushReply,
    PushRequest,
    RejectReason,
    ServerMeta,
)
from desktop_app.core.sync.transport import HttpTransport, SyncError

if TYPE_CHECKING:
    from desktop_app.core.services.workspace import Workspace

OUTBOX_COLUMNS = ("op_id, device_seq, table_name, row_id, unit_code, op, changed_fields, field_hlcs, "
                  "base_version, schema_version, author, author_seal")


def read_outbox(conn: Connection, after: int = 0, limit: int = -1) -> Sequence[Any]:
    """The outbox rows after device_seq `after`, in order (at most `limit`; -1: all)."""
    return conn.exec_driver_sql(
        f"SELECT {OUTBOX_COLUMNS} FROM sync_outbox WHERE device_seq > ? ORDER BY device_seq LIMIT ?",
        (after, limit)).fetchall()


def _move_target(r: Any) -> str | None:
    """The unit an outbox row moves its row to (a transfer's op: only `unit_code` changes)."""
    if r.op != "update" or not r.changed_fields.startswith('{"unit_code":'):
        return None
    fields = json.loads(r.changed_fields)
    return str(fields["unit_code"]) if set(fields) == {"unit_code"} else None


def _cut_ok(rows: Sequence[Any], i: int) -> bool:
    """Whether a batch may end before `rows[i]`: not inside a signed group (domain/opsig.py: a
    group ends at the op carrying its seal; an op without an author is a group of its own) and
    not inside a transfer (ws.transfers.move_person writes a person's move and then the moves of
    the rows of their file, in one run of the outbox; the server refuses a file moved in parts)."""
    before = rows[i - 1]
    if getattr(before, "author", None) and not getattr(before, "author_seal", None):
        return False
    t = _move_target(rows[i])
    return t is None or rows[i].table_name == "person" or _move_target(before) != t


def batch_end(rows: Sequence[Any], start: int = 0, size: int | None = None) -> int:
    """Where the push batch that starts at `rows[start]` ends: after `size` rows, but never
    inside a signed group or a transfer (`_cut_ok`). What the size limit would cut goes whole
    into the next batch, or, when it starts the batch, the batch reads on to its end (a group
    holds at most GROUP_MAX ops and a transfer at most PUSH_BATCH rows, so the batch stays
    within MAX_PUSH_OPS)."""
    end = min(start + (size or PUSH_BATCH), len(rows))
    if end >= len(rows):
        return end
    for i in range(end, start, -1):
        if _cut_ok(rows, i):
            return i
    last = min(len(rows), start + MAX_PUSH_OPS)
    for i in range(end + 1, last):
        if _cut_ok(rows, i):
            return i
    return last


class NeedsRecovery(Exception):
    """The server lost what it had acknowledged: restate, then push again."""


def ops_of(conn: Connection, rows: Sequence[Any], device_unit: str, device_id: str,
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
    chained: dict[str, str] = {}  # author -> digest of their last group so far (opsig.wire_seal)
    for r in rows:
        fields = json.loads(r.changed_fields)
        author, seal = getattr(r, "author", None), getattr(r, "author_seal", None)  # (rows read without them)
        derived = DERIVED_FIELDS.get(r.table_name)
        if derived:  # (an outbox row written before derived columns stopped syncing)
            fields = {k: v for k, v in fields.items() if k not in derived}
        data = {"op_id": r.op_id, "device_seq": r.device_seq, "table": r.table_name, "row_id": r.row_id,
                "unit_code": r.unit_code, "op": r.op, "fields": fields,
                "field_hlcs": outbox_hlcs(r.field_hlcs, fields), "base_version": r.base_version,
                "schema_version": r.schema_version, "updated_by": editors.get(r.row_id, "")[:64],
                "author": author or "",
                "seal": opsig.wire_seal(seal, chained, author) if seal and author else None}
        try:
            ops.append(Op.model_validate(data))
        except ValidationError as e:
            # A malformed local op must not jam the queue: its place in the sequence goes as an
            # op the server refuses, and the op itself is shown as a rejection here.
            local_rejects[r.op_id] = {"op_id": r.op_id, "device_seq": r.device_seq, "table": r.table_name,
                                      "row_id": r.row_id, "reason": "invalid_local_op",
                                      "detail": str(e.errors()[0].get("msg", ""))[:300], "at": now_iso(),
                                      "fields": data["fields"]}
            ops.append(Op(op_id=str(uuid.uuid5(uuid.NAMESPACE_URL, f"wardbook:{device_id}:{r.device_seq}")),
                          device_seq=r.device_seq, table="person",
                          row_id="00000000-0000-4000-8000-000000000000", unit_code=device_unit,
                          op="update", fields={}, field_hlcs={}))
    return ops


def push(ws: Workspace, t: HttpTransport, epoch: str, report: SyncReport, progress: Progress) -> None:
    """The outbox in device_seq order, PUSH_BATCH ops a request. The next batch is read and
    compressed while the server works on this one; it is thrown away if the server did not
    acknowledge this one whole."""
    import gzip

    from desktop_app.core.sync import attachments

    with ws.db.read() as conn:
        total = outbox_pending(conn)
    progress("push", 0, total)

    def prepare(after: int) -> tuple[int, int, bytes, dict[str, Any], set[str]] | None:
        local_rejects: dict[str, Any] = {}
        with ws.db.read() as conn:
            rows = read_outbox(conn, after, MAX_PUSH_OPS)
            if not rows:
                return None
            rows = rows[:batch_end(rows)]
            ops = ops_of(conn, rows, ws.unit_code, ws.device_id, local_rejects)
        req = PushRequest(epoch=epoch, ops=ops, certs=certs_for(ws, {o.author for o in ops}))
        body = gzip.compress(req.model_dump_json().encode(), 6)
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
                    raise NeedsRecovery() from e
                if e.code == "seq_gap" and int(e.body.get("expected_seq") or 0) < first:
                    raise NeedsRecovery() from e  # the server lost ops it had acknowledged
                raise
            with ws.db.write() as tx:
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
    refused_inserts: list[tuple[str, str]] = []
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        marks = ",".join("?" for _ in chunk)
        for op_id, changed, kind, table, row_id in conn.exec_driver_sql(
                f"SELECT op_id, changed_fields, op, table_name, row_id FROM sync_outbox WHERE op_id IN ({marks})",
                tuple(chunk)):
            fields[op_id] = json.loads(changed)
            if kind == "insert":
                refused_inserts.append((table, row_id))
    report.changed_tables |= withdraw_refused_inserts(conn, refused_inserts)
    n = max(conn.exec_driver_sql("DELETE FROM sync_outbox WHERE device_seq <= ?", (reply.acked_seq,)).rowcount, 0)
    existing = read_meta(conn, "rejection:") if ids else {}
    rej = {}
    for r in reply.rejections:
        key = f"rejection:{r.op_id}"
        if r.op_id in local_rejects or key in existing:
            continue
        rej[key] = {**r.model_dump(mode="json"), "at": now_iso(), "fields": fields.get(r.op_id, {})}
    rej.update({f"rejection:{k}": v for k, v in local_rejects.items()})
    set_meta(conn, rej)
    _record_conflicts(conn, reply, report)
    set_meta(conn, {"acked_seq": str(max(reply.acked_seq, _acked(conn)))})  # never backwards (an old bundle)
    note_push_notice(conn, reply.clock_ahead, report)
    report.pushed += n
    report.rejected += len(rej)
    return n


def _record_conflicts(conn: Connection, reply: PushReply, report: SyncReport) -> None:
    """The reply's conflicts not held yet, kept for a person to settle (a push's or a restate's)."""
    if not reply.conflicts:
        return
    known = read_meta(conn, "conflict:")
    new_conflicts = {f"conflict:{c.id}": {**c.model_dump(mode="json"), "resolved": False}
                     for c in reply.conflicts if f"conflict:{c.id}" not in known}
    set_meta(conn, new_conflicts)
    report.conflicts += len(new_conflicts)


def record_restate_reply(conn: Connection, reply: PushReply, report: SyncReport,
                         sent: dict[str, dict[str, Any]]) -> None:
    """A restate's refusals and conflicts kept for the user like a push's (the row comes back
    as the server holds it with the re-pull that follows): an officer's register re-sending a
    delete the restored server never had is refused there, and says so here. The outbox and
    the acknowledged sequence are not a restate's to move."""
    rej = {f"rejection:{r.op_id}": {**r.model_dump(mode="json"), "at": now_iso(), "fields": sent.get(r.op_id, {})}
           for r in reply.rejections}
    for r in reply.rejections:
        if r.table not in SYNCED_TABLES:
            continue
        if r.reason == RejectReason.OUT_OF_SCOPE and r.detail.startswith(ROW_IN_UNIT):
            # the server holds the row in a unit this register does not cover (moved there):
            # not ours to hold, nor to re-send at every sync
            _drop_with_children(conn, r.table, r.row_id, report.changed_tables)
        else:  # a row the server never accepted: a tombstone here, as a refused insert is
            report.changed_tables |= withdraw_refused_inserts(conn, [(r.table, r.row_id)])
    set_meta(conn, rej)
    report.rejected += len(rej)
    _record_conflicts(conn, reply, report)


def shown_fields(fields: dict[str, Any]) -> dict[str, Any]:
    """What a refused restated row is listed with (a whole row was re-sent, not an edit): the
    values it holds, not its blanks, and not its sealed values (the list shows them as text); a
    tombstone, its delete alone."""
    if fields.get("deleted") is True:
        return {"deleted": True}
    return {k: v for k, v in fields.items()
            if v not in (None, "", False) and not (isinstance(v, str) and v.startswith(SEALED_PREFIX))}


def _drop_with_children(conn: Connection, table: str, row_id: str, touched: set[str]) -> None:
    """The row and the rows that name it (a case's contacts, a person's cases…), children first."""
    for child, field in CHILDREN.get(table, ()):
        for (cid,) in conn.exec_driver_sql(f'SELECT id FROM "{child}" WHERE "{field}" = ?', (row_id,)).all():
            _drop_with_children(conn, child, cid, touched)
    if conn.exec_driver_sql(f'DELETE FROM "{table}" WHERE id = ?', (row_id,)).rowcount:
        touched.add(table)


def _acked(conn: Connection) -> int:
    return int(read_meta(conn, "acked_seq").get("acked_seq") or 0)


def withdraw_refused_inserts(conn: Connection, rows: list[tuple[str, str]]) -> set[str]:
    """A new row the server refused (a dangling reference, a missing field, out of scope…) does
    not stay live here while every other register lacks it: it becomes a local tombstone, left
    out of every list, and the rejection (kept in sync_meta with the fields it carried) shows
    it; a row the server does hold (version > 0) comes back with the server's state instead (the
    server stamps it again). Returns the tables touched."""
    touched = set()
    for table, row_id in rows:
        if table not in SYNCED_TABLES:
            continue
        n = conn.exec_driver_sql(f'UPDATE "{table}" SET deleted = 1 WHERE id = ? AND version = 0 AND deleted = 0',
                                 (row_id,)).rowcount
        if n:
            touched.add(table)
    return touched


class Restate(NamedTuple):
    """Every row held here in the server's scope, as restate batches (PushRequest.restate)."""

    batches: list[list[Op]]
    blobs: set[str]  # the attachments the live rows name (the restored server may lack them)
    seq: int  # the device's next sequence number: the server continues from it


def restate_rows(conn: Connection, scope: set[str], meta: dict[str, str]) -> Restate:
    """The state of every row held here whose unit the server covers, as restate ops."""
    from desktop_app.core.sync import attachments

    blob_names: set[str] = set()
    batches: list[list[Op]] = []
    batch: list[Op] = []
    for name in SYNCED_TABLES:
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
            derived = DERIVED_FIELDS.get(name, frozenset())
            fields = {f: jsonable(row[f]) for f in shape.fields if f not in derived}
            for f in _bool_fields(name):  # raw SQLite gives 0/1; the server wants booleans
                if isinstance(fields.get(f), int):
                    fields[f] = bool(fields[f])
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
    return Restate(batches, blob_names, next_seq(conn, meta))


def restate_requests(ws: Workspace, meta: dict[str, str], rows: Restate, epoch: str | None) -> Iterator[PushRequest]:
    """The restate batches as requests, each signed by the account running the sync (the
    server judges the restate by its role), with what tells the server which of the re-sent
    values it had not seen: the server's time at the end of this register's last whole sync
    (what the server stamped later, this register never saw: a restore nobody announced reuses
    version numbers), and the ids of its earlier enrollments."""
    seen_ms = int(meta["server_seen_ms"]) if meta.get("server_seen_ms", "").isdigit() else None
    former = json.loads(meta.get("former_device_ids") or "[]")
    certs = certs_for(ws, [ws.username])
    for ops in rows.batches:
        yield PushRequest(epoch=epoch, ops=sign_restate(ws, ws.register_id, ops), restate=True, next_seq=rows.seq,
                          certs=certs, seen_ms=seen_ms, former_ids=former)


def restated(tx: Any, ws: Workspace, epoch: str, seq: int, blobs: set[str], via: str) -> None:
    """In the caller's transaction, once the server has every row held here: the cursors go
    (every unit is pulled again from the start), the server's epoch and the device's sequence
    are where the server stands now, the attachments wait to go up again."""
    from desktop_app.core.sync import attachments

    delete_meta_prefix(tx.conn, "cursor:")
    acked = max(seq - 1, _acked(tx.conn))
    set_meta(tx.conn, {"server_epoch": epoch, "acked_seq": str(acked), "restate_pending": ""})
    attachments.remember(tx.conn, "blob_up", blobs)  # the restored server may lack them
    tx.audit("sync_recovery", "register", ws.register_id, None, {"server_epoch": epoch, "via": via})


def restate(ws: Workspace, t: HttpTransport, server: ServerMeta, report: SyncReport, progress: Progress) -> None:
    """The server lost state (restored from a backup): re-send the state of every row held here
    (merged by HLC, so what the server still has is not applied twice), move the device's
    sequence to where it stands, and re-pull every unit from the start."""
    report.recovered = True
    with ws.db.read() as conn:
        meta = read_meta(conn)
        rows = restate_rows(conn, {u.code for u in server.scope}, meta)
    for i, req in enumerate(restate_requests(ws, meta, rows, server.server_epoch)):
        reply = PushReply.model_validate(t.post_json("/sync/push", req.model_dump_json().encode()))
        if reply.rejections or reply.conflicts:
            with ws.db.write() as tx:
                record_restate_reply(tx.conn, reply, report, {o.op_id: shown_fields(o.fields) for o in req.ops})
        progress("restate", i + 1, len(rows.batches))
    with ws.db.write() as tx:
        restated(tx, ws, server.server_epoch, rows.seq, rows.blobs, "network")


@functools.cache
def _bool_fields(table: str) -> tuple[str, ...]:
    """The boolean business fields of a synced table (read raw, they come as 0/1)."""
    cols = SYNCED_TABLES[table].__table__.columns  # type: ignore[attr-defined]
    return tuple(f for f in A.SHAPES[table].fields if getattr(cols[f].type, "python_type", None) is bool)


def _json_fields(fields: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for k, v in fields.items():
        if isinstance(v, (dt.date, dt.datetime)):
            v = v.isoformat()
        out[k] = v
    return out
