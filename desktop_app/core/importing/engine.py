"""`import_workbook`: Excel/CSV registers into the Workspace, every row accounted for.

Each data row ends as exactly one of
  created    – a new record was written (a person, a case, a tip, a session, a model);
  updated    – an existing record was found (a person by CCCD, a case by person + category +
               decision number, a tip by date + content, a session by date + place, a model by
               name + kind + area) and some of its values changed;
  unchanged  – found, and the row says nothing new (re-importing a file changes nothing);
  duplicate  – a person with the same folded name and birth date but a different or missing
               CCCD is already in the register (or earlier in the file): held, nothing written,
               for someone to confirm;
  error      – with sheet, row (as Excel numbers it), column header, a problem code and params,
               worded by the catalogue in the reader's language; nothing of that row is written.
Blank rows between data rows are counted as skipped_blank; a column-number row under the
header ("(1) (2) (3)") is skipped and counted too.

All writes go through the Workspace services; rule warnings (CCCD against birth year, term out
of the usual range, helper overloaded, age) are reported as errors naming the rule, so the user
fixes the sheet, or, for a case, gives a reason in the "Lý do vẫn lưu" column (kept on the case,
as the app's override field does).
"""

from __future__ import annotations

import dataclasses
import hashlib
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from sqlalchemy import text

from desktop_app.core.domain.cccd import normalize_cccd
from desktop_app.core.errors import NotFound, PermissionDenied, Problem, ValidationFailed
from desktop_app.core.gcpause import gc_paused
from desktop_app.core.ids import uuid7
from desktop_app.core.importing.headers import HEADER_SCAN_ROWS, HeaderMap, SheetKind, find_header
from desktop_app.core.importing.matching import Lookups, PersonIndex, PersonRef, birth_compatible
from desktop_app.core.importing.models import model_row
from desktop_app.core.importing.people import person_row
from desktop_app.core.importing.reader import RawSheet, ReadError, read_file
from desktop_app.core.importing.results import (
    CREATED,
    DUPLICATE,
    ERROR,
    UNCHANGED,
    UPDATED,
    ImportResult,
    Progress,
    RowError,
    RowOutcome,
    SheetResult,
)
from desktop_app.core.importing.rows import RowFailed, blank_row, is_numbering_row, row_label
from desktop_app.core.importing.sessions import session_row
from desktop_app.core.importing.timeline import activity_row
from desktop_app.core.importing.tips import tip_row
from desktop_app.core.services.cases import NewCase
from desktop_app.core.services.changes import Changes
from desktop_app.core.store.tables import Person

if TYPE_CHECKING:
    from desktop_app.core.services.workspace import Workspace

__all__ = ["import_workbook", "ImportResult", "SheetResult", "RowOutcome", "RowError", "Progress",
           "Importer", "PersonIndex", "PersonRef", "birth_compatible", "CHECKPOINT_ROWS", "FLUSH_ROWS",
           "CREATED", "UPDATED", "UNCHANGED", "DUPLICATE", "ERROR"]

CHECKPOINT_ROWS = 2000  # a real import commits every so many rows
FLUSH_ROWS = 500  # and hands the queued new persons and cases to the batch's writer every so many
NOTHING = Changes(audit=False)
_PERSON_ADDED = Changes(persons=True)  # what persons.add says, built once
_CASE_OPENED = Changes(cases=True, persons=True)  # what cases.open says (but the id)

# One handler per sheet kind: (importer, sheet name, header map, Excel row number, cells).
HANDLERS: dict[SheetKind, Callable[..., RowOutcome]] = {
    SheetKind.PERSONS: person_row, SheetKind.TIPS: tip_row, SheetKind.SESSIONS: session_row,
    SheetKind.MODELS: model_row, SheetKind.ACTIVITY: activity_row}


class _Flush(Exception):
    """A row needs a queued new person in the register: write the queue, run the row again."""


