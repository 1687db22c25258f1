"""The closed vocabularies of the register: case categories, statuses, kinds of contact, event,
tip channel, security model, roles. Keys are stable English identifiers stored in the database
and sent over sync; the Vietnamese labels are the legal terms (DOMAIN §1–2) and serve import
matching and documents. The UI translates keys itself."""

from __future__ import annotations

from enum import StrEnum


class CaseCategory(StrEnum):
    COMMUNITY_EDUCATION = "community_education"
    FAMILY_MANAGEMENT = "family_management"
    REINTEGRATION = "reintegration"
    SUSPENDED_SENTENCE = "suspended_sentence"
    NON_CUSTODIAL_REFORM = "non_custodial_reform"
    CONDITIONAL_RELEASE = "conditional_release"
    DRUG_MANAGEMENT = "drug_management"
    COMMUNITY_WATCH = "community_watch"


CATEGORY_LABEL_VI: dict[CaseCategory, str] = {
    CaseCategory.COMMUNITY_EDUCATION: "Giáo dục tại xã, phường, thị trấn",
    CaseCategory.FAMILY_MANAGEMENT: "Quản lý tại gia đình",
    CaseCategory.REINTEGRATION: "Tái hòa nhập cộng đồng",
    CaseCategory.SUSPENDED_SENTENCE: "Án treo",
    CaseCategory.NON_CUSTODIAL_REFORM: "Cải tạo không giam giữ",
    CaseCategory.CONDITIONAL_RELEASE: "Tha tù trước thời hạn có điều kiện",
    CaseCategory.DRUG_MANAGEMENT: "Quản lý người sử dụng trái phép chất ma túy",
    CaseCategory.COMMUNITY_WATCH: "Đối tượng lầm lỗi",
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


class Gender(StrEnum):
    MALE = "male"
    FEMALE = "female"
    OTHER = "other"


class ContactKind(StrEnum):
    HOME_VISIT = "home_visit"
    STATION_CHECKIN = "station_checkin"
    PHONE_CALL = "phone_call"
    SELF_REPORT = "self_report"


CONTACT_LABEL_VI = {
    ContactKind.HOME_VISIT: "Thăm gặp tại nhà",
    ContactKind.STATION_CHECKIN: "Trình diện tại trụ sở",
    ContactKind.PHONE_CALL: "Gọi điện",
    ContactKind.SELF_REPORT: "Nhận bản tự nhận xét",
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
