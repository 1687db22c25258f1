"""Account certificates on the laptop (issue 16, item 2): issued when an account is made or
changed, checked at every login.

Each account's certificate (domain/certs.py) binds its user name, role, unit and "active" to the
public halves of the key pairs in its slot, signed by the chief or province admin who made the
change, back to the register's first chief (the root). The certificate lives in the account's
slot and a copy in the register (`account_cert`); the root's public key in `sync_meta`
(`root_sign_pub`), pinned outside the data folder (store/rootpin.py) and sent to the server at
enrollment.

At login (`check_login`) the certificate must verify to the pinned root (to `sync_meta`'s only
when nothing is pinned yet, which then pins it), say what the `app_user` row says, and name the
keys the password just unwrapped; otherwise AuthenticationFailed("account_not_certified").

A register made before certificates has no root: logins go on as before ("legacy") until the
account that created the register (its `register_created` audit row), a chief or province admin,
logs in — that login makes its key the root and certifies every active account as the
`app_user` rows say (audited `accounts_certified`). Accounts whose slot has no key pair yet (not
signed in since keys were added) cannot be certified then: a chief resets their password.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, text

from desktop_app.core.domain import certs as certlib
from desktop_app.core.errors import AuthenticationFailed, PermissionDenied
from desktop_app.core.store.keyslots import SlotFile
from desktop_app.core.store.rootpin import PinTampered, RootPin
from desktop_app.core.store.sealing import AccountKeys

if TYPE_CHECKING:
    from desktop_app.core.services.base import Tx
    from desktop_app.core.services.workspace import Workspace
    from desktop_app.core.store.tables import AppUser

ISSUER_ROLES = ("chief", "province_admin")
NOT_CERTIFIED = "account_not_certified"


@dataclass(frozen=True)
class LoginCheck:
    mode: str  # "certified", "legacy" (no root yet) or "establish" (this login makes the root)
    root: bytes | None = None
    chain: tuple[str, ...] = ()
    issued_at: str = ""


# -- reading -------------------------------------------------------------------------------------

def register_certs(conn: Connection) -> dict[str, dict[str, Any]]:
    rows = conn.execute(text("SELECT username, cert_json FROM account_cert")).all()
    out: dict[str, dict[str, Any]] = {}
    for username, raw in rows:
        try:
            cert = json.loads(raw)
        except ValueError:
            continue
        if isinstance(cert, dict):
            out[username] = cert
    return out


def known_certs(conn: Connection, slots: SlotFile) -> dict[str, dict[str, Any]]:
    """Every account's newest certificate, from the register's copies and the slots."""
    certs = register_certs(conn)
    for username in slots.usernames():
        cert = slots.cert(username)
        if cert is not None and str(cert.get("issued_at", "")) > str(certs.get(username, {}).get("issued_at", "")):
            certs[username] = cert
    return certs


def meta_root(conn: Connection) -> bytes | None:
    value = conn.execute(text("SELECT value FROM sync_meta WHERE key = 'root_sign_pub'")).scalar()
    if not value:
        return None
    try:
        return bytes.fromhex(value)
    except ValueError:
        raise AuthenticationFailed(NOT_CERTIFIED) from None


def creator(conn: Connection) -> str:
    """The account that created the register, as its first audit rows say."""
    row = conn.execute(text(
        "SELECT username, action, entity_id FROM audit_log WHERE action IN ('register_created', 'user_added') "
        "ORDER BY seq LIMIT 1")).first()
    if row is None:
        return ""
    return str(row[0] if row[1] == "register_created" else row[2])


# -- the login -----------------------------------------------------------------------------------

def check_login(conn: Connection, slots: SlotFile, user: "AppUser", keys: AccountKeys,
                register_id: str) -> LoginCheck:
    """Raises AuthenticationFailed("account_not_certified") unless the account's certificate
    holds (see the module's text). Pins the root when nothing was pinned."""
    pin = RootPin(register_id)
    try:
        pinned = pin.root()
    except PinTampered:
        raise AuthenticationFailed(NOT_CERTIFIED) from None
    except OSError:  # the config folder unusable: as if nothing were pinned (deleting it does as much)
        pinned = None
    root = pinned or meta_root(conn)
    if root is None:
        if user.role in ISSUER_ROLES and creator(conn) == user.username:
            return LoginCheck("establish")
        return LoginCheck("legacy")
    certs = known_certs(conn, slots)
    try:
        v = certlib.verify_chain(certs, user.username, root, register_id)
    except certlib.CertError:
        raise AuthenticationFailed(NOT_CERTIFIED) from None
    issued_at = str(certs[user.username].get("issued_at", ""))
    if (v.role != user.role or v.unit_code != user.unit_code or not v.active or not user.active
            or (v.box_pub, v.sign_pub) != (keys.box_pub, keys.sign_pub)
            or slots.public_keys(user.username) != (keys.box_pub, keys.sign_pub)):
        raise AuthenticationFailed(NOT_CERTIFIED)
    try:
        if issued_at < pin.latest(user.username):  # an older certificate put back
            raise AuthenticationFailed(NOT_CERTIFIED)
    except PinTampered:
        raise AuthenticationFailed(NOT_CERTIFIED) from None
    except OSError:
        pass
    with contextlib.suppress(OSError):  # not pinned now: pinned at the next login
        if pinned is None:
            pin.pin(root)
        pin.note({user.username: issued_at})
    return LoginCheck("certified", root, v.chain, issued_at)


# -- issuing -------------------------------------------------------------------------------------

def _issue_time(after: str) -> str:
    """Now (UTC, microseconds), later than `after` even if the clock went back."""
    now = dt.datetime.now(dt.UTC)
    if after:
        try:
            prev = dt.datetime.fromisoformat(after)
        except ValueError:
            prev = now
        if prev >= now:
            now = prev + dt.timedelta(microseconds=1)
    return now.isoformat(timespec="microseconds")


def _store(conn: Connection, slots: SlotFile, cert: dict[str, Any]) -> None:
    conn.execute(text(
        "INSERT INTO account_cert(username, cert_json, issued_at, issuer) VALUES (:u, :j, :t, :i) "
        "ON CONFLICT(username) DO UPDATE SET cert_json = excluded.cert_json, issued_at = excluded.issued_at, "
        "issuer = excluded.issuer"),
        {"u": cert["username"], "j": json.dumps(cert, ensure_ascii=False, sort_keys=True),
         "t": cert["issued_at"], "i": cert["issuer"]})
    if slots.has(cert["username"]):
        slots.set_cert(cert["username"], cert)


def _issue(ws: "Workspace", conn: Connection, username: str, *, role: str, unit_code: str, active: bool,
           pubs: tuple[bytes, bytes], previous: str) -> dict[str, Any]:
    cert = certlib.issue(register_id=ws.register_id, username=username, role=role, unit_code=unit_code,
                         active=active, box_pub=pubs[0], sign_pub=pubs[1], issued_at=_issue_time(previous),
                         issuer=ws.username, issuer_sign_key=ws._keys.sign)
    _store(conn, ws._slots, cert)
    return cert


def certifying(ws: "Workspace") -> bool:
    """Whether this register has a root (a register made before certificates may not yet)."""
    return ws._root is not None


def check_outside_chain(ws: "Workspace", username: str) -> None:
    """PermissionDenied when the signed-in account's certificate chains through `username`:
    changing its keys or deactivating it would cut the actor's own chain (the root's password
    cannot be reset, nor the root deactivated)."""
    if username in ws._chain:
        raise PermissionDenied(f"change {username}: your own certificate chains through it", ws.role.value)


def certify(ws: "Workspace", tx: "Tx", username: str, *, role: str, unit_code: str, active: bool,
            pubs: tuple[bytes, bytes] | None) -> list[dict[str, Any]]:
    """In the caller's write transaction (the caller saves the slots): a new certificate for
    `username`, signed by the signed-in account, and new ones for every account `username` had
    certified (their chain passed through its old key or its active certificate). Refused when
    the signed-in account's own chain passes through `username` (the root, or the chief who
    certified the actor). Returns the certificates issued (for `noted` after the commit)."""
    if not certifying(ws):
        return []
    check_outside_chain(ws, username)
    conn = tx.conn
    current = register_certs(conn)
    old = current.get(username, {})
    if pubs is None:  # no slot (deactivated): the keys of the last certificate
        pubs = (certlib.box_pub_of(old), certlib.sign_pub_of(old)) if old else (b"", b"")
    issued = [_issue(ws, conn, username, role=role, unit_code=unit_code, active=active, pubs=pubs,
                     previous=str(old.get("issued_at", "")))]
    for name, child in sorted(current.items()):
        if name != username and child.get("issuer") == username:
            issued.append(_issue(ws, conn, name, role=str(child.get("role")), unit_code=str(child.get("unit_code")),
                                 active=bool(child.get("active")), pubs=(certlib.box_pub_of(child),
                                                                         certlib.sign_pub_of(child)),
                                 previous=str(child.get("issued_at", ""))))
    tx.audit("account_certified", "user", username, None,
             {"role": role, "unit_code": unit_code, "active": active,
              "reissued": [c["username"] for c in issued[1:]]})
    return issued


def noted(ws: "Workspace", issued: list[dict[str, Any]]) -> None:
    """After the commit: this computer's record of each account's newest certificate."""
    if issued:
        RootPin(ws.register_id).note({c["username"]: c["issued_at"] for c in issued})


def create_root(ws: "Workspace", tx: "Tx") -> dict[str, Any]:
    """The new register's first account becomes its root (Workspace.create)."""
    ws._root = ws._keys.sign_pub
    ws._chain = (ws.username,)
    tx.conn.execute(text("INSERT INTO sync_meta(key, value) VALUES ('root_sign_pub', :v) "
                         "ON CONFLICT(key) DO UPDATE SET value = excluded.value"), {"v": ws._root.hex()})
    cert = _issue(ws, tx.conn, ws.username, role=ws.role.value, unit_code=ws.user_unit, active=True,
                  pubs=(ws._keys.box_pub, ws._keys.sign_pub), previous="")
    return cert


def pin_root(ws: "Workspace", issued: list[dict[str, Any]]) -> None:
    """Pins the register's root on this computer (a failure to write is left to the next login,
    which pins from `sync_meta`)."""
    pin = RootPin(ws.register_id)
    assert ws._root is not None
    with contextlib.suppress(OSError):
        pin.pin(ws._root)
        pin.note({c["username"]: c["issued_at"] for c in issued})


def establish(ws: "Workspace") -> None:
    """A register made before certificates: its creator's login makes the root and certifies
    every active account that has keys, as the `app_user` rows say (audited)."""
    allowed = certlib._ISSUES.get(ws.role.value, set())
    with ws._write() as tx:
        issued = [create_root(ws, tx)]
        uncertified: list[str] = []
        rows = tx.conn.execute(text("SELECT username, role, unit_code FROM app_user WHERE active = 1 "
                                    "ORDER BY username")).all()
        for username, role, unit_code in rows:
            if username == ws.username:
                continue
            pubs = ws._slots.public_keys(username)
            if pubs is None or role not in allowed:
                uncertified.append(username)
                continue
            issued.append(_issue(ws, tx.conn, username, role=role, unit_code=unit_code, active=True,
                                 pubs=pubs, previous=""))
        tx.audit("accounts_certified", "register", ws.register_id, None,
                 {"root_sign_pub": ws._keys.sign_pub.hex(),
                  "certified": [c["username"] for c in issued], "uncertified": uncertified})
        ws._slots.save()
    pin_root(ws, issued)