class Importer:
    """One import's state: the register's keys loaded once (persons, CCCD holders, tips,
    sessions, models), the chunk's queue of new persons (written together, one `executemany`
    with their outbox entries and audit rows), and what the kept rows changed."""

    def __init__(self, ws: "Workspace", batch: Any, progress: Progress | None):
        self.ws = ws
        self.batch = batch
        self.progress = progress
        self.today = ws.today()
        self.persons = PersonIndex(ws)
        self.cache = Lookups(ws)
        self.done = 0
        self.total = 0
        self.undo: list[Callable[[], object]] = []  # reverts this row's index/cache changes
        self.changes = NOTHING  # what the kept rows wrote (the services' own Changes)
        self.row_changes = NOTHING
        self.unit = ws.default_unit()
        self.pending: dict[str, dict[str, Any]] = {}  # id → normalised person row, not yet written
        self.pending_cases: dict[str, NewCase] = {}  # id → checked case, not yet written
        self._case_persons: dict[str, int] = {}  # person id → how many of pending_cases are theirs
        self._holders: dict[str, tuple[str, str]] | None = None  # CCCD → (id, name), every live person

    # -- new persons, written a chunk at a time ----------------------------------------------
    def holders(self) -> dict[str, tuple[str, str]]:
        """Every live person's CCCD in the register (all units: the number is unique), read
        once instead of one query per row."""
        if self._holders is None:
            with self.ws.db.read() as conn:
                self._holders = {c: (i, n) for c, i, n in conn.execute(text(
                    "SELECT cccd, id, full_name FROM person WHERE deleted = 0 AND cccd IS NOT NULL"))}
        return self._holders

    def queue_person(self, sheet: str, rownum: int, hm: HeaderMap, data: dict[str, Any],
                     field_map: dict[str, str]) -> str:
        """Validates a new person exactly as `persons.add` does (the service's own `prepare`,
        then the CCCD against every holder) and queues it; returns its id."""
        dup: Problem | None = None

        def prepare() -> dict[str, Any]:
            nonlocal dup
            self.ws.check_unit(self.unit)
            holder = self.holders().get(normalize_cccd(data["cccd"])) if data.get("cccd") else None
            if holder:
                dup = Problem("cccd", "cccd_duplicate", {"person_id": holder[0], "name": holder[1]})
            try:
                row = self.ws.persons.prepare(data, check_duplicates=False)
            except ValidationFailed as e:
                if dup is None:
                    raise
                errors = [p for p in e.problems if p.severity == "error"]
                raise ValidationFailed(errors + [dup] + [p for p in e.problems if p.severity != "error"]) from None
            if dup is not None:
                raise ValidationFailed([dup])
            return row

        row = self.service_call(sheet, rownum, hm, prepare, field_map)
        pid = uuid7()
        self.pending[pid] = row
        self.undo.append(lambda: self.pending.pop(pid, None))
        if row.get("cccd"):
            self.holders()[row["cccd"]] = (pid, row["full_name"])
            self.undo.append(lambda: self.holders().pop(row["cccd"], None))
        self.row_changes |= _PERSON_ADDED
        return pid

    def queue_case(self, new: NewCase) -> str:
        """Queues a case checked by `cases.prepare_open`; returns its id."""
        cid = uuid7()
        self.pending_cases[cid] = new
        self._case_persons[new.person_id] = self._case_persons.get(new.person_id, 0) + 1

        def undo() -> None:
            if self.pending_cases.pop(cid, None) is not None:
                self._case_persons[new.person_id] -= 1
        self.undo.append(undo)
        self.row_changes |= Changes(cases=True, persons=True, overridden=new.overridden) if new.overridden \
            else _CASE_OPENED
        return cid

    def need_db(self, person_id: str) -> None:
        """Before reading a person (or their cases) from the register: one still queued is
        written first (the row runs again, outside its savepoint)."""
        if person_id in self.pending or self._case_persons.get(person_id):
            raise _Flush()

    def need_cases(self) -> None:
        """Before a check that counts the register's cases (a helper's load): the queued cases
        are written first."""
        if self.pending_cases:
            raise _Flush()

    def flush(self) -> None:
        """Writes the queued persons, then the queued cases: one transaction unit (a savepoint
        of the chunk's), rows through `executemany`, an outbox entry and a "create" audit row
        for each (and what `cases.open` writes besides)."""
        if not self.pending and not self.pending_cases:
            return
        rows, self.pending = self.pending, {}
        cases, self.pending_cases, self._case_persons = self.pending_cases, {}, {}
        with self.batch.write_later() as tx:  # run by the batch's writer while the next rows are read
            if rows:
                tx.insert_many(Person, list(rows.values()), unit_code=self.unit, ids=list(rows),
                               audit_each=list(rows))
            self.ws.cases.open_many_in(tx, list(cases.values()), ids=list(cases))

    # -- errors ----------------------------------------------------------------------------
    def _problems_to_errors(self, sheet: str, row: int, hm: HeaderMap, problems: list[Problem],
                            field_map: dict[str, str]) -> list[RowError]:
        out = []
        for p in problems:
            base = p.field.split(".")[0]
            key = field_map.get(p.field) or field_map.get(base) or base
            out.append(RowError(sheet, row, hm.headers.get(key), p.code, dict(p.params)))
        return out

    def service_call(self, sheet: str, row: int, hm: HeaderMap, fn: Callable[[], Any],
                      field_map: dict[str, str]) -> Any:
        try:
            out = fn()
        except ValidationFailed as e:
            raise RowFailed(self._problems_to_errors(sheet, row, hm, e.problems, field_map)) from e
        except PermissionDenied as e:
            raise RowFailed([RowError(sheet, row, None, "permission_denied",
                                       {"unit": self.ws.default_unit(), "action": e.action})]) from e
        except NotFound as e:
            raise RowFailed([RowError(sheet, row, None, "not_found",
                                       {"kind": e.kind, "value": e.ident})]) from e
        if isinstance(out, Changes):
            self.row_changes |= out
        return out

    # -- sheets ----------------------------------------------------------------------------
    def run_sheet(self, raw: RawSheet, hm: HeaderMap | None) -> SheetResult:
        if hm is None:
            nonblank = not all(blank_row(cells) for _, cells in raw.rows)
            errors = [RowError(raw.name, None, None, "sheet_not_recognised", {"rows": HEADER_SCAN_ROWS})]
            return SheetResult(raw.name, sheet_errors=errors if nonblank else [])
        skipped = 0
        outcomes: list[RowOutcome] = []
        data = [r for r in raw.rows if r[0] > hm.row]
        last = next((i for i in range(len(data) - 1, -1, -1) if not blank_row(data[i][1])), -1)
        handler = HANDLERS[hm.kind]
        for i, (rownum, cells) in enumerate(data[:last + 1]):
            if blank_row(cells):
                skipped += 1
                continue
            if i == 0 and is_numbering_row(cells):
                skipped += 1
                self.done += 1
                continue
            outcomes.append(self._one_row(handler, raw.name, hm, rownum, cells))
            self.done += 1
            if self.done % CHECKPOINT_ROWS == 0 and self.done < self.total:
                self.flush()
                self.batch.checkpoint()  # one transaction per chunk of rows (the last: at the end)
            elif self.done % FLUSH_ROWS == 0:
                self.flush()  # written while the next rows are read: the last one, left at the end, is small
            if self.progress and self.done % 100 == 0:
                self.progress(raw.name, self.done, self.total)
        self.flush()
        if self.progress:
            self.progress(raw.name, self.done, self.total)
        return SheetResult(raw.name, hm.kind, hm.row, dict(hm.headers), list(hm.ignored), skipped, outcomes)

    def _one_row(self, handler: Callable[..., RowOutcome], sheet: str, hm: HeaderMap, rownum: int,
                 cells: list[Any]) -> RowOutcome:
        self.undo = []
        self.row_changes = NOTHING
        try:
            with self.batch.row():
                outcome = handler(self, sheet, hm, rownum, cells)
            self.changes |= self.row_changes  # only what a kept row wrote
            return outcome
        except _Flush:
            for fn in reversed(self.undo):
                fn()
            self.flush()
            return self._one_row(handler, sheet, hm, rownum, cells)
        except RowFailed as e:
            for fn in reversed(self.undo):
                fn()
            return RowOutcome(sheet, rownum, ERROR, row_label(hm, cells), errors=e.errors)
        finally:
            self.undo = []

    def remember(self, table: dict[Any, Any], key: Any, value: Any) -> None:
        """table[key] = value, undone if the row fails later."""
        had, old = key in table, table.get(key)
        table[key] = value
        self.undo.append(lambda: table.__setitem__(key, old) if had else table.pop(key, None))


