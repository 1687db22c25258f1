"""The register's connection pool: every thread that needs a connection gets a working one, at
once, however many threads read together, and never one closed under a thread that still uses
it (SQLAlchemy's SingletonThreadPool, used before, closed an arbitrary connection once more
threads than its size held one: "Cannot operate on a closed database"). Idle connections are
kept up to the pool's size, and a thread that reads again gets the connection it just used."""

from __future__ import annotations

import threading

from sqlalchemy.pool import QueuePool

from desktop_app.core.store.engine import POOL_SIZE


def _driver(conn):
    return conn.connection.driver_connection


def test_more_threads_than_the_pool_size_each_keep_a_working_connection(workspace):
    pool = workspace.engine.pool
    assert isinstance(pool, QueuePool) and pool.size() == POOL_SIZE
    n = pool.size() + 4
    ready, go = threading.Barrier(n + 1), threading.Event()
    errors: list[BaseException] = []
    counts: list[int] = []
    held: list[object] = []
    in_use: list[int] = []

    def reader() -> None:
        try:
            with workspace.db.read() as conn:
                conn.exec_driver_sql("SELECT count(*) FROM person").scalar_one()
                held.append(_driver(conn))
                ready.wait(10)  # every thread holds its connection at once
                go.wait(10)
                counts.append(conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar_one())
        except BaseException as e:  # noqa: BLE001
            errors.append(e)
            ready.abort()

    threads = [threading.Thread(target=reader) for _ in range(n)]
    for t in threads:
        t.start()
    ready.wait(10)
    in_use.append(pool.checkedout())
    go.set()
    for t in threads:
        t.join(10)
    # each of the n threads had a connection of its own, all open until its last statement
    assert errors == [] and len(counts) == n and len(set(counts)) == 1
    assert in_use == [n] and len({id(c) for c in held}) == n
    # afterwards none is held, and no more than the pool's size stay open
    assert pool.checkedout() == 0 and pool.checkedin() == pool.size()


def test_a_thread_reading_again_gets_the_connection_it_warmed_and_connections_change_threads(workspace):
    pool = workspace.engine.pool
    with workspace.db.read() as conn:
        first = _driver(conn)
    with workspace.db.read() as conn:
        assert _driver(conn) is first  # last in, first out: its page cache is still warm
    got: list[object] = []
    errors: list[BaseException] = []

    def other() -> None:
        try:
            with workspace.db.write() as tx:  # a connection made on another thread
                got.append(_driver(tx.conn))
                tx.conn.exec_driver_sql("SELECT count(*) FROM person").scalar_one()
        except BaseException as e:  # noqa: BLE001
            errors.append(e)

    t = threading.Thread(target=other)
    t.start()
    t.join(10)
    assert errors == [] and got == [first]
    with workspace.db.read() as conn:  # and back on this thread, after the other one ended
        assert conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar_one() > 0
    assert pool.checkedout() == 0
