"""The tuning of a pull, kept apart from what a pull means (pull.py): how its pages are
fetched ahead on a thread of their own (`PageBodies`), the connection and pragmas its pages are
written with (`pull_connection`), the WAL checkpoints run beside it (`Checkpointer`), and the
garbage collector paused while its pages go in (`gc_paused`). None of it changes what ends up
in the register; `make bench`'s sync figures are what it is for.
"""

from __future__ import annotations

import contextlib
import json
import queue
import re
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Callable, Iterator

import orjson
from sqlalchemy import Connection, Engine

from desktop_app.core.gcpause import gc_paused as gc_paused  # (a long pull's pages: pull.py)


class Checkpointer:
    """Copies the WAL into the database file on a connection and thread of its own while the
    pull writes its next page (SQLite's PASSIVE checkpoint never blocks the writer): a page's
    commit then costs its own writes only, not a checkpoint and its two disk flushes."""

    EVERY = 3

    def __init__(self, engine: Engine):
        self.engine = engine
        self.pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="wardbook-checkpoint")
        self.running: Any = None
        self.pages = 0

    def attach(self, conn: Connection) -> None:
        """The pull's connection leaves checkpoints to this one from now on."""
        db = conn.connection.driver_connection
        assert db is not None  # a checked-out connection always has its driver's
        db.execute("PRAGMA wal_autocheckpoint=0")

    def _run(self, mode: str) -> None:
        raw = self.engine.raw_connection()  # no BEGIN: a checkpoint runs outside transactions
        try:
            db = raw.driver_connection
            assert db is not None
            wait = db.execute("PRAGMA busy_timeout").fetchone()[0]
            if mode == "TRUNCATE":
                # waits for readers (the app's) to let go of the WAL: briefly, or not at all
                db.execute("PRAGMA busy_timeout=200")
            try:
                db.execute(f"PRAGMA wal_checkpoint({mode})").fetchall()
            finally:
                db.execute(f"PRAGMA busy_timeout={int(wait)}")
        finally:
            raw.close()

    def kick(self) -> None:
        """After a page's commit: every EVERY pages (a page's index pages are written again by
        the next ones; copied less often, they are copied fewer times), unless the last one is
        still running."""
        self.pages += 1
        if self.pages % self.EVERY == 0 and (self.running is None or self.running.done()):
            self.running = self.pool.submit(self._run, "PASSIVE")

    def finish(self) -> None:
        """The last checkpoint, waited for: the pull is done when its pages are in the database
        file (and the WAL file is cut back to nothing, unless a reader is in the way)."""
        try:
            if self.running is not None:
                self.running.result()
            self.pool.submit(self._run, "PASSIVE").result()
            self.pool.submit(self._run, "TRUNCATE").result()
        except Exception:  # noqa: BLE001 - a busy reader: the next write's checkpoint does it
            pass
        finally:
            self.pool.shutdown()


_HEAD = re.compile(rb'"upto":(\d+),"has_more":(true|false)')


def page_head(body: bytes) -> tuple[int, bool]:
    """(upto, has_more) of a pull page's body, read from its head (the server writes the head
    first: protocol.PullPage's fields before the rows), without parsing the rows."""
    m = _HEAD.search(body, 0, 512)
    if m is not None:
        return int(m.group(1)), m.group(2) == b"true"
    page = json.loads(body)  # another layout: read it all
    return int(page["upto"]), bool(page["has_more"])


_ROWS = b',"rows":['
_ROW_START = b'},{"table":"'
CHUNK_BYTES = 256 * 1024

Rows = Callable[[dict[str, Any], list[Any], bool], None]


