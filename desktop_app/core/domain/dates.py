"""Dates the Vietnamese way (DOMAIN §5): parsing what users type, partial dates of birth,
dd/mm/yyyy display, the Decree 30 printed date line, calendar arithmetic for terms and
deadlines, and "1.234,5" number formatting."""

from __future__ import annotations

import calendar
import datetime as _dt
import functools
import re
from collections.abc import Collection
from decimal import ROUND_HALF_UP, Decimal, localcontext
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

from desktop_app.core.errors import Problem, ValidationFailed

__all__ = [
    "PartialDate",
    "parse_date",
    "parse_typed_date",
    "format_date",
    "format_long_date",
    "add_months",
    "add_years",
    "term_end",
    "add_working_days",
    "format_number",
    "MIN_YEAR",
    "MAX_YEAR",
]

MIN_YEAR = 1880
MAX_YEAR = 2200

# d/m/yyyy with one separator used consistently (/ - .), spaces around separators tolerated.
_DMY = re.compile(r"(\d{1,2})\s*([/.\-])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_MY = re.compile(r"(\d{1,2})\s*[/.\-]\s*(\d{4})")
_ISO_YM = re.compile(r"(\d{4})-(\d{1,2})")
_Y = re.compile(r"\d{4}")
_STORAGE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def _fail(field: str, code: str, **params: Any) -> ValidationFailed:
    return ValidationFailed([Problem(field, code, params)])


def _ascii(text: str) -> bool:
    # \d in Python regexes also matches non-ASCII digits; reject them up front.
    return text.isascii()


def parse_date(text: str, *, field: str = "date", today: _dt.date | None = None,
               years_ahead: int = 0) -> _dt.date:
    """Parse a full date as users type it: dd/mm/yyyy, d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy (one
    separator, used twice), ISO yyyy-mm-dd, or the same day-first forms with a two-digit year
    (yy ≤ today's two-digit year → 20yy, else 19yy; `today` defaults to the system date; with
    `years_ahead` the cut-off is that many years after today: the latest year a two-digit year
    can mean). Surrounding whitespace is ignored.

    Raises ValidationFailed([Problem(field, "date_format", {"value": text})]) when the text is
    not one of these shapes, or code "date_invalid" (same params) for an impossible date such as
    31/02/2024."""
    s = text.strip()
    m_iso = _ISO.fullmatch(s) if _ascii(s) else None
    m_dmy = _DMY.fullmatch(s) if _ascii(s) else None
    if m_iso:
        y, mo, d = int(m_iso[1]), int(m_iso[2]), int(m_iso[3])
    elif m_dmy:
        d, mo, ys = int(m_dmy[1]), int(m_dmy[3]), m_dmy[4]
        y = int(ys)
        if len(ys) == 2:
            pivot = (today or _dt.date.today()).year + years_ahead
            y += 2000 if y <= pivot % 100 else 1900
            y += (pivot // 100 - 20) * 100  # keeps working past 2099
    else:
        raise _fail(field, "date_format", value=text)
    try:
        return _dt.date(y, mo, d)
    except ValueError:
        raise _fail(field, "date_invalid", value=text) from None


# What a person types or pastes in a date field besides parse_date's shapes: the digits alone
# (ddmmyyyy, ddmmyy), the written form of documents, and a time after the date (spreadsheets).
_COMPACT = re.compile(r"(\d{2})(\d{2})(\d{4}|\d{2})")
_WRITTEN = re.compile(r"(?:ngày\s*)?(\d{1,2})\s*tháng\s*(\d{1,2})\s*năm\s*(\d{4})", re.IGNORECASE)
_TIME_AFTER = re.compile(r"(.+?)(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[AaPp][Mm])?)")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))


def parse_typed_date(text: str, *, field: str = "date", today: _dt.date | None = None,
                     years_ahead: int = 20) -> _dt.date:
    """A full date as a person types or pastes it in a date field: everything parse_date
    accepts ("1/11/2026", "01-11-2026", "2026-11-01", "1/11/26"), the digits alone ("01112026",
    "011126"), the written form ("ngày 01 tháng 11 năm 2026") and a date followed by a time
    ("01/11/2026 00:00:00", "2026-11-01T08:30"). A two-digit year is the latest year ending so
    that is at most `years_ahead` years after today ("26" → 2026, "45" → 2045, "60" → 1960
    in 2026). Same problems as parse_date: "date_format" or "date_invalid" {value}."""
    s = text.translate(_INVISIBLE).strip()
    if _ascii(s) and (m := _TIME_AFTER.fullmatch(s)):
        s = m[1].strip()
    if _ascii(s) and (m := _COMPACT.fullmatch(s)):
        s = f"{m[1]}/{m[2]}/{m[3]}"
    elif m := _WRITTEN.fullmatch(s):
        s = f"{m[1]}/{m[2]}/{m[3]}"
    try:
        return parse_date(s, field=field, today=today, years_ahead=years_ahead)
    except ValidationFailed as e:
        raise _fail(field, e.problems[0].code, value=text) from None


