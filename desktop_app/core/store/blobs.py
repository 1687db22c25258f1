"""The attachment table's housekeeping: bytes leave the register with the last row naming them
(a person's photo replaced or removed, here or on another laptop, or its person gone out of
this register's scope). Here, not in the sync package, because a local edit needs it too and
the sync package brings the network client with it."""

from __future__ import annotations

import functools
from typing import Any, Iterable

from desktop_app.core.store.tables import SYNCED_TABLES, Attachment

PENDING_UPLOAD = "blob_up:"  # sync_meta keys of attachments still to be sent (core.sync.attachments)


@functools.cache
def naming_columns() -> tuple[tuple[str, str], ...]:
    """(table, column) of every synced column that names an attachment by its SHA-256."""
    return tuple((name, c.name) for name, t in SYNCED_TABLES.items()
                 for c in t.__table__.columns if c.name.endswith("_sha256"))  # type: ignore[attr-defined]


def drop_unnamed(conn: Any, only: Iterable[str] | None = None) -> int:
    """In the caller's transaction: the attachments no row names any more leave the register —
    `only` these hashes (a local edit), or all of them (after a pull). Those still waiting to be
    sent stay. Skipped when the register holds no attachment. Returns how many were dropped."""
    params: tuple[str, ...] = ()
    if only is not None:
        params = tuple(only)
        if not params:
            return 0
    if conn.exec_driver_sql(f"SELECT 1 FROM {Attachment.__tablename__} LIMIT 1").first() is None:
        return 0
    unnamed = " AND ".join(f"sha256 NOT IN (SELECT {c} FROM {t} WHERE {c} IS NOT NULL)"
                           for t, c in naming_columns())
    if params:
        unnamed += f" AND sha256 IN ({','.join('?' for _ in params)})"
    deleted: int = conn.exec_driver_sql(
        f"DELETE FROM {Attachment.__tablename__} WHERE {unnamed} AND sha256 NOT IN "
        f"(SELECT substr(key, {len(PENDING_UPLOAD) + 1}) FROM sync_meta WHERE key LIKE '{PENDING_UPLOAD}%')",
        params).rowcount
    return max(deleted, 0)
