"""Alembic autogenerate finds nothing to do: the migrations of a register build exactly the
tables that store/tables.py declares (and, through it, core/domain/records.py, where every synced
field is declared once) — tables, columns, types, nullability, indexes, unique constraints and
foreign keys."""

from __future__ import annotations


def _diff(conn) -> list:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from desktop_app.core.store.tables import SQLModel, autogenerate_includes

    ctx = MigrationContext.configure(conn, opts={
        "compare_type": True, "include_object": autogenerate_includes})
    return compare_metadata(ctx, SQLModel.metadata)


def test_a_migrated_register_matches_the_declared_tables(workspace):
    with workspace.db.read() as conn:
        diff = _diff(conn)
    assert diff == []
