"""One document made from the register (issue 18): `Documents.make` — the template in force,
the facts gathered (person, case, timeline, unit, signer), docxtpl's render, the number, the
kept copy and the audit row in one transaction — for a person with a case of the benchmark
register. Floor: docxtpl rendering the same template with the same data, nothing else."""

from __future__ import annotations

import statistics
import time
from pathlib import Path
from typing import Any

from sqlalchemy import text


def bench_document(ws: Any, reps: int) -> dict[str, Any]:
    from desktop_app.core.documents.model import DocumentData
    from desktop_app.core.documents.service import Documents, render

    docs = Documents.of(ws)
    with ws.db.read() as conn:
        case_id, person_id = conn.execute(text(
            "SELECT id, person_id FROM case_file WHERE deleted = 0 AND category = 'suspended_sentence' "
            "ORDER BY id LIMIT 1")).one()
    key = "an-nhan-xet-thang"
    info = docs.template(key)
    template = Path(info.source).read_bytes()
    docs.make(key, person_id=person_id, case_id=case_id)  # warm: imports, the template's first parse
    data: DocumentData = docs.data(key, person_id=person_id, case_id=case_id)
    t_ws, t_floor = [], []
    for _ in range(reps):
        t0 = time.perf_counter()
        made = docs.make(key, person_id=person_id, case_id=case_id)
        t_ws.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        render(template, data)
        t_floor.append(time.perf_counter() - t0)
    return {"ms": statistics.median(t_ws) * 1000, "floor_ms": statistics.median(t_floor) * 1000,
            "max_ms": max(t_ws) * 1000, "reps": reps, "bytes": len(made.data), "template": key,
            "timeline_rows": len(data.timeline)}
