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
