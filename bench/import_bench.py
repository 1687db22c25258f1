"""The import figure: 10,000 people rows from the xlsx template, against reading the workbook
(python -m bench --only import runs it alone)."""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.common import (
    Figure,
    fresh_workspace,
    log,
    timed,
)
from bench.results import print_figure_rows, write_results
from desktop_app.demo import person_inputs

# --- 5. import ------------------------------------------------------------------------------------------

def import_workbook_file(path: Path, n: int, seed: int) -> Path:
    """The import template (desktop_app.importing) with `n` people filled in on its people sheet:
    the persons of `person_inputs` (names, partial birth dates, CCCD, addresses), every fourth
    with a case (category, decision, start, term) as a commune's Excel register has them."""
    import openpyxl

    from desktop_app.core.importing import write_template
    from desktop_app.core.importing.headers import SPECS, SheetKind

    write_template(path)
    wb = openpyxl.load_workbook(path)
    spec = SPECS[SheetKind.PERSONS]
    sheet = wb[spec.title]
    header_row = next(r for r in range(1, 10) if sheet.cell(r, 1).value == spec.columns[0].label)
    col = {c.key: i for i, c in enumerate(spec.columns, start=1)}
    for i, data in enumerate(person_inputs(n, seed=seed)):
        r = header_row + 1 + i
        name = " ".join(x for x in (data["family_name"], data["middle_name"], data["given_name"]) if x)
        values = {"full_name": name, "birth_date": data["birth_date"],
                  "gender": "Nam" if data["gender"] == "male" else "Nữ", "cccd": data.get("cccd"),
                  "permanent_address": data["permanent_address"], "current_address": data["current_address"]}
        if i % 4 == 0:
            values.update(category="Giáo dục tại xã, phường, thị trấn", decision_number=f"{i + 1}/QĐ-UBND",
                          decision_date="05/01/2026", issuer="UBND xã Tích Sơn", start_date="10/01/2026",
                          term_months=6)
        for key, v in values.items():
            if v is not None:
                sheet.cell(r, col[key], v)
    wb.save(path)
    return path


def bench_import(root: Path, n: int, seed: int) -> dict[str, Any]:
    """import_workbook of the people workbook into a fresh commune register (a real import:
    validation, duplicate checks, writes, checkpoints, audit); floor: reading the same workbook
    (`importing.reader.read_file`, openpyxl) without doing anything with it."""
    from desktop_app.core.importing import import_workbook
    from desktop_app.core.importing.reader import read_file

    for scratch in ("import-ws", "import.xlsx"):
        path = root / scratch
        shutil.rmtree(path, ignore_errors=True) if path.is_dir() else path.unlink(missing_ok=True)
    xlsx = import_workbook_file(root / "import.xlsx", n, seed)
    cpu = time.process_time()
    read_s = timed(lambda: read_file(xlsx))
    read_cpu = time.process_time() - cpu
    ws = fresh_workspace(root / "import-ws")
    try:
        t, cpu = time.perf_counter(), time.process_time()
        res = import_workbook(ws, xlsx, dry_run=False)
        took, took_cpu = time.perf_counter() - t, time.process_time() - cpu
        persons = ws.persons.list(limit=1).total
    finally:
        ws.close()
    # the CPU times beside the wall times: on a loaded machine the ratio of these is the steadier
    return {"rows": n, "seconds": took, "read_seconds": read_s, "totals": res.totals(),
            "persons_after": persons, "file_errors": [e.code for e in res.file_errors],
            "cpu_seconds": round(took_cpu, 3), "read_cpu_seconds": round(read_cpu, 3),
            "cpu_ratio": round(took_cpu / read_cpu, 2) if read_cpu else None}


def import_figure(imported: dict[str, Any]) -> Figure:
    """The import's figure: its time beside the workbook's reading (issue 17: ≤ 3× that floor),
    and at most 10 s for 10,000 rows."""
    n, ratio = imported["rows"], imported["seconds"] / imported["read_seconds"]
    return Figure("import_people", f"Import of {n:,} people rows (xlsx, validated)", imported["seconds"],
                  "s", imported["read_seconds"], "reading the workbook (openpyxl)", ratio, "import / read",
                  "≤ 3× read and ≤ 10 s" + ("" if n >= 10_000 else " (at 10,000 rows)"),
                  ratio <= 3.0 and imported["seconds"] <= 10.0 * n / 10_000,
                  {k: imported[k] for k in ("rows", "totals", "persons_after", "file_errors", "cpu_seconds",
                                            "read_cpu_seconds", "cpu_ratio") if k in imported})


def run_import_only(out: Path, *, quick: bool, seed: int, keep: Path | None) -> dict[str, Any]:
    """`--only import`: the import figure alone (no province register to build first)."""
    n = 200 if quick else 10_000
    root = Path(tempfile.mkdtemp(prefix="wardbook-bench-")) if keep is None else keep
    root.mkdir(parents=True, exist_ok=True)
    try:
        log("Import …")
        figure = import_figure(bench_import(root, n, seed))
    finally:
        if keep is None:
            shutil.rmtree(root, ignore_errors=True)
    return write_results(out, options={"only": "import", "quick": quick, "seed": seed, "import_rows": n},
                         dataset={}, figures=[figure], printer=print_figure_rows)


# --- 6. period report -----------------------------------------------------------------------------------
