"""The tips list's search and filters are done in SQL by the core; checked against the same
filter written plainly in Python over every tip, on random tips and random filters."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from desktop_app.core.services.tips import RATINGS, STATUSES
from desktop_app.core.textvn import fold_tokens, search_text
from tests.conftest import TODAY

WORDS = ["ma túy", "Trộm cắp", "xe máy", "đánh bạc", "nhà trọ", "Thôn Đông", "cho vay lãi nặng", "tụ tập",
         "ĐUA XE", "số 5", "0912.345.678", "hòa giải", "hoà bình", "Quỳnh", "Khánh"]
NAMES = ["Bùi Thị Lan", "Ngô Văn Đức", "Trần Quỳnh", ""]


def _python_filter(tips: list[dict], *, query: str, date_from, date_to, rating, status, sees_reporter: bool):
    out = []
    for t in tips:
        if date_from and t["received_on"] < date_from or date_to and t["received_on"] > date_to:
            continue
        if rating == "valuable" and t["valuable"] is not True or rating == "not_valuable" and t["valuable"] is not False:
            continue
        if rating == "unrated" and t["valuable"] is not None:
            continue
        handled = t["valuable"] is not None and bool(t["result"])
        if status == "pending" and handled or status == "handled" and not handled:
            continue
        texts = [t["content"], t["result"]]
        if sees_reporter and not t["anonymous"]:
            texts += [t["reporter_name"], t["reporter_contact"]]
        words = [set(search_text(x).split()) for x in texts]
        if all(any(any(w.startswith(tok) for w in ws) for ws in words) for tok in fold_tokens(query)):
            out.append(t)
    return out


@pytest.fixture
def tips(workspace):
    rnd = random.Random(13)
    made = []
    for _ in range(120):
        anonymous = rnd.random() < 0.3
        row = {"received_on": TODAY - dt.timedelta(days=rnd.randrange(0, 200)),
               "channel": rnd.choice(["phone", "in_person", "letter", "hotline"]),
               "anonymous": anonymous,
               "reporter_name": "" if anonymous else rnd.choice(NAMES),
               "reporter_contact": "" if anonymous else rnd.choice(["", "0988 111 222", "Thôn Đông"]),
               "content": " ".join(rnd.sample(WORDS, 3)),
               "valuable": rnd.choice([None, True, False]),
               "result": rnd.choice(["", "", "Đã chuyển Công an huyện", "Xác minh không có cơ sở, hoà giải"])}
        row["id"] = workspace.tips.add(row).created_id
        made.append(row)
    return made


QUERIES = ["", "ma tuy", "tuy", "ay", "an", "8", "MA TÚY", "trom cap xe", "dua xe", "hoa", "hòa", "quynh", "0912345678", "0912.345",
           "duc", "lan", "0988", "thon dong", "chuyen", "khong co co so", "zzz"]


def test_sql_filter_matches_python_filter(workspace, tips, add_officer):
    officer = add_officer("canbo1")
    rnd = random.Random(7)
    checked = 0
    for _ in range(160):
        f = dict(query=rnd.choice(QUERIES),
                 date_from=rnd.choice([None, TODAY - dt.timedelta(days=rnd.randrange(0, 200))]),
                 date_to=rnd.choice([None, TODAY - dt.timedelta(days=rnd.randrange(0, 200))]),
                 rating=rnd.choice([None, *RATINGS]), status=rnd.choice([None, *STATUSES]))
        for ws, sees in ((workspace, True), (officer, False)):
            got = ws.tips.list(limit=500, **f)
            want = _python_filter(tips, sees_reporter=sees, **f)
            assert sorted(r.id for r in got.rows) == sorted(t["id"] for t in want), f
            assert got.total == len(want)
            checked += bool(want)
    assert checked > 40  # most filters found something: the comparison is not empty against empty


def test_search_examples(workspace, add_officer):
    ws = workspace
    a = ws.tips.add({"received_on": TODAY, "channel": "phone", "reporter_name": "Bùi Thị Lan",
                     "content": "Có người tàng trữ ma túy tại nhà trọ số 5"}).created_id
    b = ws.tips.add({"received_on": TODAY - dt.timedelta(days=40), "channel": "mailbox", "anonymous": True,
                     "content": "Tụ tập đánh bạc ở bãi sông", "valuable": True}).created_id
    ws.tips.mark(b, valuable=True, result="Đã bắt quả tang, chuyển Công an huyện")
    ids = lambda ws_, **kw: [r.id for r in ws_.tips.list(**kw).rows]  # noqa: E731
    assert ids(ws, query="ma tuy") == [a]
    assert ids(ws, query="uy") == []  # inside a word: no match; words match from their beginning
    assert ids(ws, query="quả tang") == [b]  # the result is searched too
    assert ids(ws, query="bui lan") == [a]  # the chief may see (so find by) the reporter
    officer = add_officer("canbo1")
    assert ids(officer, query="bui lan") == []  # an officer cannot find a tip by its protected reporter
    assert ids(officer, query="ma tuy") == [a]
    assert ids(ws, rating="valuable") == [b] and ids(ws, rating="unrated") == [a] and ids(ws, rating="not_valuable") == []
    assert ids(ws, status="handled") == [b] and ids(ws, status="pending") == [a]
    ws.tips.mark(a, valuable=None, result="Đang xác minh")  # a result but not assessed: not handled yet
    assert ids(ws, status="handled") == [b] and ids(ws, status="pending") == [a]
    assert ids(ws, date_from=TODAY - dt.timedelta(days=10)) == [a]
    assert ids(ws, date_to=TODAY - dt.timedelta(days=10)) == [b]
    with pytest.raises(ValueError):
        ws.tips.list(rating="maybe")
