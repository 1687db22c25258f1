"""The audit trail: list and verify. Rows are appended by every write (services/base.py)."""

from __future__ import annotations

import datetime as dt
import functools
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Iterable, Mapping

from sqlalchemy import case, func, select

from desktop_app.core.domain.schemas import AuditEntry
from desktop_app.core.services import audit_anchor
from desktop_app.core.services import permissions as perm
from desktop_app.core.services.audit_anchor import AnchorVerdict
from desktop_app.core.services.base import GENESIS_HASH, audit_hash
from desktop_app.core.services.changes import Changes
from desktop_app.core.store.tables import AppUser, AuditLog, Person
from desktop_app.core.textvn import fold

if TYPE_CHECKING:
    from desktop_app.core.services.workspace import Workspace


@dataclass(frozen=True)
class AuditNames:
    """The names behind the ids of some audit rows: people by id, accounts by login. The UI
    words the rows with them; the core formats no sentence."""
    people: dict[str, str]
    users: dict[str, str]


@dataclass(frozen=True)
class AuditPage:
    """Some audit rows, newest first, with the counts a pager needs and the names behind them."""
    rows: tuple[AuditEntry, ...]
    total: int  # rows of the user asked for (every row when none), the text aside
    matched: int  # of those, the rows the text finds
    names: AuditNames


@dataclass(frozen=True)
class AuditVerdict:
    ok: bool
    checked: int
    first_broken_seq: int | None = None
    # hash_mismatch | link_mismatch | gap (the chain itself); anchor_cut | anchor_rewritten (the
    # chain against the anchor the server keeps) | anchor_flagged (the server flagged this device)
    reason: str = ""
    anchor: AnchorVerdict | None = None  # the chain against its anchor off the laptop


_WORDS_SQL = "wardbook_audit_words"  # an audit row's words, folded (textvn.fold), as an SQL function

_fold_part = functools.lru_cache(maxsize=65_536)(fold)  # labels and names repeat from row to row


def _words(*parts: Any) -> str:
    """fold(" ".join(parts)), each part folded once (fold works character by character and
    collapses the spaces: the same text)."""
    out = []
    for part in parts:
        if part:
            folded = _fold_part(part)
            if folded:
                out.append(folded)
    return " ".join(out)


def _words_sql(conn: Any) -> None:
    """Make `wardbook_audit_words(a, b, …)` callable in this connection's SQL."""
    dbapi = conn.connection.dbapi_connection
    try:
        dbapi.create_function(_WORDS_SQL, -1, _words, deterministic=True)
    except (TypeError, NotImplementedError):  # an SQLite driver without `deterministic`
        dbapi.create_function(_WORDS_SQL, -1, _words)


