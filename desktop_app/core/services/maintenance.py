"""`wardbook doctor`: checks of the register file and its audit chain, and the search-index
rebuild (DESIGN §3, §6).

    report = doctor(ws)                    # read-only checks
    report = doctor(ws, rebuild=True)      # rebuild the full-text index first
    rebuild_index(ws)
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy.exc import DBAPIError

from desktop_app.core.services.audit import AuditVerdict

if TYPE_CHECKING:
    from desktop_app.core.services.workspace import Workspace

SYNCHRONOUS = {0: "OFF", 1: "NORMAL", 2: "FULL", 3: "EXTRA"}
FTS_TABLE = "person_fts"


@dataclass(frozen=True)
class DoctorReport:
    """`ok` is True when every check passed; `problems` lists the codes of those that did not:
    integrity, cipher_integrity, foreign_keys, fts_index, audit_chain, journal_mode,
    synchronous, foreign_keys_off."""

    ok: bool
    problems: tuple[str, ...]
    integrity: tuple[str, ...]  # ("ok",) when sound; else SQLite's messages (first 100)
    cipher_integrity: tuple[str, ...]  # () when every page's HMAC is right
    foreign_key_violations: tuple[tuple[Any, ...], ...]  # (table, rowid, parent, fk index)
    fts_ok: bool
    fts_message: str
    audit: AuditVerdict
    journal_mode: str
    synchronous: str
    foreign_keys: bool
    page_size: int
    page_count: int
    freelist_count: int
    db_bytes: int
    wal_bytes: int
    cipher_version: str
    index_rebuilt: bool = False
    seconds: float = 0.0
    details: dict[str, Any] = field(default_factory=dict)


def _pragma(conn: Any, name: str) -> list[Any]:
    return [r[0] for r in conn.exec_driver_sql(f"PRAGMA {name}").fetchall()]


def _fts_check(ws: "Workspace") -> tuple[bool, str]:
    """FTS5's own integrity check; with rank 1 it also compares the index with the person
    table it indexes. A damaged or stale index raises SQLITE_CORRUPT_VTAB."""
    try:
        with ws.engine.connect().execution_options(write=True) as conn:
            conn.exec_driver_sql(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rank) VALUES('integrity-check', 1)")
            conn.rollback()
    except DBAPIError as e:
        return False, str(e.orig)
    return True, "ok"


def _cipher_check(conn: Any) -> tuple[str, ...]:
    # cipher_integrity_check reads the file directly, without the pager's locks, so a page being
    # checkpointed by another process at that very moment can look wrong: ask twice.
    bad = tuple(str(x) for x in _pragma(conn, "cipher_integrity_check"))
    if bad:
        time.sleep(0.05)
        bad = tuple(str(x) for x in _pragma(conn, "cipher_integrity_check"))
    return bad


def rebuild_index(ws: "Workspace", *, audit: bool = True) -> None:
    """Rebuilds the full-text search index from the person table (after a restore, or when
    `doctor` finds it damaged). One write transaction."""
    with ws._write() as tx:
        tx.conn.exec_driver_sql(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES('rebuild')")
        if audit:
            tx.audit("rebuild_index", "register", ws.register_id, None, {"index": FTS_TABLE})


def doctor(ws: "Workspace", *, rebuild: bool = False) -> DoctorReport:
    """Checks the open register: PRAGMA integrity_check, cipher_integrity_check (every page's
    HMAC), foreign_key_check, the FTS index, the audit chain, and that the durability settings
    are in force (WAL, synchronous=FULL, foreign keys on). Read-only unless `rebuild`."""
    t0 = time.perf_counter()
    if rebuild:
        rebuild_index(ws)
    with ws._read() as conn:
        integrity = tuple(str(x) for x in _pragma(conn, "integrity_check(100)"))
        cipher = _cipher_check(conn)
        fk = tuple(tuple(r) for r in conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall())
        journal = str(_pragma(conn, "journal_mode")[0]).lower()
        sync = SYNCHRONOUS.get(int(_pragma(conn, "synchronous")[0]), "?")
        fk_on = bool(_pragma(conn, "foreign_keys")[0])
        page_size = int(_pragma(conn, "page_size")[0])
        page_count = int(_pragma(conn, "page_count")[0])
        freelist = int(_pragma(conn, "freelist_count")[0])
        cipher_version = str((_pragma(conn, "cipher_version") or [""])[0])
    fts_ok, fts_message = _fts_check(ws)
    verdict = ws.audit.verify()
    db = ws.data_dir / "register.db"
    wal = ws.data_dir / "register.db-wal"
    problems = []
    if integrity != ("ok",):
        problems.append("integrity")
    if cipher:
        problems.append("cipher_integrity")
    if fk:
        problems.append("foreign_keys")
    if not fts_ok:
        problems.append("fts_index")
    if not verdict.ok:
        problems.append("audit_chain")
    if journal != "wal":
        problems.append("journal_mode")
    if sync not in ("FULL", "EXTRA"):
        problems.append("synchronous")
    if not fk_on:
        problems.append("foreign_keys_off")
    return DoctorReport(
        ok=not problems, problems=tuple(problems), integrity=integrity, cipher_integrity=cipher,
        foreign_key_violations=fk, fts_ok=fts_ok, fts_message=fts_message, audit=verdict,
        journal_mode=journal, synchronous=sync, foreign_keys=fk_on, page_size=page_size,
        page_count=page_count, freelist_count=freelist,
        db_bytes=db.stat().st_size if db.exists() else 0,
        wal_bytes=wal.stat().st_size if wal.exists() else 0,
        cipher_version=cipher_version, index_rebuilt=rebuild, seconds=time.perf_counter() - t0)
