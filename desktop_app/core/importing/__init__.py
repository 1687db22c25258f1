"""Importing registers kept in Excel (.xlsx) or CSV: people & cases, citizen tips, warning
sessions, security models. See `engine.import_workbook` for the row outcomes.

The names below are loaded on first use (PEP 562): the process that reads a big workbook ahead
of the import (`reader.open_workbook`) imports `importing.reader` alone, not the engine and the
services behind it."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop_app.core.importing.engine import (
        ImportResult,
        RowError,
        RowOutcome,
        SheetResult,
        import_workbook,
    )
    from desktop_app.core.importing.headers import SheetKind
    from desktop_app.core.importing.messages import message_vi
    from desktop_app.core.importing.template import write_template

__all__ = ["import_workbook", "write_template", "ImportResult", "SheetResult", "RowOutcome",
           "RowError", "SheetKind", "message_vi"]

_HOME = {"import_workbook": "engine", "ImportResult": "engine", "SheetResult": "engine",
         "RowOutcome": "engine", "RowError": "engine", "SheetKind": "headers",
         "message_vi": "messages", "write_template": "template"}


def __getattr__(name: str) -> Any:
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value
