"""Citizen crime tips (nguồn tin tố giác tội phạm). The reporter's identity is protected: roles
without `view_tip_reporter` get None in its place, enforced here, not in the UI."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from sqlalchemy import RowMapping, and_, func, or_, select
from sqlmodel import col

from desktop_app.core.domain.schemas import Page, TipIn, TipView, parse_input
from desktop_app.core.errors import NotFound, Problem
from desktop_app.core.services import permissions as perm
from desktop_app.core.services.cases import settle
from desktop_app.core.services.changes import Changes
from desktop_app.core.store.tables import Tip
from desktop_app.core.textvn import fold_tokens, search_text

# Filters of the tips list (TipService.list): the assessment, and whether a result is recorded.
RATINGS = ("valuable", "not_valuable", "unrated")
# "handled": assessed and a result recorded; "pending": not assessed yet or no result yet
STATUSES = ("pending", "handled")
# Search: every word of the query must begin a word of the content, the result or (for a role
# that may see it) the reporter's name or contact.
_FOLD_SQL = "wardbook_fold"  # textvn.search_text as an SQL function on the connection


def _fold(value: Any) -> str:
    return " " + search_text(value) if value else ""  # a space first: a word starts after a space


def _fold_sql(conn: Any, sensitive: "SensitiveKeys | None" = None) -> None:
    """Make `wardbook_fold(text)` callable in this connection's SQL: the text's search tokens
    (accents folded, grouped digits joined: textvn.search_text), so that a query's tokens
    match whatever way the text was typed; and `wardbook_fold_sealed(field, value)`: the same
    of a sealed tip field's plaintext, opened with `sensitive` (nothing without it)."""
    dbapi = conn.connection.dbapi_connection

    def fold_sealed(name: str, value: Any) -> str:
        if sensitive is None or not value:
            return ""
        return _fold(sensitive.open("tip", name, value))

    for name, n, fn in ((_FOLD_SQL, 1, _fold), ("wardbook_fold_sealed", 2, fold_sealed)):
        try:
            dbapi.create_function(name, n, fn, deterministic=True)
        except (TypeError, NotImplementedError):  # an SQLite driver without `deterministic`
            dbapi.create_function(name, n, fn)

if TYPE_CHECKING:
    from desktop_app.core.services.sensitive import SensitiveKeys
    from desktop_app.core.services.workspace import Workspace


