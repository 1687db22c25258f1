"""Operations on the safety models (mô hình)."""

from __future__ import annotations

from typing import Any

from desktop_app.ui.operations import OnDone, read


def load_models(*, parent: Any, ops: Any, ws: Any, kind: str | None, area: str | None, on_done: OnDone,
                limit: int = 5000) -> Any:
    """(models of `kind` in `area`, the areas of `kind` for the filter, every area for the dialog)."""

    def fetch() -> tuple[Any, list[str], list[str]]:
        kind_areas = ws.models.areas(kind=kind)
        return ws.models.list(kind=kind, area=area, limit=limit), kind_areas, \
            kind_areas if kind is None else ws.models.areas()

    return read(parent=parent, ops=ops, fn=fetch, on_done=on_done)
