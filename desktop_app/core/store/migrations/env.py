"""Alembic environment: the core passes an open connection (the key is already applied), so
migrations never see the data key and run inside the caller's transaction."""

from alembic import context
from sqlmodel import SQLModel

from desktop_app.core.store import tables  # noqa: F401  (registers the tables on the metadata)

target_metadata = SQLModel.metadata
connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("WardBook migrations run through desktop_app.core.store.engine.migrate()")

context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True,
                  include_object=tables.autogenerate_includes)
with context.begin_transaction():
    context.run_migrations()
