"""The roots of registers' account certificates, and who an op's author is (issue 16 item 2).

A register's first chief is the root of its accounts' certificates (desktop_app/core/domain/
certs.py). Its signing public key comes with the register's first enrollment and is pinned here
per register id; a later enrollment of the same register naming another root is refused with
`root_mismatch` — an insider who re-signed every account with a root of their own cannot bring
the result to the server — until the province admin resets it
(`wardbook-server devices --reset-root REGISTER_ID`, after checking with the commune).

`verify_author` checks an author's certificate chain against the root pinned for the device's
register; the ops' author check (issue 16 item 3) calls it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Mapping

from sqlalchemy import Connection, Engine, delete, select

from desktop_app.core.domain.certs import CertError, Verified, verify_chain
from sync_server.models import AccountRoot, Device
from sync_server.services.errors import ApiError


def root_of(conn: Connection, register_id: str) -> bytes | None:
    t = AccountRoot.__table__  # type: ignore[attr-defined]
    value = conn.execute(select(t.c.root_sign_pub).where(t.c.register_id == register_id)).scalar()
    return bytes.fromhex(value) if value else None


def pin_root(conn: Connection, register_id: str, root_hex: str, *, unit_code: str = "", device_id: str = "") -> None:
    """At enrollment: the register's root, pinned the first time; refused when it differs."""
    t = AccountRoot.__table__  # type: ignore[attr-defined]
    known = conn.execute(select(t.c.root_sign_pub).where(t.c.register_id == register_id)).scalar()
    if known is None:
        conn.execute(t.insert(), {"register_id": register_id, "root_sign_pub": root_hex.lower(),
                                  "unit_code": unit_code, "device_id": device_id,
                                  "pinned_at": dt.datetime.now(dt.UTC)})
    elif known != root_hex.lower():
        raise ApiError(409, "root_mismatch",
                       "this register's accounts are signed by another root than the one the server "
                       "pinned at its first enrollment; the province admin must check and reset it")


def reset_root(conn: Connection, register_id: str) -> bool:
    """The province admin forgets a register's root: its next enrollment pins a new one."""
    t = AccountRoot.__table__  # type: ignore[attr-defined]
    return conn.execute(delete(t).where(t.c.register_id == register_id)).rowcount == 1


def list_roots(conn: Connection) -> list[dict[str, Any]]:
    t = AccountRoot.__table__  # type: ignore[attr-defined]
    return [dict(r) for r in conn.execute(select(t).order_by(t.c.unit_code, t.c.register_id)).mappings()]


def device_root(conn: Connection, device: Any) -> tuple[str, bytes | None]:
    """(register id, its pinned root or None) of a device (a DeviceCtx or a device id), in one
    query; ("", None) for an unknown device."""
    device_id = device if isinstance(device, str) else device.id
    d, r = Device.__table__, AccountRoot.__table__  # type: ignore[attr-defined]
    row = conn.execute(select(d.c.register_id, r.c.root_sign_pub)
                       .select_from(d.outerjoin(r, r.c.register_id == d.c.register_id))
                       .where(d.c.id == device_id)).first()
    if row is None:
        return "", None
    return str(row[0] or ""), (bytes.fromhex(row[1]) if row[1] else None)


def verify_author(engine: Engine | Connection, device: Any, certs: Mapping[str, Mapping[str, Any]],
                  username: str) -> Verified:
    """The author `username`'s certificate (with its issuers' in `certs`) checked back to the
    root pinned for `device`'s register (`device`: a DeviceCtx or a device id). Raises
    CertError: `cert_root_unknown` (no root pinned for that register: enrolled before
    certificates), `cert_inactive` (a deactivated account), or verify_chain's codes
    (`cert_missing`, `cert_invalid`, `cert_issuer_not_allowed`, `cert_chain_broken`)."""
    if isinstance(engine, Engine):
        with engine.connect() as conn:
            return verify_author(conn, device, certs, username)
    register_id, root = device_root(engine, device)
    if root is None:
        raise CertError("cert_root_unknown", username)
    verified = verify_chain(certs, username, root, register_id)
    if not verified.active:
        raise CertError("cert_inactive", username)
    return verified
