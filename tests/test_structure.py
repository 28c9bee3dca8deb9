"""The code stays readable in one sitting: no class or function in the package over 300 lines."""

from __future__ import annotations

import ast
from pathlib import Path

import culturedipl

LIMIT = 300


def _long_definitions(source: str, limit: int) -> list[tuple[str, int]]:
    """The classes and functions of *source* longer than *limit* lines, with their lengths."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            length = (node.end_lineno or node.lineno) - node.lineno + 1
            if length > limit:
                found.append((node.name, length))
    return found


def test_no_definition_is_over_the_limit() -> None:
    """Every class and function of src/culturedipl fits in 300 lines."""
    package = Path(culturedipl.__file__).parent
    long = {
        f"{path.relative_to(package)}:{name}": length
        for path in sorted(package.rglob("*.py"))
        for name, length in _long_definitions(path.read_text(encoding="utf-8"), LIMIT)
    }
    assert long == {}


def test_the_check_finds_a_long_function() -> None:
    """The check can fail: a function one line over the limit is named with its length."""
    body = "\n".join(f"    x{i} = {i}" for i in range(LIMIT))
    assert _long_definitions(f"def f():\n{body}\n", LIMIT) == [("f", LIMIT + 1)]
    assert _long_definitions(f"def f():\n{body}\n", LIMIT + 1) == []
