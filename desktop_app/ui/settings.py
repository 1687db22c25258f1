"""Settings of this computer, declared once (as Picard's options) and kept in QSettings:
window.ini in the config folder (the platform's user config folder, `WARDBOOK_CONFIG_DIR`
overrides it). Not in the register, which travels between computers.

The register's settings (the auto-lock time, the sync interval) and the environment's are
declared in the core (desktop_app/core/domain/settings.py); this module lists the per-computer
ones, reads and writes them, and gives the settings pages the words of both lists."""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings

from desktop_app.core.domain.settings import DECLARATIONS, ENVIRONMENT_SETTINGS, Setting

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ComputerSetting:
    """One setting of this computer. `key` is its QSettings key; `normalise` turns what is
    stored into a value (None: not one, the default is used); `override` is the core's
    declaration of the environment variable that overrides it for one run; `legacy_key` its
    key in the former settings.json, read once when QSettings has none (then moved)."""

    name: str
    key: str
    default: Any
    label: str = ""  # source text in the "Admin" context; "" when no page shows it
    choices: tuple[str, ...] = ()
    normalise: Callable[[Any], Any] | None = None
    override: Setting | None = None
    legacy_key: str | None = None


def _language(value: Any) -> str | None:
    code = str(value or "").strip().lower().replace("-", "_").split("_")[0]
    return code if code in ENVIRONMENT_SETTINGS["language"].choices else None


_LANGUAGE = ENVIRONMENT_SETTINGS["language"]
COMPUTER_SETTINGS: dict[str, ComputerSetting] = {s.name: s for s in (
    ComputerSetting("language", "interface/language", _LANGUAGE.default, _LANGUAGE.label, _LANGUAGE.choices,
                    _language, override=_LANGUAGE, legacy_key="language"),
    # saved on closing the main window, restored at the next start (MainWindow.show_restored)
    ComputerSetting("window_geometry", "main_window/geometry", None),
)}

# The core's labels (domain/settings.py cannot import Qt) as pyside6-lupdate must see them, in
# the context the pages translate them in; tests/ui/test_settings.py checks that none is missing.
_CORE_LABELS = (
    QT_TRANSLATE_NOOP("Admin", "Tự khóa màn hình sau"),
    QT_TRANSLATE_NOOP("Admin", " phút không thao tác"),
    QT_TRANSLATE_NOOP("Admin", "Tự động đồng bộ mỗi"),
    QT_TRANSLATE_NOOP("Admin", " phút (0: tắt)"),
    QT_TRANSLATE_NOOP("Admin", "Tỉnh đọc được dữ liệu nhạy cảm gửi lên"),
    QT_TRANSLATE_NOOP("Admin", " (1: có, 0: không)"),
    QT_TRANSLATE_NOOP("Admin", "Ngôn ngữ / Language:"),
)


def core_texts() -> set[str]:
    """Every label and suffix of the core's declarations (what _CORE_LABELS must hold)."""
    return {t for s in DECLARATIONS for t in (s.label, s.suffix) if t}


def label(spec: Setting | ComputerSetting) -> str:
    from desktop_app.ui.texts import translate

    return translate("Admin", spec.label)


def suffix(spec: Setting) -> str:
    from desktop_app.ui.texts import translate

    return translate("Admin", spec.suffix) if spec.suffix else ""


# -- where they are kept ------------------------------------------------------------------------
def config_dir() -> Path:
    env = os.environ.get("WARDBOOK_CONFIG_DIR")
    if env:
        return Path(env)
    from platformdirs import user_config_dir

    return Path(user_config_dir("WardBook", "WardBook"))


def computer_settings() -> QSettings:
    """This computer's (and this Windows user's) settings file."""
    return QSettings(str(config_dir() / "window.ini"), QSettings.Format.IniFormat)


def _legacy(key: str) -> Any:
    """A value of the former settings.json (the language lived there), None when absent."""
    try:
        data = json.loads((config_dir() / "settings.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data.get(key) if isinstance(data, dict) else None


def read(name: str) -> Any:
    """The stored value of a computer setting, its default when none is stored or it is not
    one; a value still in the former settings.json is moved here the first time."""
    spec = COMPUTER_SETTINGS[name]
    qs = computer_settings()
    raw = qs.value(spec.key)
    if raw is None and spec.legacy_key:
        raw = _legacy(spec.legacy_key)
        if raw is not None and (spec.normalise is None or spec.normalise(raw) is not None):
            write(name, spec.normalise(raw) if spec.normalise else raw)
    if raw is None:
        return spec.default
    if spec.normalise is not None:
        value = spec.normalise(raw)
        return spec.default if value is None else value
    return raw


def effective(name: str) -> Any:
    """The value of this run: the environment's override when set, else the stored value."""
    spec = COMPUTER_SETTINGS[name]
    if spec.override is not None:
        value = spec.override.from_env()
        if value is not None:
            return value
    return read(name)


def write(name: str, value: Any) -> None:
    """Stores a computer setting at once (a failure is logged: the app keeps working)."""
    spec = COMPUTER_SETTINGS[name]
    qs = computer_settings()
    qs.setValue(spec.key, value)
    qs.sync()
    if qs.status() != QSettings.Status.NoError:
        log.warning("cannot save the setting %s to %s", spec.key, qs.fileName())
