"""Operations on tips (tin tố giác)."""

from __future__ import annotations

from typing import Any

from desktop_app.ui.operations import OnDone, read


def list_tips(*, parent: Any, ops: Any, ws: Any, on_done: OnDone, limit: int = 2000, **filters: Any) -> Any:
    return read(parent=parent, ops=ops, fn=lambda: ws.tips.list(limit=limit, **filters), on_done=on_done)
