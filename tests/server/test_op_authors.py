"""Issue 16 item 3 on the server (in-process, the protocol spoken by hand): signed groups and
their chains, the role an op is judged by (its author's, capped by the device's), restates,
and what happens to ops without a signature with and without a root for the register."""

from __future__ import annotations

import pytest

from desktop_app.core.domain import certs, opsig
from desktop_app.core.store.sealing import AccountKeys, sign
from sync_server.core.db import write_tx
from sync_server.services.accounts import pin_root
from tests.server.conftest import Dev, hlc, new_id

REG = "r"  # the register id tests.server.conftest.Dev enrolls with
ISSUED = "2026-12-05T00:00:00+00:00"


class Account:
    def __init__(self, name: str, role: str, issuer: "Account | None" = None):
        self.name, self.role, self.keys = name, role, AccountKeys.generate()
        signer = issuer or self
        self.cert = certs.issue(register_id=REG, username=name, role=role, unit_code="25101", active=True,
                                box_pub=self.keys.box_pub, sign_pub=self.keys.sign_pub, issued_at=ISSUED,
                                issuer=signer.name, issuer_sign_key=signer.keys.sign)
        self.head = opsig.ZERO_HEAD

    def seal(self, ops: list[dict], *, chain: bool = True, omit_prev: bool = False) -> list[dict]:
        """`ops` as one group written by this account (its last op sealed)."""
        for o in ops:
            o["author"] = self.name
        hashes = [opsig.op_hash(REG, self.name, o["op_id"], o["device_seq"], o["table"], o["row_id"], o["unit_code"],
                                o["op"], o.get("base_version", 0), 1, opsig.fields_text(o["fields"])) for o in ops]
        prev = self.head if chain else opsig.ZERO_HEAD
        digest = opsig.group_digest(prev, hashes)
        sig = opsig.encode_sig(sign(self.keys.sign, opsig.signed_message(digest)))
        ops[-1]["seal"] = f"{len(ops)}.{'' if omit_prev else prev.hex()}.{sig}"
        self.head = digest
        return ops


@pytest.fixture
def chief_acct():
    return Account("truong", "chief")


@pytest.fixture
def officer_acct(chief_acct):
    return Account("canbo1", "officer", chief_acct)


@pytest.fixture
def laptop(client, app, chief_acct) -> Dev:
    """A chief-enrolled laptop whose register's root (the chief) the server holds."""
    dev = Dev(client, app, "25101")
    with write_tx(app.state.engine) as conn:
        pin_root(conn, REG, chief_acct.keys.sign_pub.hex())
    return dev


def person(name: str = "An") -> dict:
    return {"given_name": name, "full_name": f"Nguyễn Văn {name}"}


def reasons(reply: dict) -> list[tuple[str, str]]:
    return [(r["row_id"], r["reason"]) for r in reply["rejections"]]


def certs_of(*accts: Account) -> dict:
    return {a.name: a.cert for a in accts}


def _insert(laptop: Dev, chief: Account) -> str:
    pid = new_id()
    reply = laptop.push(*chief.seal([laptop.op("person", pid, person(), kind="insert")]), certs=certs_of(chief))
    assert reasons(reply) == []
    return pid


def test_roles_follow_the_author_not_the_device(laptop, chief_acct, officer_acct):
    pid, other = _insert(laptop, chief_acct), _insert(laptop, chief_acct)
    by_officer = officer_acct.seal([laptop.op("person", pid, {"deleted": True}, kind="delete", base=1)])
    by_chief = chief_acct.seal([laptop.op("person", other, {"deleted": True}, kind="delete", base=2)])
    reply = laptop.push(*by_officer, *by_chief, certs=certs_of(chief_acct, officer_acct))
    assert reasons(reply) == [(pid, "not_permitted")]
    rows = laptop.rows()
    assert rows[pid]["deleted"] is False and rows[other]["deleted"] is True


