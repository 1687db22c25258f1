"""Operations of the Due page (what is due: contacts, evaluations, ends of terms)."""

from __future__ import annotations

from typing import Any

from desktop_app.ui.operations import OnDone, read


def list_due(*, parent: Any, ops: Any, ws: Any, officer: str | None, on_done: OnDone) -> Any:
    """A second or more on a province register: on the slow-read lane (see Ops.slow_query)."""
    return read(parent=parent, ops=ops, fn=lambda: ws.due.list(officer=officer), on_done=on_done, slow=True)
