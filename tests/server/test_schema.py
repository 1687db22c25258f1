"""The server's Alembic migrations build exactly the schema its models declare, and the
protocol's field table matches the desktop store's synced tables."""

from __future__ import annotations


def test_migrations_match_the_models(tmp_path):
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from sync_server.core.db import make_engine, migrate
    from sync_server.models import ServerModel

    engine = make_engine(f"sqlite:///{tmp_path / 's.db'}")
    migrate(engine)
    migrate(engine)  # a second run changes nothing
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": False}), ServerModel.metadata)
    engine.dispose()
    assert diff == []


def test_protocol_field_table_matches_the_store():
    from desktop_app.core.store.tables import SYNCED_TABLES
    from desktop_app.core.sync.protocol import TABLE_FIELDS

    bookkeeping = {"id", "unit_code", "version", "updated_hlc", "field_hlc", "deleted", "updated_by"}
    import datetime as dt

    kinds = {str: "str", int: "int", bool: "bool", dt.date: "date"}
    assert set(TABLE_FIELDS) == set(SYNCED_TABLES)
    for name, model in SYNCED_TABLES.items():
        want = {}
        for col in model.__table__.columns:
            if col.name in bookkeeping:
                continue
            kind = "str" if type(col.type).__name__ == "AutoString" else kinds[col.type.python_type]
            want[col.name] = kind + ("?" if col.nullable else "")
        assert TABLE_FIELDS[name] == want, name


def test_the_unit_clock_migration_dates_every_units_versions_so_far_at_the_upgrade(tmp_path):
    """A server upgraded to s0006 has stamped versions without a clock: they count as stamped
    at the upgrade, so a restate after a later unannounced restore sees them as seen before."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import text

    from sync_server.core.clock import now_ms
    from sync_server.core.db import MIGRATIONS_DIR, make_engine, migrate

    engine = make_engine(f"sqlite:///{tmp_path / 's.db'}")
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "s0005_account_roots")
        conn.execute(text("INSERT INTO unit_counter (unit_code, version, tombstone_horizon, row_count, digest) "
                          "VALUES ('25101', 42, 0, 3, :d), ('25102', 0, 0, 0, :d)"), {"d": "0" * 32})
        conn.commit()
    before = now_ms()
    migrate(engine)
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT unit_code, version, at_ms FROM unit_clock")).all()
    engine.dispose()
    assert [(u, v) for u, v, _ in rows] == [("25101", 42)]  # a unit with no version has nothing to date
    assert before <= rows[0][2] <= now_ms()
