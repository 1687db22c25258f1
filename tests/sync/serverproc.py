"""A real `wardbook-server run` process for the end-to-end tests, on SQLite or PostgreSQL.

PostgreSQL is expected at 127.0.0.1:5432 (trust auth, user postgres): each test session makes a
fresh database `wardbook_test_<random>` and drops it at the end. When PostgreSQL cannot be
reached the PostgreSQL tests FAIL (they never skip): CI starts it in .ci/run."""

from __future__ import annotations

import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

PG_ADMIN_URL = os.environ.get("WARDBOOK_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres")


_PROVINCES: dict[str, object] = {}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def server_command() -> list[str]:
    exe = Path(sys.executable).with_name("wardbook-server")
    if exe.exists():
        return [str(exe)]
    found = shutil.which("wardbook-server")
    return [found] if found else [sys.executable, "-m", "sync_server.cli"]


def create_pg_database() -> str:
    """A fresh database; returns its SQLAlchemy URL. Fails (never skips) without PostgreSQL."""
    import psycopg

    name = f"wardbook_test_{secrets.token_hex(4)}"
    try:
        with psycopg.connect(PG_ADMIN_URL, autocommit=True, connect_timeout=5) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
    except psycopg.OperationalError as e:
        pytest.fail(f"PostgreSQL is required for these tests and is not reachable at {PG_ADMIN_URL}: {e}")
    base = PG_ADMIN_URL.rsplit("/", 1)[0].replace("postgresql://", "postgresql+psycopg://", 1)
    return f"{base}/{name}"


def drop_pg_database(url: str) -> None:
    import psycopg

    name = url.rsplit("/", 1)[1]
    with psycopg.connect(PG_ADMIN_URL, autocommit=True, connect_timeout=5) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


class ServerProcess:
    """`wardbook-server run` on a free loopback port; `url` is its base URL."""

    def __init__(self, db_url: str, log_path: Path, *, test_hooks: bool = True, args: tuple[str, ...] = (),
                 env: dict[str, str] | None = None):
        self.db_url = db_url
        # e.g. WARDBOOK_SERVER_CLOCK_OFFSET_SECONDS: the server's clock off. Test modules enroll
        # dozens of registers a minute from one address: /enroll's rate limit is off unless a
        # test sets it (tests/sync/test_limits.py).
        self.env = {"WARDBOOK_SERVER_ENROLL_ATTEMPTS": "0", **(env or {})}
        self.log_path = log_path
        self.test_hooks = test_hooks
        self.args = tuple(args)
        self.port = 0
        self.proc: subprocess.Popen | None = None
        self._engine = None

    @property
    def url(self) -> str:
        scheme = "https" if "--tls-cert" in self.args else "http"
        return f"{scheme}://127.0.0.1:{self.port}"

    def start(self) -> "ServerProcess":
        self.port = self.port or free_port()  # a restart keeps the port: registers know the URL
        env = dict(os.environ, WARDBOOK_SERVER_TEST_HOOKS="1" if self.test_hooks else "0", **self.env)
        self._log = open(self.log_path, "ab")
        self.proc = subprocess.Popen(
            [*server_command(), "run", "--db", self.db_url, "--host", "127.0.0.1", "--port", str(self.port), *self.args],
            stdout=self._log, stderr=subprocess.STDOUT, env=env)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited ({self.proc.returncode}); log: {self.log_path.read_text()[-2000:]}")
            try:
                if httpx.get(self.url + "/docs", timeout=1.0, verify=False).status_code == 200:
                    return self
            except httpx.TransportError:
                pass
            time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"server did not answer /docs; log: {self.log_path.read_text()[-2000:]}")

    def stop(self) -> None:
        if self._engine is not None:  # a restored file must be opened anew
            self._engine.dispose()
            self._engine = None
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        self.proc = None
        if getattr(self, "_log", None):
            self._log.close()
            self._log = None

    def kill(self) -> None:
        """SIGKILL, as a power cut or the OOM killer would: no shutdown, no flush."""
        if self.proc and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(10)
        self.stop()

    @property
    def running(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def restart(self) -> None:
        self.stop()
        self.start()

    # -- admin, in-process against the same database (the CLI has its own tests) -------------
    @property
    def engine(self):  # noqa: ANN201
        if self._engine is None:
            from sync_server.core.db import make_engine

            self._engine = make_engine(self.db_url)
        return self._engine

    def enroll_code(self, unit: str, *, name: str = "", parent: str | None = None, role: str | None = None) -> str:
        from sync_server.core.db import write_tx
        from sync_server.services.enrollment import create_code

        with write_tx(self.engine) as conn:
            return create_code(conn, unit, unit_name=name or f"Đơn vị {unit}", role=role, parent_code=parent)

    def fresh_province(self) -> str:
        """A province code no other test of this server has used: tests share a server and stay
        apart by province."""
        # per database, not per process: the PostgreSQL database serves every module's server
        it = _PROVINCES.setdefault(self.db_url, iter(range(10, 100)))
        return f"{next(it):02d}"

    def faults(self, **cfg) -> None:
        r = httpx.post(self.url + "/api/v1/_test/faults", json=cfg, timeout=5)
        r.raise_for_status()

    def dispose(self) -> None:
        self.stop()
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
