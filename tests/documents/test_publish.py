"""Publishing a template to the province (issue 18 item 2), on the laptops alone: only a
province admin's register publishes; the form is checked (placeholders, size, fields) before it
is stored; what is published is a synced row in the province's unit plus its .docx as an
attachment; the precedence at one version is the commune's own, the province's, the shipped."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import os
import zipfile

import pytest
from docx import Document

from desktop_app.core.documents.service import Documents
from desktop_app.core.documents.templates import TemplateInfo, in_force
from desktop_app.core.domain.records import MAX_PUBLISHED_TEMPLATE_BYTES
from desktop_app.core.errors import ValidationFailed

META = {"id": "mau-tinh", "title": "Mẫu của tỉnh", "category": "other", "valid_from": "2026-01-01"}


def form(*lines: str, padding: bytes = b"") -> bytes:
    doc = Document()
    for line in lines:
        doc.add_paragraph(line)
    buf = io.BytesIO()
    doc.save(buf)
    if padding:  # a stored picture-like part: the file grows, the form stays valid
        with zipfile.ZipFile(buf, "a", zipfile.ZIP_STORED) as z:
            z.writestr("word/media/scan.bin", padding)
    return buf.getvalue()


def outbox(ws) -> list[tuple[str, str]]:
    with ws._read() as conn:
        return [tuple(r) for r in conn.exec_driver_sql("SELECT table_name, unit_code FROM sync_outbox")]


def test_a_province_admin_publishes_a_synced_row_and_its_docx(province):
    data = form("{{ person.full_name }}", "{{ doc.date.words }}")
    info = Documents.of(province).add_template(data, META, publish=True)
    assert (info.origin, info.version, info.sha256) == ("province", 1, hashlib.sha256(data).hexdigest())
    assert outbox(province) == [("published_template", "25")]
    assert Documents.of(province).template_bytes(Documents.of(province).template("mau-tinh")) == data
    with province._read() as conn:
        action = conn.exec_driver_sql("SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1").scalar()
    assert action == "template_published"
    with pytest.raises(ValidationFailed) as e:  # the same version twice
        Documents.of(province).add_template(data, {**META, "version": 1}, publish=True)
    assert e.value.problems[0].code == "template_version_exists"


def test_a_commune_register_cannot_publish(ward):
    with pytest.raises(ValidationFailed) as e:
        Documents.of(ward).add_template(form("{{ person.full_name }}"), META, publish=True)
    assert e.value.problems[0].code == "template_publish_province_only"
    assert outbox(ward) == []


def test_what_the_server_would_refuse_is_refused_before_it_is_stored(province):
    docs = Documents.of(province)
    with pytest.raises(ValidationFailed) as e:
        docs.add_template(form("{{ person.ten_goi_khac }}"), META, publish=True)
    assert (e.value.problems[0].code, e.value.problems[0].params["names"]) == (
        "template_unknown_placeholders", "person.ten_goi_khac")
    with pytest.raises(ValidationFailed) as e:
        docs.add_template(form("{{ person.full_name }}"), {**META, "title": "T" * 301}, publish=True)
    assert (e.value.problems[0].field, e.value.problems[0].code) == ("title", "too_long")
    big = form("{{ person.full_name }}", padding=os.urandom(MAX_PUBLISHED_TEMPLATE_BYTES))
    with pytest.raises(ValidationFailed) as e:
        docs.add_template(big, META, publish=True)
    assert e.value.problems[0].code == "template_too_large"
    assert outbox(province) == []


def test_at_one_version_the_communes_own_form_comes_first_then_the_provinces():
    def t(origin: str, version: int) -> TemplateInfo:
        return TemplateInfo(key="k", title=origin, category="other", basis="", version=version,
                            valid_from=dt.date(2026, 1, 1), valid_to=None, origin=origin)

    on = dt.date(2026, 5, 1)
    assert in_force([t("shipped", 1), t("province", 1)], "k", on).origin == "province"
    assert in_force([t("shipped", 1), t("province", 1), t("register", 1)], "k", on).origin == "register"
    assert in_force([t("shipped", 2), t("province", 1), t("register", 1)], "k", on).origin == "shipped"
