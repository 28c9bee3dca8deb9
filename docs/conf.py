"""Sphinx configuration: MyST Markdown pages, the furo theme, autodoc and doctest.

``nox -s docs`` builds the HTML (``-W``: warnings are errors) and runs every
``>>>`` example with Sphinx's doctest builder; pytest runs the same examples
through ``--doctest-glob=*.md``. Examples are ordinary fenced ``python``
blocks, as in the README: :func:`setup` turns those that start with ``>>>``
into doctest blocks so that the doctest builder finds them too.
"""

from __future__ import annotations

import doctest
from typing import TYPE_CHECKING, Any

import culturedipl

if TYPE_CHECKING:
    from docutils.nodes import document
    from sphinx.application import Sphinx

project = "culturedipl"
author = "culturedipl developers"
copyright = "2026, culturedipl developers"
release = culturedipl.__version__
version = ".".join(release.split(".")[:2])

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.doctest",
]
source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build"]
# ``-n`` checks every cross-reference. Without network access for intersphinx,
# references into the standard library and hypothesis cannot resolve; private
# helper types in signatures are not documented on purpose.
nitpick_ignore_regex = [
    (r"py:.*", r"(collections\.abc|datetime|json|os|pathlib|typing|hypothesis|st)\..*"),
    (r"py:class", r"culturedipl\..*\._\w+"),
    # parse_file's docstring names it relative to culturedipl.text, where it is
    # documented; the API page shows parse_file as culturedipl.parse_file.
    (r"py:data", r"FALLBACK_ENCODING"),
]

myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "undoc-members": False}

# Docstrings that autodoc pulls into the API page carry examples written for
# their own module's namespace (pytest runs them there with --doctest-modules).
doctest_global_setup = """
from culturedipl import *
from culturedipl.testing import articles
"""
doctest_default_flags = (
    doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE | doctest.IGNORE_EXCEPTION_DETAIL
)

html_theme = "furo"
html_title = f"culturedipl {release}"


def _doctest_blocks(_app: Sphinx, doctree: document) -> None:
    """Make fenced ``python`` blocks that begin with ``>>>`` doctest blocks."""
    # imported here, not at the top: pytest imports this file where Sphinx is not installed
    from docutils import nodes  # noqa: PLC0415

    for block in list(doctree.findall(nodes.literal_block)):
        source = block.astext()
        if block.get("language") in {"python", "pycon"} and source.lstrip().startswith(">>>"):
            replacement = nodes.doctest_block(block.rawsource, source)
            replacement.source, replacement.line = block.source, block.line
            block.replace_self(replacement)


def setup(app: Sphinx) -> dict[str, Any]:
    """Register the fenced-block hook."""
    app.connect("doctree-read", _doctest_blocks)
    return {"parallel_read_safe": True}
