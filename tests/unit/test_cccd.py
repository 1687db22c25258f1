"""CCCD numbers and the card's QR text."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from desktop_app.core.domain.cccd import (
    OLD_PROVINCE_CODES,
    CccdInfo,
    QrData,
    check_cccd,
    decode_cccd,
    is_old_cmnd,
    normalize_cccd,
    parse_cccd_qr,
)
from desktop_app.core.errors import ValidationFailed

FAST = settings(max_examples=150, deadline=None)
_CENTURY_BASE = {1900: 0, 2000: 2, 2100: 4}


@st.composite
def valid_cccd(draw: st.DrawFn) -> tuple[str, int, str]:
    """(number, birth_year, gender) consistent with each other."""
    province = draw(st.sampled_from(sorted(OLD_PROVINCE_CODES)))
    year = draw(st.integers(1900, 2199))
    gender = draw(st.sampled_from(["male", "female"]))
    digit = _CENTURY_BASE[year // 100 * 100] + (gender == "female")
    rest = draw(st.text(alphabet="0123456789", min_size=6, max_size=6))
    return f"{province}{digit}{year % 100:02d}{rest}", year, gender


def codes(problems: list) -> list[str]:
    return [p.code for p in problems]


def test_province_codes() -> None:
    assert len(OLD_PROVINCE_CODES) == 63
    assert {"001", "026", "079", "096"} <= OLD_PROVINCE_CODES
    assert "003" not in OLD_PROVINCE_CODES and "097" not in OLD_PROVINCE_CODES


def test_normalize() -> None:
    assert normalize_cccd(" 001 090.000-123 ") == "001090000123"


def test_decode_example() -> None:
    assert decode_cccd("026 190 000 123") == CccdInfo("026", 1900, "female", 90)
    assert decode_cccd("001205000001").birth_year == 2005
    with pytest.raises(ValidationFailed) as e:
        decode_cccd("12345")
    assert codes(e.value.problems) == ["cccd_length"]


@FAST
@given(valid_cccd())
def test_valid_number_has_no_problems(case: tuple[str, int, str]) -> None:
    number, year, gender = case
    assert check_cccd(number, birth_year=year, gender=gender) == []
    assert check_cccd(number, birth_year=None, gender=None) == []
    assert check_cccd(number, birth_year=year, gender="other") == []
    info = decode_cccd(number)
    assert (info.birth_year, info.gender, info.province_code) == (year, gender, number[:3])


@FAST
@given(valid_cccd())
def test_flipping_gender_digit_gives_exactly_the_gender_warning(case: tuple[str, int, str]) -> None:
    number, year, gender = case
    flipped = number[:3] + str(int(number[3]) ^ 1) + number[4:]
    problems = check_cccd(flipped, birth_year=year, gender=gender, field="id_no")
    assert len(problems) == 1
    p = problems[0]
    assert (p.field, p.code, p.severity) == ("id_no", "cccd_gender_mismatch", "warning")
    assert p.params == {"cccd_gender": "female" if gender == "male" else "male", "gender": gender}


@FAST
@given(valid_cccd(), st.integers(1880, 2200))
def test_birth_year_mismatch_is_a_warning(case: tuple[str, int, str], other: int) -> None:
    number, year, gender = case
    assume(other != year)
    problems = check_cccd(number, birth_year=other, gender=gender)
    assert codes(problems) == ["cccd_birth_year_mismatch"]
    assert problems[0].severity == "warning"
    assert problems[0].params == {"cccd_year": year, "birth_year": other}


def test_structural_errors() -> None:
    p = check_cccd("003090000123", birth_year=None, gender=None)
    assert codes(p) == ["cccd_province"] and p[0].params == {"code": "003"}
    p = check_cccd("001790000123", birth_year=1990, gender="male")
    assert codes(p) == ["cccd_century_digit"] and p[0].severity == "error"
    p = check_cccd("00109000012", birth_year=None, gender=None)
    assert codes(p) == ["cccd_length"] and p[0].params["got"] == 11
    assert codes(check_cccd("00109000012A", birth_year=None, gender=None)) == ["cccd_not_digits"]
    assert codes(check_cccd("", birth_year=None, gender=None)) == ["cccd_length"]
    # Unknown province still gets the soft checks.
    assert codes(check_cccd("003090000123", birth_year=1991, gender="female")) == [
        "cccd_province",
        "cccd_birth_year_mismatch",
        "cccd_gender_mismatch",
    ]


@FAST
@given(st.text(alphabet="0123456789").filter(lambda s: len(s) != 12))
def test_wrong_length_is_an_error(s: str) -> None:
    problems = check_cccd(s, birth_year=None, gender=None)
    assert codes(problems) == ["cccd_length"]
    assert problems[0].params["got"] == len(s)
    assert all(p.severity == "error" for p in problems)


@FAST
@given(st.text(min_size=1).filter(lambda s: any(not ("0" <= c <= "9") for c in normalize_cccd(s))))
def test_non_digits_are_an_error(s: str) -> None:
    problems = check_cccd(s, birth_year=1990, gender="male")
    assert "cccd_not_digits" in codes(problems)
    assert all(p.severity == "error" for p in problems)
    with pytest.raises(ValidationFailed):
        decode_cccd(s)


def test_is_old_cmnd() -> None:
    assert is_old_cmnd("135 790 246")
    assert not is_old_cmnd("001090000123")
    assert not is_old_cmnd("13579024x")


# --- QR --------------------------------------------------------------------------------------

SAMPLE = "026090000123|135790246|Nguyễn Văn Á|05031990|Nam|Thôn 1, xã Tam Hồng, Vĩnh Phúc|10082021"


def test_parse_sample() -> None:
    q = parse_cccd_qr(SAMPLE + "\r\n")
    assert q == QrData(
        cccd="026090000123",
        old_cmnd="135790246",
        full_name="Nguyễn Văn Á",
        birth_date=dt.date(1990, 3, 5),
        gender="male",
        address="Thôn 1, xã Tam Hồng, Vĩnh Phúc",
        issue_date=dt.date(2021, 8, 10),
    )
    assert q.to_text() == SAMPLE


def test_parse_tolerates_empty_cmnd_and_extra_fields() -> None:
    q = parse_cccd_qr("  001190000123||Lê Thị Hoà|01011990|Nữ|Hà Nội|02022022|extra|more \n")
    assert q.old_cmnd is None and q.gender == "female" and q.full_name == "Lê Thị Hoà"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "field_count"),
        ("hello world", "field_count"),
        ("026090000123|135790246|A|05031990|Nam|X", "field_count"),
        ("02609000012|135790246|A|05031990|Nam|X|10082021", "cccd"),
        ("026090000123|1357|A|05031990|Nam|X|10082021", "old_cmnd"),
        ("026090000123||  |05031990|Nam|X|10082021", "full_name"),
        ("026090000123||A|31021990|Nam|X|10082021", "birth_date"),
        ("026090000123||A|5031990|Nam|X|10082021", "birth_date"),
        ("026090000123||A|05031990|Male|X|10082021", "gender"),
        ("026090000123||A|05031990|Nam|X|2021-08-10", "issue_date"),
    ],
)
def test_parse_rejects(text: str, reason: str) -> None:
    with pytest.raises(ValidationFailed) as e:
        parse_cccd_qr(text)
    (p,) = e.value.problems
    assert (p.field, p.code, p.params["reason"]) == ("qr", "qr_format", reason)


_field_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"), blacklist_characters="|"),
    min_size=1,
    max_size=40,
).map(lambda s: " ".join(s.split())).filter(bool)


@FAST
@given(
    valid_cccd(),
    st.one_of(st.none(), st.text(alphabet="0123456789", min_size=9, max_size=9)),
    _field_text,
    st.dates(dt.date(1900, 1, 1), dt.date(2199, 12, 31)),
    _field_text,
    st.dates(dt.date(2016, 1, 1), dt.date(2100, 12, 31)),
    st.sampled_from(["", "\n", "\r\n", "  "]),
)
def test_qr_round_trip(
    case: tuple[str, int, str],
    old: str | None,
    name: str,
    dob: dt.date,
    address: str,
    issued: dt.date,
    trailer: str,
) -> None:
    number, _, gender = case
    data = QrData(number, old, name, dob, gender, address, issued)  # type: ignore[arg-type]
    expected = QrData(
        number,
        old,
        unicodedata.normalize("NFC", name),
        dob,
        gender,  # type: ignore[arg-type]
        unicodedata.normalize("NFC", address),
        issued,
    )
    assert parse_cccd_qr(data.to_text() + trailer) == expected
