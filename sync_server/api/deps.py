"""Typed dependencies of the routes (the template's api/deps.py)."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import Engine

from sync_server.core.db import read_tx
from sync_server.services import enrollment
from sync_server.services.enrollment import DeviceCtx
from sync_server.services.errors import ApiError

_bearer = HTTPBearer(auto_error=False, description="The device token given at enrollment")


async def get_engine(request: Request) -> Engine:
    # async: FastAPI runs a plain `def` dependency on its thread pool, a hop per request for
    # what is an attribute read
    return request.app.state.engine


EngineDep = Annotated[Engine, Depends(get_engine)]


def get_current_device(engine: EngineDep,
                       cred: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]) -> DeviceCtx:
    if cred is None or not cred.credentials:
        raise ApiError(401, "token_missing", "Authorization: Bearer <device token> is required")
    with read_tx(engine) as conn:
        return enrollment.authenticate(conn, cred.credentials)


CurrentDevice = Annotated[DeviceCtx, Depends(get_current_device)]


async def get_device_token(cred: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]) -> str:
    """The bearer token, checked by the route itself on the connection it works with (one
    connection and one query less a request than `CurrentDevice`)."""
    if cred is None or not cred.credentials:
        raise ApiError(401, "token_missing", "Authorization: Bearer <device token> is required")
    return cred.credentials


DeviceToken = Annotated[str, Depends(get_device_token)]
