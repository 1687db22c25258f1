"""The closed vocabularies of the register: case categories, statuses, kinds of contact, event,
tip channel, security model, roles. Keys are stable English identifiers stored in the database
and sent over sync; the Vietnamese labels are the legal terms (DOMAIN §1–2) and serve import
matching and documents. The UI translates keys itself."""

from __future__ import annotations

from enum import StrEnum
from typing import cast


class CaseCategory(StrEnum):
    COMMUNITY_EDUCATION = "community_education"
    FAMILY_MANAGEMENT = "family_management"
    REINTEGRATION = "reintegration"
    SUSPENDED_SENTENCE = "suspended_sentence"
    NON_CUSTODIAL_REFORM = "non_custodial_reform"
    CONDITIONAL_RELEASE = "conditional_release"
    DRUG_MANAGEMENT = "drug_management"
    COMMUNITY_WATCH = "community_watch"
    # Supplementary penalties supervised at the commune (Criminal Code Art. 42, 43).
    PROBATION_SURVEILLANCE = "probation_surveillance"
    RESIDENCE_BAN = "residence_ban"
    # Management after drug rehabilitation (Law on Drug Prevention 2000/2008; 2021 Art. 37).
    AFTER_REHAB_MANAGEMENT = "after_rehab_management"


CATEGORY_LABEL_VI: dict[CaseCategory, str] = {
    CaseCategory.COMMUNITY_EDUCATION: "Giáo dục tại xã, phường, thị trấn",
    CaseCategory.FAMILY_MANAGEMENT: "Quản lý tại gia đình",
    CaseCategory.REINTEGRATION: "Tái hòa nhập cộng đồng",
    CaseCategory.SUSPENDED_SENTENCE: "Án treo",
    CaseCategory.NON_CUSTODIAL_REFORM: "Cải tạo không giam giữ",
    CaseCategory.CONDITIONAL_RELEASE: "Tha tù trước thời hạn có điều kiện",
    CaseCategory.DRUG_MANAGEMENT: "Quản lý người sử dụng trái phép chất ma túy",
    CaseCategory.COMMUNITY_WATCH: "Đối tượng lầm lỗi",
    CaseCategory.PROBATION_SURVEILLANCE: "Quản chế",
    CaseCategory.RESIDENCE_BAN: "Cấm cư trú",
    CaseCategory.AFTER_REHAB_MANAGEMENT: "Quản lý sau cai nghiện ma túy",
}

# Categories executed under the Law on Execution of Criminal Judgments: the same supervision
# file, monthly assessment in the first days of the month, temporary-absence declarations.
JUDGMENT_CATEGORIES = frozenset(
    {
        CaseCategory.SUSPENDED_SENTENCE,
        CaseCategory.NON_CUSTODIAL_REFORM,
        CaseCategory.CONDITIONAL_RELEASE,
    }
)
# Administrative measures whose term is fixed by the decision (DOMAIN §1).
MEASURE_CATEGORIES = frozenset(
    {CaseCategory.COMMUNITY_EDUCATION, CaseCategory.FAMILY_MANAGEMENT}
)
# Sentences the court fixes: only a court decision shortens, exempts or revokes them.
COURT_CATEGORIES = JUDGMENT_CATEGORIES | {
    CaseCategory.PROBATION_SURVEILLANCE, CaseCategory.RESIDENCE_BAN}
# Free citizens (DOMAIN §1–2): no absence limit, at most a temporary-absence declaration.
FREE_CITIZEN_CATEGORIES = frozenset(
    {
        CaseCategory.REINTEGRATION,
        CaseCategory.COMMUNITY_WATCH,
        CaseCategory.DRUG_MANAGEMENT,
        CaseCategory.AFTER_REHAB_MANAGEMENT,
        CaseCategory.RESIDENCE_BAN,
    }
)
# Categories the law gives no term (review dates / record clearing instead).
NO_TERM_CATEGORIES = frozenset({CaseCategory.REINTEGRATION, CaseCategory.COMMUNITY_WATCH})


