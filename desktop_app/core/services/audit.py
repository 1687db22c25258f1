"""The audit trail: list and verify. Rows are appended by every write (services/base.py)."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable

from sqlalchemy import select

from desktop_app.core.domain.schemas import AuditEntry
from desktop_app.core.services import permissions as perm
from desktop_app.core.services.base import GENESIS_HASH, audit_hash
from desktop_app.core.services.changes import Changes
from desktop_app.core.store.tables import AuditLog, Person

if TYPE_CHECKING:
    from desktop_app.core.services.workspace import Workspace


@dataclass(frozen=True)
class AuditNames:
    """The names behind the ids of some audit rows: people by id, accounts by login. The UI
    words the rows with them; the core formats no sentence."""
    people: dict[str, str]
    users: dict[str, str]


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

    def names(self, entries: Iterable[AuditEntry]) -> AuditNames:
        """The full names of the people and accounts these rows name (deleted people too: the log
        outlives them)."""
        self.ws.require(perm.READ_AUDIT)
        entries = list(entries)
        pids = {e.person_id for e in entries if e.person_id}
        pids |= {e.entity_id for e in entries if e.entity == "person" and e.entity_id}
        people: dict[str, str] = {}
        p = Person.__table__
        with self.ws._read() as conn:
            ids = sorted(pids)
            for i in range(0, len(ids), 500):
                people.update(conn.execute(select(p.c.id, p.c.full_name).where(p.c.id.in_(ids[i:i + 500]))).all())
        return AuditNames(people, self.ws.users.full_names())

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

    def record_print(self, entity: str, entity_id: str, target: str, *, what: str,
                     person_id: str | None = None) -> Changes:
        """A "print" audit row for a document printed or saved as PDF by the UI (`what`: the
        document, e.g. "person_file", "attendance_list"; `target`: "printer" or "pdf"). A write
        like any other: the UI runs it through `ops.op`, and the audit view hears of it."""
        with self.ws._write() as tx:
            tx.audit("print", entity, entity_id, person_id, {"what": what, "target": target})
        return Changes()
