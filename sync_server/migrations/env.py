"""Alembic environment of the server database. `core.db.migrate()` passes an open connection,
so the same scripts run on SQLite and PostgreSQL."""

from alembic import context

from sync_server.models import ServerModel

target_metadata = ServerModel.metadata
connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("server migrations run through sync_server.core.db.migrate()")

context.configure(connection=connection, target_metadata=target_metadata,
                  render_as_batch=connection.dialect.name == "sqlite")
with context.begin_transaction():
    context.run_migrations()
