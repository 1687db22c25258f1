"""The cost of the clock bound (docs/architecture.md §3), for `make bench` beside the sync
figures: the server's push of 1,000 edits (in process, on an on-disk SQLite database, the
service the HTTP route calls) with the bound check — stamps at the true time, nothing
re-stamped, the usual case — against the same push with the check taken out, in the same run,
rounds interleaved. The detail also gives the push whose 1,000 edits all come two days ahead
(every op re-stamped).

    .venv/bin/python -m bench.clock_bench [--edits N] [--rounds N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

from bench.run import Figure, log

UNIT = "25101"
TWO_DAYS_MS = 2 * 24 * 3600 * 1000


def _hlc(ms: int, counter: int, device: str) -> str:
    return f"{ms:012x}{counter:04x}-{device}"


def bench_clock_bound(root: Path, edits: int = 1000, rounds: int = 7) -> Figure:
    from desktop_app.core.sync.protocol import EnrollRequest, Op, PushRequest
    from sync_server.core import clock
    from sync_server.core.config import Settings
    from sync_server.core.db import make_engine, migrate, write_tx
    from sync_server.services import push as push_svc
    from sync_server.services.enrollment import create_code, enroll

    root.mkdir(parents=True, exist_ok=True)
    # the server's clock as a server started with the defaults has it (true time, five minutes'
    # bound), whatever this process configured before; put back afterwards
    saved = dict(clock._conf)
    clock.configure(Settings(clock_offset_seconds=0, clock_max_ahead_seconds=300))
    engine = make_engine(f"sqlite:///{root / 'clock.db'}")
    migrate(engine)
    device = "benchclock01"
    with write_tx(engine) as conn:
        code = create_code(conn, UNIT, unit_name="Xã Tích Sơn", parent_code=UNIT[:2])
        token = enroll(conn, EnrollRequest(code=code, register_id="bench", device_id=device, unit_code=UNIT)).token
    seq = 0
    counter = 0
    ids = [str(uuid.uuid4()) for _ in range(edits)]

    def ops(fields: list[dict[str, Any]], kind: str, ahead_ms: int) -> PushRequest:
        nonlocal seq, counter
        now = int(time.time() * 1000) + ahead_ms
        out = []
        for rid, f in zip(ids, fields):
            seq += 1
            counter = (counter + 1) % 0xFFFF
            h = _hlc(now, counter, device)
            out.append(Op(op_id=str(uuid.uuid4()), device_seq=seq, table="person", row_id=rid, unit_code=UNIT,
                          op=kind, fields=f, field_hlcs={k: h for k in f}, base_version=0, updated_by="bench"))
        return PushRequest(ops=out)

    push_svc.push(engine, token, ops([{"full_name": f"Nguyễn Văn {i}", "given_name": str(i), "family_name": "Nguyễn"}
                                      for i in range(edits)], "insert", 0))
    real = push_svc.bound_ops
    times: dict[str, list[float]] = {"on": [], "off": [], "ahead": []}
    try:
        for r in range(rounds):
            for variant in ("off", "on", "ahead") if r % 2 == 0 else ("ahead", "on", "off"):
                req = ops([{"note": f"{variant} {r} {i}"} for i in range(edits)], "update",
                          TWO_DAYS_MS if variant == "ahead" else 0)
                push_svc.bound_ops = real if variant != "off" else (lambda todo, *_a, **_k: (todo, []))  # type: ignore[assignment]
                t0 = time.perf_counter()
                reply = push_svc.push(engine, token, req)
                times[variant].append(time.perf_counter() - t0)
                restamped = reply.clock_ahead.restamped if reply.clock_ahead else 0
                assert restamped == (edits if variant == "ahead" else 0), (variant, restamped)
    finally:
        push_svc.bound_ops = real  # type: ignore[assignment]
        engine.dispose()
        clock._conf.clear()
        clock._conf.update(saved)
    on, off, ahead = (statistics.median(times[k]) * 1000 for k in ("on", "off", "ahead"))
    log(f"  clock bound: push of {edits:,} edits {on:.1f} ms with the check, {off:.1f} ms without, "
        f"{ahead:.1f} ms with every op two days ahead (re-stamped)")
    return Figure("sync_clock_bound", f"Server push of {edits:,} edits with the clock-bound check (median of {rounds})",
                  on, "ms", off, "the same push without the check", on / off, "with / without", "≤ 1.10×",
                  on / off <= 1.10,
                  {"with_ms": [round(x * 1000, 2) for x in times["on"]],
                   "without_ms": [round(x * 1000, 2) for x in times["off"]],
                   "all_restamped_ms": [round(x * 1000, 2) for x in times["ahead"]],
                   "all_restamped_median_ms": round(ahead, 2), "edits": edits})


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.clock_bench", description=__doc__.split("\n\n")[0])
    ap.add_argument("--edits", type=int, default=1000)
    ap.add_argument("--rounds", type=int, default=7)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="wardbook-clockbench-") as tmp:
        f = bench_clock_bound(Path(tmp), args.edits, args.rounds)
    print(f"{f.name}: {f.value:.1f} {f.unit} (without: {f.floor:.1f}; ×{f.ratio:.3f}; bar {f.bar}: "
          f"{'ok' if f.passed else 'FAIL'}); all re-stamped: {f.detail['all_restamped_median_ms']:.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
