"""`make bench`: WardBook's figures, each beside a floor measured in the same run.

    .venv/bin/python -m bench [--persons N] [--quick] [--out PATH]

Builds a province register with the demo generator (seed profile: N persons spread over the
communes, about ten contacts each) in a temporary directory, then measures:

1. search-as-you-type through `ws.persons.search` vs the same FTS SQL (captured from the
   service) run on a raw sqlcipher3 connection with the same key and pragmas;
2. person writes through `ws.persons.add` (one transaction each, audit + outbox) vs raw inserts
   of the same rows into a same-schema table on plain `sqlite3`, one transaction per row, same
   pragmas (WAL, synchronous=FULL);
3. the due list of the busiest commune vs the bare select of its active cases;
4. unlocking (`Workspace.open`: Argon2id + open) vs the bare Argon2id derivation;
5. the cost of encryption: search and writes on a plain (unencrypted) copy of the store;
6. the province's period report as JSON vs its SQL replayed raw; an import of 10,000 people
   rows from the xlsx template vs reading the workbook;
7. the GUI (bench/gui_bench.py, child processes): start-up to the People page's first rows vs a
   bare PySide6 window, resident memory, search as you type in the People table vs the same
   core calls.

Prints a table and writes bench/results.json (or --out). Exits 0 even when a bar fails; the
table says FAIL. See bench/README.md.
"""

from __future__ import annotations

import argparse
import base64
import datetime as dt
import json
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import text

from bench.common import (
    DEFAULT_OUT,
    PASSWORD,
    PRAGMAS,
    USER,
    WRITE_ROUNDS,
    Capture,
    Figure,
    _plain_for_bench,
    _settle,
    fresh_workspace,
    log,
    ms,
    pct,
    raw_connection,
    timed,
)
from bench.import_bench import bench_import, import_figure, run_import_only  # noqa: F401 (re-exported)
from bench.results import print_table, write_results  # noqa: F401 (re-exported)
from desktop_app.core.services.workspace import DB_NAME, SLOTS_NAME, Workspace
from desktop_app.core.store import keyslots
from desktop_app.core.textvn import fold
from desktop_app.demo import create_demo, person_inputs

# --- dataset -------------------------------------------------------------------------------------------

DATASET_INFO = "dataset.json"


def build_dataset(root: Path, persons: int, seed: int) -> tuple[Path, dict[str, Any]]:
    """The province register in root/province. A register kept there by an earlier run with
    the same persons and seed (--keep) is reused as it is (it may have been migrated since)."""
    enc_dir = root / "province"
    info_path = root / DATASET_INFO
    if (enc_dir / DB_NAME).exists() and info_path.exists():
        info = json.loads(info_path.read_text(encoding="utf-8"))
        if info.get("persons") == persons and info.get("seed") == seed:
            log(f"Reusing the register kept in {enc_dir} ({info['rows']['person']} persons)")
            return enc_dir, {**info["dataset"], "reused": True}
    if enc_dir.exists():
        shutil.rmtree(enc_dir)
    stages: dict[str, float] = {}
    t0 = time.perf_counter()
    last = [t0]

    def progress(stage: str, done: int, total: int) -> None:
        now = time.perf_counter()
        if done >= total:
            stages[stage] = round(now - last[0], 2)
            last[0] = now
            log(f"  {stage}: {total} rows, {stages[stage]:.1f} s")

    log(f"Generating the seed-profile register with {persons} persons …")
    ws = create_demo(enc_dir, username=USER, password=PASSWORD, profile="seed", persons=persons,
                     seed=seed, progress=progress)
    gen = time.perf_counter() - t0
    with ws.db.read() as conn:
        counts = {t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one()
                  for t in ("person", "case_file", "contact", "evaluation", "warning_session", "attendance",
                            "tip", "security_model", "sync_outbox", "audit_log")}
    ws.close()
    size = sum(p.stat().st_size for p in enc_dir.glob(DB_NAME + "*"))
    log(f"  generated in {gen:.1f} s; {counts['person']} persons, {counts['contact']} contacts")
    dataset = {"generation_seconds": round(gen, 1), "stage_seconds": stages, "rows": counts,
               "db_mb": round(size / 1e6, 1)}
    info_path.write_text(json.dumps({"persons": persons, "seed": seed, "rows": counts, "dataset": dataset},
                                    ensure_ascii=False, indent=2), encoding="utf-8")
    return enc_dir, dataset


