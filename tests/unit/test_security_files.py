"""Issue 16, item 7: the data folder 0700 and its files 0600 (POSIX), whatever the umask; the
JSON export chief-only, confirmed, watermarked, 0600, optionally encrypted, audited."""

from __future__ import annotations

import json
import os
import stat

import pytest

from desktop_app.core.errors import AuthenticationFailed, PermissionDenied, StoreError, ValidationFailed
from desktop_app.core.services.workspace import Workspace
from desktop_app.core.store import exportfile
from tests.conftest import CHIEF, CHIEF_PASSWORD, LOW_KDF, UNIT_CODE, UNIT_NAME, add_person

posix = pytest.mark.skipif(os.name != "posix", reason="POSIX modes; Windows uses the profile's ACL")


def mode(p) -> int:
    return stat.S_IMODE(os.stat(p).st_mode)


@pytest.fixture
def open_umask():
    old = os.umask(0)  # the most permissive umask: every mode must come from the app itself
    yield
    os.umask(old)


@posix
def test_new_register_folder_and_files_are_private_under_a_zero_umask(tmp_path, low_kdf, open_umask):
    data = tmp_path / "reg"
    ws = Workspace.create(data, unit_code=UNIT_CODE, unit_name=UNIT_NAME, admin=CHIEF,
                          password=CHIEF_PASSWORD, kdf=LOW_KDF)
    try:
        add_person(ws)  # writes: the WAL and SHM exist now
        backup = ws.backups.make(tmp_path / "out").path
        files = [p for p in data.rglob("*") if p.is_file()]
        assert {p.name for p in files} >= {"register.db", "keyslots.json", "register.db-wal"}
        assert mode(data) == 0o700
        assert {p.name: mode(p) for p in files} == {p.name: 0o600 for p in files}
        assert mode(backup) == 0o600
    finally:
        ws.close()


@posix
def test_an_old_permissive_folder_is_tightened_at_open(workspace, open_umask):
    data = workspace.data_dir
    add_person(workspace)
    workspace.close()
    os.chmod(data, 0o755)
    for p in data.iterdir():
        if p.is_file():
            os.chmod(p, 0o644)
    (data / "backups").mkdir(exist_ok=True)
    os.chmod(data / "backups", 0o755)
    ws = Workspace.open(data, CHIEF, CHIEF_PASSWORD)
    try:
        assert mode(data) == 0o700 and mode(data / "backups") == 0o700
        assert all(mode(p) == 0o600 for p in data.rglob("*") if p.is_file())
    finally:
        ws.close()


def test_export_is_refused_to_an_officer_in_the_core(workspace, add_officer, tmp_path):
    officer = add_officer()
    out = tmp_path / "x.json"
    with pytest.raises(PermissionDenied):
        officer.exporter.write(out, confirmed=True)
    assert not out.exists()
    assert workspace.audit.list(action="export") == []


def test_export_must_be_confirmed(workspace, tmp_path):
    with pytest.raises(ValidationFailed) as e:
        workspace.exporter.write(tmp_path / "x.json", confirmed=False)
    assert e.value.problems[0].code == "export_not_confirmed"
    assert not (tmp_path / "x.json").exists()


@posix
def test_export_is_watermarked_private_and_audited(workspace, tmp_path, open_umask):
    add_person(workspace, "Đặng Thị Ánh")
    out = tmp_path / "xuất.json"
    written = workspace.exporter.write(out, confirmed=True)
    assert mode(out) == 0o600
    doc = json.loads(out.read_text(encoding="utf-8"))
    mark = doc["watermark"]
    assert mark["banner"] == "MẬT — dữ liệu cá nhân nhạy cảm"
    assert (mark["exported_by"], mark["unit_code"], mark["unit_name"]) == (CHIEF, UNIT_CODE, UNIT_NAME)
    assert mark["exported_at"].endswith("+00:00")
    assert doc["tables"]["person"][0]["full_name"] == "Đặng Thị Ánh"
    assert written.counts["person"] == 1 and not written.encrypted
    rows = workspace.audit.list(action="export")
    assert len(rows) == 1 and rows[0].entity == "register" and rows[0].username == CHIEF
    assert rows[0].detail["file"] == "xuất.json" and rows[0].detail["encrypted"] is False
    assert rows[0].detail["exported_at"] == mark["exported_at"]


def test_encrypted_export_opens_with_the_right_password_only(workspace, tmp_path, low_kdf):
    add_person(workspace, "Đặng Thị Ánh", cccd="026190000123")
    out = tmp_path / "x.wbe.json"
    workspace.exporter.write(out, confirmed=True, password="Mật khẩu xuất 2026")
    raw = out.read_bytes()
    assert b"026190000123" not in raw and "Ánh".encode() not in raw
    assert exportfile.is_encrypted(raw)
    doc = json.loads(exportfile.decrypt(raw, "Mật khẩu xuất 2026"))
    assert doc["watermark"]["exported_by"] == CHIEF
    assert doc["tables"]["person"][0]["cccd"] == "026190000123"
    with pytest.raises(AuthenticationFailed):
        exportfile.decrypt(raw, "Mật khẩu xuất 2027")
    # A changed parameter in the header fails too (the header is authenticated).
    env = json.loads(raw)
    env["kdf"]["time_cost"] += 1
    with pytest.raises(AuthenticationFailed):
        exportfile.decrypt(json.dumps(env).encode(), "Mật khẩu xuất 2026")
    with pytest.raises(StoreError):
        exportfile.decrypt(b"{}", "Mật khẩu xuất 2026")
    assert workspace.audit.list(action="export")[0].detail["encrypted"] is True


def test_a_short_export_password_is_refused(workspace, tmp_path):
    with pytest.raises(ValidationFailed):
        workspace.exporter.write(tmp_path / "x", confirmed=True, password="ngan")
    assert not (tmp_path / "x").exists()


@posix
def test_other_files_in_a_chosen_data_folder_are_left_alone(tmp_path, low_kdf, open_umask):
    """--data-dir pointed at a folder holding other things: only the register's files change."""
    data = tmp_path / "tai-lieu"
    data.mkdir()
    other = data / "ghi-chu.txt"
    other.write_text("x", encoding="utf-8")
    os.chmod(other, 0o644)
    ws = Workspace.create(data, unit_code=UNIT_CODE, unit_name=UNIT_NAME, admin=CHIEF,
                          password=CHIEF_PASSWORD, kdf=LOW_KDF)
    ws.close()
    Workspace.open(data, CHIEF, CHIEF_PASSWORD).close()
    assert mode(other) == 0o644
    assert mode(data / "register.db") == 0o600 and mode(data / "keyslots.json") == 0o600


@posix
def test_reports_lists_and_person_files_written_elsewhere_are_0600(workspace, tmp_path, open_umask):
    import datetime as dt

    from desktop_app.core.reports.lists import export_people_xlsx, export_person_file_xlsx
    from desktop_app.core.reports.service import ReportExports

    pid = add_person(workspace, "Đặng Thị Ánh")
    out = tmp_path / "ra ngoài"
    exports = ReportExports.of(workspace)
    report = exports.period_report(dt.date(2026, 1, 1), dt.date(2026, 6, 30))
    written = [exports.period(report, out / f"bao-cao.{fmt}", fmt).path for fmt in ("json", "xlsx", "pdf", "docx")]
    written.append(export_people_xlsx(workspace, out / "danh-sach.xlsx").path)
    written.append(export_person_file_xlsx(workspace, pid, out / "ho-so.xlsx").path)
    assert {p.name: mode(p) for p in written} == {p.name: 0o600 for p in written}
