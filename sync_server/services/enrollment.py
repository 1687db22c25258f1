"""Enrollment with one-time codes, device tokens, and who a request comes from.

A code is made by the provincial admin (`wardbook-server enroll-code`), read to the commune over
the phone or on paper, and used once: it becomes a device with a token. The token decides the
device's scope; no request parameter can widen it."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select

from desktop_app.core.sync.protocol import DeviceRole, EnrollReply, EnrollRequest
from sync_server.core import security
from sync_server.core.db import get_meta
from sync_server.models import Device, DevicePublic, EnrollCode, ServerMetaRow, Unit
from sync_server.services import units as unit_svc
from sync_server.services.errors import ApiError


@dataclass(frozen=True)
class DeviceCtx:
    id: str
    unit_code: str
    role: DeviceRole
    local_device_id: str
    scope: tuple[str, ...]
    last_applied_seq: int
    signing_key: str | None = None
    server_epoch: str | None = None  # read with the device row (one round trip less a request)

    def in_scope(self, unit: str) -> bool:
        return unit in self.scope


def default_role(unit_code: str) -> DeviceRole:
    return DeviceRole.PROVINCE_ADMIN if len(unit_code) == 2 else DeviceRole.CHIEF


def create_code(conn: Connection, unit_code: str, *, unit_name: str = "", role: str | None = None,
                parent_code: str | None = None, days: int = 7) -> str:
    """A one-time code for a device of `unit_code` (registered here if the server does not know
    it yet). Returns the code in clear: only its hash is stored."""
    role_v = DeviceRole(role) if role else default_role(unit_code)
    if role_v == DeviceRole.PROVINCE_ADMIN and len(unit_code) != 2:
        raise ValueError("province_admin devices are enrolled for a province (2-digit code)")
    if parent_code is None and len(unit_code) == 5:
        # A commune's province may be known already (units load); else it stays unattached.
        parent_code = None
    unit_svc.upsert_unit(conn, unit_code, unit_name, parent_code)
    code = security.new_enroll_code()
    now = dt.datetime.now(dt.UTC)
    conn.execute(EnrollCode.__table__.insert(), {
        "code_hash": security.digest(code), "unit_code": unit_code, "role": role_v.value,
        "created_at": now, "expires_at": now + dt.timedelta(days=days), "used_at": None, "device_id": None})
    return code


def enroll(conn: Connection, req: EnrollRequest) -> EnrollReply:
    t = EnrollCode.__table__
    h = security.digest(security.normalise_code(req.code))
    row = conn.execute(select(t).where(t.c.code_hash == h)).mappings().first()
    now = dt.datetime.now(dt.UTC)
    if row is None:
        raise ApiError(403, "enroll_code_unknown", "no such enrollment code")
    if row["used_at"] is not None:
        raise ApiError(403, "enroll_code_used", "this enrollment code was already used")
    expires = row["expires_at"]
    if expires.tzinfo is None:
        expires = expires.replace(tzinfo=dt.UTC)
    if expires < now:
        raise ApiError(403, "enroll_code_expired", "this enrollment code has expired")
    if row["unit_code"] != req.unit_code:
        raise ApiError(409, "enroll_unit_mismatch",
                       f"the code is for unit {row['unit_code']}, the register is unit {req.unit_code}")
    device_id = str(uuid.uuid4())
    if req.root_sign_pub:
        from sync_server.services.accounts import pin_root

        pin_root(conn, req.register_id, req.root_sign_pub, unit_code=req.unit_code, device_id=device_id)
    token = security.new_token()
    conn.execute(Device.__table__.insert(), {
        "id": device_id, "unit_code": row["unit_code"], "role": row["role"], "name": req.device_name,
        "local_device_id": req.device_id, "register_id": req.register_id, "enrolled_at": now,
        "last_seen_at": None, "last_applied_seq": req.next_seq - 1, "revoked": False,
        "token_hash": security.digest(token), "signing_key": req.signing_key, "box_key": req.box_key,
        "sensitive_key": req.sensitive_key})
    # Only one winner if the same code is used twice at once: the update must find it unused.
    res = conn.execute(t.update().where(t.c.code_hash == h, t.c.used_at.is_(None))
                       .values(used_at=now, device_id=device_id))
    if res.rowcount != 1:
        raise ApiError(403, "enroll_code_used", "this enrollment code was already used")
    unit = conn.execute(select(Unit.name).where(Unit.code == row["unit_code"])).scalar() or ""
    return EnrollReply(device_id=device_id, token=token, unit_code=row["unit_code"], unit_name=unit,
                       role=DeviceRole(row["role"]), server_epoch=get_meta(conn, "server_epoch"),
                       server_key=get_meta(conn, "bundle_x25519_public"),
                       server_signing_key=get_meta(conn, "bundle_ed25519_public"))


def device_ctx(conn: Connection, row: Any) -> DeviceCtx:
    return DeviceCtx(id=row["id"], unit_code=row["unit_code"], role=DeviceRole(row["role"]),
                     local_device_id=row["local_device_id"],
                     scope=tuple(unit_svc.scope_of(conn, row["unit_code"])),
                     last_applied_seq=row["last_applied_seq"], signing_key=row["signing_key"],
                     server_epoch=row.get("server_epoch"))


_EPOCH = select(ServerMetaRow.value).where(ServerMetaRow.key == "server_epoch").scalar_subquery()


def authenticate(conn: Connection, token: str, *, for_update: bool = False) -> DeviceCtx:
    """The device a token belongs to, with the server epoch, in one query (a commune device's
    scope needs no other). `for_update` locks the device row (a push: its sequence)."""
    t = Device.__table__
    q = select(t, _EPOCH.label("server_epoch")).where(t.c.token_hash == security.digest(token))
    if for_update:
        q = q.with_for_update(of=t)
    row = conn.execute(q).mappings().first()
    if row is None:
        raise ApiError(401, "device_unknown", "unknown device token")
    if row["revoked"]:
        raise ApiError(403, "device_revoked", "this device was revoked")
    return device_ctx(conn, row)


def device_by_id(conn: Connection, device_id: str) -> DeviceCtx:
    t = Device.__table__
    row = conn.execute(select(t).where(t.c.id == device_id)).mappings().first()
    if row is None:
        raise ApiError(403, "device_unknown", "unknown device")
    if row["revoked"]:
        raise ApiError(403, "device_revoked", "this device was revoked")
    return device_ctx(conn, row)


def list_devices(conn: Connection) -> list[DevicePublic]:
    t = Device.__table__
    rows = conn.execute(select(t).order_by(t.c.unit_code, t.c.enrolled_at)).mappings()
    return [DevicePublic.model_validate(dict(r)) for r in rows]


def revoke(conn: Connection, device_id: str) -> bool:
    t = Device.__table__
    return conn.execute(t.update().where(t.c.id == device_id).values(revoked=True)).rowcount == 1