def plain_copy(enc_dir: Path, key: bytes, plain_dir: Path) -> None:
    """The same register, decrypted (sqlcipher_export), with the same key slots."""
    plain_dir.mkdir(parents=True)
    shutil.copy2(enc_dir / SLOTS_NAME, plain_dir / SLOTS_NAME)
    conn = raw_connection(enc_dir / DB_NAME, key)
    try:
        conn.execute(f"ATTACH DATABASE '{(plain_dir / DB_NAME).as_posix()}' AS plaintext KEY ''")
        conn.execute("SELECT sqlcipher_export('plaintext')")
        conn.execute("DETACH DATABASE plaintext")
    finally:
        conn.close()
    slots = keyslots.SlotFile.load(plain_dir / SLOTS_NAME)  # the slots name the file they open
    slots.set_database_salt(keyslots.database_salt(plain_dir / DB_NAME))
    slots.save()


# --- 1. search ------------------------------------------------------------------------------------------

def typing_targets(raw: sqlcipher3.Connection, targets: int, rng: random.Random) -> list[str]:
    """What users look for: accentless names ("nguyen van hung") for two thirds of the targets,
    CCCD numbers for the rest."""
    rows = raw.execute("SELECT full_name, cccd FROM person WHERE deleted = 0").fetchall()
    with_cccd = [r for r in rows if r[1]]
    picks = rng.sample(rows, k=min(len(rows), targets - targets // 3))
    picks_cccd = rng.sample(with_cccd, k=min(len(with_cccd), targets // 3))
    return [fold(name) for name, _ in picks] + [cccd for _, cccd in picks_cccd]


def typing_queries(raw: sqlcipher3.Connection, targets: int, rng: random.Random) -> list[str]:
    """What a user types, keystroke by keystroke (see typing_targets). Every prefix is one query
    (a prefix ending in a space is skipped: it sends the same query as the one before)."""
    typed = typing_targets(raw, targets, rng)
    out = []
    for t in typed:
        for i in range(1, len(t) + 1):
            if not t[:i].endswith(" "):
                out.append(t[:i])
    return out


def _replay(raw: sqlcipher3.Connection, statements: list[tuple[str, Any]]) -> None:
    for sql, params in statements:
        raw.execute(sql, params).fetchall()


def bench_search(ws: Workspace, raw: sqlcipher3.Connection, queries: list[str]) -> dict[str, Any]:
    # capture the exact SQL and parameters the service sends (every statement: the plan choice
    # and the page), once per query
    plans: list[list[tuple[str, Any]]] = []
    for q in queries:
        with Capture(ws) as cap:
            ws.persons.search(q, limit=50)
        plans.append(list(cap.statements))
    for q, stmts in list(zip(queries, plans))[:20]:  # warm the page cache
        ws.persons.search(q, limit=50)
        _replay(raw, stmts)
    t_ws, t_floor = [], []
    for q, stmts in zip(queries, plans):
        t_ws.append(ms(timed(lambda: ws.persons.search(q, limit=50))))
        t_floor.append(ms(timed(lambda: _replay(raw, stmts))))
    slowest = sorted(zip(t_ws, queries), reverse=True)[:5]
    by_len: dict[int, list[float]] = {}
    for q, t in zip(queries, t_ws):
        by_len.setdefault(len(q), []).append(t)
    return {"queries": len(queries), "p50": pct(t_ws, 50), "p95": pct(t_ws, 95), "max": max(t_ws),
            "floor_p50": pct(t_floor, 50), "floor_p95": pct(t_floor, 95),
            "slowest": [{"query": q, "ms": round(t, 1)} for t, q in slowest],
            "p95_by_prefix_length": {k: round(pct(v, 95), 1) for k, v in sorted(by_len.items())},
            "plans": _search_plans(raw, queries, plans)}


def _search_plans(raw: sqlcipher3.Connection, queries: list[str], plans: list[list[tuple[str, Any]]]
                  ) -> dict[str, Any]:
    """Which of the service's plans each query took (by the shape of its page statement), how
    often, and EXPLAIN QUERY PLAN of one example of each."""
    out: dict[str, Any] = {}
    for q, stmts in zip(queries, plans):
        sql, params = next((st for st in stmts if "ORDER BY p.sort_key" in st[0]), stmts[-1])
        kind = ("few" if "CROSS JOIN" in sql else "probe" if "EXISTS" in sql
                else "set" if "rowid IN" in sql else "other")
        entry = out.setdefault(kind, {"queries": 0, "example": q, "plan": _plan(raw, sql, params)})
        entry["queries"] += 1
    return out


def _plan(raw: sqlcipher3.Connection, sql: str, params: Any) -> list[str]:
    return [r[-1] for r in raw.execute("EXPLAIN QUERY PLAN " + sql, params).fetchall()]


# --- 2. writes ------------------------------------------------------------------------------------------

def bench_write(ws: Workspace, inputs: list[dict[str, Any]]) -> float:
    """persons/s through ws.persons.add, one transaction each."""
    t = time.perf_counter()
    for data in inputs:
        ws.persons.add(data)
    return len(inputs) / (time.perf_counter() - t)


def raw_write_floor(ws: Workspace, db: Path) -> float:
    """The rows `ws` just wrote, inserted again into a same-schema table (person, its indexes,
    its FTS table and triggers) on plain sqlite3, one transaction per row, same pragmas."""
    with ws.db.read() as conn:
        ddl = [r[0] for r in conn.execute(text(
            "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND (tbl_name = 'person' OR name = 'person_fts') "
            "ORDER BY CASE type WHEN 'table' THEN 0 WHEN 'index' THEN 1 ELSE 2 END, rowid")).all()]
        result = conn.exec_driver_sql("SELECT * FROM person ORDER BY rowid")
        cols = list(result.keys())
        rows = [tuple(r) for r in result.all()]
    conn = sqlite3.connect(str(db), isolation_level=None)
    try:
        for p in PRAGMAS:
            conn.execute(p)
        for stmt in ddl:
            conn.execute(stmt)
        sql = f"INSERT INTO person ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
        t = time.perf_counter()
        for r in rows:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute(sql, r)
            conn.execute("COMMIT")
        return len(rows) / (time.perf_counter() - t)
    finally:
        conn.close()


def bench_due(ws: Workspace, raw: sqlcipher3.Connection, unit: str | None, reps: int) -> dict[str, Any]:
    with Capture(ws) as cap:
        n_items = len(ws.due.list(unit_code=unit))
    sql, params = next(s for s in cap.statements if "case_file" in s[0])  # the active-cases select
    raw.execute(sql, params).fetchall()
    t_ws, t_floor = [], []
    for _ in range(reps):
        t_ws.append(ms(timed(lambda: ws.due.list(unit_code=unit))))
        t_floor.append(ms(timed(lambda: raw.execute(sql, params).fetchall())))
    active = len(raw.execute(sql, params).fetchall())
    return {"items": n_items, "active_cases": active, "p50": pct(t_ws, 50), "p95": pct(t_ws, 95),
            "floor_p50": pct(t_floor, 50), "floor_p95": pct(t_floor, 95), "plan": _plan(raw, sql, params)}


# --- 4. unlock ------------------------------------------------------------------------------------------

def bench_unlock(data_dir: Path, reps: int) -> dict[str, Any]:
    t_open, t_kdf = [], []
    slots = keyslots.SlotFile.load(data_dir / SLOTS_NAME)
    slot = slots.data["slots"][USER]
    kdf = {k: int(slot[k]) for k in ("time_cost", "memory_cost", "parallelism")}
    salt = base64.b64decode(slot["salt"])
    for _ in range(reps):
        t = time.perf_counter()
        ws = Workspace.open(data_dir, USER, PASSWORD)
        t_open.append(time.perf_counter() - t)
        ws.close()
        t_kdf.append(timed(lambda: keyslots.derive_kek(PASSWORD, salt, kdf)))
    return {"open_s": statistics.median(t_open), "kdf_s": statistics.median(t_kdf), "kdf": kdf,
            "open_all_s": [round(x, 3) for x in t_open]}



REPORT_PERIOD = (dt.date(2020, 1, 1), dt.date(2020, 6, 30))  # the seed article's half-year


def bench_report(ws: Workspace, raw: sqlcipher3.Connection, reps: int) -> dict[str, Any]:
    """The province's period report as the CLI's `report --format json` makes it
    (`ReportExports.period_report` for the whole register, with its per-commune breakdown, then
    json.dumps); floor: the SQL it sent, replayed raw (the rest is Python)."""
    from desktop_app.core.reports.service import ReportExports

    def make() -> str:
        return json.dumps(ReportExports.of(ws).period_report(*REPORT_PERIOD), ensure_ascii=False, indent=1,
                          sort_keys=True)

    with Capture(ws) as cap:
        doc = make()
    t_ws, t_floor = [], []
    for _ in range(reps):
        t_ws.append(timed(make))
        t_floor.append(timed(lambda: _replay(raw, cap.statements)))
    data = json.loads(doc)
    return {"seconds": statistics.median(t_ws), "floor_seconds": statistics.median(t_floor),
            "statements": len(cap.statements), "communes": len(data.get("by_unit", [])), "bytes": len(doc),
            "all_s": [round(x, 2) for x in t_ws]}


# --- the run --------------------------------------------------------------------------------------------

def run(persons: int, quick: bool, out: Path, seed: int = 2020, keep: Path | None = None) -> dict[str, Any]:
    rng = random.Random(seed)
    targets = 6 if quick else 30
    write_n = 100 if quick else 1000
    due_reps = 5 if quick else 30
    unlock_reps = 2 if quick else 5
    import_n = 200 if quick else 10_000
    report_reps = 1 if quick else 3
    gui_targets = 1 if quick else 10
    gui_starts = 1 if quick else 5
    root = Path(tempfile.mkdtemp(prefix="wardbook-bench-")) if keep is None else keep
    root.mkdir(parents=True, exist_ok=True)
    figures: list[Figure] = []
    try:
        enc_dir, dataset = build_dataset(root, persons, seed)

        log("Unlock …")
        unlock = bench_unlock(enc_dir, unlock_reps)
        ws = Workspace.open(enc_dir, USER, PASSWORD)
        key = ws.db.data_key
        raw = raw_connection(enc_dir / DB_NAME, key)
        plain_dir = root / "province-plain"
        if dataset.get("reused") and (plain_dir / DB_NAME).exists():
            log("Reusing its plain copy")  # opening it below migrates it like the register
        else:
            shutil.rmtree(plain_dir, ignore_errors=True)
            plain_copy(enc_dir, key, plain_dir)
        with _plain_for_bench():
            ws_plain = Workspace.open(plain_dir, USER, PASSWORD)
        raw_plain = raw_connection(plain_dir / DB_NAME, None)

        log("Search-as-you-type …")
        queries = typing_queries(raw, targets, rng)
        search = bench_search(ws, raw, queries)
        search_plain = bench_search(ws_plain, raw_plain, queries)

        log("Due list …")
        unit = raw.execute("SELECT unit_code, count(*) FROM case_file WHERE deleted = 0 AND status = 'active' "
                           "GROUP BY unit_code ORDER BY 2 DESC, 1 LIMIT 1").fetchone()[0]
        due = bench_due(ws, raw, unit, due_reps)
        due_all = bench_due(ws, raw, None, max(3, due_reps // 5))

        log("Period report …")
        report = bench_report(ws, raw, report_reps)
        from bench.documents_bench import bench_document

        document = bench_document(ws, 5 if quick else 30)
        gui_typed = typing_targets(raw, gui_targets, random.Random(seed + 1))
        if quick:
            gui_typed = [t[:4] for t in gui_typed]  # a few keystrokes are enough to test the harness

        log("Writes …")
        inputs = person_inputs(write_n, seed=seed)
        # Writes wait on the disk (a flush per transaction): the three kinds are measured in
        # turn, WRITE_ROUNDS times, each on a fresh register after the kernel has written back
        # what came before, and each figure is the median of its rounds, so that none of them
        # alone pays for the writeback of the benches before it.
        rates: dict[str, list[float]] = {"enc": [], "raw": [], "plain": []}
        for _ in range(1 if quick else WRITE_ROUNDS):
            for scratch in ("write-enc", "write-plain", "write-raw.db", "write-raw.db-wal", "write-raw.db-shm"):
                path = root / scratch
                shutil.rmtree(path, ignore_errors=True) if path.is_dir() else path.unlink(missing_ok=True)
            _settle()
            w_enc = fresh_workspace(root / "write-enc")
            rates["enc"].append(bench_write(w_enc, inputs))
            _settle()
            rates["raw"].append(raw_write_floor(w_enc, root / "write-raw.db"))
            w_enc.close()
            _settle()
            with _plain_for_bench():
                w_plain = fresh_workspace(root / "write-plain")
            rates["plain"].append(bench_write(w_plain, inputs))
            w_plain.close()
        rate, floor_rate, rate_plain = (statistics.median(rates[k]) for k in ("enc", "raw", "plain"))

        for c in (raw, raw_plain):
            c.close()
        ws.close()
        ws_plain.close()

        log("Import …")
        imported = bench_import(root, import_n, seed)

        log("GUI (start-up, memory, search as you type) …")
        from bench.gui_bench import bench_gui

        gui = bench_gui(enc_dir, USER, PASSWORD, gui_typed, gui_starts)

        n = dataset["rows"]["person"]
        figures += [
            Figure("search_p50", f"Search as you type p50 ({n} persons)", search["p50"], "ms",
                   search["floor_p50"], "same FTS SQL, raw sqlcipher3", search["p50"] / search["floor_p50"],
                   "workspace / floor", "context", None, {"queries": search["queries"]}),
            Figure("search_p95", f"Search as you type p95 ({n} persons)", search["p95"], "ms",
                   search["floor_p95"], "same FTS SQL, raw sqlcipher3", search["p95"] / search["floor_p95"],
                   "workspace / floor", "p95 ≤ 30 ms and ≤ 3× floor",
                   search["p95"] <= 30 and search["p95"] <= 3 * search["floor_p95"],
                   {k: search[k] for k in ("queries", "max", "slowest", "p95_by_prefix_length", "plans")}),
            Figure("write_throughput", "Person writes (persons.add, 1 tx each)", rate, "persons/s",
                   floor_rate, "raw sqlite3 insert, 1 tx/row, WAL+FULL", rate / floor_rate,
                   "workspace / floor", "≥ 0.20× raw", rate >= 0.2 * floor_rate,
                   {"rows": write_n, "rounds": {k: [round(x) for x in v] for k, v in rates.items()}}),
            Figure("due_p50", f"Due list, busiest commune p50 ({due['active_cases']} active cases)", due["p50"],
                   "ms", due["floor_p50"], "bare select of its active cases", due["p50"] / due["floor_p50"],
                   "workspace / floor", "context", None, {"unit_code": unit, "items": due["items"]}),
            Figure("due_p95", f"Due list, busiest commune p95 ({due['active_cases']} active cases)", due["p95"],
                   "ms", due["floor_p95"], "bare select of its active cases", due["p95"] / due["floor_p95"],
                   "workspace / floor", "p95 ≤ 200 ms", due["p95"] <= 200,
                   {"unit_code": unit, "items": due["items"], "plan": due["plan"]}),
            Figure("due_all_p95", f"Due list, whole province p95 ({due_all['active_cases']} active cases)",
                   due_all["p95"], "ms", due_all["floor_p95"], "bare select of the active cases",
                   due_all["p95"] / due_all["floor_p95"], "workspace / floor", "context", None,
                   {"items": due_all["items"]}),
            Figure("unlock", "Unlock (Workspace.open: Argon2id + open)", unlock["open_s"] * 1000, "ms",
                   unlock["kdf_s"] * 1000, "bare Argon2id derive", unlock["open_s"] / unlock["kdf_s"],
                   "workspace / floor", "≤ 1500 ms", unlock["open_s"] <= 1.5,
                   {"kdf": unlock["kdf"], "runs_s": unlock["open_all_s"]}),
            Figure("enc_search_p95", "Encryption cost: search p95, encrypted vs plain", search["p95"], "ms",
                   search_plain["p95"], "same search on a plain store", search["p95"] / search_plain["p95"],
                   "encrypted / plain (time)", "≤ 1.5×", search["p95"] <= 1.5 * search_plain["p95"],
                   {"plain_p50": search_plain["p50"], "plain_floor_p95": search_plain["floor_p95"]}),
            Figure("enc_write", "Encryption cost: person writes, encrypted vs plain", rate, "persons/s",
                   rate_plain, "same writes on a plain store", rate_plain / rate,
                   "encrypted / plain (time per write)", "≤ 1.5×", rate_plain / rate <= 1.5, {}),
            Figure("report_json", f"Period report, province, JSON ({report['communes']} communes)",
                   report["seconds"] * 1000, "ms", report["floor_seconds"] * 1000, "its SQL replayed raw",
                   report["seconds"] / report["floor_seconds"], "workspace / floor", "≤ 2000 ms",
                   report["seconds"] <= 2.0, {k: report[k] for k in ("statements", "bytes", "all_s")}),
            Figure("document_one", "One document made from the register (docx: fill, number, keep, audit)",
                   document["ms"], "ms", document["floor_ms"], "docxtpl render of the same data alone",
                   document["ms"] / document["floor_ms"], "workspace / floor", "≤ 300 ms", document["ms"] <= 300,
                   {k: document[k] for k in ("max_ms", "reps", "bytes", "template", "timeline_rows")}),
            import_figure(imported),
            Figure("gui_start", "GUI start-up to People rows (100k register)" if n >= 100_000 else
                   f"GUI start-up to People rows ({n} persons)", gui["start_s"] * 1000, "ms",
                   gui["bare_s"] * 1000, "bare PySide6 QMainWindow start", gui["start_s"] / gui["bare_s"],
                   "app / bare window", "≤ 1.5× bare", gui["start_s"] <= 1.5 * gui["bare_s"],
                   {k: gui[k] for k in ("start_all_s", "bare_all_s", "stages_ms", "rows_shown", "total_shown")}),
            # What no login-first start can beat: the bare window plus the one Argon2id derivation
            # the unlock must make (both measured above, in this run). Its ratio to the bare window
            # is the least the gui_start ratio can be while unlocking stays deliberately slow.
            Figure("gui_start_lower_bound", "Least start-up with an unlock: bare window + bare Argon2id derive",
                   (gui["bare_s"] + unlock["kdf_s"]) * 1000, "ms", gui["bare_s"] * 1000,
                   "bare PySide6 QMainWindow start", (gui["bare_s"] + unlock["kdf_s"]) / gui["bare_s"],
                   "lower bound / bare window", "context", None, {"kdf": unlock["kdf"]}),
            Figure("gui_after_enter", "GUI wait after Enter: password submitted to People rows (dialog left 2 s first)",
                   gui["after_enter_s"] * 1000, "ms", unlock["kdf_s"] * 1000, "bare Argon2id derive",
                   gui["after_enter_s"] / unlock["kdf_s"], "wait / floor", "context", None,
                   {"runs_s": gui["after_enter_all_s"], "password_pause_ms": gui["password_pause_ms"]}),
            Figure("gui_first_window", "GUI start-up to the login dialog (the first window taking input)",
                   gui["login_s"] * 1000, "ms", gui["bare_s"] * 1000, "bare PySide6 QMainWindow start",
                   gui["login_s"] / gui["bare_s"], "app / bare window", "context", None,
                   {"stages_ms": gui["stages_ms"]}),
            Figure("gui_memory", "GUI resident memory, register open, People shown", gui["rss_mb"], "MB",
                   gui["bare_rss_mb"], "bare PySide6 window", gui["rss_mb"] / gui["bare_rss_mb"],
                   "app / bare window", "≤ 300 MB", gui["rss_mb"] <= 300,
                   {k: gui[k] for k in ("hwm_mb", "rss_after_typing_mb")}),
            Figure("gui_search_p50", "GUI search as you type p50 (People table)", gui["key_p50"], "ms",
                   gui["floor_p50"], "same persons.search calls, direct", gui["key_p50"] / gui["floor_p50"],
                   "GUI / core", "context", None, {"keys": gui["keys"]}),
            Figure("gui_search_p95", "GUI search as you type p95 (People table)", gui["key_p95"], "ms",
                   gui["floor_p95"], "same persons.search calls, direct", gui["key_p95"] / gui["floor_p95"],
                   "GUI / core", "p95 ≤ 50 ms", gui["key_p95"] <= 50,
                   {k: gui[k] for k in ("keys", "key_max", "slowest_keys", "debounce_ms", "key_with_debounce_p95")}),
        ]
        from bench.sync_bench import figures as sync_figures  # first pull, edits, a province (README "Sync")

        figures += sync_figures(root / "sync", quick=quick, seed=seed)
    finally:
        if keep is None:
            shutil.rmtree(root, ignore_errors=True)

    options = {"persons": persons, "quick": quick, "seed": seed, "search_targets": targets,
               "write_rows": write_n, "due_reps": due_reps, "unlock_reps": unlock_reps,
               "import_rows": import_n, "report_reps": report_reps, "gui_targets": gui_targets,
               "gui_starts": gui_starts}
    return write_results(out, options=options, dataset=dataset, figures=figures, printer=print_table)



def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n\n")[0])
    ap.add_argument("--persons", type=int, default=None, help="persons in the register (default 100000; 5000 with --quick)")
    ap.add_argument("--quick", action="store_true", help="small dataset and few repetitions (harness test)")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where to write results.json")
    ap.add_argument("--seed", type=int, default=2020)
    ap.add_argument("--keep", type=Path, default=None, help="build the registers here and keep them")
    ap.add_argument("--only", choices=["sync", "import"], default=None,
                    help="run one part alone (sync: bench/sync_bench.py; import: the import of people rows)")
    args = ap.parse_args(argv)
    if args.only == "import":
        run_import_only(args.out, quick=args.quick, seed=args.seed, keep=args.keep)
        return 0
    if args.only == "sync":
        from bench.sync_bench import run_only

        run_only(args.out, quick=args.quick, seed=args.seed, keep=args.keep, persons=args.persons)
        return 0
    persons = args.persons or (5000 if args.quick else 100_000)
    run(persons, args.quick, args.out, args.seed, args.keep)
    return 0


if __name__ == "__main__":
    sys.exit(main())
