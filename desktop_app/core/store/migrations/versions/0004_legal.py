"""issue 14, legal correctness: court dates, term days, record-clearing inputs; rules in force

Revision ID: 0004_legal
Revises: 0003
Create Date: 2026-12-05

case_file: term_days (days where the law counts days), judgment_date and supervision_start
(DOMAIN §1: both kept, the category says which counts), custody_days (deducted from
non-custodial reform, 1 day = 3 days), release_date, obligations_pending /
obligations_done_date (a supplementary penalty or civil obligation not done defers clearing),
national_security (clearing by court decision), clearing_state (why there is no clearing date).
case_event: days (a court's reduction in days).

The shipped rule rows of the keys issue 14 changed (domain.rules.ISSUE14_KEYS) are replaced by
the new ones with their real valid-from / valid-to dates; rows a user added (any other
valid_from than the shipped 1900-01-01) are kept.
"""
import datetime as dt
import json

import sqlalchemy as sa
import sqlmodel
from alembic import op


revision = '0004_legal'
down_revision = '0003'
branch_labels = None
depends_on = None

def _case_columns() -> tuple[sa.Column, ...]:
    return (
        sa.Column('term_days', sa.Integer(), nullable=True),
        sa.Column('judgment_date', sa.Date(), nullable=True),
        sa.Column('supervision_start', sa.Date(), nullable=True),
        sa.Column('custody_days', sa.Integer(), nullable=True),
        sa.Column('release_date', sa.Date(), nullable=True),
        sa.Column('obligations_pending', sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column('obligations_done_date', sa.Date(), nullable=True),
        sa.Column('national_security', sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column('clearing_state', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False,
                  server_default=''),
    )


def upgrade() -> None:
    with op.batch_alter_table('case_file', schema=None) as batch_op:
        for col in _case_columns():
            batch_op.add_column(col)
    with op.batch_alter_table('case_event', schema=None) as batch_op:
        batch_op.add_column(sa.Column('days', sa.Integer(), nullable=False, server_default='0'))

    from desktop_app.core.domain.rules import ISSUE14_KEYS, SEED_RULES

    rule = sa.table('rule', sa.column('key', sa.String), sa.column('category', sa.String),
                    sa.column('value_json', sa.String), sa.column('valid_from', sa.Date),
                    sa.column('valid_to', sa.Date), sa.column('basis', sa.String),
                    sa.column('note', sa.String))
    bind = op.get_bind()
    if not bind.execute(sa.select(sa.func.count()).select_from(rule)).scalar():
        return  # a new register: the workspace seeds every rule after the migrations
    op.execute(rule.delete().where(rule.c.key.in_(ISSUE14_KEYS),
                                   rule.c.valid_from == dt.date(1900, 1, 1)))
    op.bulk_insert(rule, [
        {"key": r.key, "category": r.category, "value_json": json.dumps(r.value, ensure_ascii=False),
         "valid_from": r.valid_from, "valid_to": r.valid_to, "basis": r.basis, "note": r.note}
        for r in SEED_RULES if r.key in ISSUE14_KEYS])


def downgrade() -> None:
    with op.batch_alter_table('case_event', schema=None) as batch_op:
        batch_op.drop_column('days')
    with op.batch_alter_table('case_file', schema=None) as batch_op:
        for col in reversed(_case_columns()):
            batch_op.drop_column(col.name)
