"""Accounts and roles. Each account's password wraps the data key in its own key slot, so adding
a user, removing one or changing a password rewrites one slot and nothing else."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlmodel import col

from desktop_app.core.domain.schemas import UserIn, UserView, parse_input
from desktop_app.core.domain.vocab import Role
from desktop_app.core.errors import AuthenticationFailed, NotFound, PermissionDenied, Problem, ValidationFailed
from desktop_app.core.services import accounts
from desktop_app.core.services import permissions as perm
from desktop_app.core.services.changes import Changes
from desktop_app.core.store.tables import AppUser

if TYPE_CHECKING:
    from desktop_app.core.services.workspace import Workspace


class UserService:
    def __init__(self, ws: "Workspace"):
        self.ws = ws

    def list(self) -> list[UserView]:
        with self.ws._read() as conn:
            rows = conn.execute(select(AppUser.__table__).order_by(AppUser.username)).mappings().all()  # type: ignore[attr-defined]
        return [UserView.model_validate(r) for r in rows]

    def full_names(self) -> dict[str, str]:
        """Every account's full name by login (the login itself when no name was given): what
        tables, reports and the lock screen show for an officer."""
        with self.ws._read() as conn:
            rows = conn.execute(select(col(AppUser.username), col(AppUser.full_name))).all()
        return {u: (n or u) for u, n in rows}

    def get(self, username: str) -> UserView:
        with self.ws._read() as conn:
            row = conn.execute(select(AppUser.__table__).where(  # type: ignore[attr-defined]
                col(AppUser.username) == username)).mappings().first()
        if row is None:
            raise NotFound("user", username)
        return UserView.model_validate(row)

    def add(self, data: UserIn | dict[str, Any], password: str) -> Changes:
        from desktop_app.core.services.workspace import check_password_policy

        self.ws.require(perm.MANAGE_USERS)
        inp = parse_input(UserIn, data)
        if not perm.may_manage(self.ws.role, inp.role):
            raise PermissionDenied(f"add a {inp.role.value}", self.ws.role.value)
        problems = check_password_policy(inp.username, password)
        with self.ws._read() as conn:
            if conn.execute(select(col(AppUser.username)).where(col(AppUser.username) == inp.username)).first():
                problems.append(Problem("username", "user_exists", {"value": inp.username}))
        unit = inp.unit_code or self.ws.user_unit
        self.ws.check_unit(unit)
        if problems:
            raise ValidationFailed(problems)
        with self.ws._write() as tx:
            tx.conn.execute(AppUser.__table__.insert(), {  # type: ignore[attr-defined]
                "username": inp.username, "full_name": inp.full_name, "role": inp.role.value,
                "unit_code": unit, "active": True, "must_change_password": False,
                "created_at": dt.datetime.now(dt.UTC)})
            tx.audit("user_added", "user", inp.username, None, {"role": inp.role.value, "unit_code": unit})
            keys = self.ws._slots.put(inp.username, password, self.ws._data_key)
            issued = accounts.certify(self.ws, tx, inp.username, role=inp.role.value, unit_code=unit,
                                      active=True, pubs=(keys.box_pub, keys.sign_pub))
            self.ws.sensitive.grant_to(tx, inp.username, inp.role)  # entitled roles only (issue 16)
            self.ws._slots.save()  # inside the transaction: if it fails, the row is rolled back
        accounts.noted(self.ws, issued)
        return Changes(users=True, created_id=inp.username)

    def change_password(self, old_password: str, new_password: str) -> Changes:
        """The signed-in user changes their own password (the old one is checked again)."""
        from desktop_app.core.services.workspace import check_password_policy

        if self.ws._slots.unwrap(self.ws.username, old_password) is None:
            raise AuthenticationFailed("bad_credentials")
        problems = check_password_policy(self.ws.username, new_password, "new_password")
        if problems:
            raise ValidationFailed(problems)
        with self.ws._write() as tx:
            tx.audit("password_changed", "user", self.ws.username, None, {})
            # Same key pairs under the new password: grants and certificate stay valid.
            self.ws._slots.put(self.ws.username, new_password, self.ws._data_key, keys=self.ws._keys)
            self.ws._slots.save()
        return Changes(users=True)

    def reset_password(self, username: str, new_password: str) -> Changes:
        """A chief resets an officer's password (a province admin anyone's); also unlocks."""
        from desktop_app.core.services.workspace import check_password_policy

        self.ws.require(perm.RESET_PASSWORD)
        target = self.get(username)
        if not perm.may_manage(self.ws.role, target.role) or username == self.ws.username:
            raise PermissionDenied(f"reset the password of {username}", self.ws.role.value)
        problems = check_password_policy(username, new_password)
        if problems:
            raise ValidationFailed(problems)
        accounts.check_outside_chain(self.ws, username)  # new keys would cut the actor's chain
        with self.ws._write() as tx:
            tx.audit("password_reset", "user", username, None, {})
            keys = self.ws._slots.put(username, new_password, self.ws._data_key)
            issued = accounts.certify(self.ws, tx, username, role=target.role, unit_code=target.unit_code,
                                      active=target.active, pubs=(keys.box_pub, keys.sign_pub))
            self.ws.sensitive.grant_to(tx, username, target.role)
            self.ws._slots.clear_failures(username)
            self.ws._slots.save()
        accounts.noted(self.ws, issued)
        return Changes(users=True)

    def set_active(self, username: str, active: bool) -> Changes:
        """Deactivating removes the key slot: the password no longer opens anything."""
        self.ws.require(perm.MANAGE_USERS)
        target = self.get(username)
        if not perm.may_manage(self.ws.role, target.role) or username == self.ws.username:
            raise PermissionDenied(f"deactivate {username}", self.ws.role.value)
        if active and not self.ws._slots.has(username):
            raise ValidationFailed([Problem("username", "reactivate_needs_password")])
        accounts.check_outside_chain(self.ws, username)
        with self.ws._write() as tx:
            tx.conn.execute(AppUser.__table__.update().where(AppUser.username == username).values(active=active))  # type: ignore[attr-defined]
            tx.audit("user_activated" if active else "user_deactivated", "user", username, None, {})
            if not active:
                self.ws._slots.remove(username)
            issued = accounts.certify(self.ws, tx, username, role=target.role, unit_code=target.unit_code,
                                      active=active, pubs=self.ws._slots.public_keys(username))
            self.ws._slots.save()
        accounts.noted(self.ws, issued)
        return Changes(users=True)

    def reactivate(self, username: str, new_password: str) -> Changes:
        from desktop_app.core.services.workspace import check_password_policy

        self.ws.require(perm.MANAGE_USERS)
        target = self.get(username)
        if not perm.may_manage(self.ws.role, target.role):
            raise PermissionDenied(f"reactivate {username}", self.ws.role.value)
        problems = check_password_policy(username, new_password)
        if problems:
            raise ValidationFailed(problems)
        accounts.check_outside_chain(self.ws, username)
        with self.ws._write() as tx:
            tx.conn.execute(AppUser.__table__.update().where(AppUser.username == username).values(active=True))  # type: ignore[attr-defined]
            tx.audit("user_activated", "user", username, None, {})
            keys = self.ws._slots.put(username, new_password, self.ws._data_key)
            issued = accounts.certify(self.ws, tx, username, role=target.role, unit_code=target.unit_code,
                                      active=True, pubs=(keys.box_pub, keys.sign_pub))
            self.ws.sensitive.grant_to(tx, username, target.role)
            self.ws._slots.save()
        accounts.noted(self.ws, issued)
        return Changes(users=True)

    def certifies_me(self, username: str) -> bool:
        """Whether the signed-in account's certificate chains through `username` (the register's
        root, or the chief who certified this one): its password cannot be reset nor the
        account deactivated from here (services/accounts.py)."""
        return username != self.ws.username and username in self.ws._chain

    def role_of(self, username: str) -> Role:
        return Role(self.get(username).role)

    def verify_password(self, password: str) -> bool:
        """Unlocking after auto-lock: the signed-in user's password again, with the same
        lockout accounting as a login. Raises AuthenticationFailed when locked out."""
        from desktop_app.core.store.keyslots import unlock

        try:
            unlock(self.ws._slots, self.ws.username, password)
        except AuthenticationFailed:
            with self.ws._write() as tx:
                tx.audit("unlock_failed", "user", self.ws.username, None, {})
            raise
        self.ws._slots.clear_failures(self.ws.username)
        self.ws._slots.save()
        with self.ws._write() as tx:
            tx.audit("unlock", "user", self.ws.username, None, {})
        return True
