"""The server database: engine, pragmas, migrations, and the write transaction.

SQLite (a file, no setup) serialises writers: a push takes the write lock up front
(BEGIN IMMEDIATE), so reading a unit's counter and stamping versions cannot interleave with
another push. PostgreSQL runs pushes side by side and locks each unit's counter row with
SELECT … FOR UPDATE (services/push.py); deadlocks and serialisation failures are retried.
"""

from __future__ import annotations

import contextlib
import secrets
import time
from pathlib import Path
from typing import Any, Callable, Iterator, TypeVar

from sqlalchemy import Connection, Engine, create_engine, event, select, text
from sqlalchemy.exc import DBAPIError, OperationalError

from sync_server.core.config import normalise_db_url
from sync_server.models import ServerMetaRow

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"
T = TypeVar("T")


def make_engine(url: str) -> Engine:
    url = normalise_db_url(url)
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 60})

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn: Any, _record: Any) -> None:
            dbapi_conn.isolation_level = None  # our own BEGIN (see _on_begin)
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA busy_timeout=60000")
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=FULL")
            # 64 MB a connection (SQLite's default is 2 MB): a push reads the rows it merges by
            # id, a pull a unit's rows in version order, all over a table of 100,000s of rows.
            cur.execute("PRAGMA cache_size=-65536")
            # The server's request connections leave checkpoints to `WalCheckpointer` (a push's
            # commit would otherwise copy the WAL into the database file and wait for the disk
            # twice); this only bounds the WAL should that thread not run (CLI commands).
            cur.execute("PRAGMA wal_autocheckpoint=20000")
            cur.close()

        @event.listens_for(engine, "begin")
        def _on_begin(conn: Any) -> None:
            mode = "IMMEDIATE" if conn.get_execution_options().get("write") else "DEFERRED"
            conn.exec_driver_sql(f"BEGIN {mode}")

        return engine
    # No server-side prepared statements: a plan PostgreSQL cached while a table was small (a
    # sequential scan) stays in use after it has grown, and a push then scans every record.
    # No pre-ping either (a round trip before every request's first query): a connection the
    # database dropped fails its request's first statement, is invalidated, and `run_read` /
    # `with_retry` run the request again on a fresh one.
    return create_engine(url, pool_size=20, max_overflow=30, pool_pre_ping=False, pool_recycle=3600,
                         pool_timeout=60, connect_args={"prepare_threshold": None})


class WalCheckpointer:
    """SQLite: copies the WAL into the database file on a thread of its own, every `interval`
    seconds (a PASSIVE checkpoint: it never blocks a request; with several workers, one at a
    time does it and the others find nothing to do). Started and stopped by the app."""

    def __init__(self, engine: Engine, interval: float = 0.5):
        import threading

        self.engine, self.interval = engine, interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="wal-checkpoint", daemon=True)

    def start(self) -> "WalCheckpointer":
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(10)

    def _loop(self) -> None:
        while not self._stop.wait(self.interval):
            try:
                raw = self.engine.raw_connection()
                try:
                    raw.driver_connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
                finally:
                    raw.close()
            except Exception:  # noqa: BLE001 - the next round tries again; the WAL stays bounded
                pass


def is_sqlite(conn_or_engine: Connection | Engine) -> bool:
    return conn_or_engine.dialect.name == "sqlite"


def migrate(engine: Engine) -> None:
    """Brings the server schema to the newest revision and makes the server's identity (epoch,
    bundle keys) on first start."""
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.connect().execution_options(write=True) as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
        conn.commit()
    with write_tx(engine) as conn:
        ensure_identity(conn)


def ensure_identity(conn: Connection) -> None:
    from sync_server.core import security

    have = {k for (k,) in conn.execute(select(ServerMetaRow.key))}
    values: dict[str, str] = {}
    if "server_epoch" not in have:
        values["server_epoch"] = secrets.token_hex(8)
    if "bundle_x25519_private" not in have:
        values.update(security.new_server_keys())
    for k, v in values.items():
        conn.execute(ServerMetaRow.__table__.insert(), {"key": k, "value": v})


def get_meta(conn: Connection, key: str, default: str = "") -> str:
    v = conn.execute(select(ServerMetaRow.value).where(ServerMetaRow.key == key)).scalar()
    return default if v is None else v


def set_meta(conn: Connection, key: str, value: str) -> None:
    t = ServerMetaRow.__table__
    if conn.execute(select(t.c.key).where(t.c.key == key)).first() is None:
        conn.execute(t.insert(), {"key": key, "value": value})
    else:
        conn.execute(t.update().where(t.c.key == key).values(value=value))


@contextlib.contextmanager
def write_tx(engine: Engine) -> Iterator[Connection]:
    with engine.connect().execution_options(write=True) as conn:
        with conn.begin():
            yield conn


@contextlib.contextmanager
def read_tx(engine: Engine) -> Iterator[Connection]:
    with engine.connect() as conn:
        with conn.begin():
            yield conn


@contextlib.contextmanager
def read_conn(engine: Engine) -> Iterator[Connection]:
    """A connection for a request that only reads. SQLite: one DEFERRED transaction (one
    snapshot). PostgreSQL: autocommit; under READ COMMITTED every statement sees the latest
    commits whether or not it runs in a transaction, so one would only add the BEGIN and
    COMMIT round trips."""
    if is_sqlite(engine):
        with read_tx(engine) as conn:
            yield conn
    else:
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            yield conn


def run_read(engine: Engine, fn: Callable[[Connection], T]) -> T:
    """`fn` on a `read_conn`, once more on a fresh connection when the pooled one had been
    dropped by the database (a restart)."""
    for i in range(2):
        try:
            with read_conn(engine) as conn:
                return fn(conn)
        except DBAPIError as e:
            if i or not e.connection_invalidated:
                raise
    raise AssertionError("unreachable")


def _retryable(e: BaseException) -> bool:
    if getattr(e, "connection_invalidated", False):
        return True
    orig = getattr(e, "orig", None)
    sqlstate = getattr(orig, "sqlstate", None) or getattr(getattr(orig, "diag", None), "sqlstate", None)
    if sqlstate in ("40001", "40P01"):  # serialization failure, deadlock detected
        return True
    return "database is locked" in str(e).lower()


def with_retry(engine: Engine, fn: Callable[[Connection], T], attempts: int = 8) -> T:
    """Runs `fn` in a write transaction, again from the start when the database chose this
    transaction as a deadlock victim (PostgreSQL) or stayed locked (SQLite)."""
    for i in range(attempts):
        try:
            with write_tx(engine) as conn:
                return fn(conn)
        except (OperationalError, DBAPIError) as e:
            if i == attempts - 1 or not _retryable(e):
                raise
            time.sleep(0.02 * (2 ** i) * (0.5 + secrets.randbelow(100) / 100))
    raise AssertionError("unreachable")


def exec_text(conn: Connection, sql: str, **params: Any) -> Any:
    return conn.execute(text(sql), params)
