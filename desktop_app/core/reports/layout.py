"""Decree 30/2020 (Appendix I) layout facts shared by the docx and pdf writers (DOMAIN §5), and
the document's header/footer data."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from desktop_app.core.domain.dates import format_long_date

__all__ = ["Signer", "DocInfo", "doc_info", "NATIONAL_NAME", "MOTTO", "MARGINS_MM",
           "DEFAULT_RECIPIENTS", "watermark_text", "vn_upper", "agency_title", "unit_word"]

NATIONAL_NAME = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
# top, bottom, left, right (Decree 30: 20–25, 20–25, 30–35, 15–20 mm)
MARGINS_MM = (20, 20, 30, 15)
DEFAULT_RECIPIENTS = ("Công an tỉnh (để báo cáo);", "Đảng ủy, UBND xã (để báo cáo);", "Lưu: VT.")

# Font sizes (points) within the Decree's ranges.
SIZE_NATIONAL = 12.5  # 12–13, bold caps
SIZE_MOTTO = 13.5  # 13–14, bold
SIZE_AGENCY = 12.5  # 12–13
SIZE_BODY = 13.5  # 13–14
SIZE_TITLE = 14  # 13–14, bold caps
SIZE_NUMBER = 13
SIZE_RECIPIENTS_HEAD = 12  # bold italic
SIZE_RECIPIENTS = 11
SIZE_TABLE = 12
SIZE_WATERMARK = 8


def vn_upper(s: str) -> str:
    return " ".join(s.split()).upper()


@dataclass(frozen=True)
class Signer:
    name: str = ""
    title: str = "TRƯỞNG CÔNG AN XÃ"
    # "KT. TRƯỞNG CÔNG AN XÃ" / "PHÓ TRƯỞNG CÔNG AN XÃ": a line above the title when signing for
    authority: str = ""


@dataclass(frozen=True)
class DocInfo:
    agency: str  # the superior agency: "CÔNG AN TỈNH PHÚ THỌ"
    unit_name: str  # the issuing agency: "CÔNG AN XÃ TÍCH SƠN"
    place: str  # "Tích Sơn"
    number: str  # "Số: 15/BC-CAX"
    date_line: str  # "Tích Sơn, ngày 20 tháng 5 năm 2026"
    signer: Signer
    watermark: str
    recipients: tuple[str, ...] = field(default=DEFAULT_RECIPIENTS)


def unit_word(unit_name: str) -> str:
    """The commune-level unit's own word: "phường" for a ward, "đặc khu" for a special zone,
    "xã" otherwise ("CÔNG AN PHƯỜNG HÙNG VƯƠNG" → "phường")."""
    folded = " ".join(unit_name.split()).lower()
    for word in ("phường", "đặc khu", "thị trấn"):
        if f" {word} " in f" {folded} ":
            return word
    return "xã"


def _ward_words(text: str, word: str) -> str:
    """The default texts say "xã"; a ward's documents say "phường" (issue 14 §9)."""
    if word == "xã":
        return text
    return (text.replace("CÔNG AN XÃ", f"CÔNG AN {word.upper()}")
            .replace("Công an xã", f"Công an {word}").replace("UBND xã", f"UBND {word}"))


def watermark_text(user: str, at: dt.datetime | None = None) -> str:
    at = at or dt.datetime.now()
    return f"Xuất bởi {user} lúc {at:%H:%M} ngày {at:%d/%m/%Y} — WardBook — tài liệu có dữ liệu cá nhân, không sao chép"


def _number_line(number: Any, symbol: str) -> str:
    s = "" if number is None else str(number).strip()
    if s.lower().startswith("số"):
        s = s.split(":", 1)[-1].strip()
    if not s:
        return f"Số:        /{symbol}"  # left blank to be filled in at registration
    if "/" in s:
        return f"Số: {s}"
    return f"Số: {s}/{symbol}"


def doc_info(report: dict[str, Any], *, agency: str, unit_name: str, place: str, number: Any,
             signer: Signer | str | dict[str, str] | None, watermark: str | None,
             date: dt.date | None = None, recipients: list[str] | tuple[str, ...] | None = None,
             symbol: str = "BC-CAX") -> DocInfo:
    if isinstance(signer, dict):
        signer = Signer(**signer)
    elif isinstance(signer, str) or signer is None:
        signer = Signer(name=signer or "")
    word = unit_word(unit_name)
    signer = Signer(name=signer.name, title=_ward_words(signer.title, word),
                    authority=_ward_words(signer.authority, word))
    if recipients is None:
        recipients = tuple(_ward_words(r, word) for r in DEFAULT_RECIPIENTS)
    if symbol == "BC-CAX" and word == "phường":
        symbol = "BC-CAP"
    if watermark is None:
        watermark = watermark_text(report.get("generated_by", ""))
    return DocInfo(
        agency=vn_upper(agency), unit_name=vn_upper(unit_name), place=place.strip(),
        number=_number_line(number, symbol),
        date_line=format_long_date(place.strip(), date or dt.date.today()),
        signer=signer, watermark=watermark,
        recipients=tuple(recipients) if recipients is not None else DEFAULT_RECIPIENTS)


def agency_title(s: str) -> str:
    """"CÔNG AN XÃ TÍCH SƠN" → "Công an xã Tích Sơn" (agency words lower, the place capitalised)."""
    words = s.split()
    lower = {"CÔNG": "Công", "AN": "an", "XÃ": "xã", "PHƯỜNG": "phường", "TỈNH": "tỉnh",
             "THÀNH": "thành", "PHỐ": "phố", "ĐẶC": "đặc", "KHU": "khu"}
    out, i = [], 0
    while i < len(words) and words[i] in lower:
        out.append(lower[words[i]] if i else lower[words[i]].capitalize())
        i += 1
    out += [w.capitalize() for w in words[i:]]
    return " ".join(out)
