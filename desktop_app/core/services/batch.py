"""Many service writes in one transaction: `with ws.batch() as b:` (imports, demo data).

Inside the block, the services' writes and reads *made from this thread* join one connection
and transaction instead of each paying a durable commit (an fsync, ~6 ms):

* `b.row()` wraps one unit (an input row) in a SAVEPOINT: a row whose second write fails (the
  person was added, the case is refused) leaves nothing behind;
* every service write that is not inside `row()` gets its own savepoint the same way;
* `b.checkpoint()` commits what is done so far, so a long import does not hold the write lock
  for its whole length;
* `rollback=True` throws everything away at the end: a dry run runs exactly the code of the
  real run and reports the same outcomes, then writes nothing;
* `b.write_later()` and `b.checkpoint()` hand their statements (bulk inserts, the commit) to
  one writer thread, which runs them on the batch's connection, in order, while this thread
  goes on with the next rows (SQLite and its encryption release the GIL). Everything else this
  thread does with the connection waits for the writer first (`wait()`), and the writer's
  first error is raised there.

Other threads (the GUI thread while an import runs in a worker) keep their own transactions.
"""

from __future__ import annotations

import contextlib
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING, Any, Callable, Iterator

from desktop_app.core.gilswitch import prompt_handoff
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
        self._writer: ThreadPoolExecutor | None = None
        self._jobs: list[Future[None]] = []
        self._error: BaseException | None = None  # the writer's first failure: nothing runs after it
        self._handoff: contextlib.ExitStack | None = None  # the GIL handed over promptly while the writer runs

    def begin(self) -> None:
        self._trans = self.conn.begin()
        # One unit of work until the next commit: the outbox sequence and the audit chain's
        # last link are read once, not per row.
        self.tx = Tx(self.ws, self.conn)

    def commit(self) -> None:
        self.wait()
        assert self.tx is not None
        self.tx.finish()
        self._trans.commit()

    def abort(self) -> None:
        with contextlib.suppress(BaseException):  # already failing: the writer's error adds nothing
            self.wait()
        self._trans.rollback()

    def close(self) -> None:
        """Stops the writer thread (after its jobs)."""
        if self._writer is not None:
            self._writer.shutdown(wait=True)
            self._writer = None
        if self._handoff is not None:
            self._handoff.close()
            self._handoff = None

    def checkpoint(self) -> None:
        """Commit the rows done so far (not in a dry run) and go on in a new transaction. The
        commit runs on the writer thread; the new transaction's counters are read at its
        first write (after the commit: another writer may have written in between)."""
        if self.rollback:
            return
        tx = self.tx
        assert tx is not None and not self._in_row
        statements: list[tuple[str, Any]] = []
        tx._later = statements
        try:
            tx.finish()  # the counters' statement, kept for the writer
        finally:
            tx._later = None

        def commit_and_begin() -> None:  # the transaction in hand when it runs (jobs run in order)
            if statements:
                cur = tx.driver_cursor()
                for sql, params in statements:
                    cur.execute(sql, params)
            self._trans.commit()
            self._trans = self.conn.begin()

        self._submit(commit_and_begin)
        self.tx = Tx(self.ws, self.conn)

    # -- the writer thread ---------------------------------------------------------------------
    def _submit(self, job: Callable[[], None]) -> None:
        if self._writer is None:
            self._handoff = contextlib.ExitStack()
            self._handoff.enter_context(prompt_handoff())  # see core/gilswitch.py
            self._writer = ThreadPoolExecutor(1, thread_name_prefix="wardbook-batch-writer")

        def run() -> None:
            if self._error is not None:  # an earlier job failed: the transaction stops there
                return
            try:
                job()
            except BaseException as e:
                self._error = e
                raise

        self._jobs.append(self._writer.submit(run))

    def wait(self) -> None:
        """Waits for the writer's jobs before this thread uses the connection; raises the
        writer's error (again at every later wait: the batch cannot go on after it)."""
        jobs, self._jobs = self._jobs, []
        for job in jobs:
            job.exception()
        if self._error is not None:
            raise self._error

    @contextlib.contextmanager
    def write_later(self) -> Iterator[Tx]:
        """A unit of writes (a savepoint, as `write()` outside a row) whose statements the
        writer thread runs: for bulk inserts (`Tx.insert_many`, `Tx.audit_many`), whose
        statements need no answer. The transaction's counters advance here, at once; a
        statement that must be read from (or sent through `Tx.conn`) raises RuntimeError.
        Queued behind the writer's earlier jobs, without waiting for them, once the
        transaction's counters are read (its first write reads them from the connection)."""
        assert not self._in_row, "a row's writes are not deferred"
        tx = self.tx
        assert tx is not None
        if tx._heads is None or tx._cur is None:
            self.wait()
        elif self._error is not None:
            raise self._error
        saved = dict(vars(tx))
        statements: list[tuple[str, Any]] = []
        tx._later = statements
        try:
            yield tx
        except BaseException:
            vars(tx).clear()
            vars(tx).update(saved)
            raise
        finally:
            tx._later = None
        if not statements:
            return
        cur = tx.driver_cursor()

        def unit() -> None:
            cur.execute("SAVEPOINT wardbook_unit")
            try:
                for sql, params in statements:
                    cur.execute(sql, params)
            except BaseException:
                cur.execute("ROLLBACK TO wardbook_unit")
                cur.execute("RELEASE wardbook_unit")
                raise
            cur.execute("RELEASE wardbook_unit")

        self._submit(unit)

    # Plain SQL savepoints: a third of the cost of SQLAlchemy's nested transactions, which
    # matters at 10,000 rows. They never nest: a write inside row() joins the row's savepoint.
    @contextlib.contextmanager
    def _savepoint(self) -> Iterator[Tx]:
        self.wait()
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

    def row(self) -> "_Row":
        """One unit of input: all its writes or none of them. The savepoint is taken at the
        row's first write: a row that only reads (or fails before writing) costs none."""
        return _Row(self)

    @contextlib.contextmanager
    def write(self) -> Iterator[Tx]:
        """What `ws._write()` gives inside the batch."""
        if self._in_row:
            assert self.tx is not None
            if not self._row_open:
                self.wait()
                self.tx.cur.execute("SAVEPOINT wardbook_unit")
                self._row_open = True
            yield self.tx
            return
        with self._savepoint() as tx:
            yield tx


class _Row:
    """`Batch.row()`: a plain context manager (an import enters one per row)."""

    __slots__ = ("batch", "tx", "saved")

    def __init__(self, batch: Batch):
        assert batch.tx is not None
        self.batch, self.tx = batch, batch.tx
        self.saved: dict[str, Any] = {}

    def __enter__(self) -> None:
        self.saved = dict(vars(self.tx))  # counters and cached chain link, restored if the unit fails
        self.batch._in_row, self.batch._row_open = True, False

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: Any) -> None:
        b, tx = self.batch, self.tx
        try:
            if exc_type is not None:
                if b._row_open:
                    tx.cur.execute("ROLLBACK TO wardbook_unit")
                    tx.cur.execute("RELEASE wardbook_unit")
                vars(tx).clear()
                vars(tx).update(self.saved)
            elif b._row_open:
                tx.cur.execute("RELEASE wardbook_unit")
        finally:
            b._in_row = b._row_open = False