def test_the_device_role_is_a_ceiling(client, app, chief_acct):
    """A chief's signature on an officer-enrolled laptop does not make it a chief's device."""
    dev = Dev(client, app, "25101", role="officer")
    with write_tx(app.state.engine) as conn:
        pin_root(conn, REG, chief_acct.keys.sign_pub.hex())
    pid = new_id()
    dev.push(*chief_acct.seal([dev.op("person", pid, person(), kind="insert")]), certs=certs_of(chief_acct))
    reply = dev.push(*chief_acct.seal([dev.op("person", pid, {"deleted": True}, kind="delete", base=1)]),
                     certs=certs_of(chief_acct))
    assert reasons(reply) == [(pid, "not_permitted")]


def test_one_signature_covers_a_chain_and_a_broken_link_is_checked_alone(laptop, chief_acct, officer_acct):
    """Three groups of the chief chained (the previous digest sent once): all pass. A group in
    the chief's name the chief never signed, between two of the chief's: refused alone."""
    ops = []
    for i in range(3):
        ops += chief_acct.seal([laptop.op("person", new_id(), person(f"A{i}"), kind="insert")], omit_prev=i > 0)
    reply = laptop.push(*ops, certs=certs_of(chief_acct))
    assert reasons(reply) == [] and reply["applied"] == 3

    good1 = chief_acct.seal([laptop.op("person", new_id(), person("B"), kind="insert")])
    forged = officer_acct.seal([laptop.op("person", new_id(), person("C"), kind="insert")])
    forged[0]["author"] = "truong"  # relabelled: the seal is the officer's
    good2 = chief_acct.seal([laptop.op("person", new_id(), person("D"), kind="insert")])
    reply = laptop.push(*good1, *forged, *good2, certs=certs_of(chief_acct, officer_acct))
    assert reasons(reply) == [(forged[0]["row_id"], "author_unverified")]
    assert reply["applied"] == 2


def test_a_tampered_op_in_a_group_refuses_the_group(laptop, chief_acct):
    group = chief_acct.seal([laptop.op("person", new_id(), person(f"E{i}"), kind="insert") for i in range(3)])
    group[1]["fields"]["full_name"] = "Tên đã sửa"
    reply = laptop.push(*group, certs=certs_of(chief_acct))
    assert sorted(reasons(reply)) == sorted((o["row_id"], "author_unverified") for o in group)


def test_unsigned_and_cut_groups(laptop, chief_acct):
    unsigned = laptop.op("person", new_id(), person("F"), kind="insert")
    cut = chief_acct.seal([laptop.op("person", new_id(), person(f"G{i}"), kind="insert") for i in range(2)])
    cut[0]["seal"] = None  # (cut[1] carries the seal for 2 ops)
    del cut[0]["author"]  # the group's first op lost its author: not one author's run of 2
    reply = laptop.push(unsigned, *cut, certs=certs_of(chief_acct))
    assert [r for _, r in reasons(reply)] == ["author_unverified"] * 3
    # a first group of the push that names no previous digest has nothing to chain to
    lone = chief_acct.seal([laptop.op("person", new_id(), person("H"), kind="insert")], omit_prev=True)
    assert reasons(laptop.push(*lone, certs=certs_of(chief_acct))) == [(lone[0]["row_id"], "author_unverified")]


def test_a_group_the_batch_does_not_end_waits(laptop, chief_acct):
    group = chief_acct.seal([laptop.op("person", new_id(), person(f"I{i}"), kind="insert") for i in range(2)])
    reply = laptop.push(group[0], certs=certs_of(chief_acct))
    assert reply["acked_seq"] == group[0]["device_seq"] - 1 and reply["applied"] == 0
    reply = laptop.push(*group, certs=certs_of(chief_acct))
    assert reply["acked_seq"] == group[1]["device_seq"] and reply["applied"] == 2


