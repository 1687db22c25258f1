"""The demo's data (desktop_app/demo): the made-up names, places and texts the generator draws
from, loaded from the package resource data/fixtures.json, and the constants and small types the
generator and the profiles share. Nothing here is in the core: the demo is its own package."""

from __future__ import annotations

import datetime as dt
import json
import random
from dataclasses import dataclass, field
from importlib import resources
from typing import Any, Callable

from desktop_app.core.domain.vocab import CaseCategory as C
from desktop_app.core.domain.vocab import ContactKind as K

# The fixture tables (names, villages, occupations, contact texts, …): a JSON resource of this
# package (pyproject package-data; build_installer.spec datas).
_DATA = json.loads(resources.files("desktop_app.demo").joinpath("data/fixtures.json").read_text(encoding="utf-8"))


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

_FAMILY = [tuple(x) for x in _DATA["family"]]
_MIDDLE_M = [tuple(x) for x in _DATA["middle_m"]]
_MIDDLE_F = [tuple(x) for x in _DATA["middle_f"]]
_GIVEN_M = list(_DATA["given_m"])
_GIVEN_F = list(_DATA["given_f"])
_ALIASES = list(_DATA["aliases"])
_OCCUPATIONS = [tuple(x) for x in _DATA["occupations"]]
_ETHNICITY = [tuple(x) for x in _DATA["ethnicity"]]
_RELIGION = [tuple(x) for x in _DATA["religion"]]
# Birth-registration province codes (CCCD digits 1–3, old statistics codes): mostly Vĩnh Phúc.
_BIRTH_PROVINCE = [tuple(x) for x in _DATA["birth_province"]]
_ELSEWHERE = list(_DATA["elsewhere"])
_VILLAGE_A = list(_DATA["village_a"])
_VILLAGE_B = list(_DATA["village_b"])

# (name, district in 2020) — the seed article's units first, then more of the same area.
SEED_UNITS: tuple[tuple[str, str], ...] = tuple(tuple(x) for x in _DATA["seed_units"])
_INDUSTRIAL = set(_DATA["industrial"])
_CATHOLIC = set(_DATA["catholic"])

_PRISONS = [tuple(x) for x in _DATA["prisons"]]

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

_CONTACT_TEXT = {K(k): v for k, v in _DATA["contact_text"].items()}
_CONTACT_BAD = list(_DATA["contact_bad"])
_WORK = list(_DATA["work"])
_HELPER_COMMENT = _DATA["helper_comment"]
_POLICE_ASSESS = _DATA["police_assess"]
_VIOLATIONS = [tuple(x) for x in _DATA["violations"]]
_ABSENCE_REASONS = [tuple(x) for x in _DATA["absence_reasons"]]
_TIP_TEXT = [tuple(x) for x in _DATA["tip_text"]]
_TIP_VALUELESS = list(_DATA["tip_valueless"])
_SESSION_TOPICS = list(_DATA["session_topics"])
_RANKS = list(_DATA["ranks"])
_ORGS = list(_DATA["orgs"])


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
