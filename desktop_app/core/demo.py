"""Moved: the demo registers are their own package now, `desktop_app.demo` (the generator, its
data as a package resource). This alias only keeps `from desktop_app.core.demo import …` working
for code of other branches of issue 17 written before the move (the CLI's `wardbook demo`);
import `desktop_app.demo` in new code. Remove it once nothing imports it."""

from desktop_app.demo import (  # noqa: F401
    COMMUNE_DEFAULT_PERSONS,
    PROFILES,
    SEED_ATTENDANCES,
    SEED_DEFAULT_PERSONS,
    SEED_FIGURES,
    SEED_MIN_PERSONS,
    SEED_PERIOD,
    SEED_UNITS,
    create_demo,
    person_inputs,
)
