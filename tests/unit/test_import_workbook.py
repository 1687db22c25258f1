"""Importing registers kept in Excel/CSV (issue 5): messy real-world workbooks made here with
openpyxl — header variants, merged title rows, blank and numbering rows, CAPS names, CCCDs with
dots and spaces, impossible dates, unknown categories, duplicates — and every row's outcome
checked precisely; dry runs write nothing; re-importing changes nothing."""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path

import openpyxl
import pytest

from desktop_app.core.importing import import_workbook, write_template
from desktop_app.core.importing.engine import CHECKPOINT_ROWS

D = dt.date

PEOPLE_HEADER = ["STT", "HỌ TÊN", "Ngày tháng năm sinh", "Giới", "Số CMND/CCCD", "HKTT",
                 "Chỗ ở hiện nay", "Loại", "Số QĐ", "Ngày QĐ", "Cơ quan ra quyết định", "Bắt đầu",
                 "Thời hạn", "CB phụ trách", "Người được giao giúp đỡ", "Ghi chú", "Số điện thoại"]


def people_row(stt, name, birth=None, gender=None, cccd=None, category=None, *, number=None,
               decision_date=None, start=None, term=None, helper=None, address="Thôn Đông",
               note=None):
    return [stt, name, birth, gender, cccd, address, address, category, number, decision_date,
            "UBND xã Tích Sơn" if category else None, start, term, None, helper, note, "0912345678"]