def load_page(body: bytes, each: Rows | None = None) -> dict[str, Any]:
    """orjson.loads(body), the rows parsed a quarter megabyte at a time, each chunk handed to
    `each(head, rows, first)` as soon as it is parsed (`head`: the page without its rows; `first`:
    the first chunk — after a restart too, see below), while its objects are still in the
    processor's cache; a parse holds the GIL throughout, and the thread applying the previous
    page needs it between two SQLite calls (a 10 MB page parsed at once would stall it for a
    tenth of a second each time).

    The server writes the head first, then `"rows":[...]}` (pull.pull_page_json); a row starts
    with `{"table":"`, and `},{"table":"` cannot occur inside a string (its quotes would be
    escaped), so it is always a boundary between rows (or, in a row holding objects in lists,
    a place that leaves a chunk that is not JSON). Any other layout, or a chunk that does not
    parse, is parsed whole (and handed to `each` whole, `first` again): the result is always
    orjson.loads(body)'s."""
    start = body.find(_ROWS)
    if len(body) >= 2 * CHUNK_BYTES and start >= 0 and body.endswith(b"]}"):
        try:
            page = orjson.loads(body[:start] + b"}")
            if isinstance(page, dict) and "rows" not in page:
                rows: list[Any] = []
                at, end = start + len(_ROWS), len(body) - 2
                while at < end:
                    cut = body.find(_ROW_START, at + CHUNK_BYTES, end)
                    stop = end if cut < 0 else cut + 1
                    chunk = orjson.loads(b"[" + body[at:stop] + b"]")
                    if not isinstance(chunk, list):
                        raise orjson.JSONDecodeError("not a list of rows", "", 0)
                    if each is not None:
                        each(page, chunk, not rows)
                    rows += chunk
                    at = stop + 1  # past the comma between two rows
                page["rows"] = rows
                return page
        except orjson.JSONDecodeError:
            pass
    page = orjson.loads(body)
    if each is not None and isinstance(page, dict) and isinstance(page.get("rows"), list):
        each(page, page["rows"], True)
    return page  # type: ignore[no-any-return]


class PageBodies:
    """The bodies of a unit's pull pages, fetched ahead on a thread of their own: the next page
    is asked for as soon as the last one's head says where it ends, so the server makes page
    i+2 while this side parses i+1 and writes i. Pages grow from `first` rows, doubling up to
    `limit`: the local writes start while the server makes the next page, and wait less for it
    (a first page of 2,000 rows was written long before the server had made the next 10,000).
    At most `ahead` bodies wait to be taken; the thread ends after the last page, on an error
    (raised by `next`) or on `close`."""

    def __init__(self, fetch: Callable[[int, int], bytes], after: int, first: int, limit: int, ahead: int = 2):
        self._queue: queue.Queue[bytes | BaseException] = queue.Queue()
        self._room = threading.Semaphore(ahead)
        self._stopped = False
        self._thread = threading.Thread(target=self._run, args=(fetch, after, first, limit),
                                        name="wardbook-pull-fetch", daemon=True)
        self._thread.start()

    def _run(self, fetch: Callable[[int, int], bytes], after: int, size: int, limit: int) -> None:
        try:
            while True:
                self._room.acquire()
                if self._stopped:
                    return
                body = fetch(after, size)
                self._queue.put(body)
                try:
                    upto, has_more = page_head(body)
                except (ValueError, KeyError, TypeError):
                    return  # a page that cannot be read: the consumer's parse says so
                if not has_more:
                    return
                after, size = upto, min(limit, 2 * size)
        except BaseException as e:  # noqa: BLE001 - handed to the consumer
            self._queue.put(e)

    def next(self) -> bytes:
        item = self._queue.get()
        self._room.release()
        if isinstance(item, BaseException):
            raise item
        return item

    def close(self) -> None:
        """Stops asking for pages; waits for a request in flight to end."""
        self._stopped = True
        self._room.release()
        self._thread.join()


@contextlib.contextmanager
def pull_connection(engine: Engine) -> Iterator[Connection]:
    """The connection a pull writes its pages on, one for all of them (its page cache stays
    warm from page to page), with the pull's pragmas, put back after: foreign keys off (a
    page may bring a contact before the case it belongs to: the case changed later, so it
    comes later; a province device may hold a case of one commune whose person lives in
    another); synchronous=NORMAL (a page and its cursor commit together: losing the last pages
    to a power cut only means pulling them again); a 128 MB page cache (the indexes of a
    100,000-person commune); no checkpoint inside a page's commit once a checkpointer works
    beside the pull (`Checkpointer.attach`)."""
    with engine.connect().execution_options(write=True) as conn:
        raw = conn.connection.driver_connection
        assert raw is not None
        cache = raw.execute("PRAGMA cache_size").fetchone()[0]
        raw.execute("PRAGMA foreign_keys=OFF")
        raw.execute("PRAGMA synchronous=NORMAL")
        raw.execute("PRAGMA cache_size=-131072")
        try:
            yield conn
        finally:
            if conn.in_transaction():
                conn.rollback()
            raw.execute("PRAGMA synchronous=FULL")
            raw.execute("PRAGMA foreign_keys=ON")
            raw.execute(f"PRAGMA cache_size={int(cache)}")
            raw.execute("PRAGMA wal_autocheckpoint=1000")
