"""Optional dependencies, imported when a feature first needs them."""

from __future__ import annotations

import importlib
from types import ModuleType

from culturedipl.errors import MissingExtraError

__all__ = ["require"]


def require(module: str, extra: str, feature: str) -> ModuleType:
    """Import *module* for *feature*, or raise :class:`MissingExtraError` naming *extra*."""
    try:
        return importlib.import_module(module)
    except ImportError as error:
        msg = f"{feature} needs {module}: pip install 'culturedipl[{extra}]'"
        raise MissingExtraError(msg) from error
