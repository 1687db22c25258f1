"""Every record correctable (issue 13 §3): a case edited after saving (officer in charge, helper,
decision, category…), a closed case reopened (chief only, with a reason), contacts,
evaluations, absences and violations corrected and removed — each audited with the old values,
sent to the outbox, and refused where the role does not allow it; and the empty records the
core refuses (§2)."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from desktop_app.core.errors import NotFound, PermissionDenied, ValidationFailed
from desktop_app.core.store.tables import SyncOutbox
from tests.conftest import add_person, open_case, table_counts

D = dt.date


def codes(exc: ValidationFailed) -> list[tuple[str, str]]:
    return [(p.field, p.code) for p in exc.problems]


def outbox(ws, row_id: str) -> list[tuple[str, dict]]:
    """(op, changed fields) of the outbox entries of one row, oldest first."""
    t = SyncOutbox.__table__
    with ws._read() as conn:
        rows = conn.execute(select(t.c.op, t.c.changed_fields).where(t.c.row_id == row_id)
                            .order_by(t.c.device_seq)).all()
    return [(op, json.loads(fields)) for op, fields in rows]


def last_audit(ws, entity_id: str):
    return max((a for a in ws.audit.list(limit=500) if a.entity_id == entity_id), key=lambda a: a.seq)


@pytest.fixture
def person(workspace) -> str:
    return add_person(workspace, "Nguyễn Văn An", birth_date="15/04/1990", gender="male")


@pytest.fixture
def case(workspace, person) -> str:
    return open_case(workspace, person, "suspended_sentence", term_months=24, start_date=D(2026, 1, 1),
                     decision_number="12/QĐ", helper_name="Trần Thi Huong")


# --- cases ---------------------------------------------------------------------------------------

class TestCaseEdit:
    def test_every_field_and_the_officer_in_charge(self, workspace, add_officer, case):
        add_officer("canbo.duc", full_name="Lê Văn Đức")
        ch = workspace.cases.update(case, {"helper_name": "Trần Thị Hương", "officer": "canbo.duc",
                                           "decision_number": "12/QĐ-TA", "judgment_ref": "Bản án 05/2025/HS-ST",
                                           "term_months": 30})
        assert ch.cases
        c = workspace.cases.get(case)
        assert (c.helper_name, c.officer, c.decision_number, c.judgment_ref) == (
            "Trần Thị Hương", "canbo.duc", "12/QĐ-TA", "Bản án 05/2025/HS-ST")
        assert c.computed_end == D(2028, 6, 30)  # the end follows the term
        a = last_audit(workspace, case)
        assert a.action == "edit"
        assert a.detail["changes"]["helper_name"] == ["Trần Thi Huong", "Trần Thị Hương"]  # old value kept
        assert a.detail["changes"]["officer"] == ["truong", "canbo.duc"]
        op, fields = outbox(workspace, case)[-2]  # the edit, then the computed end
        assert op == "update" and fields["officer"] == "canbo.duc" and "category" not in fields

    def test_officer_must_be_an_account(self, workspace, case):
        before = table_counts(workspace)
        with pytest.raises(ValidationFailed) as e:
            workspace.cases.update(case, {"officer": "nguoi.la"})
        assert codes(e.value) == [("officer", "unknown_officer")]
        assert table_counts(workspace) == before

    def test_category_change_checks_the_new_rules(self, workspace, person):
        cid = open_case(workspace, person, "suspended_sentence", term_months=12, start_date=D(2026, 1, 1))
        with pytest.raises(ValidationFailed) as e:  # community education: 3–6 months
            workspace.cases.update(cid, {"category": "community_education"})
        assert [p.code for p in e.value.problems] == ["rule_term_out_of_range"]
        workspace.cases.update(cid, {"category": "community_education", "term_months": 6})
        assert workspace.cases.get(cid).category == "community_education"

    def test_an_officer_edits_a_case_of_the_unit(self, workspace, add_officer, case):
        officer = add_officer()
        officer.cases.update(case, {"helper_name": "Trần Thị Hương"})
        assert workspace.cases.get(case).helper_name == "Trần Thị Hương"


class TestReopen:
    def test_chief_reopens_with_a_reason(self, workspace, case):
        workspace.cases.close(case, {"status": "completed", "actual_end": D(2026, 5, 1),
                                     "completion_cert_number": "07/GCN"},
                              override_reason="Tòa quyết định")
        assert workspace.cases.get(case).followup_end is not None
        with pytest.raises(ValidationFailed) as e:
            workspace.cases.reopen(case, "  ")
        assert codes(e.value) == [("reason", "required")]
        ch = workspace.cases.reopen(case, "Đóng nhầm hồ sơ")
        assert ch.cases and ch.persons
        c = workspace.cases.get(case)
        assert (c.status, c.actual_end, c.completion_date, c.followup_end, c.completion_cert_number) == (
            "active", None, None, None, "")
        a = last_audit(workspace, case)
        assert a.action == "reopen" and a.detail["reason"] == "Đóng nhầm hồ sơ"
        assert a.detail["changes"]["status"] == ["completed", "active"]
        op, fields = outbox(workspace, case)[-1]
        assert op == "update" and fields["status"] == "active" and fields["actual_end"] is None
        with pytest.raises(ValidationFailed) as e:  # open now: nothing to reopen
            workspace.cases.reopen(case, "lại")
        assert codes(e.value) == [("status", "case_already_open")]

    def test_officer_may_not_reopen(self, workspace, add_officer, case):
        workspace.cases.close(case, {"status": "revoked", "actual_end": D(2026, 5, 1)})
        officer = add_officer()
        before = table_counts(workspace)
        with pytest.raises(PermissionDenied):
            officer.cases.reopen(case, "Đóng nhầm")
        assert table_counts(workspace) == before
        assert workspace.cases.get(case).status == "revoked"


# --- records inside a case -----------------------------------------------------------------------

class TestContacts:
    def test_edit_moves_the_last_contact_and_marks_the_timeline(self, workspace, case):
        c1 = workspace.visits.record_contact({"case_id": case, "kind": "home_visit", "date": D(2026, 3, 1),
                                              "summary": "Gặp mẹ đối tượng"}).created_id
        workspace.visits.record_contact({"case_id": case, "kind": "phone_call", "date": D(2026, 2, 1),
                                         "summary": "Gọi điện"})
        [tl_before] = [e for e in workspace.cases.timeline(case) if e.id == c1]
        assert not tl_before.edited
        ch = workspace.visits.update_contact(c1, {"case_id": case, "kind": "home_visit", "date": D(2026, 1, 20),
                                                 "summary": "Gặp đối tượng và mẹ"})
        assert ch.visits and ch.cases
        assert workspace.cases.get(case).last_contact_date == D(2026, 2, 1)
        [tl] = [e for e in workspace.cases.timeline(case) if e.id == c1]
        assert tl.edited and tl.summary == "Gặp đối tượng và mẹ" and tl.data["officer"] == "truong"
        a = last_audit(workspace, c1)
        assert a.action == "edit" and a.detail["changes"]["summary"] == ["Gặp mẹ đối tượng", "Gặp đối tượng và mẹ"]
        assert outbox(workspace, c1)[-1] == ("update", {"date": "2026-01-20", "summary": "Gặp đối tượng và mẹ"})
        assert workspace.visits.record("contact", c1).summary == "Gặp đối tượng và mẹ"

    def test_empty_contact_refused_on_record_and_edit(self, workspace, case):
        before = table_counts(workspace)
        with pytest.raises(ValidationFailed) as e:
            workspace.visits.record_contact({"case_id": case, "kind": "home_visit", "date": D(2026, 3, 1),
                                             "summary": "   "})
        assert codes(e.value) == [("summary", "required")]
        assert table_counts(workspace) == before
        c1 = workspace.visits.record_contact({"case_id": case, "kind": "home_visit", "date": D(2026, 3, 1),
                                              "summary": "Ổn"}).created_id
        with pytest.raises(ValidationFailed) as e:
            workspace.visits.update_contact(c1, {"case_id": case, "kind": "home_visit", "date": D(2026, 3, 1)})
        assert codes(e.value) == [("summary", "required")]

    def test_remove_is_a_tombstone_for_the_chief_only(self, workspace, add_officer, case):
        c1 = workspace.visits.record_contact({"case_id": case, "kind": "home_visit", "date": D(2026, 3, 1),
                                              "summary": "Gặp mẹ đối tượng"}).created_id
        officer = add_officer()
        with pytest.raises(PermissionDenied):
            officer.visits.remove("contact", c1)
        ch = workspace.visits.remove("contact", c1)
        assert ch.visits and ch.cases
        assert workspace.cases.timeline(case) == []
        assert workspace.cases.get(case).last_contact_date is None
        a = last_audit(workspace, c1)
        assert a.action == "delete" and a.detail["fields"]["summary"] == "Gặp mẹ đối tượng"
        assert outbox(workspace, c1)[-1] == ("delete", {"deleted": True})
        with pytest.raises(NotFound):
            workspace.visits.remove("contact", c1)
        with pytest.raises(NotFound):
            workspace.visits.record("contact", c1)


class TestEvaluations:
    def test_empty_evaluation_refused(self, workspace, case):
        before = table_counts(workspace)
        with pytest.raises(ValidationFailed) as e:
            workspace.visits.record_evaluation({"case_id": case, "period_start": D(2026, 3, 1)})
        assert codes(e.value) == [("police_assessment", "evaluation_empty")]
        assert table_counts(workspace) == before
        # a grade alone, or a comment alone, is enough
        workspace.visits.record_evaluation({"case_id": case, "period_start": D(2026, 3, 1), "classification": "B"})
        workspace.visits.record_evaluation({"case_id": case, "period_start": D(2026, 4, 1),
                                            "helper_comment": "Chăm chỉ"})

    def test_edit_grade_and_period(self, workspace, case):
        e1 = workspace.visits.record_evaluation({"case_id": case, "period_start": D(2026, 3, 1),
                                                 "police_assessment": "Tốt", "classification": "A"}).created_id
        workspace.visits.record_evaluation({"case_id": case, "period_start": D(2026, 4, 1),
                                            "police_assessment": "Khá"})
        with pytest.raises(ValidationFailed) as e:  # onto a period already assessed
            workspace.visits.update_evaluation(e1, {"case_id": case, "period_start": D(2026, 4, 10),
                                                    "police_assessment": "Tốt"})
        assert codes(e.value) == [("period_start", "evaluation_exists")]
        # its own period is not a duplicate of itself
        ch = workspace.visits.update_evaluation(e1, {"case_id": case, "period_start": D(2026, 3, 15),
                                                     "police_assessment": "Tốt", "classification": "C"})
        assert ch.cases
        assert workspace.cases.get(case).classification == "C"
        assert last_audit(workspace, e1).detail["changes"] == {"classification": ["A", "C"]}
        ch = workspace.visits.update_evaluation(e1, {"case_id": case, "period_start": D(2026, 2, 1),
                                                     "police_assessment": "Tốt", "classification": "C"})
        assert workspace.visits.record("evaluation", e1).period_start == D(2026, 2, 1)
        assert workspace.cases.get(case).last_assessed_period == D(2026, 4, 1)
        workspace.visits.remove("evaluation", next(x.id for x in workspace.cases.timeline(case)
                                                   if x.date == D(2026, 4, 1)))
        assert workspace.cases.get(case).last_assessed_period == D(2026, 2, 1)
        assert workspace.cases.next_assessment(case)[0] == D(2026, 1, 1)


class TestAbsencesAndViolations:
    def test_absence_edit_moves_the_end(self, workspace, person):
        # the education measure: unauthorised days do not count toward the term (DOMAIN §1)
        case = open_case(workspace, person, "community_education", term_months=6, start_date=D(2026, 1, 1))
        assert workspace.cases.get(case).computed_end == D(2026, 6, 30)
        a1 = workspace.visits.record_absence({"case_id": case, "start": D(2026, 3, 1), "end": D(2026, 3, 10),
                                              "reason": "Thăm thân"}).created_id
        assert workspace.cases.get(case).computed_end == D(2026, 6, 30)  # permitted: counted
        ch = workspace.visits.update_absence(a1, {"case_id": case, "start": D(2026, 3, 1), "end": D(2026, 3, 10),
                                                  "permitted": False, "reason": "Tự ý đi"})
        assert ch.cases
        assert workspace.cases.get(case).computed_end == D(2026, 7, 10)  # 10 days not counted
        assert last_audit(workspace, a1).detail["changes"]["permitted"] == [True, False]
        fields = outbox(workspace, a1)[-1][1]
        assert fields["permitted"] is False and fields["counted_toward_term"] is False
        assert workspace.visits.breaches(case) == []  # not a breach for the education measure
        with pytest.raises(ValidationFailed) as e:
            workspace.visits.update_absence(a1, {"case_id": case, "start": D(2026, 3, 10), "end": D(2026, 3, 1),
                                                 "permitted": False})
        assert codes(e.value) == [("end", "end_before_start")]
        workspace.visits.remove("absence", a1)
        assert workspace.cases.get(case).computed_end == D(2026, 6, 30)

    def test_absence_corrected_to_unauthorised_is_a_breach_of_probation(self, workspace, case):
        # a suspended sentence: the court fixed the probation; an unauthorised absence is a breach
        assert workspace.cases.get(case).computed_end == D(2027, 12, 31)
        a1 = workspace.visits.record_absence({"case_id": case, "start": D(2026, 3, 1), "end": D(2026, 3, 10),
                                              "reason": "Thăm thân"}).created_id
        ch = workspace.visits.update_absence(a1, {"case_id": case, "start": D(2026, 3, 1), "end": D(2026, 3, 10),
                                                  "permitted": False, "reason": "Tự ý đi"})
        assert ch.cases
        assert workspace.cases.get(case).computed_end == D(2027, 12, 31)  # the end never moves
        assert workspace.visits.breaches(case) == [D(2026, 3, 1)]
        # a further correction of the same absence records no second breach
        workspace.visits.update_absence(a1, {"case_id": case, "start": D(2026, 3, 1), "end": D(2026, 3, 12),
                                             "permitted": False, "reason": "Tự ý đi"})
        assert workspace.visits.breaches(case) == [D(2026, 3, 1)]

    def test_absence_edit_does_not_count_itself_twice(self, workspace, person):
        cid = open_case(workspace, person, "suspended_sentence", term_months=12, start_date=D(2026, 1, 1))
        a1 = workspace.visits.record_absence({"case_id": cid, "start": D(2026, 3, 1), "end": D(2026, 3, 25),
                                              "reason": "Thăm thân"}).created_id
        # 25 days → 30 days: within the single-absence limit once its own old days are left out
        workspace.visits.update_absence(a1, {"case_id": cid, "start": D(2026, 3, 1), "end": D(2026, 3, 30),
                                             "reason": "Thăm thân"})
        assert workspace.visits.record("absence", a1).end == D(2026, 3, 30)

    def test_violation_edit_and_remove(self, workspace, add_officer, case):
        v1 = workspace.visits.record_violation({"case_id": case, "date": D(2026, 3, 1), "act": "Đánh nhau"}).created_id
        officer = add_officer()
        ch = officer.visits.update_violation(v1, {"case_id": case, "date": D(2026, 3, 1), "act": "Gây rối",
                                                  "record_number": "01/BB"})
        assert ch.visits and not ch.cases
        [tl] = workspace.cases.timeline(case)
        assert tl.edited and tl.summary == "Gây rối" and tl.data["record_number"] == "01/BB"
        a = last_audit(workspace, v1)
        assert a.username == "canbo1" and a.detail["changes"]["act"] == ["Đánh nhau", "Gây rối"]
        with pytest.raises(ValidationFailed) as e:
            workspace.visits.update_violation(v1, {"case_id": case, "date": D(2026, 3, 1), "act": ""})
        assert [p.field for p in e.value.problems] == ["act"]
        with pytest.raises(PermissionDenied):
            officer.visits.remove("violation", v1)
        workspace.visits.remove("violation", v1)
        assert workspace.cases.timeline(case) == []

    def test_unchanged_save_writes_nothing(self, workspace, case):
        v1 = workspace.visits.record_violation({"case_id": case, "date": D(2026, 3, 1), "act": "Đánh nhau"}).created_id
        before = table_counts(workspace)
        ch = workspace.visits.update_violation(v1, {"case_id": case, "date": D(2026, 3, 1), "act": "Đánh nhau"})
        assert not ch.visits
        assert table_counts(workspace) == before
        [tl] = workspace.cases.timeline(case)
        assert not tl.edited

    def test_unknown_records_are_not_found(self, workspace, case):
        v1 = workspace.visits.record_violation({"case_id": case, "date": D(2026, 3, 1), "act": "Đánh nhau"}).created_id
        with pytest.raises(NotFound):
            workspace.visits.update_violation("nope", {"case_id": case, "date": D(2026, 3, 1), "act": "x"})
        with pytest.raises(NotFound):
            workspace.visits.remove("session", v1)
