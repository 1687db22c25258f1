"""What every part of the bench shares: the account of the registers it builds, a figure and
its floor, percentiles, a raw sqlcipher3 connection, the SQL a service runs (Capture), the
machine it ran on, the log."""

from __future__ import annotations

import contextlib
import math
import os
import platform
import sqlite3
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator

import sqlcipher3
from sqlalchemy import event

from desktop_app.core.services import workspace as workspace_module
from desktop_app.core.services.workspace import Workspace
from desktop_app.core.store.engine import CACHE_KIB

USER = "bench"
PASSWORD = "Benchmark2026wardbook"
WRITE_ROUNDS = 3  # the write figures: enc, raw and plain measured in turn this many times (1 with --quick)
DEFAULT_OUT = Path(__file__).with_name("results.json")

# Pragmas every Workspace connection gets (store/engine.py); the raw floors use the same.
PRAGMAS = ("PRAGMA busy_timeout=10000", "PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL",
           "PRAGMA foreign_keys=ON", "PRAGMA temp_store=MEMORY", f"PRAGMA cache_size=-{CACHE_KIB}")


@dataclass
class Figure:
    key: str
    name: str
    value: float
    unit: str
    floor: float | None
    floor_name: str
    ratio: float | None
    ratio_meaning: str
    bar: str
    passed: bool | None  # None: context only, no bar
    detail: dict[str, Any] = field(default_factory=dict)


# --- helpers -------------------------------------------------------------------------------------------

def pct(xs: list[float], p: float) -> float:
    """Nearest-rank percentile."""
    s = sorted(xs)
    if not s:
        return float("nan")
    return s[max(0, min(len(s) - 1, math.ceil(p / 100 * len(s)) - 1))]


def ms(seconds: float) -> float:
    return seconds * 1000.0


@contextlib.contextmanager
def _plain_for_bench() -> Iterator[None]:
    """Inside this block, Workspaces are created and opened on plain (unencrypted) SQLite: the
    bench-only floor for the cost of encryption. The key slots are still written and checked;
    the data key is just not given to the database. Not for use outside the benchmarks."""
    original = workspace_module.make_engine

    def plain(path: Path, key: bytes | None):  # noqa: ARG001 - the key is dropped on purpose
        return original(path, None)

    workspace_module.make_engine = plain
    try:
        yield
    finally:
        workspace_module.make_engine = original


def raw_connection(db: Path, key: bytes | None) -> sqlcipher3.Connection:
    """A bare DB-API connection to the register, keyed like the Workspace's engine."""
    conn = sqlcipher3.connect(str(db), isolation_level=None, check_same_thread=False)
    if key is not None:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    for p in PRAGMAS:
        conn.execute(p)
    return conn


class Capture:
    """Records the SQL a Workspace call sends to the driver, to replay it as a floor."""

    def __init__(self, ws: Workspace):
        self.engine = ws.engine
        self.statements: list[tuple[str, Any]] = []

    def _on(self, conn, cursor, statement, parameters, context, executemany):  # noqa: ANN001
        self.statements.append((statement, parameters))

    def __enter__(self) -> "Capture":
        event.listen(self.engine, "before_cursor_execute", self._on)
        return self

    def __exit__(self, *exc: Any) -> None:
        event.remove(self.engine, "before_cursor_execute", self._on)


def timed(fn: Callable[[], Any]) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def machine_info() -> dict[str, Any]:
    cpu = platform.processor() or ""
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    mem = None
    with contextlib.suppress(OSError, ValueError, IndexError):
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                mem = round(int(line.split()[1]) / 1024 / 1024, 1)
    c = sqlcipher3.connect(":memory:")
    try:
        cipher = c.execute("PRAGMA cipher_version").fetchone()
        cipher_sqlite = c.execute("SELECT sqlite_version()").fetchone()[0]
    finally:
        c.close()
    return {"platform": platform.platform(), "python": platform.python_version(), "cpu": cpu,
            "cpu_count": os.cpu_count(), "memory_gb": mem, "sqlite3_version": sqlite3.sqlite_version,
            "sqlcipher_version": cipher[0] if cipher else None, "sqlcipher_sqlite_version": cipher_sqlite}


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def _settle() -> None:
    """Before a timed part: the setup's writes flushed (the kernel writing back hundreds of MB
    of a seeding would otherwise sit in the timed part's disk flushes)."""
    if hasattr(os, "sync"):
        os.sync()
    time.sleep(0.2)


def fresh_workspace(path: Path) -> Workspace:
    return Workspace.create(path, unit_code="09001", unit_name="Xã Tích Sơn", admin=USER, password=PASSWORD)


# --- 3. due list ----------------------------------------------------------------------------------------
