"""Citizen ID numbers (CCCD / căn cước, 12 digits) and the card's QR text (DOMAIN §3).

Layout: digits 1–3 birth-registration province ("0" + one of 63 old statistics codes), digit 4
century and gender (0/1 = 1900s male/female, 2/3 = 2000s, 4/5 = 2100s), digits 5–6 the last two
digits of the birth year, digits 7–12 random. A mismatch with the recorded birth year or gender
is a warning (overridable with a reason), never a block."""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

from desktop_app.core.errors import Problem, ValidationFailed

__all__ = [
    "OLD_PROVINCE_CODES",
    "CCCD_LENGTH",
    "CccdInfo",
    "QrData",
    "normalize_cccd",
    "decode_cccd",
    "check_cccd",
    "is_old_cmnd",
    "parse_cccd_qr",
]

CCCD_LENGTH = 12

OLD_PROVINCE_CODES: frozenset[str] = frozenset(
    "0" + c
    for c in (
        "01 02 04 06 08 10 11 12 14 15 17 19 20 22 24 25 26 27 30 31 33 34 35 36 37 38 40 42 44 "
        "45 46 48 49 51 52 54 56 58 60 62 64 66 67 68 70 72 74 75 77 79 80 82 83 84 86 87 89 91 "
        "92 93 94 95 96"
    ).split()
)
assert len(OLD_PROVINCE_CODES) == 63

Gender = Literal["male", "female"]

# Century/gender digit → (century, gender). 6–9 are unassigned.
_CENTURY_DIGIT: dict[str, tuple[int, Gender]] = {
    "0": (1900, "male"),
    "1": (1900, "female"),
    "2": (2000, "male"),
    "3": (2000, "female"),
    "4": (2100, "male"),
    "5": (2100, "female"),
}

_SEPARATORS = re.compile(r"[\s.\-]+")


def _is_ascii_digits(s: str) -> bool:
    # str.isdigit() alone also accepts "²" and non-ASCII digits, which are not valid here: the
    # only ASCII characters it accepts are 0-9 (and it is False for "").
    return s.isascii() and s.isdigit()


def normalize_cccd(raw: str) -> str:
    """Return `raw` with whitespace, dots and dashes removed ("001 090.000-123" →
    "001090000123"). Does not validate."""
    return _SEPARATORS.sub("", raw)


@dataclass(frozen=True)
class CccdInfo:
    """What a well-formed CCCD number says about its holder."""

    province_code: str  # three digits, e.g. "026"
    century: int  # 1900, 2000 or 2100
    gender: Gender
    year_suffix: int  # 0..99

    @property
    def birth_year(self) -> int:
        """The birth year the number encodes (century + year_suffix)."""
        return self.century + self.year_suffix


def _format_problems(number: str, field: str) -> list[Problem]:
    problems: list[Problem] = []
    if number and not _is_ascii_digits(number):
        problems.append(Problem(field, "cccd_not_digits"))
    if len(number) != CCCD_LENGTH:
        params = {"got": len(number), "expected": CCCD_LENGTH}
        problems.append(Problem(field, "cccd_length", params))
    if problems:
        return problems
    if number[:3] not in OLD_PROVINCE_CODES:
        problems.append(Problem(field, "cccd_province", {"code": number[:3]}))
    if number[3] not in _CENTURY_DIGIT:
        problems.append(Problem(field, "cccd_century_digit", {"digit": number[3]}))
    return problems


def decode_cccd(number: str, *, field: str = "cccd") -> CccdInfo:
    """Decode a CCCD number (separators allowed, see normalize_cccd).

    Raises ValidationFailed with the same error problems check_cccd reports (cccd_not_digits,
    cccd_length, cccd_province, cccd_century_digit) when the number is malformed."""
    n = normalize_cccd(number)
    problems = _format_problems(n, field)
    if problems:
        raise ValidationFailed(problems)
    century, gender = _CENTURY_DIGIT[n[3]]
    return CccdInfo(province_code=n[:3], century=century, gender=gender, year_suffix=int(n[4:6]))


