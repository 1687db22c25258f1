"""results.json and the printed table of figures."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict
from pathlib import Path
from typing import Any, Callable

from bench.common import (
    Figure,
    machine_info,
)


def write_results(out: Path, *, options: dict[str, Any], dataset: dict[str, Any], figures: list[Figure],
                  printer: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    """results.json (date, machine, options, dataset, figures, failed bars), then the table."""
    results = {
        "date": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "machine": machine_info(),
        "options": options,
        "dataset": dataset,
        "figures": [_round(asdict(f)) for f in figures],
        "failed": [f.key for f in figures if f.passed is False],
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    printer(results)
    print(f"\nResults written to {out}")
    return results


def _round(obj: Any) -> Any:
    if isinstance(obj, float):
        return round(obj, 3)
    if isinstance(obj, dict):
        return {k: _round(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [_round(v) for v in obj]
    return obj


def _num(x: float | None) -> str:
    if x is None:
        return "—"
    if abs(x) >= 100:
        return f"{x:,.0f}"
    if abs(x) >= 10:
        return f"{x:.1f}"
    return f"{x:.2f}"


def print_table(results: dict[str, Any]) -> None:
    ds = results["dataset"]
    rows = ds["rows"]
    print(f"\nWardBook bench — {results['date']} — {results['machine']['cpu']} ×{results['machine']['cpu_count']}")
    print(f"Dataset: {rows['person']:,} persons, {rows['case_file']:,} cases, {rows['contact']:,} contacts, "
          f"{rows['evaluation']:,} evaluations ({ds['db_mb']} MB encrypted); generated in "
          f"{ds['generation_seconds']} s")
    print_figure_rows(results)


def print_figure_rows(results: dict[str, Any]) -> None:
    """The figures as an aligned table, then the failed bars (shared with bench/sync_bench.py)."""
    head = ("Figure", "Value", "Unit", "Floor", "Ratio", "Bar", "Result")
    table = [head]
    for f in results["figures"]:
        result = "—" if f["passed"] is None else ("pass" if f["passed"] else "FAIL")
        table.append((f["name"], _num(f["value"]), f["unit"], _num(f["floor"]),
                      ("—" if f["ratio"] is None else f"{f['ratio']:.2f}×"), f["bar"], result))
    widths = [max(len(r[i]) for r in table) for i in range(len(head))]
    print()
    for i, r in enumerate(table):
        print("  ".join(c.ljust(w) if j in (0, 2, 5, 6) else c.rjust(w) for j, (c, w) in enumerate(zip(r, widths))))
        if i == 0:
            print("  ".join("-" * w for w in widths))
    failed = results["failed"]
    print()
    print(f"*** {len(failed)} BAR(S) FAILED: {', '.join(failed)} ***" if failed else "All bars pass.")
