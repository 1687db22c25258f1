"""Many service writes in one transaction: `with ws.batch() as b:` (imports, demo data).

Inside the block, the services' writes and reads *made from this thread* join one connection
and transaction instead of each paying a durable commit (an fsync, ~6 ms):

* `b.row()` wraps one unit (an input row) in a SAVEPOINT: a row whose second write fails (the
  person was added, the case is refused) leaves nothing behind;
* every service write that is not inside `row()` gets its own savepoint the same way;
* `b.checkpoint()` commits what is done so far, so a long import does not hold the write lock
  for its whole length;
* `rollback=True` throws everything away at the end: a dry run runs exactly the code of the
  real run and reports the same outcomes, then writes nothing.

Other threads (the GUI thread while an import runs in a worker) keep their own transactions.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Any, Iterator

from desktop_app.core.services.base import Tx

if TYPE_CHECKING:
    from desktop_app.core.services.workspace import Workspace


class Batch:
    def __init__(self, ws: "Workspace", conn: Any, rollback: bool):
        self.ws, self.conn, self.rollback = ws, conn, rollback
        self._trans: Any = None
        self.tx: Tx | None = None
        self._in_row = False
        self._row_open = False  # the row's savepoint is taken (at its first write)

    def begin(self) -> None:
        self._trans = self.conn.begin()
        # One unit of work until the next commit: the outbox sequence and the audit chain's
        # last link are read once, not per row.
        self.tx = Tx(self.ws, self.conn)

    def commit(self) -> None:
        assert self.tx is not None
        self.tx.finish()
        self._trans.commit()

    def abort(self) -> None:
        self._trans.rollback()

    def checkpoint(self) -> None:
        """Commit the rows done so far (not in a dry run) and go on in a new transaction."""
        if self.rollback:
            return
        self.commit()
        self.begin()

    # Plain SQL savepoints: a third of the cost of SQLAlchemy's nested transactions, which
    # matters at 10,000 rows. They never nest: a write inside row() joins the row's savepoint.
    @contextlib.contextmanager
    def _savepoint(self) -> Iterator[Tx]:
        tx = self.tx
        assert tx is not None
        cur = tx.cur  # the driver's cursor: SQLAlchemy's per-statement work costs more than the statement
        saved = dict(vars(tx))  # counters and cached chain link, restored if the unit fails
        cur.execute("SAVEPOINT wardbook_unit")
        try:
            yield tx
        except BaseException:
            cur.execute("ROLLBACK TO wardbook_unit")
            cur.execute("RELEASE wardbook_unit")
            vars(tx).clear()
            vars(tx).update(saved)
            raise
        cur.execute("RELEASE wardbook_unit")

    @contextlib.contextmanager
    def row(self) -> Iterator[None]:
        """One unit of input: all its writes or none of them. The savepoint is taken at the
        row's first write: a row that only reads (or fails before writing) costs none."""
        tx = self.tx
        assert tx is not None
        saved = dict(vars(tx))  # counters and cached chain link, restored if the unit fails
        self._in_row, self._row_open = True, False
        try:
            yield
        except BaseException:
            if self._row_open:
                tx.cur.execute("ROLLBACK TO wardbook_unit")
                tx.cur.execute("RELEASE wardbook_unit")
            vars(tx).clear()
            vars(tx).update(saved)
            raise
        else:
            if self._row_open:
                tx.cur.execute("RELEASE wardbook_unit")
        finally:
            self._in_row = self._row_open = False

    @contextlib.contextmanager
    def write(self) -> Iterator[Tx]:
        """What `ws._write()` gives inside the batch."""
        if self._in_row:
            assert self.tx is not None
            if not self._row_open:
                self.tx.cur.execute("SAVEPOINT wardbook_unit")
                self._row_open = True
            yield self.tx
            return
        with self._savepoint() as tx:
            yield tx
