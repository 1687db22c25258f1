"""`wardbook documents list|make|add-template|preview` on a ward register, through `main(argv)`,
in Vietnamese and in English."""

from __future__ import annotations

import io
import json
import re

import pytest
from docx import Document

from desktop_app.cli import main
from tests.documents.conftest import docx_text

PASSWORD = "Mậtkhẩu2026ab"
VIETNAMESE = re.compile(r"[À-ỹđĐ]")


@pytest.fixture
def ward_cli(tmp_path, monkeypatch, capsys):
    data = tmp_path / "data"
    monkeypatch.setenv("WARDBOOK_DATA_DIR", str(data))
    monkeypatch.setenv("WARDBOOK_USER", "truong")
    monkeypatch.setenv("WARDBOOK_PASSWORD", PASSWORD)
    monkeypatch.setenv("WARDBOOK_LANG", "vi")
    assert main(["init", "--unit-code", "25777", "--unit-name", "Phường Hùng Vương", "--admin", "truong",
                 "--full-name", "Lê Văn Trưởng"]) == 0
    import datetime as dt

    from desktop_app.core.services.workspace import Workspace

    with Workspace.open(data, "truong", PASSWORD) as ws:
        pid = ws.persons.add({"full_name": "Đặng Thị Ánh", "birth_date": "05/03/1990"}).created_id
        cid = ws.cases.open({"person_id": pid, "category": "community_education", "term_months": 6,
                             "start_date": dt.date(2026, 6, 1), "helper_name": "Phạm Văn Giúp"}).created_id
    capsys.readouterr()

    def run(*args: str) -> tuple[int, str]:
        rc = main(list(args))
        out = capsys.readouterr()
        return rc, out.out + out.err

    return run, pid, cid


def test_list_json_names_every_template_with_its_basis_and_dates(ward_cli):
    run, _, _ = ward_cli
    rc, out = run("documents", "list", "--json", "--on", "20/05/2026")
    assert rc == 0
    rows = json.loads(out)
    keys = {r["id"] for r in rows}
    assert len(keys) >= 12 and {"gd-ke-hoach", "rd-bien-ban", "tn-xac-minh"} <= keys
    report = next(r for r in rows if r["id"] == "an-bao-cao-dinh-ky")
    assert (report["version"], report["valid_from"], report["valid_to"]) == (1, "2020-01-01", "2026-07-01")
    assert all(r["basis"] and r["title"] and r["category"] for r in rows)
    rc, out = run("documents", "list", "--json", "--on", "01/07/2026")
    assert next(r for r in json.loads(out) if r["id"] == "an-bao-cao-dinh-ky")["version"] == 2


def test_make_writes_a_filled_numbered_document(ward_cli, tmp_path):
    run, pid, cid = ward_cli
    out = tmp_path / "Kế hoạch.docx"
    rc, said = run("documents", "make", "gd-ke-hoach", "--person", pid, "--out", str(out), "--json")
    assert rc == 0, said
    result = json.loads(said)
    text = docx_text(out.read_bytes())
    assert "Đặng Thị Ánh" in text and "CÔNG AN PHƯỜNG HÙNG VƯƠNG" in text and "Phạm Văn Giúp" in text
    assert f"Số: {result['number']}" in text and result["number"].endswith("/KH-CAP")
    assert Document(io.BytesIO(out.read_bytes())).core_properties.subject == result["number"]
    rc, said = run("documents", "make", "gd-ke-hoach", "--person", pid, "--case", cid, "--out", str(out))
    assert rc == 0 and "Đã tạo văn bản số 02." in said


def test_make_refusals(ward_cli, tmp_path):
    run, pid, _ = ward_cli
    rc, said = run("documents", "make", "no-such", "--person", pid, "--out", str(tmp_path / "a.docx"))
    assert rc == 2 and "no-such" in said
    rc, said = run("documents", "make", "rd-bien-ban", "--out", str(tmp_path / "a.docx"))
    assert rc == 2 and "không được để trống" in said
    rc, said = run("documents", "make", "gd-ke-hoach", "--person", pid, "--out", str(tmp_path / "a.pdf"))
    assert rc == 2 and ".docx" in said


def test_add_template_refuses_unknown_placeholders_then_takes_a_good_one(ward_cli, tmp_path):
    run, pid, _ = ward_cli
    bad = tmp_path / "Giấy mời.docx"
    doc = Document()
    doc.add_paragraph("{{ person.full_name }} {{ person.biet_danh }} {{ chu_tich }}")
    doc.save(str(bad))
    rc, said = run("documents", "add-template", str(bad), "--title", "Giấy mời")
    assert rc == 2
    assert "chu_tich, person.biet_danh" in said and "không có trong sổ" in said
    good = tmp_path / "giay-moi.docx"
    doc = Document()
    doc.add_paragraph("{{ unit.police_upper }} mời {{ person.full_name }} {{ doc.date.words }}")
    doc.save(str(good))
    rc, said = run("documents", "add-template", str(good), "--id", "giay-moi", "--title", "Giấy mời",
                   "--symbol", "GM", "--valid-from", "01/01/2020", "--json")
    assert rc == 0, said
    assert json.loads(said)["version"] == 1
    out = tmp_path / "gm.docx"
    rc, said = run("documents", "make", "giay-moi", "--person", pid, "--out", str(out))
    assert rc == 0, said
    assert "CÔNG AN PHƯỜNG HÙNG VƯƠNG mời Đặng Thị Ánh ngày" in docx_text(out.read_bytes())
    rc, said = run("documents", "preview", str(good), "--out", str(tmp_path / "p.docx"))
    assert rc == 0 and "Nguyễn Văn Mẫu" in docx_text((tmp_path / "p.docx").read_bytes())


