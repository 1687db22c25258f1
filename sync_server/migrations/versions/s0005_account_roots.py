"""account_root: the root signing key of each register's account certificates (issue 16 item 2).

Revision ID: s0005_account_roots
Revises: s0004
"""

import sqlalchemy as sa
from alembic import op

revision = "s0005_account_roots"
down_revision = 's0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "account_root",
        sa.Column("register_id", sa.String(length=64), nullable=False),
        sa.Column("root_sign_pub", sa.String(length=64), nullable=False),
        sa.Column("unit_code", sa.String(length=16), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("pinned_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("register_id"),
    )


def downgrade() -> None:
    op.drop_table("account_root")
