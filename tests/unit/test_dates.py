"""Date parsing, partial dates, formatting and calendar arithmetic."""

from __future__ import annotations

import calendar
import datetime as dt
from decimal import Decimal

import pydantic
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.domain.dates import (
    PartialDate,
    add_months,
    add_working_days,
    add_years,
    format_date,
    format_long_date,
    format_number,
    parse_date,
    term_end,
)
from desktop_app.core.errors import ValidationFailed

FAST = settings(max_examples=150, deadline=None)
TODAY = dt.date(2026, 1, 5)
dates = st.dates(dt.date(1880, 1, 1), dt.date(2200, 12, 31))


# --- parse_date ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("05/03/1990", dt.date(1990, 3, 5)),
        ("5/3/1990", dt.date(1990, 3, 5)),
        ("05-03-1990", dt.date(1990, 3, 5)),
        ("05.03.1990", dt.date(1990, 3, 5)),
        (" 1990-03-05 ", dt.date(1990, 3, 5)),
        ("5/3/90", dt.date(1990, 3, 5)),
        ("5/3/26", dt.date(2026, 3, 5)),
        ("5/3/27", dt.date(1927, 3, 5)),
        ("29/02/2024", dt.date(2024, 2, 29)),
    ],
)
def test_parse_date_accepts(text: str, expected: dt.date) -> None:
    assert parse_date(text, today=TODAY) == expected


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "date_format"),
        ("hôm qua", "date_format"),
        ("05/03-1990", "date_format"),
        ("1990/03/05", "date_format"),
        ("05/03/199", "date_format"),
        ("٠٥/٠٣/١٩٩٠", "date_format"),
        ("31/02/2024", "date_invalid"),
        ("29/02/2023", "date_invalid"),
        ("00/01/2020", "date_invalid"),
        ("2024-13-01", "date_invalid"),
    ],
)
def test_parse_date_rejects(text: str, code: str) -> None:
    with pytest.raises(ValidationFailed) as e:
        parse_date(text, field="dob")
    (p,) = e.value.problems
    assert (p.field, p.code, p.params) == ("dob", code, {"value": text})


@FAST
@given(st.dates(dt.date(1000, 1, 1), dt.date(9999, 12, 31)))
def test_format_parse_round_trip(d: dt.date) -> None:
    assert parse_date(format_date(d)) == d
    assert parse_date(d.isoformat()) == d


@FAST
@given(st.dates(dt.date(1927, 1, 1), dt.date(2026, 12, 31)))
def test_two_digit_year_window(d: dt.date) -> None:
    assert parse_date(f"{d.day}/{d.month}/{d.year % 100:02d}", today=TODAY) == d


# --- formatting ------------------------------------------------------------------------------


def test_format_date() -> None:
    assert format_date(dt.date(2026, 1, 5)) == "05/01/2026"


def test_format_long_date_decree_30() -> None:
    line = format_long_date("Vĩnh Yên", dt.date(2026, 1, 5))
    assert line == "Vĩnh Yên, ngày 05 tháng 01 năm 2026"
    assert format_long_date("Hà Nội", dt.date(2020, 3, 5)) == "Hà Nội, ngày 05 tháng 3 năm 2020"
    assert format_long_date("X", dt.date(2020, 2, 15)) == "X, ngày 15 tháng 02 năm 2020"
    assert format_long_date("X", dt.date(2020, 12, 31)) == "X, ngày 31 tháng 12 năm 2020"


@pytest.mark.parametrize(
    ("x", "decimals", "out"),
    [
        (0, 0, "0"),
        (1234.5, 1, "1.234,5"),
        (1234567, 0, "1.234.567"),
        (-1234567.891, 2, "-1.234.567,89"),
        (999.5, 0, "1.000"),
        (0.125, 2, "0,13"),
        (-0.001, 1, "0,0"),
        (Decimal("12345.678"), 3, "12.345,678"),
        (12, 2, "12,00"),
    ],
)
def test_format_number(x: float, decimals: int, out: str) -> None:
    assert format_number(x, decimals) == out


@FAST
@given(st.integers(-(10**15), 10**15))
def test_format_number_integers_round_trip(n: int) -> None:
    assert int(format_number(n).replace(".", "")) == n


def test_format_number_rejects_nan() -> None:
    with pytest.raises(ValueError):
        format_number(float("nan"))


# --- arithmetic ------------------------------------------------------------------------------


