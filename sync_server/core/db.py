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
            cur.close()

        @event.listens_for(engine, "begin")
        def _on_begin(conn: Any) -> None:
            mode = "IMMEDIATE" if conn.get_execution_options().get("write") else "DEFERRED"
            conn.exec_driver_sql(f"BEGIN {mode}")

        return engine
    # No server-side prepared statements: a plan PostgreSQL cached while a table was small (a
    # sequential scan) stays in use after it has grown, and a push then scans every record.
    return create_engine(url, pool_size=20, max_overflow=30, pool_pre_ping=True, pool_timeout=60,
                         connect_args={"prepare_threshold": None})


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


def _retryable(e: BaseException) -> bool:
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
