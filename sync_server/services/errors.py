"""Refusals with a stable code; the API turns them into {"detail": {"code": …}} (ErrorReply)."""

from __future__ import annotations

from typing import Any


class ApiError(Exception):
    def __init__(self, status: int, code: str, detail: str = "", **extra: Any):
        self.status, self.code, self.detail, self.extra = status, code, detail, extra
        super().__init__(f"{status} {code}: {detail}")

    def body(self) -> dict[str, Any]:
        return {"code": self.code, "detail": self.detail, **{k: v for k, v in self.extra.items() if v is not None}}
