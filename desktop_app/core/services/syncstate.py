"""What the status bar says about sync: pending local changes, the last successful sync and
the last error. Honest by construction: "synced" only when the outbox is empty and the last
attempt succeeded."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from desktop_app.core.store.tables import SyncMeta, SyncOutbox

if TYPE_CHECKING:
    from desktop_app.core.services.workspace import Workspace


@dataclass(frozen=True)
class SyncState:
    pending: int
    last_sync: str | None  # ISO timestamp of the last successful sync
    last_error: str | None
    enrolled: bool

    @property
    def synced(self) -> bool:
        return self.enrolled and self.pending == 0 and self.last_error is None and self.last_sync is not None


class SyncStateService:
    def __init__(self, ws: "Workspace"):
        self.ws = ws

    def state(self) -> SyncState:
        with self.ws._read() as conn:
            pending = conn.execute(select(func.count()).select_from(SyncOutbox)).scalar_one()
            meta = dict(conn.execute(select(SyncMeta.key, SyncMeta.value).where(
                SyncMeta.key.in_(["last_sync", "last_sync_error", "server_url"]))).all())
        return SyncState(pending=int(pending), last_sync=meta.get("last_sync") or None,
                         last_error=meta.get("last_sync_error") or None, enrolled=bool(meta.get("server_url")))