def check_cccd(
    number: str,
    *,
    birth_year: int | None,
    gender: str | None,
    field: str = "cccd",
) -> list[Problem]:
    """Return every problem with `number` (separators allowed) against the person's recorded
    birth year and gender; an empty list means it is fine.

    Errors: "cccd_not_digits"; "cccd_length" {got, expected}; "cccd_province" {code};
    "cccd_century_digit" {digit} (4th digit 6–9). Format errors (digits/length) stop further
    checks. Warnings (only when the century digit is valid): "cccd_birth_year_mismatch"
    {cccd_year, birth_year} when birth_year is given and differs; "cccd_gender_mismatch"
    {cccd_gender, gender} when gender is "male"/"female" and differs ("other"/None: no check)."""
    n = normalize_cccd(number)
    problems = _format_problems(n, field)
    if any(p.code in ("cccd_not_digits", "cccd_length", "cccd_century_digit") for p in problems):
        return problems
    century, cccd_gender = _CENTURY_DIGIT[n[3]]
    cccd_year = century + int(n[4:6])
    if birth_year is not None and birth_year != cccd_year:
        problems.append(
            Problem(
                field,
                "cccd_birth_year_mismatch",
                {"cccd_year": cccd_year, "birth_year": birth_year},
                "warning",
            )
        )
    if gender in ("male", "female") and gender != cccd_gender:
        problems.append(
            Problem(
                field,
                "cccd_gender_mismatch",
                {"cccd_gender": cccd_gender, "gender": gender},
                "warning",
            )
        )
    return problems


def is_old_cmnd(number: str) -> bool:
    """True when `number` (separators allowed) is an old 9-digit CMND number."""
    n = normalize_cccd(number)
    return len(n) == 9 and _is_ascii_digits(n)


# ---------------------------------------------------------------------------------------------
# QR code
# ---------------------------------------------------------------------------------------------

_QR_FIELDS = 7
_QR_GENDERS: dict[str, Gender] = {"nam": "male", "nữ": "female"}
_QR_GENDER_TEXT: dict[str, str] = {"male": "Nam", "female": "Nữ"}


@dataclass(frozen=True)
class QrData:
    """The fields of a CCCD card's QR text. `old_cmnd` is None when the card has none."""

    cccd: str
    old_cmnd: str | None
    full_name: str
    birth_date: _dt.date
    gender: Gender
    address: str
    issue_date: _dt.date

    def to_text(self) -> str:
        """Return the QR text this data would be read from (inverse of parse_cccd_qr)."""
        return "|".join(
            (
                self.cccd,
                self.old_cmnd or "",
                self.full_name,
                self.birth_date.strftime("%d%m") + f"{self.birth_date.year:04d}",
                _QR_GENDER_TEXT[self.gender],
                self.address,
                self.issue_date.strftime("%d%m") + f"{self.issue_date.year:04d}",
            )
        )


def _qr_fail(reason: str, **params: object) -> ValidationFailed:
    return ValidationFailed([Problem("qr", "qr_format", {"reason": reason, **params})])


def _qr_date(s: str, reason: str) -> _dt.date:
    if len(s) != 8 or not _is_ascii_digits(s):
        raise _qr_fail(reason)
    try:
        return _dt.date(int(s[4:]), int(s[2:4]), int(s[:2]))
    except ValueError:
        raise _qr_fail(reason) from None


def parse_cccd_qr(text: str) -> QrData:
    """Parse the text a QR scanner types from a CCCD card:
    `CCCD|old CMND|full name|DOB ddmmyyyy|gender|address|issue date ddmmyyyy`.

    Tolerates surrounding whitespace and CR/LF, spaces around fields, and extra trailing fields
    (ignored). The old CMND may be empty (→ None), else 9 or 12 digits. Gender "Nam"/"Nữ" (any
    case) → "male"/"female". Text is NFC-normalised. Raises ValidationFailed with one
    Problem(field="qr", code="qr_format", params={"reason": ...}) otherwise; reason is one of
    "field_count", "cccd", "old_cmnd", "full_name", "birth_date", "gender", "issue_date"."""
    parts = [p.strip() for p in unicodedata.normalize("NFC", text).strip().split("|")]
    if len(parts) < _QR_FIELDS:
        raise _qr_fail("field_count", got=len(parts))
    cccd, old, name, dob, gender, address, issued = parts[:_QR_FIELDS]
    if len(cccd) != CCCD_LENGTH or not _is_ascii_digits(cccd):
        raise _qr_fail("cccd")
    if old and not (len(old) in (9, 12) and _is_ascii_digits(old)):
        raise _qr_fail("old_cmnd")
    name = " ".join(name.split())
    if not name:
        raise _qr_fail("full_name")
    birth_date = _qr_date(dob, "birth_date")
    g = _QR_GENDERS.get(gender.lower())
    if g is None:
        raise _qr_fail("gender")
    issue_date = _qr_date(issued, "issue_date")
    return QrData(
        cccd=cccd,
        old_cmnd=old or None,
        full_name=name,
        birth_date=birth_date,
        gender=g,
        address=" ".join(address.split()),
        issue_date=issue_date,
    )
