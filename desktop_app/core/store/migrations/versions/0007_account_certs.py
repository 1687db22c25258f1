"""issue 16 item 2: account certificates kept in the register

Revision ID: 0007_account_certs
Revises: 0006_published_template
Create Date: 2026-12-05

account_cert: the latest certificate of each account (who it is, its role, unit and public keys,
signed by a chief back to the register's root), a copy of the one in its key slot. Local to this
register: never synced.
"""
import sqlalchemy as sa
import sqlmodel
from alembic import op


revision = '0007_account_certs'
down_revision = '0006_published_template'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'account_cert',
        sa.Column('username', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column('cert_json', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column('issued_at', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column('issuer', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.PrimaryKeyConstraint('username'),
    )


def downgrade() -> None:
    op.drop_table('account_cert')
