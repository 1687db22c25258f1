from __future__ import annotations

from fastapi import APIRouter

from desktop_app.core.sync.protocol import PROTOCOL_VERSION

router = APIRouter(prefix="/utils", tags=["utils"])


@router.get("/health")
def health() -> dict[str, object]:
    return {"status": "ok", "protocol": PROTOCOL_VERSION}
