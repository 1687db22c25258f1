"""The schema is made by Alembic migrations, and the head the core checks at open is the
head of the scripts."""

from __future__ import annotations

from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import text

from desktop_app.core.store.engine import HEAD_REVISION, MIGRATIONS_DIR, needs_migration


def test_head_constant_matches_scripts():
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    assert ScriptDirectory.from_config(cfg).get_current_head() == HEAD_REVISION


def test_new_register_is_at_head_with_fts_and_audit_triggers(workspace):
    assert not needs_migration(workspace.engine)
    with workspace._read() as conn:
        names = {r[0] for r in conn.execute(text("SELECT name FROM sqlite_master"))}
    assert {"person_fts", "person_fts_ai", "audit_log_no_update", "audit_log_no_delete", "alembic_version"} <= names


def test_person_creation_is_in_the_persons_audit(workspace):
    pid = workspace.persons.add({"full_name": "Trần Văn Tạo"}).created_id
    assert [a.action for a in workspace.audit.list(person_id=pid)] == ["create"]


def _alembic(engine, action: str, revision: str) -> None:
    from alembic import command

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.connect().execution_options(write=True) as conn:
        cfg.attributes["connection"] = conn
        getattr(command, action)(cfg, revision)
        conn.commit()


def _fts_sql(ws) -> str:
    with ws._read() as conn:
        return conn.execute(text("SELECT sql FROM sqlite_master WHERE name = 'person_fts'")).scalar_one()


def test_0002_sort_index_and_fts_prefixes(workspace):
    with workspace._read() as conn:
        cols = [r[2] for r in conn.execute(text("PRAGMA index_info(ix_person_deleted_sort)"))]
    assert cols == ["deleted", "sort_key", "id"]
    with workspace._read() as conn:
        names = {r[0] for r in conn.execute(text("SELECT name FROM sqlite_master WHERE tbl_name = 'case_file'"))}
    assert {"ix_case_filter_category", "ix_case_filter_status", "ix_case_filter_officer",
            "ix_case_person_status", "ix_case_period", "ix_case_unit_period"} <= names
    with workspace._read() as conn:
        names = {r[0] for r in conn.execute(text("SELECT name FROM sqlite_master WHERE tbl_name = 'contact'"))}
    assert {"ix_contact_deleted_date", "ix_contact_unit_date", "ix_contact_case_live_date"} <= names
    assert "prefix='1 2 3 4 5', detail=none, columnsize=0" in _fts_sql(workspace)


def test_register_at_0001_is_upgraded_at_open_and_search_still_finds_everyone(workspace):
    """A register made before 0002 (FTS prefixes 1-3, no sort index) is backed up and migrated
    when it is opened; the rebuilt full-text index finds the persons it held, by 4- and
    5-character prefixes too, and keeps following writes."""
    from desktop_app.core.services.workspace import Workspace
    from tests.conftest import CHIEF, CHIEF_PASSWORD

    an = workspace.persons.add({"full_name": "Nguyễn Văn An", "cccd": "026090001234", "birth_date": "1990",
                                "gender": "male"}).created_id
    workspace.persons.add({"full_name": "Trần Thị Bình"})
    _alembic(workspace.engine, "downgrade", "0001")
    assert "prefix='1 2 3'" in _fts_sql(workspace) and needs_migration(workspace.engine)
    workspace.close()

    ws = Workspace.open(workspace.data_dir, CHIEF, CHIEF_PASSWORD)
    workspace._test_opened.append(ws)
    assert not needs_migration(ws.engine)
    assert list((workspace.data_dir / "backups").glob("pre-migration-*.db"))
    assert "prefix='1 2 3 4 5', detail=none" in _fts_sql(ws)
    for q in ("nguyen", "nguye", "0260", "02609", "026090001234", "binh"):
        assert len(ws.persons.search(q).rows) == 1, q
    assert [r.id for r in ws.persons.search("0260").rows] == [an]
    ws.persons.add({"full_name": "Nguyễn Văn Anh"})
    assert len(ws.persons.search("nguye").rows) == 2


def test_the_tables_declare_every_index_the_migrations_make(workspace):
    """store/tables.py (what Alembic autogenerate compares against) and the migrated register
    have the same indexes, column for column."""
    from sqlalchemy import text

    from desktop_app.core.store.tables import SQLModel

    declared = {}
    for table in SQLModel.metadata.tables.values():
        for ix in table.indexes:
            declared[ix.name] = (table.name, [c.name for c in ix.columns])
    with workspace._read() as conn:
        names = [r[0] for r in conn.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND name NOT LIKE 'sqlite_%'"))]
        made = {}
        for name in names:
            table = conn.execute(text("SELECT tbl_name FROM sqlite_master WHERE name = :n"), {"n": name}).scalar_one()
            cols = [r[2] for r in conn.execute(text(f'PRAGMA index_info("{name}")'))]
            made[name] = (table, cols)
    assert declared == made


def test_0004_legal_upgrades_a_register_keeping_cases_and_user_rules(workspace):
    """Migration 0004_legal: the new case columns arrive empty/false on existing cases (their
    computed end kept), the shipped rows of the rules issue 14 changed are replaced by the rows
    with real dates, and a row a user added is kept."""
    import datetime as dt

    from desktop_app.core.services.workspace import Workspace
    from tests.conftest import CHIEF, CHIEF_PASSWORD, add_person, open_case

    pid = add_person(workspace)
    cid = open_case(workspace, pid, "community_education", term_months=6, start_date=dt.date(2026, 1, 1))
    _alembic(workspace.engine, "downgrade", "0003")
    with workspace.engine.begin() as conn:
        conn.execute(text("DELETE FROM rule WHERE key = 'term_months' AND category = 'drug_management'"))
        conn.execute(text("INSERT INTO rule (key, category, value_json, valid_from, valid_to, basis, note) "
                          "VALUES ('term_months', 'drug_management', '[12, 12]', '1900-01-01', NULL, 'V', ''), "
                          "('helper_max_persons', NULL, '4', '2026-02-01', NULL, 'M', 'user')"))
    workspace.close()

    ws = Workspace.open(workspace.data_dir, CHIEF, CHIEF_PASSWORD)
    workspace._test_opened.append(ws)
    assert not needs_migration(ws.engine)
    c = ws.cases.get(cid)
    assert (c.computed_end, c.term_days, c.judgment_date, c.obligations_pending, c.clearing_state) == (
        dt.date(2026, 6, 30), None, None, False, "")
    rows = sorted((r.valid_from, r.valid_to, r.value) for r in ws.rule_table.list()
                  if r.key == "term_months" and r.category == "drug_management")
    assert rows == [(dt.date(1900, 1, 1), dt.date(2022, 1, 1), [12, 24]), (dt.date(2022, 1, 1), None, [12, 12])]
    assert ws.rules.get("helper_max_persons", on=dt.date(2026, 3, 1)) == 4
