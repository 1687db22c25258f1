"""`wardbook due` words each item's legal basis (the core gives a code and its params) in the
CLI's language: Vietnamese by default, English under WARDBOOK_LANG=en, in the text output and in
--json beside the code."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from desktop_app.cli import main

PASSWORD = "Matkhau2026ab"


@pytest.fixture
def register(tmp_path, monkeypatch, capsys):
    """A register with a completed education measure whose "never applied" date comes on
    31/05/2026 (completed 31/05/2024, two years later)."""
    data = tmp_path / "data"
    monkeypatch.setenv("WARDBOOK_DATA_DIR", str(data))
    monkeypatch.setenv("WARDBOOK_USER", "truong")
    monkeypatch.setenv("WARDBOOK_PASSWORD", PASSWORD)
    monkeypatch.setenv("WARDBOOK_LANG", "vi")
    assert main(["init", "--unit-code", "09123", "--unit-name", "Xã Tích Sơn", "--admin", "truong"]) == 0
    from desktop_app.core.services.workspace import Workspace

    with Workspace.open(data, "truong", PASSWORD) as ws:
        pid = ws.persons.add({"full_name": "Lê Văn Giáo", "birth_date": "1990"}).created_id
        cid = ws.cases.open({"person_id": pid, "category": "community_education", "term_months": 3,
                             "start_date": dt.date(2024, 3, 1), "decision_number": "4/QĐ-UBND"}).created_id
        ws.cases.close(cid, {"status": "completed", "actual_end": dt.date(2024, 5, 31)})
    capsys.readouterr()
    return data


def due(capsys, *extra: str) -> str:
    capsys.readouterr()
    assert main(["due", "--on", "20/05/2026", *extra]) == 0
    return capsys.readouterr().out


def test_the_basis_in_vietnamese(register, capsys):
    out = due(capsys)
    lines = out.splitlines()
    at = next(i for i, ln in enumerate(lines) if "Lê Văn Giáo" in ln and "31/05/2026" in ln)
    assert lines[at + 1].strip() == ("Được coi là chưa bị áp dụng biện pháp xử lý hành chính "
                                     "(Luật XLVPHC Điều 137)")
    [item] = [i for i in json.loads(due(capsys, "--json")) if i["kind"] == "never_applied"]
    assert (item["note_code"], item["note_params"]) == ("never_applied", {})
    assert item["note"].startswith("Được coi là chưa bị áp dụng")


def test_the_basis_in_english(register, capsys, monkeypatch):
    monkeypatch.setenv("WARDBOOK_LANG", "en")
    out = due(capsys)
    lines = out.splitlines()
    at = next(i for i, ln in enumerate(lines) if "Lê Văn Giáo" in ln and "31/05/2026" in ln)
    assert lines[at + 1].strip() == ("Deemed never subject to an administrative measure "
                                     "(Law on Handling Administrative Violations, Article 137)")
    [item] = [i for i in json.loads(due(capsys, "--json")) if i["kind"] == "never_applied"]
    assert item["note_code"] == "never_applied" and item["note"].startswith("Deemed never subject")
