"""Finding what is already in the register: persons by CCCD and by folded name (loaded once
and kept up to date with what the import writes), tips, sessions, models and officers."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from desktop_app.core.textvn import fold

if TYPE_CHECKING:
    from desktop_app.core.services.workspace import Workspace

# -------------------------------------------------------------------------------------------
# Lookups over what is already in the register (public service reads only)


def birth_compatible(a: str | None, b: str | None) -> bool:
    """Two stored partial dates that may denote the same birth: unknown matches anything, a
    year alone matches any date in that year."""
    if not a or not b:
        return True
    # == all(x == y for x, y in zip(a.split("-"), b.split("-"))): the one with fewer parts is
    # the other's start, up to a "-" or the end (an import compares every new row's birth date
    # with those of the register's namesakes)
    if len(a) > len(b):
        a, b = b, a
    return b.startswith(a) and (len(a) == len(b) or b[len(a)] == "-")


@dataclass
class PersonRef:
    id: str
    full_name: str
    birth_date: str | None
    cccd: str | None
    row: int | None = None  # the row of this import that created or matched it
    sheet: str | None = None


class PersonIndex:
    """Persons in scope by CCCD and by folded name, loaded once through `ws.persons.list` and
    kept up to date with what this import writes."""

    def __init__(self, ws: "Workspace"):
        self.by_cccd: dict[str, PersonRef] = {}
        self.by_name: dict[str, list[PersonRef]] = {}
        offset, page = 0, 2000
        while True:
            res = ws.persons.list(limit=page, offset=offset)
            for r in res.rows:
                self.add(PersonRef(r.id, r.full_name, r.birth_date, r.cccd))
            offset += page
            if offset >= res.total or not res.rows:
                break

    def add(self, p: PersonRef) -> None:
        if p.cccd:
            self.by_cccd[p.cccd] = p
        self.by_name.setdefault(fold(p.full_name), []).append(p)

    def remove(self, p: PersonRef) -> None:
        if p.cccd and self.by_cccd.get(p.cccd) is p:
            del self.by_cccd[p.cccd]
        same = self.by_name.get(fold(p.full_name), [])
        if p in same:
            same.remove(p)

    def update(self, p: PersonRef, *, full_name: str, birth_date: str | None, cccd: str | None) -> None:
        if fold(full_name) != fold(p.full_name):
            self.by_name[fold(p.full_name)].remove(p)
            self.by_name.setdefault(fold(full_name), []).append(p)
        if cccd and cccd != p.cccd:
            self.by_cccd.pop(p.cccd or "", None)
            self.by_cccd[cccd] = p
        p.full_name, p.birth_date, p.cccd = full_name, birth_date, cccd or p.cccd

    def similar(self, full_name: str, birth_date: str | None) -> list[PersonRef]:
        return [p for p in self.by_name.get(fold(full_name), ())
                if birth_compatible(p.birth_date, birth_date)]


class Lookups:
    """Per-import lookups of tips by date, sessions by date, models by kind, officers."""

    def __init__(self, ws: "Workspace"):
        self.ws = ws
        self._tips: dict[dt.date, dict[str, Any]] = {}
        self._sessions: dict[dt.date, dict[str, Any]] = {}
        self._models: dict[str, dict[tuple[str, str], Any]] = {}
        self._officers: dict[str, str] | None = None

    def tips_on(self, d: dt.date) -> dict[str, Any]:
        if d not in self._tips:
            found: dict[str, Any] = {}
            offset = 0
            while True:
                page = self.ws.tips.list(date_from=d, date_to=d, limit=500, offset=offset)
                for t in page.rows:
                    found.setdefault(key_text(t.content), t)
                offset += 500
                if offset >= page.total or not page.rows:
                    break
            self._tips[d] = found
        return self._tips[d]

    def sessions_on(self, d: dt.date) -> dict[str, Any]:
        if d not in self._sessions:
            page = self.ws.sessions.list(date_from=d, date_to=d, limit=1000)
            self._sessions[d] = {key_text(s.place): s for s in page.rows}
        return self._sessions[d]

    def models_of(self, kind: str) -> dict[tuple[str, str], Any]:
        if kind not in self._models:
            found: dict[tuple[str, str], Any] = {}
            offset = 0
            while True:
                page = self.ws.models.list(kind=kind, limit=500, offset=offset)
                for m in page.rows:
                    found.setdefault((key_text(m.name), key_text(m.area)), m)
                offset += 500
                if offset >= page.total or not page.rows:
                    break
            self._models[kind] = found
        return self._models[kind]

    def officer(self, raw: str) -> str:
        """A username when the text names an account (its user name or full name), else the
        text as written."""
        if self._officers is None:
            self._officers = {}
            try:
                for u in self.ws.users.list():
                    self._officers[fold(u.username)] = u.username
                    if u.full_name:
                        self._officers.setdefault(fold(u.full_name), u.username)
            except Exception:  # noqa: BLE001 - listing accounts may be refused to a role
                pass
        key = fold(re.sub(r"^\s*(đ/c|Đ/c|đ/c\.|đồng chí|Đồng chí|dc|DC|Đ/C)\s+", "", raw))
        return self._officers.get(key) or self._officers.get(fold(raw)) or raw


def key_text(s: str | None) -> str:
    return fold(s or "")