# -------------------------------------------------------------------------------------------
# Entry point


def import_workbook(ws: "Workspace", path: Path | str, *, dry_run: bool,
                    progress: Progress | None = None) -> ImportResult:
    """Imports an .xlsx workbook (any of its four sheets, recognised by name or headers) or a
    .csv file. With `dry_run` the very same writes run inside a transaction that is rolled back,
    so the outcomes are exactly those a real import would have, and nothing is kept.
    `progress(sheet_name, rows_done, rows_total)` is called every 100 rows. A real import is
    audit-logged ("import", with the file's name, SHA-256 and the totals)."""
    path = Path(path)
    started = time.perf_counter()
    try:
        sheets = read_file(path)
    except ReadError as e:
        return ImportResult(str(path), dry_run, file_errors=[RowError(path.name, None, None, e.code, e.params)],
                            changes=NOTHING)
    headers = [find_header(s.rows, s.name) for s in sheets]
    with gc_paused(), ws.batch(rollback=dry_run) as batch:
        imp = Importer(ws, batch, progress)
        imp.total = sum(1 for s, hm in zip(sheets, headers) if hm for r, cells in s.rows
                        if r > hm.row and not blank_row(cells))
        # People first: sessions name their attendees, who may be on the people sheet.
        # What happened inside cases last: it names cases the people sheet may open.
        rank = {SheetKind.PERSONS: 0, SheetKind.ACTIVITY: 2}
        order = sorted(range(len(sheets)), key=lambda i: rank.get(hm.kind, 1) if (hm := headers[i]) else 1)
        done: dict[int, SheetResult] = {i: imp.run_sheet(sheets[i], headers[i]) for i in order}
        result = ImportResult(str(path), dry_run, [done[i] for i in range(len(sheets))],
                              changes=NOTHING if dry_run else imp.changes | Changes(audit=True))
        if not dry_run:  # the import's own audit row, in the last chunk's transaction
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            with ws.db.write() as tx:
                tx.audit("import", "import", "", None,
                         {"file": path.name, "sha256": digest, "totals": result.totals()})
    return dataclasses.replace(result, seconds=time.perf_counter() - started)
