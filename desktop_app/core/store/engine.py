"""The SQLCipher engine: key, pragmas, transactions, migrations.

SQLCipher through SQLAlchemy's `pysqlcipher` dialect (the `sqlcipher3` driver). The data key is
given as a raw 256-bit key (`x'…'`), so opening costs no KDF: the password work is done once by
Argon2id in keyslots.py.

Pragmas on every connection: WAL, `synchronous=FULL` (a committed write survives a power cut),
foreign keys on, temp files in memory (no plaintext temp files on disk), a busy timeout so the
CLI and the app can share a register.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DatabaseError, OperationalError

from desktop_app.core.errors import StoreError

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def _url(path: Path, key: bytes | None) -> URL:
    if key is None:  # plain SQLite: only the benchmarks use this, as the floor
        return URL.create("sqlite", database=str(path))
    return URL.create("sqlite+pysqlcipher", password=f"x'{key.hex()}'", database=str(path))


def _install_pragmas(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Take transactions into our own hands (see _on_begin), as SQLAlchemy documents for
        # pysqlite: the driver's implicit BEGIN would not let us ask for BEGIN IMMEDIATE.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA busy_timeout=10000")
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA temp_store=MEMORY")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # Writers take the write lock up front so that reading the audit chain's last hash and
        # the outbox sequence, then appending, cannot interleave with another writer.
        mode = "IMMEDIATE" if conn.get_execution_options().get("write") else "DEFERRED"
        conn.exec_driver_sql(f"BEGIN {mode}")


def make_engine(path: Path, key: bytes | None) -> Engine:
    """An engine over the register file. Raises StoreError when the file is not a database this
    key opens (wrong key, another register, corrupt or truncated file)."""
    engine = create_engine(_url(path, key), pool_pre_ping=False)
    _install_pragmas(engine)
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT count(*) FROM sqlite_master")).scalar_one()
    except (DatabaseError, OperationalError, sqlite3.DatabaseError) as e:
        engine.dispose()
        msg = str(getattr(e, "orig", e))
        if "disk" in msg and "full" in msg:
            raise StoreError("disk_full", msg) from e
        raise StoreError("not_a_register", msg) from e
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


def needs_migration(engine: Engine) -> bool:
    from alembic.config import Config
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    head = ScriptDirectory.from_config(cfg).get_current_head()
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision() != head
