"""Cell values as people type them, turned into register values.

Every parser takes the raw cell (str, int, float, datetime/date from Excel, or None) and returns
the value or raises `CellError(code, params)`; the importer adds sheet, row and column."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, TypeVar

from openpyxl.utils.datetime import WINDOWS_EPOCH, from_excel

from desktop_app.core.domain.cccd import normalize_cccd
from desktop_app.core.domain.dates import MAX_YEAR, MIN_YEAR, PartialDate, parse_date
from desktop_app.core.domain.vocab import (
    CATEGORY_LABEL_VI,
    MODEL_KIND_LABEL_VI,
    SENTENCE_LABEL_VI,
    TIP_CHANNEL_LABEL_VI,
    CaseCategory,
    Gender,
    ModelKind,
    ModelStatus,
    SentenceKind,
    TipChannel,
)
from desktop_app.core.errors import ValidationFailed
from desktop_app.core.textvn import fold

__all__ = ["CellError", "is_blank", "text", "partial_date", "full_date", "cccd", "gender", "flag",
           "category", "model_kind", "model_status", "tip_channel", "months", "split_list",
           "EXCEL_EPOCH"]

EXCEL_EPOCH = WINDOWS_EPOCH.date()  # openpyxl's: serial 1 = 1900-01-01 (Excel's leap-year bug kept)
MAX_SERIAL = 2958465  # 9999-12-31


class CellError(Exception):
    def __init__(self, code: str, **params: Any):
        self.code = code
        self.params = params
        super().__init__(code)


def is_blank(v: Any) -> bool:
    return v is None or (isinstance(v, str) and not v.strip())


def text(v: Any) -> str:
    """Any cell as trimmed single-spaced text ("" for blank); 12.0 → "12"."""
    if is_blank(v):
        return ""
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    if isinstance(v, dt.datetime):
        v = v.date()
    if isinstance(v, dt.date):
        return f"{v.day:02d}/{v.month:02d}/{v.year:04d}"
    return " ".join(str(v).split())


def _shown(v: Any) -> str:
    return text(v)


def _as_date_from_number(n: float) -> dt.date | None:
    """An Excel date serial left unformatted (a date-formatted cell already comes from openpyxl
    as a datetime), through openpyxl's own conversion; the day part of a date-time serial."""
    if not 1 <= n < MAX_SERIAL + 1:
        return None
    day: dt.date = from_excel(int(n)).date()
    return day


def partial_date(v: Any, *, today: dt.date) -> PartialDate | None:
    """A date of birth: a full date, "mm/yyyy" or a year alone; Excel date cells; a number typed
    as a year (1990) or an Excel serial left unformatted (32937)."""
    if is_blank(v):
        return None
    if isinstance(v, dt.datetime):
        v = v.date()
    if isinstance(v, dt.date):
        return PartialDate.from_date(v)
    if isinstance(v, bool):
        raise CellError("date_format", value=str(v))
    if isinstance(v, (int, float)):
        if v == int(v) and MIN_YEAR <= int(v) <= MAX_YEAR:
            return PartialDate(year=int(v))
        d = _as_date_from_number(v)
        if d is None:
            raise CellError("date_format", value=_shown(v))
        return PartialDate.from_date(d)
    s = _clean_date_text(str(v))
    try:
        return PartialDate.parse(s, today=today)
    except ValidationFailed as e:
        p = e.problems[0]
        raise CellError(p.code, **{**p.params, "value": str(v).strip()}) from None


# A date typed as digits and separators only ("05/03/1990", "1990-03"): none of the forms
# below can match it, it is used as it is (most of a register's date cells).
_PLAIN_DATE = re.compile(r"[0-9/.\-]*")


def _clean_date_text(s: str) -> str:
    s = " ".join(s.split())
    if _PLAIN_DATE.fullmatch(s):
        return s
    # "05/03/1990 00:00:00" (a date cell exported as text)
    s = re.sub(r"\s+\d{1,2}:\d{2}(:\d{2})?$", "", s)
    # "ngày 05 tháng 3 năm 1990" / "05 tháng 3 năm 1990"
    f = fold(s)
    m = re.fullmatch(r"(?:ngay\s*)?(\d{1,2})\s*thang\s*(\d{1,2})\s*nam\s*(\d{2,4})", f)
    if m:
        return f"{m[1]}/{m[2]}/{m[3]}"
    m = re.fullmatch(r"(?:nam\s*)(\d{4})", f)
    if m:
        return m[1]
    return s


