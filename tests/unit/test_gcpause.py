"""The collector paused by bulk work (a pull's pages, an import's rows) comes back on only when
the last of the works running at once ends, and only if it was on before."""

from __future__ import annotations

import gc

from desktop_app.core.gcpause import gc_paused


def test_two_works_at_once_turn_the_collector_back_on_only_at_the_end():
    assert gc.isenabled()
    with gc_paused():
        assert not gc.isenabled()
        inner = gc_paused()
        inner.__enter__()
    assert not gc.isenabled()  # the first ended, the second runs on
    inner.__exit__(None, None, None)
    assert gc.isenabled()


def test_a_collector_off_before_stays_off():
    gc.disable()
    try:
        with gc_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
