"""Authors of pushed ops (issue 16 item 3, domain/opsig.py): the certificates a push carries, the
signature of a restate batch, and the op written before authors were recorded.

- `certs_for`: a push names the certificates of its ops' authors and of every issuer up to the
  register's root (domain/certs.verify_chain walks them on the server). They come from the key
  slots (services/authorship.cert_of: the one seam where the roles branch's certificate store
  plugs in).
- `sign_restate`: a restate re-sends rows, not the outbox's signed ops; the account running the
  sync signs the batch as one group (its own chain is not touched), so the server judges the
  restate by that account's role.
- Ops written before authors were recorded: services/authorship.stamp_legacy, at login.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from desktop_app.core.domain import opsig
from desktop_app.core.services import authorship
from desktop_app.core.sync.protocol import Op

if TYPE_CHECKING:
    from desktop_app.core.services.workspace import Workspace


def certs_for(ws: Workspace, authors: Iterable[str]) -> dict[str, dict[str, Any]]:
    """{user name: certificate} of `authors` and their issuers up to the root (what exists)."""
    return authorship.certs_for(ws, authors)


def sign_restate(ws: Workspace, register_id: str, ops: list[Op]) -> list[Op]:
    """The restate batch `ops` (device_seq 0) as one group signed by the signed-in account."""
    if not ops:
        return ops
    author = ws.username
    ops = [o.model_copy(update={"author": author}) for o in ops]
    hashes = [opsig.op_hash(register_id, author, o.op_id, o.device_seq, o.table, o.row_id, o.unit_code, o.op.value,
                            o.base_version, o.schema_version, opsig.fields_text(o.fields)) for o in ops]
    digest = opsig.group_digest(opsig.ZERO_HEAD, hashes)
    sig = authorship.sign_digest(ws, digest)
    seal = f"{len(ops)}.{opsig.ZERO_HEAD.hex()}.{opsig.encode_sig(sig)}"
    ops[-1] = ops[-1].model_copy(update={"seal": seal})
    return ops
