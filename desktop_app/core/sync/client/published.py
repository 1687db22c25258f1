"""The templates the province published, pulled read-only by a commune register (issue 18
item 2; the server's side is sync_server/services/published.py).

A commune's scope stays its commune; the province's published rows come from `/sync/published`,
pages shaped like a unit's pull page (the province's unit, its version counter), applied by the
same `apply_page` (cursor `cursor:<province>` in sync_meta, one transaction per page). A server
whose counter went back (restored), a cursor below the tombstone horizon or a recovery pulls
them again from 0 and sweeps what the server no longer has. A province register pulls its own
unit as usual and skips this stage. The .docx a row names comes down with the other attachments.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_app.core.sync.client.pull import apply_page, parse_page
from desktop_app.core.sync.client.state import Progress, SyncReport, read_meta
from desktop_app.core.sync.protocol import ServerMeta
from desktop_app.core.sync.transport import HttpTransport, SyncError

if TYPE_CHECKING:
    from desktop_app.core.services.workspace import Workspace


def province_of(server: ServerMeta) -> str | None:
    """The province whose published templates this register reads, or None (a province
    register, or a commune the server lists under no province)."""
    if any(len(u.code) == 2 for u in server.scope):
        return None
    parents = {u.parent_code for u in server.scope if u.parent_code and len(u.parent_code) == 2}
    return parents.pop() if len(parents) == 1 else None


def pull_published(ws: Workspace, t: HttpTransport, server: ServerMeta, report: SyncReport,
                   progress: Progress, limit: int) -> None:
    prov = province_of(server)
    if prov is None:
        return
    with ws.db.read() as conn:
        after = 0 if report.recovered else int(read_meta(conn, f"cursor:{prov}").get(f"cursor:{prov}") or 0)
    sweep = after == 0
    seen: set[str] = set()
    scope = {u.code for u in server.scope} | {prov}
    while True:
        page = parse_page(t.get_body("/sync/published", after=after, limit=limit))
        if page.get("server_epoch") != server.server_epoch:
            raise SyncError("epoch_changed", "the server changed during the sync; sync again")
        if page.get("unit") != prov:
            return  # the server lists this commune under no province (or another): nothing to read
        if not sweep and (int(page["upto"]) < after or after < int(page.get("tombstone_horizon") or 0)):
            after, sweep, seen = 0, True, set()  # the server went back, or purged tombstones unseen
            continue
        apply_page(ws, page, prov, scope, report, seen if sweep else None)
        after = int(page["upto"])
        progress(f"pull:{prov}", after, 0)
        if not page["has_more"]:
            return
