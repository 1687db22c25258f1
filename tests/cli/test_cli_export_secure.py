"""Issue 16, item 7, through the CLI: `wardbook export` chief-only, refused without a terminal
and without --yes, written 0600, encrypted with --password-file, opened by `export-decrypt`."""

from __future__ import annotations

import json
import os
import stat

import pytest

from desktop_app.cli import main
from tests.cli import test_cli as _base
from tests.cli.test_cli import PASSWORD, run_json

env = _base.env  # the fixtures of test_cli: a register with two persons, signed in as its chief
register = _base.register

OFFICER_PW = "Matkhau2026canbo"


def test_officer_is_refused(register, capsys, monkeypatch, tmp_path):
    from desktop_app.core.services.workspace import Workspace

    with Workspace.open(os.environ["WARDBOOK_DATA_DIR"], "truong", PASSWORD) as ws:
        ws.users.add({"username": "canbo1", "role": "officer", "full_name": "Cán bộ"}, OFFICER_PW)
    monkeypatch.setenv("WARDBOOK_USER", "canbo1")
    monkeypatch.setenv("WARDBOOK_PASSWORD", OFFICER_PW)
    out = tmp_path / "x.json"
    capsys.readouterr()
    assert main(["export", "--out", str(out), "--yes"]) == 3
    assert not out.exists()
    err = capsys.readouterr().err
    assert "Không có quyền: export" in err
    with Workspace.open(os.environ["WARDBOOK_DATA_DIR"], "truong", PASSWORD) as ws:
        assert ws.audit.list(action="export") == []

def test_no_terminal_and_no_yes_is_refused(register, capsys, tmp_path):
    out = tmp_path / "x.json"
    capsys.readouterr()
    assert main(["export", "--out", str(out)]) == 2  # pytest's stdin is not a terminal
    assert "--yes" in capsys.readouterr().err
    assert not out.exists()


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_export_file_is_0600_and_watermarked(register, capsys, tmp_path):
    out = tmp_path / "x.json"
    res = run_json(capsys, "export", "--out", str(out), "--yes")
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["watermark"]["banner"] == "MẬT — dữ liệu cá nhân nhạy cảm"
    assert doc["watermark"]["exported_by"] == "truong" == res["watermark"]["exported_by"]


def test_encrypted_export_and_decrypt(register, capsys, tmp_path, monkeypatch):
    pw = tmp_path / "pw.txt"
    pw.write_text("Mật khẩu xuất 2026\n", encoding="utf-8")
    out = tmp_path / "x.json.enc"
    res = run_json(capsys, "export", "--out", str(out), "--yes", "--encrypt", "--password-file", str(pw))
    assert res["encrypted"] is True
    assert "Đặng Thị Ánh".encode() not in out.read_bytes()
    plain = tmp_path / "ra.json"
    run_json(capsys, "export-decrypt", str(out), "--out", str(plain), "--password-file", str(pw))
    assert json.loads(plain.read_text(encoding="utf-8"))["counts"]["person"] == 2
    bad = tmp_path / "bad.txt"
    bad.write_text("Mật khẩu sai 2026", encoding="utf-8")
    capsys.readouterr()
    assert main(["export-decrypt", str(out), "--out", str(tmp_path / "no.json"), "--password-file", str(bad)]) == 3
    assert not (tmp_path / "no.json").exists()
    # Without a terminal and without a password the encrypted export is refused.
    monkeypatch.delenv("WARDBOOK_EXPORT_PASSWORD", raising=False)
    assert main(["export", "--out", str(tmp_path / "y"), "--yes", "--encrypt"]) == 2
    assert not (tmp_path / "y").exists()
