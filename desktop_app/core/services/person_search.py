"""Finding people: the search as you type and the filtered person lists (PersonService's
reads, split from persons.py). `PersonService` inherits them from `PersonSearch`."""

from __future__ import annotations

import builtins
import functools
import json
from typing import TYPE_CHECKING, Any, Sequence, cast

import sqlmodel
from sqlalchemy import ColumnElement, func, select

from desktop_app.core.domain.cccd import normalize_cccd
from desktop_app.core.domain.dates import PartialDate
from desktop_app.core.domain.schemas import (
    Page,
    PersonRow,
)
from desktop_app.core.domain.vocab import OPEN_STATUSES
from desktop_app.core.errors import ValidationFailed
from desktop_app.core.store.tables import CaseFile, Person
from desktop_app.core.textvn import (
    fold,
    fold_tokens,
    fts_query,
    join_name,
    search_text,
    search_text_of_parts,
    split_full_name,
)

if TYPE_CHECKING:
    from desktop_app.core.services.workspace import Workspace

_OPEN = tuple(s.value for s in OPEN_STATUSES)

# Search (see PersonService.search). A query with at most this many full-text matches is
# answered by reading those persons by rowid; a broader one by walking the sort index.
_FEW_MATCHES = 200
# person_fts has prefix indexes up to this many characters (migration 0002): a prefix query on
# such a word reads one list, and can be asked about one rowid cheaply.
_FTS_PREFIX_MAX = 5
# Matches for at least this share of the persons (by rowid range) make a query "dense".
_DENSE = 0.9
_SQL_FTS_ROWIDS = "SELECT rowid FROM person_fts WHERE person_fts MATCH ?"
_SQL_FTS_CAPPED = f"SELECT count(*) FROM ({_SQL_FTS_ROWIDS} LIMIT ?)"
_SQL_FTS_COUNT = "SELECT count(*) FROM person_fts WHERE person_fts MATCH ?"
_OPEN_SQL = ", ".join(f"'{s}'" for s in _OPEN)
# `open_cases`: the category of each open case, comma-separated (PersonRow counts them and
# keeps the distinct ones): one look at the person's cases gives both the count and the column
_SQL_ROW = (
    "SELECT p.id, p.unit_code, p.full_name, p.birth_date, p.gender, p.cccd, p.current_address, "
    "(SELECT group_concat(c.category) FROM case_file c WHERE c.person_id = p.id AND c.deleted = 0 "
    f"AND c.status IN ({_OPEN_SQL})) AS open_cases")
# A search hit's fields that the person lists do not show, read for the hits whose words are not
# all in the shown ones (see PersonService._matched)
_SQL_HIDDEN = "SELECT id, aliases, permanent_address FROM person WHERE id IN ({})"
_SQL_OLD_IDS = "SELECT person_id, number FROM id_document WHERE deleted = 0 AND person_id IN ({})"


@functools.lru_cache(maxsize=8192)
def _spaced_words(text: str | None) -> str:
    """The search words of `text` with a space before each: " tok" found in it means a word
    beginning with tok. Cached: typing a name letter by letter lists mostly the same persons
    again, and the addresses of a commune repeat."""
    return " " + search_text(text) if text else ""


def _begins_word(spaced: str, token: str) -> bool:
    return (" " + token) in spaced


def _person_rows(result: Any) -> list[PersonRow]:
    """PersonRows from the person lists' SQL (the columns of _SQL_ROW), whose `open_cases` is
    the category of each open case, comma-separated: counted, and kept once each."""
    out = []
    for r in result:
        found = r.open_cases.split(",") if r.open_cases else ()
        out.append(PersonRow(id=r.id, unit_code=r.unit_code, full_name=r.full_name, birth_date=r.birth_date,
                             gender=r.gender, cccd=r.cccd, current_address=r.current_address,
                             open_cases=len(found), categories=tuple(sorted(set(found))) if found else ()))
    return out


