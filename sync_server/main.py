"""The FastAPI application: `create_app(settings)`; `wardbook-server run` serves it."""

from __future__ import annotations

import contextlib
import gc

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.middleware.gzip import GZipMiddleware

from desktop_app.core.sync.protocol import API_PREFIX
from sync_server.api.limits import RequestLimits
from sync_server.api.main import api_router
from sync_server.api.middleware import FaultInjector, GzipRequestMiddleware, ZstdResponses
from sync_server.core import clock
from sync_server.core.config import Settings
from sync_server.core.db import WalCheckpointer, is_sqlite, make_engine, migrate
from sync_server.services.errors import ApiError


def create_app(settings: Settings | None = None, *, engine=None, run_migrations: bool = True) -> FastAPI:  # noqa: ANN001
    settings = settings or Settings()

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI):  # noqa: ANN202
        # Requests run on anyio's thread pool (their database calls block). Its default, 40
        # threads a worker, only makes them queue for the GIL and the connection pool
        # instead of the pool's own queue: fewer threads, less thrashing under load.
        import anyio.to_thread

        anyio.to_thread.current_default_thread_limiter().total_tokens = settings.threads
        db = app.state.engine
        checkpointer = WalCheckpointer(db).start() if is_sqlite(db) else None
        try:
            yield
        finally:
            if checkpointer is not None:
                checkpointer.stop()

    app = FastAPI(title="WardBook provincial sync server", version="1", lifespan=lifespan,
                  description="Hub of the WardBook registers of a province: enrollment, push, pull, check "
                              "(protocol: desktop_app/core/sync/protocol.py).")
    if engine is None:
        engine = make_engine(settings.db)
        if run_migrations:
            migrate(engine)
    app.state.engine = engine
    app.state.settings = settings
    clock.configure(settings)

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
    # Zstandard for a client that asks it (this release's); inside gzip, which then leaves its
    # replies alone and compresses those of an older client, which asks gzip only.
    app.add_middleware(ZstdResponses, minimum_size=1024, level=1)
    # Level 2: a 10,000-row pull page compresses in half the time of level 5 for 10% more
    # bytes (9 costs 7x the time of 5 for 6% less); the server's CPU serves a whole province.
    app.add_middleware(GZipMiddleware, minimum_size=1024, compresslevel=2)
    app.add_middleware(GzipRequestMiddleware, max_bytes=settings.max_body_bytes)
    # outermost: counts and caps bodies, rate-limits /enroll, before anything parses
    app.add_middleware(RequestLimits, max_bytes=settings.max_body_bytes, enroll_max_bytes=settings.enroll_max_bytes,
                       enroll_attempts=settings.enroll_attempts, enroll_window=settings.enroll_window,
                       trust_proxy=settings.trust_proxy)
    if settings.test_hooks:
        app.add_middleware(FaultInjector)
    return app


def app_from_env() -> FastAPI:
    """For `wardbook-server run --workers N`: each worker process builds the app from the
    environment (WARDBOOK_SERVER_*); the command migrated the database before starting them."""
    return freeze_startup(create_app(Settings(), run_migrations=False))


def freeze_startup(app: FastAPI) -> FastAPI:
    """For a serving process (`wardbook-server run`): what exists once the app is built
    (modules, the app, its schemas) lives as long as the process, and is kept out of the cyclic
    collector, whose full passes would otherwise walk it all again and again while a push of
    1,000 ops allocates its records (a third of that push's time)."""
    gc.collect()
    gc.freeze()
    return app


def _h11_nodelay() -> type:
    from uvicorn.protocols.http.h11_impl import H11Protocol

    class H11NoDelay(H11Protocol):
        """uvicorn's HTTP/1.1 protocol with TCP_NODELAY on every connection. With `--workers`
        uvicorn binds the listening socket itself (protocol number 0), and asyncio then leaves
        Nagle's algorithm on: a reply written as headers then body waits for the client's
        delayed ACK, 40 ms a request on keep-alive connections."""

        def connection_made(self, transport):  # noqa: ANN001, ANN201
            import socket

            sock = transport.get_extra_info("socket")
            if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
                try:
                    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                except OSError:
                    pass
            super().connection_made(transport)

    return H11NoDelay


H11NoDelay = _h11_nodelay()  # uvicorn's `http=` option: "sync_server.main:H11NoDelay"