class TipService:
    def __init__(self, ws: "Workspace"):
        self.ws = ws

    def _row(self, tip_id: str) -> dict[str, Any]:
        with self.ws._read() as conn:
            row = conn.execute(select(Tip.__table__).where(  # type: ignore[attr-defined]
                col(Tip.id) == tip_id, col(Tip.deleted) == False)).mappings().first()  # noqa: E712
        scope = self.ws.scope_units()
        if row is None or (scope is not None and row["unit_code"] not in scope):
            raise NotFound("tip", tip_id)
        return dict(row)

    def _view(self, row: Mapping[str, Any] | RowMapping) -> TipView:
        # Sealed (issue 16): opened only for a role that may see the reporter, with the unit's
        # key; None otherwise (and where no key held here opens it).
        row = self.ws.sensitive.reveal("tip", dict(row), allowed=self.ws.can(perm.VIEW_TIP_REPORTER))
        return TipView.model_validate(row)

    def add(self, data: TipIn | dict[str, Any], *, unit_code: str | None = None) -> Changes:
        inp = parse_input(TipIn, data)
        unit_code = unit_code or self.ws.default_unit()
        self.ws.check_unit(unit_code)
        problems = []
        if inp.received_on > self.ws.today():
            problems.append(Problem("received_on", "date_in_future", {"value": inp.received_on.isoformat()}))
        row = {**inp.model_dump(), "channel": inp.channel.value}
        if inp.anonymous:
            if inp.reporter_name or inp.reporter_contact:
                problems.append(Problem("reporter_name", "anonymous_with_identity"))
        settle(problems, None)
        with self.ws._write() as tx:
            tid = tx.insert(Tip, row, unit_code=unit_code, audit=False)
            # The audit row must not copy the reporter's identity into a less protected place.
            tx.audit("create", "tip", tid, None, {"channel": row["channel"], "anonymous": inp.anonymous})
        return Changes(tips=True, created_id=tid)

    def mark(self, tip_id: str, *, valuable: bool | None, result: str | None = None) -> Changes:
        row = self._row(tip_id)
        self.ws.check_unit(row["unit_code"])
        values: dict[str, Any] = {"valuable": valuable}
        if result is not None:
            if len(result) > 2000:
                settle([Problem("result", "too_long", {"max": 2000})], None)
            values["result"] = result.strip()
        with self.ws._write() as tx:
            diff = tx.update(Tip, tip_id, values)
        return Changes(tips=bool(diff))

    def get(self, tip_id: str) -> TipView:
        view = self._view(self._row(tip_id))
        if self.ws.can(perm.VIEW_TIP_REPORTER) and not view.anonymous:
            with self.ws._write() as tx:
                tx.audit("view_tip_reporter", "tip", tip_id, None, {})
        return view

    def list(self, *, date_from: dt.date | None = None, date_to: dt.date | None = None,
             valuable: bool | None = None, query: str = "", rating: str | None = None,
             status: str | None = None, limit: int = 200, offset: int = 0) -> Page:
        """Newest first, filtered in SQL: received from/to (inclusive), `valuable` (True/False)
        or `rating` (one of RATINGS, "unrated" being not assessed yet), `status` (one of
        STATUSES: handled = assessed and a result recorded), and `query`: every word of it, accent-insensitive, in the content or the
        result — or in the reporter's name or contact, for a role that may see them (a role
        that may not cannot find a tip by its reporter either)."""
        if rating is not None and rating not in RATINGS:
            raise ValueError(f"rating {rating!r}")
        if status is not None and status not in STATUSES:
            raise ValueError(f"status {status!r}")
        t = Tip.__table__  # type: ignore[attr-defined]
        conds = [t.c.deleted == False]  # noqa: E712
        scope = self.ws.scope_units()
        if scope is not None:
            conds.append(t.c.unit_code.in_(scope))
        if date_from:
            conds.append(t.c.received_on >= date_from)
        if date_to:
            conds.append(t.c.received_on <= date_to)
        if valuable is not None:
            conds.append(t.c.valuable == valuable)
        if rating == "valuable":
            conds.append(t.c.valuable == True)  # noqa: E712
        elif rating == "not_valuable":
            conds.append(t.c.valuable == False)  # noqa: E712
        elif rating == "unrated":
            conds.append(t.c.valuable.is_(None))
        if status == "pending":
            conds.append(or_(t.c.valuable.is_(None), t.c.result == ""))
        elif status == "handled":
            conds.append(and_(t.c.valuable.is_not(None), t.c.result != ""))
        tokens = fold_tokens(query)
        if tokens:
            fields = [func.wardbook_fold(t.c.content), func.wardbook_fold(t.c.result)]
            # The reporter's fields are sealed: opened in Python for this search only (never
            # folded into a stored column), and only for a role that may see them.
            reporter = [func.wardbook_fold_sealed("reporter_name", t.c.reporter_name),
                        func.wardbook_fold_sealed("reporter_contact", t.c.reporter_contact)]
            for tok in dict.fromkeys(tokens):
                word = " " + tok  # a word beginning so (as the people search matches)
                where = [func.instr(f, word) > 0 for f in fields]
                if self.ws.can(perm.VIEW_TIP_REPORTER):
                    where += [and_(t.c.anonymous == False, func.instr(f, word) > 0)  # noqa: E712
                              for f in reporter]
                conds.append(or_(*where))
        with self.ws._read() as conn:
            if tokens:
                _fold_sql(conn, self.ws.sensitive if self.ws.can(perm.VIEW_TIP_REPORTER) else None)
            rows = conn.execute(select(t).where(*conds).order_by(t.c.received_on.desc())
                                .limit(limit).offset(offset)).mappings().all()
            total = conn.execute(select(func.count()).select_from(t).where(*conds)).scalar_one()
        if self.ws.can(perm.VIEW_TIP_REPORTER) and any(not r["anonymous"] and r["reporter_name"] for r in rows):
            # Listing shows reporters' names to this role: that access is logged like a view.
            with self.ws._write() as tx:
                tx.audit("view_tip_reporter", "tip", "", None,
                         {"listed": [r["id"] for r in rows if not r["anonymous"] and r["reporter_name"]]})
        return Page(rows=tuple(self._view(r) for r in rows), total=total, offset=offset, limit=limit)
