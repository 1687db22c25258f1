"""device_seen: the last version of each unit the server told each device about (issue 15,
restores nobody announced: a plain push's base version from the history a restore lost).

No rows at the upgrade: a device's first pull after it writes its own (until then its pushes
are judged as before).

Revision ID: s0007_device_seen
Revises: s0006_unit_clock
"""

import sqlalchemy as sa
from alembic import op

revision = "s0007_device_seen"
down_revision = "s0006_unit_clock"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "device_seen",
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("unit_code", sa.String(length=16), nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("device_id", "unit_code"),
    )


def downgrade() -> None:
    op.drop_table("device_seen")
