"""Sync by file on removable media, for offices where no network may carry these records
(DOMAIN §6, DESIGN §4).

    info = bundle_export(ws, Path("E:/xa-25101.wbb"))      # take it to the province
    # at the province: wardbook-server bundle import xa-25101.wbb --reply tra-loi.wbb
    report = bundle_import(ws, Path("E:/tra-loi.wbb"))       # bring the reply back

The request holds the whole outbox and this register's pull cursors, encrypted to the server's
key (given at enrollment) and signed with this register's device key; the reply is encrypted
to this register and signed by the server. Replays are harmless both ways: the server skips ops
it has applied, and a reply only brings rows newer than what this register already holds. A
bundle that was changed, made by someone else, or meant for another register is refused with a
clear code (SyncError: bundle_corrupt, bundle_bad_signature, bundle_foreign, bundle_wrong_kind,
bundle_not_ours).

Attachments go with the rows that name them (photos, the province's published forms): the
request carries the bytes its pushed rows name and lists those its pulled rows name but it
lacks; the reply carries the province's forms and the bytes the register lacks — each way up to
protocol_bundle.BUNDLE_BLOB_BUDGET, the rest in the next bundle (they stay pending until then).
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import os
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.core.ids import uuid7
from desktop_app.core.store.files import replace_file
from desktop_app.core.store.tables import SYNCED_TABLES, Attachment
from desktop_app.core.sync import apply as A
from desktop_app.core.sync.client.anchor import make_anchor, record_answer
from desktop_app.core.sync.client.authors import certs_for
from desktop_app.core.sync.client.pull import apply_page
from desktop_app.core.sync.client.push import (
    Restate,
    batch_end,
    ops_of,
    read_outbox,
    record_push_reply,
    record_restate_reply,
    restate_requests,
    restate_rows,
    restated,
    shown_fields,
)
from desktop_app.core.sync.client.state import (
    SyncReport,
    cursor_of,
    now_iso,
    read_meta,
    server_lost_history,
    set_meta,
)
from desktop_app.core.sync.protocol import PushReply, PushRequest, ServerMeta
from desktop_app.core.sync.protocol_anchor import AnchoredBundleRequest, AnchorReply
from desktop_app.core.sync.protocol_bundle import (
    BUNDLE_BLOB_BUDGET,
    BundleBlob,
    BundleError,
    open_bundle,
    read_bundle_header,
    seal_bundle,
)
from desktop_app.core.sync.transport import SyncError

if TYPE_CHECKING:
    from desktop_app.core.services.workspace import Workspace

# sync_meta: the id of the last request bundle made here, until a sync over the network ends
# (session._run clears it): only its reply can tell the server's state as it is now
BUNDLE_LAST_OUT = "bundle_last_out"


def _enrolled(ws: Workspace) -> dict[str, str]:
    with ws.db.read() as conn:
        meta = read_meta(conn)
    for k in ("server_device_id", "server_key", "device_signing_key", "device_box_key", "server_signing_key"):
        if not meta.get(k):
            raise SyncError("not_enrolled", "this register is not enrolled with a server (or before bundles)")
    return meta


def _write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    replace_file(tmp, path)  # Windows: retried while another program holds it


def bundle_export(ws: Workspace, out: Path) -> dict[str, Any]:
    """Writes a request bundle to `out` (atomically). Returns {bundle_id, ops, bytes, path,
    blobs, restate}. The outbox is not touched: it empties when the reply is imported.

    After a reply that showed the server lost state (restored from a backup: see
    bundle_import), or with a restate pending for another reason (enrolled again, rows the
    server lost found by a re-pull), the bundle first re-sends the state of every row held
    here (`restate`, as a sync over the network does), and asks for every unit from the start."""
    meta = _enrolled(ws)
    out = Path(out)
    bundle_id = uuid7()
    pushes: list[PushRequest] = []
    n = 0
    restating: Restate | None = None
    with ws.db.read() as conn:
        state = read_meta(conn)
        if state.get("restate_pending") == "1":
            scope = set(json.loads(state.get("server_scope") or "[]"))
            restating = restate_rows(conn, scope, state)
            epoch = state.get("server_epoch") or None
            pushes += restate_requests(ws, state, restating, epoch)
        rows = read_outbox(conn)
        local_rejects: dict[str, Any] = {}
        i = 0
        while i < len(rows):
            end = batch_end(rows, i)  # a transfer never split between two pushes
            ops = ops_of(conn, rows[i:end], ws.unit_code, ws.device_id, local_rejects)
            pushes.append(PushRequest(epoch=None, ops=ops, certs=certs_for(ws, {o.author for o in ops})))
            n += len(ops)
            i = end
        cursors = {} if restating is not None else \
            {k.split(":", 1)[1]: int(v) for k, v in read_meta(conn, "cursor:").items()}
        from desktop_app.core.sync import attachments  # here: the client package imports this module

        named = {sha for push in pushes for op in push.ops if op.op != "delete"
                 for sha in attachments.names_in(op.table, op.fields)}
        blobs = _blobs_to_send(conn, named | {k.split(":", 1)[1] for k in read_meta(conn, "blob_up:")})
        want = sorted(k.split(":", 1)[1] for k in read_meta(conn, "blob_want:"))
    req = AnchoredBundleRequest(bundle_id=bundle_id, pushes=pushes, cursors=cursors, anchor=make_anchor(ws),
                                blobs=blobs, want=want, told=True)
    data = seal_bundle(kind="request", bundle_id=bundle_id, device_id=meta["server_device_id"],
                       created_at=now_iso(), payload=req.model_dump_json().encode(),
                       recipient_key=meta["server_key"], signing_key=meta["device_signing_key"])
    _write_atomic(out, data)
    with ws.db.write() as tx:
        values: dict[str, Any] = {f"bundle_out:{bundle_id}": now_iso(), BUNDLE_LAST_OUT: bundle_id}
        if restating is not None:
            # what the reply's import needs to finish the restate (push.restated)
            values[f"bundle_restate:{bundle_id}"] = {"seq": restating.seq, "batches": len(restating.batches),
                                                     "blobs": sorted(restating.blobs)}
        set_meta(tx.conn, values)
        tx.audit("bundle_export", "register", ws.register_id, None,
                 {"bundle_id": bundle_id, "ops": n, "bytes": len(data), "file": out.name,
                  "restate": restating is not None})
    return {"bundle_id": bundle_id, "ops": n, "bytes": len(data), "path": str(out), "blobs": len(blobs),
            "restate": restating is not None}


def _blobs_to_send(conn: Any, names: set[str]) -> list[BundleBlob]:
    """The attachments of `names` this register holds (bytes checked against their name), up to
    the budget; the others wait for the next bundle."""
    out: list[BundleBlob] = []
    budget = BUNDLE_BLOB_BUDGET
    for sha in sorted(names):
        row = conn.exec_driver_sql(f"SELECT data, mime FROM {Attachment.__tablename__} WHERE sha256 = ?",
                                   (sha,)).first()
        if row is None:
            continue
        data = bytes(row[0])
        if len(data) > budget or hashlib.sha256(data).hexdigest() != sha:
            continue
        budget -= len(data)
        out.append(BundleBlob(sha256=sha, mime=(row[1] or "application/octet-stream")[:60],
                              data=base64.b64encode(data).decode("ascii")))
    return out


def _store_reply_blobs(ws: Workspace, body: dict[str, Any], report: SyncReport) -> None:
    """The reply's attachments (checked against their names), and the ones the server now holds."""
    stored = [s for s in body.get("blobs_stored") or [] if isinstance(s, str)]
    with ws.db.write() as tx:
        for sha in stored:
            tx.conn.exec_driver_sql("DELETE FROM sync_meta WHERE key = ?", (f"blob_up:{sha}",))
        report.blobs_sent += len(stored)
        for raw in body.get("blobs") or []:
            blob = BundleBlob.model_validate(raw)
            data = blob.raw()
            if data is None:
                continue  # damaged: still wanted, asked again by the next bundle
            hit = tx.conn.exec_driver_sql(f"SELECT 1 FROM {Attachment.__tablename__} WHERE sha256 = ?",
                                          (blob.sha256,)).first()
            if hit is None:
                tx.conn.execute(Attachment.__table__.insert(), {  # type: ignore[attr-defined]
                    "sha256": blob.sha256, "mime": blob.mime, "size": len(data), "data": data})
                report.blobs_received += 1
            tx.conn.exec_driver_sql("DELETE FROM sync_meta WHERE key = ?", (f"blob_want:{blob.sha256}",))


