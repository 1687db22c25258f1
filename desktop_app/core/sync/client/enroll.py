"""Enrollment: a register joins the provincial server with a one-time code (DESIGN §4)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from desktop_app.core.ids import new_device_id
from desktop_app.core.services import permissions as perm
from desktop_app.core.sync.client.stamps import rename_device
from desktop_app.core.sync.client.state import (
    delete_meta_prefix,
    holds_synced_rows,
    next_seq,
    now_iso,
    read_meta,
    set_meta,
)
from desktop_app.core.sync.protocol import MAX_FORMER_IDS, EnrollReply, EnrollRequest
from desktop_app.core.sync.transport import HttpTransport, SyncError, check_url, fetch_certificate

if TYPE_CHECKING:
    from desktop_app.core.services.workspace import Workspace


def enroll(ws: Workspace, server_url: str, code: str, *, device_name: str = "", fingerprint: str | None = None,
           transport: HttpTransport | None = None) -> dict[str, Any]:
    """Registers this register with the server using a one-time code from the provincial admin.
    Needs a chief's or province admin's account. Over HTTPS the server's certificate is pinned
    here (checked against `fingerprint`, its SHA-256 in hex, when the admin gave one) and every
    later sync trusts only it. Returns {device_id, unit_code, unit_name, role, server_url,
    fingerprint}. Raises SyncError (enroll_code_unknown / _used / _expired, enroll_unit_mismatch,
    insecure_url, server_unreachable, server_certificate_mismatch, root_mismatch, …)."""
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
    with ws.db.read() as conn:
        meta = read_meta(conn)
        seq = next_seq(conn, meta)
    # Enrolled again (revoked, or a copied register told to re-enroll): a new device id in the
    # HLCs too, or two copies could stamp different edits with equal HLCs — the server is told
    # the new one, which judges what this enrollment stamps (its own edits in a restate, its
    # author binding), and takes it here once the server has answered.
    renewing = bool(meta.get("device_token"))
    device_id = new_device_id() if renewing else ws.device_id
    req = EnrollRequest(code=code.strip(), register_id=ws.register_id, device_id=device_id,
                        unit_code=ws.unit_code, device_name=device_name or f"{ws.unit_name} ({ws.username})"[:120],
                        signing_key=pub, box_key=box_pub, next_seq=seq,
                        sensitive_key=(sk.hex() if (sk := ws.sensitive.verified_public()) else None),
                        root_sign_pub=ws.root_sign_pub.hex() if ws.root_sign_pub else None)
    t = transport or HttpTransport(url, pinned_cert=cert_pem or None)
    try:
        reply = EnrollReply.model_validate(t.post_json("/enroll", req.model_dump_json().encode()))
    finally:
        if transport is None:
            t.close()
    with ws.db.write() as tx:
        conn = tx.conn
        delete_meta_prefix(conn, "cursor:")
        if holds_synced_rows(conn):
            # Enrolled again (a restored server that lost this device, a revoked or copied
            # register): the server may lack rows this register holds; the first sync re-sends
            # every row (push.restate, merged by HLC, so nothing is applied twice).
            set_meta(conn, {"restate_pending": "1"})
        if renewing:
            old_device = ws.device_id
            rename_device(conn, old_device, ws.db.renew_device_id(conn, device_id))  # its unsent edits too
            # its acknowledged values keep the old id: a restate names it (PushRequest.former_ids)
            former = [i for i in json.loads(meta.get("former_device_ids") or "[]") if i != old_device]
            set_meta(conn, {"former_device_ids": json.dumps((former + [old_device])[-MAX_FORMER_IDS:])})
        set_meta(conn, {
            "server_url": url, "device_token": reply.token, "server_device_id": reply.device_id,
            "server_unit": reply.unit_code, "server_role": reply.role.value,
            # Enrolled again with a server of another epoch (restored from a copy older than this
            # register's first enrollment, then `new-epoch`): the epoch it last synced with stays,
            # so the next sync sees the change and re-sends every row held here (restate) — the
            # restored server lacks what this register sent before, and its empty outbox would
            # send nothing.
            "server_epoch": meta.get("server_epoch") or reply.server_epoch,
            "server_key": reply.server_key, "server_signing_key": reply.server_signing_key,
            "device_signing_key": priv, "device_signing_pub": pub, "device_box_key": box_priv,
            "server_cert": cert_pem, "server_cert_sha256": cert_fp,
            "acked_seq": str(seq - 1), "sensitive_pub_sent": req.sensitive_key or "",
            "last_sync_error": "", "enrolled_at": now_iso()})
        tx.audit("sync_enroll", "register", ws.register_id, None,
                 {"server_url": url, "device_id": reply.device_id, "unit_code": reply.unit_code,
                  "role": reply.role.value})
    return {"device_id": reply.device_id, "unit_code": reply.unit_code, "unit_name": reply.unit_name,
            "role": reply.role.value, "server_url": url, "fingerprint": cert_fp or None}
