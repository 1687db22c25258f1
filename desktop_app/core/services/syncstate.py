"""What the status bar says about sync: pending local changes, the last successful sync and
the last error, and how many conflicts and rejections wait for a person. Honest by
construction: "synced" only when the outbox is empty and the last attempt succeeded (the sync
client records every failed attempt as `last_sync_error`, and clears it only on success)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable

from sqlalchemy import select
from sqlmodel import col

from desktop_app.core.store.tables import SyncMeta, outbox_pending

if TYPE_CHECKING:
    from desktop_app.core.services.workspace import Workspace


@dataclass(frozen=True)
class SyncState:
    pending: int
    last_sync: str | None  # ISO timestamp (UTC) of the last successful sync
    last_error: str | None  # the code of the last attempt's failure, None when it succeeded
    enrolled: bool
    last_error_at: str | None = None
    conflicts: int = 0  # open conflicts (not yet confirmed or swapped)
    rejections: int = 0  # changes the server refused, not yet dismissed
    clock_ahead: bool = False  # the last sync found this computer's clock running fast (clock bound)

    @property
    def synced(self) -> bool:
        return self.enrolled and self.pending == 0 and self.last_error is None and self.last_sync is not None


class SyncStateService:
    def __init__(self, ws: "Workspace"):
        self.ws = ws

    def state(self) -> SyncState:
        with self.ws._read() as conn:
            pending = outbox_pending(conn)
            meta = dict(conn.execute(select(col(SyncMeta.key), col(SyncMeta.value)).where(
                col(SyncMeta.key).in_(["last_sync", "last_sync_error", "last_sync_error_at", "server_url",
                                        "clock_ahead"]))).all())
            conflicts = conn.exec_driver_sql(
                "SELECT count(*) FROM sync_meta WHERE key LIKE 'conflict:%' "
                "AND coalesce(json_extract(value, '$.resolved'), 0) = 0").scalar_one()
            rejections = conn.exec_driver_sql(
                "SELECT count(*) FROM sync_meta WHERE key LIKE 'rejection:%'").scalar_one()
        return SyncState(pending=int(pending), last_sync=meta.get("last_sync") or None,
                         last_error=meta.get("last_sync_error") or None, enrolled=bool(meta.get("server_url")),
                         last_error_at=meta.get("last_sync_error_at") or None,
                         conflicts=int(conflicts), rejections=int(rejections),
                         clock_ahead=bool(meta.get("clock_ahead")))

    def row_labels(self, refs: Iterable[tuple[str, str]]) -> dict[str, str]:
        """Who or what a synced row is about, for the lists of conflicts and rejections:
        {row_id: label} for (table, row_id) pairs — the person's name for a person and for the
        rows that belong to a person (documents, cases and what hangs off a case, attendances),
        the topic of a warning session, the name of a security model. Rows not held here (a
        refused insert, a row that left the scope) are left out."""
        by_table: dict[str, list[str]] = {}
        for table, row_id in refs:
            by_table.setdefault(table, []).append(row_id)
        out: dict[str, str] = {}
        queries = {
            "person": "SELECT id, full_name FROM person WHERE id IN ({})",
            "id_document": "SELECT d.id, p.full_name FROM id_document d JOIN person p ON p.id = d.person_id "
                           "WHERE d.id IN ({})",
            "case_file": "SELECT c.id, p.full_name FROM case_file c JOIN person p ON p.id = c.person_id "
                         "WHERE c.id IN ({})",
            "attendance": "SELECT a.id, p.full_name FROM attendance a JOIN person p ON p.id = a.person_id "
                          "WHERE a.id IN ({})",
            "warning_session": "SELECT id, topic FROM warning_session WHERE id IN ({})",
            "security_model": "SELECT id, name FROM security_model WHERE id IN ({})",
        }
        for table in ("contact", "evaluation", "absence", "violation", "case_event"):
            queries[table] = (f'SELECT x.id, p.full_name FROM "{table}" x JOIN case_file c ON c.id = x.case_id '
                              "JOIN person p ON p.id = c.person_id WHERE x.id IN ({})")
        with self.ws._read() as conn:
            for table, ids in by_table.items():
                sql = queries.get(table)
                if sql is None:
                    continue
                for i in range(0, len(ids), 500):
                    chunk = ids[i:i + 500]
                    for row_id, label in conn.exec_driver_sql(sql.format(",".join("?" for _ in chunk)), tuple(chunk)):
                        if label:
                            out[row_id] = label
        return out
