"""The `wardbook` command line, run in-process through `main(argv)` and once as a real
console script, checking output, files and exit codes (0 ok, 2 bad input, 3 refused)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.cli import main

PASSWORD = "Mậtkhẩu2026ab"  # Vietnamese characters on purpose


@pytest.fixture
def env(tmp_path, monkeypatch):
    data = tmp_path / "data"
    monkeypatch.setenv("WARDBOOK_DATA_DIR", str(data))
    monkeypatch.setenv("WARDBOOK_USER", "truong")
    monkeypatch.setenv("WARDBOOK_PASSWORD", PASSWORD)
    monkeypatch.setenv("WARDBOOK_LANG", "vi")  # these tests read the Vietnamese words
    return data


@pytest.fixture
def register(env, capsys):
    assert main(["init", "--unit-code", "09123", "--unit-name", "Xã Tích Sơn", "--admin", "truong",
                 "--full-name", "Nguyễn Văn Trưởng"]) == 0
    capsys.readouterr()
    from desktop_app.core.services.workspace import Workspace

    with Workspace.open(env, "truong", PASSWORD) as ws:
        pid = ws.persons.add({"full_name": "Đặng Thị Ánh", "birth_date": "05/03/1990", "gender": "female",
                              "cccd": "026190000123", "current_address": "Thôn Đông, xã Tích Sơn"}).created_id
        ws.persons.add({"full_name": "Nguyễn Văn Á", "birth_date": "1985", "gender": "male"})
        import datetime as dt

        cid = ws.cases.open({"person_id": pid, "category": "community_education", "term_months": 6,
                             "start_date": dt.date(2026, 6, 1), "decision_number": "12/QĐ-UBND"}).created_id
        ws.visits.record_contact({"case_id": cid, "kind": "home_visit", "date": dt.date(2026, 9, 1),
                                  "summary": "Chấp hành tốt"})
    return {"person_id": pid, "case_id": cid}


def run_json(capsys, *argv) -> object:
    capsys.readouterr()
    rc = main([*argv, "--json"])
    out = capsys.readouterr()
    assert rc == 0, out.err
    return json.loads(out.out)


def test_init_refuses_existing_register(register, capsys):
    rc = main(["init", "--unit-code", "09123", "--unit-name", "X", "--admin", "truong"])
    assert rc == 1
    assert "đã có sổ đăng ký" in capsys.readouterr().err


def test_init_bad_input_names_the_field(env, capsys):
    rc = main(["init", "--unit-code", "9A", "--unit-name", "X", "--admin", "truong"])
    err = capsys.readouterr().err
    assert rc == 2
    assert "unit_code" in err and "Mã đơn vị" in err


def test_search_accent_insensitive_and_cccd_prefix(register, capsys):
    data = run_json(capsys, "search", "dang thi anh")
    assert [r["full_name"] for r in data["rows"]] == ["Đặng Thị Ánh"]
    data = run_json(capsys, "search", "0261")
    assert [r["cccd"] for r in data["rows"]] == ["026190000123"]
    data = run_json(capsys, "search", "nguyen van a")
    assert [r["full_name"] for r in data["rows"]] == ["Nguyễn Văn Á"]


def test_wrong_password_exit_3(register, capsys, monkeypatch):
    monkeypatch.setenv("WARDBOOK_PASSWORD", "saimatkhau123")
    assert main(["search", "anh"]) == 3
    assert "Sai tên đăng nhập hoặc mật khẩu" in capsys.readouterr().err


def test_password_in_nfd_form_opens(register, capsys, monkeypatch):
    import unicodedata

    monkeypatch.setenv("WARDBOOK_PASSWORD", unicodedata.normalize("NFD", PASSWORD))
    assert [r["id"] for r in run_json(capsys, "search", "anh")["rows"]] == [register["person_id"]]


def test_person_show_and_audit_of_view(register, capsys):
    data = run_json(capsys, "person", "show", register["person_id"])
    assert data["person"]["full_name"] == "Đặng Thị Ánh"
    assert data["cases"][0]["decision_number"] == "12/QĐ-UBND"
    assert data["timeline"][register["case_id"]][0]["summary"] == "Chấp hành tốt"
    entries = run_json(capsys, "audit", "list", "--person", register["person_id"], "--action", "view_person")
    assert len(entries) == 1 and entries[0]["username"] == "truong"


def test_unknown_person_is_bad_input(register, capsys):
    assert main(["person", "show", "no-such-id"]) == 2
    assert "no-such-id" in capsys.readouterr().err


def test_due_accepts_vietnamese_and_iso_dates(register, capsys):
    a = run_json(capsys, "due", "--on", "28/11/2026")
    b = run_json(capsys, "due", "--on", "2026-11-28")
    assert a == b
    kinds = {i["kind"] for i in a}
    assert {"visit", "assessment", "case_ending"} <= kinds
    assert main(["due", "--on", "31/02/2026"]) == 2
    assert "date_invalid" in capsys.readouterr().err


def test_export_is_complete_stable_and_sorted(register, capsys, tmp_path):
    out1, out2 = tmp_path / "a.json", tmp_path / "b.json"
    assert main(["export", "--format", "json", "--out", str(out1), "--yes"]) == 0
    assert main(["export", "--format", "json", "--out", str(out2), "--yes"]) == 0
    a, b = out1.read_text(encoding="utf-8"), out2.read_text(encoding="utf-8")
    dump, dump_b = json.loads(a), json.loads(b)
    # Only the watermark (when) differs between two exports of the same register.
    assert dump.pop("watermark")["exported_by"] == dump_b.pop("watermark")["exported_by"]
    assert dump == dump_b
    assert dump["counts"]["person"] == 2 and dump["counts"]["case_file"] == 1
    ids = [r["id"] for r in dump["tables"]["person"]]
    assert ids == sorted(ids)
    assert "Đặng Thị Ánh" in a  # UTF-8, not escaped


def test_users_add_list_passwd_and_officer_refused(register, capsys, monkeypatch):
    monkeypatch.setenv("WARDBOOK_NEW_PASSWORD", "short")
    assert main(["users", "add", "canbo1"]) == 2
    assert "password_too_short" in capsys.readouterr().err
    monkeypatch.setenv("WARDBOOK_NEW_PASSWORD", "Canbo1pass2026")
    assert main(["users", "add", "canbo1", "--full-name", "Lê Văn Cán"]) == 0
    users = run_json(capsys, "users", "list")
    assert {u["username"]: u["role"] for u in users} == {"canbo1": "officer", "truong": "chief"}
    # the officer logs in, cannot add users (exit 3), changes own password
    monkeypatch.setenv("WARDBOOK_USER", "canbo1")
    monkeypatch.setenv("WARDBOOK_PASSWORD", "Canbo1pass2026")
    monkeypatch.setenv("WARDBOOK_NEW_PASSWORD", "Canbo1moi2027xyz")
    assert main(["users", "add", "canbo2"]) == 3
    assert main(["users", "passwd"]) == 0
    assert main(["search", "anh"]) == 3  # the old password no longer opens
    monkeypatch.setenv("WARDBOOK_PASSWORD", "Canbo1moi2027xyz")
    assert main(["search", "anh"]) == 0
    # the chief resets the officer's password
    monkeypatch.setenv("WARDBOOK_USER", "truong")
    monkeypatch.setenv("WARDBOOK_PASSWORD", PASSWORD)
    monkeypatch.setenv("WARDBOOK_NEW_PASSWORD", "Datlai2028abc")
    assert main(["users", "passwd", "canbo1"]) == 0
    monkeypatch.setenv("WARDBOOK_USER", "canbo1")
    monkeypatch.setenv("WARDBOOK_PASSWORD", "Datlai2028abc")
    assert main(["search", "anh"]) == 0


def test_audit_verify_ok(register, capsys):
    data = run_json(capsys, "audit", "verify")
    assert data["ok"] is True and data["checked"] >= 5


def test_report_json_counts(register, capsys):
    assert main(["report", "--from", "01/01/2026", "--to", "31/12/2026"]) == 0
    figures = json.loads(capsys.readouterr().out)
    opened = figures["cases"]["opened"]
    assert opened["community_education"] == 1 and sum(opened.values()) == 1
    assert main(["report", "--from", "31/12/2026", "--to", "01/01/2026"]) == 2


def test_missing_register_is_clear(env, capsys):
    assert main(["search", "anh"]) == 1
    assert "wardbook init" in capsys.readouterr().err


def test_no_user_is_bad_input(register, capsys, monkeypatch):
    monkeypatch.delenv("WARDBOOK_USER")
    assert main(["search", "anh"]) == 2
    assert "--user" in capsys.readouterr().err


def test_console_script_exit_codes(register, tmp_path):
    exe = Path(sys.executable).with_name("wardbook")
    ok = subprocess.run([str(exe), "search", "anh", "--json"], capture_output=True, text=True, timeout=60)
    assert ok.returncode == 0, ok.stderr
    assert json.loads(ok.stdout)["rows"][0]["full_name"] == "Đặng Thị Ánh"
    bad = subprocess.run([str(exe), "search", "anh"], capture_output=True, text=True, timeout=60,
                         env={**__import__("os").environ, "WARDBOOK_PASSWORD": "sai"})
    assert bad.returncode == 3 and "Traceback" not in bad.stderr


def test_backup_doctor_restore_round_trip(register, capsys, tmp_path, monkeypatch):
    out = tmp_path / "sao-luu.wbk"
    assert main(["backup", "--out", str(out)]) == 0
    assert out.exists() and "Ánh".encode() not in out.read_bytes()
    assert run_json(capsys, "doctor")["problems"] == []
    before = run_json(capsys, "search", "")
    # restore into a fresh folder: the same people come back
    monkeypatch.setenv("WARDBOOK_DATA_DIR", str(tmp_path / "khac"))
    assert main(["restore", str(out)]) == 0
    assert run_json(capsys, "search", "") == before
    monkeypatch.setenv("WARDBOOK_PASSWORD", "saimatkhau123")
    assert main(["restore", str(out)]) == 3


def test_corrupt_backup_is_refused_clearly(register, capsys, tmp_path):
    out = tmp_path / "b.wbk"
    assert main(["backup", "--out", str(out)]) == 0
    data = bytearray(out.read_bytes())
    data[len(data) // 2] ^= 0xFF
    out.write_bytes(bytes(data))
    capsys.readouterr()
    assert main(["restore", str(out)]) == 1
    err = capsys.readouterr().err
    assert "sao lưu" in err and "Traceback" not in err


def test_import_template_then_import_and_report_formats(register, capsys, tmp_path):
    import openpyxl

    tpl = tmp_path / "mau.xlsx"
    assert main(["import", "template", "--out", str(tpl)]) == 0
    wb = openpyxl.load_workbook(tpl)
    ws = wb.worksheets[0]
    header_row = next(r for r in range(1, 10) if ws.cell(r, 1).value == "Họ và tên")
    col = {ws.cell(header_row, c).value: c for c in range(1, ws.max_column + 1)}
    values = {"Họ và tên": "TRẦN VĂN NHẬP", "Ngày sinh": "1/2/1991", "Loại đối tượng": "Án treo",
              "Ngày bắt đầu": "01/03/2026", "Thời hạn (tháng)": 24}
    for header, value in values.items():
        ws.cell(header_row + 1, col[header]).value = value
    wb.save(tpl)
    dry = run_json(capsys, "import", str(tpl), "--dry-run")
    assert dry["totals"]["created"] >= 1
    assert run_json(capsys, "search", "tran van nhap")["rows"] == []
    real = run_json(capsys, "import", str(tpl))
    assert real["totals"]["created"] == dry["totals"]["created"]
    assert [r["full_name"] for r in run_json(capsys, "search", "tran van nhap")["rows"]] == ["Trần Văn Nhập"]
    again = run_json(capsys, "import", str(tpl))
    assert again["totals"]["created"] == 0  # re-importing changes nothing
    for fmt in ("xlsx", "pdf", "docx"):
        out = tmp_path / f"bc.{fmt}"
        assert main(["report", "--from", "01/01/2026", "--to", "30/06/2026", "--format", fmt, "--out", str(out)]) == 0
        assert out.stat().st_size > 1000
    assert main(["report", "--from", "01/01/2026", "--to", "30/06/2026", "--format", "pdf"]) == 2


def test_problem_lines_show_dates_as_dd_mm_yyyy(monkeypatch):
    from desktop_app import cli_text as T
    from desktop_app.core.errors import Problem

    p = Problem("date", "date_in_future", {"value": "2026-11-28"})
    monkeypatch.setenv("WARDBOOK_LANG", "vi")
    assert T.problem_text(p) == "Ngày (date): không được là ngày trong tương lai (28/11/2026) [lỗi: date_in_future]"
    monkeypatch.setenv("WARDBOOK_LANG", "en")
    assert T.problem_text(p) == "Date (date): must not be in the future (28/11/2026) [error: date_in_future]"


def test_legal_cases_through_import_export_and_due(register, capsys, tmp_path):
    """Issue 14: hand-made cases in through `import`, out through `export --format json` and
    `due --on DATE --json`, their dates to the day (month ends, leap day, days, custody,
    absences, a court's reduction, record clearing)."""
    import openpyxl

    wb = openpyxl.Workbook()
    people = wb.active
    people.title = "Đối tượng"
    head = ["Họ và tên", "Ngày sinh", "Loại đối tượng", "Số quyết định", "Ngày quyết định", "Ngày bắt đầu",
            "Ngày tuyên án", "Ngày bắt đầu giám sát", "Thời hạn (tháng)", "Thời hạn (ngày)",
            "Số ngày tạm giữ, tạm giam", "Hình phạt chính", "Ngày chấp hành xong án phạt tù"]
    people.append(head)
    rows = [
        ["Lê Văn Treo", "1990", "Án treo", "01/2024/HS", "10/03/2024", None, "29/02/2024", "15/03/2024", 24],
        ["Lê Văn Cải", "1991", "Cải tạo không giam giữ", "02/2025/HS", "20/01/2025", None, "10/01/2025",
         "31/01/2025", 12, None, 5],
        ["Lê Văn Tha", "1985", "Tha tù trước thời hạn có điều kiện", "03/2026/QĐ", "25/05/2026", None, None,
         "31/05/2026", "1 tháng 5 ngày"],
        ["Lê Văn Giáo", "1995", "Giáo dục tại xã", "04/QĐ-UBND", "25/02/2026", "01/03/2026", None, None, 3],
        ["Lê Văn Ra", "1980", "Tái hòa nhập cộng đồng", "05/GCN", "15/03/2024", "20/03/2024", None, None, None,
         None, None, "Tù 3 năm", "15/03/2024"],
        ["Lê Văn Rút", "1992", "Án treo", "06/2025/HS", "05/02/2025", None, "31/01/2025", "10/02/2025", 24],
    ]
    for r in rows:
        people.append(r)
    act = wb.create_sheet("Diễn biến hồ sơ")
    act.append(["Họ và tên", "Loại việc", "Ngày", "Đến ngày", "Số tháng", "Số văn bản"])
    act.append(["Lê Văn Treo", "Vắng mặt không phép", "01/06/2025", "05/06/2025"])
    act.append(["Lê Văn Treo", "Vắng mặt không phép", "01/08/2025", "03/08/2025"])
    act.append(["Lê Văn Giáo", "Vắng mặt không phép", "02/04/2026", "11/04/2026"])
    act.append(["Lê Văn Rút", "Rút ngắn", "01/09/2025", None, 3, "12/QĐ-TA"])
    f = tmp_path / "ho_so.xlsx"
    wb.save(f)
    res = run_json(capsys, "import", str(f))
    assert res["totals"]["error_rows"] == 0, res
    out = tmp_path / "export.json"
    run_json(capsys, "export", "--format", "json", "--out", str(out), "--yes")
    dump = json.loads(out.read_text(encoding="utf-8"))
    names = {p["id"]: p["full_name"] for p in dump["tables"]["person"]}
    cases = {names[c["person_id"]]: c for c in dump["tables"]["case_file"]}
    treo = cases["Lê Văn Treo"]
    # From the judgment (29/02/2024, leap day), 24 months → 28/02/2026; absences are breaches.
    assert (treo["start_date"], treo["supervision_start"], treo["computed_end"]) == (
        "2024-02-29", "2024-03-15", "2026-02-28")
    assert len([v for v in dump["tables"]["violation"] if v["case_id"] == treo["id"]]) == 2
    # 31/01/2025 + 12 months → 30/01/2026, minus 5 days of custody × 3.
    assert cases["Lê Văn Cải"]["computed_end"] == "2026-01-15"
    # 31/05/2026 + 1 month → 30/06/2026, + 5 days.
    assert (cases["Lê Văn Tha"]["term_months"], cases["Lê Văn Tha"]["term_days"],
            cases["Lê Văn Tha"]["computed_end"]) == (1, 5, "2026-07-05")
    # 01/03/2026 + 3 months → 31/05/2026; 10 unauthorised days do not count → 10/06/2026.
    assert cases["Lê Văn Giáo"]["computed_end"] == "2026-06-10"
    # Ex-prisoner: no term; cleared 2 years after release (Art. 70(2)).
    ra = cases["Lê Văn Ra"]
    assert (ra["term_months"], ra["computed_end"], ra["followup_end"]) == (None, None, "2026-03-15")
    # 31/01/2025 + 24 − 3 months → 30/10/2026.
    assert cases["Lê Văn Rút"]["computed_end"] == "2026-10-30"
    due = run_json(capsys, "due", "--on", "01/03/2026", "--within", "30")
    by = {(i["kind"], names[i["person_id"]]): i for i in due}
    assert by[("record_clearing", "Lê Văn Ra")]["due_date"] == "2026-03-15"
    assert by[("revocation_request", "Lê Văn Treo")]["due_date"] == "2025-08-01"
    # Every missing assessment, oldest first.
    treo_periods = [i["period_start"] for i in due if i["kind"] == "assessment" and names[i["person_id"]] == "Lê Văn Treo"]
    assert treo_periods[:3] == ["2024-03-01", "2024-04-01", "2024-05-01"] and treo_periods == sorted(treo_periods)
    capsys.readouterr()
    assert main(["due", "--on", "01/03/2026", "--within", "30"]) == 0
    text = capsys.readouterr().out
    line = next(ln for ln in text.splitlines() if "Lê Văn Ra" in ln and "Xóa án tích" in ln)
    assert "đến hạn" in line and "quá hạn" not in line
    # Re-importing changes nothing.
    again = run_json(capsys, "import", str(f))
    assert again["totals"]["created"] == 0 and again["totals"]["error_rows"] == 0