def full_date(v: Any, *, today: dt.date) -> dt.date | None:
    """A day-precise date (decision, start, session, tip dates)."""
    if is_blank(v):
        return None
    if isinstance(v, dt.datetime):
        return v.date()
    if isinstance(v, dt.date):
        return v
    if isinstance(v, bool):
        raise CellError("date_format", value=str(v))
    if isinstance(v, (int, float)):
        if v == int(v) and MIN_YEAR <= int(v) <= MAX_YEAR:
            raise CellError("date_needs_day", value=_shown(v))
        d = _as_date_from_number(v)
        if d is None:
            raise CellError("date_format", value=_shown(v))
        return d
    s = _clean_date_text(str(v))
    try:
        return parse_date(s, today=today)
    except ValidationFailed as e:
        p = e.problems[0]
        if p.code == "date_format":
            try:
                pd = PartialDate.parse(s, today=today)
            except ValidationFailed:
                pass
            else:
                if not pd.is_full:
                    raise CellError("date_needs_day", value=str(v).strip()) from None
        raise CellError(p.code, **{**p.params, "value": str(v).strip()}) from None


def cccd(v: Any) -> str | None:
    """A CCCD (or old CMND) number without its grouping. A number cell lost its leading zeros
    (every CCCD starts with 0): they are put back up to 12 digits."""
    if is_blank(v):
        return None
    if isinstance(v, bool):
        raise CellError("cccd_not_digits")
    if isinstance(v, float):
        if not v.is_integer():
            raise CellError("cccd_not_digits")
        v = int(v)
    if isinstance(v, int):
        s = str(v)
        if 9 < len(s) < 12:
            s = s.zfill(12)
        return s
    s = normalize_cccd(str(v).strip().lstrip("'"))
    return s or None


_GENDER = {
    "nam": Gender.MALE, "m": Gender.MALE, "male": Gender.MALE, "trai": Gender.MALE,
    "nu": Gender.FEMALE, "f": Gender.FEMALE, "female": Gender.FEMALE, "gai": Gender.FEMALE,
    "khac": Gender.OTHER, "other": Gender.OTHER,
}


def gender(v: Any) -> Gender | None:
    if is_blank(v):
        return None
    key = fold(text(v)).strip(" .")
    if key in _GENDER:
        return _GENDER[key]
    raise CellError("gender_unknown", value=text(v))


_TRUE = {"x", "co", "c", "yes", "y", "true", "1", "dung", "v", "ok", "da ky", "co ky",
         "co gia tri", "gia tri", "✓", "✔", "☑"}
_FALSE = {"khong", "k", "ko", "no", "n", "false", "0", "-", "chua", "chua ky", "khong ky",
          "khong co gia tri", "khong gia tri", "✗", "✘"}


def flag(v: Any) -> bool | None:
    """x / Có / Không / 1 / 0 / True / False; blank → None (not said)."""
    if is_blank(v):
        return None
    if isinstance(v, bool):
        return v
    if isinstance(v, (int, float)) and v in (0, 1):
        return bool(v)
    key = fold(text(v)).strip(" .!")
    if key in _TRUE:
        return True
    if key in _FALSE:
        return False
    raise CellError("flag_unknown", value=text(v))


def _norm_label(s: str) -> str:
    f = fold(s)
    f = re.sub(r"[^0-9a-z]+", " ", f)
    f = re.sub(r"\bbon\b", "4", f)
    f = re.sub(r"\bnam tu quan\b", "5 tu quan", f)
    return " ".join(f.split())


_CATEGORY_ALIASES: dict[str, CaseCategory] = {}


def _cat(cat: CaseCategory, *labels: str) -> None:
    for label in labels:
        _CATEGORY_ALIASES[_norm_label(label)] = cat


for _c, _label in CATEGORY_LABEL_VI.items():
    _cat(_c, _label, _c.value, _c.value.replace("_", " "))
_cat(CaseCategory.COMMUNITY_EDUCATION, "Giáo dục tại xã", "Giáo dục tại xã, phường",
     "Giáo dục tại phường", "Giáo dục tại thị trấn", "Giáo dục tại xã phường thị trấn",
     "Biện pháp giáo dục tại xã, phường, thị trấn", "Biện pháp giáo dục tại xã", "GDTX",
     "GD tại xã", "Giáo dục xã phường", "Giáo dục tại cơ sở")
_cat(CaseCategory.FAMILY_MANAGEMENT, "Quản lý tại gia đình", "Biện pháp quản lý tại gia đình",
     "QLTGĐ", "Quản lý gia đình")
