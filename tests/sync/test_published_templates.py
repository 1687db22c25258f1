"""Templates the province publishes (issue 18 item 2), over a real server process: a province
register publishes a form, a commune laptop syncs and makes a document with it; a new version
replaces it from its date; a commune device cannot publish (refused on the laptop, and by the
server for an op sent anyway); an invalid form never leaves the province laptop; another
province's communes never see it."""

from __future__ import annotations

import datetime as dt
import hashlib
import io

import httpx
import pytest
from docx import Document

from desktop_app.core.documents.service import Documents
from desktop_app.core.errors import ValidationFailed
from desktop_app.core.store.tables import Attachment, PublishedTemplate
from desktop_app.core.sync.client import status, sync
from desktop_app.core.sync.protocol import API_PREFIX
from tests.conftest import add_person

META = {"id": "mau-tinh", "title": "Giấy mời làm việc (mẫu của tỉnh)", "category": "other", "symbol": "GMT",
        "basis": "Hướng dẫn của Công an tỉnh", "valid_from": "2026-01-01"}


def form(*lines: str) -> bytes:
    doc = Document()
    for line in lines:
        doc.add_paragraph(line)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def text_of(data: bytes) -> str:
    return "\n".join(p.text for p in Document(io.BytesIO(data)).paragraphs)


def token_of(ws) -> str:
    with ws._read() as conn:
        return conn.exec_driver_sql("SELECT value FROM sync_meta WHERE key='device_token'").scalar()


def test_a_province_publishes_and_its_communes_make_documents_with_it(devices, server, tmp_path):
    p, q = server.fresh_province(), server.fresh_province()
    commune = devices.commune(f"{p}101")
    prov = devices.province(p)
    stranger = devices.commune(f"{q}101")  # another province's commune
    body = form("{{ unit.police_upper }}", "Mẫu tỉnh v1: {{ person.full_name }}", "{{ doc.place_date }}",
                "{{ doc.number_line }}")
    info = Documents.of(prov).add_template(body, META, publish=True)
    assert (info.origin, info.version) == ("province", 1)
    assert sync(prov).rejected == 0 and status(prov)["pending"] == 0

    pid = add_person(commune, "Lê Thị Nhận")
    report = sync(commune)
    assert report.rejected == 0 and report.blobs_received == 1
    docs = Documents.of(commune)
    got = docs.template("mau-tinh")
    assert (got.origin, got.version, got.title, got.sha256) == ("province", 1, META["title"],
                                                               hashlib.sha256(body).hexdigest())
    assert "mau-tinh" in {t.key for t in docs.templates()}
    made = docs.make("mau-tinh", person_id=pid, out=tmp_path / "giay-moi.docx")
    text = text_of((tmp_path / "giay-moi.docx").read_bytes())
    assert "Mẫu tỉnh v1: Lê Thị Nhận" in text and made.number in text and "GMT" in made.number
    assert made.template_key == "mau-tinh" and made.template_version == 1

    # the law changes: version 2 from 1 July; a document dated before still uses version 1
    Documents.of(prov).add_template(form("Mẫu tỉnh v2: {{ person.full_name }}"),
                                    {**META, "version": 2, "valid_from": "2026-07-01"}, publish=True)
    sync(prov)
    sync(commune)
    assert docs.template("mau-tinh", dt.date(2026, 8, 1)).version == 2
    assert docs.template("mau-tinh", dt.date(2026, 3, 1)).version == 1
    assert "Mẫu tỉnh v2: Lê Thị Nhận" in text_of(
        docs.make("mau-tinh", person_id=pid, on=dt.date(2026, 8, 1)).data)
    # a commune's own form of the same version comes before the province's
    docs.add_template(form("Mẫu xã: {{ person.full_name }}"), {**META, "version": 2, "valid_from": "2026-07-01"})
    assert docs.template("mau-tinh", dt.date(2026, 8, 1)).origin == "register"

    # another province's commune: nothing, and not the .docx even by its hash
    sync(stranger)
    assert "mau-tinh" not in {t.key for t in Documents.of(stranger).all_templates()}
    r = httpx.get(f"{server.url}{API_PREFIX}/blobs/{info.sha256}",
                  headers={"Authorization": f"Bearer {token_of(stranger)}"})
    assert r.status_code == 404
    r = httpx.get(f"{server.url}{API_PREFIX}/sync/published", headers={"Authorization": f"Bearer {token_of(stranger)}"})
    assert r.status_code == 200 and r.json()["rows"] == []


