"""`wardbook persons list`, `person add|edit|get|delete`, `case open|list`: a register driven by
the command line only; every value checked as in the app (a bad one is a line naming the field,
exit 2, never a traceback); words in English under WARDBOOK_LANG=en, Vietnamese by default."""

from __future__ import annotations

import json

import pytest

from desktop_app.cli import main

PASSWORD = "Mậtkhẩu2026ab"


@pytest.fixture
def register(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("WARDBOOK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("WARDBOOK_USER", "truong")
    monkeypatch.setenv("WARDBOOK_PASSWORD", PASSWORD)
    monkeypatch.setenv("WARDBOOK_NEW_PASSWORD", PASSWORD)
    monkeypatch.setenv("WARDBOOK_LANG", "en")
    assert main(["init", "--unit-code", "08123", "--unit-name", "Xã Tích Sơn", "--admin", "truong",
                 "--parent-code", "08"]) == 0
    capsys.readouterr()


def run(capsys, *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    rc = main(list(argv))
    out = capsys.readouterr()
    assert "Traceback" not in out.out + out.err
    return rc, out.out, out.err


def test_add_edit_get_list_delete(register, capsys):
    rc, out, err = run(capsys, "person", "add", "Nguyễn Văn An", "--set", "birth_date=1990",
                       "--set", "current_address=Thôn 1", "--json")
    assert rc == 0, err
    pid = json.loads(out)["id"]
    assert run(capsys, "person", "get", pid, "current_address")[1] == "Thôn 1\n"
    rc, out, err = run(capsys, "person", "edit", pid, "--set", "current_address=Thôn 9")
    assert rc == 0 and "saved" in out, err
    assert run(capsys, "person", "get", pid, "current_address")[1] == "Thôn 9\n"
    rc, out, _ = run(capsys, "persons", "list", "--json")
    assert [(r["id"], r["current_address"]) for r in json.loads(out)["rows"]] == [(pid, "Thôn 9")]
    rc, out, _ = run(capsys, "persons", "list")
    assert "Nguyễn Văn An" in out and pid in out and "(1/1)" in out
    # a delete needs --yes without a keyboard, then goes
    rc, _, err = run(capsys, "person", "delete", pid)
    assert rc == 2 and "--yes" in err
    assert run(capsys, "person", "delete", pid, "--yes")[0] == 0
    rc, out, _ = run(capsys, "persons", "list", "--json")
    assert json.loads(out)["rows"] == []


@pytest.mark.parametrize("pair, field", [("birth_date=2025-13-45", "birth_date"), ("gender=alien", "gender"),
                                         ("nosuch=1", "nosuch")])
def test_a_bad_value_is_a_line_naming_the_field(register, capsys, pair, field):
    pid = json.loads(run(capsys, "person", "add", "Lê Thị Bình", "--json")[1])["id"]
    rc, out, err = run(capsys, "person", "edit", pid, "--set", pair)
    assert rc == 2 and field in err and len(err.strip().splitlines()) == 1, err
    assert run(capsys, "person", "get", pid, "gender")[1] == "\n"  # nothing written


def test_get_names_the_fields_and_a_bad_pair_is_explained(register, capsys):
    pid = json.loads(run(capsys, "person", "add", "Trần Văn Cường", "--json")[1])["id"]
    rc, _, err = run(capsys, "person", "get", pid, "adress")
    assert rc == 2 and "current_address" in err
    rc, _, err = run(capsys, "person", "edit", pid, "--set", "current_address")
    assert rc == 2 and "FIELD=VALUE" in err
    rc, _, err = run(capsys, "person", "get", "no-such-id", "full_name")
    assert rc == 2 and "no-such-id" in err


def test_case_open_and_list_and_a_person_with_a_case_is_not_deleted(register, capsys):
    pid = json.loads(run(capsys, "person", "add", "Phạm Thị Dung", "--set", "birth_date=1985", "--json")[1])["id"]
    rc, out, err = run(capsys, "case", "open", "--person", pid, "--category", "community_education",
                       "--start", "01/06/2026", "--term-months", "6", "--json")
    assert rc == 0, err
    cid = json.loads(out)["id"]
    rc, out, _ = run(capsys, "case", "list", "--person", pid, "--json")
    assert [c["id"] for c in json.loads(out)["rows"]] == [cid]
    rc, _, err = run(capsys, "case", "open", "--person", pid, "--category", "bogus", "--start", "01/06/2026")
    assert rc == 2 and "category" in err.lower()
    rc, _, err = run(capsys, "person", "delete", pid, "--yes")
    assert rc == 2 and "person_has_records" in err


def test_help_in_both_languages(register, capsys, monkeypatch):
    for lang, word in (("en", "Add a person"), ("vi", "Thêm một người")):
        monkeypatch.setenv("WARDBOOK_LANG", lang)
        rc, out, _ = run(capsys, "person", "--help")
        assert rc == 0 and word in out
        rc, out, _ = run(capsys, "case", "open", "--help")
        assert rc == 0 and "--term-months" in out


def test_sync_resolve_and_dismiss_name_what_they_do_not_find(register, capsys):
    rc, _, err = run(capsys, "sync", "resolve", "no-such-conflict")
    assert rc == 2 and "no-such-conflict" in err
    rc, _, err = run(capsys, "sync", "dismiss", "no-such-op")
    assert rc == 2 and "no-such-op" in err
