"""Hybrid logical clock and UUIDv7 ids: monotone, sortable as strings, robust to clock skew."""

from __future__ import annotations

import uuid

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.domain.hlc import MAX_SKEW_MS, HybridClock, Stamp
from desktop_app.core.ids import uuid7


def fixed_wall(values):
    it = iter(values)
    last = [0]

    def wall():
        try:
            last[0] = next(it)
        except StopIteration:
            pass
        return last[0]

    return wall


@given(st.lists(st.integers(min_value=0, max_value=2**40), min_size=1, max_size=200))
def test_stamps_strictly_increase_even_when_wall_clock_goes_back(walls):
    clock = HybridClock("dev1", wall=fixed_wall(walls))
    stamps = [clock.now() for _ in walls]
    assert stamps == sorted(stamps)
    assert len(set(stamps)) == len(stamps)
    decoded = [Stamp.decode(s) for s in stamps]
    assert [(d.ms, d.counter) for d in decoded] == sorted((d.ms, d.counter) for d in decoded)


@given(st.integers(min_value=0, max_value=2**40), st.integers(min_value=0, max_value=10**9))
def test_observe_orders_next_stamp_after_remote(wall, ahead):
    clock = HybridClock("a", wall=lambda: wall)
    remote = Stamp(wall + min(ahead, MAX_SKEW_MS), 7, "b").encode()
    clock.observe(remote)
    nxt = Stamp.decode(clock.now())
    r = Stamp.decode(remote)
    assert (nxt.ms, nxt.counter) > (r.ms, r.counter)


def test_far_future_remote_is_flagged_not_followed():
    clock = HybridClock("a", wall=lambda: 1_000_000)
    clock.observe(Stamp(1_000_000 + MAX_SKEW_MS + 1, 0, "b").encode())
    assert clock.skew_warning
    assert Stamp.decode(clock.now()).ms == 1_000_000


def test_counter_overflow_borrows_next_millisecond():
    clock = HybridClock("a", wall=lambda: 5)
    stamps = [clock.now() for _ in range(0x10002)]
    assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)
    assert Stamp.decode(stamps[-1]).ms == 6


def test_restart_continues_after_persisted_stamp():
    first = HybridClock("a", wall=lambda: 100)
    s = first.now()
    again = HybridClock("a", last=first.last, wall=lambda: 50)  # wall clock went back
    assert again.now() > s


def test_uuid7_version_variant_and_time_order():
    ids = [uuid7(now_ms=ms) for ms in (1, 2, 3, 1_700_000_000_000)]
    assert ids == sorted(ids)
    for i in ids:
        u = uuid.UUID(i)
        assert u.version == 7 and u.variant == uuid.RFC_4122


def test_a_faked_laptop_clock_by_offset_or_environment(monkeypatch):
    """WARDBOOK_CLOCK_OFFSET_SECONDS shifts every clock of the process; `offset_ms` one clock;
    a clock renamed for a new device id keeps its time, wall and offset."""
    import time

    from desktop_app.core.domain.hlc import CLOCK_OFFSET_ENV

    monkeypatch.setenv(CLOCK_OFFSET_ENV, str(2 * 86400))
    c = HybridClock("dev", wall=None)
    ahead = Stamp.decode(c.now()).ms - int(time.time() * 1000)
    assert 2 * 86400_000 - 5000 < ahead <= 2 * 86400_000 + 5000
    monkeypatch.setenv(CLOCK_OFFSET_ENV, "-3600")
    c2 = HybridClock("dev2")
    c2.offset_ms = 7200_000  # one hour ahead of the true time, all told
    ahead2 = Stamp.decode(c2.now()).ms - int(time.time() * 1000)
    assert 3600_000 - 5000 < ahead2 <= 3600_000 + 5000
    assert abs(c2.wall_ms() - int(time.time() * 1000) - 3600_000) < 5000
    r = c2.renamed("dev3")
    assert r.offset_ms == 7200_000 and r.last[:16] == c2.last[:16] and r.last.endswith("-dev3")
    assert r.now() > r.last[:16]
