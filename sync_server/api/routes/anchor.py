"""`POST /sync/anchor`: the register's audit head, signed by the device (issue 16 item 4;
services/anchors.py)."""

from __future__ import annotations

from fastapi import APIRouter

from desktop_app.core.sync.protocol import ErrorReply
from desktop_app.core.sync.protocol_anchor import AnchorReply, AuditAnchor
from sync_server.api.deps import DeviceToken, EngineDep
from sync_server.core.db import with_retry
from sync_server.services import anchors
from sync_server.services.enrollment import authenticate

router = APIRouter(prefix="/sync", tags=["sync"])


@router.post("/anchor", response_model=AnchorReply, responses={401: {"model": ErrorReply}, 403: {"model": ErrorReply}})
def anchor(req: AuditAnchor, token: DeviceToken, engine: EngineDep) -> AnchorReply:
    """Keeps the device's audit anchor when it extends the accepted one; refuses one that goes
    back (`cut`) or whose chain at the accepted count differs (`rewritten`), and flags the
    device; answers `stale` with the accepted anchor when the device named another."""
    def run(conn):  # noqa: ANN001, ANN202
        device = authenticate(conn, token)
        return anchors.record_anchor(conn, device.id, device.signing_key, req)

    return with_retry(engine, run)
