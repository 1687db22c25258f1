"""Windows-safe file handling (desktop_app.core.store.files) and the CLI's console encoding.

The Windows behaviours are exercised here on Linux the way Windows shows them to Python: a
sharing violation is a PermissionError from os.replace; an ANSI console is a stdout whose
encoding is cp1252. The lock is the real filelock lock, held by another process."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import filelock
import pytest

from desktop_app.core.store import files, keyslots

ROOT = Path(__file__).resolve().parents[2]


def _flaky_replace(monkeypatch, failures: int) -> list[tuple[str, str]]:
    """os.replace (as the helper sees it) fails `failures` times with a sharing violation,
    then works; returns the list of attempts."""
    real = os.replace
    calls: list[tuple[str, str]] = []

    def replace(src, dst):
        calls.append((str(src), str(dst)))
        if len(calls) <= failures:
            raise PermissionError(13, "The process cannot access the file because it is being used by another process", str(dst))
        real(src, dst)

    monkeypatch.setattr(files.os, "replace", replace)
    return calls


def test_replace_retries_a_sharing_violation_on_windows(tmp_path, monkeypatch):
    monkeypatch.setattr(files, "WINDOWS", True)
    monkeypatch.setattr(files, "RETRY_DELAYS", (0.01,) * 5)
    calls = _flaky_replace(monkeypatch, failures=3)
    dst = tmp_path / "đích.json"
    dst.write_text("cũ", encoding="utf-8")
    src = tmp_path / "mới.tmp"
    src.write_text("mới", encoding="utf-8")
    files.replace_file(src, dst)
    assert len(calls) == 4
    assert dst.read_text(encoding="utf-8") == "mới" and not src.exists()


def test_replace_gives_up_after_the_last_retry(tmp_path, monkeypatch):
    monkeypatch.setattr(files, "WINDOWS", True)
    monkeypatch.setattr(files, "RETRY_DELAYS", (0.01, 0.01))
    calls = _flaky_replace(monkeypatch, failures=10)
    src = tmp_path / "a.tmp"
    src.write_text("x", encoding="utf-8")
    with pytest.raises(PermissionError):
        files.replace_file(src, tmp_path / "b")
    assert len(calls) == 3  # two retries, then the last error goes through
    assert src.exists()


def test_on_posix_a_permission_error_is_not_waited_for(tmp_path, monkeypatch):
    monkeypatch.setattr(files, "WINDOWS", False)
    calls = _flaky_replace(monkeypatch, failures=1)
    src = tmp_path / "a.tmp"
    src.write_text("x", encoding="utf-8")
    with pytest.raises(PermissionError):
        files.replace_file(src, tmp_path / "b")
    assert len(calls) == 1


def test_slot_file_save_survives_a_sharing_violation(tmp_path, monkeypatch):
    monkeypatch.setattr(files, "WINDOWS", True)
    monkeypatch.setattr(files, "RETRY_DELAYS", (0.01,) * 3)
    path = tmp_path / "Dữ liệu WardBook" / "keyslots.json"
    path.parent.mkdir()
    sf = keyslots.SlotFile.new(path, "reg-1")
    sf.save()
    calls = _flaky_replace(monkeypatch, failures=2)
    sf.set_database_salt("ab" * 16)
    sf.save()
    assert len(calls) == 3
    assert keyslots.SlotFile.load(path).database_salt == "ab" * 16
    assert [p.name for p in path.parent.iterdir() if p.name.endswith(".tmp")] == []


_HOLDER = textwrap.dedent("""
    import sys, time
    from desktop_app.core.store.files import file_lock
    with file_lock(sys.argv[1]):
        print("held", flush=True)
        time.sleep(float(sys.argv[2]))  # holds the lock this long: the thing under test
