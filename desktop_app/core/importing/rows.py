"""Helpers every sheet kind uses: reading a row's cells by column key, its label, multi-line
text, the numbering row under a header, and how a row's statuses combine."""

from __future__ import annotations

import re
from typing import Any, Callable

from desktop_app.core.domain.dates import PartialDate
from desktop_app.core.errors import ValidationFailed
from desktop_app.core.importing import values as V
from desktop_app.core.importing.headers import HeaderMap
from desktop_app.core.importing.results import CREATED, UNCHANGED, UPDATED, RowError


class RowFailed(Exception):
    def __init__(self, errors: list[RowError]):
        self.errors = errors



def getter(hm: HeaderMap, cells: list[Any]) -> Callable[[str], Any]:
    def get(key: str) -> Any:
        i = hm.columns.get(key)
        if i is None or i >= len(cells):
            return None
        return cells[i]
    return get


def cell_parser(sheet: str, hm: HeaderMap, rownum: int, cells: list[Any], *, blank_is_none: bool = False
                ) -> tuple[Callable[[str], Any], list[RowError], Callable[[str, Callable[[Any], Any]], Any]]:
    """(get, errors, parse) for one row: `parse(key, fn)` reads the cell through `fn` and, when
    the cell is refused, keeps the problem in `errors` beside its column and gives None."""
    get = getter(hm, cells)
    errors: list[RowError] = []
    columns, width = hm.columns, len(cells)

    def parse(key: str, fn: Callable[[Any], Any]) -> Any:
        i = columns.get(key)  # get(key), inlined: a sheet of 10,000 rows parses 160,000 cells
        v = None if i is None or i >= width else cells[i]
        if blank_is_none and (v is None or (isinstance(v, str) and not v.strip())):  # V.is_blank
            return None
        try:
            return fn(v)
        except V.CellError as e:
            errors.append(RowError(sheet, rownum, hm.headers.get(key), e.code, e.params))
            return None

    return get, errors, parse


def blank_row(cells: list[Any]) -> bool:
    """Whether every cell is blank. The reader drops a row's trailing blank cells, so its last
    cell mostly answers at once."""
    if cells and not V.is_blank(cells[-1]):
        return False
    return all(V.is_blank(v) for v in cells)


def row_label(hm: HeaderMap, cells: list[Any]) -> str:
    get = getter(hm, cells)
    for key in ("full_name", "name", "content", "place", "date", "received_on"):
        v = V.text(get(key))
        if v:
            return v[:60]
    return ""


def multiline(v: Any) -> str:
    if V.is_blank(v):
        return ""
    if not isinstance(v, str):
        return V.text(v)
    lines = [" ".join(line.split()) for line in v.strip().splitlines()]
    return "\n".join(line for line in lines if line)


def is_numbering_row(cells: list[Any]) -> bool:
    """"(1) (2) (3) …" or "1 2 3 …" under the header of a printed form."""
    vals = [V.text(v) for v in cells if not V.is_blank(v)]
    if len(vals) < 3:
        return False
    nums = []
    for v in vals:
        m = re.fullmatch(r"\(?(\d{1,2})\)?", v)
        if not m:
            return False
        nums.append(int(m[1]))
    return nums == sorted(nums) and len(set(nums)) == len(nums)


def differs(current: Any, key: str, value: Any) -> bool:
    old = getattr(current, key, None)
    if key == "full_name":
        return bool(old != value)
    if isinstance(old, str) and isinstance(value, str):
        return " ".join(old.split()) != " ".join(value.split())
    return bool(old != value)


def show_birth(s: str | None) -> str:
    if not s:
        return "?"
    try:
        return PartialDate.from_storage(s).display()
    except ValidationFailed:
        return s


def combine(person: str | None, case: str | None) -> str:
    states = {person, case}
    if CREATED in states:
        return CREATED
    if UPDATED in states:
        return UPDATED
    return UNCHANGED

