"""The pull's fast paths on the server side: the short form of `field_hlc` (rebuilt exactly by
the client), and echoes (a row a device's own push left as that device holds it goes back to
it as its new version only, and only then)."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.sync.protocol import API_PREFIX, expand_hlcs
from sync_server.services.pull import _short_hlcs
from tests.server.conftest import Dev, new_id

_canonical = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode
names = st.from_regex(r"[a-z][a-z0-9_]{0,20}", fullmatch=True)
hlcs = st.builds(lambda ms, c, dev: f"{ms:012x}{c:04x}-{dev}", st.integers(0, 2**48 - 1), st.integers(0, 0xFFFF),
                 st.from_regex(r"[0-9A-Za-z_.]{1,12}", fullmatch=True))


@settings(max_examples=300, deadline=None)
@given(maps=st.lists(st.dictionaries(names, st.sampled_from([0, 1, 2]), min_size=1, max_size=30), min_size=1,
                     max_size=5),
       stamps=st.lists(hlcs, min_size=3, max_size=3), pick=st.integers(0, 3))
def test_short_field_hlc_rebuilds_the_exact_text(maps, stamps, pick):
    keys: dict[str, int] = {}
    for m in maps:
        field_hlc = _canonical({k: stamps[i] for k, i in m.items()})
        updated = max(stamps[i] for i in m.values()) if pick < 3 else stamps[pick % 3]
        short = _short_hlcs(field_hlc, updated, keys)
        assert short is not None and short.startswith("=")
        assert expand_hlcs(short, updated, list(keys)) == field_hlc
        if len(set(m.values())) == 1 and updated == stamps[next(iter(m.values()))]:
            assert ";" not in short and ":" not in short  # the usual row: one list, no HLC


@settings(max_examples=300, deadline=None)
@given(rows=st.lists(st.tuples(st.sampled_from(["person", "case"]), st.sampled_from([["a", "b_1", "c"], ["a", "b_1"],
                                                                                     ["x"], ['q"', "r"]]),
                               st.one_of(hlcs, st.sampled_from(['h"1', "h\\2", 'x","b_1":"x', "h,3"])),
                               st.booleans()), max_size=12))
def test_the_page_s_short_field_hlcs_are_those_of_short_hlcs(rows):
    """ShortHlcs (the page's, faster on rows stamped whole like the last) says what _short_hlcs
    says, row after row, with the same keys."""
    from sync_server.services.pull import ShortHlcs

    shorten, keys = ShortHlcs(), {}
    for table, fields, stamp, whole in rows:
        hlcs_of = {f: stamp if whole or i else stamp + "0" for i, f in enumerate(fields)}
        field_hlc = _canonical(hlcs_of)
        for text in (field_hlc, field_hlc.replace(stamp, 'h"', 1), '{"a":"' + stamp + '"}'):
            assert shorten(table, text, stamp) == _short_hlcs(text, stamp, keys)
            assert shorten.keys == keys


def test_short_field_hlc_leaves_odd_texts_long():
    keys: dict[str, int] = {}
    assert _short_hlcs("{}", "h", keys) is None
    # one HLC: the text is rebuilt as it was, whatever the order of its names
    assert expand_hlcs(_short_hlcs('{"b":"x","a":"x"}', "x", keys), "x", list(keys)) == '{"b":"x","a":"x"}'
    assert _short_hlcs('{"b":"x","a":"y"}', "y", keys) is None  # not canonical: sent as it is
    assert _short_hlcs('{"a":1}', "x", keys) is None
    # a space or an escape: the client would rebuild another text
    assert _short_hlcs('{"a": "x","b":"y"}', "y", keys) is None
    assert _short_hlcs('{"a":"\\u0078","b":"y"}', "y", keys) is None
    assert _short_hlcs('{"a":"x","a":"y"}', "y", keys) is None
    assert _short_hlcs("not json", "x", keys) is None
    assert expand_hlcs('{"a":"x"}', "x", []) == '{"a":"x"}'


def _pull(dev: Dev, after: int = 0, **params) -> dict:
    r = dev.client.get(API_PREFIX + "/sync/pull", headers=dev.headers,
                       params={"unit": dev.unit, "after": after, **params})
    assert r.status_code == 200, r.text
    return r.json()


class Editor(Dev):
    def op(self, *args, **kw) -> dict:
        return {**super().op(*args, **kw), "updated_by": "canbo"}  # as a register sends them


def test_echoes_only_for_the_device_whose_push_left_the_row_as_it_holds_it(client, app):
    a = Editor(client, app, "25101")
    b = Editor(client, app, "25101")
    r1, r2, r3 = new_id(), new_id(), new_id()
    a.push(*[a.op("person", r, {"given_name": "An", "full_name": "Lê Văn An"}, kind="insert", at=1000 + i)
             for i, r in enumerate((r1, r2, r3))])
    page = _pull(a, echo=1, short_hlcs=1)
    assert [r.get("echo") for r in page["rows"]] == [True, True, True]
    assert all("fields" not in r and r["updated_hlc"] for r in page["rows"])
    assert not any(r.get("echo") for r in _pull(b, echo=1)["rows"])  # another device: whole rows
    assert not any(r.get("echo") for r in _pull(a)["rows"])  # not asked for: whole rows
    v = {r["id"]: r["version"] for r in page["rows"]}
    # a edits r1 over the version it has seen: an echo again
    a.push(a.op("person", r1, {"note": "a"}, base=v[r1], at=2000))
    # a edits r2 without having seen its version: the server's row may hold more than a has
    a.push(a.op("person", r2, {"note": "a"}, base=0, at=2001))
    # b edits r3; then a's edit of r3 over the version it knew is concurrent
    b.push(b.op("person", r3, {"phone": "1"}, base=v[r3], at=2002))
    a.push(a.op("person", r3, {"note": "a"}, base=v[r3], at=2003))
    rows = {r["id"]: r for r in _pull(a, after=max(v.values()), echo=1)["rows"]}
    assert rows[r1].get("echo") is True
    assert "echo" not in rows[r2] and rows[r2]["fields"]["note"] == "a"
    assert "echo" not in rows[r3] and rows[r3]["fields"]["phone"] == "1"
    # a change of a that loses a field (an older HLC than the server's) is no echo either
    v1 = rows[r1]["version"]
    b.push(b.op("person", r1, {"note": "b"}, base=v1, at=5000))
    v1b = {r["id"]: r for r in _pull(b, after=v1)["rows"]}[r1]["version"]
    a.push(a.op("person", r1, {"note": "late"}, base=v1b, at=4000))
    last = {r["id"]: r for r in _pull(a, after=v1, echo=1)["rows"]}
    assert "echo" not in last[r1] and last[r1]["fields"]["note"] == "b"


def test_partial_rows_carry_the_fields_changed_since_the_cursor_and_go_whole_when_they_must(client, app):
    """`delta`: a live row pulled on from a cursor carries only the fields changed after it
    (the device holds the rest), with the whole field_hlc; a first pull, a tombstone, a row
    whose change lost the merge or was refused go whole."""
    a = Editor(client, app, "25101")
    b = Editor(client, app, "25101")
    officer = Dev(client, app, "25101", role="officer")
    r1, r2 = new_id(), new_id()
    a.push(*[a.op("person", r, {"given_name": "An", "full_name": "Lê Văn An", "phone": "1"}, kind="insert",
                  at=1000 + i) for i, r in enumerate((r1, r2))])
    first = _pull(b, delta=1, echo=1, short_hlcs=1)
    assert not any(r.get("partial") for r in first["rows"])  # from 0: every row whole
    v0 = first["upto"]
    b.push(b.op("person", r1, {"note": "đã thăm", "phone": "2"}, base=v0, at=2000))
    rows = {r["id"]: r for r in _pull(a, after=v0, delta=1, short_hlcs=1)["rows"]}
    assert rows[r1]["partial"] is True and rows[r1]["fields"] == {"note": "đã thăm", "phone": "2"}
    hlcs = json.loads(expand_hlcs(rows[r1]["field_hlc"], rows[r1]["updated_hlc"], _pull(
        a, after=v0, delta=1, short_hlcs=1).get("hlc_keys") or []))
    assert {"given_name", "full_name", "note", "phone"} <= set(hlcs)  # the whole map
    assert "partial" not in _pull(a, after=v0)["rows"][0]  # not asked for: whole rows
    assert _pull(a, after=0, delta=1)["rows"][0]["fields"]["given_name"] == "An"  # from 0: whole
    # a's change loses the merge (an older HLC): the row goes whole to everyone after it
    v1 = _pull(a, after=v0)["upto"]
    a.push(a.op("person", r1, {"phone": "0"}, base=v0, at=1500))
    lost = {r["id"]: r for r in _pull(a, after=v1, delta=1)["rows"]}[r1]
    assert "partial" not in lost and lost["fields"]["given_name"] == "An" and lost["fields"]["phone"] == "2"
    # an officer's device may not delete: refused, and the row goes whole to it after
    v2 = _pull(a, after=v1)["upto"]
    officer.push(officer.op("person", r2, {"deleted": True}, kind="delete", base=v2))
    back = {r["id"]: r for r in _pull(officer, after=v2, delta=1)["rows"]}[r2]
    assert "partial" not in back and not back["deleted"] and back["fields"]["full_name"] == "Lê Văn An"
    # after that, a later edit goes partial again
    v3 = _pull(a, after=v2)["upto"]
    b.push(b.op("person", r2, {"note": "x"}, base=v3, at=3000))
    again = {r["id"]: r for r in _pull(a, after=v3, delta=1)["rows"]}[r2]
    assert again["partial"] is True and again["fields"] == {"note": "x"}
