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
    monkeypatch.delenv("WARDBOOK_LANG", raising=False)
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
    assert main(["export", "--format", "json", "--out", str(out1)]) == 0
    assert main(["export", "--format", "json", "--out", str(out2)]) == 0
    a, b = out1.read_text(encoding="utf-8"), out2.read_text(encoding="utf-8")
    assert a == b
    dump = json.loads(a)
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
    assert T.problem_text(p) == "Ngày (date): không được là ngày trong tương lai (28/11/2026) [lỗi: date_in_future]"
    monkeypatch.setenv("WARDBOOK_LANG", "en")
    assert "(28/11/2026)" in T.problem_text(p)