def test_add_months_examples() -> None:
    assert add_months(dt.date(2024, 1, 31), 1) == dt.date(2024, 2, 29)
    assert add_months(dt.date(2023, 1, 31), 1) == dt.date(2023, 2, 28)
    assert add_months(dt.date(2024, 3, 31), -1) == dt.date(2024, 2, 29)
    assert add_months(dt.date(2024, 11, 15), 3) == dt.date(2025, 2, 15)
    assert add_months(dt.date(2024, 1, 15), -13) == dt.date(2022, 12, 15)
    assert add_years(dt.date(2024, 2, 29), 1) == dt.date(2025, 2, 28)
    assert add_years(dt.date(2024, 2, 29), 4) == dt.date(2028, 2, 29)


@FAST
@given(dates, st.integers(-600, 600))
def test_add_months_properties(d: dt.date, n: int) -> None:
    r = add_months(d, n)
    assert (r.year * 12 + r.month) - (d.year * 12 + d.month) == n
    assert r.day == min(d.day, calendar.monthrange(r.year, r.month)[1])
    if d.day <= 28:
        assert add_months(r, -n) == d
    assert add_months(d, 0) == d


@FAST
@given(dates, st.integers(-100, 100), st.integers(-100, 100))
def test_add_months_composes_when_no_clamping(d: dt.date, a: int, b: int) -> None:
    d = d.replace(day=min(d.day, 28))
    assert add_months(add_months(d, a), b) == add_months(d, a + b)


def _month_last(y: int, m: int) -> dt.date:
    return dt.date(y, m, calendar.monthrange(y, m)[1])


@pytest.mark.parametrize("year", [2023, 2024, 2025, 2026, 2028, 2100])
@pytest.mark.parametrize("month", range(1, 13))
def test_term_end_at_every_month_end(year: int, month: int) -> None:
    """A term starting on the first day of a month ends on the last day of a month; starting on
    the last day, it ends on the day before that day in the target month (or that month's last
    day when it has no such day)."""
    first = dt.date(year, month, 1)
    for n in (1, 3, 6, 12, 24):
        target_y, target_m0 = divmod(year * 12 + month - 1 + n - 1, 12)
        assert term_end(first, n) == _month_last(target_y, target_m0 + 1)
    last = _month_last(year, month)
    for n in (1, 2, 3, 6, 12, 24):
        ty, tm0 = divmod(year * 12 + month - 1 + n, 12)
        want_day = min(last.day - 1, calendar.monthrange(ty, tm0 + 1)[1])
        assert term_end(last, n) == dt.date(ty, tm0 + 1, want_day)


def test_term_end_examples() -> None:
    # DOMAIN §2's three examples.
    assert term_end(dt.date(2026, 5, 31), 1) == dt.date(2026, 6, 30)
    assert term_end(dt.date(2026, 3, 1), 12) == dt.date(2027, 2, 28)
    assert term_end(dt.date(2026, 7, 10), 6) == dt.date(2027, 1, 9)
    # The month-end cases.
    assert term_end(dt.date(2024, 1, 31), 3) == dt.date(2024, 4, 30)
    assert term_end(dt.date(2024, 2, 29), 24) == dt.date(2026, 2, 28)
    # 29 February: starts the day after 28/02 of a leap year and ends on it.
    assert term_end(dt.date(2024, 2, 29), 12) == dt.date(2025, 2, 28)
    assert term_end(dt.date(2024, 3, 1), 12) == dt.date(2025, 2, 28)
    assert term_end(dt.date(2023, 3, 1), 12) == dt.date(2024, 2, 29)
    assert term_end(dt.date(2024, 3, 1), 1) == dt.date(2024, 3, 31)
    assert term_end(dt.date(2026, 5, 1), 6) == dt.date(2026, 10, 31)
    assert term_end(dt.date(2024, 3, 30), 11) == dt.date(2025, 2, 28)
    assert term_end(dt.date(2027, 3, 30), 11) == dt.date(2028, 2, 29)
    # Days are added after the months.
    assert term_end(dt.date(2024, 1, 31), 1, 5) == dt.date(2024, 3, 5)
    assert term_end(dt.date(2026, 1, 1), 0, 1) == dt.date(2026, 1, 1)


@given(d=st.dates(dt.date(1950, 1, 1), dt.date(2150, 12, 31)), n=st.integers(0, 600),
       k=st.integers(0, 400))
def test_term_end_properties(d: dt.date, n: int, k: int) -> None:
    end = term_end(d, n, k)
    assert end == term_end(d, n) + dt.timedelta(days=k)
    if n:
        assert end >= d
        # The end lies in the month n months after the day before the start, on that day or
        # the month's last day.
        before = d - dt.timedelta(days=1)
        months_end = end - dt.timedelta(days=k)
        assert months_end.month == (before.month - 1 + n) % 12 + 1
        assert months_end.day == before.day or months_end.day == calendar.monthrange(
            months_end.year, months_end.month)[1]


