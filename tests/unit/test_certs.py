"""Account certificates and their chain to the register's root (domain/certs.py, issue 16)."""

from __future__ import annotations

import pytest

from desktop_app.core.domain import certs
from desktop_app.core.store.sealing import AccountKeys

REG = "reg-1"


def _cert(name, role, keys, issuer, issuer_keys, *, active=True, register_id=REG):
    return certs.issue(register_id=register_id, username=name, role=role, unit_code="09123",
                       active=active, box_pub=keys.box_pub, sign_pub=keys.sign_pub,
                       issued_at="2026-12-05T00:00:00+00:00", issuer=issuer,
                       issuer_sign_key=issuer_keys.sign)


@pytest.fixture
def chain():
    root, chief2, officer = AccountKeys.generate(), AccountKeys.generate(), AccountKeys.generate()
    book = {"truong": _cert("truong", "chief", root, "truong", root),
            "pho": _cert("pho", "chief", chief2, "truong", root),
            "canbo": _cert("canbo", "officer", officer, "pho", chief2)}
    return book, root, chief2, officer


def test_a_chain_to_the_root_holds(chain):
    book, root, _, officer = chain
    v = certs.verify_chain(book, "canbo", root.sign_pub, REG)
    assert (v.role, v.chain, v.sign_pub) == ("officer", ("canbo", "pho", "truong"), officer.sign_pub)


def test_an_officer_who_rewrites_their_role_breaks_the_signature(chain):
    book, root, *_ = chain
    book["canbo"] = {**book["canbo"], "role": "chief"}
    with pytest.raises(certs.CertError) as e:
        certs.verify_chain(book, "canbo", root.sign_pub, REG)
    assert e.value.code == "cert_invalid"


def test_an_officer_cannot_certify_a_chief_nor_themself(chain):
    book, root, _, officer = chain
    fake = AccountKeys.generate()
    book["fake"] = _cert("fake", "chief", fake, "canbo", officer)
    with pytest.raises(certs.CertError) as e:
        certs.verify_chain(book, "fake", root.sign_pub, REG)
    assert e.value.code == "cert_issuer_not_allowed"
    book["canbo"] = _cert("canbo", "chief", officer, "canbo", officer)  # self-signed, not the root
    with pytest.raises(certs.CertError) as e:
        certs.verify_chain(book, "canbo", root.sign_pub, REG)
    assert e.value.code == "cert_chain_broken"


def test_a_replaced_root_or_another_register_is_refused(chain):
    book, root, *_ = chain
    other = AccountKeys.generate()
    with pytest.raises(certs.CertError):
        certs.verify_chain(book, "canbo", other.sign_pub, REG)
    with pytest.raises(certs.CertError) as e:
        certs.verify_chain(book, "canbo", root.sign_pub, "reg-2")
    assert e.value.code == "cert_invalid"


def test_a_deactivated_issuer_and_a_loop_are_refused(chain):
    book, root, chief2, officer = chain
    book["pho"] = _cert("pho", "chief", chief2, "truong", root, active=False)
    with pytest.raises(certs.CertError) as e:
        certs.verify_chain(book, "canbo", root.sign_pub, REG)
    assert e.value.code == "cert_issuer_not_allowed"
    book["pho"] = _cert("pho", "chief", chief2, "canbo", officer)
    book["canbo"] = _cert("canbo", "chief", officer, "pho", chief2)
    with pytest.raises(certs.CertError) as e:
        certs.verify_chain(book, "canbo", root.sign_pub, REG)
    assert e.value.code == "cert_chain_broken"
    del book["pho"]
    with pytest.raises(certs.CertError) as e:
        certs.verify_chain(book, "canbo", root.sign_pub, REG)
    assert e.value.code == "cert_missing"
