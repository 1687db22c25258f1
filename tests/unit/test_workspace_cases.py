"""Supervision files through the Workspace: rule warnings with override reasons, the computed
end (events and unauthorised absences), closing and the follow-up window, transfers, and what
happens inside a case (contacts, evaluations, absences, violations)."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.core.errors import NotFound, ValidationFailed
from tests.conftest import add_person, open_case, table_counts

D = dt.date


def codes(exc: ValidationFailed) -> list[str]:
    return [p.code for p in exc.problems]


@pytest.fixture
def adult(workspace) -> str:
    return add_person(workspace, "Nguyễn Văn An", birth_date="15/04/1990", gender="male")


@pytest.fixture
def minor(workspace) -> str:
    return add_person(workspace, "Lê Văn Bé", birth_date="2010", gender="male")


JAN_1 = D(2026, 1, 1)


def ce_case(ws, pid, start=JAN_1, term=6, **kw) -> str:
    return open_case(ws, pid, "community_education", term_months=term, start_date=start, **kw)


# --- opening -----------------------------------------------------------------------------------

class TestOpen:
    def test_open_sets_computed_end_and_defaults(self, workspace, adult):
        ch = workspace.cases.open({"person_id": adult, "category": "community_education", "term_months": 6,
                                   "start_date": D(2026, 1, 1), "decision_number": "12/QĐ-UBND",
                                   "decision_date": D(2025, 12, 20), "helper_name": "Trần Thị Hương"})
        assert ch.cases and ch.persons and ch.created_id and ch.overridden == ()
        c = workspace.cases.get(ch.created_id)
        assert c.computed_end == D(2026, 6, 30)
        assert c.status == "active" and c.officer == "truong" and c.override_reason == ""
        assert c.unit_code == "09123" and c.person_id == adult
        assert [x.id for x in workspace.cases.for_person(adult)] == [ch.created_id]

    def test_term_out_of_range_needs_override(self, workspace, adult):
        before = table_counts(workspace)
        data = {"person_id": adult, "category": "community_education", "term_months": 12,
                "start_date": D(2026, 1, 1)}
        with pytest.raises(ValidationFailed) as e:
            workspace.cases.open(data)
        [p] = e.value.problems
        assert (p.field, p.code, p.severity) == ("term_months", "rule_term_out_of_range", "warning")
        assert p.params["min"] == 3 and p.params["max"] == 6
        assert table_counts(workspace) == before
        with pytest.raises(ValidationFailed):
            workspace.cases.open(data, override_reason="  ")
        ch = workspace.cases.open(data, override_reason="Quyết định của Chủ tịch UBND")
        assert [p.code for p in ch.overridden] == ["rule_term_out_of_range"]
        c = workspace.cases.get(ch.created_id)
        assert c.override_reason == "Quyết định của Chủ tịch UBND"
        assert c.term_months == 12 and c.computed_end == D(2026, 12, 31)
        [a] = workspace.audit.list(action="rule_override")
        assert a.entity == "case_file" and a.entity_id == ch.created_id and a.person_id == adult
        assert a.detail == {"reason": "Quyết định của Chủ tịch UBND", "warnings": ["rule_term_out_of_range"]}

    def test_term_in_range_has_no_override_reason_kept(self, workspace, adult):
        cid = ce_case(workspace, adult, override_reason="not needed")
        assert workspace.cases.get(cid).override_reason == ""

    def test_helper_with_three_open_cases(self, workspace):
        pids = [add_person(workspace, f"Nguyễn Văn {n}") for n in ("An", "Bình", "Cường", "Dũng", "Em")]
        cids = [ce_case(workspace, p, helper_name="Trần Thị Hương") for p in pids[:3]]
        with pytest.raises(ValidationFailed) as e:
            ce_case(workspace, pids[3], helper_name="Trần Thị Hương")
        [p] = e.value.problems
        assert (p.code, p.severity, p.params) == ("rule_helper_overloaded", "warning", {"limit": 3, "count": 4})
        # Another helper is fine; the fourth with a reason is accepted.
        ce_case(workspace, pids[4], helper_name="Lê Văn Tâm")
        fourth = ce_case(workspace, pids[3], helper_name="Trần Thị Hương", override_reason="Thiếu người")
        assert workspace.cases.get(fourth).override_reason == "Thiếu người"
        # Closing one frees a place.
        workspace.cases.close(cids[0], {"status": "completed", "actual_end": D(2026, 5, 1)})
        workspace.cases.close(fourth, {"status": "revoked", "actual_end": D(2026, 5, 1)})
        ce_case(workspace, pids[0], start=D(2026, 5, 2), helper_name="Trần Thị Hương")

    def test_helper_load_checked_on_edit(self, workspace):
        pids = [add_person(workspace, f"Nguyễn Văn {n}") for n in ("An", "Bình", "Cường", "Dũng")]
        for p in pids[:3]:
            ce_case(workspace, p, helper_name="Trần Thị Hương")
        last = ce_case(workspace, pids[3], helper_name="Lê Văn Tâm")
        with pytest.raises(ValidationFailed) as e:
            workspace.cases.update(last, {"helper_name": "Trần Thị Hương"})
        assert codes(e.value) == ["rule_helper_overloaded"]
        assert workspace.cases.get(last).helper_name == "Lê Văn Tâm"

    def test_helper_rule_only_for_education_measures(self, workspace):
        pids = [add_person(workspace, f"Nguyễn Văn {n}") for n in ("An", "Bình", "Cường", "Dũng")]
        opened = [workspace.cases.open({"person_id": p, "category": "suspended_sentence", "term_months": 24,
                                        "start_date": D(2026, 1, 1), "helper_name": "Trần Thị Hương"})
                  for p in pids]
        # A fourth suspended-sentence file for the same helper opens without a warning to override.
        assert [ch.overridden for ch in opened] == [()] * 4
        cases = [workspace.cases.get(ch.created_id) for ch in opened]
        assert [(c.person_id, c.helper_name, c.override_reason) for c in cases] == \
            [(p, "Trần Thị Hương", "") for p in pids]
        # ... while a community-education file is checked (her four files count towards it).
        with pytest.raises(ValidationFailed) as e:
            ce_case(workspace, add_person(workspace, "Nguyễn Văn Em"), helper_name="Trần Thị Hương")
        assert codes(e.value) == ["rule_helper_overloaded"]

    def test_decision_date_in_future(self, workspace, adult):
        before = table_counts(workspace)
        with pytest.raises(ValidationFailed) as e:
            ce_case(workspace, adult, decision_date=D(2026, 5, 21))
        [p] = e.value.problems
        assert (p.field, p.code, p.severity) == ("decision_date", "date_in_future", "error")
        # An override reason cannot push an error through.
        with pytest.raises(ValidationFailed):
            ce_case(workspace, adult, decision_date=D(2026, 5, 21), override_reason="x")
        assert table_counts(workspace) == before
        ce_case(workspace, adult, decision_date=D(2026, 5, 20))

    def test_start_too_far_ahead(self, workspace, adult):
        with pytest.raises(ValidationFailed) as e:
            ce_case(workspace, adult, start=D(2027, 12, 1))
        assert codes(e.value) == ["date_too_far"]

    def test_bad_input_is_typed(self, workspace, adult):
        with pytest.raises(ValidationFailed) as e:
            workspace.cases.open({"person_id": adult, "category": "jail", "decision_number": "x" * 61})
        fields = {p.field for p in e.value.problems}
        assert fields == {"category", "decision_number"}

    def test_unknown_person(self, workspace):
        before = table_counts(workspace)
        with pytest.raises(NotFound):
            ce_case(workspace, "01900000-0000-7000-8000-000000000000")
        assert table_counts(workspace) == before

    def test_community_watch_review_date(self, workspace, adult):
        cid = open_case(workspace, adult, "community_watch", start_date=D(2026, 2, 10))
        c = workspace.cases.get(cid)
        assert c.review_date == D(2026, 8, 10) and c.computed_end is None and c.term_months is None
        cid2 = open_case(workspace, add_person(workspace, "Lê Thị Hoa"), "community_watch",
                         start_date=D(2026, 2, 10), review_date=D(2026, 5, 10))
        assert workspace.cases.get(cid2).review_date == D(2026, 5, 10)


# --- computed end ------------------------------------------------------------------------------

class TestComputedEnd:
    def test_unauthorised_absence_pushes_end(self, workspace, adult):
        cid = ce_case(workspace, adult)
        ch = workspace.visits.record_absence({"case_id": cid, "start": D(2026, 2, 1), "end": D(2026, 2, 10),
                                              "permitted": False})
        assert ch.cases and ch.visits
        assert workspace.cases.get(cid).computed_end == D(2026, 7, 10)

    def test_permitted_absence_counts_toward_term(self, workspace, adult):
        cid = ce_case(workspace, adult)
        ch = workspace.visits.record_absence({"case_id": cid, "start": D(2026, 2, 1), "end": D(2026, 2, 10),
                                              "reason": "Chăm mẹ ốm", "destination": "Hà Nội"})
        assert not ch.cases
        assert workspace.cases.get(cid).computed_end == D(2026, 6, 30)

    def test_extension_and_reduction(self, workspace, adult):
        cid = open_case(workspace, adult, "suspended_sentence", term_months=24, start_date=D(2025, 1, 1))
        assert workspace.cases.get(cid).computed_end == D(2026, 12, 31)
        # The court fixes the probation: no extension, only the court's reduction.
        with pytest.raises(ValidationFailed) as e:
            workspace.cases.add_event({"case_id": cid, "kind": "extension", "date": D(2026, 3, 1), "months": 3})
        assert codes(e.value) == ["rule_court_term_fixed"]
        ch = workspace.cases.add_event({"case_id": cid, "kind": "reduction", "date": D(2026, 4, 1), "months": 5,
                                        "decision_number": "05/QĐ-TA"})
        assert ch.cases and ch.visits and ch.created_id
        assert workspace.cases.get(cid).computed_end == D(2026, 7, 31)
        # An unauthorised absence is a breach (a violation), never an extension.
        workspace.visits.record_absence({"case_id": cid, "start": D(2026, 4, 2), "end": D(2026, 4, 6),
                                         "permitted": False})
        assert workspace.cases.get(cid).computed_end == D(2026, 7, 31)
        # Events, absences and the breach all show in the timeline, newest first.
        tl = workspace.cases.timeline(cid)
        assert [(e.kind, e.subkind) for e in tl] == [("violation", "violation"), ("absence", "unauthorised"),
                                                     ("event", "reduction")]
        # Extension stays for the education measure.
        ce = ce_case(workspace, adult)
        workspace.cases.add_event({"case_id": ce, "kind": "extension", "date": D(2026, 3, 1), "months": 1},)
        assert workspace.cases.get(ce).computed_end == D(2026, 7, 31)

    def test_extension_needs_months(self, workspace, adult):
        cid = ce_case(workspace, adult)
        with pytest.raises(ValidationFailed) as e:
            workspace.cases.add_event({"case_id": cid, "kind": "extension", "date": D(2026, 3, 1)})
        assert codes(e.value) == ["must_be_positive"]

    def test_event_in_future_refused(self, workspace, adult):
        cid = ce_case(workspace, adult)
        with pytest.raises(ValidationFailed) as e:
            workspace.cases.add_event({"case_id": cid, "kind": "extension", "date": D(2026, 6, 1), "months": 1})
        assert codes(e.value) == ["date_in_future"]
        assert workspace.cases.get(cid).computed_end == D(2026, 6, 30)

    def test_term_edit_recomputes_end(self, workspace, adult):
        cid = ce_case(workspace, adult, term=3)
        workspace.visits.record_absence({"case_id": cid, "start": D(2026, 2, 1), "end": D(2026, 2, 2),
                                         "permitted": False})
        ch = workspace.cases.update(cid, {"term_months": 6})
        assert ch.cases
        assert workspace.cases.get(cid).computed_end == D(2026, 7, 2)
        with pytest.raises(ValidationFailed) as e:
            workspace.cases.update(cid, {"term_months": 9})
        assert codes(e.value) == ["rule_term_out_of_range"]
        workspace.cases.update(cid, {"term_months": 9}, override_reason="Gia hạn theo quyết định")
        c = workspace.cases.get(cid)
        assert c.computed_end == D(2026, 10, 2) and c.override_reason == "Gia hạn theo quyết định"

    def test_noop_update_changes_nothing(self, workspace, adult):
        cid = ce_case(workspace, adult)
        assert workspace.cases.update(cid, {"term_months": 6}).cases is False


# --- closing -----------------------------------------------------------------------------------

class TestClose:
    def test_adult_followup_two_years(self, workspace, adult):
        cid = ce_case(workspace, adult, start=D(2025, 6, 1), decision_date=D(2025, 5, 20))
        ch = workspace.cases.close(cid, {"status": "completed", "actual_end": D(2025, 11, 30),
                                         "completion_cert_number": "07/GCN"})
        assert ch.cases
        c = workspace.cases.get(cid)
        assert c.status == "completed" and c.actual_end == D(2025, 11, 30)
        assert c.completion_date == D(2025, 11, 30) and c.completion_cert_number == "07/GCN"
        assert c.followup_end == D(2027, 11, 30)

    def test_minor_followup_one_year(self, workspace, minor):
        cid = open_case(workspace, minor, "family_management", term_months=3, start_date=D(2025, 6, 1),
                        decision_date=D(2025, 5, 20))
        workspace.cases.close(cid, {"status": "completed", "actual_end": D(2025, 8, 31)})
        assert workspace.cases.get(cid).followup_end == D(2026, 8, 31)
        cid2 = ce_case(workspace, minor, start=D(2025, 9, 1))
        workspace.cases.close(cid2, {"status": "completed", "actual_end": D(2026, 2, 28)})
        assert workspace.cases.get(cid2).followup_end == D(2027, 2, 28)

    def test_no_birth_date_counts_as_adult(self, workspace):
        pid = add_person(workspace, "Nguyễn Văn Vô Danh")
        cid = ce_case(workspace, pid, start=D(2025, 6, 1))
        workspace.cases.close(cid, {"status": "completed", "actual_end": D(2025, 11, 30)})
        assert workspace.cases.get(cid).followup_end == D(2027, 11, 30)

    def test_reintegration_clearing(self, workspace, adult):
        # Released 10/03/2026 after 7 years in prison; completed the same day it was opened.
        cid = open_case(workspace, adult, "reintegration", start_date=D(2026, 3, 10),
                        sentence_kind="prison_5_to_15y", classification="B")
        workspace.cases.close(cid, {"status": "completed", "actual_end": D(2026, 3, 10)})
        assert workspace.cases.get(cid).followup_end == D(2029, 3, 10)

    def test_suspended_sentence_clearing_one_year(self, workspace, adult):
        cid = open_case(workspace, adult, "suspended_sentence", term_months=12, start_date=D(2025, 3, 1))
        workspace.cases.close(cid, {"status": "completed", "actual_end": D(2026, 2, 28)})
        assert workspace.cases.get(cid).followup_end == D(2027, 2, 28)

    def test_only_completion_sets_followup(self, workspace, adult):
        cid = ce_case(workspace, adult, start=D(2025, 6, 1))
        workspace.cases.close(cid, {"status": "revoked", "actual_end": D(2025, 7, 1)})
        c = workspace.cases.get(cid)
        assert c.status == "revoked" and c.followup_end is None and c.completion_date is None

    def test_early_termination_before_half(self, workspace, adult):
        cid = ce_case(workspace, adult, start=D(2026, 1, 1))  # ends 30/06/2026
        with pytest.raises(ValidationFailed) as e:
            workspace.cases.close(cid, {"status": "terminated_early", "actual_end": D(2026, 3, 1)})
        [p] = e.value.problems
        assert (p.code, p.severity) == ("rule_early_termination_too_soon", "warning")
        assert workspace.cases.get(cid).status == "active"
        ch = workspace.cases.close(cid, {"status": "terminated_early", "actual_end": D(2026, 3, 1)},
                                   override_reason="Lập công")
        assert [p.code for p in ch.overridden] == ["rule_early_termination_too_soon"]
        c = workspace.cases.get(cid)
        assert c.status == "terminated_early" and c.override_reason == "Lập công" and c.followup_end is None

    def test_early_termination_after_half(self, workspace, adult):
        cid = ce_case(workspace, adult, start=D(2026, 1, 1))
        ch = workspace.cases.close(cid, {"status": "terminated_early", "actual_end": D(2026, 4, 1)})
        assert ch.overridden == ()

    def test_close_refusals(self, workspace, adult):
        cid = ce_case(workspace, adult, start=D(2026, 1, 1))
        for data, code in [
            ({"status": "completed", "actual_end": D(2026, 5, 21)}, "date_in_future"),
            ({"status": "completed", "actual_end": D(2025, 12, 31)}, "end_before_start"),
        ]:
            with pytest.raises(ValidationFailed) as e:
                workspace.cases.close(cid, data)
            assert codes(e.value) == [code]
        with pytest.raises(ValidationFailed) as e:
            workspace.cases.close(cid, {"status": "active", "actual_end": D(2026, 5, 1)})
        assert e.value.problems[0].field == "status"
        workspace.cases.close(cid, {"status": "completed", "actual_end": D(2026, 5, 1)})
        with pytest.raises(ValidationFailed) as e:
            workspace.cases.close(cid, {"status": "completed", "actual_end": D(2026, 5, 2)})
        assert codes(e.value) == ["case_not_open"]

    def test_new_conviction_restarts_clock(self, workspace, adult):
        cid = open_case(workspace, adult, "suspended_sentence", term_months=12, start_date=D(2025, 3, 1))
        workspace.cases.close(cid, {"status": "completed", "actual_end": D(2026, 2, 28)})
        workspace.cases.add_event({"case_id": cid, "kind": "new_conviction", "date": D(2026, 4, 1)})
        assert workspace.cases.get(cid).followup_end is None


class TestTransfer:
    def test_transfer_out(self, workspace, adult):
        cid = open_case(workspace, adult, "suspended_sentence", term_months=24, start_date=D(2025, 1, 1))
        with pytest.raises(ValidationFailed) as e:
            workspace.cases.add_event({"case_id": cid, "kind": "transfer_out", "date": D(2026, 5, 1)})
        assert [(p.field, p.code) for p in e.value.problems] == [("other_unit_code", "required")]
        with pytest.raises(ValidationFailed) as e:  # a unit code is 2 (province) or 5 (commune) digits
            workspace.cases.add_event({"case_id": cid, "kind": "transfer_out", "date": D(2026, 5, 1),
                                       "other_unit_code": "9124"})
        assert [(p.field, p.code, p.params) for p in e.value.problems] == [
            ("other_unit_code", "unit_code_format", {"value": "9124"})]
        ch = workspace.cases.add_event({"case_id": cid, "kind": "transfer_out", "date": D(2026, 5, 1),
                                        "other_unit_code": "09124"})
        assert ch.cases
        c = workspace.cases.get(cid)
        assert c.status == "transferred" and c.actual_end == D(2026, 5, 1)
        with pytest.raises(ValidationFailed) as e:
            workspace.cases.add_event({"case_id": cid, "kind": "transfer_out", "date": D(2026, 5, 2),
                                       "other_unit_code": "09125"})
        assert codes(e.value) == ["case_not_open"]
        # A transferred case no longer counts as open.
        assert workspace.persons.list().rows[0].open_cases == 0


# --- inside a case -----------------------------------------------------------------------------

class TestInsideCase:
    def test_contact(self, workspace, adult):
        cid = ce_case(workspace, adult)
        ch = workspace.visits.record_contact({"case_id": cid, "kind": "home_visit", "date": D(2026, 3, 1),
                                              "summary": "Chấp hành tốt"})
        assert ch.visits and ch.cases and ch.created_id
        assert workspace.cases.get(cid).last_contact_date == D(2026, 3, 1)
        workspace.visits.record_contact({"summary": "Thăm gặp", "case_id": cid, "kind": "phone_call", "date": D(2026, 2, 1)})
        assert workspace.cases.get(cid).last_contact_date == D(2026, 3, 1)  # older contact: unchanged
        with pytest.raises(ValidationFailed) as e:
            workspace.visits.record_contact({"summary": "Thăm gặp", "case_id": cid, "kind": "home_visit", "date": D(2026, 5, 21)})
        assert codes(e.value) == ["date_in_future"]
        tl = workspace.cases.timeline(cid)
        assert [(e.subkind, e.date) for e in tl] == [("home_visit", D(2026, 3, 1)), ("phone_call", D(2026, 2, 1))]
        assert tl[0].data["officer"] == "truong"

    def test_evaluation_period_normalised_and_unique(self, workspace, adult):
        cid = ce_case(workspace, adult)
        workspace.visits.record_evaluation({"case_id": cid, "period_start": D(2026, 1, 17),
                                            "police_assessment": "Tốt", "classification": "A"})
        c = workspace.cases.get(cid)
        assert c.last_assessed_period == D(2026, 1, 1) and c.classification == "A"
        with pytest.raises(ValidationFailed) as e:
            workspace.visits.record_evaluation({"police_assessment": "Chấp hành tốt", "case_id": cid, "period_start": D(2026, 1, 1)})
        assert codes(e.value) == ["evaluation_exists"]
        with pytest.raises(ValidationFailed) as e:
            workspace.visits.record_evaluation({"police_assessment": "Chấp hành tốt", "case_id": cid, "period_start": D(2026, 6, 1)})
        assert codes(e.value) == ["date_in_future"]

    def test_next_assessment_with_gap(self, workspace, adult):
        cid = open_case(workspace, adult, "suspended_sentence", term_months=24, start_date=D(2026, 1, 10))
        assert workspace.cases.next_assessment(cid) == (D(2026, 1, 1), D(2026, 2, 5))
        for m in (1, 3):
            workspace.visits.record_evaluation({"police_assessment": "Chấp hành tốt", "case_id": cid, "period_start": D(2026, m, 1)})
        assert workspace.cases.next_assessment(cid) == (D(2026, 2, 1), D(2026, 3, 5))
        workspace.visits.record_evaluation({"police_assessment": "Chấp hành tốt", "case_id": cid, "period_start": D(2026, 2, 1)})
        assert workspace.cases.next_assessment(cid) == (D(2026, 4, 1), D(2026, 5, 5))
        workspace.cases.close(cid, {"status": "revoked", "actual_end": D(2026, 5, 1)})
        assert workspace.cases.next_assessment(cid) is None

    def test_quarterly_assessment_for_reintegration(self, workspace, adult):
        cid = open_case(workspace, adult, "reintegration", start_date=D(2025, 11, 3),
                        sentence_kind="prison_up_to_5y")
        assert workspace.cases.next_assessment(cid) == (D(2025, 10, 1), D(2026, 1, 10))
        workspace.visits.record_evaluation({"case_id": cid, "period_kind": "quarter",
                                            "period_start": D(2025, 11, 15), "classification": "B"})
        assert workspace.cases.next_assessment(cid) == (D(2026, 1, 1), D(2026, 4, 10))
        assert workspace.cases.get(cid).classification == "B"

    def test_evaluation_period_defaults_to_the_category_rule(self, workspace, adult):
        cid = open_case(workspace, adult, "reintegration", start_date=D(2025, 11, 3),
                        sentence_kind="prison_up_to_5y")
        workspace.visits.record_evaluation({"police_assessment": "Chấp hành tốt", "case_id": cid, "period_start": D(2025, 11, 15)})
        [e] = workspace.cases.timeline(cid)
        assert (e.subkind, e.date) == ("quarter", D(2025, 10, 1))
        assert workspace.cases.next_assessment(cid) == (D(2026, 1, 1), D(2026, 4, 10))
        with pytest.raises(ValidationFailed) as exc:  # same quarter again
            workspace.visits.record_evaluation({"police_assessment": "Chấp hành tốt", "case_id": cid, "period_start": D(2025, 12, 1)})
        assert codes(exc.value) == ["evaluation_exists"]

    def test_absence_refusals_and_warnings(self, workspace, adult):
        cid = open_case(workspace, adult, "suspended_sentence", term_months=12, start_date=D(2026, 1, 1))
        before = table_counts(workspace)
        with pytest.raises(ValidationFailed) as e:
            workspace.visits.record_absence({"case_id": cid, "start": D(2026, 3, 10), "end": D(2026, 3, 9),
                                             "reason": "Thăm thân"})
        [p] = e.value.problems
        assert (p.field, p.code, p.severity) == ("end", "end_before_start", "error")
        with pytest.raises(ValidationFailed) as e:
            workspace.visits.record_absence({"case_id": cid, "start": D(2026, 3, 1), "end": D(2026, 3, 9)})
        assert [(p.field, p.code) for p in e.value.problems] == [("reason", "required")]
        with pytest.raises(ValidationFailed) as e:
            workspace.visits.record_absence({"case_id": cid, "start": D(2026, 3, 1), "end": D(2026, 5, 1),
                                             "reason": "Đi làm ăn xa"})
        assert codes(e.value) == ["rule_absence_too_long"]
        assert table_counts(workspace) == before
        ch = workspace.visits.record_absence({"case_id": cid, "start": D(2026, 3, 1), "end": D(2026, 5, 1),
                                              "reason": "Đi làm ăn xa"}, override_reason="Toà cho phép")
        assert [p.code for p in ch.overridden] == ["rule_absence_too_long"]
        [a] = workspace.audit.list(action="rule_override")
        assert a.entity == "absence" and a.entity_id == ch.created_id
        # No 1/3 total for a suspended sentence (the law sets none): 62 + 57 + 5 days pass.
        workspace.visits.record_absence({"case_id": cid, "start": D(2026, 5, 5), "end": D(2026, 6, 30),
                                         "reason": "Thăm thân"})
        workspace.visits.record_absence({"case_id": cid, "start": D(2026, 7, 1), "end": D(2026, 7, 5),
                                         "reason": "Thăm thân"})
        # The education measure: total absence ≤ 1/3 of the term (181 days → 60).
        ce = ce_case(workspace, adult)
        workspace.visits.record_absence({"case_id": ce, "start": D(2026, 2, 1), "end": D(2026, 3, 22),
                                         "reason": "Thăm thân"})  # 50 days
        with pytest.raises(ValidationFailed) as e:
            workspace.visits.record_absence({"case_id": ce, "start": D(2026, 4, 1), "end": D(2026, 4, 11),
                                             "reason": "Thăm thân"})  # 61 in total
        assert codes(e.value) == ["rule_absence_total_exceeded"]

    def test_violation(self, workspace, adult):
        cid = ce_case(workspace, adult)
        with pytest.raises(ValidationFailed) as e:
            workspace.visits.record_violation({"case_id": cid, "date": D(2026, 3, 1), "act": ""})
        assert e.value.problems[0].field == "act"
        ch = workspace.visits.record_violation({"case_id": cid, "date": D(2026, 3, 1), "act": "Đánh nhau",
                                                "record_number": "01/BB"})
        assert ch.visits and not ch.cases
        assert [e.kind for e in workspace.cases.timeline(cid)] == ["violation"]

    def test_deleted_case_disappears(self, workspace, adult, add_officer):
        cid = ce_case(workspace, adult)
        officer = add_officer()
        from desktop_app.core.errors import PermissionDenied

        with pytest.raises(PermissionDenied):
            officer.cases.delete(cid)
        workspace.cases.delete(cid)
        with pytest.raises(NotFound):
            workspace.cases.get(cid)
        assert workspace.cases.for_person(adult) == []
        with pytest.raises(NotFound):
            workspace.visits.record_contact({"summary": "Thăm gặp", "case_id": cid, "kind": "home_visit", "date": D(2026, 3, 1)})
