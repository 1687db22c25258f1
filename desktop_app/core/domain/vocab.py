"""The closed vocabularies of the register: case categories, statuses, kinds of contact, event,
tip channel, security model, roles. Keys are stable English identifiers stored in the database
and sent over sync; the Vietnamese labels are the legal terms (DOMAIN §1–2) and serve import
matching and documents. They are worded once, in the catalogue (groups "category", "status",
"contact_kind", "event", "sentence", "tip_channel", "model_kind", "role"); the tables here are
its Vietnamese views."""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar, cast

from desktop_app.vocabulary import table

_E = TypeVar("_E", bound=StrEnum)


def _labels(kind: type[_E], group: str) -> dict[_E, str]:
    """The Vietnamese labels of an enumeration, from its group of the one catalogue
    (desktop_app/vocabulary/vi.po), in the enumeration's order."""
    words = table(group)
    return {k: words[k.value] for k in kind if k.value in words}


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


CATEGORY_LABEL_VI: dict[CaseCategory, str] = _labels(CaseCategory, "category")

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

STATUS_LABEL_VI: dict[CaseStatus, str] = _labels(CaseStatus, "status")

# The words of the law for a status in a category (issue 14 §9); STATUS_LABEL_VI otherwise.
STATUS_BY_CATEGORY_LABEL_VI: dict[tuple[CaseCategory, CaseStatus], str] = {
    (CaseCategory(c), CaseStatus(st)): label
    for c, _, st, label in (k.partition(".") + (v,) for k, v in table("status").items() if "." in k)
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


CONTACT_LABEL_VI = _labels(ContactKind, "contact_kind")


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

EVENT_LABEL_VI = _labels(EventKind, "event")


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


SENTENCE_LABEL_VI = _labels(SentenceKind, "sentence")


class TipChannel(StrEnum):
    IN_PERSON = "in_person"
    PHONE = "phone"
    LETTER = "letter"
    HOTLINE = "hotline"
    MAILBOX = "mailbox"
    ONLINE = "online"
    OTHER = "other"


TIP_CHANNEL_LABEL_VI = _labels(TipChannel, "tip_channel")


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

MODEL_KIND_LABEL_VI = _labels(ModelKind, "model_kind")


class ModelStatus(StrEnum):
    ACTIVE = "active"
    SUSPENDED = "suspended"
    DISSOLVED = "dissolved"


class Role(StrEnum):
    OFFICER = "officer"
    CHIEF = "chief"
    PROVINCE_ADMIN = "province_admin"


ROLE_LABEL_VI = _labels(Role, "role")


class UnitLevel(StrEnum):
    PROVINCE = "province"
    COMMUNE = "commune"
