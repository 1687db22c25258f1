"""unit_clock: when each unit's versions were stamped (issue 15, restores nobody announced).

Every unit gets one row now: its versions so far count as stamped at the upgrade.

Revision ID: s0006_unit_clock
Revises: s0005_account_roots
"""

import sqlalchemy as sa
from alembic import op

from sync_server.core import clock

revision = "s0006_unit_clock"
down_revision = "s0005_account_roots"
branch_labels = None
depends_on = None


def upgrade() -> None:
    t = op.create_table(
        "unit_clock",
        sa.Column("unit_code", sa.String(length=16), nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("at_ms", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("unit_code", "version"),
    )
    op.create_index("ix_unit_clock_unit_at", "unit_clock", ["unit_code", "at_ms"])
    now = clock.now_ms()
    rows = op.get_bind().execute(sa.text("SELECT unit_code, version FROM unit_counter WHERE version > 0")).all()
    if rows:
        op.bulk_insert(t, [{"unit_code": u, "version": int(v), "at_ms": now} for u, v in rows])


def downgrade() -> None:
    op.drop_index("ix_unit_clock_unit_at", table_name="unit_clock")
    op.drop_table("unit_clock")
