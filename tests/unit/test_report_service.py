"""Report exports as a Workspace service (issue 17): `ReportExports.of(ws)` is one instance per
Workspace, writes the same files as the module functions, audits each export and returns frozen
results."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import openpyxl
import pytest

from desktop_app.core.reports.lists import ListExport
from desktop_app.core.reports.service import ReportExports, ReportFile
from tests.conftest import CHIEF, TODAY, add_person, open_case


@pytest.fixture
def ws(workspace):
    an = add_person(workspace, "Nguyễn Văn An", birth_date="1990", gender="male", current_address="Thôn Đông")
    open_case(workspace, an, "community_education", term_months=3, start_date=TODAY - dt.timedelta(days=80),
              officer=CHIEF)
    workspace.test_person = an  # type: ignore[attr-defined]
    return workspace


def exports_audited(ws) -> list:
    return [a for a in ws.audit.list(limit=10_000) if a.action == "export"]


def test_one_service_per_workspace(ws, province):
    assert ReportExports.of(ws) is ReportExports.of(ws)
    assert ReportExports.of(province) is not ReportExports.of(ws)
    assert ReportExports.of(province).ws is province


def test_period_report_files_are_frozen_and_audited(ws, tmp_path):
    exports = ReportExports.of(ws)
    report = exports.period_report(TODAY.replace(month=1, day=1), TODAY, label="Từ đầu năm")
    assert report["period"]["label"] == "Từ đầu năm"
    done = exports.period(report, tmp_path / "bao-cao.json")
    assert isinstance(done, ReportFile) and done.format == "json" and done.path == tmp_path / "bao-cao.json"
    assert json.loads(done.path.read_text(encoding="utf-8")) == json.loads(json.dumps(report, default=str))
    with pytest.raises(dataclasses.FrozenInstanceError):
        done.path = tmp_path / "khac.json"  # type: ignore[misc]
    xlsx = exports.period(report, tmp_path / "bao-cao.xlsx")
    assert xlsx.format == "xlsx" and openpyxl.load_workbook(xlsx.path).sheetnames
    rows = exports_audited(ws)
    assert [(r.entity, r.detail["format"], r.detail["file"], r.detail["watermark"]) for r in rows] == [
        ("report", "json", "bao-cao.json", done.watermark), ("report", "xlsx", "bao-cao.xlsx", xlsx.watermark)]


def test_list_exports_through_the_service(ws, tmp_path):
    exports = ReportExports.of(ws)
    people = exports.people_list(tmp_path / "ds.xlsx", query="an")
    due = exports.due_list(tmp_path / "den-han.xlsx")
    one = exports.person_file(ws.test_person, tmp_path / "ho-so.xlsx")
    for r in (people, due, one):
        assert isinstance(r, ListExport) and r.path.exists()
        with pytest.raises(dataclasses.FrozenInstanceError):
            r.rows = 0  # type: ignore[misc]
    assert people.rows == 1 and one.rows == 1
    assert [r.entity for r in exports_audited(ws)] == ["people_list", "due_list", "person_file"]
