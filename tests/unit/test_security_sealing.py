"""Account key pairs in the slots, grants sealed to them, and sealed field values (issue 16)."""

from __future__ import annotations

import json

import pytest

from desktop_app.core.errors import StoreError
from desktop_app.core.store import keyslots
from desktop_app.core.store.sealing import (
    AccountKeys,
    FieldOpener,
    FieldSealer,
    SealError,
    is_sealed,
    new_x25519,
    open_sealed,
    seal,
    x25519_public,
)
from tests.conftest import CHIEF, CHIEF_PASSWORD, OFFICER_PASSWORD


def test_seal_opens_only_with_the_recipients_key():
    a, b = new_x25519(), new_x25519()
    blob = seal(x25519_public(a), b"bi mat", b"ctx")
    assert open_sealed(a, blob, b"ctx") == b"bi mat"
    with pytest.raises(SealError):
        open_sealed(b, blob, b"ctx")
    with pytest.raises(SealError):
        open_sealed(a, blob, b"other context")
    with pytest.raises(SealError):
        open_sealed(a, blob[:-1] + bytes([blob[-1] ^ 1]), b"ctx")


def test_field_values_open_for_each_recipient_and_no_one_else():
    unit, province, officer = new_x25519(), new_x25519(), new_x25519()
    sealer = FieldSealer([x25519_public(unit), x25519_public(province)])
    sealed = sealer.seal("tip.reporter_name", "Trần Thị Bảo")
    assert is_sealed(sealed) and "Trần" not in sealed and "Bảo" not in sealed
    assert FieldOpener([unit]).open("tip.reporter_name", sealed) == "Trần Thị Bảo"
    assert FieldOpener([province]).open("tip.reporter_name", sealed) == "Trần Thị Bảo"
    assert FieldOpener([officer]).open("tip.reporter_name", sealed) is None
    assert FieldOpener([]).open("tip.reporter_name", sealed) is None
    # bound to its field: moved into another column it does not open
    assert FieldOpener([unit]).open("person.ethnicity", sealed) is None
    # two values of one session differ (own nonce), an empty value stays empty
    assert sealer.seal("tip.reporter_name", "Trần Thị Bảo") != sealed
    assert sealer.seal("tip.reporter_name", "") == ""
    # plain text passes through an opener unchanged (rows written before sealing existed)
    assert FieldOpener([unit]).open("person.ethnicity", "Kinh") == "Kinh"
    # damaged values read as None, never raise
    assert FieldOpener([unit]).open("tip.reporter_name", sealed[:-4]) is None
    assert FieldOpener([unit]).open("tip.reporter_name", "wbs1:!!") is None


def test_one_recipient_gets_the_short_header_and_the_long_one_still_opens():
    """For the unit's key alone (the usual case) the header names the key and no wrapped
    content key; values sealed with the long header (older registers) open the same."""
    import base64

    from desktop_app.core.domain.sealed import well_formed

    unit, other = new_x25519(), new_x25519()
    short = FieldSealer([x25519_public(unit)]).seal("person.ethnicity", "Kinh")
    long = FieldSealer([x25519_public(unit)], compact=False).seal("person.ethnicity", "Kinh")
    assert len(short) < len(long) - 60 and well_formed(short) and well_formed(long)
    for sealed in (short, long):
        assert FieldOpener([unit]).open("person.ethnicity", sealed) == "Kinh"
        assert FieldOpener([other]).open("person.ethnicity", sealed) is None
        assert FieldOpener([unit]).open("person.religion", sealed) is None  # bound to its field
    raw = base64.urlsafe_b64decode(short[5:])
    assert raw[32] == 0 and len(raw) == 32 + 1 + 8 + 12 + len("Kinh") + 16
    # damaged: cut in its header, a flipped bit, a forged ephemeral key (all zeros): None
    assert not well_formed("wbs1:" + base64.urlsafe_b64encode(raw[:38]).decode())
    assert FieldOpener([unit]).open("person.ethnicity", "wbs1:" + base64.urlsafe_b64encode(raw[:38]).decode()) is None
    flipped = raw[:-1] + bytes([raw[-1] ^ 1])
    assert FieldOpener([unit]).open("person.ethnicity", "wbs1:" + base64.urlsafe_b64encode(flipped).decode()) is None
    forged = bytes(32) + raw[32:]
    assert FieldOpener([unit]).open("person.ethnicity", "wbs1:" + base64.urlsafe_b64encode(forged).decode()) is None


def test_slots_carry_account_keys_that_survive_a_password_change(workspace):
    slots = workspace._slots
    pub = slots.public_keys(CHIEF)
    assert pub is not None and pub == (workspace._keys.box_pub, workspace._keys.sign_pub)
    slots.grant(CHIEF, "sensitive", b"k" * 32)
    slots.save()
    workspace.users.change_password(CHIEF_PASSWORD, "Mat-khau-moi-2027")
    reread = keyslots.SlotFile.load(slots.path)
    key, keys = keyslots.unlock_account(reread, CHIEF, "Mat-khau-moi-2027")
    assert keys == workspace._keys
    assert reread.open_grant(CHIEF, keys, "sensitive") == b"k" * 32


def test_a_grant_opens_only_for_its_account(workspace, add_officer):
    officer = add_officer("canbo1")
    slots = keyslots.SlotFile.load(workspace._slots.path)
    slots.grant(CHIEF, "sensitive", b"s" * 32)
    slots.save()
    _, officer_keys = keyslots.unlock_account(slots, "canbo1", OFFICER_PASSWORD)
    assert slots.open_grant("canbo1", officer_keys, "sensitive") is None  # none granted
    assert slots.open_grant(CHIEF, officer_keys, "sensitive") is None  # not their box key
    # copying the chief's grant into the officer's slot does not help: sealed to the chief
    slots.data["slots"]["canbo1"]["grants"] = dict(slots.data["slots"][CHIEF]["grants"])
    assert slots.open_grant("canbo1", officer_keys, "sensitive") is None
    officer.close()


def test_replacing_the_public_keys_in_clear_breaks_the_slot(workspace):
    path = workspace._slots.path
    data = json.loads(path.read_text("utf-8"))
    data["slots"][CHIEF]["box_pub"] = keyslots._b64(x25519_public(new_x25519()))
    path.write_text(json.dumps(data), "utf-8")
    with pytest.raises(StoreError) as e:
        keyslots.unlock_account(keyslots.SlotFile.load(path), CHIEF, CHIEF_PASSWORD)
    assert e.value.code == "keyslots_corrupt"


def test_an_old_slot_without_keys_gets_them_at_the_next_login(workspace):
    path = workspace._slots.path
    data = json.loads(path.read_text("utf-8"))
    for k in ("keys_nonce", "keys_wrapped", "box_pub", "sign_pub", "grants"):
        data["slots"][CHIEF].pop(k, None)
    path.write_text(json.dumps(data), "utf-8")
    slots = keyslots.SlotFile.load(path)
    assert slots.public_keys(CHIEF) is None
    key, keys = keyslots.unlock_account(slots, CHIEF, CHIEF_PASSWORD)
    assert key == workspace._data_key and isinstance(keys, AccountKeys)
    again = keyslots.SlotFile.load(path)
    assert again.public_keys(CHIEF) == (keys.box_pub, keys.sign_pub)
    assert keyslots.unlock_account(again, CHIEF, CHIEF_PASSWORD)[1] == keys