def build_search_text(row: dict[str, Any], old_numbers: Sequence[str] = ()) -> str:
    """The person's search text: computed the same way on every laptop (the old ID numbers in
    sorted order, whatever order a register holds them in), never synced (sync/derived.py)."""
    parts = [row.get("full_name", ""), row.get("aliases", ""), row.get("cccd") or "",
             *sorted(old_numbers), row.get("permanent_address", ""), row.get("current_address", "")]
    return search_text_of_parts([p for p in parts if p])


# The persons of the due list (computed in Python by DueService), given as one JSON array
_DUE_IDS = "SELECT value FROM json_each(?)"


def _case_filter(category: str | None, status: str | None, officer: str | None) -> tuple[str, list[Any]]:
    """The ids of persons with a live case matching the filters given: SQL and parameters (the
    covering case_file filter indexes of migration 0002 answer it without reading case rows)."""
    sql = "SELECT c.person_id FROM case_file c WHERE c.deleted = 0"
    params: list[Any] = []
    for col, value in (("category", category), ("status", status), ("officer", officer)):
        if value:
            sql += f" AND c.{col} = ?"
            params.append(value)
    return sql, params


class PersonSearch:
    """The search and list reads of `ws.persons` (mixed into PersonService)."""

    ws: "Workspace"
    _due_cache: tuple[tuple[Any, ...], str] | None  # set by PersonService.__init__

    def _scope_clause(self) -> ColumnElement[bool] | None:
        scope = self.ws.scope_units()
        return None if scope is None else sqlmodel.col(Person.unit_code).in_(scope)

    def search(self, query: str, *, limit: int = 50, offset: int = 0, with_total: bool = False,
               unit_code: str | None = None, category: str | None = None, status: str | None = None,
               officer: str | None = None, due: str | None = None) -> Page:
        """Accent-insensitive search over names, aliases, CCCD (prefix) and addresses, sorted
        in Vietnamese order. Empty text lists everyone. `category`, `status`, `officer` keep
        the persons with a live case matching them, `due` those with work on the due list (as
        `list` does).

        One of three plans, by how many persons the full-text query matches (EXPLAIN QUERY PLAN
        and timings in bench/README.md):
        * few (at most _FEW_MATCHES): read just those persons by rowid and sort them;
        * nearly the whole register ("0", "p": every word is prefix-indexed and the matches are
          _DENSE of the persons or more): walk the live persons in sort order along
          ix_person_deleted_sort (ix_person_unit_sort for one unit) and ask the full-text index
          about each one's rowid, stopping at the page size: a page needs about limit/density
          probes, each cheap for a prefix-indexed word;
        * in between: the same walk, keeping the persons whose rowid is in the set of matches
          (built once per query) — instead of reading and sorting every match."""
        tokens = fold_tokens(query)
        if not tokens:
            return self.list(limit=limit, offset=offset, unit_code=unit_code, category=category, status=status,
                             officer=officer, due=due)
        q = fts_query(query)
        assert q is not None  # tokens: a query
        scope = self.ws.scope_units()
        units = [unit_code] if unit_code else scope
        cond = "p.deleted = 0"
        unit_params: tuple[str, ...] = ()
        if units is not None:
            if scope is not None and any(u not in scope for u in units):
                units = [u for u in units if u in scope]
            cond += " AND p.unit_code IN (" + ",".join("?" * len(units)) + ")" if units else " AND 0"
            unit_params = tuple(units)
        filtered = bool(category or status or officer or due)
        if category or status or officer:  # (parameters after the units': every plan below puts them after `cond`'s)
            case_sql, case_params = _case_filter(category, status, officer)
            cond += f" AND p.id IN ({case_sql})"
            unit_params = (*unit_params, *case_params)
        if due:
            cond += f" AND p.id IN ({_DUE_IDS})"
            unit_params = (*unit_params, self._due_ids(due))
        with self.ws._read() as conn:
            matches = None  # every full-text match, when counted
            plan = "set"
            if all(len(t) <= _FTS_PREFIX_MAX for t in tokens):
                # short words: counting every match costs a few ms, and tells which plan fits
                matches = conn.exec_driver_sql(_SQL_FTS_COUNT, (q,)).scalar_one()
                if matches <= _FEW_MATCHES:
                    plan = "few"
                elif (units is None or len(units) == 1) and matches >= _DENSE * (
                        conn.exec_driver_sql("SELECT max(rowid) FROM person").scalar() or 0):
                    plan = "probe"
            elif conn.exec_driver_sql(_SQL_FTS_CAPPED, (q, _FEW_MATCHES + 1)).scalar_one() <= _FEW_MATCHES:
                plan = "few"
            if plan == "few":
                # CROSS JOIN: the matches drive, whatever the planner of this SQLite would pick
                sql = (f"{_SQL_ROW} FROM person_fts CROSS JOIN person p ON p.rowid = person_fts.rowid "
                       f"WHERE person_fts MATCH ? AND {cond} ORDER BY p.sort_key LIMIT ? OFFSET ?")
                params: tuple[Any, ...] = (q, *unit_params, limit, offset)
            elif plan == "probe":
                sql = (f"{_SQL_ROW} FROM person p WHERE {cond} AND EXISTS (SELECT 1 FROM person_fts f "
                       "WHERE person_fts MATCH ? AND f.rowid = p.rowid) ORDER BY p.sort_key LIMIT ? OFFSET ?")
                params = (*unit_params, q, limit, offset)
            else:
                sql = (f"{_SQL_ROW} FROM person p WHERE {cond} AND p.rowid IN ({_SQL_FTS_ROWIDS}) "
                       "ORDER BY p.sort_key LIMIT ? OFFSET ?")
                params = (*unit_params, q, limit, offset)
            rows = _person_rows(conn.exec_driver_sql(sql, params))
            total = -1
            if with_total:
                total = self._search_total(conn, q, cond, unit_params, plan == "few", units is None and not filtered,
                                           matches, len(rows), limit, offset)
            matched = self._matched(conn, tokens, rows)
        out = rows
        if matched:  # the few hits to explain (a copy each: the rows are frozen)
            out = [x.model_copy(update={"matched": matched[x.id]}) if x.id in matched else x for x in out]
        return Page(rows=tuple(out), total=total, offset=offset, limit=limit)

    @staticmethod
    def _matched(conn: Any, tokens: list[str], rows: Any) -> dict[str, tuple[str, ...]]:
        """For the hits a word of the query found only in fields the lists do not show: which
        ones ("aliases", "permanent_address", "old_id"), so that the list can say why the hit
        is there. The shown fields (name, CCCD, current address) are on the rows; the others
        are read for those hits only (one query each, by id)."""
        unexplained: dict[str, list[str]] = {}
        for r in rows:
            # the name first (it explains most searches), then the CCCD and the address
            missing = [t for t in tokens if not _begins_word(_spaced_words(r.full_name), t)]
            if missing and r.cccd:
                missing = [t for t in missing if not r.cccd.startswith(t)]
            if missing:
                missing = [t for t in missing if not _begins_word(_spaced_words(r.current_address), t)]
            if missing:
                unexplained[r.id] = missing
        if not unexplained:
            return {}
        ids = list(unexplained)
        marks = ",".join("?" * len(ids))
        found: dict[str, list[str]] = {i: [] for i in ids}
        left: dict[str, list[str]] = {}
        for pid, aliases, permanent in conn.exec_driver_sql(_SQL_HIDDEN.format(marks), tuple(ids)):
            rest = []
            for t in unexplained[pid]:
                hit = False
                for code, text in (("aliases", aliases), ("permanent_address", permanent)):
                    if _begins_word(_spaced_words(text), t):
                        hit = True
                        if code not in found[pid]:
                            found[pid].append(code)
                if not hit:
                    rest.append(t)
            if rest:
                left[pid] = rest
        if left:
            numbers: dict[str, str] = {}
            for pid, number in conn.exec_driver_sql(_SQL_OLD_IDS.format(",".join("?" * len(left))), tuple(left)):
                numbers[pid] = numbers.get(pid, "") + _spaced_words(number)
            for pid, rest in left.items():
                if any(_begins_word(numbers.get(pid, ""), t) for t in rest):
                    found[pid].append("old_id")
        return {pid: tuple(codes) for pid, codes in found.items() if codes}

    @staticmethod
    def _search_total(conn: Any, q: str, cond: str, unit_params: tuple[str, ...], few: bool,
                      all_units: bool, matches: int | None, n_rows: int, limit: int, offset: int) -> int:
        """How many live persons in the units match `q`, as cheaply as the case allows."""
        if offset == 0 and n_rows < limit:
            return n_rows  # the page holds every match
        if few:
            return int(conn.exec_driver_sql(
                "SELECT count(*) FROM person_fts CROSS JOIN person p ON p.rowid = person_fts.rowid "
                f"WHERE person_fts MATCH ? AND {cond}", (q, *unit_params)).scalar_one())
        if all_units:
            # Every full-text match, less the tombstones among them: deleting a person here
            # empties its search text, but a deletion received by sync may leave it indexed.
            # The tombstone count scans only deleted persons (their part of
            # ix_person_deleted_sort) and builds the match set only when there are any.
            if matches is None:
                matches = conn.exec_driver_sql(_SQL_FTS_COUNT, (q,)).scalar_one()
            dead: int = conn.exec_driver_sql(
                f"SELECT count(*) FROM person p WHERE p.deleted = 1 AND p.rowid IN ({_SQL_FTS_ROWIDS})",
                (q,)).scalar_one()
            return matches - dead
        return int(conn.exec_driver_sql(
            f"SELECT count(*) FROM person p WHERE {cond} AND p.rowid IN ({_SQL_FTS_ROWIDS})",
            (*unit_params, q)).scalar_one())

    def list(self, *, limit: int = 100, offset: int = 0, unit_code: str | None = None,
             category: str | None = None, status: str | None = None, officer: str | None = None,
             due: str | None = None) -> Page:
        """Everyone in scope, in Vietnamese order, paged in SQL; optional case filters, and
        `due`: "overdue" (someone with overdue work on the due list) or "due" (any work on it)."""
        p = Person.__table__  # type: ignore[attr-defined]
        c = CaseFile.__table__  # type: ignore[attr-defined]
        open_cases = (select(func.group_concat(c.c.category)).where(  # as in _SQL_ROW
            c.c.person_id == p.c.id, c.c.deleted == False, c.c.status.in_(_OPEN))  # noqa: E712
            .scalar_subquery().label("open_cases"))
        cols = [p.c.id, p.c.unit_code, p.c.full_name, p.c.birth_date, p.c.gender, p.c.cccd,
                p.c.current_address, open_cases]
        conds = [p.c.deleted == False]  # noqa: E712
        scope = self.ws.scope_units()
        if scope is not None:
            conds.append(p.c.unit_code.in_(scope))
        if unit_code:
            conds.append(p.c.unit_code == unit_code)
        if category or status or officer or due:
            return self._list_filtered(scope, unit_code, limit, offset, category, status, officer, due)
        with self.ws._read() as conn:
            rows = _person_rows(conn.execute(select(*cols).where(*conds).order_by(p.c.sort_key)
                                .limit(limit).offset(offset)))
            total = conn.execute(select(func.count()).select_from(p).where(*conds)).scalar_one()
        return Page(rows=tuple(rows), total=total,
                    offset=offset, limit=limit)

    def _due_ids(self, due: str) -> str:
        """The ids (a JSON array, for _DUE_IDS) of the persons with work on the due list:
        overdue work only ("overdue") or any ("due")."""
        if due not in ("overdue", "due"):
            raise ValueError(f"due must be 'overdue' or 'due', not {due!r}")
        # The due list takes a second on a province register, and the People page asks again
        # at every keystroke: kept while the register is unchanged — as this thread's
        # connection sees it: SQLite's data_version moves with other connections' commits,
        # total_changes with its own.
        with self.ws._read() as conn:
            raw: Any = conn.connection.driver_connection
            stamp = (id(raw), raw.execute("PRAGMA data_version").fetchone()[0], raw.total_changes)
        key = (due, self.ws.today(), stamp)
        cached = self._due_cache
        if cached is not None and cached[0] == key:
            return cached[1]
        items = self.ws.due.list()
        ids = json.dumps(sorted({i.person_id for i in items if due == "due" or i.days < 0}))
        self._due_cache = (key, ids)
        return ids

    def _list_filtered(self, scope: builtins.list[str] | None, unit_code: str | None, limit: int, offset: int,
                       category: str | None, status: str | None, officer: str | None,
                       due: str | None = None) -> Page:
        """The persons with a live case matching the filters. The matching cases' person ids
        come from one of the covering case_file filter indexes (migration 0002), without
        reading case rows. Few of them: those persons are read by id and sorted. Many: the
        live persons are walked in sort order along ix_person_deleted_sort (whose entries
        carry the id), keeping those in the set, up to the page size."""
        case_sql, case_params = _case_filter(category, status, officer)
        if due:  # the due list's persons, among those with a live case (every due item has one)
            case_sql += f" AND c.person_id IN ({_DUE_IDS})"
            case_params.append(self._due_ids(due))
        cond = "p.deleted = 0"
        unit_params: list[str] = []
        if scope is not None:
            cond += " AND p.unit_code IN (" + ",".join("?" * len(scope)) + ")" if scope else " AND 0"
            unit_params += scope
        if unit_code:
            cond += " AND p.unit_code = ?"
            unit_params.append(unit_code)
        with self.ws._read() as conn:
            n = conn.exec_driver_sql(f"SELECT count(*) FROM ({case_sql} LIMIT ?)",
                                     (*case_params, _FEW_MATCHES + 1)).scalar_one()
            if n <= _FEW_MATCHES:
                # CROSS JOIN: the few cases drive, whatever the planner would pick
                source = (f"FROM (SELECT DISTINCT person_id FROM ({case_sql})) s "
                          f"CROSS JOIN person p ON p.id = s.person_id WHERE {cond}")
                params = (*case_params, *unit_params)
            else:
                source = f"FROM person p WHERE {cond} AND p.id IN ({case_sql})"
                params = (*unit_params, *case_params)
            rows = _person_rows(conn.exec_driver_sql(f"{_SQL_ROW} {source} ORDER BY p.sort_key LIMIT ? OFFSET ?",
                                        (*params, limit, offset)))
            if offset == 0 and len(rows) < limit:
                total = len(rows)
            else:
                total = conn.exec_driver_sql(f"SELECT count(*) {source}", params).scalar_one()
        return Page(rows=tuple(rows), total=total,
                    offset=offset, limit=limit)

    def find_by_cccd(self, cccd: str) -> PersonRow | None:
        page = self.search(normalize_cccd(cccd), limit=5)
        for r in page.rows:
            if r.cccd == normalize_cccd(cccd):
                return cast(PersonRow, r)
        return None

    def find_similar(self, full_name: str, birth_date: str | None) -> builtins.list[PersonRow]:
        """Same folded name (and same birth year when known): possible duplicates to confirm."""
        fam, mid, giv = split_full_name(full_name)
        target = fold(join_name(fam, mid, giv))
        page = self.search(target, limit=200)
        year = None
        if birth_date:
            try:
                year = PartialDate.parse(birth_date).year
            except ValidationFailed:
                year = None
        out = []
        for r in page.rows:
            if fold(r.full_name) != target:
                continue
            if year and r.birth_date and int(r.birth_date[:4]) != year:
                continue
            out.append(r)
        return out
