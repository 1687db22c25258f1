"""The SQLCipher engine: key, pragmas, transactions, migrations.

SQLCipher through SQLAlchemy's `pysqlcipher` dialect (the `sqlcipher3` driver). The data key is
given as a raw 256-bit key (`x'…'`), so opening costs no KDF: the password work is done once by
Argon2id in keyslots.py.

Pragmas on every connection: WAL, `synchronous=FULL` (a committed write survives a power cut),
foreign keys on, temp files in memory (no plaintext temp files on disk), a busy timeout so the
CLI and the app can share a register, a 32 MB page cache (see CACHE_KIB).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.pool import QueuePool

from desktop_app.core.errors import StoreError

MIGRATIONS_DIR = Path(__file__).with_name("migrations")

# SQLCipher's default page size: an intact register file is a whole number of pages.
PAGE_SIZE = 4096
# Opening a register runs `PRAGMA quick_check` (through the pager, so it is consistent with
# other processes' writes) when the file is at most this big: about 5 ms per MB here, so a
# commune register is checked at every unlock; bigger files are left to `wardbook doctor`.
OPEN_CHECK_MAX_BYTES = 48 * 1024 * 1024


# Page cache per connection, in KiB. The
# default 8 MB is smaller than what one search-as-you-type keystroke touches on a province
# register (the walk along ix_person_deleted_sort, the full-text pages, the persons of the page
# and their cases): every keystroke decrypted again most of what the one before had read, 3x
# slower. Pages are cached as they are read, so a commune register never fills it.
CACHE_KIB = 32 * 1024

# Idle connections kept open (more are opened while more threads need one at once: never
# refused, never closed under a thread using it). The app reads and writes on a few long-lived
# threads (the database worker, the slow-read lane, the network sync, a pull's checkpointer,
# the main thread).
POOL_SIZE = 5


def pool_options() -> dict[str, Any]:
    """The register's connection pool, on SQLAlchemy's public API: a QueuePool with no limit on
    connections in use (a thread never waits for, nor loses, a connection), keeping POOL_SIZE
    idle ones, handed out last-in first-out so that a thread reading again gets the connection
    whose page cache it just warmed. A connection goes from thread to thread (never two at once:
    the pool hands it to one holder), so the driver's same-thread check is off; SQLCipher is
    built thread-safe (THREADSAFE=1)."""
    return {"poolclass": QueuePool, "pool_size": POOL_SIZE, "max_overflow": -1, "pool_use_lifo": True,
            "pool_pre_ping": False, "connect_args": {"check_same_thread": False}}


def classify_db_error(e: BaseException) -> StoreError | None:
    """The StoreError a driver error stands for, or None when it is not a storage failure
    (a constraint, a bug). SQLCipher reports a page whose HMAC fails as "malformed" (or, for the
    first page, "file is not a database", the same as a wrong key)."""
    from desktop_app.core.errors import WardbookError

    if isinstance(e, WardbookError):
        return None
    msg = str(getattr(e, "orig", None) or e)
    low = msg.lower()
    if "database or disk is full" in low or (isinstance(e, OSError) and e.errno == 28):
        return StoreError("disk_full", msg)
    if "malformed" in low or "database corrupt" in low:
        return StoreError("database_corrupt", msg)
    if "file is not a database" in low:
        return StoreError("not_a_register", msg)
    if "disk i/o error" in low:
        return StoreError("disk_io", msg)
    if "unable to open database" in low or "readonly database" in low:
        return StoreError("cannot_open", msg)
    return None


def check_file_shape(path: Path) -> None:
    """Cheap checks before SQLCipher touches an existing file: an empty file would silently
    become a new empty database (and be written to), and a size that is not a whole number of
    pages means the file was cut short."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return
    if size == 0 or size % PAGE_SIZE:
        raise StoreError("database_truncated", f"{path}: {size} bytes")


def _url(path: Path, key: bytes | None) -> URL:
    if key is None:  # plain SQLite: only the benchmarks use this, as the floor (see make_engine)
        return URL.create("sqlite", database=str(path))
    return URL.create("sqlite+pysqlcipher", password=f"x'{key.hex()}'", database=str(path))


_BEGIN = {"IMMEDIATE": "BEGIN IMMEDIATE", "DEFERRED": "BEGIN DEFERRED"}


def _install_pragmas(engine: Engine, key: bytes | None) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Take transactions into our own hands (see _on_begin), as SQLAlchemy documents for
        # pysqlite: the driver's implicit BEGIN would not let us ask for BEGIN IMMEDIATE.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        # Our StoreError carries SQLCipher's message; its own log lines would only add noise
        # (HMAC failures printed to stderr under the CLI's clear message).
        if key is not None:
            cur.execute("PRAGMA cipher_log_level=NONE")
        cur.execute("PRAGMA busy_timeout=10000")
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA temp_store=MEMORY")
        cur.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # Writers take the write lock up front so that reading the audit chain's last hash and
        # the outbox sequence, then appending, cannot interleave with another writer.
        # Sent on the driver connection itself: every read and write pays this statement, and
        # it needs none of SQLAlchemy's per-statement work.
        mode = "IMMEDIATE" if conn.get_execution_options().get("write") else "DEFERRED"
        conn.connection.dbapi_connection.execute(_BEGIN[mode])


def make_engine(path: Path, key: bytes | None, *, check: bool = True) -> Engine:
    """An engine over the register file. Raises StoreError when the file is not a database this
    key opens: "database_truncated" (empty, or not a whole number of pages), "not_a_register"
    (wrong key, another register, or a damaged first page), "database_corrupt" (a damaged page
    found by the open check). Nothing is written to a file that fails these checks."""
    existed = path.exists()
    check_file_shape(path)
    extra: dict[str, Any] = {}
    if key is None:
        # The benchmarks' unencrypted floor runs on the same library as the product (the
        # sqlcipher3 driver, never keyed, so its pages are plain SQLite), with the same pool:
        # the same SQLite version and query planner, only the cipher differs.
        import sqlcipher3

        extra = {"module": sqlcipher3}
    engine = create_engine(_url(path, key), **pool_options(), **extra)
    _install_pragmas(engine, key)
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT count(*) FROM sqlite_master")).scalar_one()
            if check and existed and path.stat().st_size <= OPEN_CHECK_MAX_BYTES:
                bad = [r[0] for r in conn.exec_driver_sql("PRAGMA quick_check(5)")]
                if bad != ["ok"]:
                    raise StoreError("database_corrupt", "; ".join(map(str, bad)))
    except (DatabaseError, OperationalError, sqlite3.DatabaseError) as e:
        engine.dispose()
        err = classify_db_error(e) or StoreError("not_a_register", str(getattr(e, "orig", e)))
        raise err from e
    except BaseException:
        engine.dispose()
        raise
    return engine


def migrate(engine: Engine) -> bool:
    """Brings the schema to the newest Alembic revision. Returns True when anything ran."""
    from alembic import command
    from alembic.config import Config
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    head = ScriptDirectory.from_config(cfg).get_current_head()
    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
    if current == head:
        return False
    with engine.connect().execution_options(write=True) as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
        conn.commit()
    return True


# The newest revision in migrations/versions. Kept here so that opening a register does not
# import Alembic (a quarter of the unlock time); a test checks it against the scripts.
HEAD_REVISION = "0008_op_authors"


def needs_migration(engine: Engine) -> bool:
    with engine.connect() as conn:
        try:
            current = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except (DatabaseError, OperationalError):
            return True
    return current != HEAD_REVISION
