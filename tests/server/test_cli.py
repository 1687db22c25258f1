"""`wardbook-server` admin commands (click, in process; the console script once)."""

from __future__ import annotations

import json
import subprocess

from click.testing import CliRunner

from sync_server.cli import cli
from tests.sync.serverproc import server_command


def run(*args, env=None):
    r = CliRunner().invoke(cli, list(args), env=env, catch_exceptions=False)
    return r


def test_enroll_code_units_devices(tmp_path):
    db = str(tmp_path / "s.db")
    r = run("enroll-code", "--db", db, "--unit", "25", "--unit-name", "Phú Thọ")
    assert r.exit_code == 0
    code = r.output.split()[-1]
    assert len(code) == 14 and code.count("-") == 2
    units = tmp_path / "units.csv"
    units.write_text("code,name,parent_code\n25101,Xã Một,25\n25202,Phường Hai,25\n", encoding="utf-8")
    r = run("units", "load", "--db", db, str(units))
    assert r.exit_code == 0 and "2" in r.output
    r = run("units", "list", "--db", db, "--json")
    assert [u["code"] for u in json.loads(r.output)] == ["25", "25101", "25202"]
    r = run("enroll-code", "--unit", "25101", "--role", "officer", env={"WARDBOOK_SERVER_DB": db})
    assert r.exit_code == 0
    assert run("devices", "--db", db).output.strip() == "Chưa có máy nào đăng ký."
    assert run("enroll-code", "--db", db, "--unit", "2510").exit_code == 2
    assert run("enroll-code", "--db", db, "--unit", "25101", "--role", "province_admin").exit_code == 2
    bad = tmp_path / "bad.csv"
    bad.write_text("code,name\nabc,X\n", encoding="utf-8")
    assert run("units", "load", "--db", db, str(bad)).exit_code == 2
    assert run("new-epoch", "--db", db).exit_code == 0
    assert run("purge-tombstones", "--db", db).exit_code == 0


def test_console_script_prints_the_code_last(tmp_path):
    out = subprocess.run([*server_command(), "enroll-code", "--db", str(tmp_path / "s.db"), "--unit", "25101",
                          "--parent", "25"], capture_output=True, text=True, timeout=60, check=True).stdout
    assert out.split()[-1].count("-") == 2
