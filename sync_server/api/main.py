from fastapi import APIRouter

from sync_server.api.routes import anchor, blobs, enroll, sync, utils

api_router = APIRouter()
api_router.include_router(enroll.router)
api_router.include_router(sync.router)
api_router.include_router(blobs.router)
api_router.include_router(utils.router)
api_router.include_router(anchor.router)
