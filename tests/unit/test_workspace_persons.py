"""People through the Workspace: accent-insensitive search in Vietnamese order, listing with
case filters, and every validation a person write goes through."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.core.domain.dates import PartialDate
from desktop_app.core.errors import NotFound, PermissionDenied, ValidationFailed
from tests.conftest import TODAY, add_person, open_case, table_counts

D = dt.date


def names(page) -> list[str]:
    return [r.full_name for r in page.rows]


def problem(exc: ValidationFailed, field: str):
    hits = [p for p in exc.problems if p.field == field]
    assert hits, f"no problem on {field}: {exc.problems}"
    return hits[0]


# --- search ------------------------------------------------------------------------------------

@pytest.fixture
def people(workspace):
    ws = workspace
    ids = {}
    for name, extra in [
        ("Nguyễn Văn Á", {}),
        ("Đặng Thị Hoà", {}),
        ("Lê Thị Hòa", {}),
        ("Trần Văn An", {}),
        ("Nguyễn Văn Bình", {}),
        ("Phạm Thị Ánh", {}),
        ("Phạm Thị Anh", {}),
        ("Vũ Văn Dũng", {"cccd": "026090001234", "birth_date": "1990", "gender": "male"}),
        ("Hoàng Văn Cường", {"old_ids": [{"kind": "cmnd", "number": "135 792 468"}]}),
    ]:
        ids[name] = add_person(ws, name, **extra)
    return ids


class TestSearch:
    def test_unaccented_finds_accented(self, workspace, people):
        assert "Nguyễn Văn Á" in names(workspace.persons.search("nguyen van a"))

    def test_d_finds_d_stroke(self, workspace, people):
        assert names(workspace.persons.search("dang")) == ["Đặng Thị Hoà"]
        assert names(workspace.persons.search("ĐẶNG")) == ["Đặng Thị Hoà"]

    def test_old_and_new_tone_placement(self, workspace, people):
        got = names(workspace.persons.search("hoa"))
        assert "Đặng Thị Hoà" in got and "Lê Thị Hòa" in got
        # Typing with either tone placement finds both spellings too.
        assert set(names(workspace.persons.search("hoà"))) >= {"Đặng Thị Hoà", "Lê Thị Hòa"}
        assert set(names(workspace.persons.search("hòa"))) >= {"Đặng Thị Hoà", "Lê Thị Hòa"}

    def test_cccd_prefix(self, workspace, people):
        assert names(workspace.persons.search("0260")) == ["Vũ Văn Dũng"]
        assert names(workspace.persons.search("026 090 001")) == ["Vũ Văn Dũng"]
        assert workspace.persons.find_by_cccd("026090001234").id == people["Vũ Văn Dũng"]

    def test_old_cmnd(self, workspace, people):
        assert names(workspace.persons.search("135792468")) == ["Hoàng Văn Cường"]
        assert names(workspace.persons.search("135 792")) == ["Hoàng Văn Cường"]

    def test_old_id_added_later_is_searchable(self, workspace, people):
        pid = people["Trần Văn An"]
        assert names(workspace.persons.search("024681357")) == []
        workspace.persons.add_old_id(pid, {"kind": "cmnd", "number": "024681357"})
        assert names(workspace.persons.search("024681357")) == ["Trần Văn An"]
        assert [d.number for d in workspace.persons.get(pid).old_ids] == ["024681357"]

    def test_prefix_as_you_type(self, workspace, people):
        assert "Nguyễn Văn Bình" in names(workspace.persons.search("ng va bin"))

    def test_no_match(self, workspace, people):
        assert names(workspace.persons.search("xyzzy")) == []

    def test_punctuation_only_lists_everyone(self, workspace, people):
        assert workspace.persons.search('"*()').total == len(people)

    def test_vietnamese_order_given_name_first(self, workspace, people):
        got = names(workspace.persons.search("van"))
        assert got.index("Trần Văn An") < got.index("Nguyễn Văn Bình")
        assert got == ["Nguyễn Văn Á", "Trần Văn An", "Nguyễn Văn Bình", "Hoàng Văn Cường", "Vũ Văn Dũng"]

    def test_vietnamese_order_tones_and_letters(self, workspace, people):
        got = names(workspace.persons.search("pham thi"))
        assert got == ["Phạm Thị Anh", "Phạm Thị Ánh"]
        listed = names(workspace.persons.list())
        # A < Á (tone only) < Ă/Â letters < B …; "An" before "Anh" before "Ánh".
        assert listed.index("Nguyễn Văn Á") < listed.index("Trần Văn An") < listed.index(
            "Phạm Thị Anh") < listed.index("Phạm Thị Ánh") < listed.index("Nguyễn Văn Bình")
        # Cường (C) before Dũng (D) before Hoà/Hòa (H).
        assert listed.index("Hoàng Văn Cường") < listed.index("Vũ Văn Dũng") < listed.index("Lê Thị Hòa")

    def test_paging_and_total(self, workspace, people):
        full = names(workspace.persons.search("thi van", limit=50))
        assert full == []  # AND of terms: nobody is both "Thị" and "Văn"
        all_van = names(workspace.persons.search("van", limit=50))
        page1 = workspace.persons.search("van", limit=2, offset=0, with_total=True)
        page2 = workspace.persons.search("van", limit=2, offset=2, with_total=True)
        page3 = workspace.persons.search("van", limit=2, offset=4, with_total=True)
        assert page1.total == page2.total == len(all_van) == 5
        assert names(page1) + names(page2) + names(page3) == all_van
        assert (page2.offset, page2.limit) == (2, 2)
        assert workspace.persons.search("van", limit=2).total == -1  # not counted unless asked

    def test_tombstoned_never_appear(self, workspace, people):
        pid = people["Vũ Văn Dũng"]
        workspace.persons.delete(pid)
        assert names(workspace.persons.search("dung")) == []
        assert names(workspace.persons.search("0260")) == []
        assert "Vũ Văn Dũng" not in names(workspace.persons.list())
        assert workspace.persons.list().total == len(people) - 1
        assert workspace.persons.search("van", with_total=True).total == 4
        with pytest.raises(NotFound):
            workspace.persons.get(pid)
        # Its CCCD is free again.
        add_person(workspace, "Vũ Văn Dũng", cccd="026090001234", birth_date="1990", gender="male")

    def test_edited_name_is_searchable(self, workspace, people):
        pid = people["Trần Văn An"]
        workspace.persons.update(pid, {"full_name": "Trần Văn Khoa", "current_address": "Thôn Đông"})
        assert names(workspace.persons.search("khoa")) == ["Trần Văn Khoa"]
        assert names(workspace.persons.search("thon dong")) == ["Trần Văn Khoa"]
        assert "Trần Văn An" not in names(workspace.persons.search("an"))
        v = workspace.persons.get(pid)
        assert (v.family_name, v.middle_name, v.given_name) == ("Trần", "Văn", "Khoa")


class TestDelete:
    def test_person_with_live_records_cannot_be_deleted(self, workspace):
        pid = add_person(workspace, "Nguyễn Văn An")
        cid = open_case(workspace, pid, "community_education", term_months=6, start_date=D(2026, 1, 1))
        sid = workspace.sessions.create({"date": D(2026, 3, 1)}).created_id
        aid = workspace.sessions.add_attendee({"session_id": sid, "person_id": pid}).created_id
        before = table_counts(workspace)
        with pytest.raises(ValidationFailed) as e:
            workspace.persons.delete(pid)
        [p] = e.value.problems
        assert (p.field, p.code, p.params) == ("person_id", "person_has_records", {"cases": 1, "attendances": 1})
        assert table_counts(workspace) == before
        # The due list never shows a deleted person: remove the records first, then the person.
        workspace.cases.delete(cid)
        workspace.sessions.remove_attendee(aid)
        workspace.persons.delete(pid)
        assert workspace.due.list() == [] and workspace.persons.list().total == 0
        with pytest.raises(NotFound):
            workspace.sessions.remove_attendee(aid)  # already gone: no second tombstone

    def test_paging_through_identical_names(self, workspace):
        ids = {add_person(workspace, "Nguyễn Văn An", current_address=f"Tổ {i % 3}") for i in range(12)}
        for lim in (1, 5):
            seen = [r.id for off in range(0, 12, lim)
                    for r in workspace.persons.search("nguyen van an", limit=lim, offset=off).rows]
            assert sorted(seen) == sorted(ids)
            seen = [r.id for off in range(0, 12, lim) for r in workspace.persons.list(limit=lim, offset=off).rows]
            assert sorted(seen) == sorted(ids)


class TestList:
    def test_filters(self, workspace, add_officer):
        ws = workspace
        a = add_person(ws, "Nguyễn Văn An")
        b = add_person(ws, "Lê Thị Bình")
        c = add_person(ws, "Trần Văn Cường")
        add_person(ws, "Phạm Văn Dũng")  # no case
        open_case(ws, a, "community_education", term_months=6, start_date=D(2026, 1, 1))
        open_case(ws, b, "suspended_sentence", term_months=24, start_date=D(2025, 6, 1),
                  officer="canbo1")
        cid = open_case(ws, c, "community_education", term_months=3, start_date=D(2025, 1, 1))
        ws.cases.close(cid, {"status": "completed", "actual_end": D(2025, 3, 31)})

        assert names(ws.persons.list()) == ["Nguyễn Văn An", "Lê Thị Bình", "Trần Văn Cường", "Phạm Văn Dũng"]
        assert names(ws.persons.list(category="community_education")) == ["Nguyễn Văn An", "Trần Văn Cường"]
        assert names(ws.persons.list(category="community_education", status="active")) == ["Nguyễn Văn An"]
        assert names(ws.persons.list(status="completed")) == ["Trần Văn Cường"]
        assert names(ws.persons.list(officer="canbo1")) == ["Lê Thị Bình"]
        assert names(ws.persons.list(officer="truong")) == ["Nguyễn Văn An", "Trần Văn Cường"]
        assert ws.persons.list(category="drug_management").total == 0
        rows = {r.full_name: r.open_cases for r in ws.persons.list().rows}
        assert rows == {"Nguyễn Văn An": 1, "Lê Thị Bình": 1, "Trần Văn Cường": 0, "Phạm Văn Dũng": 0}

    def test_paging(self, workspace):
        for n in ["An", "Bình", "Cường", "Dũng", "Em"]:
            add_person(workspace, f"Nguyễn Văn {n}")
        p = workspace.persons.list(limit=2, offset=2)
        assert p.total == 5 and names(p) == ["Nguyễn Văn Cường", "Nguyễn Văn Dũng"]


# --- validation --------------------------------------------------------------------------------

class TestValidation:
    def test_cccd_wrong_length(self, workspace):
        with pytest.raises(ValidationFailed) as e:
            workspace.persons.add({"full_name": "Nguyễn Văn An", "cccd": "02609000123"})
        p = problem(e.value, "cccd")
        assert (p.code, p.severity) == ("cccd_length", "error")
        assert p.params == {"got": 11, "expected": 12}

    def test_cccd_unknown_province(self, workspace):
        with pytest.raises(ValidationFailed) as e:
            workspace.persons.add({"full_name": "Nguyễn Văn An", "cccd": "003090001234"})
        p = problem(e.value, "cccd")
        assert (p.code, p.params) == ("cccd_province", {"code": "003"})
        # An override reason does not turn an error into an accepted write.
        with pytest.raises(ValidationFailed):
            workspace.persons.add({"full_name": "Nguyễn Văn An", "cccd": "003090001234",
                                   "cccd_override_reason": "thẻ cũ"})
        assert workspace.persons.list().total == 0

    def test_cccd_not_digits(self, workspace):
        with pytest.raises(ValidationFailed) as e:
            workspace.persons.add({"full_name": "Nguyễn Văn An", "cccd": "02609000123X"})
        assert problem(e.value, "cccd").code == "cccd_not_digits"

    def test_cccd_mismatch_is_a_warning_then_accepted_and_audited(self, workspace):
        data = {"full_name": "Nguyễn Thị Lan", "cccd": "026090001234", "birth_date": "1991",
                "gender": "female"}
        before = table_counts(workspace)
        with pytest.raises(ValidationFailed) as e:
            workspace.persons.add(data)
        assert e.value.errors == []
        assert sorted(p.code for p in e.value.warnings) == ["cccd_birth_year_mismatch", "cccd_gender_mismatch"]
        assert table_counts(workspace) == before
        ch = workspace.persons.add({**data, "cccd_override_reason": "Sai sót khi cấp thẻ"})
        assert ch.persons and ch.created_id
        assert sorted(p.code for p in ch.overridden) == ["cccd_birth_year_mismatch", "cccd_gender_mismatch"]
        v = workspace.persons.get(ch.created_id)
        assert v.cccd == "026090001234" and v.cccd_override_reason == "Sai sót khi cấp thẻ"
        [entry] = workspace.audit.list(action="rule_override")
        assert entry.entity_id == ch.created_id and entry.person_id == ch.created_id
        assert entry.detail["reason"] == "Sai sót khi cấp thẻ"
        assert sorted(entry.detail["warnings"]) == ["cccd_birth_year_mismatch", "cccd_gender_mismatch"]

    def test_blank_override_reason_is_no_reason(self, workspace):
        with pytest.raises(ValidationFailed):
            workspace.persons.add({"full_name": "Nguyễn Văn An", "cccd": "026190001234",
                                   "birth_date": "1985", "cccd_override_reason": "   "})

    def test_consistent_cccd_needs_no_reason(self, workspace):
        ch = workspace.persons.add({"full_name": "Nguyễn Thị Lan", "cccd": "026 190 001 234",
                                    "birth_date": "05/03/1990", "gender": "female"})
        assert ch.overridden == ()
        assert workspace.persons.get(ch.created_id).cccd == "026190001234"

    def test_duplicate_cccd_refused(self, workspace):
        first = add_person(workspace, "Nguyễn Văn An", cccd="026090001234", birth_date="1990")
        with pytest.raises(ValidationFailed) as e:
            workspace.persons.add({"full_name": "Lê Văn Bình", "cccd": "026090001234"})
        p = problem(e.value, "cccd")
        assert (p.code, p.severity) == ("cccd_duplicate", "error")
        assert p.params["person_id"] == first
        # Also when it arrives by an edit, and also with an override reason.
        other = add_person(workspace, "Lê Văn Bình")
        with pytest.raises(ValidationFailed) as e:
            workspace.persons.update(other, {"cccd": "026-090-001-234", "cccd_override_reason": "x"})
        assert problem(e.value, "cccd").code == "cccd_duplicate"
        # Re-saving the same person with its own number is not a duplicate.
        workspace.persons.update(first, {"cccd": "026090001234", "note": "ok"})

    def test_update_mismatch_needs_reason(self, workspace):
        pid = add_person(workspace, "Nguyễn Văn An", cccd="026090001234", birth_date="1990", gender="male")
        with pytest.raises(ValidationFailed) as e:
            workspace.persons.update(pid, {"birth_date": "1985"})
        assert [p.code for p in e.value.problems] == ["cccd_birth_year_mismatch"]
        assert workspace.persons.get(pid).birth_date == "1990"
        workspace.persons.update(pid, {"birth_date": "1985", "cccd_override_reason": "Giấy khai sinh"})
        assert workspace.persons.get(pid).birth_year == 1985

    def test_reason_on_file_does_not_cover_a_new_mismatch(self, workspace):
        # Recorded with a gender mismatch, overridden with a reason.
        pid = add_person(workspace, "Trần Thị Cúc", cccd="026090001234", birth_date="1990", gender="female",
                         cccd_override_reason="Thẻ in sai giới tính")
        # The same mismatch stays covered: unrelated edits and re-saving the same values work.
        workspace.persons.update(pid, {"phone": "0912345678"})
        workspace.persons.update(pid, {"gender": "female", "birth_date": "1990"})
        # A new mismatch (birth year) is not silently accepted under the old reason.
        with pytest.raises(ValidationFailed) as e:
            workspace.persons.update(pid, {"birth_date": "1975"})
        assert [p.code for p in e.value.problems] == ["cccd_birth_year_mismatch"]
        assert workspace.persons.get(pid).birth_date == "1990"
        ch = workspace.persons.update(pid, {"birth_date": "1975", "cccd_override_reason": "Khai sinh muộn"})
        assert sorted(p.code for p in ch.overridden) == ["cccd_birth_year_mismatch", "cccd_gender_mismatch"]
        v = workspace.persons.get(pid)
        assert (v.birth_year, v.cccd_override_reason) == (1975, "Khai sinh muộn")
        overrides = workspace.audit.list(action="rule_override", person_id=pid)
        assert [a.detail["reason"] for a in overrides] == ["Thẻ in sai giới tính", "Khai sinh muộn"]

    def test_birth_date_in_future(self, workspace):
        with pytest.raises(ValidationFailed) as e:
            workspace.persons.add({"full_name": "Nguyễn Văn An", "birth_date": "21/05/2026"})
        assert problem(e.value, "birth_date").code == "date_in_future"
        with pytest.raises(ValidationFailed) as e:
            workspace.persons.add({"full_name": "Nguyễn Văn An", "birth_date": "06/2026"})
        assert problem(e.value, "birth_date").code == "date_in_future"
        # Today itself is fine; so is the month we are in.
        add_person(workspace, "Nguyễn Văn Bé", birth_date=TODAY.strftime("%d/%m/%Y"))
        add_person(workspace, "Nguyễn Văn Bé Hai", birth_date="05/2026")

    def test_birth_date_impossible_or_garbled(self, workspace):
        for raw, code in [("31/02/1990", "date_invalid"), ("13/1990", "date_invalid"),
                          ("abc", "date_format"), ("1700", "date_out_of_range")]:
            with pytest.raises(ValidationFailed) as e:
                workspace.persons.add({"full_name": "Nguyễn Văn An", "birth_date": raw})
            assert problem(e.value, "birth_date").code == code, raw

    @pytest.mark.parametrize("raw,stored,shown,year", [
        ("1990", "1990", "1990", 1990),
        ("03/1990", "1990-03", "03/1990", 1990),
        ("3/1990", "1990-03", "03/1990", 1990),
        ("05/03/1990", "1990-03-05", "05/03/1990", 1990),
        ("1990-03-05", "1990-03-05", "05/03/1990", 1990),
    ])
    def test_partial_birth_dates(self, workspace, raw, stored, shown, year):
        pid = add_person(workspace, "Nguyễn Văn An", birth_date=raw)
        v = workspace.persons.get(pid)
        assert (v.birth_date, v.birth_year) == (stored, year)
        assert PartialDate.from_storage(v.birth_date).display() == shown
        assert workspace.persons.list().rows[0].birth_date == stored

    def test_birth_date_can_be_cleared(self, workspace):
        pid = add_person(workspace, "Nguyễn Văn An", birth_date="1990")
        workspace.persons.update(pid, {"birth_date": None})
        v = workspace.persons.get(pid)
        assert (v.birth_date, v.birth_year) == (None, None)

    @pytest.mark.parametrize("field,limit", [("full_name", 200), ("permanent_address", 300),
                                             ("note", 2000), ("phone", 30)])
    def test_too_long_refused_with_field(self, workspace, field, limit):
        data = {"full_name": "Nguyễn Văn An", field: "x" * (limit + 1)}
        with pytest.raises(ValidationFailed) as e:
            workspace.persons.add(data)
        p = problem(e.value, field)
        assert p.code == "invalid_string_too_long" and p.params.get("max_length") == limit
        if field != "full_name":  # exactly at the limit is accepted
            add_person(workspace, **{"full_name": "Nguyễn Văn An", field: "x" * limit})

    def test_name_required(self, workspace):
        with pytest.raises(ValidationFailed) as e:
            workspace.persons.add({"full_name": "   "})
        assert problem(e.value, "full_name").code == "required"

    def test_unknown_field_refused(self, workspace):
        with pytest.raises(ValidationFailed) as e:
            workspace.persons.add({"full_name": "Nguyễn Văn An", "nickname": "Tí"})
        assert problem(e.value, "nickname").code == "invalid_extra_forbidden"

    def test_name_parts_and_normalisation(self, workspace):
        pid = add_person(workspace, "  nguyễn   thị  HOÀ ")
        v = workspace.persons.get(pid)
        assert (v.full_name, v.family_name, v.middle_name, v.given_name) == (
            "Nguyễn Thị Hoà", "Nguyễn", "Thị", "Hoà")
        pid = workspace.persons.add({"family_name": "Tôn Nữ", "middle_name": "thị", "given_name": "hoa"}).created_id
        assert workspace.persons.get(pid).full_name == "Tôn Nữ Thị Hoa"

    def test_refused_write_leaves_nothing(self, workspace):
        add_person(workspace, "Nguyễn Văn An", cccd="026090001234", birth_date="1990")
        before = table_counts(workspace)
        bad = [
            {"full_name": "Lê Văn Bình", "cccd": "026090001234"},  # duplicate
            {"full_name": "Lê Văn Bình", "birth_date": "2099"},  # future
            {"full_name": "Lê Văn Bình", "old_ids": [{"number": "12#45"}]},  # bad old id
            {"full_name": "Lê Văn Bình", "cccd": "0260900012", "old_ids": [{"number": "135792468"}]},
        ]
        for data in bad:
            with pytest.raises(ValidationFailed):
                workspace.persons.add(data)
        assert table_counts(workspace) == before


class TestSensitiveAndScope:
    def test_officer_sees_no_sensitive_fields(self, workspace, add_officer):
        pid = add_person(workspace, "Nguyễn Văn An", ethnicity="Tày", religion="Phật giáo",
                         health_note="Cai nghiện 2024")
        chief_view = workspace.persons.get(pid)
        assert (chief_view.ethnicity, chief_view.religion, chief_view.health_note) == (
            "Tày", "Phật giáo", "Cai nghiện 2024")
        officer = add_officer()
        v = officer.persons.get(pid)
        assert (v.ethnicity, v.religion, v.health_note) == (None, None, None)
        assert v.full_name == "Nguyễn Văn An"
        with pytest.raises(ValidationFailed) as e:
            officer.persons.update(pid, {"religion": ""})
        assert problem(e.value, "religion").code == "not_permitted"
        assert workspace.persons.get(pid).religion == "Phật giáo"
        officer.persons.update(pid, {"phone": "0912345678"})  # ordinary fields are fine
        with pytest.raises(PermissionDenied):
            officer.persons.delete(pid)

    def test_viewing_a_person_is_audited(self, workspace):
        pid = add_person(workspace)
        workspace.persons.get(pid)
        workspace.persons.get(pid, audit=False)
        views = workspace.audit.list(action="view_person", person_id=pid)
        assert len(views) == 1 and views[0].username == "truong"

    def test_commune_officer_sees_only_own_unit(self, province, low_kdf):
        from desktop_app.core.services.workspace import Workspace
        from tests.conftest import OFFICER_PASSWORD, pin_today

        a = add_person(province, "Nguyễn Văn An", unit_code="09123")
        b = add_person(province, "Nguyễn Văn Bình", unit_code="09124")
        assert province.persons.list().total == 2
        assert names(province.persons.search("nguyen", unit_code="09124")) == ["Nguyễn Văn Bình"]
        province.users.add({"username": "canbo1", "role": "officer", "unit_code": "09123"}, OFFICER_PASSWORD)
        with pin_today(Workspace.open(province.data_dir, "canbo1", OFFICER_PASSWORD)) as officer:
            assert names(officer.persons.list()) == ["Nguyễn Văn An"]
            assert names(officer.persons.search("nguyen")) == ["Nguyễn Văn An"]
            assert names(officer.persons.search("nguyen", unit_code="09124")) == []
            assert officer.persons.list(unit_code="09124").total == 0
            with pytest.raises(NotFound):
                officer.persons.get(b)
            with pytest.raises(PermissionDenied):
                officer.persons.add({"full_name": "Lê Văn Cường"}, unit_code="09124")
            with pytest.raises(NotFound):
                officer.persons.update(b, {"phone": "1"})
            assert officer.persons.get(a).full_name == "Nguyễn Văn An"


# --- the photo ----------------------------------------------------------------------------------

JPEG = b"\xff\xd8\xff\xe0" + b"\x00\x10JFIF\x00" + bytes(range(200))
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(100))


def attachment_rows(ws) -> dict[str, bytes]:
    with ws._read() as conn:
        return {sha: bytes(data) for sha, data in conn.exec_driver_sql("SELECT sha256, data FROM attachment")}


class TestPhoto:
    def test_set_replace_and_remove(self, workspace):
        import hashlib

        pid = add_person(workspace)
        assert workspace.persons.photo(pid) is None
        workspace.persons.set_photo(pid, JPEG)
        sha = hashlib.sha256(JPEG).hexdigest()
        assert workspace.persons.get(pid).photo_sha256 == sha
        assert workspace.persons.photo(pid) == JPEG and attachment_rows(workspace) == {sha: JPEG}
        # the row's change is audited and goes out with the next sync, like any edit
        [edit] = [e for e in workspace.audit.list(action="edit", person_id=pid)]
        assert edit.detail["changes"]["photo_sha256"] == [None, sha]
        with workspace._read() as conn:
            ops = conn.exec_driver_sql("SELECT changed_fields FROM sync_outbox WHERE row_id = ? AND op = 'update'",
                                       (pid,)).scalars().all()
        assert any(sha in v for v in ops)

        workspace.persons.set_photo(pid, PNG)  # a new photo: the old bytes leave the register
        assert workspace.persons.photo(pid) == PNG
        assert set(attachment_rows(workspace)) == {hashlib.sha256(PNG).hexdigest()}
        workspace.persons.remove_photo(pid)
        assert workspace.persons.get(pid).photo_sha256 is None and workspace.persons.photo(pid) is None
        assert attachment_rows(workspace) == {}

    def test_shared_bytes_stay_while_another_person_names_them(self, workspace):
        a, b = add_person(workspace, "Nguyễn Văn An"), add_person(workspace, "Trần Văn Bình")
        workspace.persons.set_photo(a, JPEG)
        workspace.persons.set_photo(b, JPEG)
        workspace.persons.remove_photo(a)
        assert workspace.persons.photo(b) == JPEG and len(attachment_rows(workspace)) == 1

    def test_only_jpeg_or_png_of_bounded_size(self, workspace):
        from desktop_app.core.services.persons import PHOTO_MAX_BYTES

        pid = add_person(workspace)
        with pytest.raises(ValidationFailed) as e:
            workspace.persons.set_photo(pid, b"GIF89a" + bytes(50))
        assert problem(e.value, "photo").code == "photo_format"
        with pytest.raises(ValidationFailed) as e:
            workspace.persons.set_photo(pid, JPEG + bytes(PHOTO_MAX_BYTES))
        assert problem(e.value, "photo").code == "photo_too_large"
        assert problem(e.value, "photo").params == {"max_kb": PHOTO_MAX_BYTES // 1024}
        assert workspace.persons.get(pid).photo_sha256 is None and attachment_rows(workspace) == {}


def test_residence_unit_codes_are_unit_codes(workspace):
    with pytest.raises(ValidationFailed) as e:
        workspace.persons.add({"full_name": "Nguyễn Văn Cư", "current_unit_code": "Tích Sơn"})
    assert problem(e.value, "current_unit_code").code == "unit_code_format"
    pid = workspace.persons.add({"full_name": "Nguyễn Văn Cư", "current_unit_code": "09123",
                                 "permanent_unit_code": "25"}).created_id
    workspace.persons.update(pid, {"permanent_unit_code": ""})  # emptied: none on file
    p = workspace.persons.get(pid, audit=False)
    assert (p.permanent_unit_code, p.current_unit_code) == (None, "09123")


def test_prepare_gives_the_row_add_writes(workspace):
    """The bulk path (`prepare`, used by the import) normalises every field as `add` does."""
    data = {"full_name": "  trần   thị  HOÀ ", "birth_date": "05/03/1990", "gender": "female",
            "cccd": "001 190 000 123", "aliases": " Hoà béo ", "permanent_address": " Thôn Đông ",
            "current_address": "Thôn Đoài", "occupation": "Làm ruộng", "phone": "0912 345 678",
            "ethnicity": "Kinh", "religion": "Không", "health_note": "Khỏe", "note": " ghi chú ",
            "permanent_unit_code": "09123", "current_unit_code": ""}
    row = workspace.persons.prepare(data)
    stored = workspace.persons.get(workspace.persons.add(data).created_id, audit=False)
    assert row["full_name"] == "Trần Thị Hoà" and row["birth_date"] == "1990-03-05"
    assert row["gender"] == "female" and type(row["gender"]) is str
    for key, value in row.items():
        if hasattr(stored, key):
            assert getattr(stored, key) == value, key