class CaseStatus(StrEnum):
    PROPOSED = "proposed"
    ACTIVE = "active"
    SUSPENDED = "suspended"
    COMPLETED = "completed"
    TERMINATED_EARLY = "terminated_early"
    REVOKED = "revoked"
    TRANSFERRED = "transferred"
    DECEASED = "deceased"


OPEN_STATUSES = frozenset({CaseStatus.PROPOSED, CaseStatus.ACTIVE, CaseStatus.SUSPENDED})
CLOSED_STATUSES = frozenset(set(CaseStatus) - OPEN_STATUSES)

STATUS_LABEL_VI: dict[CaseStatus, str] = {
    CaseStatus.PROPOSED: "Đề nghị",
    CaseStatus.ACTIVE: "Đang quản lý",
    CaseStatus.SUSPENDED: "Tạm đình chỉ",
    CaseStatus.COMPLETED: "Đã chấp hành xong",
    CaseStatus.TERMINATED_EARLY: "Chấm dứt trước thời hạn",
    CaseStatus.REVOKED: "Hủy bỏ",
    CaseStatus.TRANSFERRED: "Đã chuyển đi",
    CaseStatus.DECEASED: "Đã chết",
}

# The words of the law for a status in a category (issue 14 §9); STATUS_LABEL_VI otherwise.
STATUS_BY_CATEGORY_LABEL_VI: dict[tuple[CaseCategory, CaseStatus], str] = {
    (CaseCategory.REINTEGRATION, CaseStatus.COMPLETED): "Đã được xóa án tích",
    (CaseCategory.COMMUNITY_WATCH, CaseStatus.COMPLETED): "Đưa ra khỏi diện quản lý",
    (CaseCategory.COMMUNITY_WATCH, CaseStatus.TERMINATED_EARLY): "Đưa ra khỏi diện quản lý",
    (CaseCategory.SUSPENDED_SENTENCE, CaseStatus.COMPLETED): "Đã chấp hành xong thời gian thử thách",
    (CaseCategory.SUSPENDED_SENTENCE, CaseStatus.REVOKED): "Bị buộc chấp hành án phạt tù",
    (CaseCategory.CONDITIONAL_RELEASE, CaseStatus.COMPLETED): "Đã chấp hành xong thời gian thử thách",
    (CaseCategory.CONDITIONAL_RELEASE, CaseStatus.REVOKED): "Bị buộc chấp hành phần hình phạt tù còn lại",
    (CaseCategory.NON_CUSTODIAL_REFORM, CaseStatus.COMPLETED): "Đã chấp hành xong án phạt",
    (CaseCategory.COMMUNITY_EDUCATION, CaseStatus.COMPLETED): "Đã chấp hành xong quyết định",
    (CaseCategory.COMMUNITY_EDUCATION, CaseStatus.TERMINATED_EARLY): "Chấm dứt trước thời hạn",
    (CaseCategory.COMMUNITY_EDUCATION, CaseStatus.REVOKED): "Hủy quyết định",
    (CaseCategory.FAMILY_MANAGEMENT, CaseStatus.COMPLETED): "Đã chấp hành xong quyết định",
    (CaseCategory.DRUG_MANAGEMENT, CaseStatus.COMPLETED): "Hết thời hạn quản lý",
    (CaseCategory.AFTER_REHAB_MANAGEMENT, CaseStatus.COMPLETED): "Hết thời hạn quản lý",
    (CaseCategory.PROBATION_SURVEILLANCE, CaseStatus.COMPLETED): "Đã chấp hành xong hình phạt quản chế",
    (CaseCategory.RESIDENCE_BAN, CaseStatus.COMPLETED): "Đã chấp hành xong hình phạt cấm cư trú",
}