def messy_people_workbook(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "DS đối tượng 2025"
    ws["A1"] = "CÔNG AN XÃ TÍCH SƠN"
    ws["A2"] = "DANH SÁCH ĐỐI TƯỢNG QUẢN LÝ NĂM 2025"
    ws.merge_cells("A1:F1")
    ws.merge_cells("A2:P2")
    ws.append([])  # row 3 blank
    ws.append(PEOPLE_HEADER)  # row 4
    ws.append([f"({i})" for i in range(1, 17)])  # row 5: column numbers of the printed form
    rows = {
        6: people_row(1, "NGUYỄN VĂN AN", "05/03/1990", "Nam", "001.090.000.123", "Giáo dục tại xã",
                      number="12/QĐ-UBND", decision_date=dt.datetime(2026, 1, 10), start="1/2/26",
                      term="3 tháng", helper="nguyễn thị hằng"),
        7: [None] * 5,
        8: people_row(2, "trần thị bình", dt.datetime(1995, 7, 1), "Nữ", "001 195 000 456", "Án treo",
                      number="34/2025/HS-ST", start="01/01/2026", term=24),
        9: people_row(3, "Lê Văn Cường", "31/02/2020", "Nam"),
        10: people_row(4, "Phạm Văn Dũng", 1985, "Nam", "0010850001"),
        11: people_row(5, "Hoàng Văn Em", "1988", "nam", None, "Đi học thêm"),
        12: people_row(6, "Nguyễn Văn An", "05/03/1990", "Nam", None, "Tái hòa nhập cộng đồng"),
        13: [None, "   "],
        14: people_row(7, "ĐỖ THỊ HOA", D(2001, 4, 2), "Nữ", "001301000789", "Đối tượng lầm lỗi"),
        15: people_row(8, "Vũ Văn Giang", "12/12/1980", "Nam", "001090000999"),
        16: people_row(9, "Bùi Văn Hải", 1992, "Nam", None, "Giáo dục tại xã, phường, thị trấn",
                       start="01/03/2026", term=12),
        17: people_row(10, "Trịnh Văn Khoa", "1988", "Nam", 1088000321, address="Thôn Tây mới"),
        18: people_row(11, "Lý Văn Long", "20/10/1979", "Nam", "001079000654"),
        19: people_row(12, "Cao Thị Mai", "1999", "Nữ", None, None, number="99/QĐ", term=6),
        20: people_row(13, "Đinh Văn Nam", "1970", "Nam", None, "Quản lý tại gia đình",
                       start="15/13/2026", term=3),
    }
    for r in range(6, 21):
        ws.append(rows[r])
    ws.append([])
    ws.append([])  # trailing blank rows: not data, not counted
    wb.save(path)
    return path


@pytest.fixture
def ws(workspace):
    # already in the register before the import: matched by CCCD (updated) and by name + birth
    # date with another CCCD (possible duplicate)
    workspace.persons.add({"full_name": "Trịnh Văn Khoa", "birth_date": "1988", "gender": "male",
                           "cccd": "001088000321", "current_address": "Thôn Tây",
                           "permanent_address": "Thôn Tây"})
    workspace.persons.add({"full_name": "Lý Văn Long", "birth_date": "20/10/1979", "gender": "male",
                           "cccd": "001079000111"})
    return workspace


def counts(ws) -> dict[str, int]:
    return ws.exporter.dump(audit=False)["counts"]


def outcome_map(result, sheet=None):
    return {o.row: o for s in result.sheets if sheet in (None, s.name) for o in s.outcomes}


def errors_of(outcome):
    return [(e.row, e.column, e.code) for e in outcome.errors]


def test_messy_people_sheet_every_row_accounted_for(ws, tmp_path):
    path = messy_people_workbook(tmp_path / "ds.xlsx")
    res = import_workbook(ws, path, dry_run=False)
    [sheet] = res.sheets
    assert sheet.kind == "persons" and sheet.header_row == 4
    assert sheet.columns["cccd"] == "Số CMND/CCCD" and sheet.columns["full_name"] == "HỌ TÊN"
    assert sheet.ignored_columns == ["Số điện thoại"]
    out = outcome_map(res)
    status = {r: o.status for r, o in out.items()}
    assert status == {6: "created", 8: "created", 9: "error", 10: "error", 11: "error",
                      12: "duplicate", 14: "created", 15: "error", 16: "error", 17: "updated",
                      18: "duplicate", 19: "error", 20: "error"}
    # blank rows 7 and 13 and the numbering row 5; trailing blanks are not rows at all
    assert sheet.skipped_blank == 3
    assert errors_of(out[9]) == [(9, "Ngày tháng năm sinh", "date_invalid")]
    assert errors_of(out[10]) == [(10, "Số CMND/CCCD", "cccd_length")]
    assert errors_of(out[11]) == [(11, "Loại", "category_unknown")]
    assert errors_of(out[15]) == [(15, "Số CMND/CCCD", "cccd_birth_year_mismatch")]
    assert errors_of(out[16]) == [(16, "Thời hạn", "rule_term_out_of_range")]
    assert errors_of(out[19]) == [(19, "Loại", "case_fields_without_category")]
    assert errors_of(out[20]) == [(20, "Bắt đầu", "date_invalid")]
    assert out[11].errors[0].message.startswith("không nhận ra loại đối tượng “Đi học thêm”")
    assert out[15].errors[0].params == {"cccd_year": 1990, "birth_year": 1980}
    assert "Trang “DS đối tượng 2025”, dòng 9, cột “Ngày tháng năm sinh”" in out[9].errors[0].describe()
    assert out[12].detail["code"] == "possible_duplicate_in_file"
    assert out[12].matches[0]["row"] == 6
    assert out[18].detail["code"] == "possible_duplicate" and out[18].matches[0]["cccd"] == "001079000111"
    assert out[17].detail["person"] == "updated"

    # what was written: CAPS names normalised, CCCD without dots/spaces, dates as typed
    an = ws.persons.get(out[6].detail["person_id"], audit=False)
    assert (an.full_name, an.cccd, an.birth_date, an.gender) == ("Nguyễn Văn An", "001090000123",
                                                                 "1990-03-05", "male")
    case = ws.cases.get(out[6].detail["case_id"])
    assert (case.category, case.decision_number, case.decision_date, case.start_date,
            case.term_months, case.helper_name) == ("community_education", "12/QĐ-UBND",
                                                    D(2026, 1, 10), D(2026, 2, 1), 3, "Nguyễn Thị Hằng")
    binh = ws.persons.get(out[8].detail["person_id"], audit=False)
    assert (binh.full_name, binh.cccd, binh.birth_date) == ("Trần Thị Bình", "001195000456", "1995-07-01")
    assert ws.cases.get(out[8].detail["case_id"]).category == "suspended_sentence"
    hoa = ws.persons.get(out[14].detail["person_id"], audit=False)
    assert hoa.full_name == "Đỗ Thị Hoa"
    khoa = ws.persons.get(out[17].detail["person_id"], audit=False)
    assert khoa.current_address == "Thôn Tây mới"  # the number cell lost its leading zeros
    # a refused row leaves nothing behind: no person without the case the rule refused
    names = {p.full_name for p in ws.persons.list(limit=100).rows}
    assert "Bùi Văn Hải" not in names and "Cao Thị Mai" not in names
    assert len(names) == 5  # 2 before + An, Bình, Hoa

    j = res.to_json()["sheets"]["DS đối tượng 2025"]
    assert (j["rows"], j["created"], j["updated"], j["unchanged"], j["skipped_blank"]) == (13, 3, 1, 0, 3)
    assert len(j["duplicates"]) == 2 and j["error_rows"] == 7
    assert {"sheet", "row", "column", "message", "code"} <= set(j["errors"][0])
    assert j["rows"] == j["created"] + j["updated"] + j["unchanged"] + len(j["duplicates"]) + j["error_rows"]
    assert [e.detail["totals"]["created"] for e in ws.audit.list(action="import")] == [3]
    # the core keeps codes and params; the words come from the catalogue in the reader's language
    assert out[18].detail["params"]["cccd"] == "001079000111" and "message" not in out[18].detail
    assert ", CCCD 001079000111;" in j["duplicates"][1]["message"] and "xác nhận" in j["duplicates"][1]["message"]
    en = res.to_json(lang="en")["sheets"]["DS đối tượng 2025"]
    assert en["duplicates"][0]["message"].startswith("may be the same as the person on row 6")
    assert "already in the register, CCCD 001079000111;" in en["duplicates"][1]["message"]
    assert [e["code"] for e in en["errors"]] == [e["code"] for e in j["errors"]]
    assert en["errors"][0]["message"] == out[9].errors[0].said("en") != out[9].errors[0].message
    assert out[9].errors[0].describe(lang="en").startswith(
        "Sheet “DS đối tượng 2025”, row 9, column “Ngày tháng năm sinh”: ")


def test_dry_run_writes_nothing_and_predicts_the_real_run(ws, tmp_path):
    path = messy_people_workbook(tmp_path / "ds.xlsx")
    before = counts(ws)
    dry = import_workbook(ws, path, dry_run=True)
    assert counts(ws) == before
    real = import_workbook(ws, path, dry_run=False)
    assert [(o.row, o.status) for o in dry.outcomes] == [(o.row, o.status) for o in real.outcomes]
    assert [e.to_json() for e in dry.errors] == [e.to_json() for e in real.errors]
    after = counts(ws)
    assert after["person"] == before["person"] + 3 and after["case_file"] == before["case_file"] + 3
    # the real import is a write: the services' own Changes, not a guess; the dry run changes nothing
    assert dry.changes.kinds() == []
    assert real.changes.persons and real.changes.cases and real.changes.audit
    assert not (real.changes.tips or real.changes.sessions or real.changes.models)


def test_reimport_changes_nothing(ws, tmp_path):
    path = messy_people_workbook(tmp_path / "ds.xlsx")
    import_workbook(ws, path, dry_run=False)
    dump = ws.exporter.dump(audit=False)
    again = import_workbook(ws, path, dry_run=False)
    assert ws.exporter.dump(audit=False)["tables"] == dump["tables"]
    assert again.changes.kinds() == ["audit"]  # only the import's own audit row
    status = {o.row: o.status for o in again.outcomes}
    assert [r for r, s in status.items() if s == "unchanged"] == [6, 8, 14, 17]
    assert not any(s in ("created", "updated") for s in status.values())


def test_people_without_cccd_reimport_as_unchanged_and_second_case_for_same_person(workspace, tmp_path):
    wb = openpyxl.Workbook()
    sh = wb.active
    sh.title = "Đối tượng"
    sh.append(["Họ và tên", "Năm sinh", "Loại đối tượng", "Số quyết định", "Thời hạn (tháng)"])
    sh.append(["Ngô Văn Phúc", 1990, "Giáo dục tại xã", "1/QĐ", 3])
    sh.append(["NGÔ VĂN PHÚC", "1990", "Tái hòa nhập", "", None])  # same person, second case
    path = tmp_path / "a.xlsx"
    wb.save(path)
    first = import_workbook(workspace, path, dry_run=False)
    assert [(o.row, o.status, o.detail.get("person"), o.detail.get("case")) for o in first.outcomes] == [
        (2, "created", "created", "created"), (3, "created", "unchanged", "created")]
    assert workspace.persons.list().total == 1
    pid = first.outcomes[0].detail["person_id"]
    assert sorted(c.category for c in workspace.cases.for_person(pid)) == ["community_education", "reintegration"]
    second = import_workbook(workspace, path, dry_run=False)
    assert [o.status for o in second.outcomes] == ["unchanged", "unchanged"]


def test_tips_sessions_models_sheets(ws, tmp_path):
    wb = openpyxl.Workbook()
    people = wb.active
    people.title = "Đối tượng"
    people.append(["Họ và tên", "Ngày sinh", "Giới tính", "Số CCCD"])
    people.append(["Nguyễn Văn An", "05/03/1990", "Nam", "001090000123"])
    people.append(["Nguyễn Văn An", "1/1/1985", "Nam", "001085000124"])  # a namesake
    people.append(["Trần Thị Bình", "1995", "Nữ", "001195000456"])

    tips = wb.create_sheet("Sổ tin báo")
    tips.append(["SỔ THEO DÕI TIN BÁO, TỐ GIÁC TỘI PHẠM"])
    tips.append(["Ngày tiếp nhận", "Hình thức tiếp nhận", "Người báo tin", "Nội dung tin",
                 "Tin có giá trị", "Kết quả"])
    tips.append([dt.datetime(2026, 1, 5), "Điện thoại", "Nặc danh", "Trộm cắp xe máy ở thôn Đông", "x", "Đã xác minh"])
    tips.append(["06/01/2026", "Trực tiếp", "Nguyễn Văn Tố", "Đánh bạc tại nhà ông K", "Không", ""])
    tips.append(["07/01/2026", "bồ câu đưa thư", "", "Nội dung bất kỳ", "", ""])
    tips.append(["08/01/2026", "", "", "", "Có", ""])
    tips.append(["01/12/2026", "Đơn thư", "", "Tin ngày tương lai", "Có", ""])

    sessions = wb.create_sheet("Buổi răn đe")
    sessions.append(["Ngày", "Địa điểm", "Chủ trì", "Nội dung", "Người tham dự", "Cam kết"])
    sessions.append(["10/03/2026", "Nhà văn hóa thôn Đông", "Nguyễn Văn Trưởng", "Răn đe trộm cắp",
                     "Nguyễn Văn An (05/03/1990); 001195000456", "Trần Thị Bình (1995)"])
    sessions.append(["11/03/2026", "Trụ sở Công an xã", "", "", "Nguyễn Văn An (1990)", "x"])
    sessions.append(["12/03/2026", "Trụ sở Công an xã", "", "", "Người Lạ Mặt (01/01/2000)", ""])
    sessions.append(["13/03/2026", "Trụ sở Công an xã", "", "", "nguyễn văn an", ""])

    models = wb.create_sheet("Mô hình")
    models.append(["Tên mô hình", "Loại mô hình", "Địa bàn", "Ngày thành lập", "Trạng thái"])
    models.append(["Trường THCS Tích Sơn", "4 an toàn - nhà trường", "Thôn Đông", dt.datetime(2020, 9, 5), ""])
    models.append(["Khu trọ Đông Hải", "nhà trọ tự quản", "Thôn Đông", "01/06/2021", "Đang hoạt động"])
    models.append(["Bệnh viện đa khoa", "Bốn an toàn trong bệnh viện", "Thôn Tây", "", "Tạm dừng"])
    models.append(["Mô hình lạ", "Chăn nuôi an toàn", "Thôn Tây", "", ""])
    path = tmp_path / "all.xlsx"
    wb.save(path)

    res = import_workbook(ws, path, dry_run=False)
    kinds = {s.name: s.kind for s in res.sheets}
    assert kinds == {"Đối tượng": "persons", "Sổ tin báo": "tips", "Buổi răn đe": "sessions",
                     "Mô hình": "models"}
    t = outcome_map(res, "Sổ tin báo")
    assert {r: o.status for r, o in t.items()} == {3: "created", 4: "created", 5: "error", 6: "error",
                                                   7: "error"}
    assert errors_of(t[5]) == [(5, "Hình thức tiếp nhận", "channel_unknown")]
    assert errors_of(t[6]) == [(6, "Nội dung tin", "required")]
    assert errors_of(t[7]) == [(7, "Ngày tiếp nhận", "date_in_future")]
    listed = {x.content: x for x in ws.tips.list().rows}
    theft = listed["Trộm cắp xe máy ở thôn Đông"]
    assert (theft.channel, theft.anonymous, theft.valuable, theft.result) == ("phone", True, True, "Đã xác minh")
    gamble = listed["Đánh bạc tại nhà ông K"]
    assert (gamble.anonymous, gamble.reporter_name, gamble.valuable) == (False, "Nguyễn Văn Tố", False)

    s = outcome_map(res, "Buổi răn đe")
    assert {r: o.status for r, o in s.items()} == {2: "created", 3: "created", 4: "error", 5: "error"}
    assert errors_of(s[4]) == [(4, "Người tham dự", "attendee_not_found")]
    assert errors_of(s[5]) == [(5, "Người tham dự", "attendee_ambiguous")]  # two of that name
    assert s[5].errors[0].params == {"value": "nguyễn văn an", "count": 2}
    first = ws.sessions.get(s[2].detail["session_id"])
    assert (first.attendances, first.commitments) == (2, 1)
    att = {a.full_name: a.commitment_signed for a in ws.sessions.attendees(first.id)}
    assert att == {"Nguyễn Văn An": False, "Trần Thị Bình": True}
    # "(1990)": a birth year is enough to tell the two namesakes apart
    second = ws.sessions.get(s[3].detail["session_id"])
    assert (second.attendances, second.commitments) == (1, 1)

    m = outcome_map(res, "Mô hình")
    assert {r: o.status for r, o in m.items()} == {2: "created", 3: "created", 4: "created", 5: "error"}
    assert errors_of(m[5]) == [(5, "Loại mô hình", "model_kind_unknown")]
    got = {x.name: (x.kind, x.status, x.established_on) for x in ws.models.list().rows}
    assert got == {"Trường THCS Tích Sơn": ("safe4_school", "active", D(2020, 9, 5)),
                   "Khu trọ Đông Hải": ("boarding_house", "active", D(2021, 6, 1)),
                   "Bệnh viện đa khoa": ("safe4_hospital", "suspended", None)}

    # re-import: everything found, nothing changes
    dump = ws.exporter.dump(audit=False)["tables"]
    again = import_workbook(ws, path, dry_run=False)
    assert ws.exporter.dump(audit=False)["tables"] == dump
    assert {o.status for o in again.outcomes} <= {"unchanged", "error"}


def _cp1258(text: str) -> bytes:
    """Windows-1258 has the vowels with their shape marks (ê, ơ, ă …) precomposed and the tones
    as combining marks: decompose, then put the shape marks back."""
    out = []
    for ch in unicodedata.normalize("NFD", text):
        if out and unicodedata.combining(ch):
            composed = unicodedata.normalize("NFC", out[-1] + ch)
            if len(composed) == 1:
                try:
                    composed.encode("cp1258")
                    out[-1] = composed
                    continue
                except UnicodeEncodeError:
                    pass
        out.append(ch)
    return "".join(out).encode("cp1258")


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-8", "cp1258"])
def test_csv_files(workspace, tmp_path, encoding):
    text = ("Họ và tên;Ngày sinh;Giới tính;Số CCCD;Loại đối tượng;Thời hạn (tháng);Ngày bắt đầu\r\n"
            "PHẠM THỊ QUỲNH;02/09/1996;Nữ;001 196 000 777;Án treo;18;01/03/2026\r\n"
            ";;;;;;\r\n"
            "Lê Văn Sáu;31/04/1990;Nam;;;;\r\n")
    path = tmp_path / "ds.csv"
    path.write_bytes(_cp1258(text) if encoding == "cp1258" else text.encode(encoding))
    res = import_workbook(workspace, path, dry_run=False)
    [sheet] = res.sheets
    assert sheet.kind == "persons" and sheet.skipped_blank == 1
    assert [(o.row, o.status) for o in sheet.outcomes] == [(2, "created"), (4, "error")]
    assert errors_of(sheet.outcomes[1]) == [(4, "Ngày sinh", "date_invalid")]
    p = workspace.persons.get(sheet.outcomes[0].detail["person_id"], audit=False)
    assert (p.full_name, p.cccd, p.birth_date) == ("Phạm Thị Quỳnh", "001196000777", "1996-09-02")
    assert import_workbook(workspace, path, dry_run=False).outcomes[0].status == "unchanged"


def test_template_round_trip(workspace, tmp_path):
    path = write_template(tmp_path / "mau.xlsx")
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames[:4] == ["Đối tượng", "Tin tố giác", "Buổi răn đe", "Mô hình"]
    people = wb["Đối tượng"]
    header = [c.value for c in people[3]]
    assert header[:4] == ["Họ và tên", "Ngày sinh", "Giới tính", "Số CCCD"]
    assert "Loại đối tượng" in header and "Người giúp đỡ" in header
    assert any("Danh mục" in dv.formula1 for dv in people.data_validations.dataValidation)
    assert wb["Danh mục"].sheet_state == "hidden"
    res = import_workbook(workspace, path, dry_run=True)
    assert [s.kind for s in res.sheets] == ["persons", "tips", "sessions", "models", "activity"]
    assert res.totals()["rows"] == 0 and not res.errors

    # filled in, the template imports
    people.append(["Nguyễn Văn An", "05/03/1990", "Nam", "001090000123", "", "", "Giáo dục tại xã, phường, thị trấn",
                   "5/QĐ", "02/01/2026", "UBND xã", "05/01/2026", 3])
    wb.save(path)
    res = import_workbook(workspace, path, dry_run=False)
    assert [o.status for o in res.outcomes] == ["created"]


def test_unrecognised_sheet_and_bad_file(workspace, tmp_path):
    wb = openpyxl.Workbook()
    wb.active.title = "Ghi chép"
    wb.active.append(["Việc cần làm", "Hạn"])
    wb.active.append(["Họp giao ban", "thứ hai"])
    path = tmp_path / "x.xlsx"
    wb.save(path)
    res = import_workbook(workspace, path, dry_run=True)
    [err] = res.errors
    assert (err.sheet, err.row, err.code) == ("Ghi chép", None, "sheet_not_recognised")
    assert res.to_json()["sheets"]["Ghi chép"]["errors"][0]["code"] == "sheet_not_recognised"
    bad = tmp_path / "y.xlsx"
    bad.write_bytes(b"not a zip")
    assert [e.code for e in import_workbook(workspace, bad, dry_run=True).errors] == ["file_unreadable"]
    old = tmp_path / "z.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    assert [e.code for e in import_workbook(workspace, old, dry_run=True).errors] == ["file_format"]


def test_checkpoints_and_progress(workspace, tmp_path, monkeypatch):
    """A long import commits in chunks (and hands its queued rows to the writer thread in
    smaller ones) and reports progress; rows after a checkpoint still roll back alone when
    refused."""
    import desktop_app.core.importing.engine as engine

    monkeypatch.setattr(engine, "CHECKPOINT_ROWS", 7)
    monkeypatch.setattr(engine, "FLUSH_ROWS", 3)
    wb = openpyxl.Workbook()
    sh = wb.active
    sh.append(["Họ và tên", "Năm sinh", "Số CCCD"])
    for i in range(20):
        sh.append([f"Người Thứ {i}", 1990, f"0010900{i:05d}" if i != 13 else "123"])
    path = tmp_path / "n.xlsx"
    wb.save(path)
    seen = []
    res = import_workbook(workspace, path, dry_run=False, progress=lambda s, d, t: seen.append(d))
    assert [o.status for o in res.outcomes].count("created") == 19
    assert workspace.persons.list().total == 19
    assert workspace.audit.verify().ok
    assert [e.detail["totals"]["created"] for e in workspace.audit.list(action="import")] == [19]
    assert res.changes.persons and not res.changes.cases
    assert seen and seen[-1] == 20
    assert CHECKPOINT_ROWS >= 100
