"""The four sheets of an import workbook and how their columns are recognised.

Headers are compared after `norm_header`: accents and case folded (đ → d), punctuation turned
into spaces, whitespace collapsed; a header with a parenthesised hint ("Ngày sinh (dd/mm/yyyy)")
is also tried without it. Each column key lists the variants seen in commune registers."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from desktop_app.core.textvn import fold

__all__ = ["SheetKind", "SheetSpec", "SPECS", "SHEET_LABEL_VI", "norm_header", "match_header",
           "HeaderMap", "find_header", "guess_kind_from_name", "HEADER_SCAN_ROWS"]

HEADER_SCAN_ROWS = 15  # the header is looked for in the first rows (title rows above it)


class SheetKind(StrEnum):
    PERSONS = "persons"
    TIPS = "tips"
    SESSIONS = "sessions"
    MODELS = "models"
    ACTIVITY = "activity"


SHEET_LABEL_VI = {
    SheetKind.PERSONS: "Đối tượng và hồ sơ",
    SheetKind.TIPS: "Tin tố giác",
    SheetKind.SESSIONS: "Buổi gọi hỏi răn đe",
    SheetKind.MODELS: "Mô hình phong trào",
    SheetKind.ACTIVITY: "Diễn biến hồ sơ",
}

_PUNCT = re.compile(r"[^0-9a-z]+")
_PAREN = re.compile(r"\([^)]*\)|\[[^\]]*\]")


def norm_header(text: Any) -> str:
    """"Số CMND/CCCD" → "so cmnd cccd"; "Họ và\\ntên" → "ho va ten"."""
    if text is None:
        return ""
    return " ".join(_PUNCT.sub(" ", fold(str(text))).split())


@dataclass(frozen=True)
class Column:
    key: str
    label: str  # the template's header text
    variants: tuple[str, ...] = ()
    required: bool = False
    width: int = 16


@dataclass(frozen=True)
class SheetSpec:
    kind: SheetKind
    title: str  # the template's sheet name
    columns: tuple[Column, ...]
    # column keys that together make a header row recognisable as this sheet
    signature: tuple[str, ...]
    name_hints: tuple[str, ...]  # folded words in a sheet name that point to this kind
    ignored: tuple[str, ...] = ("stt", "tt", "so tt", "so thu tu")
    _lookup: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        for c in self.columns:
            for v in (c.label, *c.variants):
                self._lookup.setdefault(norm_header(v), c.key)
                self._lookup.setdefault(norm_header(v).replace(" ", ""), c.key)

    def column(self, key: str) -> Column:
        return next(c for c in self.columns if c.key == key)

    def key_for(self, header: Any) -> str | None:
        h = norm_header(header)
        if not h:
            return None
        candidates = [h, h.replace(" ", "")]
        bare = norm_header(_PAREN.sub(" ", fold(str(header))))
        if bare and bare != h:
            candidates += [bare, bare.replace(" ", "")]
        for cand in candidates:
            if cand in self._lookup:
                return self._lookup[cand]
        return None

    def is_ignored(self, header: Any) -> bool:
        return norm_header(header) in self.ignored


C = Column

PERSONS = SheetSpec(
    SheetKind.PERSONS, "Đối tượng",
    (
        C("full_name", "Họ và tên", ("Họ tên", "Họ và tên đối tượng", "Họ tên đối tượng",
                                     "Tên đối tượng", "Họ, tên", "Họ và tên người"), True, 26),
        C("birth_date", "Ngày sinh", ("Ngày tháng năm sinh", "Ngày, tháng, năm sinh", "Năm sinh",
                                      "Ngày/tháng/năm sinh", "Sinh ngày", "NS", "Ngày sinh/Năm sinh"),
          width=14),
        C("gender", "Giới tính", ("Giới", "Nam/Nữ", "Phái", "GT"), width=10),
        C("cccd", "Số CCCD", ("CCCD", "CCCD/CMND", "CMND/CCCD", "Số CMND/CCCD", "Số CCCD/CMND",
                              "Số định danh", "Số định danh cá nhân", "Số căn cước", "Căn cước",
                              "Căn cước công dân", "Số CMND", "CMND", "Số CC", "CMND/CCCD số"),
          width=16),
        C("permanent_address", "Nơi thường trú", ("Thường trú", "HKTT", "Hộ khẩu thường trú",
                                                  "Địa chỉ thường trú", "Nơi ĐKTT", "Nơi đăng ký thường trú"),
          width=30),
        C("current_address", "Nơi ở hiện tại", ("Chỗ ở hiện tại", "Nơi ở hiện nay", "Chỗ ở hiện nay",
                                                "Nơi ở", "Địa chỉ", "Địa chỉ hiện tại", "Nơi cư trú"),
          width=30),
        C("category", "Loại đối tượng", ("Loại", "Diện quản lý", "Diện", "Loại hồ sơ", "Phân loại",
                                         "Diện đối tượng", "Loại quản lý", "Đối tượng"), width=28),
        C("decision_number", "Số quyết định", ("Số QĐ", "Quyết định số", "QĐ số", "Số bản án",
                                               "Số quyết định/bản án", "Số QĐ/bản án", "Quyết định"),
          width=16),
        C("decision_date", "Ngày quyết định", ("Ngày QĐ", "Ngày ra quyết định", "Ngày ban hành",
                                               "Ngày ký quyết định", "Ngày ký"), width=14),
        C("issuer", "Cơ quan ban hành", ("Cơ quan ra quyết định", "Nơi ban hành", "Cơ quan QĐ",
                                         "Cơ quan ban hành QĐ", "Tòa án", "Cơ quan"), width=24),
        C("start_date", "Ngày bắt đầu", ("Ngày bắt đầu quản lý", "Bắt đầu", "Từ ngày",
                                         "Ngày bắt đầu chấp hành", "Ngày đưa vào quản lý",
                                         "Ngày bắt đầu thi hành"), width=14),
        C("term_months", "Thời hạn (tháng)", ("Thời hạn", "Thời gian (tháng)", "Số tháng",
                                              "Thời hạn quản lý", "Thời gian quản lý", "Thời hạn thử thách",
                                              "Thời gian thử thách"), width=10),
        C("term_days", "Thời hạn (ngày)", ("Số ngày", "Thời hạn ngày", "Số ngày thử thách",
                                           "Thời gian thử thách (ngày)", "Ngày (thời hạn)"), width=10),
        C("judgment_date", "Ngày tuyên án", ("Ngày tuyên án sơ thẩm", "Ngày xét xử", "Ngày bản án",
                                             "Ngày xét xử sơ thẩm"), width=14),
        C("supervision_start", "Ngày bắt đầu giám sát", (
            "Ngày nhận quyết định thi hành án", "Ngày nhận QĐ thi hành án", "Ngày bắt đầu chịu giám sát",
            "Ngày tiếp nhận hồ sơ", "Ngày được tha", "Ngày tha"), width=14),
        C("custody_days", "Số ngày tạm giữ, tạm giam", ("Tạm giữ, tạm giam (ngày)",
                                                        "Thời gian tạm giữ, tạm giam", "Số ngày tạm giam"),
          width=12),
        C("sentence_kind", "Hình phạt chính", ("Mức án", "Hình phạt", "Mức hình phạt", "Án phạt"),
          width=18),
        C("release_date", "Ngày chấp hành xong án phạt tù", (
            "Ngày ra trại", "Ngày ra tù", "Ngày chấp hành xong hình phạt", "Ngày chấp hành xong án",
            "Ngày chấp hành xong hình phạt chính"), width=14),
        C("obligations_pending", "Chưa xong hình phạt bổ sung, nghĩa vụ dân sự", (
            "Chưa chấp hành xong hình phạt bổ sung, nghĩa vụ dân sự", "Chưa xong hình phạt bổ sung",
            "Chưa chấp hành xong hình phạt bổ sung"), width=12),
        C("obligations_done_date", "Ngày xong hình phạt bổ sung, nghĩa vụ dân sự", (
            "Ngày chấp hành xong hình phạt bổ sung, nghĩa vụ dân sự",
            "Ngày chấp hành xong hình phạt bổ sung"), width=14),
        C("national_security", "Tội xâm phạm an ninh quốc gia", ("An ninh quốc gia", "Tội ANQG"),
          width=10),
        C("officer", "Cán bộ phụ trách", ("Cán bộ quản lý", "CB phụ trách", "Người phụ trách",
                                          "Cán bộ theo dõi", "CBPT", "Cán bộ"), width=20),
        C("helper_name", "Người giúp đỡ", ("Người được giao giúp đỡ", "Người được phân công giúp đỡ",
                                           "Người giám sát giúp đỡ", "Người giám sát"), width=20),
        C("note", "Ghi chú", ("GC", "Chú thích"), width=24),
        # A rule warning (term outside the usual range, age) accepted with a reason, as the app's
        # "Lý do vẫn lưu" field does; kept on the case and in the audit trail.
        C("override_reason", "Lý do vẫn lưu", ("Lý do vẫn lưu khi có cảnh báo", "Lý do chấp nhận cảnh báo"),
          width=24),
    ),
    signature=("full_name", "birth_date", "cccd", "category", "gender", "permanent_address",
               "current_address", "decision_number", "term_months"),
    name_hints=("doi tuong", "ho so", "quan ly", "nguoi", "danh sach"),
)

TIPS = SheetSpec(
    SheetKind.TIPS, "Tin tố giác",
    (
        C("received_on", "Ngày tiếp nhận", ("Ngày nhận", "Ngày tiếp nhận tin", "Ngày nhận tin",
                                            "Ngày tiếp nhận nguồn tin", "Ngày"), True, 14),
        C("channel", "Hình thức", ("Hình thức tiếp nhận", "Hình thức báo tin", "Kênh tiếp nhận",
                                   "Nguồn", "Cách thức tiếp nhận"), width=18),
        C("reporter", "Người báo tin", ("Người tố giác", "Người cung cấp tin", "Người báo",
                                        "Người cung cấp"), width=22),
        C("content", "Nội dung", ("Nội dung tin", "Nội dung tố giác", "Nội dung sự việc",
                                  "Tóm tắt nội dung", "Nội dung nguồn tin"), True, 44),
        C("valuable", "Có giá trị", ("Tin có giá trị", "Giá trị", "Đánh giá", "Có giá trị (x)"),
          width=10),
        C("result", "Kết quả xử lý", ("Kết quả", "Kết quả giải quyết", "Xử lý", "Kết quả xác minh"),
          width=30),
    ),
    signature=("received_on", "channel", "reporter", "content", "valuable", "result"),
    name_hints=("tin", "to giac", "nguon tin"),
)

SESSIONS = SheetSpec(
    SheetKind.SESSIONS, "Buổi răn đe",
    (
        C("date", "Ngày", ("Ngày tổ chức", "Ngày gọi hỏi", "Thời gian", "Ngày họp"), True, 14),
        C("place", "Địa điểm", ("Nơi tổ chức", "Địa điểm tổ chức", "Tại"), width=26),
        C("chair", "Chủ trì", ("Người chủ trì", "Chủ trì buổi"), width=20),
        C("topic", "Nội dung", ("Nội dung buổi", "Chủ đề", "Nội dung răn đe"), width=30),
        C("attendees", "Người tham dự", ("Người tham gia", "Thành phần tham dự", "Đối tượng tham dự",
                                         "Danh sách tham dự", "Người được gọi hỏi", "Đối tượng"),
          True, 44),
        C("commitments", "Cam kết", ("Ký cam kết", "Người ký cam kết", "Đã ký cam kết",
                                     "Bản cam kết"), width=30),
    ),
    signature=("date", "place", "chair", "attendees", "commitments"),
    name_hints=("ran de", "goi hoi", "buoi"),
)

MODELS = SheetSpec(
    SheetKind.MODELS, "Mô hình",
    (
        C("name", "Tên mô hình", ("Mô hình", "Tên", "Tên mô hình phong trào"), True, 36),
        C("kind", "Loại mô hình", ("Loại", "Loại hình", "Phân loại", "Loại mô hình phong trào"),
          True, 26),
        C("area", "Địa bàn", ("Địa bàn triển khai", "Thôn/tổ dân phố", "Địa điểm", "Nơi xây dựng",
                              "Thôn"), width=22),
        C("established_on", "Ngày thành lập", ("Ngày ra mắt", "Thành lập", "Ngày thành lập/ra mắt",
                                               "Năm thành lập", "Ngày xây dựng"), width=14),
        C("status", "Trạng thái", ("Tình trạng", "Hoạt động", "Tình trạng hoạt động"), width=16),
    ),
    signature=("name", "kind", "area", "established_on", "status"),
    name_hints=("mo hinh", "phong trao"),
)

# What happened inside a case (issue 14): absences, breaches, assessments, court decisions and
# other events, contacts. The person by CCCD or name (+ birth date); the case by category and
# decision number when the person has more than one.
ACTIVITY = SheetSpec(
    SheetKind.ACTIVITY, "Diễn biến hồ sơ",
    (
        C("full_name", "Họ và tên", ("Họ tên", "Họ và tên đối tượng", "Họ tên đối tượng"), True, 24),
        C("birth_date", "Ngày sinh", ("Năm sinh", "Ngày tháng năm sinh"), width=12),
        C("cccd", "Số CCCD", ("CCCD", "CCCD/CMND", "Số định danh"), width=16),
        C("category", "Loại đối tượng", ("Diện quản lý", "Loại hồ sơ"), width=24),
        C("decision_number", "Số quyết định", ("Số QĐ", "Số bản án"), width=16),
        C("activity", "Loại việc", ("Việc", "Diễn biến", "Loại diễn biến", "Nội dung việc",
                                    "Loại sự việc"), True, 22),
        C("date", "Ngày", ("Từ ngày", "Ngày xảy ra", "Ngày bắt đầu", "Kỳ đánh giá", "Ngày quyết định sự việc"),
          True, 12),
        C("end", "Đến ngày", ("Ngày kết thúc", "Tới ngày"), width=12),
        C("permitted", "Được phép", ("Có phép", "Được cho phép"), width=10),
        C("months", "Số tháng", ("Tháng",), width=8),
        C("days", "Số ngày", ("Ngày (số)",), width=8),
        C("event_number", "Số văn bản", ("Số quyết định của Tòa án", "Số biên bản", "Số văn bản, quyết định"),
          width=16),
        C("classification", "Xếp loại", ("Phân loại",), width=8),
        C("content", "Nội dung", ("Lý do", "Ghi chú", "Hành vi", "Nhận xét"), width=36),
    ),
    signature=("activity", "date", "end", "permitted", "months", "days", "event_number"),
    name_hints=("dien bien", "hoat dong", "vang mat", "vi pham", "su kien"),
)

SPECS: dict[SheetKind, SheetSpec] = {s.kind: s for s in (PERSONS, TIPS, SESSIONS, MODELS, ACTIVITY)}
_REQUIRED_TO_RECOGNISE = {
    SheetKind.PERSONS: ("full_name",),
    SheetKind.TIPS: ("received_on", "content"),
    SheetKind.SESSIONS: ("date", "attendees"),
    SheetKind.MODELS: ("name", "kind"),
    SheetKind.ACTIVITY: ("full_name", "activity", "date"),
}


@dataclass
class HeaderMap:
    """Where a sheet's header is and which column holds which key."""

    kind: SheetKind
    row: int  # 1-based, as Excel shows it
    columns: dict[str, int]  # key → 0-based column index
    headers: dict[str, str]  # key → the header text as written in the sheet
    ignored: list[str]  # headers not recognised (their values are not imported)
    score: int = 0
    _indices: dict[tuple[str, ...], tuple[int, ...]] = field(default_factory=dict, compare=False, repr=False)

    def indices(self, keys: tuple[str, ...]) -> tuple[int, ...]:
        """The columns of those of `keys` the sheet has, in column order (worked out once per
        sheet)."""
        found = self._indices.get(keys)
        if found is None:
            found = self._indices[keys] = tuple(sorted(self.columns[k] for k in keys if k in self.columns))
        return found