_cat(CaseCategory.REINTEGRATION, "Tái hòa nhập cộng đồng", "Tái hoà nhập cộng đồng", "Tái hòa nhập",
     "Người chấp hành xong án phạt tù", "Chấp hành xong án phạt tù", "Chấp hành xong hình phạt tù",
     "Người chấp hành xong án phạt tù (tái hòa nhập cộng đồng)", "Ra tù", "Đã chấp hành xong án phạt tù",
     "THNCĐ")
_cat(CaseCategory.SUSPENDED_SENTENCE, "Án treo", "Người được hưởng án treo", "Hưởng án treo",
     "Tù cho hưởng án treo", "Phạt tù cho hưởng án treo")
_cat(CaseCategory.NON_CUSTODIAL_REFORM, "Cải tạo không giam giữ", "Phạt cải tạo không giam giữ",
     "CTKGG", "Cải tạo không giam")
_cat(CaseCategory.CONDITIONAL_RELEASE, "Tha tù trước thời hạn có điều kiện", "Tha tù trước thời hạn",
     "Tha tù có điều kiện", "Người được tha tù trước thời hạn có điều kiện")
_cat(CaseCategory.DRUG_MANAGEMENT, "Quản lý người sử dụng trái phép chất ma túy", "Ma túy", "Ma tuý",
     "Nghiện ma túy", "Người nghiện ma túy", "Sử dụng trái phép chất ma túy",
     "Người sử dụng trái phép chất ma túy", "Người sử dụng ma túy",
     "Quản lý người sử dụng trái phép chất ma túy / sau cai nghiện")
_cat(CaseCategory.AFTER_REHAB_MANAGEMENT, "Sau cai nghiện", "Quản lý sau cai nghiện",
     "Quản lý sau cai nghiện ma tuý", "Người sau cai nghiện", "Người sau cai nghiện ma túy",
     "QLSCN")
_cat(CaseCategory.PROBATION_SURVEILLANCE, "Quản chế", "Hình phạt quản chế", "Người bị quản chế")
_cat(CaseCategory.RESIDENCE_BAN, "Cấm cư trú", "Hình phạt cấm cư trú", "Người bị cấm cư trú")
_cat(CaseCategory.COMMUNITY_WATCH, "Đối tượng lầm lỗi", "Lầm lỗi", "Người lầm lỗi",
     "Thanh thiếu niên lầm lỗi", "Quản lý giáo dục tại gia đình và cộng đồng",
     "Đối tượng lầm lỗi, quản lý giáo dục tại gia đình và cộng đồng", "Quản lý giáo dục tại cộng đồng")

_MODEL_ALIASES: dict[str, ModelKind] = {}


def _mk(kind: ModelKind, *labels: str) -> None:
    for label in labels:
        _MODEL_ALIASES[_norm_label(label)] = kind


for _k, _label in MODEL_KIND_LABEL_VI.items():
    _mk(_k, _label, _k.value, _k.value.replace("_", " "))
_mk(ModelKind.BOARDING_HOUSE, "Nhà trọ tự quản", "Khu nhà trọ tự quản", "Nhà trọ an toàn",
    "Tổ tự quản nhà trọ", "Khu trọ tự quản")
_mk(ModelKind.PARISH_NO_CRIME, "Họ giáo không có tội phạm", "Giáo họ không có tội phạm",
    "Giáo xứ không có tội phạm", "Họ đạo không có tội phạm")
_mk(ModelKind.DRUG_FREE_WARD, "Xã, phường không có ma túy", "Xã không có ma túy",
    "Phường không có ma túy", "Xã không ma túy", "Thôn không có ma túy", "Không có ma túy",
    "Xóa tệ nạn ma túy")
_mk(ModelKind.REINTEGRATION_SUPPORT, "Hỗ trợ tái hòa nhập cộng đồng", "Hỗ trợ tái hòa nhập",
    "Giúp đỡ người tái hòa nhập cộng đồng", "Tái hòa nhập cộng đồng")
_mk(ModelKind.FIVE_SELF_MANAGED, "5 tự quản", "Năm tự quản", "Khu dân cư 5 tự quản")
_mk(ModelKind.OTHER, "Khác", "Mô hình khác")

_SAFE4_PLACES = (
    (ModelKind.SAFE4_SCHOOL, ("nha truong", "truong hoc", "truong", "hoc duong", "giao duc")),
    (ModelKind.SAFE4_HOSPITAL, ("benh vien", "y te", "tram y te", "co so y te")),
    (ModelKind.SAFE4_ENTERPRISE, ("doanh nghiep", "cong ty", "co so san xuat", "nha may", "xi nghiep",
                                  "san xuat kinh doanh")),
    (ModelKind.SAFE4_AGENCY, ("co quan", "don vi", "co quan don vi")),
)


