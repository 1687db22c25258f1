"""drop two person indexes no query uses

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28

Every person written (a save, an import row, each of the 100,000 rows of a commune's first
pull) updated seven B-trees; two of them answered no query:

* ix_person_unit_code (unit_code): ix_person_unit_sort (unit_code, deleted, sort_key) starts
  with the same column, and SQLite uses it for every lookup by unit (the scope filter, the
  sync's per-unit checks);
* ix_person_birth_year: no query filters or sorts on the birth year (it is checked against the
  CCCD in Python).

A first pull of a 100,000-person commune writes them no more (the pull bench in bench/README.md).
"""
from alembic import op


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index('ix_person_unit_code', table_name='person')
    op.drop_index('ix_person_birth_year', table_name='person')


def downgrade() -> None:
    op.create_index('ix_person_birth_year', 'person', ['birth_year'], unique=False)
    op.create_index('ix_person_unit_code', 'person', ['unit_code'], unique=False)
