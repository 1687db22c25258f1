"""Importing registers kept in Excel (.xlsx) or CSV: people & cases, citizen tips, warning
sessions, security models. See `engine.import_workbook` for the row outcomes."""

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
