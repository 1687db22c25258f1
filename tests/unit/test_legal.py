"""Issue 14, legal correctness through the Workspace: terms per category, absences per
category, every missing assessment period, rules in force on the day that matters, record
clearing, ages, court decisions and statuses (DOMAIN §1–2). Today is pinned to 20/05/2026."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.core.domain.vocab import status_label_vi
from desktop_app.core.errors import ValidationFailed
from desktop_app.vocabulary import text
from tests.conftest import add_person, open_case

D = dt.date


def codes(exc: ValidationFailed) -> list[str]:
    return [p.code for p in exc.problems]


def due_of(ws, kind: str, **kw):
    return [i for i in ws.due.list(**kw) if i.kind == kind]


# --- 2. terms per category ---------------------------------------------------------------------

class TestTerms:
    @pytest.mark.parametrize("category", ["reintegration", "community_watch"])
    def test_no_term_where_the_law_has_none(self, workspace, category):
        pid = add_person(workspace)
        with pytest.raises(ValidationFailed) as e:
            open_case(workspace, pid, category, term_months=6, start_date=D(2026, 1, 1))
        [p] = e.value.problems
        assert (p.field, p.code, p.severity) == ("term_months", "rule_term_not_applicable", "error")
        assert p.params["basis"]  # the message names the rule's legal basis
        cid = open_case(workspace, pid, category, start_date=D(2026, 1, 1))
        c = workspace.cases.get(cid)
        assert c.term_months is None and c.computed_end is None

    def test_conditional_release_in_months_and_days(self, workspace):
        pid = add_person(workspace)
        cid = open_case(workspace, pid, "conditional_release", term_months=3, term_days=10,
                        supervision_start=D(2026, 1, 31))
        c = workspace.cases.get(cid)
        # Released 31/01: (30/01 + 3 months) = 30/04, then 10 days → 10/05/2026.
        assert (c.start_date, c.term_months, c.term_days, c.computed_end) == (D(2026, 1, 31), 3, 10, D(2026, 5, 10))
        only_days = open_case(workspace, add_person(workspace, "Lê Văn Bình"), "conditional_release",
                              term_months=0, term_days=45, supervision_start=D(2026, 3, 1))
        assert workspace.cases.get(only_days).computed_end == D(2026, 4, 14)

    def test_days_refused_where_the_law_counts_months(self, workspace):
        pid = add_person(workspace)
        with pytest.raises(ValidationFailed) as e:
            open_case(workspace, pid, "suspended_sentence", term_months=24, term_days=3,
                      judgment_date=D(2026, 1, 5))
        assert codes(e.value) == ["rule_term_days_not_counted"]

    def test_suspended_sentence_runs_from_the_judgment(self, workspace):
        pid = add_person(workspace)
        cid = open_case(workspace, pid, "suspended_sentence", term_months=24, judgment_date=D(2025, 1, 31),
                        supervision_start=D(2025, 3, 10))
        c = workspace.cases.get(cid)
        assert (c.judgment_date, c.supervision_start, c.start_date, c.computed_end) == (
            D(2025, 1, 31), D(2025, 3, 10), D(2025, 1, 31), D(2027, 1, 30))
        # Assessments start with supervision (March 2025), not with the judgment.
        assert workspace.cases.missing_periods(cid)[0][0] == D(2025, 3, 1)

    def test_old_style_start_date_kept_as_supervision_start(self, workspace):
        pid = add_person(workspace)
        cid = open_case(workspace, pid, "suspended_sentence", term_months=12, judgment_date=D(2025, 2, 28),
                        start_date=D(2025, 3, 20))
        c = workspace.cases.get(cid)
        assert (c.start_date, c.supervision_start, c.computed_end) == (D(2025, 2, 28), D(2025, 3, 20), D(2026, 2, 27))

    def test_non_custodial_reform_from_supervision_custody_deducted(self, workspace):
        pid = add_person(workspace)
        cid = open_case(workspace, pid, "non_custodial_reform", term_months=12, judgment_date=D(2025, 1, 15),
                        supervision_start=D(2025, 3, 1), custody_days=10)
        c = workspace.cases.get(cid)
        # 01/03/2025 + 12 months → 28/02/2026, minus 10 days of custody × 3 = 30 days → 29/01/2026.
        assert (c.start_date, c.computed_end) == (D(2025, 3, 1), D(2026, 1, 29))

    def test_custody_only_for_non_custodial_reform(self, workspace):
        with pytest.raises(ValidationFailed) as e:
            open_case(workspace, add_person(workspace), "community_education", term_months=6,
                      start_date=D(2026, 1, 1), custody_days=3)
        assert codes(e.value) == ["rule_custody_only_non_custodial"]

    def test_supervision_before_judgment_refused(self, workspace):
        with pytest.raises(ValidationFailed) as e:
            open_case(workspace, add_person(workspace), "suspended_sentence", term_months=12,
                      judgment_date=D(2026, 3, 1), supervision_start=D(2026, 2, 1))
        assert "rule_supervision_before_judgment" in codes(e.value)


# --- 3. absences per category ------------------------------------------------------------------

class TestAbsences:
    def test_breach_for_suspended_sentence_and_revocation_request(self, workspace):
        pid = add_person(workspace)
        cid = open_case(workspace, pid, "suspended_sentence", term_months=24, judgment_date=D(2025, 6, 1))
        end = workspace.cases.get(cid).computed_end
        workspace.visits.record_absence({"case_id": cid, "start": D(2026, 2, 1), "end": D(2026, 2, 10),
                                         "permitted": False})
        assert workspace.cases.get(cid).computed_end == end  # never an extension
        assert workspace.visits.breaches(cid) == [D(2026, 2, 1)]
        assert due_of(workspace, "revocation_request") == []  # one breach only
        workspace.visits.record_absence({"case_id": cid, "start": D(2026, 3, 15), "end": D(2026, 3, 20),
                                         "permitted": False})
        [r] = due_of(workspace, "revocation_request")
        assert (r.case_id, r.due_date) == (cid, D(2026, 3, 15))
        # a code and the rule row's basis, worded by the caller in its language
        assert r.note_code == "revocation_request_basis" and "65(5)" in r.note_params["basis"]
        vi = text("due_note", r.note_code, r.note_params, lang="vi")
        en = text("due_note", r.note_code, r.note_params, lang="en")
        assert vi.startswith("Đề nghị Tòa án buộc chấp hành án phạt tù (") and "65(5)" in vi
        assert en.startswith("Ask the court to order the prison sentence served (") and "65(5)" in en
        workspace.cases.add_event({"case_id": cid, "kind": "revocation_request", "date": D(2026, 4, 1),
                                   "decision_number": "05/CV-CAX"})
        assert due_of(workspace, "revocation_request") == []
        workspace.cases.add_event({"case_id": cid, "kind": "revocation", "date": D(2026, 5, 2),
                                   "decision_number": "12/QĐ-TA"})
        c = workspace.cases.get(cid)
        assert (c.status, c.actual_end) == ("revoked", D(2026, 5, 2))
        assert status_label_vi(c.category, c.status) == "Bị buộc chấp hành án phạt tù"

    def test_education_measure_absence_not_counted(self, workspace):
        cid = open_case(workspace, add_person(workspace), "community_education", term_months=6,
                        start_date=D(2026, 1, 1))
        workspace.visits.record_absence({"case_id": cid, "start": D(2026, 2, 1), "end": D(2026, 2, 10),
                                         "permitted": False})
        assert workspace.cases.get(cid).computed_end == D(2026, 7, 10)
        assert workspace.visits.breaches(cid) == []

    @pytest.mark.parametrize("category", ["reintegration", "community_watch", "drug_management"])
    def test_free_citizens_only_a_note(self, workspace, category):
        term = {"drug_management": {"term_months": 12}}.get(category, {})
        cid = open_case(workspace, add_person(workspace), category, start_date=D(2025, 1, 1), **term)
        before = workspace.cases.get(cid).computed_end
        # 200 days away, no reason given: no limit, no breach, no effect on the term.
        ch = workspace.visits.record_absence({"case_id": cid, "start": D(2025, 3, 1), "end": D(2025, 9, 16),
                                              "permitted": False, "destination": "TP Hồ Chí Minh"})
        assert ch.overridden == ()
        assert workspace.cases.get(cid).computed_end == before
        assert workspace.visits.breaches(cid) == []


# --- 4. every missing period -------------------------------------------------------------------

class TestMissingPeriods:
    def test_april_missing_with_may_to_october_recorded(self, workspace):
        cid = open_case(workspace, add_person(workspace), "suspended_sentence", term_months=24,
                        judgment_date=D(2025, 4, 1))
        for m in range(5, 11):
            workspace.visits.record_evaluation({"case_id": cid, "period_start": D(2025, m, 1),
                                                "police_assessment": "Chấp hành tốt"})
        missing = [p for p, _k, _d in workspace.cases.missing_periods(cid)]
        assert missing[0] == D(2025, 4, 1)
        assert missing[1:] == [D(2025, 11, 1), D(2025, 12, 1), *[D(2026, m, 1) for m in range(1, 6)]]
        due = due_of(workspace, "assessment")
        # Oldest first; May 2026's is due 05/06, beyond the 7-day horizon.
        assert [(i.period_start, i.due_date) for i in due][:2] == [(D(2025, 4, 1), D(2025, 5, 5)),
                                                                  (D(2025, 11, 1), D(2025, 12, 5))]
        assert len(due) == 7
        assert workspace.cases.next_assessment(cid) == (D(2025, 4, 1), D(2025, 5, 5))
        # The counters count each one.
        ov = workspace.overview.get()
        assert ov.due_overdue >= 7


# --- 5. rules in force -------------------------------------------------------------------------

class TestRulesInForce:
    def test_assessment_cadence_changed_mid_case(self, workspace):
        cid = open_case(workspace, add_person(workspace), "suspended_sentence", term_months=24,
                        judgment_date=D(2026, 1, 1))
        workspace.rule_table.set("assessment", {"period": "quarter", "due_day": 10},
                                 category="suspended_sentence", valid_from=D(2026, 4, 1), note="Thông tư mới")
        periods = workspace.cases.missing_periods(cid, on=D(2026, 12, 31))
        # Monthly under the old rule (due on the 5th), quarterly from 01/04 (due on the 10th).
        assert periods[:3] == [(D(2026, 1, 1), "month", D(2026, 2, 5)), (D(2026, 2, 1), "month", D(2026, 3, 5)),
                               (D(2026, 3, 1), "month", D(2026, 4, 5))]
        assert periods[3:] == [(D(2026, 4, 1), "quarter", D(2026, 7, 10)),
                               (D(2026, 7, 1), "quarter", D(2026, 10, 10)),
                               (D(2026, 10, 1), "quarter", D(2027, 1, 10))]
        # The due list (today 20/05) follows the same rule per period.
        assert [(i.period_start, i.period_kind) for i in due_of(workspace, "assessment")] == [
            (D(2026, 1, 1), "month"), (D(2026, 2, 1), "month"), (D(2026, 3, 1), "month")]

    def test_term_rule_in_force_at_the_decision(self, workspace):
        workspace.rule_table.set("term_months", [3, 12], category="community_education",
                                 valid_from=D(2026, 4, 1), note="Luật mới")
        pid = add_person(workspace)
        # Decided under the old rule (3–6 months), started after the change: the old rule.
        with pytest.raises(ValidationFailed) as e:
            open_case(workspace, pid, "community_education", term_months=9, decision_date=D(2026, 3, 25),
                      start_date=D(2026, 4, 2))
        assert codes(e.value) == ["rule_term_out_of_range"]
        assert e.value.problems[0].params["max"] == 6
        cid = open_case(workspace, pid, "community_education", term_months=9, decision_date=D(2026, 4, 1),
                        start_date=D(2026, 4, 2))
        assert workspace.cases.get(cid).computed_end == D(2027, 1, 1)

    def test_after_rehab_management_before_2022(self, workspace):
        pid = add_person(workspace)
        cid = open_case(workspace, pid, "drug_management", term_months=24, decision_date=D(2021, 5, 10),
                        start_date=D(2021, 5, 15))
        assert workspace.cases.get(cid).computed_end == D(2023, 5, 14)
        cid = open_case(workspace, pid, "after_rehab_management", term_months=18, decision_date=D(2020, 2, 1),
                        start_date=D(2020, 2, 29))
        assert workspace.cases.get(cid).computed_end == D(2021, 8, 28)
        with pytest.raises(ValidationFailed) as e:
            open_case(workspace, pid, "drug_management", term_months=24, decision_date=D(2022, 1, 1),
                      start_date=D(2022, 1, 5))
        assert codes(e.value) == ["rule_term_out_of_range"]
        assert "2021" in e.value.problems[0].params["basis"]


# --- 6. record clearing ------------------------------------------------------------------------

class TestRecordClearing:
    def _ex(self, ws, **kw):
        return open_case(ws, add_person(ws, kw.pop("name", "Nguyễn Văn An")), "reintegration",
                         start_date=kw.pop("start_date", D(2024, 3, 20)), **kw)

    def test_from_release_date_and_sentence(self, workspace):
        cid = self._ex(workspace, release_date=D(2024, 3, 15), sentence_kind="prison_up_to_5y")
        c = workspace.cases.get(cid)
        assert (c.followup_end, c.clearing_state) == (D(2026, 3, 15), "")
        # In the due list while the case is open: a date that comes, from 30 days before.
        [r] = due_of(workspace, "record_clearing", on=D(2026, 3, 1))
        assert (r.case_id, r.due_date, r.days) == (cid, D(2026, 3, 15), 14)
        assert r.note_code == "record_clearing" and "70(2)" in text("due_note", r.note_code, lang="vi")
        assert "Article 70(2)" in text("due_note", r.note_code, lang="en")
        cid2 = self._ex(workspace, name="Lê Văn Bình", release_date=D(2020, 2, 29), sentence_kind="prison_5_to_15y")
        assert workspace.cases.get(cid2).followup_end == D(2023, 2, 28)

    def test_deferred_while_obligations_pending(self, workspace):
        cid = self._ex(workspace, release_date=D(2024, 3, 15), sentence_kind="prison_up_to_5y",
                       obligations_pending=True)
        c = workspace.cases.get(cid)
        assert (c.followup_end, c.clearing_state) == (None, "deferred")
        workspace.cases.add_event({"case_id": cid, "kind": "obligations_done", "date": D(2026, 4, 2)})
        c = workspace.cases.get(cid)
        # Art. 70: 2 years from release (15/03/2026), but not before the obligations are done.
        assert (c.followup_end, c.clearing_state, c.obligations_pending) == (D(2026, 4, 2), "", False)

    def test_new_conviction_restarts(self, workspace):
        cid = self._ex(workspace, release_date=D(2024, 3, 15), sentence_kind="prison_up_to_5y")
        workspace.cases.add_event({"case_id": cid, "kind": "new_conviction", "date": D(2025, 6, 1)})
        c = workspace.cases.get(cid)
        assert (c.followup_end, c.clearing_state) == (None, "restarted")
        # The new sentence completed: counted again from its completion (Art. 73(2)).
        workspace.cases.update(cid, {"release_date": D(2026, 1, 10), "sentence_kind": "prison_up_to_5y"})
        c = workspace.cases.get(cid)
        assert (c.followup_end, c.clearing_state) == (D(2028, 1, 10), "")

    def test_national_security_needs_court_decision(self, workspace):
        cid = self._ex(workspace, release_date=D(2023, 5, 1), sentence_kind="prison_up_to_5y",
                       national_security=True)
        c = workspace.cases.get(cid)
        assert (c.followup_end, c.clearing_state) == (D(2026, 5, 1), "court_decision")
        [r] = due_of(workspace, "record_clearing_court")
        assert r.note_code == "record_clearing_court"
        assert "cần quyết định của Tòa án".lower() in text("due_note", r.note_code, lang="vi").lower()
        assert "Needs a court decision" in text("due_note", r.note_code, lang="en")

    def test_completed_suspended_sentence_and_exemption(self, workspace):
        cid = open_case(workspace, add_person(workspace), "suspended_sentence", term_months=12,
                        judgment_date=D(2025, 1, 10))
        # Only the court ends a court sentence early: exemption, recorded as an event.
        with pytest.raises(ValidationFailed) as e:
            workspace.cases.close(cid, {"status": "terminated_early", "actual_end": D(2025, 8, 1)},
                                  override_reason="x")
        assert codes(e.value) == ["rule_early_termination_court"]
        workspace.cases.add_event({"case_id": cid, "kind": "exemption", "date": D(2025, 8, 1),
                                   "decision_number": "3/QĐ-TA"})
        c = workspace.cases.get(cid)
        # Exemption counts as completion (Art. 73(4)): cleared 1 year later.
        assert (c.status, c.completion_date, c.followup_end) == ("completed", D(2025, 8, 1), D(2026, 8, 1))

    def test_education_measure_never_applied(self, workspace):
        cid = open_case(workspace, add_person(workspace, birth_date="1990"), "community_education",
                        term_months=3, start_date=D(2024, 3, 1))
        workspace.cases.close(cid, {"status": "completed", "actual_end": D(2024, 5, 31)})
        [r] = due_of(workspace, "never_applied", on=D(2026, 5, 20))
        assert (r.due_date, r.note_code, r.note_params) == (D(2026, 5, 31), "never_applied", {})
        assert "chưa bị áp dụng" in text("due_note", r.note_code, lang="vi")
        assert "Deemed never subject to an administrative measure" in text("due_note", r.note_code, lang="en")


# --- 7. ages and categories --------------------------------------------------------------------

class TestAges:
    def test_education_measure_from_twelve(self, workspace):
        child = add_person(workspace, "Trần Văn Bé", birth_date="10/06/2014")
        with pytest.raises(ValidationFailed) as e:
            open_case(workspace, child, "community_education", term_months=3, decision_date=D(2026, 5, 1),
                      start_date=D(2026, 5, 2))
        [p] = e.value.problems
        assert (p.code, p.severity, p.params["age"], p.params["min"]) == ("rule_age_below_min", "warning", 11, 12)
        assert "Điều 90" in p.params["basis"]
        cid = open_case(workspace, child, "community_education", term_months=3, decision_date=D(2026, 5, 1),
                        start_date=D(2026, 5, 2), override_reason="Ngày sinh trên giấy khai sinh sai")
        assert workspace.cases.get(cid).override_reason

    def test_family_management_only_minors(self, workspace):
        adult = add_person(workspace, "Lê Văn Lớn", birth_date="1990")
        with pytest.raises(ValidationFailed) as e:
            open_case(workspace, adult, "family_management", term_months=3, start_date=D(2026, 1, 1))
        assert codes(e.value) == ["rule_age_not_minor"]
        minor = add_person(workspace, "Lê Văn Nhỏ", birth_date="2011")
        open_case(workspace, minor, "family_management", term_months=3, start_date=D(2026, 1, 1))

    def test_year_only_birth_warns_only_when_certain(self, workspace):
        # Born in 2014: 11 or 12 on 01/05/2026, so no warning.
        pid = add_person(workspace, "Trần Văn Bé", birth_date="2014")
        open_case(workspace, pid, "community_education", term_months=3, start_date=D(2026, 5, 1))


# --- 9. words of the law -----------------------------------------------------------------------

def test_status_words_per_category():
    assert status_label_vi("reintegration", "completed") == "Đã được xóa án tích"
    assert status_label_vi("community_watch", "completed") == "Đưa ra khỏi diện quản lý"
    assert status_label_vi("suspended_sentence", "revoked") == "Bị buộc chấp hành án phạt tù"
    assert status_label_vi("community_education", "active") == "Đang quản lý"


def test_a_clearing_date_comes_it_is_never_overdue(workspace):
    cid = open_case(workspace, add_person(workspace), "reintegration", start_date=D(2024, 5, 1),
                    release_date=D(2024, 5, 10), sentence_kind="prison_up_to_5y")
    for q in (D(2024, 4, 1), D(2024, 7, 1), D(2024, 10, 1), D(2025, 1, 1), D(2025, 4, 1), D(2025, 7, 1),
              D(2025, 10, 1), D(2026, 1, 1), D(2026, 4, 1)):
        workspace.visits.record_evaluation({"case_id": cid, "period_start": q, "classification": "A"})
    workspace.visits.record_contact({"case_id": cid, "kind": "home_visit", "date": D(2026, 5, 15),
                                     "summary": "Làm ăn ổn định"})
    [r] = workspace.due.list()
    assert (r.kind, r.due_date, r.days) == ("record_clearing", D(2026, 5, 10), -10)
    ov = workspace.overview.get()
    assert (ov.due_overdue, ov.due_upcoming) == (0, 1)


def test_import_rule_warning_accepted_with_a_reason(workspace, tmp_path):
    """An import row naming the rule and its legal basis, or accepted with a reason column."""
    import openpyxl

    from desktop_app.core.importing import import_workbook

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Họ và tên", "Ngày sinh", "Loại đối tượng", "Ngày quyết định", "Ngày bắt đầu", "Thời hạn (tháng)",
               "Lý do vẫn lưu"])
    ws.append(["Trần Văn Bé", "10/06/2014", "Giáo dục tại xã", "01/05/2026", "02/05/2026", 3, None])
    ws.append(["Trần Văn Em", "10/06/2014", "Giáo dục tại xã", "01/05/2026", "02/05/2026", 3,
               "Giấy khai sinh ghi sai năm sinh"])
    f = tmp_path / "a.xlsx"
    wb.save(f)
    res = import_workbook(workspace, f, dry_run=False)
    [bad] = [o for o in res.outcomes if o.status == "error"]
    [err] = bad.errors
    assert err.code == "rule_age_below_min" and "Điều 90" in err.message
    [ok] = [o for o in res.outcomes if o.status == "created"]
    assert workspace.cases.get(ok.detail["case_id"]).override_reason == "Giấy khai sinh ghi sai năm sinh"
