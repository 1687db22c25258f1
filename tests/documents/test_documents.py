"""Documents filled from the register (issue 18): every shipped template rendered for a person of
a ward and read back; unknown placeholders refused; a missing value printed as a line; the
template in force on the document's date; numbers; the audit row and the kept copy."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest
from docx import Document

from desktop_app.core.documents.model import BLANK, DocumentData
from desktop_app.core.documents.service import Documents
from desktop_app.core.documents.templates import REFERENCE_BASIS, shipped_templates
from desktop_app.core.errors import PermissionDenied, ValidationFailed
from tests.conftest import TODAY
from tests.documents.conftest import docx_text

# the category of a template -> the kind of record of the `people` fixture it is made for
FOR = {"education": "education", "court": "court", "absence": "court", "session": "session",
       "tip": "tip", "reintegration": "reintegration"}
ITEM3 = {"gd-ke-hoach", "gd-cam-ket", "gd-tu-nhan-xet", "gd-nhan-xet-giup-do", "gd-chung-nhan",
         "an-nhan-xet-thang", "an-tu-nhan-xet", "an-bao-cao-dinh-ky", "an-nhan-xet-ket-thuc",
         "vm-don-xin", "vm-giay-phep", "vm-thong-bao", "rd-bien-ban", "rd-cam-ket", "tb-tiep-nhan",
         "tb-chuyen", "tn-trinh-dien", "tn-xac-minh"}


def refs(people, category):
    pid, ref = people[FOR[category]]
    if category == "session":
        return {"person_id": pid, "session_id": ref}
    if category == "tip":
        return {"tip_id": ref}
    return {"person_id": pid, "case_id": ref}


def simple_template(body: list[str]) -> bytes:
    doc = Document()
    for line in body:
        doc.add_paragraph(line)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def test_the_starter_set_covers_item_3_with_a_basis_each():
    shipped = shipped_templates()
    assert {t.key for t in shipped} >= ITEM3
    assert len({t.key for t in shipped}) >= 12
    for t in shipped:
        assert t.basis, t.key
        assert "mẫu tham khảo" in t.basis.lower() or t.basis == REFERENCE_BASIS


@pytest.mark.parametrize("key", sorted(ITEM3))
def test_every_shipped_template_renders_for_a_ward_person(ward, people, tmp_path, key):
    docs = Documents.of(ward)
    info = docs.template(key)
    made = docs.make(key, out=tmp_path / f"{key}.docx", **refs(people, info.category))
    text = docx_text(made.path.read_bytes())
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text and "Độc lập - Tự do - Hạnh phúc" in text
    assert "ngày 20 tháng 5 năm 2026" in text  # the document's date in words (TODAY)
    assert "{{" not in text and "{%" not in text
    assert "phường" in text.lower()
    assert " xã Hùng Vương" not in text and "XÃ HÙNG VƯƠNG" not in text
    if info.category == "tip":
        assert "Tố giác đánh bạc tại tổ 7" in text
    else:
        pid = refs(people, info.category)["person_id"]
        assert ward.persons.get(pid, audit=False).full_name in text
    if "citizen" not in key and key not in {"gd-cam-ket", "gd-tu-nhan-xet", "gd-nhan-xet-giup-do", "an-tu-nhan-xet",
                                            "vm-don-xin", "rd-cam-ket"}:
        # an agency's paper: the ward's own name under its superior agency, and its number
        assert ("CÔNG AN PHƯỜNG HÙNG VƯƠNG" in text or "ỦY BAN NHÂN DÂN PHƯỜNG HÙNG VƯƠNG" in text)
        assert f"Số: {made.number}" in text
    else:
        assert "Công an phường Hùng Vương" in text


def test_the_court_report_names_its_breaches_and_absence(ward, people, tmp_path):
    docs = Documents.of(ward)
    text = docx_text(docs.make("an-nhan-xet-ket-thuc", **refs(people, "court")).data)
    assert "Không có mặt khi được triệu tập" in text
    assert "Xã Tam Đảo" in text and "02/04/2026" in text and "Có phép" in text
    assert "Bản án 45/2025/HS-ST" in text


def test_a_minor_commitment_asks_for_a_parent_and_an_adult_one_does_not(ward, people):
    docs = Documents.of(ward)
    pid, sid = people["session"]
    minor = docx_text(docs.make("rd-cam-ket", person_id=pid, session_id=sid).data)
    assert "cha/mẹ/người giám hộ" in minor
    adult_id, _ = people["education"]
    ward.sessions.add_attendees(sid, [adult_id])
    adult = docx_text(docs.make("rd-cam-ket", person_id=adult_id, session_id=sid).data)
    assert "cha/mẹ/người giám hộ" not in adult
    minutes = docx_text(docs.make("rd-bien-ban", session_id=sid).data)
    assert "Vũ Minh Đức" in minutes and "Đặng Thị Hoa" in minutes


def test_a_file_that_cannot_be_written_loses_nothing(ward, people, tmp_path):
    """The output folder is a file: the write fails as a store problem, the document is kept in
    the register (numbered, audited) and can be written out again."""
    from desktop_app.core.errors import StoreError

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    pid, cid = people["education"]
    docs = Documents.of(ward)
    with pytest.raises(StoreError) as e:
        docs.make("gd-cam-ket", person_id=pid, case_id=cid, out=blocker / "cam-ket.docx")
    assert e.value.code == "disk_write_failed"
    (kept,) = docs.kept(person_id=pid)
    assert "Đặng Thị Hoa" in docx_text(docs.kept_bytes(kept.id))


def test_a_missing_value_prints_a_line_to_fill(ward, people):
    pid, cid = people["court"]  # no CCCD, no address
    text = docx_text(Documents.of(ward).make("an-nhan-xet-thang", person_id=pid, case_id=cid).data)
    assert f"Số định danh cá nhân (CCCD): {BLANK}" in text
    assert f"Nơi thường trú: {BLANK}" in text


def test_a_missing_list_prints_one_row_of_lines(ward, people):
    pid, cid = people["education"]  # nothing recorded yet: no timeline
    from docx import Document as D

    doc = D(io.BytesIO(Documents.of(ward).make("gd-nhan-xet-giup-do", person_id=pid, case_id=cid).data))
    grid = [t for t in doc.tables if t.rows[0].cells[0].text == "STT"][0]
    assert len(grid.rows) == 2
    assert [c.text for c in grid.rows[1].cells] == [BLANK, BLANK, f"{BLANK}: {BLANK}"]


def test_unknown_placeholders_are_refused_with_their_list(ward, tmp_path):
    path = tmp_path / "mau.docx"
    path.write_bytes(simple_template([
        "{{ person.full_name }} {{ person.nickname }}", "{{ cong_an_xa }}",
        "{% for r in timeline %}{{ r.date }} {{ r.colour }}{% endfor %}", "{{ doc.date.words }}"]))
    with pytest.raises(ValidationFailed) as e:
        Documents.of(ward).add_template(path, {"id": "mau", "title": "Mẫu", "category": "other"})
    (problem,) = e.value.problems
    assert problem.code == "template_unknown_placeholders"
    assert problem.params["names"] == "cong_an_xa, person.nickname, r.colour"
    assert Documents.of(ward).all_templates() == shipped_templates()  # nothing stored


def test_a_template_with_broken_jinja_is_refused(ward):
    with pytest.raises(ValidationFailed) as e:
        Documents.of(ward).add_template(simple_template(["{{ person.full_name "]),
                                        {"id": "x", "title": "X", "category": "other"})
    assert e.value.problems[0].code == "template_syntax"
    with pytest.raises(ValidationFailed) as e:
        Documents.of(ward).add_template(b"not a docx", {"id": "x", "title": "X", "category": "other"})
    assert e.value.problems[0].code == "template_not_docx"
    with pytest.raises(ValidationFailed) as e:  # an unknown filter: refused when added, not when used
        Documents.of(ward).add_template(simple_template(["{{ person.full_name|viet_hoa }}"]),
                                        {"id": "x", "title": "X", "category": "other"})
    assert e.value.problems[0].code == "template_syntax"
    assert "viet_hoa" in e.value.problems[0].params["error"]


def test_a_commune_form_is_stored_previewed_and_used(ward, people, tmp_path):
    path = tmp_path / "Mẫu của phường.docx"
    path.write_bytes(simple_template(["{{ unit.police_upper }}", "Giấy mời: {{ person.full_name }}",
                                      "{{ doc.place_date }}", "{{ doc.number_line }}"]))
    (tmp_path / "Mẫu của phường.json").write_text(json.dumps(
        {"id": "giay-moi", "title": "Giấy mời", "category": "other", "symbol": "GM"}), encoding="utf-8")
    docs = Documents.of(ward)
    info = docs.add_template(path)
    assert (info.key, info.version, info.origin, info.basis) == ("giay-moi", 1, "register", REFERENCE_BASIS)
    preview = docx_text(docs.preview(info))
    assert "CÔNG AN PHƯỜNG HÙNG VƯƠNG" in preview and "Nguyễn Văn Mẫu" in preview
    pid, _ = people["education"]
    made = docs.make("giay-moi", person_id=pid)
    text = docx_text(made.data)
    assert "Giấy mời: Đặng Thị Hoa" in text and f"Số: {made.number}" in text and "/GM-CAP" in made.number
    assert any(e.action == "template_added" for e in ward.audit.list())


def test_an_officer_may_not_add_a_template(ward, low_kdf):
    from desktop_app.core.services.workspace import Workspace
    from tests.conftest import OFFICER_PASSWORD

    ward.users.add({"username": "canbo", "role": "officer", "full_name": "Cán Bộ"}, OFFICER_PASSWORD)
    officer = Workspace.open(ward.data_dir, "canbo", OFFICER_PASSWORD)
    try:
        with pytest.raises(PermissionDenied):
            Documents.of(officer).add_template(simple_template(["{{ person.full_name }}"]),
                                               {"id": "x", "title": "X"})
    finally:
        officer.close()


def test_an_officer_makes_documents_signed_for_the_chief(ward, people, low_kdf):
    from desktop_app.core.services.workspace import Workspace
    from tests.conftest import OFFICER_PASSWORD, pin_today

    ward.users.add({"username": "canbo", "role": "officer", "full_name": "Cán Bộ Một"}, OFFICER_PASSWORD)
    officer = pin_today(Workspace.open(ward.data_dir, "canbo", OFFICER_PASSWORD))
    try:
        pid, cid = people["education"]
        text = docx_text(Documents.of(officer).make("gd-ke-hoach", person_id=pid, case_id=cid).data)
        assert "Lê Văn Trưởng" in text  # the unit's one chief signs
        assert "TRƯỞNG CÔNG AN PHƯỜNG" in text
    finally:
        officer.close()


def test_the_template_in_force_on_the_documents_date_is_used(ward, people):
    docs = Documents.of(ward)
    before, after = dt.date(2026, 6, 30), dt.date(2026, 7, 1)
    assert docs.template("an-bao-cao-dinh-ky", before).version == 1
    assert docs.template("an-bao-cao-dinh-ky", after).version == 2
    old = docx_text(docs.make("an-bao-cao-dinh-ky", on=before, **refs(people, "court")).data)
    new = docx_text(docs.make("an-bao-cao-dinh-ky", on=after, **refs(people, "court")).data)
    assert "Luật Thi hành án hình sự năm 2019" in old and "127/2025/QH15" not in old
    assert "127/2025/QH15" in new and "ngày 01 tháng 7 năm 2026" in new
    # a commune's form of the same key, valid from a later date, takes over only from then
    docs.add_template(simple_template(["Mẫu mới {{ person.full_name }}"]),
                      {"id": "an-bao-cao-dinh-ky", "title": "Báo cáo (mẫu mới)", "category": "court",
                       "valid_from": "2027-01-01", "version": 3})
    assert docs.template("an-bao-cao-dinh-ky", dt.date(2026, 12, 31)).version == 2
    assert docs.template("an-bao-cao-dinh-ky", dt.date(2027, 1, 1)).origin == "register"


def test_numbers_per_unit_year_and_laptop_never_repeat(ward, people):
    docs = Documents.of(ward)
    pid, cid = people["education"]
    made = [docs.make("gd-cam-ket", person_id=pid, case_id=cid) for _ in range(3)]
    code = ward.device_id[-6:].upper()
    assert [m.number for m in made] == [f"0{i}.{code}/CK-CAP" for i in (1, 2, 3)]
    other = docs.make("gd-ke-hoach", person_id=pid, case_id=cid)
    assert other.number == f"04.{code}/KH-CAP"  # one sequence per unit and year, all templates
    next_year = docs.make("gd-ke-hoach", person_id=pid, case_id=cid, on=dt.date(2027, 1, 2))
    assert next_year.number.startswith("01.")


def test_two_laptops_of_one_unit_number_apart(ward, people):
    """A second laptop of the same unit (another device id) numbers in its own space."""
    from sqlalchemy import text

    pid, cid = people["education"]
    first = Documents.of(ward).make("gd-cam-ket", person_id=pid, case_id=cid).number
    with ward.db.write() as tx:
        ward.db.renew_device_id(tx.conn)
    ward.device_id = ward.meta("device_id")
    ward.__dict__.pop("_extensions", None)
    second = Documents.of(ward).make("gd-cam-ket", person_id=pid, case_id=cid).number
    assert first != second and first.split("/")[0].split(".")[1] != second.split("/")[0].split(".")[1]
    with ward.db.read() as conn:
        numbers = [r[0] for r in conn.execute(text("SELECT number FROM generated_document"))]
    assert len(numbers) == len(set(numbers)) == 2


def test_each_generation_is_audited_and_kept_with_its_version(ward, people):
    docs = Documents.of(ward)
    pid, cid = people["education"]
    made = docs.make("gd-ke-hoach", person_id=pid, case_id=cid)
    rows = [e for e in ward.audit.list(person_id=pid) if e.action == "document_made"]
    assert len(rows) == 1 and rows[0].entity_id == made.id
    assert rows[0].detail["template"] == "gd-ke-hoach" and rows[0].detail["version"] == 1
    assert rows[0].detail["number"] == made.number
    (kept,) = docs.kept(person_id=pid)
    assert (kept.id, kept.template_key, kept.template_version, kept.number) == (made.id, "gd-ke-hoach", 1, made.number)
    assert docs.kept_bytes(made.id) == made.data
    assert ward.audit.verify().ok


def test_any_template_renders_for_a_person_alone(ward, people, tmp_path):
    """The CLI's `make TEMPLATE --person ID` for every template: a session's paper takes the
    person's last session (or lists the person alone), a tip's paper names the person as the one
    reporting; the person's name, the ward and the date are on every one of them."""
    docs = Documents.of(ward)
    pid, _ = people["court"]  # attended no session
    minor, _ = people["session"]
    for t in docs.templates():
        text = docx_text(docs.make(t.key, person_id=pid).data)
        assert "Trần Văn Bình" in text, t.key
        assert "phường hùng vương" in text.lower() and "ngày 20 tháng 5 năm 2026" in text, t.key
    minutes = docx_text(docs.make("rd-bien-ban", person_id=minor).data)
    assert "Hội trường tổ 5" in minutes  # the session the minor attended
    with pytest.raises(ValidationFailed) as e:
        docs.make("gd-ke-hoach")
    assert [(p.field, p.code) for p in e.value.problems] == [("person", "required")]


