"""Hybrid logical clock and UUIDv7 ids: monotone, sortable as strings, robust to clock skew."""

from __future__ import annotations

import uuid

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.domain.hlc import (
    CLOCK_OFFSET_ENV,
    DEFAULT_MAX_AHEAD_MS,
    MAX_SKEW_MS,
    HybridClock,
    Stamp,
    restamp_ahead,
    system_wall_ms,
)
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


@given(st.integers(min_value=0, max_value=2**40), st.integers(min_value=0, max_value=DEFAULT_MAX_AHEAD_MS))
def test_observe_orders_next_stamp_after_remote_within_the_bound(wall, ahead):
    clock = HybridClock("a", wall=lambda: wall)
    remote = Stamp(wall + ahead, 7, "b").encode()
    clock.observe(remote)
    nxt = Stamp.decode(clock.now())
    r = Stamp.decode(remote)
    assert (nxt.ms, nxt.counter) > (r.ms, r.counter)


def test_an_honest_clock_catches_up_with_a_stamp_minutes_ahead():
    # the old clock ignored stamps far ahead; within the bound it now follows them
    clock = HybridClock("a", wall=lambda: 1_000_000)
    clock.learn_server_time(0)
    remote = Stamp(1_000_000 + 4 * 60_000, 3, "b").encode()
    clock.observe(remote)
    assert clock.now() > remote


def test_far_future_remote_is_flagged_and_followed_only_up_to_the_bound():
    clock = HybridClock("a", wall=lambda: 1_000_000)
    clock.observe(Stamp(1_000_000 + MAX_SKEW_MS + 1, 0, "b").encode())
    assert clock.skew_warning
    assert Stamp.decode(clock.now()).ms == 1_000_000 + DEFAULT_MAX_AHEAD_MS


def test_a_fast_wall_clock_is_replaced_by_the_servers_time_once_learnt():
    two_days = 2 * 24 * 3600 * 1000
    server = [5_000_000_000]
    clock = HybridClock("a", wall=lambda: server[0] + two_days)
    assert Stamp.decode(clock.now()).ms == server[0] + two_days  # never synced: nothing to go by
    clock.learn_server_time(-two_days)
    clock.restart_at(None)
    server[0] += 10
    assert Stamp.decode(clock.now()).ms == server[0]
    assert clock.limit_ms() == server[0] + DEFAULT_MAX_AHEAD_MS
    # a clock off by less than the allowed offset is left as it is
    clock.learn_server_time(-60_000)
    assert clock.physical() == server[0] + two_days


def test_system_wall_follows_the_offset_variable(monkeypatch):
    monkeypatch.delenv(CLOCK_OFFSET_ENV, raising=False)
    base = system_wall_ms()
    monkeypatch.setenv(CLOCK_OFFSET_ENV, "172800")
    assert abs(system_wall_ms() - base - 172_800_000) < 5_000
    monkeypatch.setenv(CLOCK_OFFSET_ENV, "-3600.5")
    assert abs(system_wall_ms() - base + 3_600_500) < 5_000


@given(st.lists(st.tuples(st.integers(0, 2000), st.integers(0, 3), st.sampled_from(["a", "b"])),
                min_size=1, max_size=60), st.integers(0, 2000), st.integers(0, 400))
def test_restamp_ahead_keeps_order_devices_and_what_is_within_the_limit(raw, limit, shift):
    stamps = [Stamp(ms, c, d).encode() for ms, c, d in raw]
    mapping = restamp_ahead(stamps, limit, lambda s: max(s.ms - shift, 0))
    for old in set(stamps):
        s = Stamp.decode(old)
        if s.ms <= limit:
            assert old not in mapping
        else:
            new = Stamp.decode(mapping[old])
            assert new.device == s.device and new <= s
    for dev in ("a", "b"):
        mine = sorted({x for x in stamps if x.endswith("-" + dev)})
        assert [mapping.get(x, x) for x in mine] == sorted(mapping.get(x, x) for x in mine)
        assert len({mapping.get(x, x) for x in mine}) == len(mine)


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

