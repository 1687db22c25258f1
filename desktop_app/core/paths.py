"""Where the register lives: `--data-dir`, else `WARDBOOK_DATA_DIR`, else the platform's user
data folder (platformdirs)."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir


def default_data_dir() -> Path:
    env = os.environ.get("WARDBOOK_DATA_DIR")
    if env:
        return Path(env)
    return Path(user_data_dir("WardBook", "WardBook"))
