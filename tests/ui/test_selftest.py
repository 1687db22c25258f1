"""`python -m desktop_app --selftest` from source, as a separate process (the installer build
runs the same code as `dist/WardBook/WardBook --selftest` in `make installer-check`)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_selftest(**env: str) -> subprocess.CompletedProcess:
    e = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WARDBOOK_DATA_DIR")}
    e.update(env)
    return subprocess.run([sys.executable, "-m", "desktop_app", "--selftest"], cwd=ROOT, env=e,
                          capture_output=True, text=True, encoding="utf-8", timeout=180)


def test_selftest_passes_offscreen_without_being_told(tmp_path):
    # QT_QPA_PLATFORM unset: the self-test chooses offscreen itself; no register is touched.
    r = run_selftest(WARDBOOK_DATA_DIR=str(tmp_path / "never"))
    assert r.returncode == 0, r.stdout + r.stderr
    out = r.stdout
    assert "from source" in out and "Qt platform: offscreen" in out
    for line in ("encrypted register created (SQLCipher", "core search", "main window rendered offscreen",
                 "People page search", "reports written (PDF", "no name, address or CCCD"):
        assert line in out, out
    assert out.rstrip().splitlines()[-1].startswith("OK: all checks passed")
    assert not (tmp_path / "never").exists()


def test_selftest_fails_with_the_reason(tmp_path):
    (tmp_path / "wardbook_en.qm").write_bytes(b"not a Qt catalogue")
    r = run_selftest(WARDBOOK_I18N_DIR=str(tmp_path))
    assert r.returncode == 1
    last = r.stdout.rstrip().splitlines()[-1]
    assert last.startswith("FAILED:") and "wardbook_en.qm" in last, r.stdout


def test_version_info_follows_the_package_version():
    sys.path.insert(0, str(ROOT / "build_support"))
    try:
        from version_info import project_version, version_info_text, version_tuple
    finally:
        sys.path.remove(str(ROOT / "build_support"))
    assert version_tuple("1.2.3") == (1, 2, 3, 0)
    assert version_tuple("0.4.0rc1+g1234") == (0, 4, 0, 0)
    assert version_tuple("2") == (2, 0, 0, 0)
    text = version_info_text(project_version())
    assert f"ProductVersion', '{project_version()}'" in text and "filevers=(" in text
    compile(text, "version_info", "eval")  # PyInstaller evaluates it as one expression