class AuditService:
    def __init__(self, ws: "Workspace"):
        self.ws = ws

    def list(self, *, person_id: str | None = None, username: str | None = None,
             date_from: dt.date | None = None, date_to: dt.date | None = None,
             action: str | None = None, limit: int = 500, offset: int = 0) -> list[AuditEntry]:
        self.ws.require(perm.READ_AUDIT)
        t = AuditLog.__table__  # type: ignore[attr-defined]
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

    def page(self, *, username: str | None = None, text: str = "",
             action_labels: Mapping[str, str] | None = None, entity_labels: Mapping[str, str] | None = None,
             limit: int = 500, offset: int = 0) -> AuditPage:
        """The rows of `username` (every user's when None), newest first, whose words contain
        `text` accent-insensitively; `offset` counts from the newest. The words of a row: its
        action and the action's label, its entity and the entity's label (labels are the
        caller's words, by code: the core words nothing), the entity's and the person's ids, the
        person's full name, the officer's full name and, for a row about an account, that
        account's full name. Filtered in SQL, in one pass (the numbers of the matching rows, then
        the page's rows): no row is read to be thrown away."""
        self.ws.require(perm.READ_AUDIT)
        a = AuditLog.__table__  # type: ignore[attr-defined]
        conds = [a.c.username == username] if username else []
        needle = fold(text or "")
        with self.ws._read() as conn:
            total = conn.execute(select(func.count()).select_from(a).where(*conds)).scalar_one()
            if needle:
                _words_sql(conn)
                p = Person.__table__.alias("p")  # type: ignore[attr-defined]
                officer = AppUser.__table__.alias("officer")  # type: ignore[attr-defined]
                account = AppUser.__table__.alias("account")  # type: ignore[attr-defined]

                def label(column: Any, labels: Mapping[str, str] | None) -> Any:
                    return case(dict(labels), value=column, else_=column) if labels else column

                def user_name(u: Any) -> Any:  # users.full_names: the login when no name was given
                    return func.coalesce(func.nullif(u.c.full_name, ""), u.c.username, "")

                words = (a.c.action, label(a.c.action, action_labels), a.c.entity, label(a.c.entity, entity_labels),
                         a.c.entity_id, a.c.person_id, p.c.full_name,
                         user_name(officer), case((a.c.entity == "user", user_name(account)), else_=""))
                source = (a.outerjoin(p, p.c.id == a.c.person_id)
                          .outerjoin(officer, officer.c.username == a.c.username)
                          .outerjoin(account, account.c.username == a.c.entity_id))
                conds.append(func.instr(getattr(func, _WORDS_SQL)(*words), needle) > 0)
                # the filter runs once: the matching rows' numbers, then the page's rows by number
                seqs = conn.execute(select(a.c.seq).select_from(source).where(*conds)
                                    .order_by(a.c.seq.desc())).scalars().all()
                matched, wanted = len(seqs), seqs[offset:offset + limit]
                found: list[Any] = []
                for i in range(0, len(wanted), 500):
                    found += conn.execute(select(a).where(a.c.seq.in_(wanted[i:i + 500]))).mappings().all()
                rows: Iterable[Any] = sorted(found, key=lambda r: -r["seq"])
            else:
                matched = total
                rows = conn.execute(select(a).where(*conds).order_by(a.c.seq.desc())
                                    .limit(limit).offset(offset)).mappings().all()
            entries = tuple(AuditEntry.model_validate({**r, "detail": json.loads(r["detail"])}) for r in rows)
        return AuditPage(entries, total, matched, self.names(entries))

    def names(self, entries: Iterable[AuditEntry]) -> AuditNames:
        """The full names of the people and accounts these rows name (deleted people too: the log
        outlives them)."""
        self.ws.require(perm.READ_AUDIT)
        entries = list(entries)
        pids = {e.person_id for e in entries if e.person_id}
        pids |= {e.entity_id for e in entries if e.entity == "person" and e.entity_id}
        people: dict[str, str] = {}
        p = Person.__table__  # type: ignore[attr-defined]
        with self.ws._read() as conn:
            ids = sorted(pids)
            for i in range(0, len(ids), 500):
                people.update(conn.execute(select(p.c.id, p.c.full_name).where(p.c.id.in_(ids[i:i + 500]))).all())
        return AuditNames(people, self.ws.users.full_names())

    def verify(self) -> AuditVerdict:
        """Walks the chain from the first row; reports the first row whose link or hash does
        not match (an edited, deleted or reordered row). Then checks the chain against the
        anchor the server keeps (services/audit_anchor.py): rows cut from the end, or a row
        rewritten with the chain recomputed, which the walk alone cannot see."""
        t = AuditLog.__table__  # type: ignore[attr-defined]
        prev_hash, expected_seq, n = GENESIS_HASH, 1, 0
        broken: tuple[int, str] | None = None
        with self.ws._read() as conn:
            for r in conn.execute(select(t).order_by(t.c.seq)).mappings():
                n += 1
                if r["seq"] != expected_seq:
                    broken = (expected_seq, "gap")
                    break
                if r["prev_hash"] != prev_hash:
                    broken = (r["seq"], "link_mismatch")
                    break
                h = audit_hash(prev_hash, r["seq"], r["at"], r["username"], r["action"], r["entity"],
                               r["entity_id"], r["person_id"], r["detail"])
                if h != r["hash"]:
                    broken = (r["seq"], "hash_mismatch")
                    break
                prev_hash, expected_seq = h, expected_seq + 1
            anchor = audit_anchor.verdict(conn)
        if broken:
            return AuditVerdict(False, n, broken[0], broken[1], anchor)
        if anchor.state in ("cut", "rewritten"):
            return AuditVerdict(False, n, anchor.first_seq, f"anchor_{anchor.state}", anchor)
        if anchor.server_flag:
            return AuditVerdict(False, n, None, "anchor_flagged", anchor)
        return AuditVerdict(True, n, anchor=anchor)

    def record(self, action: str, *, entity: str = "", entity_id: str = "",
               person_id: str | None = None, detail: dict[str, Any] | None = None) -> None:
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
