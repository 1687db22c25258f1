"""Transfers between units (DOMAIN §4): rows handed from one commune to another, e.g. a case
and what hangs off it when the person moves. A transfer is a synced change of `unit_code`;
once synced, the rows leave the old commune's scope and arrive in the new one's.

    changes = ws.transfers.move_rows("case_file", [case_id], "25202")
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterable

from sqlalchemy import select, update

from desktop_app.core.errors import NotFound
from desktop_app.core.services import permissions as perm
from desktop_app.core.services.base import Tx, canonical
from desktop_app.core.services.changes import TABLE_FLAGS, Changes
from desktop_app.core.store.tables import SYNCED_TABLES, field_hlc_map

if TYPE_CHECKING:
    from desktop_app.core.services.workspace import Workspace


class TransferService:
    def __init__(self, ws: Workspace):
        self.ws = ws

    def move_rows(self, table: str, row_ids: Iterable[str], to_unit: str) -> Changes:
        """Moves rows of a synced table to another unit, in one transaction: for each row a
        synced change of `unit_code` (its own HLC, so it wins over older edits of the row
        elsewhere) and an audit row "transfer" {from, to}. The caller chooses the rows (a case
        and its contacts, evaluations…). Needs the right to delete records, and both units in
        the user's scope. Raises NotFound for a row that is not here."""
        ws = self.ws
        ws.require(perm.DELETE_RECORDS)
        ws.check_unit(to_unit)
        model = SYNCED_TABLES[table]
        with ws._write() as tx:
            for row_id in row_ids:
                _move_one(tx, model, row_id, to_unit)
        flag: dict[str, Any] = {TABLE_FLAGS[table]: True}
        return Changes(**flag)


def _move_one(tx: Tx, model: Any, row_id: str, to_unit: str) -> None:
    table = model.__table__
    cur = tx.conn.execute(select(table.c.unit_code, table.c.version, table.c.field_hlc, table.c.updated_hlc)
                          .where(table.c.id == row_id)).first()
    if cur is None:
        raise NotFound(model.__tablename__, row_id)
    tx.ws.check_unit(cur.unit_code)
    if cur.unit_code == to_unit:
        return
    hlc = tx._hlc()
    field_hlc = field_hlc_map(model.__tablename__, cur.field_hlc, cur.updated_hlc)
    field_hlc["unit_code"] = hlc
    tx.conn.execute(update(table).where(table.c.id == row_id).values(
        unit_code=to_unit, updated_hlc=hlc, field_hlc=canonical(field_hlc),
        updated_by=tx.ws.username))
    tx._outbox(model.__tablename__, row_id, to_unit, "update", {"unit_code": to_unit}, hlc, cur.version)
    tx.audit("transfer", model.__tablename__, row_id, None, {"from": cur.unit_code, "to": to_unit})
