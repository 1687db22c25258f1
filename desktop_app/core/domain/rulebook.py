"""The rule table (DOMAIN §0–1): the rows with their effective dates, the rows shipped with the
app (`SEED_RULES`, from DOMAIN.md) and the `RuleBook` that looks up the value in force on a date.
The computations and checks that use them are in rules.py (which re-exports all of this).

Pure: plain values in, plain values out; no database.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Iterable

from desktop_app.core.domain.vocab import CaseCategory, SentenceKind

C = CaseCategory
FAR_PAST = dt.date(1900, 1, 1)


@dataclass(frozen=True)
class RuleRow:
    key: str
    value: Any
    category: str | None = None  # None: applies to every category
    valid_from: dt.date = FAR_PAST
    valid_to: dt.date | None = None  # exclusive; None: still in force
    basis: str = "M"  # "V" confirmed in a published source, "M" to be confirmed
    note: str = ""


# Seed rows: DOMAIN.md §1–2. Values are JSON-friendly. `note` names the legal basis; it is
# what a message about the rule quotes.
LAW_2021 = dt.date(2022, 1, 1)  # Law on Drug Prevention and Control 73/2021/QH14 in force

_CE, _FM = C.COMMUNITY_EDUCATION, C.FAMILY_MANAGEMENT
SEED_RULES: tuple[RuleRow, ...] = (
    # How a category's term is counted: "none" (the law sets no term: review dates or record
    # clearing instead), "months", or "months_days" (days where the law counts days).
    RuleRow("term_unit", "none", C.REINTEGRATION, basis="V",
            note="Nghị định 49/2020/NĐ-CP: quản lý đến khi được xóa án tích"),
    RuleRow("term_unit", "none", C.COMMUNITY_WATCH, basis="V",
            note="Không có thời hạn luật định: rà soát định kỳ"),
    RuleRow("term_unit", "months_days", C.CONDITIONAL_RELEASE, basis="V",
            note="Bộ luật Hình sự Điều 66(3): thời gian thử thách bằng thời gian còn lại của hình phạt tù"),
    RuleRow("term_unit", "months_days", C.NON_CUSTODIAL_REFORM, basis="V",
            note="Bộ luật Hình sự Điều 36: trừ thời gian tạm giữ, tạm giam (1 ngày = 3 ngày)"),
    RuleRow("term_unit", "months"),
    # Term ranges in months (min, max), in force at the decision.
    RuleRow("term_months", [3, 6], _CE, basis="V", note="Luật Xử lý vi phạm hành chính Điều 90"),
    RuleRow("term_months", [3, 6], _FM, note="Luật Xử lý vi phạm hành chính Điều 140"),
    RuleRow("term_months", [12, 60], C.SUSPENDED_SENTENCE, basis="V",
            note="Bộ luật Hình sự Điều 65(1): thời gian thử thách từ 01 năm đến 05 năm"),
    RuleRow("term_months", [6, 36], C.NON_CUSTODIAL_REFORM, basis="V",
            note="Bộ luật Hình sự Điều 36(1): từ 06 tháng đến 03 năm"),
    RuleRow("term_months", [0, 240], C.CONDITIONAL_RELEASE, basis="V",
            note="Bộ luật Hình sự Điều 66(3): thời gian còn lại của hình phạt tù"),
    RuleRow("term_months", [12, 24], C.DRUG_MANAGEMENT, valid_to=LAW_2021, basis="V",
            note="Luật Phòng, chống ma túy 2000 (sửa đổi 2008): quản lý sau cai nghiện 01–02 năm"),
    RuleRow("term_months", [12, 12], C.DRUG_MANAGEMENT, valid_from=LAW_2021, basis="V",
            note="Luật Phòng, chống ma túy 2021 Điều 23: quản lý 01 năm"),
    RuleRow("term_months", [12, 24], C.AFTER_REHAB_MANAGEMENT, valid_to=LAW_2021, basis="V",
            note="Luật Phòng, chống ma túy 2000 (sửa đổi 2008): quản lý sau cai nghiện 01–02 năm"),
    RuleRow("term_months", [12, 12], C.AFTER_REHAB_MANAGEMENT, valid_from=LAW_2021, basis="V",
            note="Luật Phòng, chống ma túy 2021 Điều 37: quản lý sau cai nghiện 01 năm"),
    RuleRow("term_months", [12, 60], C.PROBATION_SURVEILLANCE, basis="V",
            note="Bộ luật Hình sự Điều 43: quản chế từ 01 năm đến 05 năm"),
    RuleRow("term_months", [12, 60], C.RESIDENCE_BAN, basis="V",
            note="Bộ luật Hình sự Điều 42: cấm cư trú từ 01 năm đến 05 năm"),
    # Assessment cadence: period kind and the day of the following period by which it is due.
    RuleRow("assessment", {"period": "month", "due_day": 5}, _CE),
    RuleRow("assessment", {"period": "month", "due_day": 5}, _FM),
    RuleRow("assessment", {"period": "month", "due_day": 5}, C.SUSPENDED_SENTENCE, basis="V"),
    RuleRow("assessment", {"period": "month", "due_day": 5}, C.NON_CUSTODIAL_REFORM, basis="V"),
    RuleRow("assessment", {"period": "month", "due_day": 5}, C.CONDITIONAL_RELEASE, basis="V"),
    RuleRow("assessment", {"period": "quarter", "due_day": 10}, C.REINTEGRATION),
    RuleRow("assessment", {"period": "quarter", "due_day": 10}, C.DRUG_MANAGEMENT),
    RuleRow("assessment", {"period": "quarter", "due_day": 10}, C.AFTER_REHAB_MANAGEMENT),
    RuleRow("assessment", {"period": "month", "due_day": 5}, C.PROBATION_SURVEILLANCE),
    RuleRow("assessment", {"period": "quarter", "due_day": 10}, C.RESIDENCE_BAN),
    RuleRow("assessment", {"period": "half", "due_day": 15}, C.COMMUNITY_WATCH, basis="V"),
    # How often an officer should see the person (home visit, check-in, call), in days.
    RuleRow("visit_interval_days", 30),
    RuleRow("visit_interval_days", 90, C.COMMUNITY_WATCH),
    # Absences per category (DOMAIN §2): "breach" (a violation; the court's probation is fixed),
    # "not_counted" (an unauthorised absence does not count toward the term), "note" (free
    # citizens: a temporary-absence declaration, Residence Law Art. 31), "record" (kept, no
    # effect on the term).
    RuleRow("absence_policy", "breach", C.SUSPENDED_SENTENCE, basis="V", note="Bộ luật Hình sự Điều 65(5)"),
    RuleRow("absence_policy", "breach", C.CONDITIONAL_RELEASE, basis="V", note="Bộ luật Hình sự Điều 66(5)"),
    RuleRow("absence_policy", "not_counted", _CE, basis="V",
            note="Nghị định 120/2021/NĐ-CP: thời gian vắng mặt trái phép không tính vào thời hạn"),
    RuleRow("absence_policy", "note", basis="V", note="Luật Cư trú Điều 31: khai báo tạm vắng"),
    RuleRow("absence_policy", "record", _FM),
    RuleRow("absence_policy", "record", C.NON_CUSTODIAL_REFORM),
    RuleRow("absence_policy", "record", C.PROBATION_SURVEILLANCE),
    # Limits only where the law sets them.
    RuleRow("absence_max_fraction", [1, 3], _CE, basis="V",
            note="Nghị định 120/2021/NĐ-CP: tổng thời gian vắng mặt không quá 1/3 thời hạn"),
    RuleRow("absence_max_days_single", 60, C.SUSPENDED_SENTENCE,
            note="Luật Thi hành án hình sự: mỗi lần vắng mặt không quá 60 ngày"),
    RuleRow("absence_max_days_single", 60, C.NON_CUSTODIAL_REFORM,
            note="Luật Thi hành án hình sự: mỗi lần vắng mặt không quá 60 ngày"),
    RuleRow("absence_max_days_single", 60, C.CONDITIONAL_RELEASE,
            note="Luật Thi hành án hình sự: mỗi lần vắng mặt không quá 60 ngày"),
    # Breaches after which the commune proposes that the court revoke (Art. 65(5), 66(5)).
    RuleRow("breaches_for_revocation", 2, C.SUSPENDED_SENTENCE, basis="V", note="Bộ luật Hình sự Điều 65(5)"),
    RuleRow("breaches_for_revocation", 2, C.CONDITIONAL_RELEASE, basis="V", note="Bộ luật Hình sự Điều 66(5)"),
    # Who may be under which measure: [min age, max age (exclusive) or None].
    RuleRow("age_range", [12, None], _CE, basis="V", note="Luật Xử lý vi phạm hành chính Điều 90"),
    RuleRow("age_range", [12, 18], _FM, basis="V", note="Luật Xử lý vi phạm hành chính Điều 140"),
    # Helper (người được giao giúp đỡ).
    RuleRow("helper_max_persons", 3, basis="V"),
    RuleRow("helper_appoint_working_days", 5, basis="V"),
    RuleRow("residence_verify_working_days", 3, C.REINTEGRATION, basis="V"),
    # Early termination after half the term: the education measure alone (only the court
    # shortens a court sentence).
    RuleRow("early_termination_min_fraction", [1, 2], _CE, note="Luật Xử lý vi phạm hành chính Điều 95"),
    # Record clearing (Criminal Code Art. 70(2)), years after completing the main penalty.
    RuleRow(
        "record_clearing_years",
        {
            SentenceKind.WARNING: 1,
            SentenceKind.FINE: 1,
            SentenceKind.NON_CUSTODIAL: 1,
            SentenceKind.SUSPENDED: 1,
            SentenceKind.PRISON_UP_TO_5Y: 2,
            SentenceKind.PRISON_5_TO_15Y: 3,
            SentenceKind.PRISON_OVER_15Y: 5,
            SentenceKind.LIFE_OR_DEATH_COMMUTED: 5,
        },
        basis="V", note="Bộ luật Hình sự Điều 70(2)",
    ),
    # Clearing by court decision (national-security crimes, Art. 71(2)): the earliest date the
    # court may be asked.
    RuleRow(
        "court_clearing_years",
        {
            SentenceKind.WARNING: 3,
            SentenceKind.FINE: 3,
            SentenceKind.NON_CUSTODIAL: 3,
            SentenceKind.SUSPENDED: 3,
            SentenceKind.PRISON_UP_TO_5Y: 3,
            SentenceKind.PRISON_5_TO_15Y: 5,
            SentenceKind.PRISON_OVER_15Y: 7,
            SentenceKind.LIFE_OR_DEATH_COMMUTED: 7,
        },
        basis="V", note="Bộ luật Hình sự Điều 71(2)",
    ),
    # "Treated as never applied" after an administrative measure.
    RuleRow("never_applied_years", {"adult": 2, "minor": 1}, basis="V",
            note="Luật Xử lý vi phạm hành chính Điều 137"),
    # Community-watch review cadence in months.
    RuleRow("review_months", 6, C.COMMUNITY_WATCH, basis="V"),
    # Due-list horizons.
    RuleRow("due_soon_days", 7),
    RuleRow("case_ending_days", 30),
    RuleRow("clearing_soon_days", 30),
    # Report period cut-off: "6 tháng đầu năm" from 15/12 of the previous year to 14/06.
    RuleRow("report_half_year", {"from": [12, 15], "to": [6, 14]}),
)

# Rule keys issue 14 changed or added: migration 0004 replaces the shipped rows of these keys.
ISSUE14_KEYS = ("term_unit", "term_months", "assessment", "absence_policy", "absence_max_fraction",
                "absence_max_days_single", "breaches_for_revocation", "age_range",
                "early_termination_min_fraction", "record_clearing_years", "court_clearing_years",
                "never_applied_years")


class RuleBook:
    """Looks up a rule value in force on a date, the category-specific row winning over the
    general one."""

    def __init__(self, rows: Iterable[RuleRow]):
        self._rows: dict[str, list[RuleRow]] = {}
        for r in rows:
            self._rows.setdefault(r.key, []).append(r)

    @classmethod
    def default(cls) -> "RuleBook":
        return cls(SEED_RULES)

    def rows(self) -> list[RuleRow]:
        return [r for rs in self._rows.values() for r in rs]

    def get(self, key: str, category: str | None = None, on: dt.date | None = None) -> Any:
        row = self.row(key, category, on)
        return None if row is None else row.value

    def row(self, key: str, category: str | None = None, on: dt.date | None = None) -> RuleRow | None:
        """The row in force on `on` (its value, dates and legal basis note)."""
        on = on or dt.date.today()
        best: RuleRow | None = None
        for r in self._rows.get(key, ()):
            if r.valid_from > on or (r.valid_to is not None and on >= r.valid_to):
                continue
            if r.category is not None and r.category != category:
                continue
            # A category-specific row beats a general one; a later valid_from beats an earlier.
            rank = (r.category is not None, r.valid_from)
            if best is None or rank > (best.category is not None, best.valid_from):
                best = r
        return best