class PartialDate(BaseModel):
    """A date known to the year, month or day (dates of birth are often year-only). Immutable.

    Ordering (<, <=, ...) and the storage string agree: by year, then month (unknown first),
    then day (unknown first), so "1990" < "1990-03" < "1990-03-05" < "1991"."""

    model_config = ConfigDict(frozen=True)

    year: int = Field(ge=MIN_YEAR, le=MAX_YEAR)
    month: int | None = Field(default=None, ge=1, le=12)
    day: int | None = Field(default=None, ge=1, le=31)

    @model_validator(mode="after")
    def _check_day(self) -> PartialDate:
        if self.day is not None:
            if self.month is None:
                raise ValueError("day requires month")
            if self.day > calendar.monthrange(self.year, self.month)[1]:
                raise ValueError("day out of range for month")
        return self

    # -- construction ---------------------------------------------------------------------

    @classmethod
    def from_date(cls, d: _dt.date) -> PartialDate:
        """Return the full (day-precision) PartialDate for `d`."""
        return cls(year=d.year, month=d.month, day=d.day)

    @classmethod
    def _checked(cls, text: str, field: str, y: int, mo: int | None, d: int | None) -> PartialDate:
        if not MIN_YEAR <= y <= MAX_YEAR:
            raise _fail(field, "date_out_of_range", value=text, min=MIN_YEAR, max=MAX_YEAR)
        if mo is not None and not 1 <= mo <= 12:
            raise _fail(field, "date_invalid", value=text)
        if d is not None and (mo is None or not 1 <= d <= calendar.monthrange(y, mo)[1]):
            raise _fail(field, "date_invalid", value=text)
        if cls is PartialDate:
            return _partial(y, mo, d)
        return cls.model_construct(year=y, month=mo, day=d)  # checked above as the validators do

    @classmethod
    def parse(
        cls, text: str, *, field: str = "date", today: _dt.date | None = None
    ) -> PartialDate:
        """Parse "yyyy", "mm/yyyy" or "m/yyyy" (also with - or .), ISO "yyyy-mm", or any full
        date parse_date accepts. Raises ValidationFailed with code "date_format" (unknown
        shape), "date_invalid" (no such month/day) or "date_out_of_range" {value, min, max}
        (year outside 1880..2200); all carry params["value"] = text."""
        s = text.strip()
        if not _ascii(s):
            raise _fail(field, "date_format", value=text)
        if _Y.fullmatch(s):
            return cls._checked(text, field, int(s), None, None)
        if m := _ISO_YM.fullmatch(s):
            return cls._checked(text, field, int(m[1]), int(m[2]), None)
        if m := _MY.fullmatch(s):
            return cls._checked(text, field, int(m[2]), int(m[1]), None)
        d = parse_date(text, field=field, today=today)
        return cls._checked(text, field, d.year, d.month, d.day)

    @classmethod
    def from_storage(cls, s: str, *, field: str = "date") -> PartialDate:
        """Inverse of to_storage(): accepts exactly "YYYY", "YYYY-MM" or "YYYY-MM-DD". Raises
        ValidationFailed ("date_format" / "date_invalid" / "date_out_of_range") otherwise."""
        m = _STORAGE.fullmatch(s) if _ascii(s) else None
        if not m:
            raise _fail(field, "date_format", value=s)
        return cls._checked(
            s,
            field,
            int(m[1]),
            int(m[2]) if m[2] else None,
            int(m[3]) if m[3] else None,
        )

    # -- output ---------------------------------------------------------------------------

    def to_storage(self) -> str:
        """Return "YYYY", "YYYY-MM" or "YYYY-MM-DD"; plain string order of these equals the
        PartialDate order."""
        out = f"{self.year:04d}"
        if self.month is not None:
            out += f"-{self.month:02d}"
            if self.day is not None:
                out += f"-{self.day:02d}"
        return out

    def display(self) -> str:
        """Return "1990", "03/1990" or "05/03/1990"."""
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.month:02d}/{self.year:04d}"
        return f"{self.day:02d}/{self.month:02d}/{self.year:04d}"

    @property
    def is_full(self) -> bool:
        """True when day, month and year are all known."""
        return self.day is not None

    def earliest(self) -> _dt.date:
        """The first calendar day this partial date may denote."""
        return _dt.date(self.year, self.month or 1, self.day or 1)

    def latest(self) -> _dt.date:
        """The last calendar day this partial date may denote."""
        month = self.month or 12
        return _dt.date(self.year, month, self.day or calendar.monthrange(self.year, month)[1])

    # -- ordering -------------------------------------------------------------------------

    def _key(self) -> tuple[int, int, int]:
        return (self.year, self.month or 0, self.day or 0)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() < other._key()

    def __le__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() <= other._key()

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() > other._key()

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() >= other._key()


