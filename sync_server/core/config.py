"""Server settings, declared once (pydantic-settings): environment variables prefixed
WARDBOOK_SERVER_, overridden by command-line options."""

from __future__ import annotations

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_DB = "sqlite:///wardbook-server.db"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="WARDBOOK_SERVER_", extra="ignore")

    db: str = Field(default=DEFAULT_DB, description="SQLAlchemy URL: sqlite:///FILE or postgresql+psycopg://…")
    host: str = "127.0.0.1"
    port: int = 8765
    # Decompressed request bodies above this are refused (a gzip bomb must not eat the memory).
    # Request bodies above this, plain or gzip (compressed or not), are refused 413 before any
    # parsing (sync_server/api/limits.py).
    max_body_bytes: int = 64 * 1024 * 1024
    # /enroll, reachable without a token: a smaller cap, and at most `enroll_attempts` requests
    # per `enroll_window` seconds per client address (429 with Retry-After; 0: no limit).
    enroll_max_bytes: int = Field(default=64 * 1024, ge=1024)
    enroll_attempts: int = Field(default=20, ge=0)
    enroll_window: float = Field(default=60.0, gt=0)
    # Behind a reverse proxy on this machine every request comes from 127.0.0.1: with this on,
    # a request from a loopback peer is counted under the last address of its X-Forwarded-For
    # (the one the proxy added). Off by default: a client could name any address there.
    trust_proxy: bool = False
    enroll_code_days: int = 7
    # Threads a worker process runs requests on (and so, at most, database connections it
    # uses at once).
    threads: int = Field(default=16, ge=1, le=200)
    # The clock bound (docs/architecture.md §3): a pushed change stamped more than this many
    # seconds ahead of the server's clock is re-stamped at the server's time, and the laptop is
    # told its clock runs fast. WARDBOOK_SERVER_CLOCK_MAX_AHEAD_SECONDS.
    clock_max_ahead_seconds: float = Field(default=300, ge=0, le=7 * 24 * 3600)
    # Shifts the server's own clock (seconds): for tests of a server whose clock is off. Never
    # set in production. WARDBOOK_SERVER_CLOCK_OFFSET_SECONDS.
    clock_offset_seconds: float = 0.0
    # Fault injection for the end-to-end tests (drop a reply after commit, answer 503). Never
    # set in production: the routes do not exist unless this is on.
    test_hooks: bool = False


def normalise_db_url(url: str) -> str:
    """Accepts a bare file path as an SQLite database, and postgresql:// as psycopg 3."""
    if "://" not in url:
        return f"sqlite:///{url}"
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url
