"""Where things live.

The register: `--data-dir`, else `WARDBOOK_DATA_DIR`, else the platform's user data folder
(platformdirs).

The application's own files (resources/ with the fonts, i18n/ with the compiled .qm
catalogues): beside desktop_app/ in a source tree or an editable install, and in the bundle
folder (`sys._MEIPASS`, `_internal/` of the one-folder build) when frozen by PyInstaller —
build_installer.spec puts them at the same relative places there."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_dir


def default_data_dir() -> Path:
    env = os.environ.get("WARDBOOK_DATA_DIR")
    if env:
        return Path(env)
    return Path(user_data_dir("WardBook", "WardBook"))


def is_frozen() -> bool:
    """True inside the PyInstaller build."""
    return bool(getattr(sys, "frozen", False) and getattr(sys, "_MEIPASS", None))


def app_root() -> Path:
    """The folder that holds resources/ and i18n/: the PyInstaller bundle folder when frozen,
    else the folder above the desktop_app package (the repository root)."""
    if is_frozen():
        return Path(sys._MEIPASS)  # type: ignore[attr-defined]
    return Path(__file__).resolve().parents[2]


def resources_dir() -> Path:
    """resources/ (fonts, icons); `WARDBOOK_RESOURCE_DIR` overrides."""
    env = os.environ.get("WARDBOOK_RESOURCE_DIR")
    return Path(env) if env else app_root() / "resources"


def i18n_dir() -> Path:
    """i18n/ with the compiled Qt catalogues (wardbook_en.qm, …); `WARDBOOK_I18N_DIR` overrides."""
    env = os.environ.get("WARDBOOK_I18N_DIR")
    return Path(env) if env else app_root() / "i18n"


DB_NAME = "register.db"
SLOTS_NAME = "keyslots.json"


def register_exists(data_dir: Path) -> bool:
    """Whether `data_dir` holds a register (its key slots or its database file). A file check
    only: the app asks it before the heavy modules are imported."""
    return (Path(data_dir) / SLOTS_NAME).exists() or (Path(data_dir) / DB_NAME).exists()
