"""A ward (phường) register with a person under each kind of supervision, for the documents'
tests: the documents must say "phường", never "xã"."""

from __future__ import annotations

import datetime as dt
import io

import pytest

from tests.conftest import CHIEF, CHIEF_PASSWORD, LOW_KDF, TODAY, pin_today

WARD_CODE = "25777"
WARD_NAME = "Phường Hùng Vương"


def make_ward(folder):
    """A ward register of Phú Thọ province, signed in as its chief (today pinned)."""
    from desktop_app.core.services.workspace import Workspace

    ws = Workspace.create(folder, unit_code=WARD_CODE, unit_name=WARD_NAME, admin=CHIEF,
                          password=CHIEF_PASSWORD, full_name="Lê Văn Trưởng", kdf=LOW_KDF, parent_code="25")
    return pin_today(ws)


@pytest.fixture
def ward(tmp_path, low_kdf):
    ws = make_ward(tmp_path / "ward")
    yield ws
    ws.close()


@pytest.fixture
def people(ward):
    return add_people(ward)


def add_people(ws):
    """{kind: (person_id, case_id | None)}: an education measure with a helper, a suspended
    sentence with an absence and a breach, an ex-prisoner, a minor at a session; a tip."""
    out = {}
    pid = ws.persons.add({"full_name": "Đặng Thị Hoa", "birth_date": "1995-03-05", "gender": "female",
                          "cccd": "025195000123", "permanent_address": "Tổ 3, phường Hùng Vương"}).created_id
    cid = ws.cases.open({"person_id": pid, "category": "community_education", "term_months": 6,
                         "start_date": dt.date(2026, 3, 1), "decision_number": "12/QĐ-UBND",
                         "decision_date": dt.date(2026, 2, 25), "helper_name": "Phạm Văn Giúp"}).created_id
    out["education"] = (pid, cid)
    pid = ws.persons.add({"full_name": "Trần Văn Bình", "birth_date": "1988", "gender": "male"}).created_id
    cid = ws.cases.open({"person_id": pid, "category": "suspended_sentence", "term_months": 24,
                         "judgment_date": dt.date(2026, 1, 10), "start_date": dt.date(2026, 1, 10),
                         "judgment_ref": "Bản án 45/2025/HS-ST", "supervising_org": "Cơ quan THAHS Công an tỉnh Phú Thọ"},
                        override_reason="kiểm thử").created_id
    ws.visits.record_absence({"case_id": cid, "start": dt.date(2026, 4, 2), "end": dt.date(2026, 4, 6),
                              "permitted": True, "destination": "Xã Tam Đảo", "reason": "Thăm người thân ốm"})
    ws.visits.record_violation({"case_id": cid, "date": dt.date(2026, 4, 20), "act": "Không có mặt khi được triệu tập"})
    out["court"] = (pid, cid)
    pid = ws.persons.add({"full_name": "Lý Văn Cường", "birth_date": "1980"}).created_id
    cid = ws.cases.open({"person_id": pid, "category": "reintegration", "start_date": dt.date(2026, 4, 1),
                         "release_date": dt.date(2026, 4, 1), "judgment_ref": "Bản án 9/2022/HS-ST"},
                        override_reason="kiểm thử").created_id
    out["reintegration"] = (pid, cid)
    pid = ws.persons.add({"full_name": "Vũ Minh Đức", "birth_date": "2011-06-01"}).created_id
    sid = ws.sessions.create({"date": TODAY, "place": "Hội trường tổ 5", "chair": "Lê Văn Trưởng",
                              "topic": "Răn đe thanh thiếu niên"}).created_id
    ws.sessions.add_attendees(sid, [pid])
    out["session"] = (pid, sid)
    tid = ws.tips.add({"received_on": TODAY, "channel": "phone", "content": "Tố giác đánh bạc tại tổ 7",
                       "reporter_name": "Ẩn danh A"}).created_id
    out["tip"] = (None, tid)
    return out


def docx_text(data: bytes) -> str:
    """Every paragraph's text, in the body and in the tables (nested too)."""
    from docx import Document

    doc = Document(io.BytesIO(data))
    lines = [p.text for p in doc.paragraphs]

    def cells(tables):
        for t in tables:
            for row in t.rows:
                for c in row.cells:
                    lines.extend(p.text for p in c.paragraphs)
                    cells(c.tables)

    cells(doc.tables)
    return "\n".join(lines)