_T = TypeVar("_T")


def _lookup(raw: Any, aliases: dict[str, _T]) -> _T | None:
    key = _norm_label(text(raw))
    if not key:
        return None
    if key in aliases:
        return aliases[key]
    # "Giáo dục tại xã (NĐ 120)", "Án treo - 24 tháng": a known label at the start or inside
    for alias in sorted(aliases, key=len, reverse=True):
        if len(alias) >= 5 and re.search(rf"(^|\s){re.escape(alias)}(\s|$)", key):
            return aliases[alias]
    return None


def category(v: Any) -> CaseCategory | None:
    if is_blank(v):
        return None
    hit = _lookup(v, _CATEGORY_ALIASES)
    if hit is None:
        raise CellError("category_unknown", value=text(v))
    return hit


def model_kind(v: Any) -> ModelKind:
    if is_blank(v):
        raise CellError("required")
    key = _norm_label(text(v))
    if key in _MODEL_ALIASES:
        return _MODEL_ALIASES[key]
    if "4 an toan" in key:
        rest = key.replace("4 an toan", " ")
        for kind, words in _SAFE4_PLACES:
            if any(re.search(rf"(^|\s){w}(\s|$)", rest) for w in words):
                return kind
        raise CellError("model_kind_unknown", value=text(v))
    hit = _lookup(v, _MODEL_ALIASES)
    if hit is None:
        raise CellError("model_kind_unknown", value=text(v))
    return hit


_STATUS = {
    "": ModelStatus.ACTIVE, "dang hoat dong": ModelStatus.ACTIVE, "hoat dong": ModelStatus.ACTIVE,
    "active": ModelStatus.ACTIVE, "duy tri": ModelStatus.ACTIVE, "dang duy tri": ModelStatus.ACTIVE,
    "tot": ModelStatus.ACTIVE, "hieu qua": ModelStatus.ACTIVE, "hoat dong hieu qua": ModelStatus.ACTIVE,
    "x": ModelStatus.ACTIVE, "co": ModelStatus.ACTIVE,
    "tam dung": ModelStatus.SUSPENDED, "tam ngung": ModelStatus.SUSPENDED,
    "tam dung hoat dong": ModelStatus.SUSPENDED, "tam ngung hoat dong": ModelStatus.SUSPENDED,
    "suspended": ModelStatus.SUSPENDED,
    "giai the": ModelStatus.DISSOLVED, "da giai the": ModelStatus.DISSOLVED,
    "ngung hoat dong": ModelStatus.DISSOLVED, "khong hoat dong": ModelStatus.DISSOLVED,
    "dissolved": ModelStatus.DISSOLVED, "cham dut": ModelStatus.DISSOLVED,
}


def model_status(v: Any) -> ModelStatus:
    key = _norm_label(text(v))
    if key in _STATUS:
        return _STATUS[key]
    raise CellError("model_status_unknown", value=text(v))


_CHANNELS: dict[str, TipChannel] = {_norm_label(lbl): ch for ch, lbl in TIP_CHANNEL_LABEL_VI.items()}
_CHANNELS.update({_norm_label(ch.value.replace("_", " ")): ch for ch in TipChannel})
for _words, _ch in (
    (("truc tiep", "den trinh bao", "trinh bao truc tiep", "tai tru so", "gap truc tiep"), TipChannel.IN_PERSON),
    (("dien thoai", "qua dien thoai", "goi dien", "dt", "sdt"), TipChannel.PHONE),
    (("don", "don thu", "thu", "van ban", "qua buu dien", "gui don"), TipChannel.LETTER),
    (("duong day nong", "hotline", "113", "so dien thoai duong day nong"), TipChannel.HOTLINE),
    (("hom thu", "hom thu to giac", "hom thu to giac toi pham"), TipChannel.MAILBOX),
    (("mang xa hoi", "truc tuyen", "online", "zalo", "facebook", "email", "thu dien tu",
      "mang xa hoi truc tuyen", "cong dich vu cong"), TipChannel.ONLINE),
    (("khac",), TipChannel.OTHER),
):
    for _w in _words:
        _CHANNELS[_w] = _ch


def tip_channel(v: Any) -> TipChannel:
    if is_blank(v):
        return TipChannel.OTHER
    hit = _lookup(v, _CHANNELS)
    if hit is None:
        raise CellError("channel_unknown", value=text(v))
    return hit


_NUMBER = re.compile(r"(\d+(?:[.,]\d+)?)")


