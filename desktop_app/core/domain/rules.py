"""Rules with effective dates (DOMAIN §0–1) and the computations that use them.

Rules are data: a table of rows (key, category, value, valid_from, valid_to) seeded from
DOMAIN.md and editable later. Rules marked [M] in DOMAIN are not confirmed against the official
text, so a breach of any rule is reported as a *warning* that the user can override with a
reason, never as a hard block and never silently accepted.

Everything here is pure: it takes plain values and returns plain values, so it can be tested
without a database and reused by the server.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Iterable

from desktop_app.core.domain.dates import add_months, add_working_days, add_years, term_end
from desktop_app.core.domain.vocab import (
    CaseCategory,
    PeriodKind,
    SentenceKind,
)
from desktop_app.core.errors import Problem

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


# Seed rows: DOMAIN.md §1. Values are JSON-friendly.
SEED_RULES: tuple[RuleRow, ...] = (
    # Term ranges in months (min, max); None max = no fixed term.
    RuleRow("term_months", [3, 6], C.COMMUNITY_EDUCATION, note="Decree 120/2021"),
    RuleRow("term_months", [3, 6], C.FAMILY_MANAGEMENT, note="Decree 120/2021"),
    RuleRow("term_months", [12, 60], C.SUSPENDED_SENTENCE, note="probation 1–5 years"),
    RuleRow("term_months", [6, 36], C.NON_CUSTODIAL_REFORM, note="per judgment"),
    RuleRow("term_months", [1, 240], C.CONDITIONAL_RELEASE, note="remaining term"),
    RuleRow("term_months", [12, 12], C.DRUG_MANAGEMENT, basis="V", note="1 year"),
    # Assessment cadence: period kind and the day of the following period by which it is due.
    RuleRow("assessment", {"period": "month", "due_day": 5}, C.COMMUNITY_EDUCATION),
    RuleRow("assessment", {"period": "month", "due_day": 5}, C.FAMILY_MANAGEMENT),
    RuleRow("assessment", {"period": "month", "due_day": 5}, C.SUSPENDED_SENTENCE, basis="V"),
    RuleRow("assessment", {"period": "month", "due_day": 5}, C.NON_CUSTODIAL_REFORM, basis="V"),
    RuleRow("assessment", {"period": "month", "due_day": 5}, C.CONDITIONAL_RELEASE, basis="V"),
    RuleRow("assessment", {"period": "quarter", "due_day": 10}, C.REINTEGRATION),
    RuleRow("assessment", {"period": "quarter", "due_day": 10}, C.DRUG_MANAGEMENT),
    RuleRow("assessment", {"period": "half", "due_day": 15}, C.COMMUNITY_WATCH, basis="V"),
    # How often an officer should see the person (home visit, check-in, call), in days.
    RuleRow("visit_interval_days", 30),
    RuleRow("visit_interval_days", 90, C.COMMUNITY_WATCH),
    # Absences.
    RuleRow("absence_max_fraction", [1, 3], basis="V", note="total absence ≤ 1/3 of the term"),
    RuleRow("absence_max_days_single", 60, note="each absence ≤ 60 days (judgment cases)"),
    # Helper (người được giao giúp đỡ).
    RuleRow("helper_max_persons", 3, basis="V"),
    RuleRow("helper_appoint_working_days", 5, basis="V"),
    RuleRow("residence_verify_working_days", 3, C.REINTEGRATION, basis="V"),
    RuleRow("early_termination_min_fraction", [1, 2], note="after half the term"),
    # Record clearing (Criminal Code Art. 70), years after completing the main penalty.
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
        basis="V",
    ),
    # "Treated as never applied" after an administrative measure.
    RuleRow("never_applied_years", {"adult": 2, "minor": 1}, basis="V"),
    # Community-watch review cadence in months.
    RuleRow("review_months", 6, C.COMMUNITY_WATCH, basis="V"),
    # Due-list horizons.
    RuleRow("due_soon_days", 7),
    RuleRow("case_ending_days", 30),
    RuleRow("clearing_soon_days", 30),
    # Report period cut-off: "6 tháng đầu năm" from 15/12 of the previous year to 14/06.
    RuleRow("report_half_year", {"from": [12, 15], "to": [6, 14]}),
)


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
        return None if best is None else best.value


# ---------------------------------------------------------------------------------------------
# Computations


def case_end(
    start: dt.date,
    term_months: int | None,
    *,
    term_days: int = 0,
    extension_months: int = 0,
    reduction_months: int = 0,
    extension_days: int = 0,
    reduction_days: int = 0,
    unauthorised_absence_days: int = 0,
    custody_days: int = 0,
    custody_factor: int = 3,
) -> dt.date:
    """The last day of the term, by the one end-date rule (dates.term_end, DOMAIN §2):
    (start − 1 day) + (term + extensions − reductions) months, month-end clamped, then the days
    added after: the term's own days, extension/reduction days, unauthorised absence days that
    do not count toward the term (education measure only; the caller decides), minus custody
    already served at `custody_factor` days each (non-custodial reform, Criminal Code Art. 36:
    1 day of custody = 3 days)."""
    months = (term_months or 0) + extension_months - reduction_months
    days = (term_days + extension_days - reduction_days + max(0, unauthorised_absence_days)
            - custody_factor * max(0, custody_days))
    return term_end(start, max(0, months), days)


def period_start(d: dt.date, period: PeriodKind | str) -> dt.date:
    period = PeriodKind(period)
    if period == PeriodKind.MONTH:
        return d.replace(day=1)
    if period == PeriodKind.QUARTER:
        return dt.date(d.year, 3 * ((d.month - 1) // 3) + 1, 1)
    if period == PeriodKind.HALF:
        return dt.date(d.year, 1 if d.month <= 6 else 7, 1)
    return dt.date(d.year, 1, 1)


def next_period(d: dt.date, period: PeriodKind | str) -> dt.date:
    step = {"month": 1, "quarter": 3, "half": 6, "year": 12}[PeriodKind(period).value]
    return add_months(period_start(d, period), step)


def assessment_due_date(period_begin: dt.date, period: PeriodKind | str, due_day: int) -> dt.date:
    """The assessment of the period starting `period_begin` is due on `due_day` of the
    following period (the first 5 days of the month for judgment cases)."""
    return next_period(period_begin, period).replace(day=due_day)


def next_assessment_due(
    *,
    start: dt.date,
    end: dt.date | None,
    assessed_periods: set[dt.date],
    period: PeriodKind | str,
    due_day: int,
    today: dt.date,
) -> tuple[dt.date, dt.date] | None:
    """The earliest period (its start date) that has ended or is running and has no assessment
    yet, with its due date. None when every period up to the end of the case is assessed.

    A period is counted from the case start; the period running today is included, so the
    caller sees both overdue and upcoming assessments."""
    p = period_start(start, period)
    last = period_start(min(today, end) if end else today, period)
    while p <= last:
        if p not in assessed_periods:
            return p, assessment_due_date(p, period, due_day)
        p = next_period(p, period)
    return None


def record_clearing_date(
    completed_on: dt.date, sentence: SentenceKind | str, rules: RuleBook
) -> dt.date | None:
    """Expected clearing of the conviction record (Criminal Code Art. 70): completion of the
    main penalty or probation + 1, 2, 3 or 5 years. A new conviction restarts the clock: the
    caller passes the completion date of the latest sentence."""
    table = rules.get("record_clearing_years", on=completed_on) or {}
    years = table.get(str(SentenceKind(sentence)))
    return None if years is None else add_years(completed_on, int(years))


def is_minor(birth: dt.date | None, on: dt.date) -> bool:
    if birth is None:
        return False
    return add_years(birth, 18) > on


def followup_window_end(
    *,
    category: CaseCategory | str,
    completed_on: dt.date | None,
    minor: bool,
    sentence: SentenceKind | str | None,
    rules: RuleBook,
) -> dt.date | None:
    """When the follow-up window after completion ends: the "treated as never applied" date for
    administrative measures (2 years adults, 1 year minors), the record-clearing date for
    criminal cases, none for community watch (reviewed instead)."""
    if completed_on is None:
        return None
    category = CaseCategory(category)
    if category in (CaseCategory.COMMUNITY_EDUCATION, CaseCategory.FAMILY_MANAGEMENT):
        years = (rules.get("never_applied_years", category, completed_on) or {}).get(
            "minor" if minor else "adult"
        )
        return add_years(completed_on, int(years)) if years else None
    if category == CaseCategory.COMMUNITY_WATCH:
        return None
    default = {
        CaseCategory.SUSPENDED_SENTENCE: SentenceKind.SUSPENDED,
        CaseCategory.NON_CUSTODIAL_REFORM: SentenceKind.NON_CUSTODIAL,
    }.get(category)
    kind = sentence or default
    if kind is None:
        return None
    return record_clearing_date(completed_on, kind, rules)


# ---------------------------------------------------------------------------------------------
# Rule checks: each returns warnings (severity="warning") a user may override with a reason.


def check_term(category: str, term_months: int | None, on: dt.date, rules: RuleBook) -> list[Problem]:
    rng = rules.get("term_months", category, on)
    if rng is None or term_months is None:
        return []
    lo, hi = rng
    if not lo <= term_months <= hi:
        return [
            Problem(
                "term_months",
                "rule_term_out_of_range",
                {"min": lo, "max": hi, "value": term_months, "category": str(category)},
                "warning",
            )
        ]
    return []


def check_helper_load(current_count: int, on: dt.date, rules: RuleBook) -> list[Problem]:
    """`current_count` is how many open cases the helper already has, not counting this one."""
    limit = rules.get("helper_max_persons", on=on)
    if limit is not None and current_count + 1 > int(limit):
        return [
            Problem(
                "helper_name",
                "rule_helper_overloaded",
                {"limit": int(limit), "count": current_count + 1},
                "warning",
            )
        ]
    return []


def check_absence(
    *,
    category: str,
    start: dt.date,
    end: dt.date,
    term_start: dt.date,
    term_months: int | None,
    other_absence_days: int,
    rules: RuleBook,
) -> list[Problem]:
    """An absence ≤ 60 days each [M] and total absence ≤ 1/3 of the term [V]."""
    problems: list[Problem] = []
    days = (end - start).days + 1
    single = rules.get("absence_max_days_single", category, start)
    if single is not None and days > int(single):
        problems.append(
            Problem("end", "rule_absence_too_long", {"days": days, "limit": int(single)}, "warning")
        )
    frac = rules.get("absence_max_fraction", category, start)
    if frac is not None and term_months:
        term_days = (add_months(term_start, term_months) - term_start).days
        limit = term_days * frac[0] // frac[1]
        total = other_absence_days + days
        if total > limit:
            problems.append(
                Problem(
                    "end",
                    "rule_absence_total_exceeded",
                    {"total": total, "limit": limit},
                    "warning",
                )
            )
    return problems


def helper_appoint_deadline(decision_date: dt.date, rules: RuleBook) -> dt.date:
    n = rules.get("helper_appoint_working_days", on=decision_date) or 5
    return add_working_days(decision_date, int(n))


@dataclass(frozen=True)
class ReportWindow:
    start: dt.date
    end: dt.date  # inclusive


def half_year_window(year: int, rules: RuleBook) -> ReportWindow:
    """"6 tháng đầu năm" by the configurable cut-off convention (default 15/12 → 14/06)."""
    cut = rules.get("report_half_year", on=dt.date(year, 6, 1)) or {"from": [1, 1], "to": [6, 30]}
    fm, fd = cut["from"]
    tm, td = cut["to"]
    start_year = year - 1 if (fm, fd) > (tm, td) else year
    return ReportWindow(dt.date(start_year, fm, fd), dt.date(year, tm, td))


__all__ = [
    "RuleRow",
    "RuleBook",
    "SEED_RULES",
    "case_end",
    "period_start",
    "next_period",
    "assessment_due_date",
    "next_assessment_due",
    "record_clearing_date",
    "followup_window_end",
    "is_minor",
    "check_term",
    "check_helper_load",
    "check_absence",
    "helper_appoint_deadline",
    "half_year_window",
    "ReportWindow",
]
