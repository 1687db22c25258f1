"""The FastAPI application: `create_app(settings)`; `wardbook-server run` serves it."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.middleware.gzip import GZipMiddleware

from desktop_app.core.sync.protocol import API_PREFIX
from sync_server.api.main import api_router
from sync_server.api.middleware import FaultInjector, GzipRequestMiddleware
from sync_server.core.config import Settings
from sync_server.core.db import make_engine, migrate
from sync_server.services.errors import ApiError


def create_app(settings: Settings | None = None, *, engine=None, run_migrations: bool = True) -> FastAPI:  # noqa: ANN001
    settings = settings or Settings()
    app = FastAPI(title="WardBook provincial sync server", version="1",
                  description="Hub of the WardBook registers of a province: enrollment, push, pull, check "
                              "(protocol: desktop_app/core/sync/protocol.py).")
    if engine is None:
        engine = make_engine(settings.db)
        if run_migrations:
            migrate(engine)
    app.state.engine = engine
    app.state.settings = settings

    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return JSONResponse(status_code=exc.status, content={"detail": exc.body()})

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = exc.errors()
        first = errors[0] if errors else {}
        where = ".".join(str(x) for x in first.get("loc", ()))
        return JSONResponse(status_code=422, content={"detail": {
            "code": "invalid_request", "detail": f"{where}: {first.get('msg', '')}"[:500]}})

    app.include_router(api_router, prefix=API_PREFIX)
    app.add_middleware(GZipMiddleware, minimum_size=1024, compresslevel=5)  # 9 costs 7x the time for 6% less
    app.add_middleware(GzipRequestMiddleware, max_bytes=settings.max_body_bytes)
    if settings.test_hooks:
        app.add_middleware(FaultInjector)
    return app


def app_from_env() -> FastAPI:
    """For `wardbook-server run --workers N`: each worker process builds the app from the
    environment (WARDBOOK_SERVER_*); the command migrated the database before starting them."""
    return create_app(Settings(), run_migrations=False)