def format_date(d: _dt.date) -> str:
    """Return `d` as "dd/mm/yyyy"."""
    return f"{d.day:02d}/{d.month:02d}/{d.year:04d}"


def format_long_date(place: str, d: _dt.date) -> str:
    """Return the place-and-date line of a printed document, Decree 30/2020 Appendix I style:
    "Vĩnh Yên, ngày 05 tháng 01 năm 2026". Per the decree, days below 10 and the months 1 and 2
    get a leading zero (so they cannot be altered into 11/12 or 1x/2x); months 3–12 are written
    plainly: "ngày 15 tháng 3 năm 2026"."""
    month = f"{d.month:02d}" if d.month <= 2 else str(d.month)
    return f"{place}, ngày {d.day:02d} tháng {month} năm {d.year}"


def add_months(d: _dt.date, n: int) -> _dt.date:
    """Return `d` moved by `n` calendar months (n may be negative), the day clamped to the end of
    the target month: 31/01 + 1 month → 28/02 or 29/02. Raises OverflowError outside
    year 1..9999."""
    total = d.year * 12 + (d.month - 1) + n
    year, month0 = divmod(total, 12)
    if not 1 <= year <= 9999:
        raise OverflowError("date out of range")
    month = month0 + 1
    return _dt.date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def add_years(d: _dt.date, n: int) -> _dt.date:
    """Return `d` moved by `n` years (n may be negative); 29/02 becomes 28/02 in a non-leap
    target year."""
    return add_months(d, 12 * n)


def term_end(start: _dt.date, months: int = 0, days: int = 0) -> _dt.date:
    """The last day of a term of `months` months and `days` days that starts on `start`
    (DOMAIN §2): (start − 1 day) + `months` months with the month-end rule, then `days` days
    added (negative `days` take days off, e.g. custody deducted at 1 day = 3 days).

    The month-end rule: when the day before the start is the last day of its month (the term
    starts on the 1st), the term ends on the last day of the target month; otherwise on the same
    day of the target month, or that month's last day when the day does not exist there.

    31/05/2026 + 1 month → 30/06/2026; 01/03/2026 + 12 months → 28/02/2027;
    10/07/2026 + 6 months → 09/01/2027; 31/01/2024 + 3 months → 30/04/2024;
    29/02/2024 + 24 months → 28/02/2026; 01/05/2026 + 6 months → 31/10/2026. A term of 0 months
    and 0 days ends the day before it starts (nothing to serve)."""
    before = start - _dt.timedelta(days=1)
    end = add_months(before, months)
    if before.day == calendar.monthrange(before.year, before.month)[1]:
        end = end.replace(day=calendar.monthrange(end.year, end.month)[1])
    return end + _dt.timedelta(days=days)


def add_working_days(
    d: _dt.date, n: int, *, holidays: Collection[_dt.date] = ()
) -> _dt.date:
    """Return the date `n` working days after `d` (before it if n < 0). Working days are Monday
    to Friday not in `holidays`; `d` itself is not counted. n == 0 returns `d` unchanged, even on
    a weekend. Example: Friday + 1 → the next Monday."""
    step = 1 if n >= 0 else -1
    remaining = abs(n)
    cur = d
    while remaining:
        cur += _dt.timedelta(days=step)
        if cur.weekday() < 5 and cur not in holidays:
            remaining -= 1
    return cur


def format_number(x: int | float | Decimal, decimals: int = 0) -> str:
    """Return `x` in Vietnamese style: "." between thousands, "," before decimals, exactly
    `decimals` decimals, rounded half away from zero: format_number(1234.5, 1) == "1.234,5",
    format_number(-1234567) == "-1.234.567". Never returns "-0". Raises ValueError for NaN or
    infinity."""
    if decimals < 0:
        raise ValueError("decimals must be >= 0")
    # str() first so 0.1 is 0.1, not its binary expansion.
    value = x if isinstance(x, Decimal) else Decimal(str(x))
    if not value.is_finite():
        raise ValueError(f"cannot format {x!r}")
    with localcontext() as ctx:
        # Enough precision that quantize never fails on large values.
        ctx.prec = max(28, value.adjusted() + decimals + 2)
        q = value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    if q == 0:
        q = abs(q)
    text = f"{q:,.{decimals}f}"  # "1,234.5"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


@functools.lru_cache(maxsize=65536)
def _partial(year: int, month: int | None, day: int | None) -> PartialDate:
    """A checked PartialDate, one shared instance per value (it is immutable): an import parses
    the same dates of birth and decision dates row after row."""
    return PartialDate.model_construct(year=year, month=month, day=day)
