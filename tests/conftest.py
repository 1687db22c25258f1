"""Shared fixtures: a fresh commune register per test (low Argon2 cost so the suite stays fast),
its chief, and a helper that adds and signs in an officer.

Workspaces get a pinned `today()` (TODAY) so date rules give the same answer whatever day the
suite runs on."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# WARDBOOK_TEST_ROOT (`make test-vn-path`): every temporary folder of the run — registers,
# backups, exports, settings, tempfile's own — under this one, e.g. a path with Vietnamese
# letters and spaces as on Windows (C:\Users\Nguyễn Văn A\…).
_TEST_ROOT = os.environ.get("WARDBOOK_TEST_ROOT")
if _TEST_ROOT:
    os.makedirs(os.path.join(_TEST_ROOT, "tmp"), exist_ok=True)
    os.environ["TMPDIR"] = os.path.join(_TEST_ROOT, "tmp")  # also for the CLI, server subprocesses
    __import__("tempfile").tempdir = os.environ["TMPDIR"]
# The interface-language setting (desktop_app.ui.i18n) of a test run never touches the user's.
os.environ["WARDBOOK_CONFIG_DIR"] = __import__("tempfile").mkdtemp(prefix="wardbook-test-config-")

import datetime as dt  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Callable  # noqa: E402

import pytest  # noqa: E402

LOW_KDF = {"time_cost": 1, "memory_cost": 8192, "parallelism": 1}
UNIT_CODE = "09123"
UNIT_NAME = "Xã Tích Sơn"
CHIEF = "truong"
CHIEF_PASSWORD = "Matkhau2026truong"
OFFICER_PASSWORD = "Matkhau2026canbo"
# A Wednesday well inside a year, far from month ends.
TODAY = dt.date(2026, 5, 20)


def pin_today(ws, today: dt.date = TODAY):
    """Makes `ws.today()` return `today` (instance attribute shadows the method)."""
    ws.today = lambda: today
    return ws


def pytest_configure(config):
    if _TEST_ROOT and not config.option.basetemp:
        config.option.basetemp = os.path.join(_TEST_ROOT, "pytest")  # tmp_path and its kin


@pytest.fixture
def low_kdf(monkeypatch):
    """Accounts added through `ws.users.add` use the default (slow) Argon2 cost; tests use a
    cheap one."""
    from desktop_app.core.store import keyslots

    monkeypatch.setattr(keyslots, "DEFAULT_KDF", dict(LOW_KDF))


@pytest.fixture
def data_dir(tmp_path) -> Path:
    return tmp_path / "register"


@pytest.fixture
def workspace(data_dir, low_kdf):
    """A new commune register (unit 09123) signed in as its chief, today pinned to TODAY."""
    from desktop_app.core.services.workspace import Workspace

    ws = Workspace.create(data_dir, unit_code=UNIT_CODE, unit_name=UNIT_NAME, admin=CHIEF,
                          password=CHIEF_PASSWORD, full_name="Nguyễn Văn Trưởng", kdf=LOW_KDF)
    pin_today(ws)
    opened = [ws]
    ws._test_opened = opened  # type: ignore[attr-defined]
    yield ws
    for w in opened:
        w.close()


@pytest.fixture
def add_officer(workspace) -> Callable[..., object]:
    """`add_officer("canbo1")` adds an officer account to `workspace` and returns a Workspace
    signed in as that officer (today pinned too)."""
    from desktop_app.core.services.workspace import Workspace

    def _add(username: str = "canbo1", *, unit_code: str | None = None, full_name: str = ""):
        data = {"username": username, "role": "officer", "full_name": full_name}
        if unit_code:
            data["unit_code"] = unit_code
        workspace.users.add(data, OFFICER_PASSWORD)
        ws = pin_today(Workspace.open(workspace.data_dir, username, OFFICER_PASSWORD))
        workspace._test_opened.append(ws)
        return ws

    return _add


@pytest.fixture
def province(tmp_path, low_kdf):
    """A province office register (unit 25) signed in as its province admin: may write to any
    commune, which makes unit scope testable."""
    from desktop_app.core.services.workspace import Workspace

    ws = Workspace.create(tmp_path / "province", unit_code="25", unit_name="Công an tỉnh Phú Thọ",
                          admin="tinh", password=CHIEF_PASSWORD, kdf=LOW_KDF)
    pin_today(ws)
    yield ws
    ws.close()


# -- small builders shared by the workspace tests -------------------------------------------------

def add_person(ws, full_name: str = "Nguyễn Văn An", *, unit_code: str | None = None, **kw) -> str:
    return ws.persons.add({"full_name": full_name, **kw}, unit_code=unit_code).created_id


def open_case(ws, person_id: str, category: str = "community_education", *,
              override_reason: str | None = None, **kw) -> str:
    data = {"person_id": person_id, "category": category, **kw}
    return ws.cases.open(data, override_reason=override_reason).created_id


def table_counts(ws) -> dict[str, int]:
    """Row count of every table in the register (virtual-table shadows included)."""
    from sqlalchemy import text

    with ws._read() as conn:
        names = [r[0] for r in conn.execute(text(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"))]
        return {n: conn.execute(text(f'SELECT count(*) FROM "{n}"')).scalar_one() for n in sorted(names)}
