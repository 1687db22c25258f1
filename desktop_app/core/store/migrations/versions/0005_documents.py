"""issue 18, the paperwork: the commune's own document templates and the generated documents

Revision ID: 0005_documents
Revises: 0004_legal
Create Date: 2026-12-05

document_template: a .docx form a chief imported, with its metadata (key, title, category,
legal basis, version, valid-from/valid-to, number symbol, what it needs), the bytes inside the
encrypted database. generated_document: every document filled from the register, kept with the
template's key, version and SHA-256, its number unique per (unit, year, device, seq).
"""
import sqlalchemy as sa
import sqlmodel
from alembic import op


revision = '0005_documents'
down_revision = '0004_legal'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'document_template',
        sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column('key', sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column('title', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column('category', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column('basis', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('valid_from', sa.Date(), nullable=False),
        sa.Column('valid_to', sa.Date(), nullable=True),
        sa.Column('symbol', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column('needs', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
        sa.Column('sha256', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column('data', sa.LargeBinary(), nullable=False),
        sa.Column('added_by', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column('added_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('key', 'version', name='uq_document_template_key_version'),
    )
    op.create_index(op.f('ix_document_template_key'), 'document_template', ['key'], unique=False)
    op.create_table(
        'generated_document',
        sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column('unit_code', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column('year', sa.Integer(), nullable=False),
        sa.Column('device_code', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column('seq', sa.Integer(), nullable=False),
        sa.Column('number', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
        sa.Column('template_key', sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column('template_version', sa.Integer(), nullable=False),
        sa.Column('template_sha256', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column('title', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column('person_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
        sa.Column('case_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
        sa.Column('session_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
        sa.Column('tip_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
        sa.Column('doc_date', sa.Date(), nullable=False),
        sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('size', sa.Integer(), nullable=False),
        sa.Column('data', sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('unit_code', 'year', 'device_code', 'seq', name='uq_generated_document_number'),
    )
    op.create_index(op.f('ix_generated_document_person_id'), 'generated_document', ['person_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_generated_document_person_id'), table_name='generated_document')
    op.drop_table('generated_document')
    op.drop_index(op.f('ix_document_template_key'), table_name='document_template')
    op.drop_table('document_template')