def test_without_a_root_ops_are_judged_by_the_device(client, app, officer_acct):
    dev = Dev(client, app, "25101")  # no root for the register on the server: the transition
    pid = new_id()
    dev.push(dev.op("person", pid, person(), kind="insert"))
    reply = dev.push(*officer_acct.seal([dev.op("person", pid, {"deleted": True}, kind="delete", base=1)]))
    assert reasons(reply) == []  # the chief's device, as before issue 16
    assert dev.rows()[pid]["deleted"] is True


def test_a_restate_is_judged_by_the_account_that_signs_it(laptop, chief_acct, officer_acct):
    pid = _insert(laptop, chief_acct)
    tomb = {"op_id": new_id(), "device_seq": 0, "table": "person", "row_id": pid, "unit_code": "25101",
            "op": "insert", "fields": {**person(), "deleted": True},
            "field_hlcs": {k: hlc(laptop.local, 1_900_000_000_000) for k in (*person(), "deleted")},
            "base_version": 1}
    reply = laptop.push(*officer_acct.seal([dict(tomb)]), restate=True, next_seq=laptop.seq + 1,
                        certs=certs_of(chief_acct, officer_acct))
    assert reasons(reply) == [(pid, "not_permitted")]
    unsigned = dict(tomb, op_id=new_id())
    reply = laptop.push(unsigned, restate=True, next_seq=laptop.seq + 1, certs=certs_of(chief_acct))
    assert reasons(reply) == [(pid, "author_unverified")]
    tomb["op_id"] = new_id()
    reply = laptop.push(*chief_acct.seal([tomb], chain=False), restate=True, next_seq=laptop.seq + 1,
                        certs=certs_of(chief_acct))
    assert reasons(reply) == []
    assert laptop.rows()[pid]["deleted"] is True


def test_a_transfer_is_judged_by_its_author_and_never_leaves_a_file_behind(client, app, chief_acct, officer_acct):
    from tests.server.test_transfers import FILE, _file, _moves

    a = Dev(client, app, "41101")
    Dev(client, app, "41202")  # the destination commune, known under province 41
    ids = _file(a)  # pushed before the register's root was pinned (the transition)
    with write_tx(app.state.engine) as conn:
        pin_root(conn, REG, chief_acct.keys.sign_pub.hex())
    everything = [k for _, k in FILE]
    r = a.push(*officer_acct.seal(_moves(a, ids, "41202", *everything)), certs=certs_of(chief_acct, officer_acct))
    assert {x["reason"] for x in r["rejections"]} == {"not_permitted"} and r["applied"] == 0
    # the person's move in a group of its own whose content was changed after signing: it is
    # refused, and the rest of the file (signed, valid) does not move without the person
    head, rest = _moves(a, ids, "41202", "person"), _moves(a, ids, "41202", *everything[1:])
    chief_acct.seal(head)
    head[0]["base_version"] = 2
    r = a.push(*head, *chief_acct.seal(rest), certs=certs_of(chief_acct))
    assert [x["reason"] for x in r["rejections"]] == ["author_unverified"] + ["partial_move"] * len(rest)
    assert all(row["unit_code"] == "41101" for row in a.rows().values())
    r = a.push(*chief_acct.seal(_moves(a, ids, "41202", *everything)), certs=certs_of(chief_acct))
    assert r["rejections"] == [] and r["applied"] == len(everything)


def test_a_signed_op_with_plaintext_in_a_sealed_field_is_refused(laptop, chief_acct):
    """The author verifies, the field does not: a reporter's name must travel sealed (16.5)."""
    tid = new_id()
    tip = {"received_on": "2026-05-01", "channel": "phone", "content": "Tin báo", "reporter_name": "Trần Văn Lộ"}
    reply = laptop.push(*chief_acct.seal([laptop.op("tip", tid, tip, kind="insert")]), certs=certs_of(chief_acct))
    assert [(r["row_id"], r["reason"]) for r in reply["rejections"]] == [(tid, "invalid_value")]
    assert "tip.reporter_name" in reply["rejections"][0]["detail"]
    assert tid not in laptop.rows()