def match_header(cells: list[Any], spec: SheetSpec) -> HeaderMap | None:
    columns: dict[str, int] = {}
    headers: dict[str, str] = {}
    ignored: list[str] = []
    for i, cell in enumerate(cells):
        if cell is None or not str(cell).strip():
            continue
        key = spec.key_for(cell)
        if key is None or key in columns:
            if not spec.is_ignored(cell):
                ignored.append(" ".join(str(cell).split()))
            continue
        columns[key] = i
        headers[key] = " ".join(str(cell).split())
    if not all(k in columns for k in _REQUIRED_TO_RECOGNISE[spec.kind]):
        return None
    score = sum(1 for k in columns if k in spec.signature) + len(columns)
    return HeaderMap(spec.kind, 0, columns, headers, ignored, score)


def guess_kind_from_name(name: str) -> SheetKind | None:
    f = norm_header(name)
    for kind in (SheetKind.ACTIVITY, SheetKind.MODELS, SheetKind.SESSIONS, SheetKind.TIPS, SheetKind.PERSONS):
        if any(h in f for h in SPECS[kind].name_hints):
            return kind
    return None


def find_header(rows: list[tuple[int, list[Any]]], sheet_name: str) -> HeaderMap | None:
    """The best (kind, header row) among the first HEADER_SCAN_ROWS rows. The sheet name breaks
    ties (a "Tin tố giác" sheet whose header also fits the sessions layout is a tips sheet)."""
    hint = guess_kind_from_name(sheet_name)
    best: HeaderMap | None = None
    for rownum, cells in rows[:HEADER_SCAN_ROWS]:
        for spec in SPECS.values():
            hm = match_header(cells, spec)
            if hm is None:
                continue
            hm.row = rownum
            rank = (hm.score + (2 if spec.kind == hint else 0))
            if best is None or rank > best.score + (2 if best.kind == hint else 0):
                best = hm
    return best
