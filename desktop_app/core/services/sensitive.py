"""The unit's sensitive key and the sealed fields (issue 16 items 1 and 5).

Each register has an X25519 key pair, its *sensitive key*. The public half is in sync_meta
(`sensitive_pub`); the private half exists only as a grant named "sensitive" in the key slot of
each account whose role may read sensitive data (VIEW_SENSITIVE and VIEW_TIP_REPORTER: chief,
province admin), sealed to that account's own box key (store/keyslots.py). An officer's password
opens the data key and the officer's own keys, never this grant.

The sealed fields (domain/sealed.py: ethnicity, religion, health note, a tip reporter's name and
contact) are sealed in every write transaction (services/base.Tx) for the register's own
sensitive key and the keys the server lists for the row's unit (the other registers of the
commune, the province office's when the register's `seal_for_province` setting is on): sealing
needs public keys only, so an officer records a tip's reporter and reads it back hidden. They are
opened on read, in Python, only for an entitled role holding the grant.

`at_login` keeps the key granted: it creates the key (a new register, or one made before this),
repairs a `sensitive_pub` that does not match the granted key, grants the key to every active
entitled account that lacks it, and seals what an older register holds in plaintext.
"""

from __future__ import annotations

import json
import time
from typing import TYPE_CHECKING, Any

from sqlalchemy import text

from desktop_app.core.domain.sealed import SEALED_FIELDS, sealed_field
from desktop_app.core.domain.settings import REGISTER_SETTINGS
from desktop_app.core.domain.vocab import Role
from desktop_app.core.services import permissions as perm
from desktop_app.core.store.sealing import (
    FieldOpener,
    FieldSealer,
    is_sealed,
    new_x25519,
    x25519_public,
)

if TYPE_CHECKING:
    from desktop_app.core.services.base import Tx
    from desktop_app.core.services.workspace import Workspace

GRANT = "sensitive"
META_PUB = "sensitive_pub"  # hex X25519 public half of the register's sensitive key
# [{"unit": code, "key": hex, "province": bool}] as the server listed them (sync/client/session.py)
META_RECIPIENTS = "sensitive_recipients"
META_SENT = "sensitive_pub_sent"  # the sensitive_pub the server last acknowledged
META_SWEPT = "sensitive_swept"  # "1": no plaintext left in a sealed field (a pull may put it down)
SETTING_PROVINCE = "seal_for_province"
_RELOAD_SECONDS = 30.0  # another process (a CLI sync) may have learnt new recipients


def entitled(role: Role | str) -> bool:
    """Whether a role may hold the sensitive key (and so read the sealed fields)."""
    return perm.allowed(str(getattr(role, "value", role)), perm.VIEW_SENSITIVE) and \
        perm.allowed(str(getattr(role, "value", role)), perm.VIEW_TIP_REPORTER)


