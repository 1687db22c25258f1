"""Import outcomes in words: a RowError holds a problem code and its params; its sentence comes
from the one catalogue (desktop_app/vocabulary, group "problem": the codes of the import and
those the services raise, one wording each), in the language asked for — Vietnamese by
default, the language of an import report saved as JSON."""

from __future__ import annotations

from typing import Any

from desktop_app.vocabulary import text

__all__ = ["describe", "duplicate_message", "message", "message_vi"]


def message(code: str, params: dict[str, Any] | None = None, lang: str | None = None) -> str:
    """The sentence for `code` in `lang` (default: WARDBOOK_LANG's); an unknown code as the
    code itself with its params."""
    return text("problem", code, params, lang=lang)


def message_vi(code: str, params: dict[str, Any] | None = None) -> str:
    """The Vietnamese sentence for `code` (import reports are Vietnamese documents)."""
    return text("problem", code, params, lang="vi")


def describe(sheet: str, row: int | None, column: str | None, code: str,
             params: dict[str, Any] | None = None, lang: str | None = "vi") -> str:
    """Where a row's problem is (sheet, row, column) and what it is, worded by the catalogue
    (Vietnamese by default: import reports are documents)."""
    where = [text("import", "where_sheet", {"sheet": sheet}, lang=lang)]
    if row is not None:
        where.append(text("import", "where_row", {"row": row}, lang=lang))
    if column:
        where.append(text("import", "where_column", {"column": column}, lang=lang))
    return ", ".join(where) + ": " + text("problem", code, params, lang=lang)


def duplicate_message(detail: dict[str, Any], lang: str | None = "vi") -> str:
    """The sentence of a row held as a possible duplicate (its outcome's detail: "code",
    "params", and "case": "held" when the row's case waits with its person)."""
    said = text("problem", detail.get("code", ""), detail.get("params"), lang=lang)
    if detail.get("case") == "held":
        said += "; " + text("problem", "person_held", lang=lang)
    return said
