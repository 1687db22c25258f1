"""Audit anchors (issue 16 item 4; desktop_app/core/sync/protocol_anchor.py says the protocol).

Each sync (`POST /sync/anchor`) and each request bundle carries the register's audit head,
signed by the device. Here the server checks the signature with the device's enrolled key and
whether the new anchor extends the device's accepted one:

- count below the accepted count: refused, flagged `cut` (rows removed from the end);
- prev_count names another anchor than the accepted one: `stale`, answered with the accepted
  anchor (the client sends again with its hash at that count; a bundle's client next time) —
  unless the count is below the accepted one: `cut`, except for a bundle signed before the
  accepted anchor that extends the older anchor it names (a bundle made before a newer one and
  imported after it: stale, not flagged);
- prev_hash (the chain's hash now at the accepted count) differs from the accepted head:
  refused, flagged `rewritten` (a row changed and the chain recomputed);
- else accepted: the anchor moves forward.

A refused anchor never moves the device's anchor: a flag stays until the province admin looks
into it and resolves it (`wardbook-server anchors --accept DEVICE`), which makes the device's
last reported head its new base.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Connection, select

from desktop_app.core.sync.protocol_anchor import FLAGS, AnchorReply, AnchorStatus, AuditAnchor, verify_anchor
from sync_server.models import AuditAnchorRow, Device

_T = AuditAnchorRow.__table__  # type: ignore[attr-defined]
_BASE = ("ok", "accepted")


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _base(conn: Connection, device_id: str) -> Any:
    return conn.execute(select(_T).where(_T.c.device_id == device_id, _T.c.status.in_(_BASE))
                        .order_by(_T.c.id.desc()).limit(1)).mappings().first()


def _flag(conn: Connection, device_id: str) -> Any:
    """The device's first unresolved flag."""
    return conn.execute(select(_T).where(_T.c.device_id == device_id, _T.c.status.in_([f.value for f in FLAGS]),
                                         _T.c.resolved_at.is_(None))
                        .order_by(_T.c.id).limit(1)).mappings().first()


def _insert(conn: Connection, device_id: str, a: AuditAnchor, status: str, via: str) -> None:
    conn.execute(_T.insert(), {
        "device_id": device_id, "count": a.count, "head": a.head, "prev_count": a.prev_count,
        "prev_hash": a.prev_hash, "signed_at": a.at, "signature": a.signature, "via": via,
        "status": status, "received_at": _now(), "resolved_at": None})


def _reply(conn: Connection, device_id: str, status: AnchorStatus) -> AnchorReply:
    base, flag = _base(conn, device_id), _flag(conn, device_id)
    return AnchorReply(
        status=status, count=base["count"] if base else 0, head=base["head"] if base else "",
        at=base["received_at"].isoformat(timespec="seconds") if base else "",
        flagged=flag["status"] if flag else "", flagged_count=flag["count"] if flag else 0)


def current(conn: Connection, device_id: str) -> AnchorReply:
    """What the server holds for the device, no anchor sent (a replayed bundle's answer)."""
    return _reply(conn, device_id, AnchorStatus.ok)


def _extends_held(conn: Connection, device_id: str, anchor: AuditAnchor) -> bool:
    """Whether `anchor` extends the accepted anchor it names (an older one than the base)."""
    if anchor.prev_count == 0:
        return anchor.prev_hash == ""
    held = conn.execute(select(_T.c.head).where(_T.c.device_id == device_id, _T.c.status.in_(_BASE),
                                                _T.c.count == anchor.prev_count).limit(1)).first()
    return held is not None and anchor.count >= anchor.prev_count and held[0] == anchor.prev_hash


def record_anchor(conn: Connection, device_id: str, signing_key: str | None, anchor: AuditAnchor,
                  via: str = "sync") -> AnchorReply:
    """Checks and keeps `anchor` from the (authenticated) device `device_id`; in the caller's
    write transaction. Returns what the server now holds for the device."""
    if anchor.device_id != device_id or not verify_anchor(anchor, signing_key):
        _insert(conn, device_id, anchor, AnchorStatus.bad_signature.value, via)
        return _reply(conn, device_id, AnchorStatus.bad_signature)
    base = _base(conn, device_id)
    if base is None:
        status = AnchorStatus.ok  # the first anchor: the base
    elif anchor.prev_count != base["count"]:
        if anchor.count >= base["count"]:
            return _reply(conn, device_id, AnchorStatus.stale)  # the client sends again, naming the base
        if via == "bundle" and anchor.at <= base["signed_at"] and _extends_held(conn, device_id, anchor):
            # a bundle made (by the device's clock) before the accepted anchor and extending the
            # anchor it names: an older bundle imported after a newer one, not a cut
            return _reply(conn, device_id, AnchorStatus.stale)
        status = AnchorStatus.cut
    elif anchor.count < base["count"]:
        status = AnchorStatus.cut
    elif anchor.prev_hash != base["head"]:
        status = AnchorStatus.rewritten
    elif anchor.count == base["count"] and anchor.head == base["head"]:
        return _reply(conn, device_id, AnchorStatus.ok)  # nothing new: no row
    else:
        status = AnchorStatus.ok
    _insert(conn, device_id, anchor, status.value, via)
    return _reply(conn, device_id, status)


def list_anchors(conn: Connection) -> list[dict[str, Any]]:
    """Every device with its accepted anchor and its first unresolved flag (the admin's view)."""
    d = Device.__table__  # type: ignore[attr-defined]
    out = []
    for dev in conn.execute(select(d).order_by(d.c.unit_code, d.c.enrolled_at)).mappings():
        base, flag = _base(conn, dev["id"]), _flag(conn, dev["id"])
        flags = conn.execute(select(_T.c.id).where(
            _T.c.device_id == dev["id"], _T.c.status.in_([f.value for f in FLAGS]),
            _T.c.resolved_at.is_(None))).all()
        out.append({
            "device_id": dev["id"], "unit_code": dev["unit_code"], "name": dev["name"], "revoked": dev["revoked"],
            "anchor_count": base["count"] if base else None, "anchor_head": base["head"] if base else None,
            "anchor_at": base["received_at"].isoformat(timespec="seconds") if base else None,
            "anchor_via": base["via"] if base else None,
            "flag": flag["status"] if flag else None, "flag_count": flag["count"] if flag else None,
            "flag_prev_count": flag["prev_count"] if flag else None,
            "flag_at": flag["received_at"].isoformat(timespec="seconds") if flag else None,
            "flags": len(flags)})
    return out


def accept(conn: Connection, device_id: str) -> dict[str, Any] | None:
    """The admin looked into a flagged device: its flags are resolved and the last head it
    reported (verified signature) becomes its base. None when the device has no flag."""
    rows = conn.execute(select(_T).where(_T.c.device_id == device_id, _T.c.resolved_at.is_(None),
                                         _T.c.status.in_([f.value for f in FLAGS])).order_by(_T.c.id)).mappings().all()
    if not rows:
        return None
    now = _now()
    conn.execute(_T.update().where(_T.c.id.in_([r["id"] for r in rows])).values(resolved_at=now))
    signed = [r for r in rows if r["status"] != AnchorStatus.bad_signature.value]
    if signed:
        last = signed[-1]
        conn.execute(_T.insert(), {
            "device_id": device_id, "count": last["count"], "head": last["head"], "prev_count": 0, "prev_hash": "",
            "signed_at": last["signed_at"], "signature": last["signature"], "via": "admin",
            "status": "accepted", "received_at": now, "resolved_at": None})
    return {"device_id": device_id, "resolved": len(rows), "count": signed[-1]["count"] if signed else None}
