"""The person lists' category column and the search's "matched in a field not shown" hint."""

from __future__ import annotations

import datetime as dt

from tests.conftest import add_person, open_case

D = dt.date


def test_categories_of_open_cases_in_every_list_path(workspace):
    ws = workspace
    a = add_person(ws, "Nguyễn Văn An")
    b = add_person(ws, "Trần Văn Bình")
    add_person(ws, "Lê Văn Cường")
    open_case(ws, a, "community_education", term_months=6, start_date=D(2026, 1, 1))
    open_case(ws, a, "drug_management", start_date=D(2026, 2, 1))
    done = open_case(ws, b, "suspended_sentence", term_months=24, start_date=D(2025, 6, 1))
    ws.cases.close(done, {"status": "completed", "actual_end": D(2026, 5, 1)})  # closed: not listed
    want = {"Nguyễn Văn An": ("community_education", "drug_management"), "Trần Văn Bình": (), "Lê Văn Cường": ()}
    assert {r.full_name: r.categories for r in ws.persons.list().rows} == want
    assert {r.full_name: r.categories for r in ws.persons.search("van").rows} == want
    assert [r.categories for r in ws.persons.list(category="drug_management").rows] == [want["Nguyễn Văn An"]]
    assert [r.categories for r in ws.persons.search("an", status="active").rows] == [want["Nguyễn Văn An"]]


def test_search_says_which_hidden_field_matched(workspace):
    ws = workspace
    add_person(ws, "Nguyễn Văn An", current_address="Thôn Đông, xã Tích Sơn",
               permanent_address="Thôn Hòa Bình, xã Vĩnh Lạc")
    add_person(ws, "Trần Văn Hòa", current_address="Thôn Đông, xã Tích Sơn")
    add_person(ws, "Lê Văn Bảy", aliases="Bảy Sẹo", old_ids=[{"number": "135792468"}])
    matched = lambda q: {r.full_name: r.matched for r in ws.persons.search(q).rows}  # noqa: E731
    # "hoa binh": An by his permanent address only (not shown); Hòa by his name: nothing to say
    assert matched("hoa binh") == {"Nguyễn Văn An": ("permanent_address",)}
    assert matched("hoa") == {"Nguyễn Văn An": ("permanent_address",), "Trần Văn Hòa": ()}
    assert matched("thon dong") == {"Nguyễn Văn An": (), "Trần Văn Hòa": ()}  # the current address is shown
    assert matched("seo") == {"Lê Văn Bảy": ("aliases",)}
    assert matched("1357924") == {"Lê Văn Bảy": ("old_id",)}
    # a word in the name and a word only in the permanent address
    assert matched("an vinh lac") == {"Nguyễn Văn An": ("permanent_address",)}
    assert all(r.matched == () for r in ws.persons.list().rows)
