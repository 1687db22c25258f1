"""Fixtures of the end-to-end sync tests: a real server process per backend (SQLite file and
PostgreSQL, shared by the tests of a module, kept apart by province codes) and enrolled
registers ("devices") made with the low Argon2 cost of tests/conftest.py, today pinned."""

from __future__ import annotations

import itertools

import pytest

from tests.conftest import CHIEF_PASSWORD, LOW_KDF, OFFICER_PASSWORD, pin_today
from tests.sync.serverproc import ServerProcess, create_pg_database, drop_pg_database


@pytest.fixture(scope="session")
def pg_url():
    url = create_pg_database()
    yield url
    drop_pg_database(url)


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def server(request, tmp_path_factory):
    if request.param == "sqlite":
        db = f"sqlite:///{tmp_path_factory.mktemp('srv') / 'server.db'}"
    else:
        db = request.getfixturevalue("pg_url")
    proc = ServerProcess(db, tmp_path_factory.mktemp("srvlog") / "server.log").start()
    yield proc
    proc.dispose()


@pytest.fixture(scope="module")
def sqlite_server(tmp_path_factory):
    db = f"sqlite:///{tmp_path_factory.mktemp('srv') / 'server.db'}"
    proc = ServerProcess(db, tmp_path_factory.mktemp("srvlog") / "server.log").start()
    yield proc
    proc.dispose()


_names = itertools.count(1)


class Devices:
    """Makes registers and enrolls them: `devices.commune("25101")`, `devices.province("25")`."""

    def __init__(self, server: ServerProcess, tmp_path, monkeypatch):
        from desktop_app.core.store import keyslots

        monkeypatch.setattr(keyslots, "DEFAULT_KDF", dict(LOW_KDF))
        self.server = server
        self.tmp = tmp_path
        self.opened = []

    def _create(self, unit: str, name: str, parent: str | None, admin: str):
        from desktop_app.core.services.workspace import Workspace

        ws = Workspace.create(self.tmp / f"reg{next(_names)}", unit_code=unit, unit_name=name, admin=admin,
                              password=CHIEF_PASSWORD, kdf=LOW_KDF, parent_code=parent)
        pin_today(ws)
        self.opened.append(ws)
        return ws

    def commune(self, unit: str, *, parent: str | None = None, role: str | None = None, enroll: bool = True):
        parent = parent or unit[:2]
        ws = self._create(unit, f"Xã {unit}", parent, "truong")
        if enroll:
            self.enroll(ws, parent=parent, role=role)
        return ws

    def province(self, unit: str, *, enroll: bool = True):
        ws = self._create(unit, f"Công an tỉnh {unit}", None, "tinh")
        if enroll:
            self.enroll(ws)
        return ws

    def enroll(self, ws, *, parent: str | None = None, role: str | None = None):
        from desktop_app.core.sync.client import enroll

        code = self.server.enroll_code(ws.unit_code, name=ws.unit_name, parent=parent, role=role)
        return enroll(ws, self.server.url, code)

    def officer(self, ws, username: str = "canbo1"):
        """The same register signed in as an officer (sync may be run by any user)."""
        from desktop_app.core.services.workspace import Workspace

        ws.users.add({"username": username, "role": "officer"}, OFFICER_PASSWORD)
        other = pin_today(Workspace.open(ws.data_dir, username, OFFICER_PASSWORD))
        self.opened.append(other)
        return other

    def close(self):
        for ws in self.opened:
            ws.close()


@pytest.fixture
def devices(server, tmp_path, monkeypatch):
    d = Devices(server, tmp_path, monkeypatch)
    yield d
    d.close()


@pytest.fixture
def sqlite_devices(sqlite_server, tmp_path, monkeypatch):
    d = Devices(sqlite_server, tmp_path, monkeypatch)
    yield d
    d.close()


# A server of one test's own (an SQLite file it may copy back, kill, restore: test_recovery,
# test_sync_truth) and the registers enrolled on it.
@pytest.fixture
def own_server(tmp_path):
    proc = ServerProcess(f"sqlite:///{tmp_path / 'server.db'}", tmp_path / "server.log").start()
    yield proc
    proc.dispose()


@pytest.fixture
def own_devices(own_server, tmp_path, monkeypatch):
    d = Devices(own_server, tmp_path, monkeypatch)
    yield d
    d.close()


def tables(ws, unit: str | None = None) -> dict:
    """The export dump's tables (audit off), optionally only the rows of one unit."""
    t = ws.exporter.dump(audit=False)["tables"]
    if unit is None:
        return t
    return {name: [r for r in rows if r["unit_code"] == unit] for name, rows in t.items()}
