"""A big workbook is read by a second process while its rows are imported (issue 17, the import's
speed): the outcomes are those of the same file read whole here, a damaged file or a damaged
part met midway is said and loses nothing silently, and an import stopped midway ends its
reader. Real processes (`spawn`, as on Windows) over real workbooks."""

from __future__ import annotations

import json
import multiprocessing
import re
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from desktop_app.core.importing import import_workbook
from desktop_app.core.importing import reader as reader_mod


def _read_everything_ahead(monkeypatch) -> list[Path]:
    """From here on every .xlsx goes through the reading process; the paths it read."""
    started: list[Path] = []

    class Recorded(reader_mod._ReadAhead):
        def __init__(self, path: Path, head_rows: int):
            started.append(path)
            super().__init__(path, head_rows)

    monkeypatch.setattr(reader_mod, "READ_AHEAD_MIN_BYTES", 0)
    monkeypatch.setattr(reader_mod, "_ReadAhead", Recorded)
    return started


@pytest.fixture
def read_ahead(monkeypatch) -> list[Path]:
    return _read_everything_ahead(monkeypatch)


def _workbook(path: Path, people: int = 40) -> Path:
    """Sheets out of the import's order (sessions before people, an unrecognised sheet, the
    history of cases), title rows, a numbering row, blank rows inside and after the data."""
    wb = openpyxl.Workbook()
    sessions = wb.active
    sessions.title = "Buổi răn đe"
    sessions.append(["Ngày", "Địa điểm", "Chủ trì", "Nội dung", "Người tham dự", "Cam kết"])
    sessions.append(["10/03/2026", "Nhà văn hóa thôn Đông", "Nguyễn Văn Trưởng", "Răn đe trộm cắp",
                     "Người Thứ 1 (1990); Người Thứ 2 (1991)", "Người Thứ 1 (1990)"])
    sessions.append(["11/03/2026", "Trụ sở Công an xã", "", "", "Người Lạ Mặt (01/01/2000)", ""])
    notes = wb.create_sheet("Ghi chép")
    notes.append(["Việc cần làm", "Hạn"])
    notes.append(["Họp giao ban", "thứ hai"])
    people_sheet = wb.create_sheet("Đối tượng")
    people_sheet.append(["CÔNG AN XÃ TÍCH SƠN"])
    people_sheet.append([])
    people_sheet.append(["STT", "Họ và tên", "Năm sinh", "Giới tính", "Số CCCD", "Loại đối tượng",
                         "Ngày bắt đầu", "Thời hạn"])
    people_sheet.append([f"({i})" for i in range(1, 9)])
    for i in range(people):
        if i % 7 == 3:
            people_sheet.append([])
        cccd = "123" if i % 11 == 5 else f"0010{90 + i % 10}00{i:04d}"
        case = ["Giáo dục tại xã", "01/02/2026", 6] if i % 4 == 0 else []
        people_sheet.append([i + 1, f"Người Thứ {i}", 1990 + i % 10, "Nam", cccd, *case])
    people_sheet.append([])
    people_sheet.append([])
    wb.save(path)
    return path


def _shape(res: Any) -> Any:
    """The result without the new rows' ids (new in every run) and its time."""
    text = json.dumps(res.to_json(rows=True), ensure_ascii=False, sort_keys=True, default=str)
    text = re.sub(r'"(\w+_id)": "[^"]*"', r'"\1": "…"', text)
    return json.loads(re.sub(r'"seconds": [0-9.e-]+', '"seconds": 0', text))


def test_a_big_workbook_read_ahead_has_the_outcomes_of_one_read_here(workspace, tmp_path, monkeypatch):
    path = _workbook(tmp_path / "sổ đối tượng.xlsx")
    here = import_workbook(workspace, path, dry_run=True)
    assert here.sheets and not here.file_errors
    started = _read_everything_ahead(monkeypatch)
    ahead = import_workbook(workspace, path, dry_run=True)
    assert started == [path]
    assert _shape(ahead) == _shape(here)
    assert [s.name for s in ahead.sheets] == [s.name for s in here.sheets]
    statuses = [o.status for o in ahead.outcomes]
    assert statuses.count("created") > 30 and "error" in statuses  # the rows were really judged
    people = next(s for s in ahead.sheets if s.kind == "persons")
    assert people.header_row == 3 and people.skipped_blank == 1 + sum(1 for i in range(40) if i % 7 == 3)  # numbering row, blanks inside

    seen: list[tuple[int, int]] = []
    real = import_workbook(workspace, path, dry_run=False, progress=lambda s, d, t: seen.append((d, t)))
    assert len(started) == 2 and not real.file_errors
    assert workspace.persons.list().total == [o.status for o in real.outcomes
                                              if o.sheet == "Đối tượng"].count("created")
    assert seen[-1][0] == seen[-1][1] == here.totals()["rows"] + 1  # + the numbering row, counted as done
    assert workspace.audit.verify().ok
    assert multiprocessing.active_children() == []


def test_a_damaged_big_workbook_is_unreadable_and_writes_nothing(workspace, tmp_path, read_ahead):
    bad = tmp_path / "hỏng.xlsx"
    bad.write_bytes(b"PK\x03\x04 not a zip at all" * 100)
    res = import_workbook(workspace, bad, dry_run=False)
    assert read_ahead == [bad]
    assert [e.code for e in res.file_errors] == ["file_unreadable"] and not res.sheets
    assert workspace.persons.list().total == 0
    assert multiprocessing.active_children() == []


