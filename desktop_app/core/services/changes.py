"""What a write changed, so that views refresh only what they show (after Anki's OpChanges)."""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace

from desktop_app.core.errors import Problem


@dataclass(frozen=True)
class Changes:
    persons: bool = False
    cases: bool = False
    visits: bool = False  # contacts, evaluations, absences, violations, events
    sessions: bool = False
    tips: bool = False
    models: bool = False
    users: bool = False
    rules: bool = False
    units: bool = False
    settings: bool = False  # the register's own settings (the auto-lock time)
    audit: bool = True
    created_id: str | None = None
    # Rule warnings the user overrode with a reason: shown again in the confirmation.
    overridden: tuple[Problem, ...] = field(default=())

    def __or__(self, other: "Changes") -> "Changes":
        if other is self or (not other.overridden and (self.created_id or not other.created_id)
                             and other._mask() & ~self._mask() == 0):
            return self  # nothing new (an import merges every row's): no new value to build
        if not self.overridden and not self.created_id and self._mask() & ~other._mask() == 0:
            return other  # nothing that `other` does not say already
        mine, theirs = vars(self), vars(other)
        flags = {name: mine[name] or theirs[name] for name in _FLAGS}
        return Changes(
            **flags,
            created_id=self.created_id or other.created_id,
            overridden=self.overridden + other.overridden,
        )

    def _mask(self) -> int:
        """The flags as bits, computed once (the value is frozen)."""
        mask = vars(self).get("_bits")
        if mask is None:
            mask = sum(1 << i for i, name in enumerate(_FLAGS) if getattr(self, name))
            object.__setattr__(self, "_bits", mask)
        return mask

    def with_id(self, ident: str) -> "Changes":
        return replace(self, created_id=ident)

    def kinds(self) -> list[str]:
        return [f.name for f in fields(self) if f.type == "bool" and getattr(self, f.name)]


_FLAGS = tuple(f.name for f in fields(Changes) if f.name not in ("created_id", "overridden"))

# Which Changes flag a synced table belongs to (a sync or a transfer refreshes only what changed).
TABLE_FLAGS = {
    "person": "persons", "id_document": "persons", "case_file": "cases", "contact": "visits",
    "evaluation": "visits", "absence": "visits", "violation": "visits", "case_event": "visits",
    "warning_session": "sessions", "attendance": "sessions", "tip": "tips", "security_model": "models",
}
