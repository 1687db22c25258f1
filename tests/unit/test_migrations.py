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
