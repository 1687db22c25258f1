"""The count axes of the Overview charts tick at round values (0/10/20/30…, not 0/12/25/37/50):
the rule alone, without a widget."""

from __future__ import annotations

import pytest

from desktop_app.ui.pages.overview import nice_axis


@pytest.mark.parametrize("values, expected", [
    ([], (4, 1)), ([0, 0], (4, 1)), ([3], (4, 1)), ([6], (6, 1)), ([7], (8, 2)), ([11], (12, 2)),
    ([13], (15, 5)), ([37], (40, 10)), ([50], (50, 10)), ([51], (60, 10)), ([12, 50, 3], (50, 10)),
    ([120], (120, 20)), ([999], (1000, 200)), ([4.5], (5, 1)),
])
def test_the_top_and_step_of_the_axis(values, expected):
    assert nice_axis(values) == expected


@pytest.mark.parametrize("top_value", [*range(0, 200), 250, 777, 1234, 10_001, 123_456])
def test_every_tick_is_a_round_number_and_the_bars_fit(top_value):
    top, step = nice_axis([top_value])
    mantissa = step
    while mantissa % 10 == 0:
        mantissa //= 10
    assert mantissa in (1, 2, 5)  # 1, 2 or 5 times a power of ten
    assert top % step == 0 and top >= top_value  # every tick a multiple of the step, the bars inside
    assert top // step <= 6 and (top // step >= 4 if step == 1 else True)
    assert top - step < top_value or top_value == 0 or step == 1  # no empty step above the bars



@pytest.mark.parametrize("top_value, expected", [(50, (60, 20)), (37, (40, 10)), (13, (15, 5)), (4, (4, 1)), (5, (6, 2))])
def test_fewer_steps_on_a_small_chart(top_value, expected):
    assert nice_axis([top_value], max_intervals=4) == expected
