"""What the server told each device: per unit, the last version a pull page (or a bundle's
reply) sent it (DeviceSeen, migration s0007). A device cannot have seen a later version; a
number above it comes from a history the server lost (restored from a backup, and nobody ran
`new-epoch`): `/sync/meta?told=1` gives it to the register (a cursor above it: re-send every
row and pull again), and a push's base versions are bounded by it (push._base_version)."""

from __future__ import annotations

from sqlalchemy import Connection, bindparam, func, select

from sync_server.models import DeviceSeen


def told(conn: Connection, device_id: str) -> dict[str, int]:
    """Per unit, the last version a page told the device about (DeviceSeen)."""
    t = DeviceSeen.__table__  # type: ignore[attr-defined]
    return {u: int(v) for u, v in conn.execute(select(t.c.unit_code, t.c.version).where(t.c.device_id == device_id))}


def note(conn: Connection, device_id: str, told: dict[str, tuple[int, int]]) -> None:
    """Keeps, per unit, what a page told the device: `told[unit] = (after, upto)`, the cursor it
    asked from and the page's last version. In a write transaction after the page was made (the
    pull itself only reads). Only from a cursor this database gave it (at or below what it
    remembers, or nothing remembered yet): a cursor above it comes from a history a restore
    lost, and the device still lacks what was stamped between the two, so a page from there
    tells it nothing this database can vouch for (an older laptop that never asks `told` would
    otherwise lose the push bound at its first pull after the restore)."""
    rows = [{"device_id": device_id, "unit_code": u, "version": upto, "after": after}
            for u, (after, upto) in told.items() if upto > 0]
    if not rows:
        return
    t = DeviceSeen.__table__  # type: ignore[attr-defined]
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as upsert
    else:
        from sqlalchemy.dialects.sqlite import insert as upsert  # type: ignore[assignment]
    larger = func.greatest if conn.dialect.name == "postgresql" else func.max
    stmt = upsert(t).values(device_id=bindparam("device_id"), unit_code=bindparam("unit_code"),
                            version=bindparam("version"))
    conn.execute(stmt.on_conflict_do_update(
        index_elements=[t.c.device_id, t.c.unit_code],
        set_={"version": larger(t.c.version, stmt.excluded.version)},
        where=t.c.version >= bindparam("after")), rows)
