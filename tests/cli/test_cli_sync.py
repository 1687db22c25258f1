"""`wardbook enroll / sync / sync status / bundle export|import` against a real `wardbook-server`
process (SQLite): enrolment with a code from `wardbook-server enroll-code`, a sync with progress
and a summary, the status values, a bundle round trip through `wardbook-server bundle import
--reply`, and clear Vietnamese failures (wrong code, server unreachable) with no traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop_app.cli import main
from tests.conftest import CHIEF_PASSWORD, LOW_KDF
from tests.sync.serverproc import ServerProcess, server_command

WARDBOOK = [str(Path(sys.executable).with_name("wardbook"))]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    proc = ServerProcess(f"sqlite:///{tmp_path_factory.mktemp('srv') / 'server.db'}",
                         tmp_path_factory.mktemp("srvlog") / "server.log").start()
    yield proc
    proc.dispose()


def server_cli(server, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*server_command(), *args, "--db", server.db_url], capture_output=True, text=True,
                          timeout=120)


def enroll_code(server, unit: str, role: str | None = None) -> str:
    """A one-time code, the way the provincial admin makes one: the last word printed."""
    r = server_cli(server, "enroll-code", "--unit", unit, "--unit-name", f"Xã {unit}", "--parent", unit[:2],
                   *(["--role", role] if role else []))
    assert r.returncode == 0, r.stderr
    return r.stdout.split()[-1]


@pytest.fixture
def register(tmp_path, monkeypatch, low_kdf, server, capsys):
    """A new commune register (its own unit, so tests sharing the server stay apart) with two
    people not yet synced; WARDBOOK_* set for the commands."""
    from desktop_app.core.services.workspace import Workspace

    unit = f"{server.fresh_province()}101"
    data = tmp_path / "data"
    monkeypatch.setenv("WARDBOOK_DATA_DIR", str(data))
    monkeypatch.setenv("WARDBOOK_USER", "truong")
    monkeypatch.setenv("WARDBOOK_PASSWORD", CHIEF_PASSWORD)
    monkeypatch.setenv("WARDBOOK_LANG", "vi")  # these tests read the Vietnamese words
    with Workspace.create(data, unit_code=unit, unit_name=f"Xã {unit}", admin="truong", password=CHIEF_PASSWORD,
                          kdf=LOW_KDF, parent_code=unit[:2]) as ws:
        ws.persons.add({"full_name": "Nguyễn Văn An", "birth_date": "1990"})
        ws.persons.add({"full_name": "Lê Thị Bình"})
    return {"data": data, "unit": unit}


def run(capsys, *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    rc = main(list(argv))
    out = capsys.readouterr()
    return rc, out.out, out.err


def status_json(capsys) -> dict:
    rc, out, err = run(capsys, "sync", "status", "--json")
    assert rc == 0, err
    return json.loads(out)


def no_traceback(text: str) -> None:
    assert "Traceback" not in text and "Error:" not in text, text


def test_enroll_sync_and_status(server, register, capsys):
    st = status_json(capsys)
    assert (st["enrolled"], st["pending"], st["last_sync"], st["last_error"]) == (False, 2, None, None)
    rc, out, err = run(capsys, "sync", "status")
    assert rc == 0 and "Chưa đăng ký với máy chủ đồng bộ" in out and "Thay đổi chờ gửi: 2 (Người 2)" in out
    rc, out, err = run(capsys, "sync")
    assert rc == 1 and out == ""
    assert err.strip() == ("Đồng bộ không thành công: Sổ đăng ký này chưa đăng ký với máy chủ đồng bộ. Hãy đăng ký "
                           "thiết bị bằng mã do quản trị tỉnh cấp. [not_enrolled]")

    # a wrong code: refused (exit 3), said in Vietnamese, nothing enrolled
    rc, out, err = run(capsys, "enroll", "--server", server.url, "--code", "SAI0-SAI0-SAI0")
    assert rc == 3
    assert "Đăng ký thiết bị không thành công: Mã đăng ký không đúng" in err and "[enroll_code_unknown]" in err
    assert status_json(capsys)["enrolled"] is False
    # plain HTTP to another machine: refused before anything is sent (exit 2: fix the address)
    rc, out, err = run(capsys, "enroll", "--server", "http://10.1.2.3:8765", "--code", "ABCD-EFGH-JKLM")
    assert rc == 2 and "phải bắt đầu bằng https://" in err

    code = enroll_code(server, register["unit"])
    rc, out, err = run(capsys, "enroll", "--server", server.url, "--code", code)
    assert rc == 0, err
    assert f"Đã đăng ký thiết bị với máy chủ {server.url}: đơn vị Xã {register['unit']} ({register['unit']}), " \
           "quyền Trưởng Công an xã." in out
    # a code works once
    rc, out, err = run(capsys, "enroll", "--server", server.url, "--code", code)
    assert rc == 3 and "Mã đăng ký này đã được dùng" in err
    st = status_json(capsys)
    assert (st["enrolled"], st["server_url"], st["unit_code"], st["role"], st["pending"]) == \
           (True, server.url, register["unit"], "chief", 2)

    rc, out, err = run(capsys, "sync")
    assert rc == 0, err
    assert out.startswith("Đồng bộ xong (") and "gửi 2 thay đổi" in out
    assert "Kết nối máy chủ…" in err and "Gửi thay đổi: 2/2" in err and "Kiểm tra đối chiếu: 1/1" in err
    st = status_json(capsys)
    assert st["pending"] == 0 and st["last_error"] is None and st["last_sync"] is not None
    assert st["conflicts"] == [] and st["rejections"] == [] and st["last_report"]["pushed"] == 2
    assert st["last_report"]["checks"] == {register["unit"]: "ok"}
    rc, out, err = run(capsys, "sync", "status")
    assert "Thay đổi chờ gửi: 0\n" in out and "Lỗi lần đồng bộ trước: không có" in out
    assert "Lần đồng bộ thành công cuối: chưa có" not in out
    # --json: the report, no progress on stderr
    rc, out, err = run(capsys, "sync", "--json")
    data = json.loads(out)
    assert rc == 0 and data["ok"] is True and data["pending"] == 0 and data["report"]["pushed"] == 0
    assert err == ""


def test_status_lists_conflicts_and_rejections(server, register, capsys, tmp_path):
    """This register is an officer's device (it may not delete); another laptop of the commune
    edits the same person later: a conflict and a rejection, both in `sync status`."""
    from desktop_app.core.services.workspace import Workspace
    from desktop_app.core.sync.client import enroll, sync

    unit = register["unit"]
    rc, out, err = run(capsys, "enroll", "--server", server.url, "--code", enroll_code(server, unit, role="officer"))
    assert rc == 0 and "quyền Cán bộ (không được xóa)" in out
    assert run(capsys, "sync")[0] == 0
    other = Workspace.create(tmp_path / "other", unit_code=unit, unit_name=f"Xã {unit}", admin="truong",
                             password=CHIEF_PASSWORD, kdf=LOW_KDF, parent_code=unit[:2])
    try:
        enroll(other, server.url, enroll_code(server, unit))
        sync(other)
        with Workspace.open(register["data"], "truong", CHIEF_PASSWORD) as ws:
            an = next(p.id for p in ws.persons.list().rows if p.full_name == "Nguyễn Văn An")
            binh = next(p.id for p in ws.persons.list().rows if p.full_name == "Lê Thị Bình")
            ws.persons.update(an, {"occupation": "thợ xây"})
            ws.persons.delete(binh)  # this device's role may not delete: the server refuses
        other.persons.update(an, {"occupation": "lái xe"})  # later: wins
        sync(other)
    finally:
        other.close()
    rc, out, err = run(capsys, "sync")
    assert rc == 0, err
    assert "1 thay đổi bị từ chối" in out and "1 xung đột mới" in out
    assert "Cần xem: 1 xung đột, 1 thay đổi bị từ chối" in out
    st = status_json(capsys)
    assert [(c["field"], c["kept_value"], c["lost_value"]) for c in st["conflicts"]] == [("occupation", "lái xe", "thợ xây")]
    assert [(r["reason"], r["row_id"]) for r in st["rejections"]] == [("not_permitted", binh)]
    rc, out, err = run(capsys, "sync", "status")
    assert "Xung đột chờ xử lý: 1" in out
    # who lost: the user name bound by the server to the device it authenticated
    with Workspace.open(register["data"], "truong", CHIEF_PASSWORD) as ws:
        device = ws.device_id
    assert f"Người “Nguyễn Văn An”, Nghề nghiệp: đang dùng “lái xe”, bị thay “thợ xây” (truong@{device})" in out
    assert "Thay đổi bị máy chủ từ chối: 1" in out
    assert "Người “Lê Thị Bình”: quyền của thiết bị không cho phép thao tác này (ví dụ xóa)" in out


def test_a_bundle_reply_from_a_restored_server_asks_for_another_trip(server, register, capsys, tmp_path):
    """The reply shows the server lost state (the register's cursor ahead of its counter, as a
    restore leaves it): the CLI says so and what to do, the status keeps saying it, the next
    export says it re-sends every record, and its reply clears it."""
    from desktop_app.core.services.workspace import Workspace
    from desktop_app.core.sync.client.state import set_meta

    def trip(name: str) -> subprocess.CompletedProcess:
        rc, out, err = run(capsys, "bundle", "export", "--out", str(tmp_path / f"{name}.wbb"))
        assert rc == 0, err
        r = subprocess.run([*server_command(), "bundle", "import", "--db", server.db_url, str(tmp_path / f"{name}.wbb"),
                            "--reply", str(tmp_path / f"{name}-reply.wbb")], capture_output=True, text=True, timeout=120)
        assert r.returncode == 0, r.stderr
        return out

    assert run(capsys, "enroll", "--server", server.url, "--code", enroll_code(server, register["unit"]))[0] == 0
    assert run(capsys, "sync")[0] == 0
    with Workspace.open(register["data"], "truong", CHIEF_PASSWORD) as ws, ws.db.write() as tx:
        set_meta(tx.conn, {f"cursor:{register['unit']}": "1000000"})
    out = trip("first")
    assert "gửi lại mọi bản ghi" not in out
    rc, out, err = run(capsys, "bundle", "import", str(tmp_path / "first-reply.wbb"))
    assert rc == 0, err
    assert "Cảnh báo: Máy chủ tỉnh đã được khôi phục từ bản sao lưu" in out and "nhận 0 bản ghi" in out
    assert status_json(capsys)["last_error"] == "server_restored"
    rc, out, err = run(capsys, "sync", "status")
    assert "hãy xuất gói gửi tỉnh một lần nữa" in out
    out = trip("second")
    assert "Cảnh báo: Gói này gửi lại mọi bản ghi trên máy này" in out
    rc, out, err = run(capsys, "bundle", "import", str(tmp_path / "second-reply.wbb"))
    assert rc == 0 and "Cảnh báo" not in out, out + err
    assert status_json(capsys)["last_error"] is None


def test_bundle_round_trip_through_the_server(server, register, capsys, tmp_path):
    assert run(capsys, "enroll", "--server", server.url, "--code", enroll_code(server, register["unit"]))[0] == 0
    req, reply = tmp_path / "gui-tinh.wbb", tmp_path / "tra-loi.wbb"
    rc, out, err = run(capsys, "bundle", "export", "--out", str(req))
    assert rc == 0, err
    assert out.startswith("Đã xuất gói 2 thay đổi (") and str(req) in out and req.stat().st_size > 100
    assert status_json(capsys)["pending"] == 2  # acknowledged only by the reply

    r = subprocess.run([*server_command(), "bundle", "import", "--db", server.db_url, str(req), "--reply", str(reply)],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0 and "áp dụng 2 thay đổi" in r.stdout, r.stderr
    # the request is not a reply: refused clearly (exit 2), nothing changed
    rc, out, err = run(capsys, "bundle", "import", str(req))
    assert rc == 2 and "Nhập gói trả lời không thành công: Đây là gói gửi đi" in err
    assert status_json(capsys)["pending"] == 2

    rc, out, err = run(capsys, "bundle", "import", str(reply))
    assert rc == 0, err
    assert out.startswith("Đã nhập gói trả lời (") and "máy chủ xác nhận 2 thay đổi, nhận 2 bản ghi" in out
    st = status_json(capsys)
    assert st["pending"] == 0 and st["last_error"] is None and st["last_sync"] is not None
    # importing the same reply again is harmless
    rc, out, err = run(capsys, "bundle", "import", str(reply), "--json")
    assert rc == 0 and json.loads(out)["report"]["pulled"] == 0 and status_json(capsys)["pending"] == 0
    # a damaged file: refused, no traceback
    raw = bytearray(reply.read_bytes())
    raw[-50] ^= 1
    (tmp_path / "hong.wbb").write_bytes(bytes(raw))
    rc, out, err = run(capsys, "bundle", "import", str(tmp_path / "hong.wbb"))
    assert rc == 2 and "Chữ ký của gói không khớp" in err
    rc, out, err = run(capsys, "bundle", "import", str(tmp_path / "khong-co.wbb"))
    assert rc == 2 and err.strip() == f"Không tìm thấy tệp: {tmp_path / 'khong-co.wbb'}"
    # the server's side knows the people now: a second laptop receives them
    from desktop_app.core.services.workspace import Workspace
    from desktop_app.core.sync.client import enroll, sync

    with Workspace.create(tmp_path / "other", unit_code=register["unit"], unit_name="X", admin="truong",
                          password=CHIEF_PASSWORD, kdf=LOW_KDF, parent_code=register["unit"][:2]) as other:
        enroll(other, server.url, enroll_code(server, register["unit"]))
        sync(other)
        assert sorted(p.full_name for p in other.persons.list().rows) == ["Lê Thị Bình", "Nguyễn Văn An"]


def test_unreachable_server_is_a_clear_message_not_a_traceback(register, capsys, tmp_path):
    own = ServerProcess(f"sqlite:///{tmp_path / 'own.db'}", tmp_path / "own.log").start()
    try:
        assert run(capsys, "enroll", "--server", own.url, "--code", enroll_code(own, register["unit"]))[0] == 0
        assert run(capsys, "sync")[0] == 0
    finally:
        own.dispose()
    env = dict(os.environ)
    # the real console script, as a person runs it
    r = subprocess.run([*WARDBOOK, "sync"], capture_output=True, text=True, env=env, timeout=120)
    assert r.returncode == 1
    no_traceback(r.stderr)
    assert r.stderr.strip().endswith("Đồng bộ không thành công: Không kết nối được máy chủ đồng bộ (mất mạng, máy chủ "
                                     "tắt hoặc sai địa chỉ). Dữ liệu vẫn được lưu trên máy; hãy thử lại sau. "
                                     "[server_unreachable]")
    assert r.stdout == ""
    # recorded: status says so, and the last success is still there
    st = status_json(capsys)
    assert st["last_error"] == "server_unreachable" and st["last_sync"] is not None
    rc, out, err = run(capsys, "sync", "status")
    assert "Lỗi lần đồng bộ trước (" in out and "Không kết nối được máy chủ đồng bộ" in out
    # --json: the failure as JSON on stdout too, for scripts
    r = subprocess.run([*WARDBOOK, "sync", "--json"], capture_output=True, text=True, env=env, timeout=120)
    assert r.returncode == 1 and json.loads(r.stdout) == {
        "ok": False, "error": "server_unreachable",
        "message": "Không kết nối được máy chủ đồng bộ (mất mạng, máy chủ tắt hoặc sai địa chỉ). Dữ liệu vẫn được "
                   "lưu trên máy; hãy thử lại sau. [server_unreachable]"}
    no_traceback(r.stderr)
    # enrolling against a server that is not there
    r = subprocess.run([*WARDBOOK, "enroll", "--server", own.url, "--code", "ABCD-EFGH-JKLM"], capture_output=True,
                       text=True, env=env, timeout=120)
    assert r.returncode == 1 and "Đăng ký thiết bị không thành công: Không kết nối được máy chủ" in r.stderr
    no_traceback(r.stderr)
    # a bundle cannot be written where there is no folder: one line, no traceback
    r = subprocess.run([*WARDBOOK, "bundle", "export", "--out", str(tmp_path / "khong" / "co" / "x.wbb")],
                       capture_output=True, text=True, env=env, timeout=120)
    assert r.returncode == 1 and "Xuất gói dữ liệu không thành công: Không đọc/ghi được tệp" in r.stderr
    no_traceback(r.stderr)


def test_enroll_needs_a_chief_and_sync_needs_a_password(register, capsys, server, monkeypatch):
    from desktop_app.core.services.workspace import Workspace
    from tests.conftest import OFFICER_PASSWORD

    with Workspace.open(register["data"], "truong", CHIEF_PASSWORD) as ws:
        ws.users.add({"username": "canbo1", "role": "officer"}, OFFICER_PASSWORD)
    rc, out, err = run(capsys, "enroll", "--server", server.url, "--code", "ABCD-EFGH-JKLM", "--user", "canbo1")
    assert rc == 3 and err.startswith("Sai tên đăng nhập hoặc mật khẩu")  # WARDBOOK_PASSWORD is the chief's
    monkeypatch.setenv("WARDBOOK_PASSWORD", OFFICER_PASSWORD)
    rc, out, err = run(capsys, "enroll", "--server", server.url, "--code", "ABCD-EFGH-JKLM", "--user", "canbo1")
    assert rc == 3 and err.startswith("Không có quyền: manage_users")
    monkeypatch.delenv("WARDBOOK_PASSWORD")
    r = subprocess.run([*WARDBOOK, "sync"], capture_output=True, text=True, stdin=subprocess.DEVNULL,
                       env={k: v for k, v in os.environ.items() if k != "WARDBOOK_PASSWORD"}, timeout=60)
    assert r.returncode == 3 and "Chưa có mật khẩu" in r.stderr


def test_every_sync_error_code_has_a_vietnamese_text():
    """Each code the client, the bundles and the server can raise has its sentence (shared by
    the command line and the desktop app); only the fault-injection hook of the tests has none."""
    import re

    from desktop_app.texts import SYNC_ERRORS_VI

    root = Path(__file__).resolve().parents[2]
    codes = set()
    for f in [*(root / "desktop_app" / "core" / "sync").glob("*.py"), *(root / "sync_server").rglob("*.py")]:
        src = f.read_text(encoding="utf-8")
        codes |= set(re.findall(r'(?:SyncError|BundleError|ApiError)\((?:\d+, )?"([a-z_]+)"', src))
        codes |= set(re.findall(r'_error\(send, \d+, "([a-z_]+)"', src))
    assert {"not_enrolled", "server_unreachable", "enroll_code_unknown", "bundle_bad_signature"} <= codes
    assert codes - set(SYNC_ERRORS_VI) == {"test_unavailable"}


def test_a_laptop_clock_two_days_fast_is_shown_and_bounded(server, register, capsys, monkeypatch):
    """A black-box laptop clock: WARDBOOK_CLOCK_OFFSET_SECONDS moves the core's wall clock."""
    from desktop_app.core.domain.hlc import Stamp, system_wall_ms

    code = enroll_code(server, register["unit"])
    rc, _, err = run(capsys, "enroll", "--server", server.url, "--code", code)
    assert rc == 0, err
    assert run(capsys, "sync")[0] == 0
    monkeypatch.setenv("WARDBOOK_CLOCK_OFFSET_SECONDS", str(2 * 24 * 3600))
    from desktop_app.core.services.workspace import Workspace

    with Workspace.open(register["data"], "truong", CHIEF_PASSWORD) as ws:  # stamps with the faked clock
        pid = ws.persons.add({"full_name": "Đinh Văn Giờ"}).created_id
        with ws.db.read() as conn:
            made = conn.exec_driver_sql("SELECT updated_hlc FROM person WHERE id = ?", (pid,)).scalar_one()
    assert Stamp.decode(made).ms > (time.time() + 2 * 24 * 3600 - 60) * 1000  # two days ahead of the true time
    rc, out, err = run(capsys, "sync")
    assert rc == 0, err
    no_traceback(out + err)
    assert "Đồng hồ máy tính chạy nhanh" in out + err
    st = status_json(capsys)
    assert abs(st["clock_ahead"]["ahead_seconds"] - 2 * 24 * 3600) < 120
    rc, out, _ = run(capsys, "sync", "status")
    assert "Đồng hồ máy tính chạy nhanh 2 ngày so với giờ máy chủ (cho phép lệch tối đa 5 phút)" in out
    # what reached the server is stamped at the server's time, not two days ahead
    from sqlalchemy import text

    with server.engine.connect() as conn:
        stamps = [h for (h,) in conn.execute(text("SELECT updated_hlc FROM record WHERE unit_code = :u"),
                                             {"u": register["unit"]})]
    monkeypatch.delenv("WARDBOOK_CLOCK_OFFSET_SECONDS")
    assert stamps and max(Stamp.decode(h).ms for h in stamps) <= system_wall_ms() + 300_000
    # the clock set right: the next sync clears the notice
    assert run(capsys, "sync")[0] == 0
    assert status_json(capsys)["clock_ahead"] is None
