"""Settings declared once (as Picard's options): each with its key, type, default, limits,
Vietnamese label and scope, and the environment variable that overrides it for one run.

Scopes:
- `register`: kept in the register (sync_meta, not synced), the chief's to change in
  Administration → Đơn vị; read and written by `Workspace.setting()` / `set_settings()`.
- `computer`: kept on this computer (QSettings), declared by the UI beside its other per-computer
  settings (desktop_app/ui/settings.py); the core knows only their environment override.
- `environment`: set only by an environment variable, for one run (the command line and the app
  alike).

The labels are the source (Vietnamese) texts the settings pages show; the UI translates them
(desktop_app/ui/settings.py lists them for the catalogues). No Qt here."""

from __future__ import annotations

import os
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Callable, Mapping


class Scope(StrEnum):
    COMPUTER = "computer"
    REGISTER = "register"
    ENVIRONMENT = "environment"


@dataclass(frozen=True)
class Setting:
    """One setting. `lo`/`hi` bound a number (inclusive), `choices` a text; `env` names the
    environment variable that overrides the stored value for one run, read as `env_type` (the
    minutes of a run may be fractional: tests and demos use seconds)."""

    key: str
    type: type
    default: Any
    label: str
    scope: Scope
    lo: float | None = None
    hi: float | None = None
    choices: tuple[str, ...] = ()
    suffix: str = ""  # the unit after a number in the settings page (source text, translated by the UI)
    env: str | None = None
    env_type: Callable[[str], Any] | None = None

    def valid(self, value: Any) -> bool:
        """Whether `value` is one this setting may hold (type, limits, choices)."""
        if isinstance(value, bool) and self.type is not bool:
            return False
        if not isinstance(value, self.type):
            return False
        number: Any = value  # a number when limits are declared
        if self.lo is not None and number < self.lo:
            return False
        if self.hi is not None and number > self.hi:
            return False
        return not self.choices or value in self.choices

    def parse(self, raw: str | None) -> Any:
        """A stored text as this setting's value; the default when missing or not valid."""
        if raw is None or raw == "":
            return self.default
        try:
            value = self.type(raw.strip().lower() if self.type is str else raw)
        except (TypeError, ValueError):
            return self.default
        return value if self.valid(value) else self.default

    def from_env(self, environ: Mapping[str, str] | None = None) -> Any:
        """The value of this run's environment variable; None when it is unset or empty. A value
        this setting cannot hold gives the default for a choice (a language nobody knows: the
        source language) and None for a number (a word, a negative time: the stored value); a number is not
        bounded by `lo`/`hi`: a run may lock after seconds."""
        if not self.env:
            return None
        raw = (os.environ if environ is None else environ).get(self.env, "").strip()
        if not raw:
            return None
        kind = self.env_type or self.type
        if self.choices:
            value = kind(raw)
            return value if value in self.choices else self.default
        try:
            value = kind(raw)
        except (TypeError, ValueError):
            return None
        return None if value < 0 else value


def _language(raw: str) -> str:
    """"en", "EN", "en_GB", "en-US" → "en"."""
    return raw.strip().lower().replace("-", "_").split("_")[0]


DECLARATIONS: tuple[Setting, ...] = (
    Setting("idle_lock_minutes", int, 10, "Tự khóa màn hình sau", Scope.REGISTER, lo=1, hi=120,
            suffix=" phút không thao tác", env="WARDBOOK_IDLE_MINUTES", env_type=float),
    Setting("sync_minutes", int, 5, "Tự động đồng bộ mỗi", Scope.REGISTER, lo=0, hi=240,
            suffix=" phút (0: tắt)", env="WARDBOOK_SYNC_MINUTES", env_type=float),
    # Issue 16: the sealed fields (tip reporters, ethnicity, religion, health) are sealed for the
    # province office's key too (1) or for the commune's registers only (0).
    Setting("seal_for_province", int, 1, "Tỉnh đọc được dữ liệu nhạy cảm gửi lên", Scope.REGISTER,
            lo=0, hi=1, suffix=" (1: có, 0: không)"),
    # The interface language: kept per computer by the app (ui/settings.py), overridden for one
    # run by WARDBOOK_LANG in the app and the command line alike.
    Setting("language", str, "vi", "Ngôn ngữ / Language:", Scope.ENVIRONMENT, choices=("vi", "en"),
            env="WARDBOOK_LANG", env_type=_language),
)

REGISTER_SETTINGS: dict[str, Setting] = {s.key: s for s in DECLARATIONS if s.scope is Scope.REGISTER}
ENVIRONMENT_SETTINGS: dict[str, Setting] = {s.key: s for s in DECLARATIONS if s.scope is Scope.ENVIRONMENT}