def _cut_sheet(path: Path, sheet_xml: str, after_row: int) -> Path:
    """The workbook with one sheet's XML broken after its row `after_row` (a file damaged on a
    USB stick): openpyxl opens it, and fails only when the reading gets there."""
    out = path.with_name("cắt-" + path.name)
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == sheet_xml:
                text = data.decode("utf-8")
                end = text.index(f'<row r="{after_row + 1}"')
                data = (text[:end] + '<row r="' + "\x00garbage").encode("utf-8")
            dst.writestr(item, data)
    return out


@pytest.mark.parametrize("ahead", [False, True], ids=["read here", "read ahead"])
def test_a_part_damaged_after_the_first_rows_is_said(workspace, tmp_path, monkeypatch, ahead):
    """Read here, the damage is met before any row is written: nothing is written. Read ahead,
    it may be met after rows were imported: those rows are kept, every one of them is in the
    result, and the file is said unreadable (the app's preview, a dry run, meets it first)."""
    wb = openpyxl.Workbook()
    sh = wb.active
    sh.title = "Đối tượng"
    sh.append(["Họ và tên", "Năm sinh", "Số CCCD"])
    for i in range(1200):  # the reader sends rows by the 500: the damage comes after rows were sent
        sh.append([f"Người Thứ {i}", 1990, f"0010900{i:05d}"])
    wb.save(tmp_path / "n.xlsx")
    path = _cut_sheet(tmp_path / "n.xlsx", "xl/worksheets/sheet1.xml", 701)
    if ahead:
        monkeypatch.setattr(reader_mod, "READ_AHEAD_MIN_BYTES", 0)
    res = import_workbook(workspace, path, dry_run=False)
    assert [e.code for e in res.file_errors] == ["file_unreadable"]
    kept = [o.row for o in res.outcomes if o.status == "created"]
    assert workspace.persons.list().total == len(kept)
    if ahead:
        assert kept == list(range(2, 2 + len(kept))) and 499 <= len(kept) <= 700
        [entry] = workspace.audit.list(action="import")
        assert entry.detail["file_error"] == "file_unreadable"
        assert entry.detail["totals"]["created"] == len(kept)
    else:
        assert kept == [] and not res.sheets
    assert workspace.audit.verify().ok
    assert multiprocessing.active_children() == []


def test_an_import_stopped_midway_ends_its_reader_and_keeps_nothing_of_its_chunk(workspace, tmp_path, read_ahead):
    path = _workbook(tmp_path / "dài.xlsx", people=400)

    def stop(sheet: str, done: int, total: int) -> None:
        if done >= 200:
            raise KeyboardInterrupt  # the user's cancel, or the app closing

    with pytest.raises(KeyboardInterrupt):
        import_workbook(workspace, path, dry_run=False, progress=stop)
    assert read_ahead == [path]
    assert multiprocessing.active_children() == []
    assert workspace.persons.list().total == 0  # before the first checkpoint: rolled back


def test_damage_in_a_sheet_not_recognised_is_said_too(workspace, tmp_path, read_ahead):
    """The last sheet read is one the import does not know (notes): a damaged part in it is
    still the file's error, beside the people imported before."""
    wb = openpyxl.Workbook()
    people = wb.active
    people.title = "Đối tượng"
    people.append(["Họ và tên", "Năm sinh", "Số CCCD"])
    people.append(["Nguyễn Văn An", 1990, "001090000123"])
    notes = wb.create_sheet("Ghi chép")
    notes.append(["Việc cần làm", "Hạn"])
    for i in range(1200):
        notes.append([f"Việc thứ {i}", "thứ hai"])
    wb.save(tmp_path / "n.xlsx")
    path = _cut_sheet(tmp_path / "n.xlsx", "xl/worksheets/sheet2.xml", 701)
    res = import_workbook(workspace, path, dry_run=False)
    assert read_ahead == [path]
    assert [e.code for e in res.file_errors] == ["file_unreadable"]
    assert [o.status for o in res.outcomes] == ["created"] and workspace.persons.list().total == 1
    assert multiprocessing.active_children() == []


@pytest.mark.parametrize("how", ["cannot start", "ends at once"])
def test_without_a_reading_process_the_file_is_read_here(workspace, tmp_path, monkeypatch, how):
    """A computer where the program may not start itself again (a security tool), or where the
    process dies before its first word: the import reads the file here, with the same outcomes,
    instead of calling a good file unreadable."""
    import os

    path = _workbook(tmp_path / "sổ.xlsx")
    here = import_workbook(workspace, path, dry_run=True)
    started = _read_everything_ahead(monkeypatch)
    if how == "cannot start":
        def refuse(self):
            raise OSError(13, "Access is denied")

        monkeypatch.setattr(multiprocessing.get_context("spawn").Process, "start", refuse)
    else:
        monkeypatch.setattr(reader_mod, "_serve", os._exit)  # the child fails on its arguments and exits
    res = import_workbook(workspace, path, dry_run=False)
    assert started == [path]  # the reading process was tried first
    assert not res.file_errors and _shape(res)["sheets"] == _shape(here)["sheets"]
    created = sum(1 for o in res.outcomes if o.detail.get("person") == "created")
    assert created > 30 and workspace.persons.list().total == created
    assert multiprocessing.active_children() == []
