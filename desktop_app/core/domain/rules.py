"""Rules with effective dates (DOMAIN §0–1) and the computations that use them.

Rules are data (the table and its lookup are rulebook.py's, re-exported here): a table of rows (key, category, value, valid_from, valid_to) seeded from
DOMAIN.md and editable later. Rules marked [M] in DOMAIN are not confirmed against the official
text, so a breach of any rule is reported as a *warning* that the user can override with a
reason, never as a hard block and never silently accepted.

Everything here is pure: it takes plain values and returns plain values, so it can be tested
without a database and reused by the server.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Iterable

from desktop_app.core.domain.dates import add_months, add_working_days, add_years, term_end
from desktop_app.core.domain.rulebook import (  # noqa: F401 - the rule table, re-exported
    FAR_PAST,
    ISSUE14_KEYS,
    SEED_RULES,
    C,
    RuleBook,
    RuleRow,
)
from desktop_app.core.domain.vocab import (
    CaseCategory,
    PeriodKind,
    SentenceKind,
)
from desktop_app.core.errors import Problem

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


def assessment_periods(
    *,
    start: dt.date,
    end: dt.date | None,
    category: str,
    rules: "RuleBook",
    today: dt.date,
) -> list[tuple[dt.date, str, dt.date]]:
    """Every assessment period of a case from its start up to the period running today (or the
    case's end), oldest first, as (period start, period kind, due date). Each period follows
    the rule in force at its own start: when the cadence changes mid-case, the periods before
    keep the old one and the periods after take the new one."""
    out: list[tuple[dt.date, str, dt.date]] = []
    last_day = min(today, end) if end else today
    rule = rules.get("assessment", category, start)
    if not rule:
        return out
    p = period_start(start, rule["period"])
    while p <= last_day:
        rule = rules.get("assessment", category, max(p, start)) or rule
        kind = rule["period"]
        aligned = period_start(p, kind)
        if out and aligned <= out[-1][0]:
            aligned = p  # a new, longer cadence starts mid-period: count from the change
        if aligned > last_day:
            break
        out.append((aligned, kind, assessment_due_date(aligned, kind, int(rule["due_day"]))))
        p = next_period(aligned, kind)
    return out


def missing_assessments(
    *,
    start: dt.date,
    end: dt.date | None,
    category: str,
    assessed_periods: set[dt.date],
    rules: "RuleBook",
    today: dt.date,
) -> list[tuple[dt.date, str, dt.date]]:
    """The periods of assessment_periods() with no assessment recorded, oldest first."""
    return [p for p in assessment_periods(start=start, end=end, category=category, rules=rules,
                                          today=today) if p[0] not in assessed_periods]


def term_start(
    category: str,
    *,
    start_date: dt.date | None,
    judgment_date: dt.date | None,
    supervision_start: dt.date | None,
) -> dt.date | None:
    """The day a term is counted from (DOMAIN §1): a suspended sentence's probation from the
    first-instance judgment's pronouncement (Criminal Code Art. 65, Resolution 02/2018); non-
    custodial reform from the day the supervising body receives the judgment and its execution
    decision, a conditional release from release: both the start of supervision; any other
    category from its start date."""
    cat = CaseCategory(category)
    if cat == CaseCategory.SUSPENDED_SENTENCE and judgment_date:
        return judgment_date
    if cat in (CaseCategory.NON_CUSTODIAL_REFORM, CaseCategory.CONDITIONAL_RELEASE) and supervision_start:
        return supervision_start
    return start_date or supervision_start or judgment_date


def check_term_shape(
    category: str,
    term_months: int | None,
    term_days: int | None,
    custody_days: int | None,
    on: dt.date,
    rules: "RuleBook",
) -> list[Problem]:
    """Errors for a term the law does not allow in this category: any term for ex-prisoners
    and community watch (review dates / record clearing instead), days where the law counts
    months only, custody deducted anywhere but non-custodial reform."""
    problems: list[Problem] = []
    row = rules.row("term_unit", category, on)
    unit = row.value if row else "months"
    basis = row.note if row else ""
    if unit == "none" and (term_months or term_days):
        problems.append(Problem("term_months", "rule_term_not_applicable",
                                {"category": str(category), "basis": basis}))
    elif unit == "months" and term_days:
        problems.append(Problem("term_days", "rule_term_days_not_counted",
                                {"category": str(category), "value": term_days}))
    if custody_days and CaseCategory(category) != CaseCategory.NON_CUSTODIAL_REFORM:
        problems.append(Problem("custody_days", "rule_custody_only_non_custodial",
                                {"category": str(category)}))
    if unit == "months_days" and term_months == 0 and not term_days:
        problems.append(Problem("term_months", "must_be_positive"))
    return problems


def age_on(birth_earliest: dt.date, birth_latest: dt.date, on: dt.date) -> tuple[int, int]:
    """(youngest, oldest) age in whole years on `on` for a birth date known to a range."""
    def years(b: dt.date) -> int:
        return on.year - b.year - ((on.month, on.day) < (b.month, b.day))
    return years(birth_latest), years(birth_earliest)


ART90_BANDS = ((12, 14), (14, 16), (16, 18), (18, None))


def check_age(
    category: str,
    birth_earliest: dt.date | None,
    birth_latest: dt.date | None,
    on: dt.date,
    rules: "RuleBook",
) -> list[Problem]:
    """A warning (override with a reason, as the CCCD check) when the person's age on the
    decision day is outside who the measure is for: the education measure from 12 (Law on
    Handling Administrative Violations Art. 90, by its age bands), family management only for
    minors (Art. 140). A partial birth date warns only when every day it may denote does."""
    row = rules.row("age_range", category, on)
    if row is None or birth_earliest is None or birth_latest is None:
        return []
    lo, hi = row.value
    youngest, oldest = age_on(birth_earliest, birth_latest, on)
    age = youngest if youngest == oldest else f"{youngest}–{oldest}"
    if oldest < lo:
        return [Problem("category", "rule_age_below_min",
                        {"category": str(category), "age": age, "min": lo, "basis": row.note}, "warning")]
    if hi is not None and youngest >= hi:
        return [Problem("category", "rule_age_not_minor",
                        {"category": str(category), "age": age, "max": hi, "basis": row.note}, "warning")]
    return []


def age_band(age: int) -> str:
    """The Art. 90 age band of an age: "12–14", "14–16", "16–18", "18+"."""
    for lo, hi in ART90_BANDS:
        if age >= lo and (hi is None or age < hi):
            return f"{lo}+" if hi is None else f"{lo}–{hi}"
    return ""


@dataclass(frozen=True)
class Clearing:
    """When a conviction record is cleared and how: `state` "" (by law on `date`),
    "court_decision" (national security, Art. 71: the court decides; `date` is the earliest day
    it may be asked), "deferred" (a supplementary penalty or civil obligation not done,
    Art. 70(2)), "restarted" (a new conviction, Art. 73(2): counted again from the completion of
    the new sentence), "no_sentence" (the main penalty is not recorded)."""

    date: dt.date | None
    state: str = ""


def record_clearing(
    *,
    completed_on: dt.date | None,
    sentence: SentenceKind | str | None,
    rules: "RuleBook",
    obligations_pending: bool = False,
    obligations_done_on: dt.date | None = None,
    national_security: bool = False,
    new_convictions: Iterable[dt.date] = (),
) -> Clearing:
    """Record clearing for an ex-prisoner or a completed court sentence (DOMAIN §1)."""
    if completed_on is None or not sentence:
        return Clearing(None, "no_sentence")
    if any(d >= completed_on for d in new_convictions):
        return Clearing(None, "restarted")
    if obligations_pending:
        return Clearing(None, "deferred")
    key = "court_clearing_years" if national_security else "record_clearing_years"
    years = (rules.get(key, on=completed_on) or {}).get(str(SentenceKind(sentence)))
    if years is None:
        return Clearing(None, "no_sentence")
    when = add_years(completed_on, int(years))
    if obligations_done_on and obligations_done_on > when:
        when = obligations_done_on  # Art. 70(3): cleared once the last obligation is done
    return Clearing(when, "court_decision" if national_security else "")


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


def check_term(category: str, term_months: int | None, on: dt.date, rules: RuleBook,
               term_days: int | None = None) -> list[Problem]:
    """A warning when the term is outside the range of the rule in force on `on` (the day of
    the decision). Nothing is rounded: a term of m months and d days is inside when m ≥ min and
    (m, d) ≤ (max, 0)."""
    row = rules.row("term_months", category, on)
    if row is None or term_months is None:
        return []
    lo, hi = row.value
    days = term_days or 0
    if term_months < lo or term_months > hi or (term_months == hi and days):
        return [
            Problem(
                "term_months",
                "rule_term_out_of_range",
                {"min": lo, "max": hi, "value": term_months, "category": str(category),
                 "basis": row.note, "valid_from": row.valid_from.isoformat()},
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
    "record_clearing",
    "Clearing",
    "assessment_periods",
    "missing_assessments",
    "term_start",
    "check_term_shape",
    "check_age",
    "age_band",
    "followup_window_end",
    "is_minor",
    "check_term",
    "check_helper_load",
    "check_absence",
    "helper_appoint_deadline",
    "half_year_window",
    "ReportWindow",
]