def months(v: Any) -> int | None:
    """"6", 6, "6 tháng", "1 năm", "1 năm 6 tháng", "24.0" → months."""
    if is_blank(v):
        return None
    if isinstance(v, bool):
        raise CellError("months_format", value=str(v))
    if isinstance(v, (int, float)):
        if v != int(v) or v < 0:
            raise CellError("months_format", value=text(v))
        return int(v)
    f = fold(text(v))
    m = re.fullmatch(r"(\d+)\s*nam(?:\s*(\d+)\s*thang)?", f)
    if m:
        return int(m[1]) * 12 + int(m[2] or 0)
    m = re.fullmatch(r"(\d+)(?:[.,]0+)?\s*(?:thang|th|t)?", f)
    if m:
        return int(m[1])
    raise CellError("months_format", value=text(v))


def term(v: Any) -> tuple[int | None, int]:
    """A term as written: "6", "6 tháng", "1 năm 6 tháng", "3 tháng 10 ngày", "45 ngày" →
    (months, days). Nothing is rounded: "6,5 tháng" is refused."""
    if is_blank(v):
        return None, 0
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return months(v), 0
    f = fold(text(v)).replace(",", " ")
    m = re.fullmatch(r"(?:(\d+)\s*nam)?\s*(?:(\d+)\s*(?:thang|th))?\s*(?:(\d+)\s*ngay)?", f.strip())
    if m and any(m.groups()) and (m[3] or m[1]):
        return int(m[1] or 0) * 12 + int(m[2] or 0), int(m[3] or 0)
    return months(v), 0


def days(v: Any) -> int | None:
    """A whole number of days: 45, "45", "45 ngày"."""
    if is_blank(v):
        return None
    if isinstance(v, bool):
        raise CellError("days_format", value=str(v))
    if isinstance(v, (int, float)):
        if v != int(v) or v < 0:
            raise CellError("days_format", value=text(v))
        return int(v)
    m = re.fullmatch(r"(\d+)(?:[.,]0+)?\s*(?:ngay)?", fold(text(v)).strip())
    if not m:
        raise CellError("days_format", value=text(v))
    return int(m[1])


_SENTENCE_ALIASES: dict[str, SentenceKind] = {}
for _sk, _slabel in SENTENCE_LABEL_VI.items():
    _SENTENCE_ALIASES[_norm_label(_slabel)] = _sk
    _SENTENCE_ALIASES[_norm_label(_sk.value.replace("_", " "))] = _sk
for _slabel, _sk in (("Án treo", SentenceKind.SUSPENDED), ("Tù treo", SentenceKind.SUSPENDED),
                   ("Chung thân", SentenceKind.LIFE_OR_DEATH_COMMUTED),
                   ("Tử hình", SentenceKind.LIFE_OR_DEATH_COMMUTED),
                   ("Tử hình được giảm án", SentenceKind.LIFE_OR_DEATH_COMMUTED),
                   ("Tù chung thân", SentenceKind.LIFE_OR_DEATH_COMMUTED),
                   ("CTKGG", SentenceKind.NON_CUSTODIAL)):
    _SENTENCE_ALIASES[_norm_label(_slabel)] = _sk


def sentence(v: Any) -> SentenceKind | None:
    """The main penalty, for record clearing (Criminal Code Art. 70(2)): a label ("Phạt tiền",
    "Tù đến 5 năm", "Chung thân") or a prison term ("Tù 3 năm 6 tháng", "18 tháng tù"), sorted
    into Art. 70(2)'s brackets: up to 5 years, over 5 to 15, over 15."""
    if is_blank(v):
        return None
    hit = _lookup(v, _SENTENCE_ALIASES)
    if hit is not None:
        return hit
    f = fold(text(v))
    y, mo = re.search(r"(\d+)\s*nam", f), re.search(r"(\d+)\s*thang", f)
    if (y or mo) and "tu" in re.split(r"[^a-z]+", f):
        total = int(y[1] if y else 0) * 12 + int(mo[1] if mo else 0)
        if total <= 60:
            return SentenceKind.PRISON_UP_TO_5Y
        if total <= 180:
            return SentenceKind.PRISON_5_TO_15Y
        return SentenceKind.PRISON_OVER_15Y
    raise CellError("sentence_unknown", value=text(v))


def split_list(v: Any) -> list[str]:
    """"A; B;C" (also new lines) → ["A", "B", "C"]."""
    if is_blank(v):
        return []
    return [" ".join(p.split()) for p in re.split(r"[;\n\r]+", str(v)) if p.strip()]
