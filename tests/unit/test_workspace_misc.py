"""Everything else through the Workspace: the due list, warning sessions, citizen tips, security
models, period figures and the export dump (the rule table, units, permissions, Changes and the
sync bookkeeping: test_workspace_rules_sync.py)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from desktop_app.core.errors import NotFound, PermissionDenied, ValidationFailed
from tests.conftest import TODAY, add_person, open_case, table_counts

D = dt.date


def codes(exc: ValidationFailed) -> list[str]:
    return [p.code for p in exc.problems]


def kinds(items) -> list[tuple[str, str]]:
    return [(i.kind, i.full_name) for i in items]


# --- due list ----------------------------------------------------------------------------------

class TestDue:
    def test_overdue_assessment_and_visit(self, workspace):
        pid = add_person(workspace, "Nguyễn Văn An")
        cid = open_case(workspace, pid, "community_education", term_months=6, start_date=D(2026, 1, 1))
        items = workspace.due.list()
        by_kind = {i.kind: i for i in items}
        assert set(by_kind) == {"assessment", "visit"}
        # Every missing period is due, oldest first: January to April (May's is due 05/06).
        assessments = [i for i in items if i.kind == "assessment"]
        assert [(i.period_start, i.due_date) for i in assessments] == [
            (D(2026, m, 1), D(2026, m + 1, 5)) for m in range(1, 5)]
        a = assessments[0]
        assert (a.case_id, a.person_id, a.period_start, a.due_date) == (cid, pid, D(2026, 1, 1), D(2026, 2, 5))
        assert a.days == (D(2026, 2, 5) - TODAY).days < 0
        v = by_kind["visit"]
        assert v.due_date == D(2026, 1, 31) and v.days < 0  # 30 days after the start, no contact yet

    def test_assessment_moves_on_after_evaluation(self, workspace):
        pid = add_person(workspace, "Nguyễn Văn An")
        cid = open_case(workspace, pid, "community_education", term_months=6, start_date=D(2026, 1, 1))
        for m in range(1, 5):
            workspace.visits.record_evaluation({"police_assessment": "Chấp hành tốt", "case_id": cid, "period_start": D(2026, m, 1)})
        [a] = [i for i in workspace.due.list(within_days=30) if i.kind == "assessment"]
        assert (a.period_start, a.due_date, a.days) == (D(2026, 5, 1), D(2026, 6, 5), 16)
        assert [i for i in workspace.due.list(within_days=7) if i.kind == "assessment"] == []
        workspace.visits.record_evaluation({"police_assessment": "Chấp hành tốt", "case_id": cid, "period_start": D(2026, 5, 1)})
        assert [i for i in workspace.due.list(within_days=60) if i.kind == "assessment"][0].period_start == D(2026, 6, 1)

    def test_visit_overdue_after_30_days(self, workspace):
        pid = add_person(workspace, "Nguyễn Văn An")
        cid = open_case(workspace, pid, "suspended_sentence", term_months=24, start_date=D(2025, 6, 1))
        workspace.visits.record_contact({"summary": "Thăm gặp", "case_id": cid, "kind": "home_visit", "date": D(2026, 4, 10)})
        [v] = [i for i in workspace.due.list() if i.kind == "visit"]
        assert (v.due_date, v.days) == (D(2026, 5, 10), -10)
        workspace.visits.record_contact({"summary": "Thăm gặp", "case_id": cid, "kind": "phone_call", "date": D(2026, 5, 1)})
        # Due 31/05: not within the default 7 days, but within 14.
        assert [i for i in workspace.due.list() if i.kind == "visit"] == []
        [v] = [i for i in workspace.due.list(within_days=14) if i.kind == "visit"]
        assert v.due_date == D(2026, 5, 31) and v.days == 11

    def test_case_ending_within_30_days(self, workspace):
        soon = add_person(workspace, "Nguyễn Văn An")
        later = add_person(workspace, "Lê Văn Bình")
        open_case(workspace, soon, "community_education", term_months=6, start_date=D(2025, 12, 10))  # → 09/06
        open_case(workspace, later, "community_education", term_months=6, start_date=D(2026, 1, 1))  # → 30/06
        ending = [i for i in workspace.due.list() if i.kind == "case_ending"]
        assert [(i.full_name, i.due_date, i.days) for i in ending] == [("Nguyễn Văn An", D(2026, 6, 9), 20)]

    def test_case_past_its_end_but_still_open(self, workspace):
        pid = add_person(workspace, "Nguyễn Văn An")
        cid = open_case(workspace, pid, "community_education", term_months=3, start_date=D(2026, 1, 1))  # → 31/03
        [e] = [i for i in workspace.due.list() if i.kind == "case_ending"]
        assert (e.case_id, e.due_date, e.days) == (cid, D(2026, 3, 31), -50)
        workspace.cases.close(cid, {"status": "completed", "actual_end": D(2026, 3, 31)})
        assert [i for i in workspace.due.list() if i.kind == "case_ending"] == []

    def test_record_clearing_soon(self, workspace):
        pid = add_person(workspace, "Nguyễn Văn An", birth_date="1980")
        cid = open_case(workspace, pid, "community_education", term_months=6, start_date=D(2023, 12, 1))
        workspace.cases.close(cid, {"status": "completed", "actual_end": D(2024, 6, 1)})
        far = add_person(workspace, "Lê Văn Bình", birth_date="1980")
        cid2 = open_case(workspace, far, "community_education", term_months=6, start_date=D(2024, 6, 1))
        workspace.cases.close(cid2, {"status": "completed", "actual_end": D(2024, 11, 30)})
        items = workspace.due.list()
        # The education measure's date is "được coi là chưa bị áp dụng", not record clearing.
        assert kinds(items) == [("never_applied", "Nguyễn Văn An")]
        [r] = items
        assert (r.case_id, r.due_date, r.days) == (cid, D(2026, 6, 1), 12)
        # A completed case has no assessment, visit or ending item.
        assert all(i.kind == "never_applied" for i in workspace.due.list(on=D(2024, 6, 2), within_days=365))

    def test_community_watch_review(self, workspace):
        pid = add_person(workspace, "Nguyễn Văn An")
        cid = open_case(workspace, pid, "community_watch", start_date=D(2025, 10, 1))
        items = workspace.due.list()
        [r] = [i for i in items if i.kind == "review"]
        assert (r.case_id, r.due_date) == (cid, D(2026, 4, 1))
        # Visits for community watch follow their own (90-day) cadence.
        [v] = [i for i in items if i.kind == "visit"]
        assert v.due_date == D(2025, 12, 30)

    def test_sorted_by_urgency(self, workspace):
        a = add_person(workspace, "Nguyễn Văn An")
        b = add_person(workspace, "Lê Văn Bình")
        open_case(workspace, a, "community_education", term_months=6, start_date=D(2026, 3, 1))
        open_case(workspace, b, "community_education", term_months=6, start_date=D(2025, 12, 10))
        items = workspace.due.list(within_days=30)
        assert len(items) >= 5
        dues = [i.due_date for i in items]
        assert dues == sorted(dues)
        assert items[0].full_name == "Lê Văn Bình" and items[0].days == min(i.days for i in items)
        assert {i.kind for i in items} == {"assessment", "visit", "case_ending"}

    def test_completed_case_has_no_assessment(self, workspace):
        pid = add_person(workspace, "Nguyễn Văn An")
        cid = open_case(workspace, pid, "community_education", term_months=6, start_date=D(2026, 1, 1))
        assert any(i.kind == "assessment" for i in workspace.due.list())
        workspace.cases.close(cid, {"status": "completed", "actual_end": D(2026, 5, 1)})
        items = workspace.due.list()
        assert not any(i.kind in ("assessment", "visit", "case_ending") for i in items)

    def test_future_start_not_due(self, workspace):
        pid = add_person(workspace, "Nguyễn Văn An")
        open_case(workspace, pid, "community_education", term_months=6, start_date=D(2026, 7, 1))
        assert workspace.due.list() == []

    def test_officer_filter(self, workspace):
        a = add_person(workspace, "Nguyễn Văn An")
        b = add_person(workspace, "Lê Văn Bình")
        open_case(workspace, a, "community_education", term_months=6, start_date=D(2026, 1, 1), officer="canbo1")
        open_case(workspace, b, "community_education", term_months=6, start_date=D(2026, 1, 1))
        assert {i.full_name for i in workspace.due.list(officer="canbo1")} == {"Nguyễn Văn An"}
        assert {i.full_name for i in workspace.due.list(officer="truong")} == {"Lê Văn Bình"}
        assert {i.officer for i in workspace.due.list()} == {"canbo1", "truong"}

    def test_unit_filter_commune(self, workspace):
        pid = add_person(workspace, "Nguyễn Văn An")
        open_case(workspace, pid, "community_education", term_months=6, start_date=D(2026, 1, 1))
        assert workspace.due.list(unit_code="09123") != []
        assert workspace.due.list(unit_code="09124") == []

    def test_unit_filter_province(self, province):
        a = add_person(province, "Nguyễn Văn An", unit_code="09123")
        b = add_person(province, "Lê Văn Bình", unit_code="09124")
        open_case(province, a, "community_education", term_months=6, start_date=D(2026, 1, 1))
        open_case(province, b, "community_education", term_months=6, start_date=D(2026, 1, 1))
        assert {i.full_name for i in province.due.list()} == {"Nguyễn Văn An", "Lê Văn Bình"}
        assert {i.full_name for i in province.due.list(unit_code="09124")} == {"Lê Văn Bình"}

    def test_deleted_case_not_due(self, workspace):
        pid = add_person(workspace, "Nguyễn Văn An")
        cid = open_case(workspace, pid, "community_education", term_months=6, start_date=D(2026, 1, 1))
        workspace.cases.delete(cid)
        assert workspace.due.list() == []


# --- warning sessions --------------------------------------------------------------------------

class TestSessions:
    def test_attendance_and_figures(self, workspace):
        ws = workspace
        adults = [add_person(ws, f"Nguyễn Văn {n}", birth_date="1995") for n in ("An", "Bình", "Cường")]
        kid = add_person(ws, "Lê Văn Bé", birth_date="03/2011")
        s1 = ws.sessions.create({"date": D(2026, 3, 5), "place": "Nhà văn hoá thôn Đông", "chair": "Trưởng CA xã",
                                 "topic": "Răn đe thanh thiếu niên"}).created_id
        s2 = ws.sessions.create({"date": D(2026, 4, 5), "place": "Trụ sở"}).created_id
        for p in adults:
            ws.sessions.add_attendee({"session_id": s1, "person_id": p, "commitment_signed": True})
        ch = ws.sessions.add_attendee({"session_id": s1, "person_id": kid, "commitment_signed": True,
                                       "parent_cosigned": True})
        assert ch.sessions and ch.created_id
        ws.sessions.add_attendee({"session_id": s2, "person_id": adults[0]})
        v1 = ws.sessions.get(s1)
        assert (v1.attendances, v1.commitments) == (4, 4)
        assert (ws.sessions.get(s2).attendances, ws.sessions.get(s2).commitments) == (1, 0)
        att = ws.sessions.attendees(s1)
        assert [a.full_name for a in att] == ["Nguyễn Văn An", "Lê Văn Bé", "Nguyễn Văn Bình", "Nguyễn Văn Cường"]
        assert [a.minor for a in att] == [False, True, False, False]
        assert [a.parent_cosigned for a in att] == [False, True, False, False]
        page = ws.sessions.list()
        assert page.total == 2 and [s.id for s in page.rows] == [s2, s1]
        assert ws.sessions.list(date_from=D(2026, 4, 1)).total == 1
        f = ws.reports.figures(D(2026, 1, 1), D(2026, 6, 30))
        assert f["warnings"] == {"sessions": 2, "attendances": 5, "commitments": 4}
        f = ws.reports.figures(D(2026, 3, 1), D(2026, 3, 31))
        assert f["warnings"] == {"sessions": 1, "attendances": 4, "commitments": 4}
        # The same person at two sessions is two lượt; removing one attendance takes one away.
        ws.sessions.remove_attendee(att[0].id)
        assert ws.reports.figures(D(2026, 1, 1), D(2026, 6, 30))["warnings"]["attendances"] == 4

    def test_duplicate_attendee_refused(self, workspace):
        pid = add_person(workspace, "Nguyễn Văn An")
        sid = workspace.sessions.create({"date": D(2026, 3, 5)}).created_id
        workspace.sessions.add_attendee({"session_id": sid, "person_id": pid})
        before = table_counts(workspace)
        with pytest.raises(ValidationFailed) as e:
            workspace.sessions.add_attendee({"session_id": sid, "person_id": pid, "commitment_signed": True})
        assert [(p.field, p.code) for p in e.value.problems] == [("person_id", "already_attending")]
        assert table_counts(workspace) == before

    def test_parent_cosign_only_for_minors(self, workspace):
        adult = add_person(workspace, "Nguyễn Văn An", birth_date="1995")
        kid = add_person(workspace, "Lê Văn Bé", birth_date="2012")
        sid = workspace.sessions.create({"date": D(2026, 3, 5)}).created_id
        with pytest.raises(ValidationFailed) as e:
            workspace.sessions.add_attendee({"session_id": sid, "person_id": adult, "commitment_signed": True,
                                             "parent_cosigned": True})
        assert codes(e.value) == ["not_a_minor"]
        with pytest.raises(ValidationFailed) as e:
            workspace.sessions.add_attendee({"session_id": sid, "person_id": kid, "parent_cosigned": True})
        assert codes(e.value) == ["commitment_not_signed"]
        aid = workspace.sessions.add_attendee({"session_id": sid, "person_id": kid}).created_id
        workspace.sessions.set_commitment(aid, signed=True, parent_cosigned=True)
        [a] = workspace.sessions.attendees(sid)
        assert a.minor and a.commitment_signed and a.parent_cosigned
        adult_aid = workspace.sessions.add_attendee({"session_id": sid, "person_id": adult}).created_id
        with pytest.raises(ValidationFailed) as e:
            workspace.sessions.set_commitment(adult_aid, signed=True, parent_cosigned=True)
        assert codes(e.value) == ["not_a_minor"]

    def test_minor_is_judged_on_session_date(self, workspace):
        pid = add_person(workspace, "Lê Văn Bé", birth_date="10/03/2008")  # 18 on 10/03/2026
        before = workspace.sessions.create({"date": D(2026, 3, 9)}).created_id
        after = workspace.sessions.create({"date": D(2026, 3, 10)}).created_id
        workspace.sessions.add_attendee({"session_id": before, "person_id": pid, "commitment_signed": True,
                                         "parent_cosigned": True})
        with pytest.raises(ValidationFailed) as e:
            workspace.sessions.add_attendee({"session_id": after, "person_id": pid, "commitment_signed": True,
                                             "parent_cosigned": True})
        assert [(p.field, p.code) for p in e.value.problems] == [("parent_cosigned", "not_a_minor")]
        assert [(a.person_id, a.minor) for a in workspace.sessions.attendees(before)] == [(pid, True)]
        assert workspace.sessions.attendees(after) == []

    def test_unknown_session_or_person(self, workspace):
        pid = add_person(workspace, "Nguyễn Văn An")
        with pytest.raises(NotFound):
            workspace.sessions.add_attendee({"session_id": "nope", "person_id": pid})
        sid = workspace.sessions.create({"date": D(2026, 3, 5)}).created_id
        with pytest.raises(NotFound):
            workspace.sessions.add_attendee({"session_id": sid, "person_id": "nope"})


# --- tips --------------------------------------------------------------------------------------

class TestTips:
    def test_anonymous_with_identity_refused(self, workspace):
        before = table_counts(workspace)
        for extra in ({"reporter_name": "Nguyễn Văn An"}, {"reporter_contact": "0912345678"}):
            with pytest.raises(ValidationFailed) as e:
                workspace.tips.add({"received_on": D(2026, 5, 1), "channel": "mailbox", "anonymous": True,
                                    "content": "Có người buôn bán ma tuý", **extra})
            assert codes(e.value) == ["anonymous_with_identity"]
        assert table_counts(workspace) == before

    def test_tip_refusals(self, workspace):
        for data, field in [
            ({"received_on": D(2026, 5, 21), "channel": "phone", "content": "x"}, "received_on"),
            ({"received_on": D(2026, 5, 1), "channel": "pigeon", "content": "x"}, "channel"),
            ({"received_on": D(2026, 5, 1), "channel": "phone", "content": ""}, "content"),
        ]:
            with pytest.raises(ValidationFailed) as e:
                workspace.tips.add(data)
            assert e.value.problems[0].field == field

    def test_valuable_counted_and_reporter_protected(self, workspace, add_officer):
        ws = workspace
        t1 = ws.tips.add({"received_on": D(2026, 2, 1), "channel": "in_person", "reporter_name": "Trần Văn Báo",
                          "reporter_contact": "0987654321", "content": "Trộm chó"}).created_id
        t2 = ws.tips.add({"received_on": D(2026, 3, 1), "channel": "mailbox", "anonymous": True,
                          "content": "Đánh bạc"}).created_id
        ws.tips.add({"received_on": D(2026, 4, 1), "channel": "hotline", "content": "Cờ bạc"})
        ws.tips.add({"received_on": D(2025, 11, 1), "channel": "phone", "content": "Cũ"})
        assert ws.tips.mark(t1, valuable=True, result="Đã xác minh, bắt quả tang").tips
        ws.tips.mark(t2, valuable=False)
        f = ws.reports.figures(D(2026, 1, 1), D(2026, 6, 30))
        assert f["tips"] == {"received": 3, "valuable": 1}
        assert ws.tips.list(valuable=True).total == 1
        assert ws.tips.list(date_from=D(2026, 1, 1)).total == 3
        chief = ws.tips.get(t1)
        assert (chief.reporter_name, chief.reporter_contact) == ("Trần Văn Báo", "0987654321")
        assert chief.valuable is True and chief.result == "Đã xác minh, bắt quả tang"
        officer = add_officer()
        o = officer.tips.get(t1)
        assert (o.reporter_name, o.reporter_contact) == (None, None)
        assert o.content == "Trộm chó"
        assert all(t.reporter_name is None for t in officer.tips.list().rows)
        assert any(t.reporter_name == "Trần Văn Báo" for t in ws.tips.list().rows)
        # The chief's look at a named reporter is audited; the audit never copies the name.
        views = ws.audit.list(action="view_tip_reporter")
        assert [a.entity_id for a in views if a.entity_id] == [t1]
        listings = [a for a in views if not a.entity_id]  # lists that showed a reporter's name
        assert listings and all(a.detail["listed"] == [t1] for a in listings)
        assert all("Trần Văn Báo" not in json.dumps(a.detail, ensure_ascii=False)
                   for a in ws.audit.list(limit=10_000))

    def test_mark_result_too_long(self, workspace):
        tid = workspace.tips.add({"received_on": D(2026, 2, 1), "channel": "phone", "content": "x"}).created_id
        with pytest.raises(ValidationFailed) as e:
            workspace.tips.mark(tid, valuable=True, result="x" * 2001)
        assert e.value.problems[0].field == "result"
        assert workspace.tips.get(tid).valuable is None


# --- security models ---------------------------------------------------------------------------

class TestModels:
    def test_list_by_kind_and_area_and_figures(self, workspace):
        ws = workspace
        rows = [("Nhà trọ tự quản Đông", "boarding_house", "Thôn Đông"),
                ("Trường THCS Tích Sơn", "safe4_school", "Thôn Đông"),
                ("Trường Tiểu học", "safe4_school", "Thôn Tây"),
                ("Bệnh viện đa khoa", "safe4_hospital", "Thôn Tây"),
                ("Công ty May", "safe4_enterprise", "Thôn Nam")]
        ids = [ws.models.add({"name": n, "kind": k, "area": a, "established_on": D(2025, 1, 1)}).created_id
               for n, k, a in rows]
        assert [m.name for m in ws.models.list(kind="safe4_school").rows] == ["Trường THCS Tích Sơn", "Trường Tiểu học"]
        assert {m.name for m in ws.models.list(area="Thôn Tây").rows} == {"Trường Tiểu học", "Bệnh viện đa khoa"}
        assert ws.models.list(kind="safe4_school", area="Thôn Tây").total == 1
        assert ws.models.list().total == 5
        # the area filter's choices, in Vietnamese order (Đ after D), per kind too
        assert ws.models.areas() == ["Thôn Đông", "Thôn Nam", "Thôn Tây"]
        assert ws.models.areas(kind="safe4_school") == ["Thôn Đông", "Thôn Tây"]
        ws.models.add({"name": "Camera thôn Dưới", "kind": "other", "area": "Thôn Dưới"})
        assert ws.models.areas() == ["Thôn Dưới", "Thôn Đông", "Thôn Nam", "Thôn Tây"]
        ws.models.update(ids[4], {"name": "Công ty May", "kind": "safe4_enterprise", "area": "Thôn Nam",
                                  "status": "dissolved"})
        assert ws.models.get(ids[4]).status == "dissolved"
        f = ws.reports.figures(D(2026, 1, 1), D(2026, 6, 30))["models"]
        assert f["by_kind"] == {"boarding_house": 1, "safe4_school": 2, "safe4_hospital": 1, "other": 1}
        assert (f["safe4_total"], f["total"], f["areas"]) == (3, 5, 3)

    def test_model_refusals(self, workspace):
        with pytest.raises(ValidationFailed) as e:
            workspace.models.add({"name": "X", "kind": "safe4_school", "established_on": D(2026, 6, 1)})
        assert codes(e.value) == ["date_in_future"]
        with pytest.raises(ValidationFailed) as e:
            workspace.models.add({"name": "", "kind": "spaceship"})
        assert {p.field for p in e.value.problems} == {"name", "kind"}
        assert workspace.models.list().total == 0


# --- period figures ----------------------------------------------------------------------------

class TestFigures:
    def test_cases_opened_closed_active(self, workspace):
        ws = workspace
        p = [add_person(ws, f"Nguyễn Văn {n}") for n in ("An", "Bình", "Cường", "Dũng")]
        open_case(ws, p[0], "community_education", term_months=6, start_date=D(2026, 1, 10))
        c1 = open_case(ws, p[1], "community_education", term_months=3, start_date=D(2025, 10, 1))
        ws.cases.close(c1, {"status": "completed", "actual_end": D(2025, 12, 31)})
        open_case(ws, p[2], "suspended_sentence", term_months=24, start_date=D(2025, 3, 1))
        c3 = open_case(ws, p[3], "drug_management", term_months=12, start_date=D(2026, 2, 1))
        ws.cases.close(c3, {"status": "revoked", "actual_end": D(2026, 3, 1)})
        f = ws.reports.figures(D(2026, 1, 1), D(2026, 6, 30))["cases"]
        assert f["opened"] == {"community_education": 1, "drug_management": 1}
        assert f["closed"] == {"drug_management": 1}
        assert f["active_at_end"] == {"community_education": 1, "suspended_sentence": 1}

    def test_half_year_window_feeds_figures(self, workspace):
        from desktop_app.core.domain.rules import half_year_window

        w = half_year_window(2026, workspace.rules)
        workspace.tips.add({"received_on": D(2025, 12, 20), "channel": "phone", "content": "x"})
        workspace.tips.add({"received_on": D(2025, 12, 10), "channel": "phone", "content": "y"})
        assert workspace.reports.figures(w.start, w.end)["tips"]["received"] == 1


# --- export ------------------------------------------------------------------------------------

class TestExport:
    def _fill(self, ws):
        pid = add_person(ws, "Nguyễn Văn An", birth_date="1990", cccd="026090001234",
                         old_ids=[{"number": "135792468"}])
        cid = open_case(ws, pid, "community_education", term_months=6, start_date=D(2026, 1, 1))
        ws.visits.record_contact({"summary": "Thăm gặp", "case_id": cid, "kind": "home_visit", "date": D(2026, 2, 1)})
        ws.tips.add({"received_on": D(2026, 2, 1), "channel": "phone", "content": "x", "reporter_name": "B"})
        ws.models.add({"name": "Nhà trọ", "kind": "boarding_house"})
        sid = ws.sessions.create({"date": D(2026, 3, 1)}).created_id
        ws.sessions.add_attendee({"session_id": sid, "person_id": pid})
        gone = add_person(ws, "Lê Văn Xoá")
        ws.persons.delete(gone)
        return pid, gone

    def test_dump_complete_stable_sorted(self, workspace):
        pid, gone = self._fill(workspace)
        d1 = workspace.exporter.dump()
        d2 = workspace.exporter.dump()
        assert json.dumps(d1, sort_keys=False, ensure_ascii=False) == json.dumps(d2, sort_keys=False, ensure_ascii=False)
        assert list(d1["tables"]) == sorted(d1["tables"])
        assert d1["counts"] == {"absence": 0, "attendance": 1, "case_event": 0, "case_file": 1, "contact": 1,
                                "evaluation": 0, "id_document": 1, "person": 1, "published_template": 0, "security_model": 1,
                                "tip": 1, "violation": 0, "warning_session": 1}
        for rows in d1["tables"].values():
            assert [r["id"] for r in rows] == sorted(r["id"] for r in rows)
            for r in rows:
                assert list(r) == sorted(r)
                assert not {"version", "updated_hlc", "field_hlc", "deleted"} & set(r)
        [person] = d1["tables"]["person"]
        assert person["id"] == pid and person["cccd"] == "026090001234" and person["birth_date"] == "1990"
        assert gone not in json.dumps(d1)
        assert [u["username"] for u in d1["users"]] == ["truong"]
        assert d1["rules"] and d1["admin_units"]
        json.dumps(d1)  # JSON-serialisable as is
        assert len(workspace.audit.list(action="export")) == 2

    def test_officer_may_not_export(self, workspace, add_officer):
        officer = add_officer()
        with pytest.raises(PermissionDenied):
            officer.exporter.dump()
        assert workspace.audit.list(action="export") == []