class SensitiveKeys:
    def __init__(self, ws: "Workspace"):
        self.ws = ws
        self._private: bytes | None = None  # held only by an entitled session with the grant
        self._opener = FieldOpener([])
        self._sealers: dict[tuple[bytes, ...], FieldSealer] = {}
        self._recipients: tuple[str, dict[str, Any]] | None = None
        self._loaded_at = 0.0

    # -- the key ---------------------------------------------------------------------------
    @property
    def can_open(self) -> bool:
        return self._private is not None

    def verified_public(self) -> bytes | None:
        """The public half of the key this session holds (an entitled session with the grant):
        what the server may be told, never the `sensitive_pub` of sync_meta as such (an insider
        could have put their own key there)."""
        return x25519_public(self._private) if self._private is not None else None

    def public_key(self) -> bytes | None:
        return _hex_key(self.ws.meta(META_PUB))

    def at_login(self) -> None:
        """Called when an account has signed in (and when a register is created)."""
        ws = self.ws
        if not entitled(ws.role):
            return
        slots = ws._slots
        priv = slots.open_grant(ws.username, ws._keys, GRANT)
        current = ws.meta(META_PUB)
        created = False
        if priv is None:
            if current:
                # A key exists that this account was not granted (yet): another holder's login
                # grants it (catch-up below). A new key would leave the sealed values unreadable.
                return
            priv = new_x25519()
            created = True
            pub = x25519_public(priv).hex()
            slots.grant(ws.username, GRANT, priv)
            with ws._write() as tx:
                _set_meta(tx, {META_PUB: pub})
                self.invalidate()
                tx.audit("sensitive_key_created", "register", ws.register_id, None, {"key": pub[:16]})
                slots.save()  # inside the transaction: the key and its grant exist together
        else:
            pub = x25519_public(priv).hex()
            if current != pub:
                # sensitive_pub replaced (an insider sealing for a key of their own) or lost.
                with ws._write() as tx:
                    _set_meta(tx, {META_PUB: pub})
                    self.invalidate()
                    tx.audit("sensitive_key_repaired", "register", ws.register_id, None,
                             {"found": current[:16], "key": pub[:16]})
        self._set_private(priv)
        self._catch_up()
        if created or self.ws.meta(META_SWEPT) != "1":
            # once after the upgrade, then after a pull brought plaintext (sync/apply.py): a
            # scan of every person and tip is too slow for every login
            self.seal_plaintext(outbox=created)

    def _set_private(self, priv: bytes | None) -> None:
        self._private = priv
        self._opener = FieldOpener([priv] if priv else [])
        self._sealers.clear()

    def _catch_up(self) -> None:
        """Grants the key to every active entitled account with keys that lacks it."""
        assert self._private is not None
        slots = self.ws._slots
        with self.ws._read() as conn:
            users = conn.execute(text("SELECT username, role FROM app_user WHERE active = 1")).all()
        missing = [u for u, role in users if entitled(role) and slots.public_keys(u) is not None
                   and GRANT not in slots.granted(u)]
        if not missing:
            return
        with self.ws._write() as tx:
            for u in missing:
                slots.grant(u, GRANT, self._private)
                tx.audit("sensitive_key_granted", "user", u, None, {"by": "catch_up"})
            slots.save()

    def grant_to(self, tx: "Tx", username: str, role: Role | str) -> None:
        """Within a users.add / reset_password / reactivate (the slot just written, not saved
        yet): an entitled account gets the key if this session holds it; an officer never."""
        if not entitled(role):
            self.ws._slots.revoke(username, GRANT)
            return
        if self._private is None:
            return  # granted at the next login of a holder (catch-up)
        self.ws._slots.grant(username, GRANT, self._private)
        tx.audit("sensitive_key_granted", "user", username, None, {})

    # -- recipients --------------------------------------------------------------------------
    def _state(self) -> dict[str, Any]:
        """sensitive_pub, the server's list and the policy, read at most every few seconds."""
        now = time.monotonic()
        if self._recipients is None or now - self._loaded_at > _RELOAD_SECONDS:
            meta = self.ws._meta_many((META_PUB, META_RECIPIENTS, SETTING_PROVINCE))
            key = "|".join(meta.get(k, "") for k in (META_PUB, META_RECIPIENTS, SETTING_PROVINCE))
            if self._recipients is None or self._recipients[0] != key:
                try:
                    listed = json.loads(meta.get(META_RECIPIENTS) or "[]")
                except ValueError:
                    listed = []
                province_ok = REGISTER_SETTINGS[SETTING_PROVINCE].parse(meta.get(SETTING_PROVINCE)) == 1
                self._recipients = (key, {"own": _hex_key(meta.get(META_PUB, "")),
                                          "listed": listed if isinstance(listed, list) else [],
                                          "province": province_ok, "by_unit": {}})
            self._loaded_at = now
        assert self._recipients is not None
        return self._recipients[1]

    def invalidate(self) -> None:
        """The recipients or the policy changed (a sync's meta stage, the settings)."""
        self._recipients = None

    def recipients(self, unit_code: str) -> list[bytes]:
        """The keys a value of a row in `unit_code` is sealed for: this register's own, then the
        server's list for that unit (the province's only when the policy says so)."""
        state = self._state()
        cached = state["by_unit"].get(unit_code)
        if cached is not None:
            return cached  # type: ignore[no-any-return]
        out: list[bytes] = [state["own"]] if state["own"] else []
        for r in state["listed"]:
            if not isinstance(r, dict) or r.get("unit") != unit_code:
                continue
            if r.get("province") and not state["province"]:
                continue
            key = _hex_key(str(r.get("key", "")))
            if key:
                out.append(key)
        out = state["by_unit"][unit_code] = list(dict.fromkeys(out))
        return out

    def _sealer(self, unit_code: str) -> FieldSealer | None:
        keys = tuple(self.recipients(unit_code))
        if not keys:
            return None  # an older register before any entitled login: sealed at that login
        sealer = self._sealers.get(keys)
        if sealer is None:
            sealer = self._sealers[keys] = FieldSealer(keys)
        return sealer

    # -- sealing and opening -----------------------------------------------------------------
    def seal_row(self, table: str, values: dict[str, Any], unit_code: str) -> dict[str, Any]:
        """`values` with the plaintext of its sealed fields sealed (a new dict when any is)."""
        fields = SEALED_FIELDS.get(table)
        if not fields:
            return values
        todo = [k for k in fields if isinstance(values.get(k), str) and values[k]
                and not is_sealed(values[k])]
        if not todo:
            return values
        sealer = self._sealer(unit_code)
        if sealer is None:
            return values
        out = dict(values)
        for k in todo:
            out[k] = sealer.seal(sealed_field(table, k), out[k])
        return out

    def open(self, table: str, name: str, value: Any) -> str | None:
        """The plaintext of a stored value for this session: None when it is sealed and this
        session holds no key that opens it."""
        if not isinstance(value, str) or not is_sealed(value):
            return value if isinstance(value, str) else None
        return self._opener.open(sealed_field(table, name), value)

    def reveal(self, table: str, row: dict[str, Any], *, allowed: bool) -> dict[str, Any]:
        """`row` (modified) with its sealed fields opened, or None for each when the role may
        not read them or the value does not open here."""
        for k in SEALED_FIELDS.get(table, ()):
            if k in row:
                row[k] = self.open(table, k, row[k]) if allowed else None
        return row

    # -- plaintext left by an older register -----------------------------------------------
    def _seal_outbox(self, tx: "Tx") -> int:
        """Unsent ops that carry plaintext in a sealed field (written before the key existed):
        the same values sealed in place, so that the server never refuses them (nor the edits
        that follow them). Returns how many ops changed."""
        from desktop_app.core.store.auditchain import canonical

        n = 0
        rewritten: set[str] = set()
        for op_id, table, unit, fields in tx.conn.exec_driver_sql(
                "SELECT op_id, table_name, unit_code, changed_fields FROM sync_outbox "
                "WHERE table_name IN ('person', 'tip')").all():
            values = json.loads(fields)
            plain = _plain_values(table, values)
            if not plain:
                continue
            sealed = self.seal_row(table, plain, unit)
            if sealed is plain:
                continue
            tx.conn.exec_driver_sql("UPDATE sync_outbox SET changed_fields = ? WHERE op_id = ?",
                                    (canonical({**values, **sealed}), op_id))
            rewritten.add(op_id)
            n += 1
        if rewritten:
            from desktop_app.core.services.authorship import resign_groups

            resign_groups(tx, rewritten)  # their author's signature covered the plaintext
        return n

    def seal_plaintext(self, *, outbox: bool = False) -> int:
        """Seals every plaintext value of a sealed field as ordinary edits (synced: the
        server's copies become ciphertext at the next sync), in one transaction, with one audit
        row (the plaintext goes in no audit detail); with `outbox`, also the unsent ops written
        before the key existed. Returns how many rows changed."""
        if self.public_key() is None:
            return 0
        from desktop_app.core.store.tables import Person, Tip

        changed: dict[str, int] = {}
        with self.ws._write() as tx:
            # the cells the plaintext leaves are zeroed, not left in free space (this
            # connection's flag, set back below)
            tx.conn.exec_driver_sql("PRAGMA secure_delete = ON")
            for table, model in (("person", Person), ("tip", Tip)):
                names = list(SEALED_FIELDS[table])
                where = " OR ".join(f"({n} != '' AND substr({n}, 1, 5) != 'wbs1:')" for n in names)
                rows = tx.conn.exec_driver_sql(
                    f"SELECT id, unit_code, {', '.join(names)} FROM {table} WHERE {where}").mappings().all()
                for r in rows:
                    vals = {n: r[n] for n in names if r[n] and not is_sealed(r[n])}
                    sealed = self.seal_row(table, vals, r["unit_code"])
                    if sealed is vals:
                        continue
                    tx.update(model, r["id"], sealed, audit=False)
                    changed[table] = changed.get(table, 0) + 1
            ops = self._seal_outbox(tx) if outbox else 0
            if ops:
                changed["outbox"] = ops
            _set_meta(tx, {META_SWEPT: "1"})
            if changed:
                tx.audit("sensitive_sealed", "register", self.ws.register_id, None, {"rows": changed})
            tx.conn.exec_driver_sql("PRAGMA secure_delete = OFF")
        if changed:
            with self.ws.engine.connect() as conn:
                # the old page images leave the WAL too
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        return sum(changed.values())


def _plain_values(table: str, fields: dict[str, Any]) -> dict[str, str]:
    return {k: v for k, v in fields.items() if k in SEALED_FIELDS[table] and isinstance(v, str) and v
            and not is_sealed(v)}


def _hex_key(raw: str) -> bytes | None:
    try:
        return bytes.fromhex(raw) if len(raw) == 64 else None
    except ValueError:
        return None


def _set_meta(tx: "Tx", values: dict[str, str]) -> None:
    for k, v in values.items():
        tx.conn.execute(text("INSERT INTO sync_meta(key, value) VALUES (:k, :v) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"), {"k": k, "v": v})