""")


def _hold_lock(path: Path, seconds: float) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-c", _HOLDER, str(path), str(seconds)],
                            stdout=subprocess.PIPE, text=True, env=env)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
    return proc


def test_the_slot_file_lock_excludes_another_process(tmp_path):
    """The slot file's read-modify-write waits for another process holding the lock (before,
    without fcntl — on Windows — the lock silently did nothing)."""
    path = tmp_path / "Nguyễn Văn A" / "keyslots.json"
    path.parent.mkdir()
    sf = keyslots.SlotFile.new(path, "reg-1")
    sf.save()
    holder = _hold_lock(path, 4.0)  # long enough for a loaded machine to reach the checks below
    try:
        with pytest.raises(filelock.Timeout):
            with files.file_lock(path, timeout=0.2):
                pass
        sf.set_database_salt("cd" * 16)
        done: list[float] = []
        t0 = time.monotonic()
        saver = threading.Thread(target=lambda: (sf.save(), done.append(time.monotonic() - t0)))
        saver.start()
        time.sleep(0.3)  # time is the thing under test: the save must still be blocked after it
        assert done == []  # still waiting for the other process
        saver.join(timeout=20)
    finally:
        holder.wait(timeout=20)
    assert done and done[0] >= 0.5
    assert keyslots.SlotFile.load(path).database_salt == "cd" * 16


def test_a_slot_file_lock_that_cannot_be_created_is_a_store_error(tmp_path, monkeypatch):
    from desktop_app.core.errors import StoreError

    def refuse(*a, **kw):
        raise PermissionError(13, "read-only folder")

    sf = keyslots.SlotFile.new(tmp_path / "keyslots.json", "reg-1")
    monkeypatch.setattr(filelock.FileLock, "acquire", refuse)
    with pytest.raises(StoreError) as e:
        sf.save()
    assert e.value.code == "disk_write_failed"
    assert not (tmp_path / "keyslots.json").exists()


@pytest.mark.parametrize("encoding", ["cp1252", "ascii"])
def test_cli_prints_vietnamese_on_an_ansi_console(encoding):
    """A Windows console or pipe in the ANSI code page: the CLI writes UTF-8 instead of
    stopping with UnicodeEncodeError."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": encoding}
    out = subprocess.run([sys.executable, "-c", "from desktop_app.cli import run; run()", "--help"],
                         capture_output=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr.decode("utf-8", "replace")
    assert b"Traceback" not in out.stderr
    assert "sổ quản lý đối tượng của Công an xã, phường" in out.stdout.decode("utf-8")


def test_cli_errors_in_vietnamese_on_an_ansi_console(tmp_path):
    """stderr too: a problem text with Vietnamese letters, under a folder named in Vietnamese."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "cp1252",
           "WARDBOOK_USER": "truong", "WARDBOOK_PASSWORD": "x"}
    folder = tmp_path / "Nguyễn Văn A" / "Dữ liệu WardBook"
    out = subprocess.run([sys.executable, "-c", "from desktop_app.cli import run; run()",
                          "backup", "--data-dir", str(folder), "--out", str(tmp_path / "b.wbk")],
                         capture_output=True, env=env, timeout=120)
    err = out.stderr.decode("utf-8")
    assert out.returncode != 0 and "Traceback" not in err
    assert any(ord(c) > 127 for c in err), err


def test_the_run_is_under_the_test_root(tmp_path):
    """With WARDBOOK_TEST_ROOT (`make test-vn-path`), registers, backups and exports of the run
    live under that folder (a path with Vietnamese letters and spaces)."""
    import tempfile

    root = os.environ.get("WARDBOOK_TEST_ROOT")
    if not root:
        pytest.skip("only meaningful in `make test-vn-path` (WARDBOOK_TEST_ROOT set)")
    assert Path(tmp_path).is_relative_to(root) and Path(tempfile.gettempdir()).is_relative_to(root)
    assert Path(os.environ["WARDBOOK_CONFIG_DIR"]).is_relative_to(root)
    assert any(ord(c) > 127 for c in str(tmp_path)) and " " in str(tmp_path)
