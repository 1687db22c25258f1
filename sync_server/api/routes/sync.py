from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response

from desktop_app.core.sync.protocol import (
    DEFAULT_PULL_LIMIT,
    MAX_PULL_LIMIT,
    ErrorReply,
    PullPage,
    PushReply,
    PushRequest,
    ServerMeta,
    UnitCheck,
)
from sync_server.api.deps import CurrentDevice, EngineDep
from sync_server.core.db import read_tx
from sync_server.services import pull as pull_svc
from sync_server.services import push as push_svc

router = APIRouter(prefix="/sync", tags=["sync"])
UnitParam = Annotated[str, Query(pattern=r"^\d{2}(\d{3})?$", description="a unit in the device's scope")]
_errors = {401: {"model": ErrorReply}, 403: {"model": ErrorReply}}


@router.get("/meta", response_model=ServerMeta, responses=_errors)
def meta(device: CurrentDevice, engine: EngineDep) -> ServerMeta:
    """The server epoch, the device's acknowledged sequence, and each unit in its scope with its
    current version and tombstone horizon."""
    with read_tx(engine) as conn:
        return pull_svc.meta(conn, device)


@router.post("/push", response_model=PushReply, responses={**_errors, 409: {"model": ErrorReply}})
def push(req: PushRequest, device: CurrentDevice, engine: EngineDep) -> PushReply:
    """A batch of outbox ops in device_seq order, applied in one transaction: resends skipped,
    a gap refused (409 seq_gap), refused ops acknowledged as rejections."""
    return push_svc.push(engine, device, req)


@router.get("/pull", response_model=PullPage, responses=_errors)
def pull(device: CurrentDevice, engine: EngineDep, unit: UnitParam,
         after: Annotated[int, Query(ge=0, le=2**62)] = 0,
         limit: Annotated[int, Query(ge=1, le=MAX_PULL_LIMIT)] = DEFAULT_PULL_LIMIT) -> Response:
    """One page of a unit: rows stamped after `after` (tombstones included), moves and
    conflicts, up to `upto`; store `upto` as the next `after`."""
    with read_tx(engine) as conn:
        body = pull_svc.pull_page_json(conn, device, unit, after, limit)
    return Response(content=body.encode("utf-8"), media_type="application/json")


@router.get("/check", response_model=UnitCheck, responses=_errors)
def check(device: CurrentDevice, engine: EngineDep, unit: UnitParam,
          upto: Annotated[int, Query(ge=0, le=2**62)], full: bool = False) -> UnitCheck:
    """The unit's version and running digest (free); with `full`, per-table counts and a hash
    over (table, id, version, deleted) up to `upto`, to compare with the device's replica."""
    with read_tx(engine) as conn:
        return pull_svc.check(conn, device, unit, upto, full)
