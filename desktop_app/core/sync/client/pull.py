"""Pull: each unit in scope, page by page; a page and its new cursor are applied in one local
transaction, so a sync killed at any point resumes where it stopped. How the pages are
fetched and written fast is pipeline.py's business; what a page does to the register is here
and in apply.py.
"""

from __future__ import annotations

import contextlib
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any, Callable

from sqlalchemy import Connection

from desktop_app.core.gilswitch import prompt_handoff
from desktop_app.core.sync import apply as A
from desktop_app.core.sync.client.pipeline import (
    Checkpointer,
    PageBodies,
    gc_paused,
    load_page,
    pull_connection,
)
from desktop_app.core.sync.client.state import (
    Progress,
    SyncReport,
    digest_values,
    digests,
    read_meta,
    set_meta,
)
from desktop_app.core.sync.prepared import PagePreparer, PreparedPage
from desktop_app.core.sync.transport import HttpTransport, SyncError

if TYPE_CHECKING:
    from desktop_app.core.services.workspace import Workspace

FIRST_PAGE = 2000  # rows in the first page of a pull (then pull_limit)
PREPARE_BYTES = 1 << 20  # a page body this long is prepared as it is parsed (it has rows enough)


def apply_page(ws: Workspace, page: dict[str, Any], unit: str, scope: set[str], report: SyncReport,
               seen: set[str] | None, fresh: set[str] | None = None,
               checkpointer: Checkpointer | None = None,
               before_commit: Callable[[], None] | None = None, conn: Connection | None = None) -> None:
    """One page and its cursor, in one local transaction (on `conn`, a `pull_connection`, or
    one of its own). `fresh` (the ids received so far) when the unit is pulled from 0: its
    digest is rebuilt. `before_commit` starts work that overlaps the end of the page's writes."""
    if conn is None:
        with pull_connection(ws.db.engine) as own:
            return apply_page(ws, page, unit, scope, report, seen, fresh, checkpointer, before_commit, own)
    from desktop_app.core.sync import attachments

    clock = ws.db.clock
    stats = A.PageStats(track_seen=seen is not None, early=before_commit)
    if fresh is not None:
        stats.fresh_unit, stats.fresh_ids = unit, fresh
    prep: PreparedPage | None = page.get("_prep")
    with conn.begin():
        stats.digests = digests(conn)
        if fresh is not None and not fresh:
            stats.digests[unit] = [0, 0]
        before = {u: list(d) for u, d in stats.digests.items()}
        A.remove_moved(conn, page.get("moved") or [], unit, scope, stats)
        # The page's bulk inserts and the full-text fill are its last writes (finish_rows, below):
        # what `before_commit` starts then overlaps them and the commit alone.
        A.apply_rows(conn, page["rows"], stats, prep, defer=True)
        attachments.remember(conn, "blob_want", prep.blobs if prep is not None
                             else attachments.names_in_rows(page["rows"]))
        new_conflicts = {}
        existing = read_meta(conn, "conflict:")
        for c in page.get("conflicts") or []:
            key = f"conflict:{c['id']}"
            if key not in existing:
                new_conflicts[key] = {**c, "resolved": False}
        set_meta(conn, new_conflicts)
        if stats.max_hlc:
            try:
                clock.observe(stats.max_hlc)
            except ValueError:
                pass
        set_meta(conn, {f"cursor:{unit}": str(page["upto"]), "hlc_last": clock.last})
        set_meta(conn, digest_values(stats.digests, [u for u, d in stats.digests.items() if before.get(u) != d]))
        A.finish_rows(conn, stats)
        if seen is not None:
            seen |= stats.seen
            if not page["has_more"]:
                _, lost = A.sweep_unit(conn, unit, seen, int(page.get("tombstone_horizon") or 0))
                if lost:  # rows the server lost: the next push re-sends every row (push.restate)
                    set_meta(conn, {"restate_pending": "1"})
        stats.run_early()
    if checkpointer is not None:
        checkpointer.kick()
    report.pulled += len(page["rows"])
    report.removed += stats.removed
    report.conflicts += len(new_conflicts)
    report.changed_tables |= prep.table_names if prep is not None else {r["table"] for r in page["rows"]}
    if clock.skew_warning and "clock_skew" not in report.warnings:
        report.warnings.append("clock_skew")


