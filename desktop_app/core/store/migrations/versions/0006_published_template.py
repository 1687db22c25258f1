"""issue 18 item 2: templates the province publishes, a synced table

Revision ID: 0006_published_template
Revises: 0005_documents
Create Date: 2026-12-05

published_template: a document template a province admin's device published (its row in the
province's unit; the .docx is the attachment docx_sha256 names). Synced like every other
table; commune laptops hold the rows read-only.
"""
import sqlalchemy as sa
import sqlmodel
from alembic import op


revision = '0006_published_template'
down_revision = '0005_documents'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'published_template',
        sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column('unit_code', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('updated_hlc', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column('field_hlc', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column('deleted', sa.Boolean(), nullable=False),
        sa.Column('updated_by', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column('key', sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column('title', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column('category', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column('basis', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column('template_version', sa.Integer(), nullable=False),
        sa.Column('valid_from', sa.Date(), nullable=False),
        sa.Column('valid_to', sa.Date(), nullable=True),
        sa.Column('symbol', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column('needs', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
        sa.Column('docx_sha256', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column('size', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('id'),
    )
    with op.batch_alter_table('published_template', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_published_template_key'), ['key'], unique=False)
        batch_op.create_index(batch_op.f('ix_published_template_unit_code'), ['unit_code'], unique=False)


def downgrade() -> None:
    op.drop_table('published_template')
