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
from typing import TYPE_CHECKING, Any, Callable, Iterator

from sqlalchemy import text

from desktop_app.core.domain.cccd import normalize_cccd
from desktop_app.core.errors import NotFound, PermissionDenied, Problem, ValidationFailed
from desktop_app.core.gcpause import gc_paused
from desktop_app.core.ids import uuid7
from desktop_app.core.importing.headers import HEADER_SCAN_ROWS, HeaderMap, SheetKind, find_header
from desktop_app.core.importing.matching import Lookups, PersonIndex, PersonRef, birth_compatible
from desktop_app.core.importing.models import model_row
from desktop_app.core.importing.people import person_row
from desktop_app.core.importing.reader import ReadError, ReaderUnavailable, Workbook, open_workbook
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
        self.read_error: ReadError | None = None  # the file's, met while its rows were read
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
    def run_sheet(self, name: str, rows: Iterator[tuple[int, list[Any]]], hm: HeaderMap | None) -> SheetResult:
        """Every row of a sheet (read as it comes: `rows` may be streamed by the reading
        process). A ReadError from `rows` ends the sheet where it is: the rows done so far are
        kept and reported, and `read_error` holds it for the caller."""
        if hm is None:
            nonblank = False
            try:  # every row read (a list, not all()'s first blank: a streamed sheet is read to its end)
                nonblank = not all([blank_row(cells) for _, cells in rows])
            except ReadError as e:
                self.read_error = e
            errors = [RowError(name, None, None, "sheet_not_recognised", {"rows": HEADER_SCAN_ROWS})]
            return SheetResult(name, sheet_errors=errors if nonblank else [])
        skipped = blanks = 0  # blank rows met since the last data row (trailing ones are not counted)
        outcomes: list[RowOutcome] = []
        handler = HANDLERS[hm.kind]
        i = -1
        try:
            for rownum, cells in rows:
                if rownum <= hm.row:
                    continue
                i += 1
                if blank_row(cells):
                    blanks += 1
                    continue
                skipped, blanks = skipped + blanks, 0
                if i == 0 and is_numbering_row(cells):
                    skipped += 1
                    self.done += 1
                    continue
                outcomes.append(self._one_row(handler, name, hm, rownum, cells))
                self.done += 1
                if self.done % CHECKPOINT_ROWS == 0 and self.done < self.total:
                    self.flush()
                    self.batch.checkpoint()  # one transaction per chunk of rows (the last: at the end)
                elif self.done % FLUSH_ROWS == 0:
                    self.flush()  # written while the next rows are read: the last one, left at the end, is small
                if self.progress and self.done % 100 == 0:
                    self.progress(name, self.done, max(self.total, self.done))
        except ReadError as e:
            self.read_error = e
        self.flush()
        if self.progress:
            self.progress(name, self.done, max(self.total, self.done))
        return SheetResult(name, hm.kind, hm.row, dict(hm.headers), list(hm.ignored), skipped, outcomes)

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
    `progress(sheet_name, rows_done, rows_total)` is called every 100 rows (for a big workbook
    read while it is imported, rows_total is the sheets' own count of their rows until the
    end). A real import is audit-logged ("import", with the file's name, SHA-256 and the
    totals).

    A file that cannot be read ends as a file error and writes nothing. A big workbook is read
    while its rows are imported (`reader.open_workbook`): if a damaged part is met after rows
    were imported, the import stops there, keeps and reports those rows, and says the file is
    unreadable (the app's preview, a dry run of the same file, meets it first)."""
    path = Path(path)
    started = time.perf_counter()
    try:
        try:
            with open_workbook(path, HEADER_SCAN_ROWS) as book:
                result = _import(ws, path, book, dry_run, progress)
        except ReaderUnavailable:  # no second process on this computer now: read here (nothing was imported)
            with open_workbook(path, HEADER_SCAN_ROWS, ahead=False) as book:
                result = _import(ws, path, book, dry_run, progress)
    except ReadError as e:
        return ImportResult(str(path), dry_run, file_errors=[RowError(path.name, None, None, e.code, e.params)],
                            changes=NOTHING)
    return dataclasses.replace(result, seconds=time.perf_counter() - started)


def _data_rows(book: Workbook, i: int, hm: HeaderMap) -> int:
    """Sheet i's data rows for the progress bar: exact when its rows are in hand, else the
    sheet's own count of its rows (blank ones too)."""
    rows = book.in_hand(i)
    if rows is None:
        return max(0, (book.sheets[i].last_row or 0) - hm.row)
    return sum(1 for r, cells in rows if r > hm.row and not blank_row(cells))


def _import(ws: "Workspace", path: Path, book: Workbook, dry_run: bool, progress: Progress | None) -> ImportResult:
    with gc_paused(), ws.batch(rollback=dry_run) as batch:
        imp = Importer(ws, batch, progress)  # the register's keys, loaded while a reading process starts
        heads = book.sheets
        headers = [find_header(s.head, s.name) for s in heads]
        expected = {i: _data_rows(book, i, hm) for i, hm in enumerate(headers) if hm}
        # People first: sessions name their attendees, who may be on the people sheet.
        # What happened inside cases last: it names cases the people sheet may open.
        rank = {SheetKind.PERSONS: 0, SheetKind.ACTIVITY: 2}
        order = sorted(range(len(heads)), key=lambda i: rank.get(hm.kind, 1) if (hm := headers[i]) else 1)
        done: dict[int, SheetResult] = {}
        for i, rows in book.stream(order):
            # the sheets done count what they held: the total is exact once an estimated sheet is done
            imp.total = imp.done + sum(expected.get(j, 0) for j in order if j not in done)
            done[i] = imp.run_sheet(heads[i].name, rows, headers[i])
            if imp.read_error is not None:
                break
        if progress and done and imp.total != imp.done:  # the sheets' own count was an estimate
            progress(heads[i].name, imp.done, imp.done)
        file_errors = [] if imp.read_error is None else [
            RowError(path.name, None, None, imp.read_error.code, imp.read_error.params)]
        result = ImportResult(str(path), dry_run, [done[i] for i in range(len(heads)) if i in done],
                              file_errors=file_errors,
                              changes=NOTHING if dry_run else imp.changes | Changes(audit=True))
        if not dry_run:  # the import's own audit row, in the last chunk's transaction
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            detail: dict[str, Any] = {"file": path.name, "sha256": digest, "totals": result.totals()}
            if file_errors:
                detail["file_error"] = file_errors[0].code
            with ws.db.write() as tx:
                tx.audit("import", "import", "", None, detail)
    return result