def parse_page(body: bytes) -> dict[str, Any]:
    """A pull page's body parsed, its rows' short HLCs expanded; a page of a long pull (mostly
    rows new here) also prepared for the bulk insert (prepared.PreparedPage, "_prep"), chunk by
    chunk as it is parsed."""
    preparer: list[PagePreparer | None] = [None]

    def each(head: dict[str, Any], rows: list[Any], first: bool) -> None:
        A.expand_rows_hlcs(head.get("hlc_keys"), rows)
        if first:
            preparer[0] = PagePreparer() if len(body) >= PREPARE_BYTES or len(rows) >= FIRST_PAGE else None
        if preparer[0] is not None:
            preparer[0].add(rows)

    try:
        page = load_page(body, each)
        if not isinstance(page, dict) or not isinstance(page.get("rows"), list):
            raise TypeError("not a pull page")
        if preparer[0] is not None and len(page["rows"]) >= FIRST_PAGE:
            page["_prep"] = preparer[0].finish()
    except (ValueError, IndexError, KeyError, TypeError) as e:  # orjson.JSONDecodeError is a ValueError
        raise SyncError("server_bad_reply", f"a pull page that cannot be read: {e}"[:300]) from e
    return page


def _parse_then_drop(bodies: PageBodies, done: list[dict[str, Any]]) -> dict[str, Any]:
    """The next page parsed, then the pages `done` freed (tens of thousands of objects: on this
    thread, beside the applying thread's commit, rather than on it)."""
    try:
        return parse_page(bodies.next())
    finally:
        done.clear()


def pull_unit(ws: Workspace, t: HttpTransport, unit: str, after: int, scope: set[str], report: SyncReport,
              progress: Progress, limit: int, *, sweep: bool, epoch: str) -> None:
    seen: set[str] | None = set() if sweep else None
    fresh: set[str] | None = set() if after == 0 else None
    # A helper thread fetches the next page (network and server time overlap the local
    # writes), and parses and prepares it while this thread fills the full-text index and
    # commits the current one (SQLite work that does not hold the GIL; json.loads holds it
    # throughout: beside the inserts, it would stall them row by row). Pages go in in order.
    # Echoes (rows this register's own push left as it holds them: their version only) and
    # partial rows (only the fields changed since the cursor) are asked for when pulling on
    # from a cursor; a page with an echo that does not match what is held here, or a partial
    # row of a row not held here, is asked for again without them.
    echo = after > 0 and not sweep

    def bodies_from(cursor: int) -> PageBodies:
        # a small first page: the local writes start while the server makes the next one
        def fetch(a: int, size: int, e: bool = echo) -> bytes:  # `echo` as it is now: a later page may drop it
            return t.get_body("/sync/pull", unit=unit, after=a, limit=size, short_hlcs=1, echo=int(e), delta=int(e))

        return PageBodies(fetch, cursor, min(limit, FIRST_PAGE), limit)

    checkpointer: Checkpointer | None = None
    bodies = bodies_from(after)
    try:
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="wardbook-pull") as pool, \
                pull_connection(ws.db.engine) as conn, contextlib.ExitStack() as long_pull:
            parsed: Any = None
            retired: list[dict[str, Any]] = []  # pages applied, to be freed on the parsing thread
            while True:
                page = parsed.result() if parsed is not None else parse_page(bodies.next())
                parsed = None
                if page.get("server_epoch") != epoch:
                    raise SyncError("epoch_changed", "the server changed during the sync; sync again")
                before_commit = None
                if page["has_more"]:
                    if checkpointer is None:  # a pull of many pages: checkpoint beside it
                        checkpointer = Checkpointer(ws.db.engine)
                        checkpointer.attach(conn)
                        long_pull.enter_context(gc_paused())
                        long_pull.enter_context(prompt_handoff())  # core/gilswitch.py

                    def before_commit(b: PageBodies = bodies) -> None:
                        nonlocal parsed
                        # the pages applied before this one are freed there too, after the parse
                        parsed = pool.submit(_parse_then_drop, b, retired[:])
                        retired.clear()

                try:
                    apply_page(ws, page, unit, scope, report, seen, fresh, checkpointer, before_commit, conn)
                except A.EchoMismatch:
                    # nothing of the page was written: again without echoes, from the same cursor
                    if parsed is not None:
                        with contextlib.suppress(Exception):
                            parsed.result()
                    parsed = None
                    bodies.close()
                    echo = False
                    bodies = bodies_from(int(page["after"]))
                    continue
                progress(f"pull:{unit}", int(page["upto"]), 0)
                if not page["has_more"]:
                    return
                retired.append(page)
    finally:
        bodies.close()
        if checkpointer is not None:
            checkpointer.finish()