def _bundle_error(e: BundleError) -> SyncError:
    return SyncError(e.code, e.detail)


def bundle_import(ws: Workspace, path: Path) -> SyncReport:
    """Applies a reply bundle from the server: acknowledgements (the outbox empties),
    rejections, conflicts, and the rows this register lacks, page by page in local
    transactions like a pull. Importing the same reply twice changes nothing."""
    meta = _enrolled(ws)
    started = time.monotonic()
    data = Path(path).read_bytes()
    try:
        header = read_bundle_header(data)
        if header.kind != "reply":
            raise BundleError("bundle_wrong_kind", "this is a request bundle, to import on the server")
        if header.device_id != meta["server_device_id"]:
            raise BundleError("bundle_foreign", "this reply is for another register")
        _, payload = open_bundle(data, sender_public=meta["server_signing_key"], recipient_private=meta["device_box_key"])
    except BundleError as e:
        raise _bundle_error(e) from e
    body = json.loads(payload)
    asked = body.get("in_reply_to")
    with ws.db.read() as conn:
        state = read_meta(conn)
    if not state.get(f"bundle_out:{asked}"):
        raise SyncError("bundle_not_ours", "this reply answers a bundle this register did not make")
    replayed = bool(state.get(f"bundle_in:{header.bundle_id}"))
    # the reply to the last request made here since the last network sync: only it tells the
    # server's state as it is now
    newest = not replayed and state.get(BUNDLE_LAST_OUT) == asked
    report = SyncReport()
    server = ServerMeta.model_validate(body["meta"])
    restating = json.loads(state.get(f"bundle_restate:{asked}") or "null")
    # The reply to a restate (every row re-sent): finished here, unless a sync over the network
    # restated since (its cursors are the restored server's: this reply is an ordinary one).
    restated_now = (restating is not None and not replayed and not body.get("push_error")
                    and state.get("restate_pending") == "1")
    # The reply to this register's last bundle shows the server lost state: its pages were made
    # from cursors of the lost history (they would bring the older state over what the server
    # lost, with nothing to say it); the next bundle re-sends every row first (bundle_export).
    lost = not restated_now and newest and server_lost_history(state, server)
    replies = [] if replayed else [PushReply.model_validate(r) for r in body.get("push_replies") or []]
    if restating is not None and replies:
        # the restate's batches come first: their refusals and conflicts are kept, and they
        # move neither the outbox nor the acknowledged sequence
        ours, replies = replies[:restating["batches"]], replies[restating["batches"]:]
        with ws.db.read() as conn:
            sent = _restated_fields(conn, ours)
        with ws.db.write() as tx:
            for reply in ours:
                record_restate_reply(tx.conn, reply, report, sent)
            if restated_now:
                restated(tx, ws, server.server_epoch, int(restating["seq"]), set(restating["blobs"]), "bundle")
        report.recovered = restated_now
    # (a reply imported before: its acknowledgements and rejections are known, and dismissed
    # rejections stay dismissed; an older reply never moves the acknowledged seq back)
    for reply in replies:
        with ws.db.write() as tx:
            record_push_reply(tx.conn, reply, report)
    scope = {u.code for u in server.scope}
    pages = [] if lost else [(page, scope) for page in body.get("pages") or []]
    # the province's published forms: pages of the province's unit, read-only here
    pages += [(page, scope | {page["unit"]}) for page in body.get("published") or [] if page.get("unit")]
    # every unit pulled again from the start after the restate, as a sync's full re-pull: the
    # ids received (rows the server no longer has are swept, pull.apply_page) and the unit's
    # digest rebuilt from them, across all of the unit's pages
    seen: dict[str, set[str]] = {u: set() for u in scope} if restated_now else {}
    fresh: dict[str, set[str]] = {u: set() for u in scope} if restated_now else {}
    for page, in_scope in pages:
        unit = page["unit"]
        with ws.db.read() as conn:
            cursor = cursor_of(conn, unit)
        if int(page["upto"]) <= cursor:
            continue  # already applied (this reply imported before, or a newer sync since)
        # rows at or below the cursor are known here in that state or newer: never go back
        page = {**page, "rows": [r for r in page["rows"] if int(r["version"]) > cursor],
                "moved": [m for m in page.get("moved") or [] if int(m["version"]) > cursor],
                "conflicts": [c for c in page.get("conflicts") or [] if int(c["version"]) > cursor]}
        apply_page(ws, page, unit, in_scope, report, seen.get(unit), fresh.get(unit))
    if lost:
        with ws.db.write() as tx:
            set_meta(tx.conn, {"restate_pending": "1"})
        report.warnings.append("server_restored")
    _store_reply_blobs(ws, body, report)
    if body.get("anchor") and not replayed:  # the server's answer to this register's audit anchor
        record_answer(ws, AnchorReply.model_validate(body["anchor"]), report)
    report.seconds = round(time.monotonic() - started, 3)
    # (a sequence gap is how a restore that lost acknowledged ops shows: the restate answers it)
    push_error = None if lost and body.get("push_error") == "seq_gap" else body.get("push_error")
    with ws.db.write() as tx:
        values: dict[str, Any] = {"server_scope": sorted(scope), f"bundle_in:{header.bundle_id}": now_iso()}
        if not push_error and not lost and newest:
            # the server's time when it made the reply: what it stamped later, this register
            # has not seen (a restate after a restore nobody announced is judged by it)
            values["server_seen_ms"] = str(server.server_time_ms)
        if lost:  # shown until the next trip: the register waits for its restate bundle
            values.update({"last_sync_error": "server_restored", "last_sync_error_detail": "",
                           "last_sync_error_at": now_iso()})
        elif not push_error:
            values.update({"last_sync": now_iso(), "last_sync_error": "", "last_sync_error_detail": "",
                           "last_sync_report": json.dumps(report.as_dict(), ensure_ascii=False)})
        else:
            values.update({"last_sync_error": str(push_error), "last_sync_error_at": now_iso()})
        set_meta(tx.conn, values)
        tx.audit("bundle_import", "register", ws.register_id, None,
                 {"bundle_id": header.bundle_id, "in_reply_to": asked, "pulled": report.pulled,
                  "pushed": report.pushed, "push_error": body.get("push_error"), "server_restored": lost,
                  "recovered": report.recovered})
    if push_error:
        report.warnings.append(f"push_error:{push_error}")
    return report


def _restated_fields(conn: Any, replies: list[PushReply]) -> dict[str, dict[str, Any]]:
    """What the rows whose restate was refused are listed with: their values held here."""
    out: dict[str, dict[str, Any]] = {}
    for r in (r for reply in replies for r in reply.rejections):
        if r.table in SYNCED_TABLES:
            row = conn.exec_driver_sql(f'SELECT * FROM "{r.table}" WHERE id = ?', (r.row_id,)).mappings().first()
            if row is not None:
                fields = {k: v for k, v in row.items() if k in A.SHAPES[r.table].fields}
                out[r.op_id] = shown_fields({**fields, "deleted": True} if row["deleted"] else fields)
    return out


def bundle_created_at(path: Path) -> dt.datetime | None:
    """When a bundle file was made (from its clear header), or None if it is not a bundle."""
    try:
        return dt.datetime.fromisoformat(read_bundle_header(Path(path).read_bytes()).created_at)
    except (BundleError, OSError, ValueError):
        return None
