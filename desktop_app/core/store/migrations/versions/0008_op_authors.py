"""issue 16 item 3: ops signed by their author

Revision ID: 0008_op_authors
Revises: 0007_account_certs
Create Date: 2026-12-05

sync_outbox.author: the account that wrote the op (NULL: written before this migration, a
legacy op: see docs/architecture.md §3 "Authors"); sync_outbox.author_seal: on the last op of a
signed group, its size, the previous digest of the author's chain and the signature
(core/domain/opsig.py). After 0007_account_certs (the accounts' certificates).
"""
import sqlalchemy as sa
import sqlmodel
from alembic import op


revision = '0008_op_authors'
down_revision = '0007_account_certs'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('sync_outbox', schema=None) as batch_op:
        batch_op.add_column(sa.Column('author', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True))
        batch_op.add_column(sa.Column('author_seal', sqlmodel.sql.sqltypes.AutoString(), nullable=True))
    # ops waiting from before: stamped at their author's login (services/authorship.stamp_legacy),
    # which looks for them only while this mark is set
    op.execute("INSERT INTO sync_meta (key, value) SELECT 'legacy_ops', '1' "
               "WHERE EXISTS (SELECT 1 FROM sync_outbox)")


def downgrade() -> None:
    op.execute("DELETE FROM sync_meta WHERE key = 'legacy_ops'")
    with op.batch_alter_table('sync_outbox', schema=None) as batch_op:
        batch_op.drop_column('author_seal')
        batch_op.drop_column('author')
