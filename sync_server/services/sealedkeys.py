"""The keys the sensitive fields are sealed for (issue 16 items 1 and 5).

Each register has a sensitive key; its public half reaches the server with the enrollment (or
later, `POST /sync/sensitive-key`, when the register made it after enrolling) and is kept on the
device's row. `/sync/meta?keys=1` lists, for each unit of the asking device's scope, the keys of
the other enrolled (not revoked) devices whose scope covers that unit: the other registers of a
commune, and the province office's (flagged, the commune's policy decides). The laptop seals for
them; the server itself holds no key and keeps the sealed text it is sent (`rules.py` refuses
plaintext through the domain's declaration)."""

from __future__ import annotations

from sqlalchemy import Connection, or_, select

from desktop_app.core.sync.protocol import SensitiveKey
from sync_server.models import Device, Unit
from sync_server.services.enrollment import DeviceCtx


def set_key(conn: Connection, device: DeviceCtx, key: str) -> None:
    t = Device.__table__  # type: ignore[attr-defined]
    conn.execute(t.update().where(t.c.id == device.id).values(sensitive_key=key))


def keys_for(conn: Connection, device: DeviceCtx) -> list[SensitiveKey]:
    """For each unit of the device's scope, the sensitive keys of the other devices covering it."""
    units = list(device.scope)
    u = Unit.__table__  # type: ignore[attr-defined]
    parents = {code: parent for code, parent in conn.execute(
        select(u.c.code, u.c.parent_code).where(u.c.code.in_(units)))}
    provinces = sorted({p for p in parents.values() if p} | {c for c in units if len(c) == 2})
    d = Device.__table__  # type: ignore[attr-defined]
    rows = conn.execute(select(d.c.id, d.c.unit_code, d.c.sensitive_key).where(
        d.c.revoked == False, d.c.sensitive_key.is_not(None), d.c.id != device.id,  # noqa: E712
        or_(d.c.unit_code.in_(units), d.c.unit_code.in_(provinces)))
        .order_by(d.c.enrolled_at, d.c.id)).all()
    out: list[SensitiveKey] = []
    for unit in units:
        parent = parents.get(unit)
        for _, dev_unit, key in rows:
            if dev_unit == unit:
                out.append(SensitiveKey(unit=unit, key=key, province=len(dev_unit) == 2))
            elif parent and dev_unit == parent:
                out.append(SensitiveKey(unit=unit, key=key, province=True))
    return out
