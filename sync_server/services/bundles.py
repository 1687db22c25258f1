"""Bundles on removable media (DESIGN §4): `wardbook-server bundle import FILE --reply OUT`.

A request bundle carries a register's outbox and its pull cursors; the server checks that it is
signed by an enrolled device, opens it with its own key, applies the pushes exactly like HTTP
pushes (so a bundle imported twice, or an old one after a newer one, changes nothing: its ops
are skipped by device_seq), and answers with a reply bundle holding the push replies and every
page the device lacks, encrypted to the device and signed by the server."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass

from sqlalchemy import Engine, select

from desktop_app.core.sync.protocol_anchor import AnchoredBundleRequest
from desktop_app.core.sync.protocol_bundle import BundleError, open_bundle, read_bundle_header, seal_bundle
from sync_server.core.db import get_meta, read_tx, write_tx
from sync_server.models import BundleSeen, Device
from sync_server.services import anchors as anchor_svc
from sync_server.services import pull as pull_svc
from sync_server.services import push as push_svc
from sync_server.services.enrollment import device_ctx
from sync_server.services.errors import ApiError


@dataclass
class BundleResult:
    reply: bytes
    device_id: str
    unit_code: str
    replay: bool
    applied: int
    rejected: int
    rows: int
    push_error: str | None


def import_bundle(engine: Engine, data: bytes) -> BundleResult:
    header = read_bundle_header(data)
    if header.kind != "request":
        raise BundleError("bundle_wrong_kind", "this is a reply bundle, to import on the register")
    with read_tx(engine) as conn:
        row = conn.execute(select(Device.__table__).where(Device.id == header.device_id)).mappings().first()
        if row is None or not row["signing_key"] or not row["box_key"]:
            raise BundleError("bundle_unknown_device", "no enrolled device of this server made this bundle")
        if row["revoked"]:
            raise BundleError("bundle_unknown_device", "this device was revoked")
        x_priv = get_meta(conn, "bundle_x25519_private")
        ed_priv = get_meta(conn, "bundle_ed25519_private")
        seen = conn.execute(select(BundleSeen.bundle_id).where(BundleSeen.bundle_id == header.bundle_id)).first()
    _, payload = open_bundle(data, sender_public=row["signing_key"], recipient_private=x_priv)
    try:
        req = AnchoredBundleRequest.model_validate_json(payload)
    except ValueError as e:
        raise BundleError("bundle_corrupt", "bad content") from e
    if req.bundle_id != header.bundle_id:
        raise BundleError("bundle_corrupt", "header and content disagree")
    replies, push_error, applied, rejected = [], None, 0, 0
    for p in req.pushes:
        with read_tx(engine) as conn:
            device = device_ctx(conn, dict(conn.execute(select(Device.__table__).where(
                Device.id == header.device_id)).mappings().first()))
        try:
            r = push_svc.push(engine, device, p.model_copy(update={"epoch": None}))
        except ApiError as e:
            push_error = e.code
            break
        replies.append(r.model_dump_json())
        applied += r.applied
        rejected += len(r.rejections)
    anchor = "null"
    if req.anchor is not None:  # the register's audit head (a replay only reads the answer)
        with write_tx(engine) as conn:
            answer = (anchor_svc.current(conn, header.device_id) if seen else
                      anchor_svc.record_anchor(conn, header.device_id, row["signing_key"], req.anchor, via="bundle"))
        anchor = answer.model_dump_json()
    with read_tx(engine) as conn:
        device = device_ctx(conn, dict(conn.execute(select(Device.__table__).where(
            Device.id == header.device_id)).mappings().first()))
        meta = pull_svc.meta(conn, device)
        pages, rows = [], 0
        for unit in device.scope:
            after = int(req.cursors.get(unit, 0))
            while True:
                page = pull_svc.pull_page_json(conn, device, unit, after, 5000)
                head = json.loads(page)
                pages.append(page)
                rows += len(head["rows"])
                after = head["upto"]
                if not head["has_more"]:
                    break
    # (the meta without the sensitive keys, as a laptop of an older release knows it: a
    # register learns whom to seal for at its network syncs)
    body = ('{"in_reply_to":%s,"push_replies":[%s],"push_error":%s,"meta":%s,"anchor":%s,"pages":[%s]}' % (
        json.dumps(header.bundle_id), ",".join(replies), json.dumps(push_error),
        meta.model_dump_json(exclude={"sensitive_keys"}), anchor,
        ",".join(pages))).encode()
    reply = seal_bundle(kind="reply", bundle_id=str(uuid.uuid4()), device_id=header.device_id,
                        created_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), payload=body,
                        recipient_key=row["box_key"], signing_key=ed_priv, in_reply_to=header.bundle_id)
    if not seen:
        with write_tx(engine) as conn:
            if conn.execute(select(BundleSeen.bundle_id).where(BundleSeen.bundle_id == header.bundle_id)).first() is None:
                conn.execute(BundleSeen.__table__.insert(), {"bundle_id": header.bundle_id, "device_id": header.device_id,
                                                             "imported_at": dt.datetime.now(dt.UTC)})
    return BundleResult(reply=reply, device_id=header.device_id, unit_code=row["unit_code"], replay=bool(seen),
                        applied=applied, rejected=rejected, rows=rows, push_error=push_error)
