"""A randomized fault harness for sync (issue 15, item 11): 3–5 laptops (real SQLCipher registers,
real Workspaces, in this process) enrolled on a real `wardbook-server run` process (SQLite file or
PostgreSQL), driven by one seeded random generator through operations and faults, then brought
to quiescence and checked (tests/sync/fault_invariants.py).

    result = run(Config(seed=7, kinds=frozenset({"kill", "clock"})), Path("/tmp/x"))
    assert result.ok, result.render()

    # by hand, one seed (the failure message prints this line):
    python -m tests.sync.fault_harness --seed 7 --kinds kill,clock --backend sqlite --steps 40

The world: a province office (laptop L0, scope: the province and both communes), communes
P101 (L1, L2, L4) and P202 (L3). Every step is one operation or one fault, drawn by the seed.
Operations always on: add a person, edit a field, open a case, record a contact, sync over HTTP.
Kinds switched on per run (KINDS): more operations and the faults. A run is the same for the
same Config, except where a server's own timing shows (lost replies and kills happen between two
requests of a sync, at a point the seed chooses, never by a timer).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import shutil
import sqlite3
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop_app.core.sync.bundle import bundle_export, bundle_import
from desktop_app.core.sync.client import enroll, sync
from desktop_app.core.sync.transport import SyncError
from tests.sync.fault_invariants import Ledger, check_all
from tests.sync.serverproc import ServerProcess, server_command

KINDS: dict[str, str] = {
    "same_field": "two or three laptops edit the same field of one person between syncs",
    "delete": "delete a person (their cases first, as the app asks)",
    "transfer": "the province office moves a person with their cases and records to the other commune",
    "bundle": "sync by request/reply bundle files (wardbook-server bundle import) instead of HTTP",
    "stale_bundle": "an old reply bundle imported again, later",
    "kill": "the server SIGKILLed in the middle of a push or of a pull, restarted a few steps later",
    "lost_reply": "the server applies a push and its reply is lost",
    "restore": "the server restored from an older copy of its database, then `new-epoch`",
    "restore_same_epoch": "the server restored from an older copy, `new-epoch` forgotten",
    "clone": "a commune laptop's register copied; the copy opened and enrolled again",
    "clock": "a laptop's clock 2 days fast or slow for a while (its HybridClock.wall)",
    "officer": "laptop L2 enrolled with the officer role (its deletes are refused by the server)",
}
ALL_KINDS = frozenset(KINDS)
FAULT_KINDS = frozenset({"kill", "lost_reply", "restore", "restore_same_epoch", "clone", "clock", "stale_bundle"})
TWO_DAYS_MS = 2 * 24 * 3600 * 1000
TODAY = dt.date(2026, 5, 20)  # tests.conftest.TODAY: every register's `today` is pinned
QUIESCENCE_ROUNDS = 6
FIELDS = ("occupation", "note", "current_address", "full_name")
FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương")
GIVEN = ("An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Khải", "Lan", "Minh", "Nam", "Oanh", "Phúc",
         "Quang", "Sơn", "Tâm", "Uyên", "Vinh", "Xuân", "Yến", "Thảo")
ENROLL_AGAIN = ("device_cloned", "device_unknown")  # what an admin answers with a new code


@dataclass(frozen=True)
class Config:
    seed: int
    kinds: frozenset[str] = frozenset()
    backend: str = "sqlite"  # or "postgresql"
    laptops: int = 4  # 3–5, the province office included
    steps: int = 40

    def __post_init__(self) -> None:
        unknown = set(self.kinds) - ALL_KINDS
        if unknown:
            raise ValueError(f"unknown kinds: {sorted(unknown)}")
        if not 3 <= self.laptops <= 5:
            raise ValueError("3 to 5 laptops")

    @property
    def label(self) -> str:
        return f"seed{self.seed}-{self.backend}-{self.laptops}lap-{'+'.join(sorted(self.kinds)) or 'plain'}"

    def command(self) -> str:
        return (f"python -m tests.sync.fault_harness --seed {self.seed} --kinds {','.join(sorted(self.kinds)) or '-'} "
                f"--backend {self.backend} --laptops {self.laptops} --steps {self.steps}")


@dataclass
class Laptop:
    name: str
    ws: Any
    unit: str
    parent: str | None
    role: str | None = None
    replies: list[Path] = field(default_factory=list)  # reply bundles imported (for stale_bundle)
    clock_ms: int = 0  # how far this laptop's wall clock is off

    def set_clock(self, offset_ms: int) -> None:
        """This laptop's wall clock `offset_ms` off (HybridClock.wall, which sync and stamps read)."""
        from desktop_app.core.domain.hlc import system_wall_ms

        self.clock_ms = offset_ms
        self.ws.db.clock.wall = (lambda: system_wall_ms() + offset_ms) if offset_ms else system_wall_ms


