"""parse_typed_date: dates as people type or paste them in a date field."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.core.domain.dates import parse_date, parse_typed_date
from desktop_app.core.errors import ValidationFailed

TODAY = dt.date(2026, 12, 5)
NOV1 = dt.date(2026, 11, 1)


@pytest.mark.parametrize("text", ["1/11/2026", "01/11/2026", "01112026", "1/11/26", "011126", "1-11-2026",
                                  "1.11.2026", "2026-11-01", " 01/11/2026 ", "01/11/2026 00:00:00",
                                  "2026-11-01T08:30:00", "ngày 01 tháng 11 năm 2026", "01/11/2026\u200b"])
def test_accepted(text):
    assert parse_typed_date(text, today=TODAY) == NOV1


@pytest.mark.parametrize("text, year", [("1/1/26", 2026), ("1/1/46", 2046), ("1/1/47", 1947), ("1/1/90", 1990)])
def test_two_digit_years_reach_twenty_years_ahead(text, year):
    assert parse_typed_date(text, today=TODAY).year == year
    assert parse_date(text, today=TODAY).year == (year if year <= 2026 else year - 100)  # birth dates: never ahead


@pytest.mark.parametrize("text, code", [("31/02/2026", "date_invalid"), ("32012026", "date_invalid"),
                                        ("3102026", "date_format"), ("1/11", "date_format"), ("", "date_format"),
                                        ("hôm qua", "date_format")])
def test_refused_with_the_text_as_typed(text, code):
    with pytest.raises(ValidationFailed) as e:
        parse_typed_date(text, field="start", today=TODAY)
    [p] = e.value.problems
    assert (p.field, p.code, p.params["value"]) == ("start", code, text)
