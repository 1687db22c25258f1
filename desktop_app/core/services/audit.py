"""The audit trail: list and verify. Rows are appended by every write (services/base.py)."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select

from desktop_app.core.domain.schemas import AuditEntry
from desktop_app.core.services import permissions as perm
from desktop_app.core.services.base import GENESIS_HASH, audit_hash
from desktop_app.core.store.tables import AuditLog

if TYPE_CHECKING:
    from desktop_app.core.services.workspace import Workspace


@dataclass(frozen=True)
class AuditVerdict:
    ok: bool
    checked: int
    first_broken_seq: int | None = None
    reason: str = ""  # hash_mismatch | link_mismatch | gap


class AuditService:
    def __init__(self, ws: "Workspace"):
        self.ws = ws

    def list(self, *, person_id: str | None = None, username: str | None = None,
             date_from: dt.date | None = None, date_to: dt.date | None = None,
             action: str | None = None, limit: int = 500, offset: int = 0) -> list[AuditEntry]:
        self.ws.require(perm.READ_AUDIT)
        t = AuditLog.__table__
        conds = []
        if person_id:
            conds.append(t.c.person_id == person_id)
        if username:
            conds.append(t.c.username == username)
        if action:
            conds.append(t.c.action == action)
        if date_from:
            conds.append(t.c.at >= date_from.isoformat())
        if date_to:
            conds.append(t.c.at < (date_to + dt.timedelta(days=1)).isoformat())
        with self.ws._read() as conn:
            rows = conn.execute(select(t).where(*conds).order_by(t.c.seq).limit(limit).offset(offset)).mappings()
            return [AuditEntry.model_validate({**r, "detail": json.loads(r["detail"])}) for r in rows]

    def verify(self) -> AuditVerdict:
        """Walks the chain from the first row; reports the first row whose link or hash does
        not match (an edited, deleted or reordered row)."""
        t = AuditLog.__table__
        prev_hash, expected_seq, n = GENESIS_HASH, 1, 0
        with self.ws._read() as conn:
            for r in conn.execute(select(t).order_by(t.c.seq)).mappings():
                n += 1
                if r["seq"] != expected_seq:
                    return AuditVerdict(False, n, expected_seq, "gap")
                if r["prev_hash"] != prev_hash:
                    return AuditVerdict(False, n, r["seq"], "link_mismatch")
                h = audit_hash(prev_hash, r["seq"], r["at"], r["username"], r["action"], r["entity"],
                               r["entity_id"], r["person_id"], r["detail"])
                if h != r["hash"]:
                    return AuditVerdict(False, n, r["seq"], "hash_mismatch")
                prev_hash, expected_seq = h, expected_seq + 1
        return AuditVerdict(True, n)

    def record(self, action: str, *, entity: str = "", entity_id: str = "",
               person_id: str | None = None, detail: dict | None = None) -> None:
        """For actions that are not writes: exports, prints, backups."""
        with self.ws._write() as tx:
            tx.audit(action, entity, entity_id, person_id, detail or {})
