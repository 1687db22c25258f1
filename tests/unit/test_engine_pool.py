"""The register's connection pool: one connection per thread, and never one closed under a
thread that still uses it (SQLAlchemy's SingletonThreadPool closes an arbitrary connection once
more threads than its size hold one)."""

from __future__ import annotations

import threading

from desktop_app.core.store.engine import ThreadConnectionPool


def test_more_threads_than_the_pool_size_each_keep_a_working_connection(workspace):
    pool = workspace.engine.pool
    assert isinstance(pool, ThreadConnectionPool)
    n = pool.size + 4
    ready, go = threading.Barrier(n + 1), threading.Event()
    errors: list[BaseException] = []
    counts: list[int] = []

    def reader() -> None:
        try:
            with workspace._read() as conn:
                conn.exec_driver_sql("SELECT count(*) FROM person").scalar_one()
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
    go.set()
    for t in threads:
        t.join(10)
    assert errors == [] and len(counts) == n and len(set(counts)) == 1
    # the connections of ended threads are closed when a new thread needs one
    held = len(pool._all_conns)
    assert held >= n

    def one() -> None:
        with workspace._read() as conn:
            conn.exec_driver_sql("SELECT 1").scalar_one()

    t = threading.Thread(target=one)
    t.start()
    t.join(10)
    assert len(pool._all_conns) < held
    assert all(owner.is_alive() or owner is t for owner in pool._owners.values())
