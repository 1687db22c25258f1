"""Bundles on removable media (DESIGN §4): `wardbook-server bundle import FILE --reply OUT`.

A request bundle carries a register's outbox and its pull cursors; the server checks that it is
signed by an enrolled device, opens it with its own key, applies the pushes exactly like HTTP
pushes (so a bundle imported twice, or an old one after a newer one, changes nothing: its ops
are skipped by device_seq), and answers with a reply bundle holding the push replies and every
page the device lacks, encrypted to the device and signed by the server.

Attachments travel too (a commune that syncs only by USB gets its photos and the province's
forms): the request carries the bytes of the attachments its pushed rows name, stored once the
rows are applied (`blobs_stored` tells the register which); the reply carries the province's
published forms (pages of the province's unit, after the register's cursor for it) and the bytes
of the attachments named by the rows it sends or still wanted by the register, up to
BUNDLE_BLOB_BUDGET each way — the rest follows in the next bundle."""

from __future__ import annotations

import base64
import datetime as dt
import json
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, select

from desktop_app.core.sync.protocol import BLOB_FIELDS, is_sha256
from desktop_app.core.sync.protocol_anchor import AnchoredBundleRequest
from desktop_app.core.sync.protocol_bundle import (
    BUNDLE_BLOB_BUDGET,
    BundleError,
    open_bundle,
    read_bundle_header,
    seal_bundle,
)
from sync_server.core.db import get_meta, read_tx, write_tx
from sync_server.models import BundleSeen, Device
from sync_server.services import anchors as anchor_svc
from sync_server.services import blobs as blob_svc
from sync_server.services import published as published_svc
from sync_server.services import pull as pull_svc
from sync_server.services import push as push_svc
from sync_server.services import seen as seen_svc
from sync_server.services.enrollment import DeviceCtx, device_ctx
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
    stored = _store_blobs(engine, device, req) if push_error is None else []
    with read_tx(engine) as conn:
        meta = pull_svc.meta(conn, device)
        if req.told:
            meta.told = seen_svc.told(conn, device.id)
        pages: list[bytes] = []  # each page's JSON (sent as it is)
        heads: list[dict[str, Any]] = []  # and its parsed form (read here)
        told: dict[str, tuple[int, int]] = {}  # unit -> (the cursor it asked from, the last page's last version)
        for unit in device.scope:
            after = int(req.cursors.get(unit, 0))
            asked = after
            while True:
                page, upto = pull_svc.pull_page_json(conn, device, unit, after, 5000)
                told[unit] = (asked, upto)
                head = json.loads(page)
                pages.append(page)
                heads.append(head)
                after = head["upto"]
                if not head["has_more"]:
                    break
        published, published_heads = _published_pages(conn, device, req.cursors)
        heads += published_heads
        rows = sum(len(h["rows"]) for h in heads)
        sent_blobs = _reply_blobs(conn, device, heads, req.want)
    # (the meta without the sensitive keys, as a laptop of an older release knows it: a
    # register learns whom to seal for at its network syncs; `told` when the register asks)
    body = ('{"in_reply_to":%s,"push_replies":[%s],"push_error":%s,"meta":%s,"anchor":%s,"pages":['
            % (json.dumps(header.bundle_id), ",".join(replies), json.dumps(push_error),
               meta.model_dump_json(exclude={"sensitive_keys"} | (set() if req.told else {"told"})), anchor)).encode() \
        + b",".join(pages) + ('],"published":[%s],"blobs_stored":%s,"blobs":%s}' % (
            ",".join(published), json.dumps(stored), json.dumps(sent_blobs))).encode()
    reply = seal_bundle(kind="reply", bundle_id=str(uuid.uuid4()), device_id=header.device_id,
                        created_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), payload=body,
                        recipient_key=row["box_key"], signing_key=ed_priv, in_reply_to=header.bundle_id)
    with write_tx(engine) as conn:  # what the reply tells the device about (seen.note)
        seen_svc.note(conn, header.device_id, told)
    if not seen:
        with write_tx(engine) as conn:
            if conn.execute(select(BundleSeen.bundle_id).where(BundleSeen.bundle_id == header.bundle_id)).first() is None:
                conn.execute(BundleSeen.__table__.insert(), {"bundle_id": header.bundle_id, "device_id": header.device_id,
                                                             "imported_at": dt.datetime.now(dt.UTC)})
    return BundleResult(reply=reply, device_id=header.device_id, unit_code=row["unit_code"], replay=bool(seen),
                        applied=applied, rejected=rejected, rows=rows, push_error=push_error)


def _store_blobs(engine: Engine, device: DeviceCtx, req: AnchoredBundleRequest) -> list[str]:
    """The request's attachments, stored when a row in the device's scope names them (the
    rows were applied just before). Returns the names the server now holds whole."""
    stored: list[str] = []
    for blob in req.blobs:
        data = blob.raw()
        if data is None:
            continue  # damaged on the way: the register sends it again next time
        with write_tx(engine) as conn:
            if blob_svc.store_whole(conn, device, blob.sha256, data, blob.mime):
                stored.append(blob.sha256)
    return stored


def _published_pages(conn: Connection, device: DeviceCtx, cursors: dict[str, int]
                     ) -> tuple[list[str], list[dict[str, Any]]]:
    """The province's published forms after the register's cursor for its province (a commune
    device; a province device pulls them with its own unit): the pages' texts and parsed forms."""
    prov = published_svc.province_for(conn, device)
    if prov is None or prov in device.scope:
        return [], []
    out: list[str] = []
    heads: list[dict[str, Any]] = []
    after = int(cursors.get(prov, 0))
    while True:
        page = published_svc.page_json(conn, device, after, 5000)
        head = json.loads(page)
        if head.get("unit") != prov:
            return out, heads
        out.append(page)
        heads.append(head)
        after = head["upto"]
        if not head["has_more"]:
            return out, heads


def _reply_blobs(conn: Connection, device: DeviceCtx, pages: list[dict[str, Any]], want: list[str]
                 ) -> list[dict[str, str]]:
    """The bytes of the attachments the reply's live rows name and of those the register still
    wants, that the server holds whole and the device may read, up to the budget."""
    names: list[str] = []
    for page in pages:
        for r in page["rows"]:
            if r.get("deleted") or r.get("echo"):
                continue
            for f in BLOB_FIELDS.get(r["table"], ()):
                v = (r.get("fields") or {}).get(f)
                if is_sha256(v) and v not in names:
                    names.append(v)
    names += [w for w in want if is_sha256(w) and w not in names]
    out: list[dict[str, str]] = []
    budget = BUNDLE_BLOB_BUDGET
    for sha in names:
        got = blob_svc.complete_bytes(conn, device, sha)
        if got is None or len(got[0]) > budget:
            continue
        budget -= len(got[0])
        out.append({"sha256": sha, "mime": got[1], "data": base64.b64encode(got[0]).decode("ascii")})
    return out
