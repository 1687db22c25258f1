"""Who wrote each pushed op (issue 16 item 3): the author's signature and certificate checked,
and the role the op is judged by (core/domain/opsig.py says what is signed).

- The ops of a batch form **groups**: a run of ops of one author ending at an op that carries
  the group's seal (size, previous digest of the author's chain, Ed25519 signature). A run cut
  short (an op of another author, or no seal) is refused `author_unverified`; a run the batch
  ends in waits (it is neither applied nor acknowledged: the client never cuts a group, so only
  a malformed client meets this).
- The author's certificate (sent in the push: `PushRequest.certs`) must chain to the register's
  root that the server holds (`AuthorVerifier.verify`, domain/certs.verify_chain). Each group's
  digest is computed from its ops; a chain of groups (each naming the digest of the one before)
  is checked with the signature of its last group; a chain whose last signature fails is checked
  group by group. A group that does not verify: each of its ops is refused `author_unverified`.
- The role an op is judged by: the author's certified role, never more than the device's (the
  enrollment stays a ceiling: a viewer device writes nothing whoever signs). An inactive
  account's ops are refused `not_permitted`.
- **Transition**: while the server holds no root for the device's register (enrolled before
  issue 16, or the roles branch not wired), nothing can be verified: every op is judged by the
  device's role, as before, and named by the author it carries. Once a root is held, an op
  without an author signature is refused `author_unverified`.

**The seam** (`VERIFIER`): `pinned(conn, device)` says whether the server holds a root for the
device's register, `verify(conn, device, certs, username)` returns the author's `Verified`
certificate or raises `CertError`: the root is the one pinned at the register's first
enrollment (`services/accounts.py`, `account_root`), checked with `domain/certs.verify_chain`.
"""

from __future__ import annotations

import binascii
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from sqlalchemy import Connection, select

from desktop_app.core.domain import opsig
from desktop_app.core.domain.certs import CertError, Verified, verify_chain
from desktop_app.core.sync.protocol import DeviceRole, Op, RejectReason
from sync_server.models import Device
from sync_server.services import accounts
from sync_server.services.enrollment import DeviceCtx

_RANK = {DeviceRole.VIEWER: 0, DeviceRole.OFFICER: 1, DeviceRole.CHIEF: 2, DeviceRole.PROVINCE_ADMIN: 3}
Certs = Mapping[str, Mapping[str, Any]]


class AuthorVerifier(Protocol):
    def pinned(self, conn: Connection, device: DeviceCtx) -> bool: ...

    def verify(self, conn: Connection, device: DeviceCtx, certs: Certs, username: str) -> Verified: ...


def register_of(conn: Connection, device: DeviceCtx) -> str:
    d = Device.__table__  # type: ignore[attr-defined]
    return str(conn.execute(select(d.c.register_id).where(d.c.id == device.id)).scalar() or "")


class PinnedRoots:
    """The register's root of account certificates, pinned at its first enrollment
    (services/accounts.py, table account_root)."""

    def pinned(self, conn: Connection, device: DeviceCtx) -> bool:
        return accounts.device_root(conn, device)[1] is not None

    def verify(self, conn: Connection, device: DeviceCtx, certs: Certs, username: str) -> Verified:
        # an inactive account's certificate verifies here; `check` refuses its ops not_permitted
        register_id, root = accounts.device_root(conn, device)
        if root is None:
            raise CertError("cert_root_unknown", username)
        return verify_chain(certs, username, root, register_id)


VERIFIER: AuthorVerifier = PinnedRoots()


@dataclass
class Authors:
    """What `check` decided, by op id."""

    roles: dict[str, DeviceRole] = field(default_factory=dict)  # the role each op is judged by
    names: dict[str, str] = field(default_factory=dict)  # its verified author
    refused: dict[str, tuple[RejectReason, str]] = field(default_factory=dict)
    hold: int | None = None  # index of the first op of an unsealed trailing group (waits)
    pinned: bool = False


@dataclass
class _Group:
    author: str
    idx: list[int]
    prev: bytes
    digest: bytes
    sig: bytes


