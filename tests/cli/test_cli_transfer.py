"""`wardbook persons transfer PERSON_ID --to UNIT --reason TEXT [--yes]`: the whole file moves,
a confirmation is needed (refused without a keyboard unless --yes), refusals name the field
(exit 2) or the missing right (exit 3), help in Vietnamese and in English."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from desktop_app.cli import main
from tests.conftest import OFFICER_PASSWORD

PASSWORD = "Mậtkhẩu2026ab"
OTHER = "08456"


@pytest.fixture
def env(tmp_path, monkeypatch):
    data = tmp_path / "data"
    monkeypatch.setenv("WARDBOOK_DATA_DIR", str(data))
    monkeypatch.setenv("WARDBOOK_USER", "truong")
    monkeypatch.setenv("WARDBOOK_PASSWORD", PASSWORD)
    monkeypatch.setenv("WARDBOOK_LANG", "vi")
    return data


@pytest.fixture
def register(env, capsys):
    assert main(["init", "--unit-code", "08123", "--unit-name", "Xã Tích Sơn", "--admin", "truong",
                 "--parent-code", "08"]) == 0
    from desktop_app.core.services.workspace import Workspace

    with Workspace.open(env, "truong", PASSWORD) as ws:
        ws.units.load([{"code": OTHER, "name": "Xã Tân Lập", "parent_code": "08"}])
        pid = ws.persons.add({"full_name": "Đặng Thị Ánh", "birth_date": "1990"}).created_id
        cid = ws.cases.open({"person_id": pid, "category": "community_education", "term_months": 6,
                             "start_date": dt.date(2026, 6, 1)}).created_id
        ws.visits.record_contact({"case_id": cid, "kind": "home_visit", "date": dt.date(2026, 9, 1),
                                  "summary": "Chấp hành tốt"})
        ws.users.add({"username": "canbo1", "role": "officer"}, OFFICER_PASSWORD)
    capsys.readouterr()
    return {"person_id": pid, "case_id": cid}


def units_of(env, table: str) -> set[str]:
    from desktop_app.core.services.workspace import Workspace

    with Workspace.open(env, "truong", PASSWORD) as ws, ws.db.read() as conn:
        return {u for (u,) in conn.exec_driver_sql(f'SELECT unit_code FROM "{table}"')}


def test_transfer_moves_the_whole_file(register, env, capsys):
    pid = register["person_id"]
    # no keyboard (stdin is not a terminal here) and no --yes: refused, nothing moved
    rc = main(["persons", "transfer", pid, "--to", OTHER, "--reason", "Chuyển nơi cư trú"])
    assert rc == 2 and "--yes" in capsys.readouterr().err
    assert units_of(env, "case_file") == {"08123"}
    rc = main(["persons", "transfer", pid, "--to", OTHER, "--reason", "Chuyển nơi cư trú", "--yes", "--json"])
    out = capsys.readouterr()
    assert rc == 0, out.err
    assert json.loads(out.out) == {"person_id": pid, "from": "08123", "to": OTHER, "rows": 3}
    for table in ("person", "case_file", "contact", "case_event"):
        assert units_of(env, table) == {OTHER}, table
    # the person left the commune: not found any more
    rc = main(["person", "show", pid])
    assert rc == 2


def test_transfer_refusals(register, env, capsys, monkeypatch):
    pid = register["person_id"]
    rc = main(["persons", "transfer", pid, "--to", "08999", "--reason", "x", "--yes"])
    err = capsys.readouterr().err
    assert rc == 2 and "Chuyển đến xã" in err and "08999" in err
    rc = main(["persons", "transfer", pid, "--to", "08123", "--reason", "x", "--yes"])
    assert rc == 2 and "chính đơn vị" in capsys.readouterr().err
    rc = main(["persons", "transfer", pid, "--to", OTHER, "--reason", " ", "--yes"])
    assert rc == 2 and "Lý do" in capsys.readouterr().err
    monkeypatch.setenv("WARDBOOK_USER", "canbo1")
    monkeypatch.setenv("WARDBOOK_PASSWORD", OFFICER_PASSWORD)
    rc = main(["persons", "transfer", pid, "--to", OTHER, "--reason", "x", "--yes"])
    assert rc == 3 and "transfer_records" in capsys.readouterr().err
    assert units_of(env, "person") == {"08123"}


def test_transfer_help_in_both_languages(env, capsys, monkeypatch):
    assert main(["persons", "transfer", "--help"]) == 0
    vi = capsys.readouterr().out
    assert "Chuyển một người cùng toàn bộ hồ sơ" in vi and "Mã xã chuyển đến" in vi
    monkeypatch.setenv("WARDBOOK_LANG", "en")
    assert main(["persons", "transfer", "--help"]) == 0
    en = capsys.readouterr().out
    assert "Transfers a person with their whole file" in en and "Code of the receiving commune" in en