def test_the_model_is_frozen_and_documented():
    data = DocumentData()
    from pydantic import ValidationError

    with pytest.raises(ValidationError):
        data.person = None  # type: ignore[misc]
    assert set(DocumentData.model_fields) >= {"person", "case", "unit", "officer", "signer", "helper", "doc",
                                              "timeline", "attendees", "breaches"}


def test_a_date_in_words_keeps_the_decree_zeros():
    from desktop_app.core.documents.model import date_text

    assert date_text(dt.date(2026, 12, 5)).words == "ngày 05 tháng 12 năm 2026"
    assert date_text(dt.date(2026, 2, 9)).words == "ngày 09 tháng 02 năm 2026"
    assert date_text(None).words == "ngày …… tháng …… năm ……"
    assert TODAY.year == 2026


def test_the_committed_templates_are_what_the_script_writes(tmp_path):
    """build_support/make_document_templates.py is reproducible and the committed files are its
    output (a change to the script without regenerating them fails here)."""
    from build_support.make_document_templates import OUT, main

    main(tmp_path)
    made = sorted(p.name for p in tmp_path.iterdir())
    assert made == sorted(p.name for p in OUT.iterdir() if p.suffix in (".docx", ".json"))
    for name in made:
        assert (tmp_path / name).read_bytes() == (OUT / name).read_bytes(), name
