"""`make soak`: the fault harness over many seeds, then a summary (which seeds broke which
invariants, and the line to re-run each). SOAK_SEEDS (default 20) seeds from SOAK_FIRST_SEED
(default 1000), each with every kind switched on, alternating SQLite and PostgreSQL servers
unless SOAK_BACKEND is set; SOAK_MINUTES (default 0: no limit) stops starting new seeds after
that long; SOAK_STEPS (default 80) steps a seed; SOAK_KINDS (comma-separated) narrows the kinds.
Exit status 1 when any seed broke an invariant."""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from pathlib import Path


def soak(kinds: frozenset[str], backend: str | None = None, steps: int | None = None) -> int:
    from tests.sync.fault_harness import ALL_KINDS, Config, run

    seeds = int(os.environ.get("SOAK_SEEDS", "20"))
    first = int(os.environ.get("SOAK_FIRST_SEED", "1000"))
    minutes = float(os.environ.get("SOAK_MINUTES", "0"))
    steps = int(os.environ.get("SOAK_STEPS", "") or steps or 80)
    if os.environ.get("SOAK_KINDS"):
        kinds = frozenset(k for k in os.environ["SOAK_KINDS"].split(",") if k)
    kinds = kinds or ALL_KINDS
    backends = [os.environ["SOAK_BACKEND"]] if os.environ.get("SOAK_BACKEND") else (
        [backend] if backend and backend != "sqlite" else ["sqlite", "postgresql"])
    started = time.monotonic()
    rows: list[tuple[str, bool, list[str], str]] = []
    for i in range(seeds):
        if minutes and time.monotonic() - started > minutes * 60:
            break
        seed = first + i
        config = Config(seed, kinds, backends[i % len(backends)], laptops=3 + seed % 3, steps=steps)
        tmp = Path(tempfile.mkdtemp(prefix=f"wb-soak-{seed}-"))
        try:
            result = run(config, tmp)
        except Exception as e:  # noqa: BLE001 - a crash of the harness is a finding too
            rows.append((config.label, False, [f"harness crashed: {type(e).__name__}: {e}"], config.command()))
            print(f"{config.label}: CRASH {type(e).__name__}: {e}", flush=True)
            continue
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        broken = [f"{k} ({len(v)})" for k, v in result.problems.items() if v]
        rows.append((config.label, result.ok, broken, config.command()))
        print(result.render(tail=30) if not result.ok else f"{config.label}: ok ({result.seconds:.1f} s)", flush=True)
    bad = [r for r in rows if not r[1]]
    print(f"\nsoak summary: {len(rows)} seeds in {(time.monotonic() - started) / 60:.1f} min, "
          f"{len(rows) - len(bad)} ok, {len(bad)} broke an invariant")
    for label, _, broken, cmd in bad:
        print(f"  {label}: {', '.join(broken)}\n      {cmd}")
    return 1 if bad else 0
