"""The province figure of the sync bench: 300 devices (protocol clients over httpx, enrolled
with real one-time codes) each starting a small push and pull within 10 s against a server on
PostgreSQL (bench/sync_bench.py runs it)."""

from __future__ import annotations

import asyncio
import contextlib
import json
import random
import secrets
import ssl
import statistics
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import httpx

from bench.run import Figure, _settle, log, pct
from bench.sync_bench import (
    PG_URL,
    PROVINCE,
    PROVINCE_WINDOW,
    Server,
    _cpu_seconds,
    _hlc,
    new_register,
    person_rows,
)

# --- 3. a province: many devices at once, PostgreSQL ---------------------------------------------------

def _pg_database() -> tuple[str, str]:
    import psycopg

    name = f"wardbook_bench_{secrets.token_hex(4)}"
    with psycopg.connect(PG_URL, autocommit=True, connect_timeout=5) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    base = PG_URL.rsplit("/", 1)[0].replace("postgresql://", "postgresql+psycopg://", 1)
    return f"{base}/{name}", name


def _pg_drop(name: str) -> None:
    import psycopg

    with psycopg.connect(PG_URL, autocommit=True, connect_timeout=5) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


class SimDevice:
    """A register reduced to the protocol: its outbox sequence, its cursor, its rows' ids."""

    def __init__(self, unit: str, local: str, token: str, rng: random.Random, person: dict[str, Any]):
        self.unit, self.local, self.rng, self.person = unit, local, rng, person
        self.headers = {"Authorization": f"Bearer {token}", "Accept-Encoding": "gzip"}
        self.seq = 0
        self.cursor = 0
        self.rows: list[str] = []
        self.counter = 0

    def _hlc(self) -> str:
        self.counter += 1
        return _hlc(int(time.time() * 1000), self.counter, self.local)

    def ops(self, inserts: int, updates: int) -> list[dict[str, Any]]:
        from desktop_app.core.ids import uuid7

        out = []
        for _ in range(inserts):
            self.seq += 1
            rid = uuid7()
            h = self._hlc()
            out.append({"op_id": str(uuid.uuid4()), "device_seq": self.seq, "table": "person", "row_id": rid,
                        "unit_code": self.unit, "op": "insert", "fields": dict(self.person),
                        "field_hlcs": {k: h for k in self.person}, "base_version": 0})
            self.rows.append(rid)
        for rid in self.rng.sample(self.rows, min(updates, len(self.rows))):
            self.seq += 1
            h = self._hlc()
            fields = {"note": f"thăm {self.seq}", "occupation": self.rng.choice(["Nông dân", "Thợ xây", "Lái xe"])}
            out.append({"op_id": str(uuid.uuid4()), "device_seq": self.seq, "table": "person", "row_id": rid,
                        "unit_code": self.unit, "op": "update", "fields": fields,
                        "field_hlcs": {k: h for k in fields}, "base_version": 0})
        return out

    async def sync(self, client: httpx.AsyncClient, inserts: int, updates: int) -> dict[str, float]:
        """meta → push → pull (every page) → check, as the client does; seconds per stage."""
        import gzip

        from desktop_app.core.sync.protocol import API_PREFIX

        times: dict[str, float] = {}
        t0 = time.perf_counter()
        r = await client.get(API_PREFIX + "/sync/meta", headers=self.headers)
        r.raise_for_status()
        t1 = time.perf_counter()
        times["meta"] = t1 - t0
        body = json.dumps({"epoch": r.json()["server_epoch"], "ops": self.ops(inserts, updates)},
                          ensure_ascii=False).encode()
        r = await client.post(API_PREFIX + "/sync/push", content=gzip.compress(body, 6),
                              headers={**self.headers, "Content-Type": "application/json",
                                       "Content-Encoding": "gzip"})
        r.raise_for_status()
        if r.json()["acked_seq"] != self.seq or r.json()["rejections"]:
            raise RuntimeError(f"push not acknowledged whole: {r.text[:300]}")
        t2 = time.perf_counter()
        times["push"] = t2 - t1
        while True:
            r = await client.get(API_PREFIX + "/sync/pull", headers=self.headers,
                                 params={"unit": self.unit, "after": self.cursor, "short_hlcs": 1})
            r.raise_for_status()
            page = r.json()
            self.cursor = page["upto"]
            if not page["has_more"]:
                break
        t3 = time.perf_counter()
        times["pull"] = t3 - t2
        r = await client.get(API_PREFIX + "/sync/check", headers=self.headers,
                             params={"unit": self.unit, "upto": self.cursor})
        r.raise_for_status()
        t4 = time.perf_counter()
        times["check"] = t4 - t3
        times["total"] = t4 - t0
        return times


async def _province_run(url: str, devices: list[SimDevice], ramp: float, inserts: int, updates: int,
                        seed: int) -> tuple[list[dict[str, float]], list[str], int]:
    rng = random.Random(seed)
    results: list[dict[str, float]] = []
    errors: list[str] = []
    in_flight = [0, 0]  # now, most
    limits = httpx.Limits(max_connections=1, max_keepalive_connections=1)
    # Plain HTTP to loopback, like the register's transport: no TLS context to build a device
    # (httpx loads the CA bundle for each client otherwise, 20 ms of this process's CPU).
    tls = ssl.create_default_context()

    async def one(dev: SimDevice, delay: float) -> None:
        await asyncio.sleep(delay)
        async with httpx.AsyncClient(base_url=url, timeout=60, limits=limits, trust_env=False,
                                     verify=tls) as client:
            in_flight[0] += 1
            in_flight[1] = max(in_flight)
            try:
                results.append(await dev.sync(client, inserts, updates))
            except Exception as e:  # noqa: BLE001
                errors.append(f"{type(e).__name__}: {e}"[:300])
            finally:
                in_flight[0] -= 1

    await asyncio.gather(*(one(d, rng.uniform(0, ramp)) for d in devices))
    return results, errors, in_flight[1]


