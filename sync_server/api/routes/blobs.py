from __future__ import annotations

import re
from typing import Annotated

from fastapi import APIRouter, Header, Path, Query, Request, Response

from desktop_app.core.sync.protocol import BLOB_CHUNK, MAX_BLOB_BYTES, BlobStatus, ErrorReply
from sync_server.api.deps import CurrentDevice, EngineDep
from sync_server.core.db import read_tx, with_retry
from sync_server.services import blobs as blob_svc
from sync_server.services.errors import ApiError

router = APIRouter(prefix="/blobs", tags=["attachments"])
ShaParam = Annotated[str, Path(pattern=r"^[0-9a-f]{64}$")]
_errors = {401: {"model": ErrorReply}, 404: {"model": ErrorReply}}


@router.get("/{sha256}/status", response_model=BlobStatus, responses=_errors)
def blob_status(sha256: ShaParam, device: CurrentDevice, engine: EngineDep) -> BlobStatus:
    """How much of an attachment the server holds (an upload continues at `received`)."""
    with read_tx(engine) as conn:
        return blob_svc.status(conn, device, sha256)


@router.put("/{sha256}", response_model=BlobStatus, responses={**_errors, 409: {"model": ErrorReply}})
async def blob_put(sha256: ShaParam, request: Request, device: CurrentDevice, engine: EngineDep,
                   offset: Annotated[int, Query(ge=0, le=MAX_BLOB_BYTES)],
                   size: Annotated[int, Query(ge=1, le=MAX_BLOB_BYTES)],
                   content_type: Annotated[str, Header()] = "application/octet-stream") -> BlobStatus:
    """One chunk (at most BLOB_CHUNK bytes) of an attachment at `offset`."""
    data = await request.body()
    if len(data) > BLOB_CHUNK:
        raise ApiError(413, "blob_chunk_too_large", f"at most {BLOB_CHUNK} bytes a request")
    from starlette.concurrency import run_in_threadpool

    return await run_in_threadpool(with_retry, engine, lambda conn: blob_svc.put_chunk(
        conn, device, sha256, offset, size, data, content_type))


@router.get("/{sha256}", responses={**_errors, 200: {"content": {"application/octet-stream": {}}}})
def blob_get(sha256: ShaParam, device: CurrentDevice, engine: EngineDep,
             range_: Annotated[str | None, Header(alias="Range")] = None) -> Response:
    """The attachment's bytes; `Range: bytes=N-` resumes a download cut short."""
    start = 0
    if range_:
        m = re.fullmatch(r"bytes=(\d+)-", range_.strip())
        if not m:
            raise ApiError(416, "bad_range", "only bytes=N- is supported")
        start = int(m.group(1))
    with read_tx(engine) as conn:
        data, size, mime = blob_svc.read(conn, device, sha256, start)
    if start:
        if start > size:
            raise ApiError(416, "bad_range", f"the attachment has {size} bytes")
        return Response(content=data, status_code=206, media_type=mime,
                        headers={"Content-Range": f"bytes {start}-{size - 1}/{size}"})
    return Response(content=data, media_type=mime)
