"""The audit anchor of a sync or a bundle (issue 16 item 4): the register's audit head, signed
with the device key, sent to the server, and the server's answer kept in sync_meta
(services/audit_anchor.py checks the chain against it; protocol_anchor.py says the protocol).

    send_anchor(ws, t, report)       # a sync: POST /sync/anchor, again once when `stale`
    anchor = make_anchor(ws, meta)   # a bundle carries it; the reply brings the answer
    record_answer(ws, reply)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_app.core.services.audit_anchor import KEY_ANCHOR, anchor_values, chain_head, hash_at
from desktop_app.core.sync.client.state import SyncReport, now_iso, read_meta, set_meta
from desktop_app.core.sync.protocol_anchor import FLAGS, AnchorReply, AnchorStatus, AuditAnchor, sign_anchor
from desktop_app.core.sync.transport import HttpTransport, SyncError

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from desktop_app.core.services.workspace import Workspace


def _acked_count(meta: dict[str, str]) -> int:
    import json

    try:
        return int(json.loads(meta.get(KEY_ANCHOR) or "{}").get("count") or 0)
    except (ValueError, AttributeError):
        return 0


def _anchor(ws: Workspace, conn: Connection, meta: dict[str, str], prev_count: int | None = None) -> AuditAnchor | None:
    key = meta.get("device_signing_key")
    if not key or not meta.get("server_device_id"):
        return None  # enrolled before device keys: nothing to sign with
    count, head = chain_head(conn)
    prev = _acked_count(meta) if prev_count is None else prev_count
    anchor = AuditAnchor(device_id=meta["server_device_id"], register_id=ws.register_id, count=count, head=head,
                         prev_count=prev, prev_hash=hash_at(conn, prev), at=now_iso())
    return sign_anchor(anchor, key)


def make_anchor(ws: Workspace, meta: dict[str, str] | None = None) -> AuditAnchor | None:
    """The register's audit head now, signed; None when the device has no signing key."""
    with ws.db.read() as conn:
        return _anchor(ws, conn, meta if meta is not None else read_meta(conn))


def record_answer(ws: Workspace, reply: AnchorReply, report: SyncReport | None = None) -> None:
    """Keeps the server's anchor for this device and its flag (the next `audit verify` checks
    the chain against them); the sync's report warns of a flag."""
    with ws.db.write() as tx:
        set_meta(tx.conn, anchor_values(tx.conn, reply.count, reply.head, reply.at, reply.flagged, reply.flagged_count))
        if reply.status in FLAGS:
            tx.audit("audit_anchor_refused", "register", ws.register_id, None,
                     {"status": reply.status.value, "anchor_count": reply.count})
    if report is not None and (reply.flagged or reply.status in FLAGS):
        report.warnings.append(f"audit_anchor_{reply.flagged or reply.status.value}")


def send_anchor(ws: Workspace, t: HttpTransport, report: SyncReport) -> None:
    """A sync's anchor: one small signed POST; sent again once (with the hash at the server's
    count) when the server holds another anchor than the one this register names. A server
    without the route (an older one) is left alone."""
    with ws.db.read() as conn:
        meta = read_meta(conn)
        anchor = _anchor(ws, conn, meta)
    if anchor is None:
        return
    try:
        reply = AnchorReply.model_validate(t.post_json("/sync/anchor", anchor.model_dump_json().encode()))
        if reply.status == AnchorStatus.stale:
            with ws.db.read() as conn:
                again = _anchor(ws, conn, meta, prev_count=reply.count)
            if again is None:
                return
            reply = AnchorReply.model_validate(t.post_json("/sync/anchor", again.model_dump_json().encode()))
    except SyncError as e:
        if e.status == 404:
            return
        raise
    record_answer(ws, reply, report)