def bench_province(root: Path, n_devices: int, seed: int, ramp: float = PROVINCE_WINDOW
                   ) -> tuple[Figure, dict[str, Any]]:
    """`n_devices` devices, two per commune, enrolled with real one-time codes through the API;
    each first syncs 20 persons of its own (setup). Then every device starts one sync at a
    random moment within `ramp` seconds (each its own connection): push 2 new persons and 3
    edits, pull what the commune's other device pushed, check. The figure is the p95 of one
    device's whole sync; floor: the same sync of one device alone. The herd (every device at
    the same instant) is measured after it, as context."""
    import psycopg

    log(f"Sync: a province of {n_devices} devices against PostgreSQL …")
    try:
        db_url, db_name = _pg_database()
    except psycopg.OperationalError as e:
        raise RuntimeError(f"PostgreSQL is not reachable at {PG_URL}: {e}") from e
    srv_dir = root / "sync-province"
    srv_dir.mkdir(parents=True, exist_ok=True)
    try:
        with Server(db_url, srv_dir / "server.log", workers=2) as server:
            from desktop_app.core.sync.protocol import API_PREFIX
            from sync_server.core.db import write_tx
            from sync_server.services.units import load_units

            communes = [f"{PROVINCE}{i:03d}" for i in range(1, (n_devices + 1) // 2 + 1)]
            with write_tx(server.engine) as conn:
                load_units(conn, [{"code": PROVINCE, "name": "Tỉnh Phú Thọ"}] +
                           [{"code": c, "name": f"Xã {c}", "parent_code": PROVINCE} for c in communes])
            with tempfile.TemporaryDirectory() as tmp:
                ws = new_register(Path(tmp) / "gen")
                try:
                    persons = person_rows(ws, 64, seed)
                finally:
                    ws.close()
            rng = random.Random(seed)
            devices = []
            with httpx.Client(base_url=server.url + API_PREFIX, timeout=60, trust_env=False) as c:
                for i in range(n_devices):
                    unit = communes[i // 2]
                    local = f"sim{i:05d}"
                    code = server.enroll_code(unit, parent=PROVINCE)
                    r = c.post("/enroll", json={"code": code, "register_id": f"bench-{i}", "device_id": local,
                                                "unit_code": unit})
                    r.raise_for_status()
                    devices.append(SimDevice(unit, local, r.json()["token"], random.Random(seed + i),
                                             rng.choice(persons)))
            # setup round: every device pushes 20 persons and pulls (one device at a time)
            for dev in devices:
                res, err, _ = asyncio.run(_province_run(server.url, [dev], 0.0, 20, 0, seed))
                if err:
                    raise RuntimeError(f"setup sync failed: {err[0]}")
            # floor: one device's sync, alone, a few times
            alone = []
            for dev in devices[:10]:
                res, err, _ = asyncio.run(_province_run(server.url, [dev], 0.0, 2, 3, seed))
                if err:
                    raise RuntimeError(f"single sync failed: {err[0]}")
                alone.append(res[0]["total"])
            # the storm: every device starts one sync within `ramp` seconds
            storm = _storm(server, devices, ramp, seed)
            # context: the herd, every device at the same instant
            herd = _storm(server, devices, 0.0, seed + 1)
    finally:
        with contextlib.suppress(Exception):
            _pg_drop(db_name)
    floor = statistics.median(alone) * 1000
    p95 = storm["p95_ms"]
    errors = storm["errors"] + herd["errors"]
    fig = Figure("sync_province_p95",
                 f"Province: {n_devices} devices each starting a sync within {ramp:g} s, PostgreSQL, p95",
                 p95, "ms", floor, "one device's sync alone (median)", p95 / floor if floor else None,
                 "p95 / alone", "0 errors and p95 ≤ 500 ms", errors == 0 and p95 <= 500,
                 {"devices": n_devices, "errors": errors, "storm": storm, "herd": herd,
                  "server_workers": 2, "per_sync": "meta, push of 2 new persons + 3 edits (gzip), pull, check"})
    return fig, {}


def _storm(server: Server, devices: list[SimDevice], ramp: float, seed: int) -> dict[str, Any]:
    _settle()
    cpu0 = _cpu_seconds(server)
    t = time.perf_counter()
    results, errors, most = asyncio.run(_province_run(server.url, devices, ramp, 2, 3, seed))
    wall = time.perf_counter() - t
    cpu = {k: round(max(0.0, v - cpu0[k]), 2) for k, v in _cpu_seconds(server).items()}
    totals = [r["total"] for r in results]
    out = {"start_window_s": ramp, "syncs": len(results), "errors": len(errors), "error_samples": errors[:3],
           "p50_ms": round(pct(totals, 50) * 1000, 1), "p95_ms": round(pct(totals, 95) * 1000, 1),
           "max_ms": round(max(totals, default=0) * 1000, 1), "wall_s": round(wall, 2), "most_in_flight": most,
           "stage_p95_ms": {k: round(pct([r[k] for r in results], 95) * 1000, 1)
                            for k in ("meta", "push", "pull", "check")} if results else {},
           "cpu_seconds": cpu}
    log(f"  start window {ramp:g} s: {len(results)} syncs in {wall:.1f} s, {len(errors)} errors, "
        f"p50 {out['p50_ms']:.0f} ms, p95 {out['p95_ms']:.0f} ms, max {out['max_ms']:.0f} ms; "
        f"most in flight {most}; cpu {cpu}")
    return out
