"""Demo registers filled with realistic, made-up data (DESIGN §7, DOMAIN §7).

    ws = create_demo(data_dir, username="truong", password="…", profile="commune")

Two profiles:

* ``commune``: one commune register ("Xã Tích Sơn", 09001) signed in as its chief, with three
  officer accounts (canbo.an, canbo.binh, canbo.duc; they share the demo password) and about 300
  persons: cases of all eight categories with visits and other contacts, evaluations, absences,
  violations, events, warning sessions with attendances, citizen tips and security models,
  dated over 2024–2026 relative to today (most of it in 2025–2026).
* ``seed``: a province office register (25 Phú Thọ; Vĩnh Phúc was merged into it) signed in as
  the province admin, with the former Vĩnh Phúc communes named in the seed article (and more of
  the same area) loaded as commune units. Its first half of 2020 states exactly the article's
  figures, `SEED_FIGURES`, when counted by `ws.reports.figures(*SEED_PERIOD)`; everything else
  (other periods, other categories, contacts) is background data around them.

Everything is written through the Workspace's transactions (`Tx.insert_many`), so every row
has its sync columns and outbox entry, and the audit chain gets one "bulk_create" row per chunk.
The data is deterministic for a given `seed` (same names, dates and counts; row ids differ).
Unit codes of the communes are illustrative, not the official list; all persons are invented.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from desktop_app.core.domain import rules as R
from desktop_app.core.domain.dates import PartialDate, add_months, add_years
from desktop_app.core.domain.vocab import CaseCategory as C
from desktop_app.core.domain.vocab import CaseStatus as S
from desktop_app.core.domain.vocab import ContactKind as K
from desktop_app.core.domain.vocab import EventKind as E
from desktop_app.core.domain.vocab import ModelKind as MK
from desktop_app.core.domain.vocab import SentenceKind as SK
from desktop_app.core.domain.vocab import TipChannel as TC
from desktop_app.core.ids import uuid7
from desktop_app.core.services.persons import build_search_text
from desktop_app.core.services.workspace import DB_NAME, SLOTS_NAME, Workspace
from desktop_app.core.store.tables import (
    Absence,
    Attendance,
    CaseEvent,
    CaseFile,
    Contact,
    Evaluation,
    IdDocument,
    Person,
    SecurityModel,
    Tip,
    Violation,
    WarningSession,
)
from desktop_app.core.textvn import fold

__all__ = ["create_demo", "person_inputs", "SEED_FIGURES", "SEED_PERIOD", "SEED_ATTENDANCES", "PROFILES",
           "COMMUNE_DEFAULT_PERSONS", "SEED_DEFAULT_PERSONS", "SEED_MIN_PERSONS"]

Progress = Callable[[str, int, int], None]
D = dt.date

PROFILES = ("commune", "seed")
COMMUNE_DEFAULT_PERSONS = 300
SEED_DEFAULT_PERSONS = 2500
SEED_MIN_PERSONS = 600  # the seed's sessions need people in every commune
CHUNK = 5000  # rows per write transaction

# The seed article (Vĩnh Phúc, first half of 2020). "Gần 4.000 lượt" (nearly 4,000 attendances)
# is stated as 3,986: a number that reads as "nearly 4,000" and is not a round invention.
SEED_PERIOD = (D(2020, 1, 1), D(2020, 6, 30))
SEED_ATTENDANCES = 3986
SEED_FIGURES: dict[str, Any] = {
    "tips": {"received": 1211, "valuable": 848},
    "cases": {"opened": {"community_education": 169}},
    "warnings": {"attendances": SEED_ATTENDANCES},
    "models": {
        "areas": 372,
        "safe4_total": 288,
        "by_kind": {"safe4_agency": 77, "safe4_enterprise": 48, "safe4_hospital": 14,
                    "safe4_school": 149},
    },
}

# --- names ---------------------------------------------------------------------------------------

_FAMILY = [("Nguyễn", 36), ("Trần", 10), ("Lê", 9), ("Phạm", 7), ("Hoàng", 4), ("Phan", 3),
           ("Vũ", 4), ("Đặng", 2.5), ("Bùi", 2.5), ("Đỗ", 2.5), ("Hồ", 1), ("Ngô", 1.5),
           ("Dương", 1.5), ("Lý", 0.6), ("Đào", 1.5), ("Đinh", 1), ("Trịnh", 0.8), ("Lưu", 0.6),
           ("Khổng", 0.6), ("Tạ", 0.6), ("Hà", 0.8), ("Kim", 0.3), ("Cao", 0.6), ("Mai", 0.5),
           ("Chu", 0.5), ("Triệu", 0.4), ("Lương", 0.5), ("Văn", 0.3), ("Quách", 0.3)]
_MIDDLE_M = [("Văn", 45), ("Đức", 8), ("Minh", 7), ("Quang", 5), ("Hữu", 5), ("Công", 4),
             ("Xuân", 4), ("Thanh", 3), ("Tiến", 3), ("Ngọc", 2), ("Trọng", 3), ("Đình", 4),
             ("Mạnh", 2), ("Duy", 2), ("Thế", 2), ("Bá", 1.5), ("Anh", 1.5), ("Huy", 1),
             ("Văn Minh", 0.5)]
_MIDDLE_F = [("Thị", 55), ("Ngọc", 6), ("Thu", 5), ("Thanh", 5), ("Minh", 3), ("Kim", 3),
             ("Hồng", 3), ("Phương", 3), ("Thùy", 3), ("Mai", 2), ("Bích", 2), ("Hải", 2),
             ("Khánh", 2), ("Diệu", 1), ("Thị Thu", 1)]
_GIVEN_M = ("Hùng Dũng Tuấn Nam Long Hải Sơn Cường Thắng Hiếu Minh Đức Phong Quân Thành Trung "
            "Tùng Vinh Hoàng Huy Khánh Lâm Lộc Mạnh Nghĩa Phúc Quang Tài Thịnh Toàn Trường Tú "
            "Việt Bình Chiến Công Đạt Định Giang Hưng Kiên An Bảo Duy Hiệp Khôi Thái Tâm Hậu "
            "Luân Quyết Sáng Tiến Tuyên Vượng Đông Hòa Hoà Thuỷ Kỳ Ánh Á").split()
_GIVEN_F = ("Lan Hương Hoa Hằng Hà Linh Mai Nga Ngọc Nhung Phương Thảo Thu Trang Tuyết Vân Yến "
            "Anh Châu Dung Giang Hạnh Hiền Hồng Huyền Lệ Loan Ly My Oanh Quỳnh Tâm Thủy Thúy "
            "Thuý Uyên Xuân Hoà Hòa Duyên Lụa Nhàn Thơm Chinh Huệ Liên Ánh").split()
_ALIASES = ["Tý", "Tèo", "Béo", "Còi", "Đen", "Lùn", "Sẹo", "Bờm", "Cò", "Tồ", "Hĩm", "Cu"]
_OCCUPATIONS = [("Lao động tự do", 30), ("Làm ruộng", 14), ("Công nhân", 16), ("Thợ xây", 8),
                ("Lái xe", 5), ("Buôn bán", 6), ("Thợ cơ khí", 4), ("Không nghề nghiệp", 9),
                ("Học sinh", 4), ("Sinh viên", 1), ("Nội trợ", 2), ("Xe ôm công nghệ", 2)]
_ETHNICITY = [("Kinh", 93), ("Sán Dìu", 5), ("Tày", 0.7), ("Mường", 0.7), ("Nùng", 0.6)]
_RELIGION = [("Không", 85), ("Công giáo", 8), ("Phật giáo", 7)]
# Birth-registration province codes (CCCD digits 1–3, old statistics codes): mostly Vĩnh Phúc.
_BIRTH_PROVINCE = [("026", 82), ("025", 5), ("001", 4), ("024", 2), ("027", 2), ("019", 1.5),
                   ("008", 1), ("038", 1), ("022", 0.5), ("036", 0.5), ("079", 0.5)]
_ELSEWHERE = ["xã Yên Viên, huyện Gia Lâm, thành phố Hà Nội", "phường Thanh Miếu, thành phố Việt Trì, tỉnh Phú Thọ",
              "xã Tam Giang, huyện Yên Phong, tỉnh Bắc Ninh", "phường Hoàng Văn Thụ, thành phố Thái Nguyên, tỉnh Thái Nguyên",
              "xã Quang Minh, huyện Mê Linh, thành phố Hà Nội", "thị trấn Sơn Dương, huyện Sơn Dương, tỉnh Tuyên Quang",
              "xã Hoằng Hóa, huyện Hoằng Hóa, tỉnh Thanh Hóa", "phường Hà Khẩu, thành phố Hạ Long, tỉnh Quảng Ninh"]
_VILLAGE_A = "Đông Tây Nam Bắc Trung Thượng Hạ Yên Phú An Tân Đồng Vĩnh Xuân Hòa Phúc Hương Cẩm".split()
_VILLAGE_B = "Thịnh Lộc Hậu Lập Hưng Thành Quang Đạo Bình Sơn Lâm Tiến Mỹ Khê Cát Lai Đình Hội".split()

# (name, district in 2020) — the seed article's units first, then more of the same area.
SEED_UNITS: tuple[tuple[str, str], ...] = (
    ("Phường Tích Sơn", "thành phố Vĩnh Yên"), ("Phường Khai Quang", "thành phố Vĩnh Yên"),
    ("Phường Hội Hợp", "thành phố Vĩnh Yên"), ("Xã Bá Hiến", "huyện Bình Xuyên"),
    ("Phường Phúc Thắng", "thành phố Phúc Yên"), ("Xã Đồng Quế", "huyện Sông Lô"),
    ("Phường Liên Bảo", "thành phố Vĩnh Yên"), ("Phường Đống Đa", "thành phố Vĩnh Yên"),
    ("Phường Ngô Quyền", "thành phố Vĩnh Yên"), ("Phường Đồng Tâm", "thành phố Vĩnh Yên"),
    ("Xã Định Trung", "thành phố Vĩnh Yên"), ("Xã Thanh Trù", "thành phố Vĩnh Yên"),
    ("Phường Trưng Trắc", "thành phố Phúc Yên"), ("Phường Hùng Vương", "thành phố Phúc Yên"),
    ("Phường Xuân Hòa", "thành phố Phúc Yên"), ("Phường Đồng Xuân", "thành phố Phúc Yên"),
    ("Xã Ngọc Thanh", "thành phố Phúc Yên"), ("Xã Cao Minh", "thành phố Phúc Yên"),
    ("Thị trấn Hương Canh", "huyện Bình Xuyên"), ("Thị trấn Thanh Lãng", "huyện Bình Xuyên"),
    ("Xã Tam Hợp", "huyện Bình Xuyên"), ("Xã Sơn Lôi", "huyện Bình Xuyên"),
    ("Xã Quất Lưu", "huyện Bình Xuyên"), ("Xã Thiện Kế", "huyện Bình Xuyên"),
    ("Thị trấn Tam Sơn", "huyện Sông Lô"), ("Xã Lãng Công", "huyện Sông Lô"),
    ("Xã Nhân Đạo", "huyện Sông Lô"), ("Xã Đức Bác", "huyện Sông Lô"),
    ("Thị trấn Hợp Hòa", "huyện Tam Dương"), ("Xã Kim Long", "huyện Tam Dương"),
    ("Xã Hướng Đạo", "huyện Tam Dương"), ("Xã Duy Phiên", "huyện Tam Dương"),
    ("Thị trấn Tam Đảo", "huyện Tam Đảo"), ("Xã Hợp Châu", "huyện Tam Đảo"),
    ("Xã Đại Đình", "huyện Tam Đảo"), ("Thị trấn Lập Thạch", "huyện Lập Thạch"),
    ("Xã Triệu Đề", "huyện Lập Thạch"), ("Xã Sơn Đông", "huyện Lập Thạch"),
    ("Thị trấn Vĩnh Tường", "huyện Vĩnh Tường"), ("Thị trấn Thổ Tang", "huyện Vĩnh Tường"),
    ("Xã Lũng Hòa", "huyện Vĩnh Tường"), ("Xã Tân Tiến", "huyện Vĩnh Tường"),
    ("Thị trấn Yên Lạc", "huyện Yên Lạc"), ("Xã Đồng Văn", "huyện Yên Lạc"),
    ("Xã Tề Lỗ", "huyện Yên Lạc"), ("Xã Trung Nguyên", "huyện Yên Lạc"),
)
_INDUSTRIAL = {"Phường Khai Quang", "Xã Bá Hiến", "Phường Phúc Thắng", "Phường Xuân Hòa",
               "Thị trấn Hương Canh", "Xã Tam Hợp", "Xã Quất Lưu", "Xã Sơn Lôi", "Xã Đồng Văn",
               "Xã Thiện Kế", "Thị trấn Thanh Lãng"}
_CATHOLIC = {"Xã Đồng Quế", "Xã Nhân Đạo", "Xã Tam Hợp", "Thị trấn Thổ Tang"}

_PRISONS = [("Trại giam Vĩnh Quang", "TGVQ"), ("Trại giam Phú Sơn 4", "TGPS4"),
            ("Trại giam Ngọc Lý", "TGNL"), ("Trại giam Hoàng Tiến", "TGHT")]

# --- case categories -------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Spec:
    terms: tuple[int, ...]  # empty: no fixed term
    age: tuple[int, int]
    gap: tuple[int, int]  # days between contacts
    kinds: tuple[tuple[K, float], ...]
    male: float


_SPECS: dict[C, _Spec] = {
    C.COMMUNITY_EDUCATION: _Spec((3, 4, 5, 6), (14, 45), (12, 26),
                                 ((K.HOME_VISIT, 45), (K.STATION_CHECKIN, 20), (K.PHONE_CALL, 20),
                                  (K.SELF_REPORT, 15)), 0.85),
    C.FAMILY_MANAGEMENT: _Spec((3, 4, 5, 6), (12, 17), (12, 26),
                               ((K.HOME_VISIT, 55), (K.PHONE_CALL, 30), (K.STATION_CHECKIN, 15)), 0.8),
    C.REINTEGRATION: _Spec((), (22, 62), (35, 75),
                           ((K.HOME_VISIT, 50), (K.PHONE_CALL, 30), (K.STATION_CHECKIN, 20)), 0.92),
    C.SUSPENDED_SENTENCE: _Spec((12, 18, 24, 30, 36, 48, 60), (18, 62), (24, 45),
                                ((K.HOME_VISIT, 30), (K.STATION_CHECKIN, 28), (K.SELF_REPORT, 27),
                                 (K.PHONE_CALL, 15)), 0.85),
    C.NON_CUSTODIAL_REFORM: _Spec((6, 9, 12, 18, 24, 36), (18, 62), (24, 45),
                                  ((K.HOME_VISIT, 30), (K.STATION_CHECKIN, 28), (K.SELF_REPORT, 27),
                                   (K.PHONE_CALL, 15)), 0.85),
    C.CONDITIONAL_RELEASE: _Spec((6, 9, 12, 15, 18, 24, 30, 36), (20, 60), (24, 45),
                                 ((K.HOME_VISIT, 30), (K.STATION_CHECKIN, 28), (K.SELF_REPORT, 27),
                                  (K.PHONE_CALL, 15)), 0.92),
    C.DRUG_MANAGEMENT: _Spec((12,), (17, 50), (25, 45),
                             ((K.HOME_VISIT, 40), (K.STATION_CHECKIN, 35), (K.PHONE_CALL, 25)), 0.93),
    C.COMMUNITY_WATCH: _Spec((), (15, 55), (45, 95),
                             ((K.HOME_VISIT, 55), (K.PHONE_CALL, 35), (K.STATION_CHECKIN, 10)), 0.85),
}
_CATEGORY_WEIGHTS = [(C.COMMUNITY_WATCH, 22), (C.DRUG_MANAGEMENT, 15), (C.REINTEGRATION, 19),
                     (C.SUSPENDED_SENTENCE, 14), (C.COMMUNITY_EDUCATION, 9), (C.FAMILY_MANAGEMENT, 4),
                     (C.NON_CUSTODIAL_REFORM, 9), (C.CONDITIONAL_RELEASE, 8)]
_JUDGMENT = (C.SUSPENDED_SENTENCE, C.NON_CUSTODIAL_REFORM, C.CONDITIONAL_RELEASE)
_MEASURE = (C.COMMUNITY_EDUCATION, C.FAMILY_MANAGEMENT)
NEW_JUDGMENT_LAW = D(2026, 7, 1)  # Law 127/2025/QH15 in force
TWO_LEVEL = D(2025, 7, 1)  # districts abolished; district courts replaced by regional courts

_CONTACT_TEXT = {
    K.HOME_VISIT: ["Đến nhà kiểm tra, đối tượng có mặt, đang {work}.",
                   "Thăm gặp tại nhà, nắm tình hình chấp hành; gia đình phản ánh đối tượng chấp hành tốt.",
                   "Kiểm tra nơi cư trú, đối tượng có mặt, nhắc nhở thực hiện nghĩa vụ.",
                   "Phối hợp trưởng thôn đến gia đình nắm tình hình, đối tượng đang {work}."],
    K.STATION_CHECKIN: ["Đối tượng đến trụ sở Công an xã trình diện theo lịch.",
                        "Trình diện tại trụ sở, báo cáo việc chấp hành trong tháng.",
                        "Có mặt tại trụ sở theo giấy triệu tập, ký sổ theo dõi."],
    K.PHONE_CALL: ["Gọi điện nắm tình hình, đối tượng đang {work}.",
                   "Liên lạc qua điện thoại với gia đình, xác nhận đối tượng có mặt tại địa phương."],
    K.SELF_REPORT: ["Nhận bản tự nhận xét tháng, có xác nhận của người được giao giám sát.",
                    "Đối tượng nộp bản tự nhận xét về việc chấp hành án."],
}
_CONTACT_BAD = ["Không có mặt tại nơi cư trú khi kiểm tra, gia đình không rõ đi đâu.",
                "Không đến trình diện theo lịch, đã nhắc nhở qua gia đình.",
                "Có biểu hiện sử dụng rượu bia, gây mất trật tự tại thôn; đã nhắc nhở."]
_WORK = ["làm thuê tại địa phương", "phụ hồ", "làm ruộng", "làm công nhân tại khu công nghiệp",
         "chạy xe ôm", "giúp gia đình buôn bán", "đi học"]
_HELPER_COMMENT = {"A": ["Chấp hành tốt, tích cực lao động, không vi phạm.",
                         "Có ý thức sửa chữa sai lầm, quan hệ tốt với hàng xóm."],
                   "B": ["Chấp hành tương đối đầy đủ, hoàn cảnh kinh tế khó khăn.",
                         "Đôi khi chưa báo cáo đúng hạn, cần tiếp tục nhắc nhở."],
                   "C": ["Chưa chấp hành nghiêm, thường xuyên vắng mặt tại địa phương.",
                         "Có biểu hiện tụ tập với đối tượng xấu."],
                   "D": ["Đã bị bắt tạm giam do hành vi vi phạm mới."]}
_POLICE_ASSESS = {"A": "Chấp hành tốt các nghĩa vụ.", "B": "Chấp hành cơ bản, cần theo dõi thêm.",
                  "C": "Chấp hành chưa nghiêm, tăng cường quản lý, giáo dục.", "D": "Đang bị tạm giam."}
_VIOLATIONS = [("Không có mặt theo giấy triệu tập của Công an xã", "Nhắc nhở, yêu cầu làm bản kiểm điểm"),
               ("Đi khỏi nơi cư trú không khai báo", "Lập biên bản, báo cáo cơ quan thi hành án hình sự"),
               ("Gây gổ đánh nhau tại đám cưới trong thôn", "Xử phạt vi phạm hành chính 2.500.000 đồng"),
               ("Không nộp bản tự nhận xét hằng tháng", "Nhắc nhở lần 1"),
               ("Điều khiển xe mô tô không có giấy phép lái xe", "Xử phạt vi phạm hành chính"),
               ("Tham gia đánh bạc dưới hình thức ghi số lô, đề", "Xử phạt vi phạm hành chính 1.500.000 đồng")]
_ABSENCE_REASONS = [("Đi làm ăn tại khu công nghiệp", "Bắc Ninh"), ("Chữa bệnh", "Bệnh viện Bạch Mai, Hà Nội"),
                    ("Chăm sóc mẹ ốm", "Việt Trì, Phú Thọ"), ("Đi làm thuê theo mùa vụ", "Thái Nguyên"),
                    ("Dự đám cưới người thân", "Thanh Hóa"), ("Đi làm công trình xây dựng", "Hà Nội")]
_TIP_TEXT = [
    ("Tố giác đối tượng tổ chức đánh bạc tại nhà riêng ở {area}.", "Kiểm tra, bắt quả tang {n} đối tượng, xử phạt hành chính."),
    ("Phản ánh nhóm thanh niên tụ tập, nghi sử dụng trái phép chất ma túy tại khu vực {area}.", "Kiểm tra, test nhanh {n} người dương tính, lập hồ sơ quản lý."),
    ("Tố giác vụ trộm cắp xe máy xảy ra tại {area}.", "Xác minh, chuyển Công an tỉnh điều tra theo thẩm quyền."),
    ("Cung cấp thông tin đối tượng cho vay lãi nặng, đòi nợ thuê tại {area}.", "Xác minh, lập hồ sơ chuyển cơ quan điều tra."),
    ("Tố giác đối tượng mua bán, tàng trữ pháo nổ tại {area}.", "Thu giữ pháo, lập biên bản, xử lý theo quy định."),
    ("Phản ánh đối tượng ghi số lô, đề tại quán nước ở {area}.", "Bắt quả tang, thu giữ tang vật."),
    ("Thông tin về người lạ nghi trộm cắp gia súc tại {area}.", "Tuần tra, không phát hiện vi phạm."),
    ("Tố giác hành vi lừa đảo qua mạng, chiếm đoạt tiền của người dân {area}.", "Hướng dẫn người dân trình báo, chuyển Công an tỉnh."),
    ("Phản ánh tình trạng đua xe trái phép trên đường liên thôn qua {area}.", "Tổ chức chốt chặn, tạm giữ {n} xe mô tô."),
]
_TIP_VALUELESS = ["Xác minh không có căn cứ.", "Nguồn tin không chính xác, đã trả lời người tố giác.",
                  "Sự việc là tranh chấp dân sự, hướng dẫn hòa giải."]
_SESSION_TOPICS = ["Gọi hỏi, răn đe, giáo dục thanh thiếu niên có biểu hiện vi phạm pháp luật",
                   "Răn đe, giáo dục đối tượng nghi vấn sử dụng trái phép chất ma túy",
                   "Giáo dục, cảm hóa người lầm lỗi tại cộng đồng dân cư",
                   "Răn đe đối tượng tụ tập đua xe, gây rối trật tự công cộng",
                   "Gọi hỏi đối tượng có biểu hiện cho vay lãi nặng, đòi nợ thuê",
                   "Tuyên truyền, ký cam kết không vi phạm pháp luật dịp Tết Nguyên đán"]
_RANKS = ["Thiếu úy", "Trung úy", "Thượng úy", "Đại úy", "Thiếu tá"]
_ORGS = ["Hội Liên hiệp Phụ nữ", "Đoàn Thanh niên", "Hội Cựu chiến binh", "Hội Nông dân",
         "Ủy ban Mặt trận Tổ quốc"]


def _pick(rng: random.Random, weighted: list[tuple[Any, float]] | tuple[tuple[Any, float], ...]) -> Any:
    values = [v for v, _ in weighted]
    weights = [w for _, w in weighted]
    return rng.choices(values, weights)[0]


def _between(rng: random.Random, a: D, b: D) -> D:
    if b <= a:
        return a
    return a + dt.timedelta(days=rng.randint(0, (b - a).days))


def _dmy(d: D) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


# --- the generator ------------------------------------------------------------------------------------

@dataclass
class _Unit:
    code: str
    name: str  # "Phường Tích Sơn"
    district: str  # "" after the two-level reform
    province: str
    areas: list[str]
    officers: list[str]
    chief: str  # display name of the commune police chief
    chairman: str  # chairman of the commune People's Committee
    weight: float = 1.0
    old_district: str = ""  # for judgments given before the two-level reform
    persons: list["_P"] = field(default_factory=list)

    @property
    def kind(self) -> str:
        return self.name[: len(self.name) - len(self.short)].strip().lower()

    @property
    def short(self) -> str:
        for prefix in ("Thị trấn ", "Phường ", "Xã "):
            if self.name.startswith(prefix):
                return self.name[len(prefix):]
        return self.name

    def address(self, area: str) -> str:
        parts = [area, f"{self.kind} {self.short}"]
        if self.district:
            parts.append(self.district)
        parts.append(self.province)
        return ", ".join(parts)

    def court(self, on: D) -> str:
        if on >= TWO_LEVEL:
            return "Tòa án nhân dân khu vực " + str(1 + int(self.code) % 9) + " - Phú Thọ"
        return "Tòa án nhân dân " + (self.district or self.old_district or "tỉnh Vĩnh Phúc")


@dataclass
class _P:
    id: str
    unit: _Unit
    gender: str
    birth: D  # latest possible birth date (partial dates: end of the year/month)
    full_name: str
    area: str


@dataclass
class _Case:
    row: dict[str, Any]
    person: _P
    contact_dates: list[D]
    periods: list[D]
    period_kind: str
    classes: list[str]


class _Demo:
    def __init__(self, ws: Workspace, rng: random.Random, today: D, progress: Progress | None,
                 chunk: int = CHUNK):
        self.ws, self.rng, self.today = ws, rng, today
        self.progress = progress or (lambda stage, done, total: None)
        self.chunk = chunk
        self.cccds: set[str] = set()
        self.counters: dict[tuple[str, int, str], int] = {}
        self.persons: list[dict[str, Any]] = []
        self.id_docs: list[dict[str, Any]] = []
        self.cases: list[_Case] = []
        self.absences: list[dict[str, Any]] = []
        self.violations: list[dict[str, Any]] = []
        self.events: list[dict[str, Any]] = []
        self.sessions: list[dict[str, Any]] = []
        self.attendances: list[dict[str, Any]] = []
        self.tips: list[dict[str, Any]] = []
        self.models: list[dict[str, Any]] = []

    # -- small helpers ---------------------------------------------------------------------------
    def name(self, gender: str) -> tuple[str, str, str]:
        rng = self.rng
        fam = _pick(rng, _FAMILY)
        if gender == "female":
            return fam, _pick(rng, _MIDDLE_F), rng.choice(_GIVEN_F)
        return fam, _pick(rng, _MIDDLE_M), rng.choice(_GIVEN_M)

    def full_name(self, gender: str | None = None) -> str:
        g = gender or self.rng.choice(["male", "female"])
        return " ".join(self.name(g))

    def officer_title(self) -> str:
        return f"{self.rng.choice(_RANKS)} {self.full_name('male' if self.rng.random() < 0.8 else 'female')}"

    def number(self, unit: _Unit, year: int, series: str) -> int:
        key = (unit.code, year, series)
        self.counters[key] = self.counters.get(key, self.rng.randint(1, 20)) + self.rng.randint(1, 4)
        return self.counters[key]

    def cccd(self, birth_year: int, gender: str) -> str:
        province = _pick(self.rng, _BIRTH_PROVINCE)
        digit = {1900: 0, 2000: 2, 2100: 4}[birth_year // 100 * 100] + (1 if gender == "female" else 0)
        while True:
            n = f"{province}{digit}{birth_year % 100:02d}{self.rng.randrange(10**6):06d}"
            if n not in self.cccds:
                self.cccds.add(n)
                return n

    # -- persons ---------------------------------------------------------------------------------
    def person_input(self, unit: _Unit, *, birth: D, gender: str) -> tuple[dict[str, Any], str]:
        """What a user would type for one person (PersonIn fields), and the area they live in."""
        rng, today = self.rng, self.today
        fam, mid, giv = self.name(gender)
        r = rng.random()
        birth_text = _dmy(birth) if r < 0.9 else (f"{birth.month:02d}/{birth.year}" if r < 0.94 else str(birth.year))
        age = (today - birth).days // 365
        area = rng.choice(unit.areas)
        outsider = rng.random() < 0.08
        current = unit.address(area)
        permanent = f"{rng.choice(['Thôn', 'Xóm', 'Tổ dân phố'])} {rng.choice(_VILLAGE_A)} {rng.choice(_VILLAGE_B)}, {rng.choice(_ELSEWHERE)}" if outsider else current
        data: dict[str, Any] = {
            "family_name": fam, "middle_name": mid, "given_name": giv, "birth_date": birth_text,
            "gender": gender, "permanent_address": permanent, "current_address": current,
            "permanent_unit_code": None if outsider else unit.code, "current_unit_code": unit.code,
            "occupation": "Học sinh" if age < 18 and rng.random() < 0.7 else _pick(rng, _OCCUPATIONS),
            "ethnicity": _pick(rng, _ETHNICITY), "religion": _pick(rng, _RELIGION),
        }
        if age >= 14 or rng.random() < 0.25:
            data["cccd"] = self.cccd(birth.year, gender)
        if age >= 16 and rng.random() < 0.7:
            data["phone"] = rng.choice(["09", "03", "08", "07"]) + f"{rng.randrange(10**8):08d}"
        if gender == "male" and rng.random() < 0.06:
            data["aliases"] = rng.choice(_ALIASES)
        if rng.random() < 0.03:
            data["health_note"] = rng.choice(["Nghiện ma túy, đã cai nghiện tại cơ sở", "Bệnh phổi mạn tính",
                                              "Rối loạn tâm thần nhẹ"])
        return data, area

    def person(self, unit: _Unit, *, birth: D, gender: str) -> _P:
        rng = self.rng
        data, area = self.person_input(unit, birth=birth, gender=gender)
        age = (self.today - birth).days // 365
        row = self.ws.persons.prepare(data, check_duplicates=False)
        pid = uuid7()
        row["id"], row["unit_code"] = pid, unit.code
        if birth.year <= 1998 and age >= 16 and rng.random() < 0.25:
            number = "135" + f"{rng.randrange(10**6):06d}"
            issued = _between(rng, add_years(birth, 16), min(add_years(birth, 25), D(2016, 1, 1)))
            self.id_docs.append({"id": uuid7(), "unit_code": unit.code, "person_id": pid, "kind": "cmnd",
                                 "number": number, "issued_on": issued, "issued_by": "Công an tỉnh Vĩnh Phúc",
                                 "note": "CMND cũ"})
            row["search_text"] = build_search_text(row, [number])
        self.persons.append(row)
        latest = PartialDate.from_storage(row["birth_date"]).latest()
        p = _P(pid, unit, gender, latest, row["full_name"], area)
        unit.persons.append(p)
        return p

    def birth_for(self, age: tuple[int, int], on: D) -> D:
        years = self.rng.randint(*age)
        return add_years(on, -years) - dt.timedelta(days=self.rng.randint(0, 364))

    # -- cases -----------------------------------------------------------------------------------
    def case(self, p: _P, cat: C, start: D, *, officer: str | None = None,
             status: S | None = None) -> _Case:
        rng, today, unit = self.rng, self.today, p.unit
        spec = _SPECS[cat]
        term = rng.choice(spec.terms) if spec.terms else None
        ext = red = unauth_days = 0
        events: list[dict[str, Any]] = []
        unauth: tuple[D, D] | None = None
        if term:
            if cat in (C.SUSPENDED_SENTENCE, C.NON_CUSTODIAL_REFORM) and term >= 12 and rng.random() < 0.08:
                when = add_months(start, (term + 1) // 2) + dt.timedelta(days=rng.randint(0, 20))
                if when <= today:
                    red = rng.choice([3, 6]) if term >= 24 else 3
                    events.append({"kind": E.REDUCTION.value, "date": when, "months": red,
                                   "decision_number": f"{self.number(unit, when.year, 'CA')}/{when.year}/QĐ-CA",
                                   "note": "Rút ngắn thời gian thử thách do chấp hành tốt"})
            if cat in (*_MEASURE, C.DRUG_MANAGEMENT) and rng.random() < 0.02:
                when = add_months(start, term - 1)
                if when <= today:
                    ext = 1
                    events.append({"kind": E.EXTENSION.value, "date": when, "months": 1,
                                   "decision_number": f"{self.number(unit, when.year, 'QĐ')}/QĐ-UBND",
                                   "note": "Kéo dài thời hạn do không chấp hành đầy đủ nghĩa vụ"})
            if cat in (*_MEASURE, *_JUDGMENT) and rng.random() < 0.025:
                days = rng.randint(4, 25)
                a = start + dt.timedelta(days=rng.randint(10, max(11, term * 12)))
                if a + dt.timedelta(days=days) < today:
                    unauth, unauth_days = (a, a + dt.timedelta(days=days - 1)), days
        end = R.case_end(start, term, extension_months=ext, reduction_months=red,
                         unauthorised_absence_days=unauth_days) if term else None

        actual_end: D | None = None
        if status is None:
            status = S.ACTIVE
            if start > today:
                status = S.PROPOSED
            elif end is not None and end < today:
                r = rng.random()
                if r < 0.86:
                    status, actual_end = S.COMPLETED, end
                elif r < 0.91 and cat != C.CONDITIONAL_RELEASE:
                    status = S.TERMINATED_EARLY
                    actual_end = _between(rng, start + (end - start) / 2, end)
                elif r < 0.96:
                    status = S.TRANSFERRED
                elif r < 0.985:
                    status = S.REVOKED
                else:
                    status = S.DECEASED
            elif end is None:
                age_days = (today - start).days
                # the older an open-ended case, the likelier it has been closed
                if cat == C.REINTEGRATION and age_days > 540 and rng.random() < min(0.9, age_days / 1500):
                    status = S.COMPLETED
                    actual_end = start + dt.timedelta(days=rng.randint(365, min(age_days, 1100)))
                elif cat == C.COMMUNITY_WATCH and age_days > 300 and rng.random() < min(0.9, age_days / 1000):
                    status = S.COMPLETED
                    actual_end = start + dt.timedelta(days=rng.randint(180, min(age_days, 900)))
                elif age_days > 60 and rng.random() < 0.03:
                    status = S.TRANSFERRED
            elif (today - start).days > 60 and rng.random() < 0.02:
                status = S.TRANSFERRED
            elif rng.random() < 0.015:
                status = S.SUSPENDED
        elif status == S.COMPLETED:
            actual_end = end or _between(rng, start + dt.timedelta(days=180), today)
        if status in (S.TRANSFERRED, S.REVOKED, S.DECEASED) and actual_end is None:
            actual_end = _between(rng, start + dt.timedelta(days=20), min(end or today, today))
        if actual_end is not None and actual_end > today:
            actual_end = today
        if status == S.TRANSFERRED:
            events.append({"kind": E.TRANSFER_OUT.value, "date": actual_end, "months": 0,
                           "other_unit_code": self.other_unit(unit),
                           "decision_number": "", "note": "Chuyển hồ sơ do đối tượng thay đổi nơi cư trú"})
        if status not in (S.PROPOSED,) and rng.random() < 0.03:
            events.append({"kind": E.TRANSFER_IN.value, "date": start, "months": 0,
                           "other_unit_code": self.other_unit(unit), "decision_number": "",
                           "note": "Tiếp nhận hồ sơ chuyển đến từ nơi cư trú cũ"})
        if cat == C.NON_CUSTODIAL_REFORM and status == S.TERMINATED_EARLY and rng.random() < 0.5:
            events.append({"kind": E.EXEMPTION.value, "date": actual_end, "months": 0,
                           "decision_number": f"{self.number(unit, actual_end.year, 'CA')}/{actual_end.year}/QĐ-CA",
                           "note": "Miễn chấp hành phần thời gian còn lại"})

        # contacts, from a few days after the start to the end (or today); some cases lag behind
        lagging = status == S.ACTIVE and rng.random() < 0.12
        cend = actual_end or today
        if lagging:
            cend = min(cend, today - dt.timedelta(days=rng.randint(35, 80)))
        if end is not None and status in (S.ACTIVE, S.SUSPENDED):
            cend = min(cend, end)
        dates: list[D] = []
        if status != S.PROPOSED:
            d = start + dt.timedelta(days=rng.randint(1, 7))
            lo, hi = spec.gap
            while d <= cend:
                dates.append(d)
                d += dt.timedelta(days=rng.randint(lo, hi))

        # evaluations: every period whose assessment is due, or done early; laggards miss some
        a = self.ws.rules.get("assessment", cat, start)
        periods: list[D] = []
        period_kind = a["period"] if a else "month"
        if a and status != S.PROPOSED:
            stop = actual_end or (min(end, today) if end else today)
            p_start = R.period_start(start, period_kind)
            while p_start <= stop:
                nxt = R.next_period(p_start, period_kind)
                if R.assessment_due_date(p_start, period_kind, a["due_day"]) <= today or (
                        nxt <= today and rng.random() < 0.5):
                    periods.append(p_start)
                else:
                    break
                p_start = nxt
            if lagging and periods:
                del periods[len(periods) - rng.randint(1, min(2, len(periods))):]
        classes = [self.classification(cat) for _ in periods]
        classification = classes[-1] if classes else (self.classification(cat) if cat == C.REINTEGRATION else None)
        if cat == C.REINTEGRATION and status == S.ACTIVE and rng.random() < 0.02 and dates:
            when = dates[-1]
            events.append({"kind": E.NEW_CONVICTION.value, "date": when, "months": 0, "decision_number": "",
                           "note": "Bị khởi tố về tội trộm cắp tài sản, đang bị tạm giam"})
            classification = "D"

        row = self.case_row(p, cat, start, term, end, status, actual_end, classification,
                            officer or rng.choice(unit.officers))
        row["last_contact_date"] = dates[-1] if dates else None
        row["last_assessed_period"] = periods[-1] if periods else None
        cid = row["id"]
        for ev in events:
            self.events.append({"id": uuid7(), "unit_code": unit.code, "case_id": cid,
                                "other_unit_code": None, **ev})
        if unauth:
            self.absences.append({"id": uuid7(), "unit_code": unit.code, "case_id": cid, "start": unauth[0],
                                  "end": unauth[1], "permitted": False, "counted_toward_term": False,
                                  "reason": "Tự ý đi khỏi nơi cư trú không khai báo",
                                  "destination": "Không rõ", "override_reason": ""})
        if status != S.PROPOSED and cat != C.COMMUNITY_WATCH and rng.random() < 0.09:
            days = rng.randint(3, 30)
            last = cend - dt.timedelta(days=days)
            if last > start + dt.timedelta(days=10):
                a0 = _between(rng, start + dt.timedelta(days=10), last)
                reason, dest = rng.choice(_ABSENCE_REASONS)
                self.absences.append({"id": uuid7(), "unit_code": unit.code, "case_id": cid, "start": a0,
                                      "end": a0 + dt.timedelta(days=days - 1), "permitted": True,
                                      "counted_toward_term": True, "reason": reason, "destination": dest,
                                      "override_reason": ""})
        if dates and rng.random() < 0.04:
            when = rng.choice(dates)
            act, handling = rng.choice(_VIOLATIONS)
            self.violations.append({"id": uuid7(), "unit_code": unit.code, "case_id": cid, "date": when,
                                    "act": act, "handling": handling,
                                    "record_number": f"{self.number(unit, when.year, 'BB')}/BB-VPHC"})
        c = _Case(row, p, dates, periods, period_kind, classes)
        self.cases.append(c)
        return c

    def classification(self, cat: C) -> str:
        if cat == C.REINTEGRATION:
            return _pick(self.rng, [("A", 60), ("B", 25), ("C", 12), ("D", 3)])
        return _pick(self.rng, [("A", 70), ("B", 25), ("C", 5)])

    def other_unit(self, unit: _Unit) -> str:
        return f"{(int(unit.code) + self.rng.choice([-6, -3, 3, 6, 9])) % 100000:05d}"

    def case_row(self, p: _P, cat: C, start: D, term: int | None, end: D | None, status: S,
                 actual_end: D | None, classification: str | None, officer: str) -> dict[str, Any]:
        rng, unit = self.rng, p.unit
        row: dict[str, Any] = {
            "id": uuid7(), "unit_code": unit.code, "person_id": p.id, "category": cat.value,
            "legal_basis": "", "decision_number": "", "decision_date": None, "issuer": "", "signer": "",
            "effective_date": None, "judgment_ref": "", "supplementary_penalty": "", "supervising_org": "",
            "helper_name": "", "officer": officer, "term_months": term, "start_date": start,
            "computed_end": end, "actual_end": actual_end, "status": status.value, "sentence_kind": None,
            "classification": classification, "completion_cert_number": "", "completion_date": None,
            "followup_end": None, "review_date": None, "override_reason": "", "note": "",
        }
        commune = f"{unit.kind} {unit.short}"
        decided = start - dt.timedelta(days=rng.randint(1, 10))
        if cat in _MEASURE or cat == C.DRUG_MANAGEMENT:
            row.update(decision_number=f"{self.number(unit, decided.year, 'QĐ')}/QĐ-UBND", decision_date=decided,
                       issuer=f"Chủ tịch UBND {commune}", signer=unit.chairman, effective_date=start)
            if cat == C.DRUG_MANAGEMENT:
                row.update(legal_basis="Luật Phòng, chống ma túy 2021; Nghị định 105/2021/NĐ-CP",
                           supervising_org=f"UBND {commune}")
            else:
                org = rng.choice(_ORGS)
                row.update(legal_basis="Luật Xử lý vi phạm hành chính; Nghị định 120/2021/NĐ-CP",
                           supervising_org=f"{org} {commune}")
                if cat == C.FAMILY_MANAGEMENT:
                    row["helper_name"] = f"{self.full_name('male')} (bố)" if rng.random() < 0.6 else f"{self.full_name('female')} (mẹ)"
                else:
                    row["helper_name"] = f"{self.full_name()} ({org} {p.area.lower()})"[:120]
        elif cat in _JUDGMENT:
            judged = start - dt.timedelta(days=rng.randint(20, 80))
            sk = {C.SUSPENDED_SENTENCE: SK.SUSPENDED, C.NON_CUSTODIAL_REFORM: SK.NON_CUSTODIAL}.get(cat) or \
                _pick(rng, [(SK.PRISON_UP_TO_5Y, 70), (SK.PRISON_5_TO_15Y, 30)])
            court = unit.court(judged)
            law = ("Luật Thi hành án hình sự 2025 (Luật số 127/2025/QH15)" if start >= NEW_JUDGMENT_LAW
                   else "Luật Thi hành án hình sự 2019; Thông tư 65/2019/TT-BCA")
            row.update(legal_basis=law, sentence_kind=sk.value,
                       judgment_ref=f"Bản án số {self.number(unit, judged.year, 'HS')}/{judged.year}/HS-ST ngày {_dmy(judged)} của {court}",
                       decision_number=f"{self.number(unit, decided.year, 'CA')}/{decided.year}/QĐ-CA",
                       decision_date=decided, issuer=f"Chánh án {court}", signer=self.full_name(),
                       effective_date=start, supervising_org=f"UBND {commune}")
            if cat == C.SUSPENDED_SENTENCE and rng.random() < 0.2:
                row["supplementary_penalty"] = rng.choice(["Phạt tiền 10.000.000 đồng", "Cấm đảm nhiệm chức vụ 2 năm",
                                                           "Phạt tiền 20.000.000 đồng"])
        elif cat == C.REINTEGRATION:
            sk = _pick(rng, [(SK.PRISON_UP_TO_5Y, 60), (SK.PRISON_5_TO_15Y, 30), (SK.PRISON_OVER_15Y, 8),
                             (SK.LIFE_OR_DEATH_COMMUTED, 2)])
            years = {SK.PRISON_UP_TO_5Y: (1, 5), SK.PRISON_5_TO_15Y: (6, 15), SK.PRISON_OVER_15Y: (16, 20),
                     SK.LIFE_OR_DEATH_COMMUTED: (20, 25)}[sk]
            judged = add_years(start, -rng.randint(*years)) - dt.timedelta(days=rng.randint(30, 200))
            prison, code = rng.choice(_PRISONS)
            released = start - dt.timedelta(days=rng.randint(0, 5))
            row.update(legal_basis="Nghị định 49/2020/NĐ-CP; Thông tư 10/2024/TT-BCA", sentence_kind=sk.value,
                       judgment_ref=f"Bản án số {self.number(unit, judged.year, 'HS')}/{judged.year}/HS-ST ngày {_dmy(judged)} của {unit.court(judged)}",
                       decision_number=f"{rng.randint(10, 900)}/GCN-{code}", decision_date=released,
                       issuer=prison, signer=self.full_name('male'), effective_date=start,
                       supervising_org=f"UBND {commune}", release_date=released)
            clearing = R.record_clearing(completed_on=released, sentence=sk, rules=self.ws.rules)
            row.update(followup_end=clearing.date, clearing_state=clearing.state)
        else:  # community watch
            org = rng.choice(_ORGS)
            row.update(legal_basis=f"Phong trào toàn dân bảo vệ an ninh Tổ quốc; danh sách thông qua Hội đồng an ninh {commune}",
                       supervising_org=f"{org} {commune}", decision_date=decided,
                       decision_number=f"{self.number(unit, decided.year, 'QĐ')}/QĐ-UBND", issuer=f"UBND {commune}",
                       signer=unit.chairman, helper_name=f"{self.full_name()} ({org})")
            months = 6
            review = add_months(start, months)
            horizon = (actual_end or self.today) - dt.timedelta(days=rng.randint(0, 40))
            while review < horizon:
                review = add_months(review, months)
            row["review_date"] = review
        if status == S.COMPLETED and actual_end is not None:
            minor = R.is_minor(p.birth, row["decision_date"] or start)
            row["completion_date"] = actual_end
            row["followup_end"] = R.followup_window_end(category=cat, completed_on=actual_end, minor=minor,
                                                        sentence=row["sentence_kind"], rules=self.ws.rules)
            if cat != C.COMMUNITY_WATCH:
                row["completion_cert_number"] = f"{self.number(unit, actual_end.year, 'GCN')}/GCN-UBND"
        if status == S.PROPOSED:
            row.update(decision_number="", decision_date=None, effective_date=None,
                       note="Đề nghị áp dụng, chờ quyết định")
        if status == S.DECEASED:
            row["note"] = "Đối tượng chết do bệnh"
        if status == S.REVOKED:
            row["note"] = "Hủy bỏ quyết định theo kết quả xem xét lại"
        return row

    # -- background population of a unit ---------------------------------------------------------
    def population(self, unit: _Unit, n: int, *, window: tuple[D, D], bias: float,
                   avoid_education: tuple[D, D] | None = None) -> None:
        """`n` persons of `unit`, most with one case (some two, some none) started in `window`
        (weighted toward its end by `bias` > 1); community-education cases never start inside
        `avoid_education` (the seed period's figure is fixed)."""
        rng, today = self.rng, self.today
        a, b = window
        span = (b - a).days
        for _ in range(n):
            r = rng.random()
            if r < 0.08:  # no case: a young person known from warning sessions only
                self.person(unit, birth=self.birth_for((14, 25), today), gender="male" if rng.random() < 0.8 else "female")
                continue
            cat = _pick(rng, _CATEGORY_WEIGHTS)
            start = b - dt.timedelta(days=int(span * rng.random() ** bias))
            if start > today:
                start = today
            if (avoid_education and cat == C.COMMUNITY_EDUCATION
                    and avoid_education[0] <= start <= avoid_education[1]):
                start = avoid_education[1] + dt.timedelta(days=rng.randint(1, 150))
            if rng.random() < 0.004:
                start = today + dt.timedelta(days=rng.randint(2, 20))  # proposed, not decided yet
            spec = _SPECS[cat]
            gender = "male" if rng.random() < spec.male else "female"
            p = self.person(unit, birth=self.birth_for(spec.age, min(start, today)), gender=gender)
            self.case(p, cat, start)
            if r > 0.88 and cat not in _MEASURE:  # an earlier, finished measure
                prev = _pick(rng, [(C.COMMUNITY_EDUCATION, 3), (C.COMMUNITY_WATCH, 4), (C.DRUG_MANAGEMENT, 2),
                                   (C.SUSPENDED_SENTENCE, 1)])
                pstart = start - dt.timedelta(days=rng.randint(400, 1400))
                if not (avoid_education and prev == C.COMMUNITY_EDUCATION
                        and avoid_education[0] <= pstart <= avoid_education[1]):
                    if R.is_minor(p.birth, pstart) is False or prev == C.COMMUNITY_WATCH:
                        self.case(p, prev, pstart, status=S.COMPLETED)

    def sessions_for(self, unit: _Unit, day: D, size: int, *, topic: str | None = None) -> None:
        rng = self.rng
        size = min(size, len(unit.persons))
        if size <= 0:
            return
        sid = uuid7()
        place = rng.choice([f"Hội trường UBND {unit.kind} {unit.short}", f"Trụ sở Công an {unit.kind} {unit.short}",
                            f"Nhà văn hóa {rng.choice(unit.areas).lower()}"])
        self.sessions.append({"id": sid, "unit_code": unit.code, "date": day, "place": place,
                              "chair": f"{unit.chief} - Trưởng Công an {unit.kind}",
                              "topic": topic or rng.choice(_SESSION_TOPICS)})
        for p in rng.sample(unit.persons, size):
            minor = R.is_minor(p.birth, day)
            signed = rng.random() < 0.85
            self.attendances.append({"id": uuid7(), "unit_code": unit.code, "session_id": sid, "person_id": p.id,
                                     "commitment_signed": signed, "minor": minor,
                                     "parent_cosigned": minor and signed and rng.random() < 0.9,
                                     "note": ""})

    def tip(self, unit: _Unit, day: D, valuable: bool | None) -> None:
        rng = self.rng
        content, result = rng.choice(_TIP_TEXT)
        area = rng.choice(unit.areas).lower()
        anonymous = rng.random() < 0.4
        channel = _pick(rng, [(TC.MAILBOX, 25), (TC.HOTLINE, 25), (TC.ONLINE, 20), (TC.LETTER, 20), (TC.OTHER, 10)]
                        if anonymous else
                        [(TC.IN_PERSON, 40), (TC.PHONE, 30), (TC.HOTLINE, 10), (TC.LETTER, 10), (TC.ONLINE, 10)])
        row = {"id": uuid7(), "unit_code": unit.code, "received_on": day, "channel": channel.value,
               "anonymous": anonymous, "reporter_name": "", "reporter_contact": "",
               "content": content.format(area=area), "valuable": valuable,
               "result": (result.format(n=rng.randint(2, 9)) if valuable else
                          (rng.choice(_TIP_VALUELESS) if valuable is False else "Đang xác minh"))}
        if not anonymous:
            row["reporter_name"] = self.full_name()
            row["reporter_contact"] = (rng.choice(["09", "03", "08"]) + f"{rng.randrange(10**8):08d}"
                                       if rng.random() < 0.7 else unit.address(rng.choice(unit.areas)))
        self.tips.append(row)

    def model(self, unit: _Unit, kind: MK, name: str, area: str, established: D, status: str = "active") -> None:
        self.models.append({"id": uuid7(), "unit_code": unit.code, "name": name[:200], "kind": kind.value,
                            "area": area, "established_on": established, "status": status})

    # -- writing ---------------------------------------------------------------------------------
    def write(self, model: type, rows: Iterable[dict[str, Any]], total: int, stage: str) -> None:
        it = iter(rows)
        done = 0
        if total == 0:
            self.progress(stage, 0, 0)
            return
        while True:
            batch = list(islice(it, self.chunk))
            if not batch:
                break
            with self.ws.db.write() as tx:
                tx.insert_many(model, batch, unit_code=[r["unit_code"] for r in batch])
            done += len(batch)
            self.progress(stage, done, total)

    def contact_rows(self) -> Iterator[dict[str, Any]]:
        rng = self.rng
        for c in self.cases:
            kinds = _SPECS[C(c.row["category"])].kinds
            for d in c.contact_dates:
                kind = _pick(rng, kinds)
                compliant = rng.random() > 0.04
                summary = (rng.choice(_CONTACT_TEXT[kind]).format(work=rng.choice(_WORK)) if compliant
                           else rng.choice(_CONTACT_BAD))
                yield {"id": uuid7(), "unit_code": c.row["unit_code"], "case_id": c.row["id"],
                       "person_id": c.row["person_id"], "kind": kind.value, "date": d,
                       "officer": c.row["officer"], "summary": summary, "compliant": compliant}

    def evaluation_rows(self) -> Iterator[dict[str, Any]]:
        rng = self.rng
        for c in self.cases:
            judgment = c.row["category"] in {x.value for x in _JUDGMENT}
            for p, cls in zip(c.periods, c.classes):
                yield {"id": uuid7(), "unit_code": c.row["unit_code"], "case_id": c.row["id"],
                       "period_kind": c.period_kind, "period_start": p,
                       "helper_comment": rng.choice(_HELPER_COMMENT[cls]),
                       "police_assessment": _POLICE_ASSESS[cls], "classification": cls,
                       "self_report_received": judgment and rng.random() < 0.92}

    def flush(self) -> None:
        self.write(Person, self.persons, len(self.persons), "persons")
        self.write(IdDocument, self.id_docs, len(self.id_docs), "id_documents")
        self.write(CaseFile, (c.row for c in self.cases), len(self.cases), "cases")
        self.write(Contact, self.contact_rows(), sum(len(c.contact_dates) for c in self.cases), "contacts")
        self.write(Evaluation, self.evaluation_rows(), sum(len(c.periods) for c in self.cases), "evaluations")
        self.write(Absence, self.absences, len(self.absences), "absences")
        self.write(Violation, self.violations, len(self.violations), "violations")
        self.write(CaseEvent, self.events, len(self.events), "events")
        self.write(WarningSession, self.sessions, len(self.sessions), "sessions")
        self.write(Attendance, self.attendances, len(self.attendances), "attendances")
        self.write(Tip, self.tips, len(self.tips), "tips")
        self.write(SecurityModel, self.models, len(self.models), "models")


# --- profiles ---------------------------------------------------------------------------------------

def _areas(rng: random.Random, unit_name: str, n: int) -> list[str]:
    if unit_name.startswith(("Phường", "Thị trấn")):
        named = rng.random() < 0.3
        if named:
            out: list[str] = []
            while len(out) < n:
                a = f"Tổ dân phố {rng.choice(_VILLAGE_A)} {rng.choice(_VILLAGE_B)}"
                if a not in out:
                    out.append(a)
            return out
        return [f"Tổ dân phố số {k}" for k in range(1, n + 1)]
    out = []
    while len(out) < n:
        a = f"Thôn {rng.choice(_VILLAGE_A)} {rng.choice(_VILLAGE_B)}" if rng.random() < 0.7 else f"Thôn {rng.choice(_VILLAGE_A)}"
        if a not in out:
            out.append(a)
    return out


def _commune_profile(ws: Workspace, demo: _Demo, n_persons: int, officers: list[str]) -> None:
    rng, today = demo.rng, demo.today
    unit = _Unit(ws.unit_code, ws.unit_name, "", "tỉnh Phú Thọ",
                 ["Thôn Đông", "Thôn Đoài", "Thôn Trung", "Thôn Vĩnh Thịnh", "Thôn Bảo Sơn", "Thôn Yên Lạc",
                  "Thôn Đồng Tâm", "Thôn Phú Hậu", "Thôn Tân Lập", "Thôn Hòa Bình"],
                 officers, "Đại úy Lê Văn Hùng", "Nguyễn Quang Vinh", old_district="thành phố Vĩnh Yên")
    start0 = add_years(today, -3)
    demo.population(unit, n_persons, window=(start0, today), bias=1.8)
    # warning sessions: about two a month since the start of 2025
    first = D(2025, 1, 1)
    per_month = max(2, n_persons // 150)
    months = (today.year - first.year) * 12 + today.month - first.month + 1
    for m in range(months):
        month = add_months(first, m)
        for _ in range(per_month):
            day = _between(rng, month, min(add_months(month, 1) - dt.timedelta(days=1), today))
            demo.sessions_for(unit, day, rng.randint(5, 25))
    # tips: a handful a month; recent ones still being checked
    per_month = max(6, n_persons // 40)
    for m in range(months):
        month = add_months(first, m)
        for _ in range(rng.randint(per_month - 2, per_month + 3)):
            day = _between(rng, month, min(add_months(month, 1) - dt.timedelta(days=1), today))
            recent = (today - day).days < 30
            valuable = None if recent and rng.random() < 0.6 else _pick(rng, [(True, 70), (False, 30)])
            demo.tip(unit, day, valuable)
    # security models of the commune
    for kind, name, area, since in [
        (MK.FIVE_SELF_MANAGED, "Thôn 5 tự quản về an ninh, trật tự", "Thôn Đông", D(2021, 3, 26)),
        (MK.FIVE_SELF_MANAGED, "Thôn 5 tự quản về an ninh, trật tự", "Thôn Vĩnh Thịnh", D(2022, 3, 26)),
        (MK.BOARDING_HOUSE, "Nhà trọ tự quản, an toàn về ANTT", "Thôn Trung", D(2019, 5, 10)),
        (MK.REINTEGRATION_SUPPORT, "Toàn dân tham gia quản lý, giúp đỡ người chấp hành xong án phạt tù tái hòa nhập cộng đồng",
         "Thôn Đoài", D(2018, 8, 19)),
        (MK.DRUG_FREE_WARD, "Xóa tệ nạn ma túy trên địa bàn", "Thôn Bảo Sơn", D(2020, 6, 26)),
        (MK.SAFE4_SCHOOL, "Mô hình “4 an toàn” Trường THCS Tích Sơn", "Thôn Trung", D(2019, 9, 5)),
        (MK.SAFE4_SCHOOL, "Mô hình “4 an toàn” Trường Tiểu học Tích Sơn", "Thôn Đông", D(2020, 9, 5)),
        (MK.SAFE4_AGENCY, "Mô hình “4 an toàn” tại UBND xã", "Thôn Trung", D(2019, 11, 20)),
        (MK.SAFE4_ENTERPRISE, "Mô hình “4 an toàn” Công ty TNHH May mặc Tân Lập", "Thôn Tân Lập", D(2022, 4, 2)),
        (MK.SAFE4_HOSPITAL, "Mô hình “4 an toàn” Trạm Y tế xã", "Thôn Trung", D(2023, 2, 27)),
        (MK.PARISH_NO_CRIME, "Họ giáo không có tội phạm", "Thôn Yên Lạc", D(2017, 12, 1)),
        (MK.OTHER, "Camera an ninh tại các trục đường liên thôn", "Thôn Hòa Bình", D(2024, 7, 1)),
        (MK.OTHER, "Tổ liên gia tự quản về ANTT", "Thôn Phú Hậu", D(2016, 4, 1)),
    ]:
        demo.model(unit, kind, name, area, min(since, today),
                   "dissolved" if name.startswith("Tổ liên gia") else "active")


def _seed_profile(ws: Workspace, demo: _Demo, n_persons: int) -> None:
    rng, today = demo.rng, demo.today
    h1_from, h1_to = SEED_PERIOD
    units: list[_Unit] = []
    for i, (name, district) in enumerate(SEED_UNITS):
        code = f"{8701 + 3 * i:05d}"
        slug = fold(name.split(" ", 1)[1] if not name.startswith("Thị trấn") else name[9:]).replace(" ", "")
        officers = [f"ca.{slug}.{k}" for k in (1, 2, 3)]
        weight = 1.6 if district.startswith("thành phố") else 1.0
        units.append(_Unit(code, name, district, "tỉnh Vĩnh Phúc", _areas(rng, name, rng.randint(10, 18)),
                           officers, demo.officer_title(), demo.full_name("male"), weight))
    ws.units.load([{"code": u.code, "name": u.name, "level": "commune", "parent_code": "25",
                    "valid_from": D(2019, 1, 1)} for u in units])
    weights = [u.weight for u in units]

    # background population, spread over the communes (every commune gets at least a few)
    n_persons = max(n_persons, SEED_MIN_PERSONS)
    share = [max(8, int(n_persons * w / sum(weights))) for w in weights]
    while sum(share) > n_persons:
        share[share.index(max(share))] -= 1
    while sum(share) < n_persons:
        share[rng.randrange(len(share))] += 1
    for unit, n in zip(units, share):
        demo.population(unit, n, window=(D(2019, 1, 1), today), bias=1.3, avoid_education=SEED_PERIOD)

    # 169 people put under community education in H1 2020 (all finished long ago)
    for _ in range(SEED_FIGURES["cases"]["opened"]["community_education"]):
        unit = rng.choices(units, weights)[0]
        start = _between(rng, h1_from, h1_to)
        spec = _SPECS[C.COMMUNITY_EDUCATION]
        p = demo.person(unit, birth=demo.birth_for(spec.age, start),
                        gender="male" if rng.random() < spec.male else "female")
        demo.case(p, C.COMMUNITY_EDUCATION, start)

    # warning sessions: exactly SEED_ATTENDANCES attendances in H1 2020
    left = SEED_ATTENDANCES
    while left > 0:
        unit = rng.choices(units, weights)[0]
        size = min(rng.randint(12, 40), len(unit.persons), left)
        demo.sessions_for(unit, _between(rng, h1_from, h1_to), size)
        left -= size
    # and background sessions in other periods, about one per commune every two months
    for unit in units:
        day = D(2019, 7, 1) + dt.timedelta(days=rng.randint(0, 40))
        while day <= today:
            if not h1_from <= day <= h1_to:
                demo.sessions_for(unit, day, rng.randint(5, 25))
            day += dt.timedelta(days=rng.randint(40, 80))

    # tips: 1,211 in H1 2020, 848 of them valuable; ~200 a month province-wide otherwise
    received, valuable = SEED_FIGURES["tips"]["received"], SEED_FIGURES["tips"]["valuable"]
    flags = [True] * valuable + [False] * (received - valuable)
    rng.shuffle(flags)
    for flag in flags:
        demo.tip(rng.choices(units, weights)[0], _between(rng, h1_from, h1_to), flag)
    month = D(2019, 7, 1)
    while month <= today:
        if not h1_from <= month <= h1_to:
            for _ in range(rng.randint(170, 230)):
                day = _between(rng, month, min(add_months(month, 1) - dt.timedelta(days=1), today))
                recent = (today - day).days < 30
                demo.tip(rng.choices(units, weights)[0], day,
                         None if recent and rng.random() < 0.6 else rng.random() < 0.7)
        month = add_months(month, 1)

    _seed_models(demo, units)


def _seed_models(demo: _Demo, units: list[_Unit]) -> None:
    """372 areas with movement models by 30/06/2020, 288 of them "4 an toàn" models
    (77 agencies, 48 enterprises, 14 hospitals, 149 schools); later and dissolved models
    around them."""
    rng, today = demo.rng, demo.today
    by_name = {u.name: u for u in units}
    until = SEED_PERIOD[1]

    def since() -> D:
        return _between(rng, D(2012, 1, 1), until)

    # which areas have models by mid-2020: exactly 372 (unit, area) pairs
    target = SEED_FIGURES["models"]["areas"]
    chosen: dict[str, list[str]] = {u.code: [] for u in units}
    pool = [(u, a) for u in units for a in u.areas]
    rng.shuffle(pool)
    per_unit = {u.code: 0 for u in units}
    picked: list[tuple[_Unit, str]] = []
    for u in units:  # every commune has at least five
        for a in u.areas[:5]:
            picked.append((u, a))
            per_unit[u.code] += 1
    taken = {(u.code, a) for u, a in picked}
    for u, a in pool:
        if len(picked) >= target:
            break
        if (u.code, a) not in taken:
            picked.append((u, a))
            taken.add((u.code, a))
    assert len(picked) == target, "not enough areas for the seed's models"
    for u, a in picked:
        chosen[u.code].append(a)
    covered: set[tuple[str, str]] = set()

    def add(unit: _Unit, kind: MK, name: str, area: str | None = None, when: D | None = None) -> None:
        area = area or rng.choice(chosen[unit.code])
        covered.add((unit.code, area))
        demo.model(unit, kind, name, area, when or since())

    # the article's own models
    for uname in ("Phường Khai Quang", "Xã Bá Hiến", "Phường Phúc Thắng"):
        u = by_name[uname]
        add(u, MK.BOARDING_HOUSE, "Nhà trọ tự quản, an toàn về ANTT", chosen[u.code][0])
    u = by_name["Phường Tích Sơn"]
    add(u, MK.REINTEGRATION_SUPPORT, "Toàn dân tham gia quản lý, giúp đỡ người chấp hành xong án phạt tù "
        "tái hòa nhập cộng đồng", chosen[u.code][0])
    u = by_name["Xã Đồng Quế"]
    add(u, MK.PARISH_NO_CRIME, "Họ giáo không có tội phạm", chosen[u.code][0])
    u = by_name["Phường Hội Hợp"]
    add(u, MK.DRUG_FREE_WARD, "Xóa tệ nạn ma túy trên địa bàn phường", chosen[u.code][0])

    # "4 an toàn": 149 schools, 77 agencies, 48 enterprises, 14 hospitals
    schools = [(u, f"Trường {lvl} {u.short}") for u in units for lvl in ("Mầm non", "Tiểu học", "THCS")]
    high = ["THPT Trần Phú", "THPT Chuyên Vĩnh Phúc", "THPT Liễn Sơn", "THPT Bến Tre", "THPT Xuân Hòa",
            "THPT Quang Hà", "THPT Nguyễn Thái Học", "THPT Bình Xuyên", "THPT Sông Lô", "THPT Tam Dương",
            "THPT Tam Đảo", "THPT Lê Xoay", "THPT Yên Lạc", "THPT Vĩnh Yên", "THPT Phúc Yên"]
    schools += [(rng.choice(units), f"Trường {h}") for h in high]
    schools = schools[:SEED_FIGURES["models"]["by_kind"]["safe4_school"]]
    agencies = [(u, f"UBND {u.kind} {u.short}") for u in units]
    extra_agency = ["Kho bạc Nhà nước", "Chi cục Thuế", "Bưu điện", "Trung tâm Văn hóa - Thể thao",
                    "Ngân hàng Nông nghiệp và Phát triển nông thôn - Phòng giao dịch", "Điện lực",
                    "Hạt Kiểm lâm", "Trung tâm Giáo dục nghề nghiệp"]
    while len(agencies) < SEED_FIGURES["models"]["by_kind"]["safe4_agency"]:
        u = rng.choice(units)
        name = f"{rng.choice(extra_agency)} {u.short}"
        if all(name != n for _, n in agencies):
            agencies.append((u, name))
    industrial = [u for u in units if u.name in _INDUSTRIAL]
    enterprises: list[tuple[_Unit, str]] = []
    firm_a = ["May mặc", "Điện tử", "Cơ khí", "Gạch ngói", "Bao bì", "Linh kiện ô tô", "Thực phẩm", "Vật liệu xây dựng"]
    firm_b = ["Hải Đăng", "Minh Phát", "Tân Tiến", "Phúc Hưng", "Việt Thành", "Thành Long", "Hoàng Gia", "An Khánh"]
    while len(enterprises) < SEED_FIGURES["models"]["by_kind"]["safe4_enterprise"]:
        u = rng.choice(industrial)
        name = f"Công ty {rng.choice(['TNHH', 'Cổ phần'])} {rng.choice(firm_a)} {rng.choice(firm_b)}"
        if all(name != n for _, n in enterprises):
            enterprises.append((u, name))
    hospitals = [(by_name["Phường Liên Bảo"], "Bệnh viện Đa khoa tỉnh Vĩnh Phúc"),
                 (by_name["Phường Khai Quang"], "Bệnh viện Sản - Nhi tỉnh Vĩnh Phúc"),
                 (by_name["Phường Hùng Vương"], "Bệnh viện Đa khoa khu vực Phúc Yên"),
                 (by_name["Phường Đống Đa"], "Bệnh viện Y dược cổ truyền tỉnh"),
                 (by_name["Phường Ngô Quyền"], "Bệnh viện Tâm thần tỉnh"),
                 (by_name["Phường Đồng Tâm"], "Bệnh viện Phục hồi chức năng tỉnh")]
    for uname in ("Thị trấn Hương Canh", "Thị trấn Tam Sơn", "Thị trấn Hợp Hòa", "Thị trấn Tam Đảo",
                  "Thị trấn Lập Thạch", "Thị trấn Vĩnh Tường", "Thị trấn Yên Lạc", "Xã Định Trung"):
        u = by_name[uname]
        hospitals.append((u, f"Trung tâm Y tế {u.district}" if u.district.startswith("huyện")
                          else "Bệnh viện Lao và bệnh phổi tỉnh"))
    hospitals = hospitals[:SEED_FIGURES["models"]["by_kind"]["safe4_hospital"]]
    for kind, places in ((MK.SAFE4_SCHOOL, schools), (MK.SAFE4_AGENCY, agencies),
                         (MK.SAFE4_ENTERPRISE, enterprises), (MK.SAFE4_HOSPITAL, hospitals)):
        for u, place in places:
            add(u, kind, f"Mô hình “4 an toàn” {place}")

    # every other chosen area gets a movement model; a quarter of the covered ones one more
    movement = [(MK.FIVE_SELF_MANAGED, 35), (MK.BOARDING_HOUSE, 15), (MK.OTHER, 25), (MK.DRUG_FREE_WARD, 10),
                (MK.REINTEGRATION_SUPPORT, 10), (MK.PARISH_NO_CRIME, 5)]
    names = {MK.FIVE_SELF_MANAGED: "{area} 5 tự quản về an ninh, trật tự",
             MK.BOARDING_HOUSE: "Nhà trọ tự quản, an toàn về ANTT {area}",
             MK.OTHER: "Tổ tự quản về an ninh, trật tự {area}",
             MK.DRUG_FREE_WARD: "{area} không có tệ nạn ma túy",
             MK.REINTEGRATION_SUPPORT: "Giúp đỡ người lầm lỗi tái hòa nhập cộng đồng {area}",
             MK.PARISH_NO_CRIME: "Họ giáo không có tội phạm {area}"}
    for u, a in picked:
        if (u.code, a) not in covered or rng.random() < 0.25:
            kind = _pick(rng, movement)
            if kind == MK.PARISH_NO_CRIME and u.name not in _CATHOLIC:
                kind = MK.FIVE_SELF_MANAGED
            if kind == MK.BOARDING_HOUSE and u.name not in _INDUSTRIAL:
                kind = MK.OTHER
            add(u, kind, names[kind].format(area=a.lower() if kind != MK.FIVE_SELF_MANAGED else a), a)

    # after mid-2020: new models (some in new areas), some since dissolved or suspended
    later_from = until + dt.timedelta(days=1)
    for _ in range(80):
        u = rng.choice(units)
        a = rng.choice(u.areas)
        kind = _pick(rng, movement + [(MK.SAFE4_SCHOOL, 8), (MK.SAFE4_AGENCY, 5), (MK.SAFE4_ENTERPRISE, 5)])
        if kind in (MK.SAFE4_SCHOOL, MK.SAFE4_AGENCY, MK.SAFE4_ENTERPRISE):
            name = f"Mô hình “4 an toàn” {rng.choice(['Trường THCS', 'Trường Tiểu học', 'UBND', 'Công ty TNHH'])} {u.short} {rng.randint(2, 9)}"
        else:
            name = names[kind].format(area=a.lower() if kind != MK.FIVE_SELF_MANAGED else a)
        status = _pick(rng, [("active", 80), ("dissolved", 12), ("suspended", 8)])
        demo.model(u, kind, name, a, _between(rng, later_from, today), status)


# --- entry point ------------------------------------------------------------------------------------

def create_demo(data_dir: Path | str, *, username: str, password: str, profile: str = "commune",
                persons: int | None = None, seed: int = 2020, progress: Progress | None = None,
                today: D | None = None, chunk: int = CHUNK) -> Workspace:
    """A NEW register in `data_dir` filled with demo data, signed in as `username` (a chief for
    the commune profile, a province admin for the seed profile). Raises StoreError
    ("register_exists") when a register is already there, ValidationFailed for a bad account.

    `persons` scales the number of persons (default COMMUNE_DEFAULT_PERSONS or
    SEED_DEFAULT_PERSONS; the seed profile uses at least SEED_MIN_PERSONS); on average each has
    about ten contacts. `progress(stage, done, total)` is called after every chunk written.
    `today` moves "now" for the generated dates (default: the system date)."""
    if profile not in PROFILES:
        raise ValueError(f"unknown demo profile {profile!r}; expected one of {PROFILES}")
    data_dir = Path(data_dir)
    today = today or dt.date.today()
    rng = random.Random(seed)
    if profile == "commune":
        ws = Workspace.create(data_dir, unit_code="09001", unit_name="Xã Tích Sơn", admin=username,
                              password=password, full_name="Lê Văn Hùng", parent_code="25")
    else:
        ws = Workspace.create(data_dir, unit_code="25", unit_name="Công an tỉnh Phú Thọ", admin=username,
                              password=password, full_name="Nguyễn Minh Quân")
    try:
        demo = _Demo(ws, rng, today, progress, chunk)
        if profile == "commune":
            officers = [username]
            for uname, full in (("canbo.an", "Nguyễn Văn An"), ("canbo.binh", "Trần Thị Bình"),
                                ("canbo.duc", "Phạm Minh Đức")):
                if uname != username:
                    ws.users.add({"username": uname, "full_name": full, "role": "officer"}, password)
                    officers += [uname, uname]  # officers carry most cases
            _commune_profile(ws, demo, COMMUNE_DEFAULT_PERSONS if persons is None else persons, officers)
        else:
            _seed_profile(ws, demo, SEED_DEFAULT_PERSONS if persons is None else persons)
        demo.flush()
        with ws.db.write() as tx:
            tx.audit("demo_created", "register", ws.register_id, None,
                     {"profile": profile, "seed": seed, "persons": len(demo.persons)})
    except BaseException:
        ws.close()
        for p in list(data_dir.glob(DB_NAME + "*")) + [data_dir / SLOTS_NAME]:
            p.unlink(missing_ok=True)
        raise
    return ws


def person_inputs(n: int, *, seed: int = 2020, today: D | None = None) -> list[dict[str, Any]]:
    """`n` realistic persons as `ws.persons.add` accepts them (names, partial birth dates,
    matching unique CCCDs, addresses in Xã Tích Sơn), deterministic for `seed`. For benchmarks
    and tests that write persons one by one."""
    rng = random.Random(seed)
    demo = _Demo(None, rng, today or dt.date.today(), None)  # type: ignore[arg-type]
    unit = _Unit("09001", "Xã Tích Sơn", "", "tỉnh Phú Thọ", ["Thôn Đông", "Thôn Đoài", "Thôn Trung"],
                 [], "", "")
    out = []
    for _ in range(n):
        spec = _SPECS[_pick(rng, _CATEGORY_WEIGHTS)]
        gender = "male" if rng.random() < spec.male else "female"
        out.append(demo.person_input(unit, birth=demo.birth_for(spec.age, demo.today), gender=gender)[0])
    return out
