"""A session's attendance corrected and removed on a commune's register reaches the province
office through a real server: the edit field by field, the removal as a tombstone."""

from __future__ import annotations

import datetime as dt

from desktop_app.core.sync.client import status, sync
from tests.conftest import add_person


def test_attendance_edit_and_removal_travel(sqlite_devices, sqlite_server):
    p = sqlite_server.fresh_province()
    commune = sqlite_devices.commune(f"{p}101")
    prov = sqlite_devices.province(p)
    sid = commune.sessions.create({"date": dt.date(2026, 5, 10), "place": "Nhà văn hóa thôn Đông"}).created_id
    an = add_person(commune, "Nguyễn Văn An", birth_date="1990")
    binh = add_person(commune, "Trần Văn Bình", birth_date="2011")
    commune.sessions.add_attendees(sid, [an, binh])
    for ws in (commune, prov):
        sync(ws)
    assert sorted(a.full_name for a in prov.sessions.attendees(sid)) == ["Nguyễn Văn An", "Trần Văn Bình"]

    att = {a.full_name: a for a in commune.sessions.attendees(sid)}
    commune.sessions.update_attendance(att["Trần Văn Bình"].id, commitment_signed=True, parent_cosigned=True,
                                       note="mẹ cùng ký")
    commune.sessions.remove_attendee(att["Nguyễn Văn An"].id)
    sync(commune)
    st = status(commune)
    assert st["pending"] == 0 and st["last_error"] is None  # a chief's device: the removal was taken
    sync(prov)
    [left] = prov.sessions.attendees(sid)
    assert left.full_name == "Trần Văn Bình" and left.commitment_signed and left.parent_cosigned
    assert left.note == "mẹ cùng ký"
    assert prov.sessions.get(sid).attendances == 1
    with prov._read() as conn:
        deleted = conn.exec_driver_sql("SELECT deleted FROM attendance WHERE id = ?",
                                       (att["Nguyễn Văn An"].id,)).scalar_one()
    assert deleted  # kept as a tombstone, not purged
    assert commune.sync_state.state().synced
