"""The version is written once: the installed metadata reads it from ``__version__``."""

from __future__ import annotations

import importlib.metadata
import re

import culturedipl


def test_the_installed_version_is_the_package_version() -> None:
    """The distribution's metadata carries culturedipl.__version__ (pyproject's is dynamic)."""
    assert importlib.metadata.version("culturedipl") == culturedipl.__version__


def test_the_version_is_a_release_number() -> None:
    """__version__ is a plain release number such as 0.1.0, as hatch reads it."""
    assert re.fullmatch(r"\d+\.\d+\.\d+((a|b|rc)\d+)?", culturedipl.__version__)
