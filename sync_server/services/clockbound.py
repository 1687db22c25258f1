"""The clock bound at push (docs/architecture.md §3): an op whose HLC stamps are more than the
allowed offset ahead of the server's time is re-stamped at the server's time — never dropped,
never refused. The new stamps keep the op's device part (a conflict still knows its author)
and the order of that device's stamps (core.domain.hlc.restamp_ahead); the push reply tells the
device (PushReply.clock_ahead), and the laptop re-stamps its own pending edits before pushing,
so this happens only for a laptop that could not know (a bundle made offline, an older
client)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from desktop_app.core.domain.hlc import restamp_ahead
from desktop_app.core.sync.protocol import ClockNotice, Op


def bound_ops(ops: list[Op], now_ms: int, max_ahead_ms: int,
              stored: Callable[[], Iterable[str]] = tuple) -> tuple[list[Op], list[Op]]:
    """(`ops` with every stamp more than `max_ahead_ms` ahead of `now_ms` re-stamped, the
    re-stamped ops). A re-stamped change stays after the same device's stamps within the bound
    in the batch and in `stored()` (the stamps of the rows the batch touches). The request's
    ops are left as they came (a push retried after a serialization failure bounds them
    again)."""
    limit = now_ms + max_ahead_ms
    # string order is clock order: a stamp is ahead exactly when it is >= the hex of limit + 1
    bound = f"{limit + 1:012x}"
    if not any(o.field_hlcs and max(o.field_hlcs.values()) >= bound for o in ops):
        return ops, []
    mapping = restamp_ahead((h for o in ops for h in o.field_hlcs.values()), limit, lambda _s: now_ms, stored())
    out, restamped = [], []
    for o in ops:
        if any(h in mapping for h in o.field_hlcs.values()):
            o = o.model_copy(update={"field_hlcs": {k: mapping.get(h, h) for k, h in o.field_hlcs.items()}})
            restamped.append(o)
        out.append(o)
    return out, restamped


def notice(restamped: list[Op], now_ms: int, max_ahead_ms: int) -> ClockNotice | None:
    if not restamped:
        return None
    return ClockNotice(server_time_ms=now_ms, max_ahead_ms=max_ahead_ms, restamped=len(restamped))
