"""`sync_validation_per_op` (issue 15): what the server's checks of a pushed op cost — its values
against the table's declaration (`push.check_op`), the whole row, the references and the role
(`services/rules.py`) — beside the whole push they are part of. In-process (no HTTP), on an
SQLite server file: batches of 1,000 inserts (a fifth persons, two fifths cases naming them,
two fifths contacts naming both), the checks timed inside the real push.

    .venv/bin/python -m bench.sync_validation
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any, Callable

from bench.run import Figure

BATCH = 1000
ROUNDS = 7


def _ops(seq: int, device: str, ms: int) -> list[Any]:
    from desktop_app.core.sync.protocol import Op

    n_persons = BATCH // 5
    ops: list[Op] = []
    persons, cases = [], []

    def add(table: str, fields: dict[str, Any]) -> str:
        nonlocal seq, ms
        seq += 1
        ms += 1
        rid = str(uuid.uuid4())
        h = f"{ms:012x}0000-{device}"
        ops.append(Op(op_id=str(uuid.uuid4()), device_seq=seq, table=table, row_id=rid, unit_code="25101",
                      op="insert", fields=fields, field_hlcs={k: h for k in fields}, updated_by="bench"))
        return rid

    for i in range(n_persons):
        persons.append(add("person", {"given_name": "An", "full_name": f"Nguyễn Văn An {i}", "birth_date": "1990-05",
                                      "gender": "male", "permanent_address": "Thôn 3, xã Tích Sơn"}))
    for i in range(2 * n_persons):
        cases.append(add("case_file", {"person_id": persons[i % n_persons], "category": "community_education",
                                       "start_date": "2026-01-05", "term_months": 12, "status": "active"}))
    for i in range(BATCH - len(ops)):
        add("contact", {"case_id": cases[i % len(cases)], "person_id": persons[i % n_persons % n_persons],
                        "kind": "home_visit", "date": "2026-02-01", "summary": "ổn định"})
    return ops


def bench_validation(root: Path) -> list[Figure]:
    from desktop_app.core.sync.protocol import EnrollRequest, PushRequest
    from sync_server.core.db import make_engine, migrate, read_tx, write_tx
    from sync_server.services import enrollment, rules
    from sync_server.services import push as P

    root.mkdir(parents=True, exist_ok=True)
    engine = make_engine(f"sqlite:///{root / 'server.db'}")
    migrate(engine)
    with write_tx(engine) as conn:
        code = enrollment.create_code(conn, "25101", unit_name="Xã Tích Sơn", parent_code="25")
    with write_tx(engine) as conn:
        token = enrollment.enroll(conn, EnrollRequest(code=code, register_id="bench", device_id="benchdev0001",
                                                      unit_code="25101")).token
    with read_tx(engine) as conn:
        device = enrollment.authenticate(conn, token)

    spent = [0.0]
    depth = [0]

    def timed(fn: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*a: Any, **kw: Any) -> Any:
            depth[0] += 1
            t0 = time.perf_counter()
            try:
                return fn(*a, **kw)
            finally:
                depth[0] -= 1
                if depth[0] == 0:
                    spent[0] += time.perf_counter() - t0
        return wrapper

    patched = [(P, "check_op"), (rules, "load_parents"), (rules, "new_row_problem"), (rules, "reference_problem"),
               (rules, "role_problem"), (rules, "author")]
    originals = [(m, n, getattr(m, n)) for m, n in patched]
    for m, n, f in originals:
        setattr(m, n, timed(f))
    checks, totals = [], []
    try:
        seq, ms = 0, 1_800_000_000_000
        for r in range(ROUNDS):
            ops = _ops(seq, "benchdev0001", ms)
            seq, ms = seq + len(ops), ms + len(ops) + 10
            spent[0] = 0.0
            t0 = time.perf_counter()
            reply = P.push(engine, device, PushRequest(ops=ops))
            total = time.perf_counter() - t0
            assert not reply.rejections and reply.applied == len(ops), reply.rejections[:3]
            if r:  # the first round warms caches
                checks.append(spent[0] / len(ops) * 1e6)
                totals.append(total / len(ops) * 1e6)
    finally:
        for m, n, f in originals:
            setattr(m, n, f)
        engine.dispose()
    check, total = statistics.median(checks), statistics.median(totals)
    print(f"  validation {check:.1f} µs/op of a {total:.1f} µs/op push ({check / total:.0%})", file=sys.stderr)
    return [Figure("sync_validation_per_op", "Server checks per pushed op (values, row, references, role)",
                   round(check, 1), "µs/op", round(total, 1), "the whole push, per op (in-process, SQLite)",
                   round(check / total, 3), "share of the push", "reported", None,
                   {"batch": BATCH, "rounds": ROUNDS - 1, "checks_us": [round(x, 1) for x in checks],
                    "push_us": [round(x, 1) for x in totals]})]


if __name__ == "__main__":
    with tempfile.TemporaryDirectory(prefix="wardbook-validation-") as d:
        for f in bench_validation(Path(d)):
            print(f)
