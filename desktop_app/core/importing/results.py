"""What an import reports: every row's outcome (created, updated, unchanged, duplicate, error),
per sheet and for the file, with the JSON the CLI prints and the page previews."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Callable

from desktop_app.core.importing.headers import SheetKind
from desktop_app.core.importing.messages import describe, duplicate_message, message
from desktop_app.core.services.changes import Changes

__all__ = ["RowError", "RowOutcome", "SheetResult", "ImportResult", "Progress", "CREATED", "UPDATED",
           "UNCHANGED", "DUPLICATE", "ERROR", "jsonable"]

Progress = Callable[[str, int, int], None]
CREATED, UPDATED, UNCHANGED, DUPLICATE, ERROR = "created", "updated", "unchanged", "duplicate", "error"


# -------------------------------------------------------------------------------------------
# Result types


@dataclass(frozen=True)
class RowError:
    sheet: str
    row: int | None
    column: str | None
    code: str
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def message(self) -> str:
        """The problem in Vietnamese (the language of a report document); `said(lang)` for
        another."""
        return self.said("vi")

    def said(self, lang: str | None = "vi") -> str:
        """The problem in `lang` (None: WARDBOOK_LANG's), from the catalogue."""
        return message(self.code, self.params, lang=lang)

    def describe(self, lang: str | None = "vi") -> str:
        """"Trang “Đối tượng”, dòng 7, cột “Số CCCD”: số CCCD phải có 12 chữ số (đã nhập 11)"."""
        return describe(self.sheet, self.row, self.column, self.code, self.params, lang=lang)

    def to_json(self, lang: str | None = "vi") -> dict[str, Any]:
        return {"sheet": self.sheet, "row": self.row, "column": self.column,
                "message": self.said(lang), "code": self.code,
                "params": {k: jsonable(v) for k, v in self.params.items()}}


@dataclass(frozen=True)
class RowOutcome:
    sheet: str
    row: int
    status: str  # created | updated | unchanged | duplicate | error
    label: str = ""  # what the row is about (a name, a date and place, …) for a preview table
    detail: dict[str, Any] = field(default_factory=dict)  # e.g. {"person": "created", "case": …}
    errors: list[RowError] = field(default_factory=list)
    matches: list[dict[str, Any]] = field(default_factory=list)  # for duplicates

    @property
    def held(self) -> bool:
        """A possible duplicate waiting for a person (its detail holds the code and params)."""
        return self.status == DUPLICATE and "code" in self.detail

    def said(self, lang: str | None = "vi") -> str:
        """Why a duplicate row was held, in `lang` ("" for any other row)."""
        return duplicate_message(self.detail, lang) if self.held else ""

    def to_json(self, lang: str | None = "vi") -> dict[str, Any]:
        detail = {**self.detail, "message": self.said(lang)} if self.held else self.detail
        out: dict[str, Any] = {"sheet": self.sheet, "row": self.row, "status": self.status,
                               "label": self.label, **({"detail": detail} if detail else {})}
        if self.errors:
            out["errors"] = [e.to_json(lang) for e in self.errors]
        if self.matches:
            out["matches"] = self.matches
        return out


@dataclass(frozen=True)
class SheetResult:
    name: str
    kind: SheetKind | None = None
    header_row: int | None = None
    columns: dict[str, str] = field(default_factory=dict)  # key → header text in the sheet
    ignored_columns: list[str] = field(default_factory=list)
    skipped_blank: int = 0
    outcomes: list[RowOutcome] = field(default_factory=list)
    sheet_errors: list[RowError] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def rows(self) -> int:
        return len(self.outcomes)

    @property
    def errors(self) -> list[RowError]:
        return self.sheet_errors + [e for o in self.outcomes for e in o.errors]

    @property
    def duplicates(self) -> list[dict[str, Any]]:
        return self.duplicates_in("vi")

    def duplicates_in(self, lang: str | None) -> list[dict[str, Any]]:
        """The rows held as possible duplicates, their reason worded in `lang`."""
        return [{"sheet": self.name, "row": o.row, "label": o.label, "message": o.said(lang),
                 "matches": o.matches} for o in self.outcomes if o.status == DUPLICATE]

    def to_json(self, *, rows: bool = False, lang: str | None = "vi") -> dict[str, Any]:
        out = {"kind": self.kind.value if self.kind else None, "header_row": self.header_row,
               "rows": self.rows, "created": self.count(CREATED), "updated": self.count(UPDATED),
               "unchanged": self.count(UNCHANGED), "skipped_blank": self.skipped_blank,
               "duplicates": self.duplicates_in(lang),
               "errors": [e.to_json(lang) for e in self.errors],
               "error_rows": self.count(ERROR),
               "ignored_columns": list(self.ignored_columns)}
        if rows:
            out["outcomes"] = [o.to_json(lang) for o in self.outcomes]
        return out


@dataclass(frozen=True)
class ImportResult:
    path: str
    dry_run: bool
    sheets: list[SheetResult] = field(default_factory=list)
    file_errors: list[RowError] = field(default_factory=list)
    seconds: float = 0.0
    # What a real import wrote (the union of the services' Changes, audit included); a dry run
    # and an unreadable file change nothing.
    changes: Changes = field(default_factory=lambda: Changes(audit=False))

    @property
    def outcomes(self) -> list[RowOutcome]:
        return [o for s in self.sheets for o in s.outcomes]

    @property
    def errors(self) -> list[RowError]:
        return self.file_errors + [e for s in self.sheets for e in s.errors]

    @property
    def ok(self) -> bool:
        """Nothing needs the user: no error, no held duplicate."""
        return not self.errors and not any(s.duplicates for s in self.sheets)

    def totals(self) -> dict[str, int]:
        keys = ("rows", "created", "updated", "unchanged", "skipped_blank")
        out = {k: 0 for k in keys}
        for s in self.sheets:
            j = s.to_json()
            for k in keys:
                out[k] += j[k]
        out["duplicates"] = sum(len(s.duplicates) for s in self.sheets)
        out["error_rows"] = sum(s.count(ERROR) for s in self.sheets)
        out["errors"] = len(self.errors)
        return out

    def to_json(self, *, rows: bool = False, lang: str | None = "vi") -> dict[str, Any]:
        """{"file", "dry_run", "sheets": {sheet name: {"kind", "rows", "created", "updated",
        "unchanged", "skipped_blank", "duplicates": [...], "errors": [{"sheet", "row",
        "column", "message", "code"}], …}}, "totals", "errors" (file level)}; `rows=True` adds
        every row's outcome (a preview table). The messages are worded in `lang` (None:
        WARDBOOK_LANG's), Vietnamese by default (a report saved as a document); every message
        keeps its "code" and "params" beside it."""
        return {"file": self.path, "dry_run": self.dry_run,
                "sheets": {s.name: s.to_json(rows=rows, lang=lang) for s in self.sheets},
                "totals": self.totals(),
                "errors": [e.to_json(lang) for e in self.file_errors]}


def jsonable(v: Any) -> Any:
    if isinstance(v, (dt.date, dt.datetime)):
        return v.isoformat()
    if isinstance(v, (str, int, float, bool)) or v is None:
        return v
    return str(v)

