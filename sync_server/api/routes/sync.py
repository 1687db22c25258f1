from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response
from pydantic import BaseModel
from sqlalchemy import Connection

from desktop_app.core.sync.protocol import (
    DEFAULT_PULL_LIMIT,
    MAX_PULL_LIMIT,
    ErrorReply,
    PullPage,
    PushReply,
    PushRequest,
    SensitiveKeyRequest,
    ServerMeta,
    UnitCheck,
)
from sync_server.api.deps import DeviceToken, EngineDep
from sync_server.core.db import run_read, with_retry
from sync_server.services import published as published_svc
from sync_server.services import pull as pull_svc
from sync_server.services import push as push_svc
from sync_server.services import sealedkeys
from sync_server.services import seen as seen_svc
from sync_server.services.enrollment import authenticate

router = APIRouter(prefix="/sync", tags=["sync"])


def _json(model: BaseModel) -> Response:
    """The reply as the model made it: FastAPI would validate it against `response_model`
    again (the same class) before serialising, a third of a small request's time."""
    return Response(content=model.model_dump_json(), media_type="application/json")

UnitParam = Annotated[str, Query(pattern=r"^\d{2}(\d{3})?$", description="a unit in the device's scope")]
_errors = {401: {"model": ErrorReply}, 403: {"model": ErrorReply}}


@router.get("/meta", response_model=ServerMeta, responses=_errors)
def meta(token: DeviceToken, engine: EngineDep, keys: bool = False, told: bool = False) -> ServerMeta:
    """The server epoch, the device's acknowledged sequence, and each unit in its scope with its
    current version and tombstone horizon; with `keys`, the sensitive keys of the other devices
    covering each unit (issue 16: what the laptop seals the sensitive fields for); with `told`,
    per unit the last version a pull told this device about (a cursor above it comes from a
    history a restore lost)."""
    def read(conn: Connection) -> ServerMeta:
        device = authenticate(conn, token)
        m = pull_svc.meta(conn, device)
        if keys:
            m.sensitive_keys = sealedkeys.keys_for(conn, device)
        if told:
            m.told = seen_svc.told(conn, device.id)
        return m

    m = run_read(engine, read)
    # the fields only when asked for: a laptop of an older release knows no such field
    left_out = ({"sensitive_keys"} if not keys else set()) | ({"told"} if not told else set())
    return Response(content=m.model_dump_json(exclude=left_out or None), media_type="application/json")


@router.post("/sensitive-key", responses=_errors)
def sensitive_key(req: SensitiveKeyRequest, token: DeviceToken, engine: EngineDep) -> Response:
    """The register's sensitive key (issue 16), made after its enrollment or made again."""
    with_retry(engine, lambda conn: sealedkeys.set_key(conn, authenticate(conn, token), req.key))
    return Response(content=b"{}", media_type="application/json")


@router.post("/push", response_model=PushReply, responses={**_errors, 409: {"model": ErrorReply}})
def push(req: PushRequest, token: DeviceToken, engine: EngineDep) -> PushReply:
    """A batch of outbox ops in device_seq order, applied in one transaction: resends skipped,
    a gap refused (409 seq_gap), refused ops acknowledged as rejections."""
    return _json(push_svc.push(engine, token, req))


@router.get("/pull", response_model=PullPage, responses=_errors)
def pull(token: DeviceToken, engine: EngineDep, unit: UnitParam,
         after: Annotated[int, Query(ge=0, le=2**62)] = 0,
         limit: Annotated[int, Query(ge=1, le=MAX_PULL_LIMIT)] = DEFAULT_PULL_LIMIT,
         short_hlcs: bool = False, echo: bool = False, delta: bool = False) -> Response:
    """One page of a unit: rows stamped after `after` (tombstones included), moves and
    conflicts, up to `upto`; store `upto` as the next `after`. With `short_hlcs`, `field_hlc`
    comes in its short form where it can (see RowState); with `echo`, a row this device's own
    push left as the device holds it comes as an echo: its new version only; with `delta`, a
    live row carries only the fields changed after `after` (RowState.partial)."""
    def page(conn: Connection) -> tuple[str, pull_svc.PageBody]:
        device = authenticate(conn, token)
        return device.id, pull_svc.pull_page_json(conn, device, unit, after, limit, short_hlcs, echo, delta)

    device_id, body = run_read(engine, page)
    # what this page told the device about: a base version it sends later is bounded by it
    with_retry(engine, lambda conn: seen_svc.note(conn, device_id, {unit: (after, body.upto)}))
    return Response(content=body.body, media_type="application/json")


@router.get("/published", response_model=PullPage, responses=_errors)
def published(token: DeviceToken, engine: EngineDep, after: Annotated[int, Query(ge=0, le=2**62)] = 0,
              limit: Annotated[int, Query(ge=1, le=MAX_PULL_LIMIT)] = DEFAULT_PULL_LIMIT) -> Response:
    """The templates the device's province published (read-only for a commune device): a pull
    page of the province's unit holding only those rows; store `upto` as the next `after`."""
    body = run_read(engine, lambda conn: published_svc.page_json(conn, authenticate(conn, token), after, limit))
    return Response(content=body.encode("utf-8"), media_type="application/json")


@router.get("/check", response_model=UnitCheck, responses=_errors)
def check(token: DeviceToken, engine: EngineDep, unit: UnitParam,
          upto: Annotated[int, Query(ge=0, le=2**62)], full: bool = False, content: bool = False) -> UnitCheck:
    """The unit's version and running digest (free); with `full`, per-table counts and a hash
    over (table, id, version, deleted) up to `upto`, to compare with the device's replica."""
    reply = run_read(engine, lambda conn: pull_svc.check(conn, authenticate(conn, token), unit, upto, full, content))
    # `content_digest` only when asked for: a laptop of an older release knows no such field
    return Response(content=reply.model_dump_json(exclude={"content_digest"} if not content else None),
                    media_type="application/json")
