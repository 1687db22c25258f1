from __future__ import annotations

from fastapi import APIRouter

from desktop_app.core.sync.protocol import EnrollReply, EnrollRequest, ErrorReply
from sync_server.api.deps import EngineDep
from sync_server.core.db import with_retry
from sync_server.services import enrollment

router = APIRouter(tags=["enroll"])


@router.post("/enroll", response_model=EnrollReply,
             responses={403: {"model": ErrorReply}, 409: {"model": ErrorReply}})
def enroll(req: EnrollRequest, engine: EngineDep) -> EnrollReply:
    """Turns a one-time enrollment code into a device token. The code decides the unit and the
    role; it can be used once."""
    return with_retry(engine, lambda conn: enrollment.enroll(conn, req))
