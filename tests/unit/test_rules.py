"""Pure rule functions (domain/rules.py): the rule table with effective dates and every
computation and check the services build on."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.domain import rules as R
from desktop_app.core.domain.dates import add_months
from desktop_app.core.domain.rules import SEED_RULES, RuleBook, RuleRow
from desktop_app.core.domain.vocab import CaseCategory, SentenceKind

D = dt.date
C = CaseCategory
FAST = settings(max_examples=200, deadline=None)
BOOK = RuleBook.default()


def codes(problems) -> list[str]:
    return [p.code for p in problems]


# --- RuleBook ----------------------------------------------------------------------------------

class TestRuleBook:
    def test_seed_values(self):
        assert BOOK.get("term_months", C.COMMUNITY_EDUCATION, D(2026, 1, 1)) == [3, 6]
        assert BOOK.get("term_months", C.DRUG_MANAGEMENT, D(2026, 1, 1)) == [12, 12]
        assert BOOK.get("helper_max_persons", on=D(2026, 1, 1)) == 3
        # Absence limits only where the law sets them (DOMAIN §2): 1/3 of the term for the
        # education measure, 60 days each for judgment cases; none for free citizens.
        assert BOOK.get("absence_max_fraction", C.COMMUNITY_EDUCATION, D(2026, 1, 1)) == [1, 3]
        assert BOOK.get("absence_max_days_single", C.SUSPENDED_SENTENCE, D(2026, 1, 1)) == 60
        for free in (C.REINTEGRATION, C.COMMUNITY_WATCH, C.DRUG_MANAGEMENT):
            assert BOOK.get("absence_max_fraction", free, D(2026, 1, 1)) is None
            assert BOOK.get("absence_max_days_single", free, D(2026, 1, 1)) is None
            assert BOOK.get("absence_policy", free, D(2026, 1, 1)) == "note"
        assert BOOK.get("absence_policy", C.SUSPENDED_SENTENCE, D(2026, 1, 1)) == "breach"
        assert BOOK.get("absence_policy", C.CONDITIONAL_RELEASE, D(2026, 1, 1)) == "breach"
        assert BOOK.get("absence_policy", C.COMMUNITY_EDUCATION, D(2026, 1, 1)) == "not_counted"

    def test_drug_management_terms_by_date(self):
        # 12 months from 01/01/2022 (Law 73/2021); after-rehab management of 1–2 years before.
        assert BOOK.get("term_months", C.DRUG_MANAGEMENT, D(2021, 12, 31)) == [12, 24]
        assert BOOK.get("term_months", C.DRUG_MANAGEMENT, D(2022, 1, 1)) == [12, 12]
        assert R.check_term(C.DRUG_MANAGEMENT, 24, D(2021, 6, 1), BOOK) == []
        assert codes(R.check_term(C.DRUG_MANAGEMENT, 24, D(2022, 6, 1), BOOK)) == ["rule_term_out_of_range"]
        assert R.check_term(C.AFTER_REHAB_MANAGEMENT, 18, D(2020, 3, 1), BOOK) == []
        assert BOOK.get("assessment", C.SUSPENDED_SENTENCE, D(2026, 1, 1)) == {"period": "month", "due_day": 5}

    def test_unknown_key_or_category_without_row(self):
        assert BOOK.get("no_such_rule", on=D(2026, 1, 1)) is None
        # term_months has no general row: a category without its own row gets nothing.
        assert BOOK.get("term_months", C.COMMUNITY_WATCH, D(2026, 1, 1)) is None

    def test_effective_dates_switch_on_the_boundary(self):
        book = RuleBook([
            RuleRow("helper_max_persons", 3, valid_to=D(2026, 7, 1)),
            RuleRow("helper_max_persons", 5, valid_from=D(2026, 7, 1)),
        ])
        assert book.get("helper_max_persons", on=D(2026, 6, 30)) == 3
        assert book.get("helper_max_persons", on=D(2026, 7, 1)) == 5  # valid_to is exclusive
        assert book.get("helper_max_persons", on=D(2030, 1, 1)) == 5

    def test_not_yet_in_force_and_expired(self):
        book = RuleBook([RuleRow("x", 1, valid_from=D(2026, 1, 1), valid_to=D(2027, 1, 1))])
        assert book.get("x", on=D(2025, 12, 31)) is None
        assert book.get("x", on=D(2026, 6, 1)) == 1
        assert book.get("x", on=D(2027, 1, 1)) is None

    def test_later_valid_from_wins_when_both_open(self):
        book = RuleBook([RuleRow("x", "old"), RuleRow("x", "new", valid_from=D(2026, 7, 1))])
        assert book.get("x", on=D(2026, 6, 30)) == "old"
        assert book.get("x", on=D(2026, 7, 1)) == "new"

    def test_category_row_beats_general_row(self):
        book = RuleBook([
            RuleRow("visit_interval_days", 30),
            RuleRow("visit_interval_days", 90, C.COMMUNITY_WATCH),
        ])
        assert book.get("visit_interval_days", C.COMMUNITY_WATCH, D(2026, 1, 1)) == 90
        assert book.get("visit_interval_days", C.REINTEGRATION, D(2026, 1, 1)) == 30
        assert book.get("visit_interval_days", None, D(2026, 1, 1)) == 30

    def test_category_row_beats_a_newer_general_row(self):
        book = RuleBook([
            RuleRow("visit_interval_days", 90, C.COMMUNITY_WATCH),
            RuleRow("visit_interval_days", 14, valid_from=D(2026, 7, 1)),
        ])
        assert book.get("visit_interval_days", C.COMMUNITY_WATCH, D(2026, 8, 1)) == 90
        assert book.get("visit_interval_days", C.REINTEGRATION, D(2026, 8, 1)) == 14

    def test_category_row_out_of_force_falls_back_to_general(self):
        book = RuleBook([
            RuleRow("visit_interval_days", 30),
            RuleRow("visit_interval_days", 90, C.COMMUNITY_WATCH, valid_to=D(2026, 1, 1)),
        ])
        assert book.get("visit_interval_days", C.COMMUNITY_WATCH, D(2025, 12, 31)) == 90
        assert book.get("visit_interval_days", C.COMMUNITY_WATCH, D(2026, 1, 1)) == 30

    def test_rows_round_trip(self):
        assert len(BOOK.rows()) == len(SEED_RULES)
        assert all(r in SEED_RULES for r in BOOK.rows())


# --- case_end ----------------------------------------------------------------------------------

class TestCaseEnd:
    def test_plain_term(self):
        assert R.case_end(D(2026, 1, 1), 6) == D(2026, 6, 30)
        assert R.case_end(D(2026, 1, 15), 3) == D(2026, 4, 14)
        assert R.case_end(D(2026, 1, 1), 12) == D(2026, 12, 31)

    def test_month_end_clamping(self):
        # (31/08 − 1 day) = 30/08, + 6 months → 30/02 does not exist → 28/02 (DOMAIN §2).
        assert R.case_end(D(2025, 8, 31), 6) == D(2026, 2, 28)
        # The two cases: they lost a day with "add, clamp, then take a day off".
        assert R.case_end(D(2024, 1, 31), 3) == D(2024, 4, 30)
        assert R.case_end(D(2024, 2, 29), 24) == D(2026, 2, 28)

    def test_domain_examples(self):
        assert R.case_end(D(2026, 5, 31), 1) == D(2026, 6, 30)
        assert R.case_end(D(2026, 3, 1), 12) == D(2027, 2, 28)
        assert R.case_end(D(2026, 7, 10), 6) == D(2027, 1, 9)

    def test_days_added_after_the_months(self):
        # Conditional release: 3 months 10 days from 31/01/2026 → 30/04 + 10 days.
        assert R.case_end(D(2026, 1, 31), 3, term_days=10) == D(2026, 5, 10)
        # Days only: 45 days from 01/03/2026 → 14/04/2026 (the start day counts).
        assert R.case_end(D(2026, 3, 1), 0, term_days=45) == D(2026, 4, 14)
        # Custody deducted from non-custodial reform at 1 day = 3 days (Art. 36).
        assert R.case_end(D(2026, 1, 1), 12, custody_days=10) == D(2026, 12, 1)

    def test_extension_and_reduction(self):
        assert R.case_end(D(2026, 1, 1), 6, extension_months=2) == D(2026, 8, 31)
        assert R.case_end(D(2026, 1, 1), 6, reduction_months=2) == D(2026, 4, 30)
        assert R.case_end(D(2026, 1, 1), 6, extension_months=3, reduction_months=1) == D(2026, 8, 31)

    def test_reduction_never_goes_below_start(self):
        assert R.case_end(D(2026, 1, 1), 3, reduction_months=10) == D(2025, 12, 31)

    def test_unauthorised_absence_pushes_end(self):
        assert R.case_end(D(2026, 1, 1), 6, unauthorised_absence_days=10) == D(2026, 7, 10)
        assert R.case_end(D(2026, 1, 1), 6, extension_months=1, unauthorised_absence_days=1) == D(2026, 8, 1)

    def test_negative_absence_ignored(self):
        assert R.case_end(D(2026, 1, 1), 6, unauthorised_absence_days=-5) == D(2026, 6, 30)

    @FAST
    @given(start=st.dates(D(1990, 1, 1), D(2060, 12, 31)), term=st.integers(0, 240),
           more=st.integers(0, 60), absence=st.integers(0, 2000), more_absence=st.integers(0, 400))
    def test_monotone_in_term_and_absence(self, start, term, more, absence, more_absence):
        base = R.case_end(start, term, unauthorised_absence_days=absence)
        assert R.case_end(start, term + more, unauthorised_absence_days=absence) >= base
        assert R.case_end(start, term, unauthorised_absence_days=absence + more_absence) >= base
        # Each absence day moves the end by exactly one day.
        assert (R.case_end(start, term, unauthorised_absence_days=absence + more_absence) - base).days == more_absence
        # An extension of n months is the same as a longer term.
        assert R.case_end(start, term, extension_months=more) == R.case_end(start, term + more)
        if more:
            assert R.case_end(start, term + more) > R.case_end(start, term)

    @FAST
    @given(start=st.dates(D(1990, 1, 1), D(2060, 12, 31)), term=st.integers(1, 240))
    def test_end_is_after_start(self, start, term):
        end = R.case_end(start, term)
        assert start <= end
        # One rule: the next term would begin the day after, on a start + term months
        # (for a start on the 1st) or on the day after (start − 1 day) + term months.
        before = start - dt.timedelta(days=1)
        if start.day == 1:
            assert end + dt.timedelta(days=1) == add_months(start, term)
        else:
            assert end == add_months(before, term)


# --- periods and assessments -------------------------------------------------------------------

class TestPeriods:
    @pytest.mark.parametrize("period,d,start,nxt", [
        ("month", D(2026, 5, 20), D(2026, 5, 1), D(2026, 6, 1)),
        ("month", D(2026, 12, 31), D(2026, 12, 1), D(2027, 1, 1)),
        ("quarter", D(2026, 5, 20), D(2026, 4, 1), D(2026, 7, 1)),
        ("quarter", D(2026, 12, 1), D(2026, 10, 1), D(2027, 1, 1)),
        ("half", D(2026, 6, 30), D(2026, 1, 1), D(2026, 7, 1)),
        ("half", D(2026, 7, 1), D(2026, 7, 1), D(2027, 1, 1)),
        ("year", D(2026, 5, 20), D(2026, 1, 1), D(2027, 1, 1)),
    ])
    def test_period_start_and_next(self, period, d, start, nxt):
        assert R.period_start(d, period) == start
        assert R.next_period(d, period) == nxt

    def test_bad_period_refused(self):
        with pytest.raises(ValueError):
            R.period_start(D(2026, 1, 1), "fortnight")

    @FAST
    @given(d=st.dates(D(1990, 1, 1), D(2100, 12, 31)), period=st.sampled_from(["month", "quarter", "half", "year"]))
    def test_period_contains_date(self, d, period):
        s = R.period_start(d, period)
        assert s <= d < R.next_period(d, period)
        assert R.period_start(s, period) == s
        assert R.next_period(R.next_period(d, period) - dt.timedelta(days=1), period) == R.next_period(d, period)

    def test_assessment_due_date(self):
        assert R.assessment_due_date(D(2026, 1, 1), "month", 5) == D(2026, 2, 5)
        assert R.assessment_due_date(D(2026, 12, 1), "month", 5) == D(2027, 1, 5)
        assert R.assessment_due_date(D(2026, 4, 1), "quarter", 10) == D(2026, 7, 10)

    def test_next_assessment_first_period(self):
        got = R.next_assessment_due(start=D(2026, 1, 10), end=D(2026, 7, 9), assessed_periods=set(),
                                    period="month", due_day=5, today=D(2026, 3, 15))
        assert got == (D(2026, 1, 1), D(2026, 2, 5))

    def test_next_assessment_finds_the_gap(self):
        done = {D(2026, 1, 1), D(2026, 3, 1)}  # February was skipped
        got = R.next_assessment_due(start=D(2026, 1, 10), end=D(2026, 7, 9), assessed_periods=done,
                                    period="month", due_day=5, today=D(2026, 4, 20))
        assert got == (D(2026, 2, 1), D(2026, 3, 5))

    def test_next_assessment_includes_running_period(self):
        done = {D(2026, 1, 1), D(2026, 2, 1), D(2026, 3, 1)}
        got = R.next_assessment_due(start=D(2026, 1, 10), end=D(2026, 7, 9), assessed_periods=done,
                                    period="month", due_day=5, today=D(2026, 4, 20))
        assert got == (D(2026, 4, 1), D(2026, 5, 5))

    def test_next_assessment_none_when_all_done_to_the_end(self):
        done = {D(2026, m, 1) for m in range(1, 8)}
        assert R.next_assessment_due(start=D(2026, 1, 10), end=D(2026, 7, 9), assessed_periods=done,
                                     period="month", due_day=5, today=D(2026, 12, 1)) is None

    def test_next_assessment_stops_at_case_end(self):
        done = {D(2026, m, 1) for m in range(1, 7)}
        got = R.next_assessment_due(start=D(2026, 1, 10), end=D(2026, 7, 9), assessed_periods=done,
                                    period="month", due_day=5, today=D(2027, 1, 1))
        assert got == (D(2026, 7, 1), D(2026, 8, 5))  # the last, partial month; never August

    def test_next_assessment_quarterly_without_end(self):
        got = R.next_assessment_due(start=D(2025, 11, 3), end=None, assessed_periods={D(2025, 10, 1)},
                                    period="quarter", due_day=10, today=D(2026, 5, 1))
        assert got == (D(2026, 1, 1), D(2026, 4, 10))


# --- record clearing and follow-up windows -----------------------------------------------------

class TestClearing:
    @pytest.mark.parametrize("sentence,years", [
        (SentenceKind.WARNING, 1),
        (SentenceKind.FINE, 1),
        (SentenceKind.NON_CUSTODIAL, 1),
        (SentenceKind.SUSPENDED, 1),
        (SentenceKind.PRISON_UP_TO_5Y, 2),
        (SentenceKind.PRISON_5_TO_15Y, 3),
        (SentenceKind.PRISON_OVER_15Y, 5),
        (SentenceKind.LIFE_OR_DEATH_COMMUTED, 5),
    ])
    def test_every_bracket(self, sentence, years):
        done = D(2026, 3, 14)
        assert R.record_clearing_date(done, sentence, BOOK) == D(2026 + years, 3, 14)
        assert R.record_clearing_date(done, sentence.value, BOOK) == D(2026 + years, 3, 14)

    def test_every_sentence_kind_has_a_bracket(self):
        table = dict(BOOK.get("record_clearing_years", on=D(2026, 1, 1)))
        assert set(table) == set(SentenceKind)
        for kind in SentenceKind:
            assert table[kind] >= 1, kind
            assert R.record_clearing_date(D(2026, 1, 1), kind, BOOK) == D(2026 + table[kind], 1, 1), kind

    def test_leap_day(self):
        assert R.record_clearing_date(D(2024, 2, 29), SentenceKind.FINE, BOOK) == D(2025, 2, 28)

    def test_unknown_sentence_refused(self):
        with pytest.raises(ValueError):
            R.record_clearing_date(D(2026, 1, 1), "flogging", BOOK)

    def test_rule_change_applies_by_completion_date(self):
        table = dict(BOOK.get("record_clearing_years", on=D(2026, 1, 1)))
        book = RuleBook([*SEED_RULES,
                         RuleRow("record_clearing_years", {**table, "prison_up_to_5y": 4},
                                 valid_from=D(2027, 1, 1))])
        assert R.record_clearing_date(D(2026, 12, 31), "prison_up_to_5y", book) == D(2028, 12, 31)
        assert R.record_clearing_date(D(2027, 1, 1), "prison_up_to_5y", book) == D(2031, 1, 1)

    def test_followup_adult_vs_minor(self):
        done = D(2026, 4, 30)
        for cat in (C.COMMUNITY_EDUCATION, C.FAMILY_MANAGEMENT):
            assert R.followup_window_end(category=cat, completed_on=done, minor=False, sentence=None,
                                         rules=BOOK) == D(2028, 4, 30)
            assert R.followup_window_end(category=cat, completed_on=done, minor=True, sentence=None,
                                         rules=BOOK) == D(2027, 4, 30)

    def test_followup_community_watch_has_none(self):
        assert R.followup_window_end(category=C.COMMUNITY_WATCH, completed_on=D(2026, 4, 30),
                                     minor=False, sentence=SentenceKind.FINE, rules=BOOK) is None

    def test_followup_not_completed(self):
        assert R.followup_window_end(category=C.COMMUNITY_EDUCATION, completed_on=None, minor=False,
                                     sentence=None, rules=BOOK) is None

    def test_followup_criminal_cases(self):
        done = D(2026, 4, 30)
        # The category implies the sentence for suspended sentence and non-custodial reform.
        assert R.followup_window_end(category=C.SUSPENDED_SENTENCE, completed_on=done, minor=False,
                                     sentence=None, rules=BOOK) == D(2027, 4, 30)
        assert R.followup_window_end(category=C.NON_CUSTODIAL_REFORM, completed_on=done, minor=False,
                                     sentence=None, rules=BOOK) == D(2027, 4, 30)
        assert R.followup_window_end(category=C.REINTEGRATION, completed_on=done, minor=False,
                                     sentence=SentenceKind.PRISON_5_TO_15Y, rules=BOOK) == D(2029, 4, 30)
        # Reintegration without a known sentence: no date can be computed.
        assert R.followup_window_end(category=C.REINTEGRATION, completed_on=done, minor=False,
                                     sentence=None, rules=BOOK) is None

    def test_is_minor(self):
        assert R.is_minor(D(2010, 5, 21), D(2028, 5, 20))
        assert not R.is_minor(D(2010, 5, 20), D(2028, 5, 20))  # 18th birthday
        assert not R.is_minor(None, D(2028, 5, 20))


# --- checks ------------------------------------------------------------------------------------

class TestChecks:
    def test_term_in_range(self):
        assert R.check_term(C.COMMUNITY_EDUCATION, 3, D(2026, 1, 1), BOOK) == []
        assert R.check_term(C.COMMUNITY_EDUCATION, 6, D(2026, 1, 1), BOOK) == []

    @pytest.mark.parametrize("term", [2, 7, 12])
    def test_term_out_of_range_is_a_warning(self, term):
        [p] = R.check_term(C.COMMUNITY_EDUCATION, term, D(2026, 1, 1), BOOK)
        assert (p.field, p.code, p.severity) == ("term_months", "rule_term_out_of_range", "warning")
        assert p.params == {"min": 3, "max": 6, "value": term, "category": "community_education",
                            "basis": "Luật Xử lý vi phạm hành chính Điều 90", "valid_from": "1900-01-01"}

    def test_term_with_days_is_not_rounded(self):
        # 6 months and 1 day is more than 6 months: not rounded down into the range.
        assert codes(R.check_term(C.COMMUNITY_EDUCATION, 6, D(2026, 1, 1), BOOK, term_days=1)) == [
            "rule_term_out_of_range"]
        assert R.check_term(C.CONDITIONAL_RELEASE, 0, D(2026, 1, 1), BOOK, term_days=45) == []

    def test_term_without_rule_or_value(self):
        assert R.check_term(C.COMMUNITY_WATCH, 99, D(2026, 1, 1), BOOK) == []
        assert R.check_term(C.COMMUNITY_EDUCATION, None, D(2026, 1, 1), BOOK) == []

    def test_term_rule_by_date(self):
        book = RuleBook([*SEED_RULES, RuleRow("term_months", [3, 12], C.COMMUNITY_EDUCATION,
                                              valid_from=D(2026, 7, 1))])
        assert codes(R.check_term(C.COMMUNITY_EDUCATION, 12, D(2026, 6, 30), book)) == ["rule_term_out_of_range"]
        assert R.check_term(C.COMMUNITY_EDUCATION, 12, D(2026, 7, 1), book) == []

    def test_helper_load(self):
        assert R.check_helper_load(0, D(2026, 1, 1), BOOK) == []
        assert R.check_helper_load(2, D(2026, 1, 1), BOOK) == []  # this one is the third
        [p] = R.check_helper_load(3, D(2026, 1, 1), BOOK)  # the fourth
        assert (p.field, p.code, p.severity) == ("helper_name", "rule_helper_overloaded", "warning")
        assert p.params == {"limit": 3, "count": 4}

    def _absence(self, start, end, other=0, term=6, book=BOOK, category=C.SUSPENDED_SENTENCE):
        return R.check_absence(category=category, start=start, end=end,
                               term_start=D(2026, 1, 1), term_months=term, other_absence_days=other,
                               rules=book)

    def test_absence_single_limit(self):
        # 60 days inclusive is allowed, 61 is not. Term 12 months so the 1/3 limit is not hit.
        assert self._absence(D(2026, 2, 1), D(2026, 4, 1), term=12) == []  # 60 days
        [p] = self._absence(D(2026, 2, 1), D(2026, 4, 2), term=12)
        assert (p.code, p.severity, p.field) == ("rule_absence_too_long", "warning", "end")
        assert p.params == {"days": 61, "limit": 60}

    def test_absence_total_one_third(self):
        # Term 01/01–30/06/2026 = 181 days → at most 60 days away in total.
        ce = C.COMMUNITY_EDUCATION
        assert self._absence(D(2026, 3, 1), D(2026, 3, 10), other=50, category=ce) == []  # 60 total
        [p] = self._absence(D(2026, 3, 1), D(2026, 3, 11), other=50, category=ce)  # 61 total
        assert p.code == "rule_absence_total_exceeded"
        assert p.params == {"total": 61, "limit": 60}

    def test_absence_limits_per_category(self):
        # A suspended sentence: 60 days each [M], no 1/3 total (the probation is fixed).
        assert codes(self._absence(D(2026, 2, 1), D(2026, 4, 30))) == ["rule_absence_too_long"]
        # The education measure: the 1/3 total only.
        assert codes(self._absence(D(2026, 2, 1), D(2026, 4, 30), category=C.COMMUNITY_EDUCATION)) == [
            "rule_absence_total_exceeded"]
        # Free citizens: no limit at all.
        for free in (C.REINTEGRATION, C.COMMUNITY_WATCH, C.DRUG_MANAGEMENT):
            assert self._absence(D(2026, 2, 1), D(2026, 12, 30), category=free) == []

    def test_absence_without_term_only_checks_single(self):
        assert codes(self._absence(D(2026, 2, 1), D(2026, 4, 30), term=None)) == ["rule_absence_too_long"]

    def test_helper_appoint_deadline(self):
        # Friday 15/05/2026 + 5 working days → Friday 22/05.
        assert R.helper_appoint_deadline(D(2026, 5, 15), BOOK) == D(2026, 5, 22)

    def test_half_year_window_default(self):
        w = R.half_year_window(2026, BOOK)
        assert (w.start, w.end) == (D(2025, 12, 15), D(2026, 6, 14))
        w = R.half_year_window(2020, BOOK)
        assert (w.start, w.end) == (D(2019, 12, 15), D(2020, 6, 14))

    def test_half_year_window_configurable(self):
        book = RuleBook([RuleRow("report_half_year", {"from": [1, 1], "to": [6, 30]})])
        w = R.half_year_window(2026, book)
        assert (w.start, w.end) == (D(2026, 1, 1), D(2026, 6, 30))
        assert R.half_year_window(2026, RuleBook([])) == w  # no rule: the calendar half