def status_label_vi(category: str | None, status: str) -> str:
    """A case's status in the words of the law for its category."""
    try:
        key = (CaseCategory(category or ""), CaseStatus(status))  # no category: ValueError too
    except ValueError:
        # a StrEnum key is found by its string
        return cast(dict[str, str], STATUS_LABEL_VI).get(status, status)
    return STATUS_BY_CATEGORY_LABEL_VI.get(key) or STATUS_LABEL_VI[key[1]]


class Gender(StrEnum):
    MALE = "male"
    FEMALE = "female"
    OTHER = "other"


class ContactKind(StrEnum):
    HOME_VISIT = "home_visit"
    STATION_CHECKIN = "station_checkin"
    PHONE_CALL = "phone_call"
    SELF_REPORT = "self_report"
    DRUG_TEST = "drug_test"
    SUMMONS = "summons"


CONTACT_LABEL_VI = {
    ContactKind.HOME_VISIT: "Thăm gặp tại nhà",
    ContactKind.STATION_CHECKIN: "Trình diện tại trụ sở",
    ContactKind.PHONE_CALL: "Gọi điện",
    ContactKind.SELF_REPORT: "Nhận bản tự nhận xét",
    ContactKind.DRUG_TEST: "Xét nghiệm ma túy",
    ContactKind.SUMMONS: "Triệu tập làm việc",
}


