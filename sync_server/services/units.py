"""Administrative units the server knows (DOMAIN §4), and the scope a device syncs: its unit,
and for a province device every commune the server lists under the province."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any, Iterable

from sqlalchemy import Connection, select

from sync_server.models import Unit, UnitCounter


class UnitFileError(ValueError):
    pass


def level_of(code: str) -> str:
    return "province" if len(code) == 2 else "commune"


def upsert_unit(conn: Connection, code: str, name: str = "", parent_code: str | None = None) -> bool:
    """Registers a unit, or fills in the name/parent it lacked. Returns True when it was new."""
    code = code.strip()
    if not code.isdigit() or len(code) not in (2, 5):
        raise UnitFileError(f"unit code must be 2 or 5 digits: {code!r}")
    if parent_code is None and len(code) == 5:
        parent_code = None
    t = Unit.__table__
    row = conn.execute(select(t).where(t.c.code == code)).mappings().first()
    if row is None:
        conn.execute(t.insert(), {"code": code, "name": name.strip(), "level": level_of(code),
                                  "parent_code": parent_code or None})
        ensure_counter(conn, code)
        return True
    changes: dict[str, Any] = {}
    if name.strip() and name.strip() != row["name"]:
        changes["name"] = name.strip()
    if parent_code and parent_code != row["parent_code"]:
        changes["parent_code"] = parent_code
    if changes:
        conn.execute(t.update().where(t.c.code == code).values(**changes))
    return False


def ensure_counter(conn: Connection, code: str) -> None:
    t = UnitCounter.__table__
    if conn.execute(select(t.c.unit_code).where(t.c.unit_code == code)).first() is None:
        conn.execute(t.insert(), {"unit_code": code, "version": 0, "tombstone_horizon": 0, "row_count": 0,
                                  "digest": "0" * 32})


def read_unit_file(path: Path) -> list[dict[str, str]]:
    """A commune list: CSV with a header (code, name, parent_code — "ma", "ten", "ma_tinh"
    accepted too) or JSON (a list of objects with the same keys). A commune's parent may also
    be given by a province row listed before it."""
    text = Path(path).read_text(encoding="utf-8-sig")
    rows: list[dict[str, Any]]
    if text.lstrip().startswith("["):
        rows = json.loads(text)
    else:
        rows = list(csv.DictReader(io.StringIO(text)))
    out = []
    aliases = {"ma": "code", "mã": "code", "ten": "name", "tên": "name", "ma_tinh": "parent_code",
               "parent": "parent_code"}
    for i, r in enumerate(rows, 1):
        r = {aliases.get(str(k).strip().lower(), str(k).strip().lower()): (str(v).strip() if v is not None else "")
             for k, v in r.items()}
        code = r.get("code", "")
        if not code.isdigit() or len(code) not in (2, 5):
            raise UnitFileError(f"row {i}: unit code must be 2 or 5 digits: {code!r}")
        out.append({"code": code, "name": r.get("name", ""), "parent_code": r.get("parent_code") or None})
    return out


def load_units(conn: Connection, rows: Iterable[dict[str, Any]]) -> tuple[int, int]:
    added = updated = 0
    for r in rows:
        if upsert_unit(conn, r["code"], r.get("name", ""), r.get("parent_code")):
            added += 1
        else:
            updated += 1
    return added, updated


def scope_of(conn: Connection, unit_code: str) -> list[str]:
    """The units a device enrolled for `unit_code` syncs, its own first."""
    if len(unit_code) != 2:
        return [unit_code]
    t = Unit.__table__
    communes = conn.execute(select(t.c.code).where(t.c.parent_code == unit_code).order_by(t.c.code)).scalars()
    return [unit_code, *communes]


def list_units(conn: Connection) -> list[dict[str, Any]]:
    t = Unit.__table__
    return [dict(r) for r in conn.execute(select(t).order_by(t.c.code)).mappings()]
