"""Hypothesis profiles for the property tests; ``nox -s property`` loads ``thorough``."""

from __future__ import annotations

from hypothesis import settings

settings.register_profile("thorough", max_examples=5_000, deadline=None)