def test_the_english_cli(ward_cli, tmp_path, monkeypatch):
    run, pid, _ = ward_cli
    monkeypatch.setenv("WARDBOOK_LANG", "en")
    texts = []
    for args in (["documents", "--help"], ["documents", "list", "--help"], ["documents", "make", "--help"],
                 ["documents", "add-template", "--help"], ["documents", "preview", "--help"],
                 ["documents", "withdraw", "--help"], ["documents", "list"]):
        rc, out = run(*args)
        assert rc == 0, out
        texts.append(out)
    rc, out = run("documents", "make", "gd-cam-ket", "--person", pid, "--out", str(tmp_path / "x.docx"))
    assert rc == 0
    texts.append(out)
    rc, out = run("documents", "make", "rd-bien-ban", "--out", str(tmp_path / "y.docx"))
    assert rc == 2
    texts.append(out)
    text = "\n".join(texts)
    assert "Education measure: the person's commitment" in text and "Document 01." in text
    left = [line for line in text.splitlines() if VIETNAMESE.search(line)]
    assert not left, left[:5]


def test_add_template_publish_is_for_a_province_register(ward_cli, tmp_path, monkeypatch):
    run, _, _ = ward_cli
    good = tmp_path / "mau-tinh.docx"
    doc = Document()
    doc.add_paragraph("{{ unit.police_upper }} mời {{ person.full_name }}")
    doc.save(str(good))
    rc, said = run("documents", "add-template", str(good), "--id", "mau-tinh", "--title", "Mẫu tỉnh", "--publish")
    assert rc == 2 and "Công an tỉnh" in said  # a ward's register does not publish

    prov = tmp_path / "tinh"
    monkeypatch.setenv("WARDBOOK_DATA_DIR", str(prov))
    monkeypatch.setenv("WARDBOOK_USER", "tinh")
    assert main(["init", "--unit-code", "25", "--unit-name", "Công an tỉnh Phú Thọ", "--admin", "tinh",
                 "--full-name", "Hà Văn Tỉnh"]) == 0
    rc, said = run("documents", "add-template", str(good), "--id", "mau-tinh", "--title", "Mẫu tỉnh", "--publish")
    assert rc == 0 and "cho toàn tỉnh" in said, said
    rc, said = run("documents", "list", "--json")
    assert rc == 0
    hit = [t for t in json.loads(said) if t["id"] == "mau-tinh"]
    assert [(t["origin"], t["version"]) for t in hit] == [("province", 1)]
    rc, said = run("sync", "status", "--json")
    assert rc == 0 and json.loads(said)["pending_by_table"] == {"published_template": 1}


def test_the_province_withdraws_a_published_form(ward_cli, tmp_path, monkeypatch):
    run, _, _ = ward_cli
    good = tmp_path / "mau-rut.docx"
    doc = Document()
    doc.add_paragraph("{{ unit.police_upper }} mời {{ person.full_name }}")
    doc.save(str(good))
    rc, said = run("documents", "withdraw", "gd-cam-ket", "--version", "1")
    assert rc != 0  # a ward's register publishes nothing and withdraws nothing
    prov = tmp_path / "tinh"
    monkeypatch.setenv("WARDBOOK_DATA_DIR", str(prov))
    monkeypatch.setenv("WARDBOOK_USER", "tinh")
    assert main(["init", "--unit-code", "25", "--unit-name", "Công an tỉnh Phú Thọ", "--admin", "tinh",
                 "--full-name", "Hà Văn Tỉnh"]) == 0
    assert run("documents", "add-template", str(good), "--id", "mau-rut", "--title", "Mẫu rút", "--publish")[0] == 0
    rc, said = run("documents", "withdraw", "mau-rut", "--version", "2")
    assert rc != 0 and "mau-rut" in said  # no such version: said, nothing withdrawn
    rc, said = run("documents", "withdraw", "mau-rut", "--version", "1")
    assert rc == 0 and "thu hồi" in said, said
    rc, said = run("documents", "list", "--json")
    assert not [t for t in json.loads(said) if t["id"] == "mau-rut"]
    rc, said = run("documents", "withdraw", "mau-rut", "--version", "1")
    assert rc != 0  # already withdrawn