def test_a_withdrawn_template_leaves_the_communes(devices, server):
    p = server.fresh_province()
    commune = devices.commune(f"{p}101")
    prov = devices.province(p)
    info = Documents.of(prov).add_template(form("{{ person.full_name }}"), META, publish=True)
    sync(prov)
    sync(commune)
    assert Documents.of(commune).template("mau-tinh").origin == "province"
    with pytest.raises(ValidationFailed):  # a commune does not withdraw it
        Documents.of(commune).withdraw_published("mau-tinh", 1)
    Documents.of(prov).withdraw_published(info.key, info.version)  # a tombstone, synced
    sync(prov)
    sync(commune)
    assert "mau-tinh" not in {t.key for t in Documents.of(commune).all_templates()}


def test_a_commune_cannot_publish(devices, server):
    p = server.fresh_province()
    commune = devices.commune(f"{p}101")
    other = devices.commune(f"{p}202")
    devices.province(p)
    with pytest.raises(ValidationFailed) as e:  # refused on the laptop
        Documents.of(commune).add_template(form("{{ person.full_name }}"), META, publish=True)
    assert e.value.problems[0].code == "template_publish_province_only"
    assert status(commune)["pending"] == 0

    # an op sent anyway (an altered laptop): the server refuses it, in its unit or the province's
    data = form("{{ person.full_name }}")
    sha = hashlib.sha256(data).hexdigest()
    values = {"key": "gia-mao", "title": "Mẫu giả", "category": "other", "template_version": 1,
              "valid_from": dt.date(2026, 1, 1), "docx_sha256": sha, "size": len(data)}
    with commune._write() as tx:
        tx.conn.execute(Attachment.__table__.insert(), {"sha256": sha, "mime": "application/octet-stream",
                                                        "size": len(data), "data": data})
        tx.insert(PublishedTemplate, values, unit_code=commune.unit_code)
    report = sync(commune)
    assert report.rejected == 1
    (rejection,) = status(commune)["rejections"]
    assert rejection["reason"] == "not_permitted"
    sync(other)
    assert "gia-mao" not in {t.key for t in Documents.of(other).all_templates()}
    assert "gia-mao" not in {t.key for t in Documents.of(commune).all_templates()}  # withdrawn here too


def test_an_invalid_template_never_leaves_the_province_laptop(devices, server):
    p = server.fresh_province()
    commune = devices.commune(f"{p}101")
    prov = devices.province(p)
    docs = Documents.of(prov)
    with pytest.raises(ValidationFailed) as e:
        docs.add_template(form("{{ person.full_name }} {{ person.biet_danh }}"), META, publish=True)
    assert e.value.problems[0].code == "template_unknown_placeholders"
    assert e.value.problems[0].params["names"] == "person.biet_danh"
    with pytest.raises(ValidationFailed) as e:
        docs.add_template(form("{{ person.full_name }}"), {**META, "symbol": "X" * 40}, publish=True)
    assert e.value.problems[0].code == "too_long" and e.value.problems[0].field == "symbol"
    assert status(prov)["pending"] == 0
    sync(prov)
    sync(commune)
    assert "mau-tinh" not in {t.key for t in Documents.of(commune).all_templates()}
    page = httpx.get(f"{server.url}{API_PREFIX}/sync/published",
                     headers={"Authorization": f"Bearer {token_of(commune)}"}).json()
    assert page["unit"] == p and page["rows"] == []
