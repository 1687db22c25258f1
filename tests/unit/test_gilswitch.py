"""The GIL's switch interval is short while a batch's writer thread runs (core/gilswitch.py),
and put back as it was when the last bulk write ends."""

from __future__ import annotations

import sys
import threading

import pytest

from desktop_app.core.gilswitch import HANDOFF_SECONDS, prompt_handoff


@pytest.fixture
def interval():
    before = sys.getswitchinterval()
    sys.setswitchinterval(0.005)
    yield
    sys.setswitchinterval(before)


def test_overlapping_bulk_writes_put_the_interval_back_when_the_last_ends(interval):
    first, second = prompt_handoff(), prompt_handoff()
    first.__enter__()
    assert sys.getswitchinterval() == pytest.approx(HANDOFF_SECONDS)
    second.__enter__()
    first.__exit__(None, None, None)  # the other is still running
    assert sys.getswitchinterval() == pytest.approx(HANDOFF_SECONDS)
    second.__exit__(None, None, None)
    assert sys.getswitchinterval() == pytest.approx(0.005)


def test_a_batch_with_a_writer_hands_over_promptly_and_puts_it_back(workspace, interval):
    seen: list[float] = []
    with workspace.batch(rollback=True) as b:
        with b.write_later() as tx:
            tx.audit_many([("note", "", "", None, {"n": 1})])
        seen.append(sys.getswitchinterval())
        assert any(t.name.startswith("wardbook-batch-writer") for t in threading.enumerate())
    assert seen == [pytest.approx(HANDOFF_SECONDS)]
    assert sys.getswitchinterval() == pytest.approx(0.005)