@dataclass
class Result:
    config: Config
    problems: dict[str, list[str]]
    events: list[str]
    stats: dict[str, int]
    seconds: float

    @property
    def ok(self) -> bool:
        return not any(self.problems.values())

    def render(self, tail: int = 60) -> str:
        lines = [f"fault harness {self.config.label}: {'ok' if self.ok else 'INVARIANTS BROKEN'} "
                 f"({self.seconds:.1f} s; {', '.join(f'{k} {v}' for k, v in sorted(self.stats.items()))})",
                 f"  re-run: {self.config.command()}"]
        for inv, found in self.problems.items():
            if found:
                lines.append(f"  ✗ {inv} ({len(found)}):")
                lines += [f"      {x}" for x in found[:25]]
                if len(found) > 25:
                    lines.append(f"      … {len(found) - 25} more")
        lines.append(f"  last {min(tail, len(self.events))} of {len(self.events)} events:")
        lines += [f"    {e}" for e in self.events[-tail:]]
        return "\n".join(lines)


class Server:
    """The server process and its database, with the admin's tools: snapshots and restores."""

    def __init__(self, backend: str, tmp: Path):
        from tests.sync.serverproc import create_pg_database

        self.backend, self.tmp = backend, tmp
        if backend == "sqlite":
            self.path = tmp / "server.db"
            url = f"sqlite:///{self.path}"
        elif backend == "postgresql":
            url = create_pg_database()
        else:
            raise ValueError(backend)
        self.proc = ServerProcess(url, tmp / "server.log").start()
        self.snapshots: list[str] = []  # SQLite: file paths; PostgreSQL: database names

    @property
    def url(self) -> str:
        return self.proc.url

    def ensure_up(self) -> None:
        if not self.proc.running:
            self.proc.start()

    def snapshot(self) -> None:
        n = len(self.snapshots)
        if self.backend == "sqlite":  # the online backup API: a consistent copy, server running
            dst = self.tmp / f"snapshot{n}.db"
            with sqlite3.connect(self.path) as src, sqlite3.connect(dst) as out:
                src.backup(out)
            self.snapshots.append(str(dst))
            return
        name = f"{self.proc.db_url.rsplit('/', 1)[1]}_s{n}"
        up = self.proc.running
        self.proc.stop()  # CREATE DATABASE … TEMPLATE needs the source without sessions
        self._pg(f'CREATE DATABASE "{name}" TEMPLATE "{self.proc.db_url.rsplit("/", 1)[1]}"')
        self.snapshots.append(name)
        if up:
            self.proc.start()

    def restore(self, snap: str, new_epoch: bool) -> None:
        self.proc.stop()
        if self.backend == "sqlite":
            for f in self.tmp.glob("server.db*"):
                f.unlink()
            shutil.copy2(snap, self.path)
        else:
            live = self.proc.db_url.rsplit("/", 1)[1]
            self._pg(f'DROP DATABASE IF EXISTS "{live}" WITH (FORCE)')
            self._pg(f'CREATE DATABASE "{live}" TEMPLATE "{snap}"')
        if new_epoch:
            subprocess.run([*server_command(), "new-epoch", "--db", self.proc.db_url], check=True,
                           capture_output=True, timeout=120)
        self.proc.start()

    def bundle_import(self, request: Path, reply: Path) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*server_command(), "bundle", "import", "--db", self.proc.db_url, str(request),
                               "--reply", str(reply)], capture_output=True, text=True, timeout=120)

    def _pg(self, sql: str) -> None:
        import psycopg

        from tests.sync.serverproc import PG_ADMIN_URL

        with psycopg.connect(PG_ADMIN_URL, autocommit=True, connect_timeout=5) as conn:
            conn.execute(sql)

    def dispose(self) -> None:
        self.proc.dispose()
        if self.backend == "postgresql" and os.environ.get("HARNESS_KEEP_DB") != "1":
            from tests.sync.serverproc import drop_pg_database

            for name in self.snapshots:
                self._pg(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            drop_pg_database(self.proc.db_url)


class World:
    def __init__(self, config: Config, tmp: Path):
        from sync_server.core.db import write_tx
        from sync_server.services.units import load_units

        self.config, self.tmp = config, tmp
        self.rng = random.Random(config.seed)
        self.today = TODAY
        self.server = Server(config.backend, tmp)
        self.province = "25"
        self.communes = [f"{self.province}101", f"{self.province}202"]
        self.events: list[str] = []
        self.stats: dict[str, int] = {}
        self.ledger = Ledger()
        self.step = 0
        self.down_until = -1
        self.names = 0
        self.laptops: list[Laptop] = []
        try:
            with write_tx(self.server.proc.engine) as conn:
                load_units(conn, [{"code": u, "name": f"Xã {u}", "parent_code": self.province} for u in self.communes])
            homes = [self.communes[0], self.communes[0], self.communes[1], self.communes[0]]
            self.add_laptop(self.province, None, None)
            for i in range(config.laptops - 1):
                role = "officer" if i == 1 and "officer" in config.kinds else None
                self.add_laptop(homes[i], self.province, role)
        except BaseException:
            self.close()  # no server process left behind
            raise

    # -- bookkeeping --------------------------------------------------------------------------
    def log(self, text: str) -> None:
        self.events.append(f"step {self.step:3d}: {text}")

    def count(self, what: str) -> None:
        self.stats[what] = self.stats.get(what, 0) + 1

    def add_laptop(self, unit: str, parent: str | None, role: str | None) -> Laptop:
        from desktop_app.core.services.workspace import Workspace
        from tests.conftest import CHIEF_PASSWORD, LOW_KDF, pin_today

        n = len(self.laptops)
        ws = Workspace.create(self.tmp / f"L{n}", unit_code=unit, unit_name=f"Đơn vị {unit}",
                              admin="tinh" if parent is None else "truong", password=CHIEF_PASSWORD,
                              kdf=LOW_KDF, parent_code=parent)
        lap = Laptop(f"L{n}", pin_today(ws, TODAY), unit, parent, role)
        self.laptops.append(lap)
        self.enroll(lap)
        return lap

    def enroll(self, lap: Laptop) -> None:
        self.server.ensure_up()
        code = self.server.proc.enroll_code(lap.unit, name=f"Đơn vị {lap.unit}", parent=lap.parent, role=lap.role)
        enroll(lap.ws, self.server.url, code)
        self.log(f"{lap.name} enrolled ({lap.unit}{', ' + lap.role if lap.role else ''})")

    def live_ids(self, lap: Laptop, table: str, where: str = "", *args: Any) -> list[str]:
        with lap.ws.db.read() as conn:
            rows = conn.exec_driver_sql(f"SELECT id FROM {table} WHERE deleted = 0 {where} ORDER BY id", args)
            return [r for (r,) in rows]

    def new_name(self) -> str:
        n = self.names = self.names + 1
        return f"{FAMILY[n % len(FAMILY)]} Văn {GIVEN[(n // len(FAMILY)) % len(GIVEN)]} {GIVEN[n // 220 % len(GIVEN)]}"

    # -- the run ------------------------------------------------------------------------------
    def play(self) -> None:
        from tests.sync.fault_actions import ACTIONS, FAULTS

        kinds = self.config.kinds
        ops = [(w, name) for name, (w, need, _) in ACTIONS.items() if need is None or need in kinds]
        faults = [(w, name) for name, (w, need, _) in FAULTS.items() if need in kinds]
        from tests.sync.fault_actions import add

        for lap in self.laptops[1:]:  # a few people in each commune, known everywhere
            for _ in range(2):
                add(self, lap)
        for lap in self.laptops * 2:
            self.sync_one(lap)
        for step in range(1, self.config.steps + 1):
            self.step = step
            if not self.server.proc.running and self.step >= self.down_until:
                self.server.ensure_up()
                self.log("server restarted")
            table = faults if faults and self.rng.random() < 0.22 else ops
            name = self.rng.choices([n for _, n in table], [w for w, _ in table])[0]
            self.ledger.world_step = self.step
            (FAULTS[name][2] if name in FAULTS else ACTIONS[name][2])(self)
        self.quiesce()

    def sync_one(self, lap: Laptop, **kw: Any) -> Any:
        """One HTTP sync; a laptop the server no longer knows (restored) or refuses as a copy is
        enrolled again, as the admin would. Returns the report, or None if it failed."""
        try:
            report = sync(lap.ws, **kw)
        except SyncError as e:
            self.log(f"{lap.name} sync failed: {e.code}")
            self.count(f"sync_error:{e.code}")
            if e.code in ENROLL_AGAIN and self.server.proc.running:
                self.enroll(lap)
            return None
        finally:
            self.ledger.note_acks(lap)
        self.log(f"{lap.name} synced: pushed {report.pushed}, rejected {report.rejected}, pulled {report.pulled}, "
                 f"conflicts {report.conflicts}{', recovered' if report.recovered else ''}"
                 f"{', checks ' + str(report.checks) if set(report.checks.values()) - {'ok'} else ''}")
        return report

    def bundle_detour(self, lap: Laptop) -> None:
        n = len(list(self.tmp.glob("*.wbb")))
        req, rep = self.tmp / f"req{n}.wbb", self.tmp / f"rep{n}.wbb"
        try:
            info = bundle_export(lap.ws, req)
        except SyncError as e:
            self.log(f"{lap.name} bundle export failed: {e.code}")
            return
        r = self.server.bundle_import(req, rep)
        if r.returncode != 0:
            self.log(f"{lap.name} bundle of {info['ops']} ops refused by the server: {r.stderr.strip()[-200:]}")
            self.count("bundle_refused")
            return
        self.count("bundle")
        self.import_reply(lap, rep)
        lap.replies.append(rep)

    def import_reply(self, lap: Laptop, rep: Path) -> None:
        try:
            report = bundle_import(lap.ws, rep)
        except SyncError as e:
            self.log(f"{lap.name} reply {rep.name} refused: {e.code}")
            return
        finally:
            self.ledger.note_acks(lap)
        self.log(f"{lap.name} imported {rep.name}: pushed {report.pushed}, pulled {report.pulled}"
                 f"{', ' + ','.join(report.warnings) if report.warnings else ''}")

    def quiesce(self) -> None:
        """Faults stop, clocks come back, every laptop syncs until nothing moves (bounded)."""
        self.step = self.ledger.world_step = self.config.steps + 1
        self.server.ensure_up()
        self.server.proc.faults(drop_replies=0, fail_503=0)
        for lap in self.laptops:
            lap.set_clock(0)
        self.log("quiescence: faults off, clocks true")
        for round_ in range(QUIESCENCE_ROUNDS):
            moved = False
            for lap in self.laptops:
                report = self.sync_one(lap)
                moved |= report is None or bool(report.pushed or report.pulled or report.removed
                                                or report.recovered or report.conflicts)
            if not moved:
                self.stats["quiescence_rounds"] = round_ + 1
                return
        self.stats["quiescence_rounds"] = -1  # the invariants say it: a queue or an error stays

    def close(self) -> None:
        for lap in self.laptops:
            lap.ws.close()
        self.server.dispose()


def run(config: Config, tmp: Path, *, tamper: Callable[[World], None] | None = None) -> Result:
    """One run of the harness in `tmp` (a fresh folder). Registers use the low Argon2 cost.
    `tamper`: called after quiescence, before the checks (the harness's own test plants faults)."""
    from desktop_app.core.store import keyslots
    from tests.conftest import LOW_KDF

    tmp.mkdir(parents=True, exist_ok=True)
    saved = keyslots.DEFAULT_KDF
    keyslots.DEFAULT_KDF = dict(LOW_KDF)
    started = time.monotonic()
    world = World(config, tmp)
    try:
        world.play()
        if tamper is not None:
            tamper(world)
        problems = check_all(world)
    finally:
        world.close()
        keyslots.DEFAULT_KDF = saved
    return Result(config, problems, world.events, world.stats, time.monotonic() - started)


def main(argv: list[str] | None = None) -> int:
    """One seed by hand, or `--soak`: many seeds (SOAK_SEEDS, SOAK_MINUTES) and a summary."""
    from tests.sync.fault_soak import soak

    ap = argparse.ArgumentParser(prog="python -m tests.sync.fault_harness")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--kinds", default="all", help="comma-separated KINDS, 'all' or '-' for none")
    ap.add_argument("--backend", default="sqlite", choices=["sqlite", "postgresql"])
    ap.add_argument("--laptops", type=int, default=4)
    ap.add_argument("--steps", type=int, default=40)
    ap.add_argument("--soak", action="store_true")
    ap.add_argument("--keep", type=Path, default=None,
                    help="run in this folder and keep it (and the PostgreSQL database, named in its server.log)")
    a = ap.parse_args(argv)
    kinds = ALL_KINDS if a.kinds == "all" else frozenset(k for k in a.kinds.split(",") if k and k != "-")
    if a.soak:
        return soak(kinds, a.backend, a.steps)
    import tempfile

    tmp = a.keep or Path(tempfile.mkdtemp(prefix="wb-harness-"))
    if a.keep is not None:
        os.environ["HARNESS_KEEP_DB"] = "1"  # the PostgreSQL database stays too (named in server.log)
    try:
        result = run(Config(a.seed, kinds, a.backend, a.laptops, a.steps), tmp)
    finally:
        if a.keep is None:
            shutil.rmtree(tmp, ignore_errors=True)
    print(result.render(tail=10_000))
    return 0 if result.ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
