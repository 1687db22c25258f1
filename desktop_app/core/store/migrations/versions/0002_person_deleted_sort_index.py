"""indexes for search, People filters and period figures; full-text prefixes up to five

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28

Search-as-you-type over a province register (100,000 persons):

* ix_person_deleted_sort: a broad query ("n", "026") or the People list of a province office
  (no unit filter) walks the live persons in Vietnamese order and stops at the page size;
  ix_person_unit_sort starts with the unit, so without this index SQLite reads and sorts
  every live person (or every match) for each page. The id at its end lets the People
  filters (below) test each person against the matching cases without reading the row.
* ix_case_filter_category/_status/_officer: the People filters (category, status, officer,
  alone or together) find the matching live cases' person ids in one of these, each led by
  one filter column and covering the others, instead of reading each case row (4-14 s for a
  filtered People page of a province register before, tens of milliseconds after).
  ix_case_filter_status also carries followup_end, so the due list's "record clearing" query
  (status, deleted, followup_end range) keeps a plan as good as ix_case_file_followup_end's.
* ix_case_person_status: the open-case count shown on every People row and search result
  reads the person's live cases from the index instead of each case row.
* The period report (reports.period_report, issue 5) of a province register (100,000 cases,
  1.2 million contacts) went from 14.8 s to 1 s with:
  - ix_contact_deleted_date, ix_contact_unit_date: the contacts of the period, counted for the
    whole register and for each commune (each count read the whole table: 2.5 s, and 46 x 50
    ms for the communes of a province);
  - ix_case_period, ix_case_unit_period: the cases opened, closed and under supervision in the
    period, by category, for the register and each commune, counted from the index (each
    count read every case row);
  - ix_contact_case_live_date: the last live contact of each case supervised at the end of the
    period (for "overdue at the end") is one index seek; ix_contact_case_date has no `deleted`,
    so each was checked on the contact rows.
* person_fts gets prefix indexes for 4- and 5-character prefixes as well. A prefix longer than
  the longest prefix index is answered by merging the lists of every distinct word that starts
  with it: "0260" (the first digits of 55,000 CCCD numbers, each its own word) cost 17 ms, with
  the index 1 ms. Longer prefixes match few words. It keeps no positions or column sizes
  (below). The table is rebuilt from person (its external content); the triggers that keep it
  in step refer to it by name and stay.
"""
from alembic import op


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None

# detail=none, columnsize=0: search sends only prefix terms joined by AND (textvn.fts_query) and
# sorts by sort_key, never by rank, so the index keeps no word positions and no column sizes:
# a smaller index to read, and less to write for every person saved (an import of 10,000 rows
# flushes the index at each row's savepoint).
FTS_OPTIONS = "prefix='1 2 3 4 5', detail=none, columnsize=0"


def _rebuild_fts(options: str) -> None:
    op.execute("DROP TABLE IF EXISTS person_fts")
    op.execute("CREATE VIRTUAL TABLE person_fts USING fts5("
               f"search_text, content='person', content_rowid='rowid', {options})")
    op.execute("INSERT INTO person_fts(person_fts) VALUES('rebuild')")


CASE_INDEXES = {
    'ix_case_person_status': ['person_id', 'deleted', 'status'],
    'ix_case_filter_category': ['category', 'deleted', 'status', 'officer', 'person_id'],
    'ix_case_filter_status': ['status', 'deleted', 'followup_end', 'category', 'officer', 'person_id'],
    'ix_case_filter_officer': ['officer', 'deleted', 'category', 'status', 'person_id'],
    'ix_case_period': ['deleted', 'start_date', 'actual_end', 'status', 'category', 'unit_code', 'id'],
    'ix_case_unit_period': ['unit_code', 'deleted', 'start_date', 'actual_end', 'status', 'category', 'id'],
}


CONTACT_INDEXES = {
    'ix_contact_deleted_date': ['deleted', 'date', 'unit_code'],
    'ix_contact_unit_date': ['unit_code', 'deleted', 'date'],
    'ix_contact_case_live_date': ['case_id', 'deleted', 'date'],
}


def upgrade() -> None:
    op.create_index('ix_person_deleted_sort', 'person', ['deleted', 'sort_key', 'id'], unique=False)
    for name, cols in CASE_INDEXES.items():
        op.create_index(name, 'case_file', cols, unique=False)
    for name, cols in CONTACT_INDEXES.items():
        op.create_index(name, 'contact', cols, unique=False)
    _rebuild_fts(FTS_OPTIONS)


def downgrade() -> None:
    _rebuild_fts("prefix='1 2 3'")
    for name in CONTACT_INDEXES:
        op.drop_index(name, table_name='contact')
    for name in CASE_INDEXES:
        op.drop_index(name, table_name='case_file')
    op.drop_index('ix_person_deleted_sort', table_name='person')
