"""Development sessions: ``nox -s tests``, ``property``, ``lint``, ``typing``, ``docs``, ``build``,
``bench``, ``fuzz``.

Dependencies come from ``pyproject.toml``'s extras, so there is one list to keep.
"""

from __future__ import annotations

import nox

nox.options.sessions = ["tests", "lint", "typing"]
nox.options.reuse_existing_virtualenvs = True

PYTHONS = ["3.11", "3.12", "3.13"]


@nox.session(python=PYTHONS)
def tests(session: nox.Session) -> None:
    """Run the whole test suite, property tests and doc examples included."""
    session.install("-e", ".[test]")
    session.run("pytest", *session.posargs)


@nox.session
def property(session: nox.Session) -> None:
    """Run only the property tests, with many more examples."""
    session.install("-e", ".[test]")
    session.run(
        "pytest",
        "tests/property",
        "--hypothesis-profile=thorough",
        *session.posargs,
    )


@nox.session
def lint(session: nox.Session) -> None:
    """Ruff: lint and formatting."""
    session.install("ruff")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session
def typing(session: nox.Session) -> None:
    """mypy --strict over the source and the tests."""
    session.install("-e", ".[test]")
    session.run("mypy")


@nox.session
def docs(session: nox.Session) -> None:
    """Build the HTML docs (warnings are errors) and run their examples with Sphinx's doctest."""
    session.install("-e", ".[docs,testing]")
    common = ["-W", "--keep-going", "-n", "-d", "build/docs/doctrees", "docs"]
    session.run("sphinx-build", "-b", "html", *common, "build/docs/html", *session.posargs)
    session.run("sphinx-build", "-b", "doctest", *common, "build/docs/doctest")


@nox.session
def build(session: nox.Session) -> None:
    """Build the sdist and the wheel and check their metadata."""
    session.install("build", "twine")
    session.run("python", "-m", "build", "--outdir", "dist")
    session.run("twine", "check", "--strict", "dist/*")


@nox.session
def bench(session: nox.Session) -> None:
    """Benchmarks of the reader and the codec (issue 4); writes benchmarks/results.json."""
    session.install("-e", ".[bench]")
    session.run("python", "benchmarks/bench.py", *session.posargs)


@nox.session
def fuzz(session: nox.Session) -> None:
    """Coverage-guided fuzzing of parse_text and loads with atheris, on demand."""
    session.install("-e", ".[fuzz]")
    session.run("python", "benchmarks/fuzz.py", *session.posargs)
