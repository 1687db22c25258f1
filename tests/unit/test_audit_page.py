"""AuditService.page: the audit tab's paging, counting and text filter done in SQL, checked
against the filter the tab ran in Python before (every row read, folded and searched)."""

from __future__ import annotations

import random

from desktop_app.core.textvn import fold
from tests.conftest import add_person

ACTIONS = {"create": "Thêm", "edit": "Sửa", "login": "Đăng nhập", "view_person": "Xem hồ sơ người",
           "print": "In", "user_added": "Thêm tài khoản"}
ENTITIES = {"person": "Người", "contact": "Tiếp xúc", "user": "Tài khoản", "case_file": "Hồ sơ"}


def python_filter(rows, people, users, needle_text, username=None):
    """The tab's former filter (ui/pages/admin.py load_audit before the core did it), newest first."""
    needle = fold(needle_text)
    out = []
    for r in reversed(rows):
        if username and r.username != username:
            continue
        words = " ".join((r.action, ACTIONS.get(r.action, r.action), r.entity, ENTITIES.get(r.entity, r.entity),
                          r.entity_id, r.person_id or "", people.get(r.person_id or "", ""),
                          users.get(r.username, ""), users.get(r.entity_id, "") if r.entity == "user" else ""))
        if not needle or needle in fold(words):
            out.append(r)
    return out


def test_page_filters_and_counts_like_the_python_filter(workspace):
    rnd = random.Random(17)
    ws = workspace
    ws.users.add({"username": "canbo.duc", "role": "officer", "full_name": "Nguyễn Văn Đức"}, "matkhau-dai-123")
    ws.users.add({"username": "canbo.x", "role": "officer"}, "matkhau-dai-123")  # no name: the login is the name
    names = ["Trần Thị Bình", "Lê Văn Cường", "Phạm Thuý Hoà", "Đặng Ánh"]
    pids = [add_person(ws, n) for n in names]
    logins = [ws.username, "canbo.duc", "canbo.x", "ghost"]  # "ghost": no such account any more
    with ws.db.write() as tx:
        for _ in range(400):
            action = rnd.choice([*ACTIONS, "rule_changed"])  # one action without a label
            entity = rnd.choice([*ENTITIES, "tip"])
            entity_id = rnd.choice(logins) if entity == "user" else rnd.choice(["", "r1", "x-42"])
            person_id = rnd.choice([None, None, *pids, "gone-person"])
            tx.audit(action, entity, entity_id, person_id, {}, username=rnd.choice(logins))
    everything = ws.audit.list(limit=100_000)
    people = ws.audit.names(everything).people
    users = ws.users.full_names()
    needles = ["", "binh", "Bình", "THUY hoa", "nguyen van", "dang", "đặng", "canbo.x", "tai khoan", "xem ho so",
               "hồ sơ", "x-42", "user", "rule_changed", "tip", "sua", "ghost", "nobody at all", "n d", "a"]
    labels = {"action_labels": ACTIONS, "entity_labels": ENTITIES}
    sizes = {n: len(python_filter(everything, people, users, n)) for n in needles}
    assert 0 < sizes["binh"] < sizes[""] and 0 < sizes["ghost"] and sizes["nobody at all"] == 0  # data that discriminates
    assert 0 < sizes["tai khoan"] < sizes[""]  # found by the label alone
    for needle in needles:
        for username in (None, "canbo.duc", "ghost"):
            want = python_filter(everything, people, users, needle, username)
            got = ws.audit.page(username=username, text=needle, limit=100_000, **labels)
            assert [r.seq for r in got.rows] == [r.seq for r in want], (needle, username)
            assert got.matched == len(want)
            assert got.total == sum(1 for r in everything if username is None or r.username == username)
    # paging from the newest
    want = python_filter(everything, people, users, "a")
    for offset in (0, 7, len(want) - 3):
        got = ws.audit.page(text="a", limit=5, offset=offset, **labels)
        assert [r.seq for r in got.rows] == [r.seq for r in want[offset:offset + 5]]
        assert got.matched == len(want)
    # the names come with the rows
    got = ws.audit.page(text="binh", limit=10, **labels)
    assert got.rows and set(got.names.people.values()) >= {"Trần Thị Bình"}