@FAST
@given(dates, st.integers(-50, 50))
def test_add_years(d: dt.date, n: int) -> None:
    r = add_years(d, n)
    assert r.year == d.year + n and r.month == d.month
    assert r.day == d.day or (d.month, d.day, r.day) == (2, 29, 28)


def test_add_working_days_examples() -> None:
    fri = dt.date(2026, 1, 2)
    assert fri.weekday() == 4
    assert add_working_days(fri, 1) == dt.date(2026, 1, 5)  # Monday
    assert add_working_days(fri, 5) == dt.date(2026, 1, 9)
    assert add_working_days(dt.date(2026, 1, 5), -1) == fri
    assert add_working_days(dt.date(2026, 1, 3), 0) == dt.date(2026, 1, 3)
    assert add_working_days(fri, 1, holidays={dt.date(2026, 1, 5)}) == dt.date(2026, 1, 6)


@FAST
@given(st.dates(dt.date(2000, 1, 1), dt.date(2100, 1, 1)), st.integers(-60, 60))
def test_add_working_days_properties(d: dt.date, n: int) -> None:
    r = add_working_days(d, n)
    if n == 0:
        assert r == d
        return
    assert r.weekday() < 5
    step = 1 if n > 0 else -1
    # Days strictly after d, up to and including r (walking in the direction of n).
    walked = [d + dt.timedelta(days=step * i) for i in range(1, abs((r - d).days) + 1)]
    assert sum(x.weekday() < 5 for x in walked) == abs(n)


# --- PartialDate -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "storage", "display"),
    [
        ("1990", "1990", "1990"),
        ("03/1990", "1990-03", "03/1990"),
        ("3/1990", "1990-03", "03/1990"),
        ("3-1990", "1990-03", "03/1990"),
        ("1990-03", "1990-03", "03/1990"),
        ("05/03/1990", "1990-03-05", "05/03/1990"),
        ("1990-03-05", "1990-03-05", "05/03/1990"),
    ],
)
def test_partial_parse(text: str, storage: str, display: str) -> None:
    p = PartialDate.parse(text)
    assert p.to_storage() == storage
    assert p.display() == display
    assert PartialDate.from_storage(storage) == p


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("199", "date_format"),
        ("abc", "date_format"),
        ("13/1990", "date_invalid"),
        ("1879", "date_out_of_range"),
        ("2201", "date_out_of_range"),
        ("31/04/1990", "date_invalid"),
    ],
)
def test_partial_parse_rejects(text: str, code: str) -> None:
    with pytest.raises(ValidationFailed) as e:
        PartialDate.parse(text, field="dob")
    assert [(p.field, p.code) for p in e.value.problems] == [("dob", code)]


def test_partial_bounds_and_validation() -> None:
    p = PartialDate.parse("02/2024")
    assert (p.earliest(), p.latest()) == (dt.date(2024, 2, 1), dt.date(2024, 2, 29))
    y = PartialDate(year=1990)
    assert (y.earliest(), y.latest()) == (dt.date(1990, 1, 1), dt.date(1990, 12, 31))
    with pytest.raises(ValueError):
        PartialDate(year=1990, day=5)
    with pytest.raises(ValueError):
        PartialDate(year=2023, month=2, day=29)
    with pytest.raises(ValidationFailed):
        PartialDate.from_storage("1990-3")
    with pytest.raises(pydantic.ValidationError, match="frozen"):
        y.year = 1991  # type: ignore[misc]
    assert y.year == 1990


partial_dates = st.one_of(
    st.integers(1880, 2200).map(lambda y: PartialDate(year=y)),
    st.tuples(st.integers(1880, 2200), st.integers(1, 12)).map(
        lambda t: PartialDate(year=t[0], month=t[1])
    ),
    dates.map(PartialDate.from_date),
)


@FAST
@given(partial_dates)
def test_partial_round_trips(p: PartialDate) -> None:
    assert PartialDate.from_storage(p.to_storage()) == p
    assert PartialDate.parse(p.display()) == p
    assert p.earliest() <= p.latest()
    assert PartialDate.from_date(p.earliest()).earliest() == p.earliest()
    if p.day is not None:
        assert p.earliest() == p.latest()


@FAST
@given(partial_dates, partial_dates)
def test_partial_order_matches_storage_order(a: PartialDate, b: PartialDate) -> None:
    assert (a < b) == (a.to_storage() < b.to_storage())
    assert (a == b) == (a.to_storage() == b.to_storage())
    assert (a <= b) == (not a > b)
    if a < b:
        assert a.earliest() <= b.earliest()
