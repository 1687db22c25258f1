"""Through the Workspace, the register's rules and bookkeeping: the rule table, administrative
units, permissions and unit scope, Changes flags, the sync bookkeeping written in the same
transaction as each change, and the register's settings (split out of test_workspace_misc)."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import text

from desktop_app.core.errors import NotFound, PermissionDenied, ValidationFailed
from desktop_app.core.services.changes import Changes
from desktop_app.core.store.tables import UNIFORM_HLC, business_fields, field_hlc_map, outbox_hlcs
from tests.conftest import add_person, open_case, table_counts

D = dt.date


def codes(exc: ValidationFailed) -> list[str]:
    return [p.code for p in exc.problems]


def kinds(items) -> list[tuple[str, str]]:
    return [(i.kind, i.full_name) for i in items]


# --- rule table --------------------------------------------------------------------------------

class TestRuleTable:
    def test_later_valid_from_changes_value_from_that_date(self, workspace, data_dir):
        ws = workspace
        old_pid = add_person(ws, "Nguyễn Văn An")
        old = open_case(ws, old_pid, "community_education", term_months=6, start_date=D(2026, 1, 1))
        ch = ws.rule_table.set("term_months", [3, 12], category="community_education",
                               valid_from=D(2026, 7, 1), note="Luật mới")
        assert ch == Changes(rules=True)
        assert ws.rules.get("term_months", "community_education", D(2026, 6, 30)) == [3, 6]
        assert ws.rules.get("term_months", "community_education", D(2026, 7, 1)) == [3, 12]
        assert ws.rules.get("term_months", "family_management", D(2026, 7, 1)) == [3, 6]
        pid = add_person(ws, "Lê Văn Bình")
        with pytest.raises(ValidationFailed) as e:  # starts under the old rule
            open_case(ws, pid, "community_education", term_months=12, start_date=D(2026, 6, 30))
        assert codes(e.value) == ["rule_term_out_of_range"]
        cid = open_case(ws, pid, "community_education", term_months=12, start_date=D(2026, 7, 1))
        assert ws.cases.get(cid).override_reason == ""
        # Old records keep what they were.
        c = ws.cases.get(old)
        assert (c.term_months, c.computed_end, c.override_reason) == (6, D(2026, 6, 30), "")
        # The old row is closed, not overwritten; the change is audited and survives reopening.
        rows = sorted((r for r in ws.rule_table.list() if r.key == "term_months" and r.category == "community_education"),
                      key=lambda r: r.valid_from)
        assert [(r.value, r.valid_to) for r in rows] == [([3, 6], D(2026, 7, 1)), ([3, 12], None)]
        [a] = ws.audit.list(action="rule_changed")
        assert a.detail["valid_from"] == "2026-07-01" and a.detail["value"] == [3, 12]
        from desktop_app.core.services.workspace import Workspace
        from tests.conftest import CHIEF_PASSWORD

        with Workspace.open(data_dir, "truong", CHIEF_PASSWORD) as again:
            assert again.rules.get("term_months", "community_education", D(2026, 8, 1)) == [3, 12]
            assert again.rules.get("term_months", "community_education", D(2026, 1, 1)) == [3, 6]

    def test_general_rule_change_leaves_category_rows(self, workspace):
        workspace.rule_table.set("visit_interval_days", 14, valid_from=D(2026, 6, 1))
        assert workspace.rules.get("visit_interval_days", "suspended_sentence", D(2026, 6, 1)) == 14
        assert workspace.rules.get("visit_interval_days", "suspended_sentence", D(2026, 5, 31)) == 30
        assert workspace.rules.get("visit_interval_days", "community_watch", D(2026, 6, 1)) == 90

    def test_rule_change_reaches_the_due_list(self, workspace):
        pid = add_person(workspace, "Nguyễn Văn An")
        cid = open_case(workspace, pid, "suspended_sentence", term_months=24, start_date=D(2025, 6, 1))
        workspace.visits.record_contact({"summary": "Thăm gặp", "case_id": cid, "kind": "home_visit", "date": D(2026, 5, 1)})
        assert [i for i in workspace.due.list() if i.kind == "visit"] == []
        workspace.rule_table.set("visit_interval_days", 14, valid_from=D(2026, 5, 1))
        [v] = [i for i in workspace.due.list() if i.kind == "visit"]
        assert v.due_date == D(2026, 5, 15)

    def test_correction_on_the_same_date_wins(self, workspace):
        workspace.rule_table.set("visit_interval_days", 14, valid_from=D(2026, 6, 1))
        workspace.rule_table.set("visit_interval_days", 21, valid_from=D(2026, 6, 1))
        assert workspace.rules.get("visit_interval_days", "suspended_sentence", D(2026, 6, 1)) == 21
        assert workspace.rules.get("visit_interval_days", "suspended_sentence", D(2026, 5, 31)) == 30

    def test_value_of_the_wrong_shape_refused(self, workspace):
        before = table_counts(workspace)
        for key, value in [("term_months", 12), ("term_months", [3]), ("helper_max_persons", "ba"),
                           ("assessment", {"period": "month"}), ("record_clearing_years", {"fine": 1})]:
            with pytest.raises(ValidationFailed) as e:
                workspace.rule_table.set(key, value, category="community_education", valid_from=D(2026, 6, 1))
            assert codes(e.value) == ["rule_value_shape"], key
        assert table_counts(workspace) == before
        # Opening a case still works: the rule is intact.
        pid = add_person(workspace, "Nguyễn Văn An")
        open_case(workspace, pid, "community_education", term_months=6, start_date=D(2026, 7, 1))
        clearing = dict(workspace.rules.get("record_clearing_years", on=D(2026, 1, 1)))
        workspace.rule_table.set("record_clearing_years", {**clearing, "fine": 2}, valid_from=D(2026, 6, 1))
        workspace.rule_table.set("assessment", {"period": "quarter", "due_day": 10},
                                 category="community_education", valid_from=D(2026, 6, 1))

    def test_unknown_rule_refused(self, workspace):
        with pytest.raises(ValidationFailed) as e:
            workspace.rule_table.set("coffee_breaks", 3, valid_from=D(2026, 6, 1))
        assert codes(e.value) == ["unknown_rule"]

    def test_officer_may_not_edit_rules(self, workspace, add_officer):
        officer = add_officer()
        before = table_counts(workspace)
        with pytest.raises(PermissionDenied):
            officer.rule_table.set("helper_max_persons", 5, valid_from=D(2026, 6, 1))
        assert table_counts(workspace) == before
        assert officer.rules.get("helper_max_persons", on=D(2026, 7, 1)) == 3


# --- administrative units ----------------------------------------------------------------------

class TestUnits:
    def test_load_rename_keeps_history(self, workspace):
        ws = workspace
        assert ws.units.load([{"code": "09124", "name": "Phường Khai Quang", "parent_code": "25"}]).units
        assert [u.name for u in ws.units.list(level="commune")] == ["Xã Tích Sơn", "Phường Khai Quang"]
        assert len(ws.units.list(level="province")) == 34
        ws.units.load([{"code": "09124", "name": "Phường Vĩnh Yên", "valid_from": D(2026, 1, 1)}])
        assert ws.units.name("09124", on=D(2025, 12, 31)) == "Phường Khai Quang"
        assert ws.units.name("09124", on=D(2026, 1, 1)) == "Phường Vĩnh Yên"
        assert [u.code for u in ws.units.complete("vinh yen")] == ["09124"]
        assert ws.units.complete("phu tho")[0].code == "25"
        # Loading the same name again changes nothing.
        ws.units.load([{"code": "09124", "name": "Phường Vĩnh Yên", "valid_from": D(2026, 3, 1)}])
        assert [u.valid_from for u in ws.units.list(on=D(2026, 3, 2)) if u.code == "09124"] == [D(2026, 1, 1)]

    def test_change_must_start_after_the_row_in_force(self, workspace):
        ws = workspace
        ws.units.load([{"code": "09124", "name": "Phường Khai Quang", "valid_from": D(2025, 7, 1)}])
        ws.units.load([{"code": "09124", "name": "Phường Vĩnh Yên", "valid_from": D(2026, 1, 1)}])
        before = table_counts(ws)
        for valid_from in (None, D(2025, 9, 1), D(2026, 1, 1)):
            with pytest.raises(ValidationFailed) as e:
                ws.units.load([{"code": "09125", "name": "Xã Mới"},
                               {"code": "09124", "name": "Phường Khác", "valid_from": valid_from}])
            [p] = e.value.problems
            assert (p.field, p.code) == ("units.1.valid_from", "unit_change_not_after_current")
        assert table_counts(ws) == before  # the whole batch is refused
        assert ws.units.name("09124", on=D(2025, 10, 1)) == "Phường Khai Quang"
        assert ws.units.name("09124", on=D(2026, 2, 1)) == "Phường Vĩnh Yên"

    def test_bad_unit_rows(self, workspace):
        with pytest.raises(ValidationFailed) as e:
            workspace.units.load([{"code": "9A", "name": "X"}, {"code": "09125", "name": " "}])
        assert [(p.field, p.code) for p in e.value.problems] == [("units.0.code", "unit_code_format"),
                                                                 ("units.1.name", "required")]


# --- permissions and scope ---------------------------------------------------------------------

class TestPermissions:
    def test_role_grants(self):
        from desktop_app.core.services import permissions as perm

        assert not any(perm.allowed("officer", a) for a in (perm.VIEW_SENSITIVE, perm.VIEW_TIP_REPORTER,
                                                            perm.EDIT_RULES, perm.EXPORT, perm.READ_AUDIT,
                                                            perm.DELETE_RECORDS, perm.ALL_UNITS))
        assert perm.allowed("chief", perm.EDIT_RULES) and not perm.allowed("chief", perm.ALL_UNITS)
        assert perm.allowed("province_admin", perm.ALL_UNITS)
        assert perm.may_manage("chief", "officer") and not perm.may_manage("chief", "province_admin")
        assert not perm.may_manage("officer", "officer")
        assert perm.may_manage("province_admin", "chief")

    def test_officer_refusals(self, workspace, add_officer):
        officer = add_officer()
        assert officer.role == "officer" and officer.scope_units() == ["09123"]
        for call in (lambda: officer.audit.list(),
                     lambda: officer.users.add({"username": "canbo2"}, "Matkhau2026xx"),
                     lambda: officer.units.load([{"code": "09124", "name": "Xã Khai Quang"}])):
            with pytest.raises(PermissionDenied):
                call()
        # But officers do the daily work.
        pid = add_person(officer, "Nguyễn Văn An")
        cid = open_case(officer, pid, "community_education", term_months=6, start_date=D(2026, 1, 1))
        assert officer.cases.get(cid).officer == "canbo1"
        assert {i.officer for i in officer.due.list()} == {"canbo1"}

    def test_chief_cannot_write_other_unit(self, workspace):
        with pytest.raises(PermissionDenied):
            workspace.persons.add({"full_name": "Nguyễn Văn An"}, unit_code="09124")
        with pytest.raises(PermissionDenied):
            workspace.tips.add({"received_on": D(2026, 5, 1), "channel": "phone", "content": "x"},
                               unit_code="09124")
        assert workspace.scope_units() == ["09123"]

    def test_province_scope_for_unit_officer(self, province, low_kdf):
        from desktop_app.core.services.workspace import Workspace
        from tests.conftest import OFFICER_PASSWORD, pin_today

        a = add_person(province, "Nguyễn Văn An", unit_code="09123")
        b = add_person(province, "Lê Văn Bình", unit_code="09124")
        ca = open_case(province, a, "community_education", term_months=6, start_date=D(2026, 1, 1))
        cb = open_case(province, b, "community_education", term_months=6, start_date=D(2026, 1, 1))
        ta = province.tips.add({"received_on": D(2026, 2, 1), "channel": "phone", "content": "x"},
                               unit_code="09123").created_id
        tb = province.tips.add({"received_on": D(2026, 2, 1), "channel": "phone", "content": "y"},
                               unit_code="09124").created_id
        sb = province.sessions.create({"date": D(2026, 3, 1)}, unit_code="09124").created_id
        mb = province.models.add({"name": "Nhà trọ", "kind": "boarding_house"}, unit_code="09124").created_id
        assert province.scope_units() is None
        assert province.reports.figures(D(2026, 1, 1), D(2026, 6, 30))["tips"]["received"] == 2
        assert province.reports.figures(D(2026, 1, 1), D(2026, 6, 30), unit_code="09124")["tips"]["received"] == 1
        province.users.add({"username": "canbo1", "role": "officer", "unit_code": "09123"}, OFFICER_PASSWORD)
        with pin_today(Workspace.open(province.data_dir, "canbo1", OFFICER_PASSWORD)) as o:
            assert o.cases.get(ca).person_id == a
            for call in (lambda: o.cases.get(cb), lambda: o.tips.get(tb), lambda: o.sessions.get(sb),
                         lambda: o.models.get(mb),
                         lambda: o.visits.record_contact({"summary": "Thăm gặp", "case_id": cb, "kind": "home_visit",
                                                          "date": D(2026, 3, 1)}),
                         lambda: o.cases.open({"person_id": b, "category": "community_watch"})):
                with pytest.raises(NotFound):
                    call()
            assert [t.id for t in o.tips.list().rows] == [ta]
            assert o.sessions.list().total == 0 and o.models.list().total == 0
            assert {i.case_id for i in o.due.list()} == {ca}
            assert o.due.list(unit_code="09124") == []
            f = o.reports.figures(D(2026, 1, 1), D(2026, 6, 30))
            assert f["tips"]["received"] == 1
            assert o.reports.figures(D(2026, 1, 1), D(2026, 6, 30), unit_code="09124")["tips"]["received"] == 0


# --- Changes -----------------------------------------------------------------------------------

class TestChanges:
    def test_flags_per_write(self, workspace):
        ws = workspace
        ch = ws.persons.add({"full_name": "Nguyễn Văn An"})
        assert ch.persons and not ch.cases and ch.created_id
        pid = ch.created_id
        assert set(ch.kinds()) == {"persons", "audit"}
        ch = ws.cases.open({"person_id": pid, "category": "community_education", "term_months": 6,
                            "start_date": D(2026, 1, 1)})
        assert ch.cases and ch.persons and not ch.visits
        cid = ch.created_id
        ch = ws.visits.record_contact({"summary": "Thăm gặp", "case_id": cid, "kind": "home_visit", "date": D(2026, 2, 1)})
        assert ch.visits and ch.cases and not ch.persons
        assert ws.sessions.create({"date": D(2026, 3, 1)}).kinds() == ["sessions", "audit"]
        assert ws.tips.add({"received_on": D(2026, 2, 1), "channel": "phone", "content": "x"}).tips
        assert ws.models.add({"name": "Nhà trọ", "kind": "boarding_house"}).models
        assert ws.persons.update(pid, {"phone": "0912"}).persons
        assert ws.persons.update(pid, {"phone": "0912"}).persons is False  # nothing changed

    def test_or(self):
        from desktop_app.core.errors import Problem

        w = Problem("term_months", "rule_term_out_of_range", {}, "warning")
        a = Changes(persons=True, created_id="p1")
        b = Changes(cases=True, created_id="c1", overridden=(w,))
        c = a | b
        assert c.persons and c.cases and not c.tips
        assert c.created_id == "p1" and c.overridden == (w,)
        assert (Changes() | b).created_id == "c1"


# --- sync bookkeeping and atomicity ------------------------------------------------------------

def _outbox(ws) -> list[dict]:
    with ws._read() as conn:
        return [dict(r) for r in conn.execute(text("SELECT * FROM sync_outbox ORDER BY device_seq")).mappings()]


def _meta(ws, key):
    with ws._read() as conn:
        return conn.execute(text("SELECT value FROM sync_meta WHERE key=:k"), {"k": key}).scalar()


class TestSyncBookkeeping:
    def test_insert_writes_sync_columns_and_outbox(self, workspace):
        ws = workspace
        n0 = len(_outbox(ws))
        pid = add_person(ws, "Nguyễn Văn An", old_ids=[{"number": "135792468"}])
        with ws._read() as conn:
            row = conn.execute(text("SELECT * FROM person WHERE id=:i"), {"i": pid}).mappings().one()
        assert row["unit_code"] == "09123" and row["version"] == 0 and not row["deleted"]
        assert row["updated_by"] == "truong" and row["updated_hlc"]
        # a row made in one change stores the short form: every field at updated_hlc
        assert row["field_hlc"] == UNIFORM_HLC
        fh = field_hlc_map("person", row["field_hlc"], row["updated_hlc"])
        assert fh["full_name"] == row["updated_hlc"] and "id" not in fh and len(fh) == len(business_fields("person"))
        ob = _outbox(ws)[n0:]
        assert [(o["table_name"], o["op"]) for o in ob] == [("person", "insert"), ("id_document", "insert")]
        assert ob[0]["row_id"] == pid and ob[0]["unit_code"] == "09123" and ob[0]["base_version"] == 0
        changed = json.loads(ob[0]["changed_fields"])
        assert changed["full_name"] == "Nguyễn Văn An" and changed["given_name"] == "An"
        # the outbox keeps one HLC for all the changed fields: the row's
        assert ob[0]["field_hlcs"] == UNIFORM_HLC + row["updated_hlc"]
        assert outbox_hlcs(ob[0]["field_hlcs"], ob[0]["changed_fields"]) == dict.fromkeys(changed, row["updated_hlc"])
        # device_seq is gap-free and persisted with the change.
        seqs = [o["device_seq"] for o in _outbox(ws)]
        assert seqs == list(range(1, len(seqs) + 1))
        assert int(_meta(ws, "device_seq")) == seqs[-1]
        # The clock's last stamp is persisted too (the id_document row took the latest one).
        with ws._read() as conn:
            doc_hlc = conn.execute(text("SELECT updated_hlc FROM id_document WHERE person_id=:i"),
                                   {"i": pid}).scalar()
        assert _meta(ws, "hlc_last") == doc_hlc > row["updated_hlc"]

    def test_update_and_delete_write_outbox(self, workspace):
        ws = workspace
        pid = add_person(ws, "Nguyễn Văn An")
        with ws._read() as conn:
            hlc0 = conn.execute(text("SELECT updated_hlc FROM person WHERE id=:i"), {"i": pid}).scalar()
        n0 = len(_outbox(ws))
        ws.persons.update(pid, {"phone": "0912345678"})
        [ob] = _outbox(ws)[n0:]
        assert (ob["table_name"], ob["op"], ob["row_id"]) == ("person", "update", pid)
        assert "phone" in json.loads(ob["changed_fields"]) and "full_name" not in json.loads(ob["changed_fields"])
        with ws._read() as conn:
            row = conn.execute(text("SELECT * FROM person WHERE id=:i"), {"i": pid}).mappings().one()
        assert row["updated_hlc"] > hlc0
        fh = json.loads(row["field_hlc"])  # after an edit of one field, the long form
        assert fh["phone"] == row["updated_hlc"] and fh["full_name"] == hlc0
        ws.persons.delete(pid)
        ob = _outbox(ws)[-1]
        assert (ob["op"], json.loads(ob["changed_fields"])) == ("delete", {"deleted": True})
        with ws._read() as conn:
            row = conn.execute(text("SELECT deleted, search_text FROM person WHERE id=:i"), {"i": pid}).one()
        assert row.deleted and row.search_text == ""

    def test_case_writes_touch_case_row_in_outbox(self, workspace):
        ws = workspace
        pid = add_person(ws, "Nguyễn Văn An")
        cid = open_case(ws, pid, "community_education", term_months=6, start_date=D(2026, 1, 1))
        n0 = len(_outbox(ws))
        ws.visits.record_absence({"case_id": cid, "start": D(2026, 2, 1), "end": D(2026, 2, 3), "permitted": False})
        got = [(o["table_name"], o["op"]) for o in _outbox(ws)[n0:]]
        assert got == [("absence", "insert"), ("case_file", "update")]
        assert json.loads(_outbox(ws)[-1]["changed_fields"]) == {"computed_end": "2026-07-03"}

    def test_failure_mid_transaction_leaves_nothing(self, workspace, monkeypatch):
        """The domain row, its outbox entry, the sequence counter and the audit row commit
        together: a failure at the last step (the audit) rolls all of them back."""
        from desktop_app.core.services import base

        ws = workspace
        add_person(ws, "Lê Văn Bình")
        before = table_counts(ws)
        seq_before = _meta(ws, "device_seq")

        def boom(*a, **k):
            raise RuntimeError("disk pulled")

        monkeypatch.setattr(base.Tx, "audit", boom)
        with pytest.raises(RuntimeError):
            ws.persons.add({"full_name": "Nguyễn Văn An", "old_ids": [{"number": "135792468"}]})
        with pytest.raises(RuntimeError):
            ws.tips.add({"received_on": D(2026, 2, 1), "channel": "phone", "content": "x"})
        assert table_counts(ws) == before
        assert _meta(ws, "device_seq") == seq_before
        assert ws.persons.search("an").rows == ()

    def test_refused_writes_leave_every_table_unchanged(self, workspace):
        ws = workspace
        pid = add_person(ws, "Nguyễn Văn An", birth_date="1990", cccd="026090001234")
        cid = open_case(ws, pid, "community_education", term_months=6, start_date=D(2026, 1, 1))
        sid = ws.sessions.create({"date": D(2026, 3, 1)}).created_id
        ws.sessions.add_attendee({"session_id": sid, "person_id": pid})
        before = table_counts(ws)
        refused = [
            lambda: ws.persons.add({"full_name": "X", "cccd": "026090001234"}),
            lambda: ws.persons.update(pid, {"birth_date": "1991"}),
            lambda: ws.cases.open({"person_id": pid, "category": "community_education", "term_months": 24,
                                   "start_date": D(2026, 1, 1)}),
            lambda: ws.cases.close(cid, {"status": "completed", "actual_end": D(2027, 1, 1)}),
            lambda: ws.cases.add_event({"case_id": cid, "kind": "transfer_out", "date": D(2026, 5, 1)}),
            lambda: ws.visits.record_absence({"case_id": cid, "start": D(2026, 3, 2), "end": D(2026, 3, 1)}),
            lambda: ws.visits.record_contact({"summary": "Thăm gặp", "case_id": cid, "kind": "home_visit", "date": D(2027, 1, 1)}),
            lambda: ws.sessions.add_attendee({"session_id": sid, "person_id": pid}),
            lambda: ws.tips.add({"received_on": D(2026, 1, 1), "channel": "phone", "anonymous": True,
                                 "reporter_name": "A", "content": "x"}),
            lambda: ws.models.add({"name": "X", "kind": "boarding_house", "established_on": D(2027, 1, 1)}),
            lambda: ws.rule_table.set("nope", 1, valid_from=D(2026, 6, 1)),
        ]
        for call in refused:
            with pytest.raises(ValidationFailed):
                call()
        assert table_counts(ws) == before


# --- the register's settings ----------------------------------------------------------------------

class TestSettings:
    def test_settings_set_by_the_chief_audited(self, workspace):
        assert (workspace.setting("idle_lock_minutes"), workspace.setting("sync_minutes")) == (10, 5)
        assert workspace.set_settings({"idle_lock_minutes": 5, "sync_minutes": 0}).settings
        assert (workspace.setting("idle_lock_minutes"), workspace.setting("sync_minutes")) == (5, 0)
        entries = {e.entity_id: e.detail for e in workspace.audit.list(action="setting_changed")}
        assert entries == {"idle_lock_minutes": {"before": 10, "after": 5}, "sync_minutes": {"before": 5, "after": 0}}
        workspace.set_settings({"idle_lock_minutes": 5})  # unchanged: nothing written, nothing audited
        assert len(workspace.audit.list(action="setting_changed")) == 2
        for bad in (0, 121, "7", True):
            with pytest.raises(ValidationFailed) as e:
                workspace.set_settings({"idle_lock_minutes": bad, "sync_minutes": 15})
            assert [(p.field, p.code, p.params) for p in e.value.problems] == [
                ("idle_lock_minutes", "value_out_of_range", {"min": 1, "max": 120})]
        with pytest.raises(ValidationFailed) as e:
            workspace.set_settings({"colour": 3})
        assert [(p.field, p.code) for p in e.value.problems] == [("colour", "unknown_setting")]
        assert (workspace.setting("idle_lock_minutes"), workspace.setting("sync_minutes")) == (5, 0)

    def test_an_officer_cannot_change_them(self, workspace, add_officer):
        officer = add_officer()
        assert officer.setting("idle_lock_minutes") == 10
        with pytest.raises(PermissionDenied):
            officer.set_settings({"idle_lock_minutes": 60})


def test_outbox_pending_counts_what_waits(workspace):
    """The status bar's count comes from the outbox's first and last numbers: it must equal
    count(*) as changes are written one by one, in bulk, and acknowledged as a prefix."""
    from desktop_app.core.store.tables import outbox_pending

    def both():
        with workspace._read() as conn:
            return outbox_pending(conn), conn.exec_driver_sql("SELECT count(*) FROM sync_outbox").scalar_one()

    start = both()
    assert start[0] == start[1]
    ids = [add_person(workspace, f"Nguyễn Văn {n}") for n in ("An", "Bình", "Cường")]
    workspace.persons.update(ids[0], {"phone": "0912345678"})
    pending, counted = both()
    assert pending == counted == start[1] + 4
    with workspace._write() as tx:  # an acknowledgement deletes a prefix
        first = tx.conn.exec_driver_sql("SELECT min(device_seq) FROM sync_outbox").scalar()
        tx.conn.exec_driver_sql("DELETE FROM sync_outbox WHERE device_seq <= ?", (first + 2,))
    pending, counted = both()
    assert pending == counted == start[1] + 1
    with workspace._write() as tx:
        tx.conn.exec_driver_sql("DELETE FROM sync_outbox")
    assert both() == (0, 0) and workspace.sync_state.state().pending == 0


def test_a_register_under_something_that_is_no_province_code_is_refused(tmp_path, low_kdf):
    from desktop_app.core.services.workspace import Workspace

    with pytest.raises(ValidationFailed) as e:
        Workspace.create(tmp_path / "x", unit_code="09123", unit_name="Xã Tích Sơn", admin="truong",
                         password="Matkhau2026truong", parent_code="Phú Thọ")
    assert [(p.field, p.code) for p in e.value.problems] == [("parent_code", "unit_code_format")]
    assert not (tmp_path / "x").exists()