def check(conn: Connection, device: DeviceCtx, ops: list[Op], certs: Certs, register_id: str | None = None,
          verifier: AuthorVerifier | None = None, before: list[Op] | None = None) -> Authors:
    """The author of every op of `ops` (in the order the push applies them). `before`: the ops
    of the same request the server had already applied (a resend after a lost reply): a seal
    that names the previous group of its batch by omission may chain from one of them."""
    v = verifier or VERIFIER
    out = Authors(pinned=v.pinned(conn, device))
    if not out.pinned:
        for op in ops:
            out.roles[op.op_id] = device.role
            if op.author:
                out.names[op.op_id] = op.author
        return out
    reg = register_id if register_id is not None else register_of(conn, device)
    groups: list[_Group] = []
    run: list[int] = []
    last: dict[str, bytes] = {}  # author -> digest of their last group in the push

    for author, digest in _chain_heads(reg, before or []).items():
        last[author] = digest

    def refuse(idx: list[int], detail: str) -> None:
        for i in idx:
            out.refused[ops[i].op_id] = (RejectReason.AUTHOR_UNVERIFIED, detail)

    for i, op in enumerate(ops):
        if run and (not op.author or ops[run[0]].author != op.author):
            refuse(run, "a signed group cut short")
            run = []
        if not op.author:
            refuse([i], "no author signature")
            continue
        run.append(i)
        if op.seal is None:
            continue
        n, prev_hex, sig_b64 = opsig.decode_seal(op.seal)
        if n < 1 or n > len(run):
            refuse(run, "a signed group cut short")
            run = []
            continue
        if n < len(run):
            refuse(run[:-n], "a signed group cut short")
            run = run[-n:]
        hashes = [opsig.op_hash(reg, o.author, o.op_id, o.device_seq, o.table, o.row_id, o.unit_code, o.op.value,
                                o.base_version, o.schema_version, opsig.fields_text(o.fields))
                  for o in (ops[j] for j in run)]
        try:
            prev = bytes.fromhex(prev_hex) if prev_hex else last[op.author]
            sig = opsig.decode_sig(sig_b64)
        except (ValueError, KeyError, binascii.Error):
            refuse(run, "a malformed seal")
            run = []
            continue
        groups.append(_Group(op.author, run, prev, opsig.group_digest(prev, hashes), sig))
        last[op.author] = groups[-1].digest
        run = []
    if run:
        out.hold = run[0]
    by_author: dict[str, list[_Group]] = {}
    for g in groups:
        by_author.setdefault(g.author, []).append(g)
    for author, gs in by_author.items():
        try:
            cert = v.verify(conn, device, certs, author)
            pub = cert.sign_pub
        except CertError as e:
            for g in gs:
                refuse(g.idx, f"{author}: {e.code}")
            continue
        good = _verified_groups(pub, gs)
        role = _role(cert.role)
        if role is not None and _RANK[role] > _RANK[device.role]:
            role = device.role  # the device's enrollment is a ceiling
        for g in gs:
            if id(g) not in good:
                refuse(g.idx, f"{author}: the signature does not hold")
                continue
            for i in g.idx:
                op_id = ops[i].op_id
                if not cert.active or role is None:
                    out.refused[op_id] = (RejectReason.NOT_PERMITTED, f"{author}: not an active account with a role")
                    continue
                out.names[op_id] = author
                out.roles[op_id] = role
    return out


def _chain_heads(reg: str, ops: list[Op]) -> dict[str, bytes]:
    """The digest of each author's last sealed group among `ops` (not verified: only what a
    later group of the same batch names as its previous one when it leaves it out)."""
    heads: dict[str, bytes] = {}
    run: list[Op] = []
    for op in ops:
        if not op.author or (run and run[0].author != op.author):
            run = []
        if not op.author:
            continue
        run.append(op)
        if op.seal is None:
            continue
        try:
            n, prev_hex, _sig = opsig.decode_seal(op.seal)
            prev = bytes.fromhex(prev_hex) if prev_hex else heads[op.author]
        except (ValueError, KeyError, binascii.Error):
            run = []
            continue
        group = run[-n:] if 0 < n <= len(run) else []
        if group:
            heads[op.author] = opsig.group_digest(prev, [
                opsig.op_hash(reg, o.author, o.op_id, o.device_seq, o.table, o.row_id, o.unit_code, o.op.value,
                              o.base_version, o.schema_version, opsig.fields_text(o.fields)) for o in group])
        run = []
    return heads


def _verified_groups(pub: bytes, gs: list[_Group]) -> set[int]:
    """ids of the groups whose signature holds: per chain of linked groups, the last one's
    signature vouches for them all; when it fails, each group is checked on its own."""
    good: set[int] = set()
    chains: list[list[_Group]] = []
    for g in gs:
        if chains and chains[-1][-1].digest == g.prev:
            chains[-1].append(g)
        else:
            chains.append([g])
    for chain in chains:
        last = chain[-1]
        if opsig.verify_group(pub, last.sig, last.digest):
            good |= {id(g) for g in chain}
            continue
        good |= {id(g) for g in chain[:-1] if opsig.verify_group(pub, g.sig, g.digest)}
    return good


def _role(role: str) -> DeviceRole | None:
    try:
        return DeviceRole(role)
    except ValueError:
        return None
