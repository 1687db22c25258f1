"""sensitive_keys: each device's register sensitive key (issue 16 items 1 and 5).

Revision ID: s0004
Revises: s0003
"""

import sqlalchemy as sa
from alembic import op

revision = "s0004"
down_revision = "s0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("device") as batch:
        batch.add_column(sa.Column("sensitive_key", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("device") as batch:
        batch.drop_column("sensitive_key")
