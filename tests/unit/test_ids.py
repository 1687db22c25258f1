"""Row ids (core/ids.py): UUIDv7, unique, time-ordered; the random bytes come from a pool of the
operating system's generator, which a forked process does not share."""

from __future__ import annotations

import os
import uuid

from desktop_app.core.ids import uuid7


def test_ids_are_version_7_unique_and_ordered_by_time():
    ids = [uuid7(1_700_000_000_000 + i // 100) for i in range(20_000)]  # more than one pool's worth
    assert len(set(ids)) == len(ids)
    for s in ids[:50] + ids[-50:]:
        u = uuid.UUID(s)
        assert u.version == 7 and u.variant == uuid.RFC_4122 and str(u) == s
    assert sorted(ids, key=lambda s: s[:13]) == ids  # the time part leads
    assert uuid.UUID(uuid7(0)).int >> 80 == 0 and uuid.UUID(uuid7(2**48 - 1)).int >> 80 == 2**48 - 1


def test_a_forked_process_does_not_hand_out_the_parent_s_next_ids():
    uuid7()  # the pool is filled in the parent
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: its next ids, to the parent
        os.close(read)
        os.write(write, ",".join(uuid7(1) for _ in range(5)).encode())
        os._exit(0)
    os.close(write)
    with os.fdopen(read) as f:
        child = f.read().split(",")
    os.waitpid(pid, 0)
    parent = [uuid7(1) for _ in range(5)]
    assert len(child) == 5 and not set(child) & set(parent)