class PeriodKind(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"
    HALF = "half"
    YEAR = "year"


class Classification(StrEnum):
    """Reintegration classes (Circular 10/2024): A stable, B law-abiding with hardship,
    C non-compliant/at risk, D detained. Also used for other assessments: good/fair/poor map to
    A/B/C."""

    A = "A"
    B = "B"
    C = "C"
    D = "D"


class EventKind(StrEnum):
    EXTENSION = "extension"
    REDUCTION = "reduction"
    EXEMPTION = "exemption"
    TRANSFER_OUT = "transfer_out"
    TRANSFER_IN = "transfer_in"
    NEW_CONVICTION = "new_conviction"
    # The commune's proposal to the court after two or more breaches (Criminal Code Art. 65(5),
    # 66(5)) and the court's decision on it.
    REVOCATION_REQUEST = "revocation_request"
    REVOCATION = "revocation"
    # Obligations beside the main penalty done (supplementary penalty, civil obligation).
    OBLIGATIONS_DONE = "obligations_done"


# Court decisions on a court sentence (issue 14 §8): recorded as events, never as early
# termination.
COURT_DECISION_EVENTS = frozenset({EventKind.REDUCTION, EventKind.EXEMPTION, EventKind.REVOCATION})

EVENT_LABEL_VI = {
    EventKind.EXTENSION: "Gia hạn",
    EventKind.REDUCTION: "Rút ngắn thời hạn (quyết định của Tòa án)",
    EventKind.EXEMPTION: "Miễn chấp hành (quyết định của Tòa án)",
    EventKind.TRANSFER_OUT: "Chuyển đi",
    EventKind.TRANSFER_IN: "Chuyển đến",
    EventKind.NEW_CONVICTION: "Bị kết án mới",
    EventKind.REVOCATION_REQUEST: "Đề nghị Tòa án buộc chấp hành án phạt tù",
    EventKind.REVOCATION: "Tòa án buộc chấp hành án phạt tù",
    EventKind.OBLIGATIONS_DONE: "Đã chấp hành xong hình phạt bổ sung, nghĩa vụ dân sự",
}


class SentenceKind(StrEnum):
    """What the main penalty was, for record clearing (Criminal Code Art. 70)."""

    WARNING = "warning"
    FINE = "fine"
    NON_CUSTODIAL = "non_custodial"
    SUSPENDED = "suspended"
    PRISON_UP_TO_5Y = "prison_up_to_5y"
    PRISON_5_TO_15Y = "prison_5_to_15y"
    PRISON_OVER_15Y = "prison_over_15y"
    LIFE_OR_DEATH_COMMUTED = "life_or_death_commuted"


SENTENCE_LABEL_VI = {
    SentenceKind.WARNING: "Cảnh cáo",
    SentenceKind.FINE: "Phạt tiền",
    SentenceKind.NON_CUSTODIAL: "Cải tạo không giam giữ",
    SentenceKind.SUSPENDED: "Tù cho hưởng án treo",
    SentenceKind.PRISON_UP_TO_5Y: "Tù đến 5 năm",
    SentenceKind.PRISON_5_TO_15Y: "Tù từ trên 5 năm đến 15 năm",
    SentenceKind.PRISON_OVER_15Y: "Tù trên 15 năm",
    SentenceKind.LIFE_OR_DEATH_COMMUTED: "Tù chung thân hoặc tử hình được giảm án",
}


class TipChannel(StrEnum):
    IN_PERSON = "in_person"
    PHONE = "phone"
    LETTER = "letter"
    HOTLINE = "hotline"
    MAILBOX = "mailbox"
    ONLINE = "online"
    OTHER = "other"


TIP_CHANNEL_LABEL_VI = {
    TipChannel.IN_PERSON: "Trực tiếp",
    TipChannel.PHONE: "Điện thoại",
    TipChannel.LETTER: "Đơn thư",
    TipChannel.HOTLINE: "Đường dây nóng",
    TipChannel.MAILBOX: "Hòm thư tố giác",
    TipChannel.ONLINE: "Mạng xã hội / trực tuyến",
    TipChannel.OTHER: "Khác",
}


class ModelKind(StrEnum):
    BOARDING_HOUSE = "boarding_house"
    SAFE4_AGENCY = "safe4_agency"
    SAFE4_ENTERPRISE = "safe4_enterprise"
    SAFE4_HOSPITAL = "safe4_hospital"
    SAFE4_SCHOOL = "safe4_school"
    PARISH_NO_CRIME = "parish_no_crime"
    DRUG_FREE_WARD = "drug_free_ward"
    REINTEGRATION_SUPPORT = "reintegration_support"
    FIVE_SELF_MANAGED = "five_self_managed"
    OTHER = "other"


SAFE4_KINDS = frozenset(
    {
        ModelKind.SAFE4_AGENCY,
        ModelKind.SAFE4_ENTERPRISE,
        ModelKind.SAFE4_HOSPITAL,
        ModelKind.SAFE4_SCHOOL,
    }
)

MODEL_KIND_LABEL_VI = {
    ModelKind.BOARDING_HOUSE: "Nhà trọ tự quản",
    ModelKind.SAFE4_AGENCY: "4 an toàn - cơ quan",
    ModelKind.SAFE4_ENTERPRISE: "4 an toàn - doanh nghiệp",
    ModelKind.SAFE4_HOSPITAL: "4 an toàn - bệnh viện",
    ModelKind.SAFE4_SCHOOL: "4 an toàn - nhà trường",
    ModelKind.PARISH_NO_CRIME: "Họ giáo không có tội phạm",
    ModelKind.DRUG_FREE_WARD: "Xã, phường không có ma túy",
    ModelKind.REINTEGRATION_SUPPORT: "Hỗ trợ tái hòa nhập cộng đồng",
    ModelKind.FIVE_SELF_MANAGED: "5 tự quản",
    ModelKind.OTHER: "Khác",
}


class ModelStatus(StrEnum):
    ACTIVE = "active"
    SUSPENDED = "suspended"
    DISSOLVED = "dissolved"


class Role(StrEnum):
    OFFICER = "officer"
    CHIEF = "chief"
    PROVINCE_ADMIN = "province_admin"


ROLE_LABEL_VI = {
    Role.OFFICER: "Cán bộ",
    Role.CHIEF: "Trưởng Công an xã",
    Role.PROVINCE_ADMIN: "Quản trị tỉnh",
}


class UnitLevel(StrEnum):
    PROVINCE = "province"
    COMMUNE = "commune"
