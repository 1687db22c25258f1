"""What the server told each device (sync_server/services/seen.py, issue 15): per unit the last
version a page sent it, raised only from a cursor this database gave the device — on SQLite and
PostgreSQL, whose upserts differ."""

from __future__ import annotations

import pytest


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request, tmp_path):
    from sync_server.core.config import Settings
    from sync_server.main import create_app
    from tests.sync.serverproc import create_pg_database, drop_pg_database

    url = f"sqlite:///{tmp_path / 'server.db'}" if request.param == "sqlite" else create_pg_database()
    app = create_app(Settings(db=url))
    yield app.state.engine
    app.state.engine.dispose()
    if request.param == "postgresql":
        drop_pg_database(url)


def test_a_page_raises_what_the_device_was_told_only_from_a_cursor_this_database_gave(engine):
    from sync_server.core.db import read_tx, write_tx
    from sync_server.services import seen

    def note(after: int, upto: int, unit: str = "09123") -> dict[str, int]:
        with write_tx(engine) as conn:
            seen.note(conn, "dev-1", {unit: (after, upto)})
        with read_tx(engine) as conn:
            return seen.told(conn, "dev-1")

    assert note(50, 60) == {"09123": 60}  # nothing remembered yet (a device older than the table)
    assert note(60, 70) == {"09123": 70}
    assert note(100, 120) == {"09123": 70}  # a cursor from a history this database lost
    assert note(10, 65) == {"09123": 70}  # a page from further back lowers nothing
    assert note(0, 0, unit="09124") == {"09123": 70}  # an empty unit: nothing to remember
    assert note(0, 5, unit="09124") == {"09123": 70, "09124": 5}
    with read_tx(engine) as conn:
        assert seen.told(conn, "dev-2") == {}
