"""Templates the province publishes, pulled read-only by its communes (issue 18 item 2).

A published template is a row of a province table (`domain/records.PROVINCE_TABLES`) in the
province's unit ("25"), written only by a province admin's device (`rules.province_table_problem`).
A commune device's scope stays its commune (nothing it pushes may touch the province's unit);
it reads these rows through `/sync/published`, a page shaped like a unit's pull page
(`protocol.PullPage`) holding only the rows of the province tables, under the province's
version counter, and it may download the attachment (the .docx) such a row names
(`names_blob`). A province device pulls its unit as usual and needs neither.
"""

from __future__ import annotations

import json

from sqlalchemy import Connection, select

from desktop_app.core.domain.records import PROVINCE_TABLES
from sync_server.models import Record
from sync_server.services import moves
from sync_server.services.enrollment import DeviceCtx
from sync_server.services.pull import _counter, _epoch

_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def province_for(conn: Connection, device: DeviceCtx) -> str | None:
    """The province whose published rows this device reads: its commune's province."""
    prov = moves.province_of(conn, device)
    return prov if prov and len(prov) == 2 else None


def page_json(conn: Connection, device: DeviceCtx, after: int, limit: int) -> str:
    """The province's published rows stamped in (after, upto], tombstones included, as a pull
    page of the province's unit (`unit` names it; empty when the device has no province)."""
    prov = province_for(conn, device)
    cap, horizon = _counter(conn, prov) if prov else (0, 0)
    t = Record.__table__  # type: ignore[attr-defined]
    rows = conn.execute(
        select(t.c.table_name, t.c.row_id, t.c.unit_code, t.c.version, t.c.deleted, t.c.data, t.c.field_hlc,
               t.c.updated_hlc, t.c.updated_by)
        .where(t.c.unit_code == prov, t.c.table_name.in_(sorted(PROVINCE_TABLES)),
               t.c.version > after, t.c.version <= cap)
        .order_by(t.c.version).limit(limit)).all() if prov else []
    upto, has_more = cap, False
    if len(rows) == limit:
        upto, has_more = rows[-1].version, rows[-1].version < cap
    out = [{"table": r.table_name, "id": r.row_id, "unit_code": r.unit_code, "version": r.version,
            "deleted": bool(r.deleted), "fields": json.loads(r.data), "field_hlc": r.field_hlc,
            "updated_hlc": r.updated_hlc, "updated_by": r.updated_by} for r in rows]
    return _dumps({"unit": prov or "", "after": after, "upto": upto, "has_more": has_more,
                   "server_epoch": _epoch(conn, device), "tombstone_horizon": horizon, "moved": [],
                   "conflicts": [], "rows": out})


def names_blob(conn: Connection, device: DeviceCtx, sha: str) -> bool:
    """A live published row of the device's province names the attachment `sha`."""
    prov = province_for(conn, device)
    if prov is None or len(sha) != 64:
        return False
    t = Record.__table__  # type: ignore[attr-defined]
    return conn.execute(select(t.c.row_id).where(
        t.c.unit_code == prov, t.c.table_name.in_(sorted(PROVINCE_TABLES)), t.c.deleted == False,  # noqa: E712
        t.c.data.contains(f'"{sha}"')).limit(1)).first() is not None
