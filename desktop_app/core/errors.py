"""Typed errors the core raises. The core never formats UI strings: a problem is a code plus
parameters, and the UI (or the CLI) turns it into text in the user's language."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one field. `severity="warning"` means a rule breach that the user may
    override by giving a reason; `"error"` blocks the write."""

    field: str
    code: str
    # dataclasses.field, spelled out: the attribute `field` above shadows the name in this body
    params: dict[str, Any] = dataclasses.field(default_factory=dict)
    severity: Severity = "error"

    def describe(self) -> str:
        """A plain, language-neutral one-liner for logs and the CLI (field: code key=value)."""
        extra = " ".join(f"{k}={v}" for k, v in sorted(self.params.items()))
        return f"{self.field}: {self.code}" + (f" ({extra})" if extra else "")


class WardbookError(Exception):
    """Base class of every error the core raises on purpose."""


class ValidationFailed(WardbookError):
    """Input was refused. Nothing was written."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        super().__init__("; ".join(p.describe() for p in self.problems))

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]


class NotFound(WardbookError):
    def __init__(self, kind: str, ident: str):
        self.kind, self.ident = kind, ident
        super().__init__(f"{kind} not found: {ident}")


class AuthenticationFailed(WardbookError):
    """Wrong user name or password, or the account is locked. `reason` is a code."""

    def __init__(self, reason: str, *, retry_after: float | None = None):
        self.reason = reason
        self.retry_after = retry_after
        msg = reason if retry_after is None else f"{reason} (retry after {retry_after:.0f}s)"
        super().__init__(msg)


class PermissionDenied(WardbookError):
    def __init__(self, action: str, role: str):
        self.action, self.role = action, role
        super().__init__(f"role {role!r} may not {action}")


class StoreError(WardbookError):
    """The register file cannot be used (missing, corrupt, not a WardBook register, disk full).
    `code` says which; the message is for logs."""

    def __init__(self, code: str, message: str = ""):
        self.code = code
        super().__init__(f"{code}: {message}" if message else code)
