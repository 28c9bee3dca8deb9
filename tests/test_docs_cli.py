"""docs/cli.md against the command line's own parser: every command and option is documented.

The lists come from :func:`culturedipl.cli._parser`, so a subcommand or an
option added to the parser fails here until the page has a section for it.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from culturedipl.cli import _parser

PAGE = Path(__file__).parents[1] / "docs" / "cli.md"
_HEADING = re.compile(r"^(#{1,6}) (.*)$", re.MULTILINE)


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    """The subcommands of *parser*, by name, in the order they were added."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def _commands(
    parser: argparse.ArgumentParser, path: tuple[str, ...] = ("culturedipl",)
) -> list[tuple[str, argparse.ArgumentParser]]:
    """Every command, ``culturedipl`` itself included: ``("culturedipl query meetings", p)``."""
    found = [(" ".join(path), parser)]
    for name, sub in _subcommands(parser).items():
        found.extend(_commands(sub, (*path, name)))
    return found


def _names(action: argparse.Action) -> list[str]:
    """What the page must show for *action*: its option strings or its metavar, and its choices."""
    if isinstance(action, argparse._SubParsersAction | argparse._HelpAction):
        return []  # subcommands have sections of their own; --help is said once for all
    names = list(action.option_strings)
    if not action.option_strings:
        metavar = action.metavar or action.dest
        names.append(metavar if isinstance(metavar, str) else metavar[0])
    names.extend(str(choice) for choice in action.choices or ())
    return names


def _sections(text: str) -> tuple[dict[str, str], dict[str, str]]:
    """Each heading's text, mapped to its section (up to the next heading of its level or
    above) and to its introduction (up to the next heading)."""
    headings = list(_HEADING.finditer(text))
    sections, introductions = {}, {}
    for index, heading in enumerate(headings):
        level = len(heading.group(1))
        following = headings[index + 1 :]
        end = next((h.start() for h in following if len(h.group(1)) <= level), len(text))
        title = heading.group(2).strip("` ")
        sections[title] = text[heading.end() : end]
        introductions[title] = text[heading.end() : following[0].start() if following else end]
    return sections, introductions


def _documentation(command: str) -> str:
    """What documents *command*: its section, and the introductions of its parents' sections,
    which describe the options their subcommands share."""
    words = command.split()
    parents = [" ".join(words[:n]) for n in range(1, len(words))]
    return SECTIONS.get(command, "") + "".join(INTRODUCTIONS.get(p, "") for p in parents)


def _undocumented(section: str, parser: argparse.ArgumentParser) -> list[str]:
    """The names of *parser*'s arguments that *section* does not show inside backquotes."""
    return [
        name
        for action in parser._actions
        for name in _names(action)
        if not re.search(rf"`[^`\n]*(?<![\w-]){re.escape(name)}(?![\w-])[^`\n]*`", section)
    ]


COMMANDS = _commands(_parser())
SECTIONS, INTRODUCTIONS = _sections(PAGE.read_text(encoding="utf-8"))


def test_the_parser_is_walked() -> None:
    """The walk finds the commands the page was written for, and the leaves of query and export."""
    names = [name for name, _ in COMMANDS]
    for expected in (
        "culturedipl parse",
        "culturedipl explain",
        "culturedipl query meetings",
        "culturedipl query partners",
        "culturedipl export plover",
    ):
        assert expected in names
    assert len(names) >= 15


@pytest.mark.parametrize(("command", "parser"), COMMANDS, ids=[name for name, _ in COMMANDS])
def test_every_command_has_a_section(command: str, parser: argparse.ArgumentParser) -> None:
    """docs/cli.md has a heading `` `culturedipl ...` `` for each command and subcommand."""
    assert command in SECTIONS, f"docs/cli.md has no section headed `{command}`"


@pytest.mark.parametrize(("command", "parser"), COMMANDS, ids=[name for name, _ in COMMANDS])
def test_every_option_is_in_its_section(command: str, parser: argparse.ArgumentParser) -> None:
    """Each option string, positional metavar and choice of a command is named, in backquotes,
    in the command's section or where its parent introduces the options its subcommands share."""
    missing = _undocumented(_documentation(command), parser)
    assert not missing, f"docs/cli.md, section `{command}`, does not name: {missing}"


def test_help_and_subcommand_choices_are_named() -> None:
    """The page says that every command takes --help, and names each subcommand in its parent's
    section."""
    assert "`--help`" in PAGE.read_text(encoding="utf-8")
    for command, parser in COMMANDS:
        for name in _subcommands(parser):
            assert f"{command} {name}" in SECTIONS, f"no section for `{command} {name}`"


def test_a_missing_option_is_caught() -> None:
    """The check fails for an option that a section does not name (the test can fail)."""
    parser = argparse.ArgumentParser(prog="culturedipl")
    parser.add_argument("--colour")
    parser.add_argument("--format", choices=("json", "yaml"))
    section = SECTIONS["culturedipl parse"]
    assert _undocumented(section, parser) == ["--colour", "yaml"]


_SYNOPSIS = re.compile(r"```text\n(.*?)```", re.DOTALL)


@pytest.mark.parametrize(
    ("command", "parser"),
    [(name, parser) for name, parser in COMMANDS if _subcommands(parser)],
    ids=[name for name, parser in COMMANDS if _subcommands(parser)],
)
def test_a_synopsis_lists_every_subcommand(command: str, parser: argparse.ArgumentParser) -> None:
    """The usage line at the top of a section with subcommands lists them all, in the parser's
    order, as ``--help`` prints them (``{parse,explain,...}``)."""
    synopsis = _SYNOPSIS.search(SECTIONS[command])
    assert synopsis is not None, f"docs/cli.md, section `{command}`, has no usage block"
    choices = "{" + ",".join(_subcommands(parser)) + "}"
    assert choices in synopsis.group(1), f"`{command}` usage should show {choices}"


@pytest.mark.parametrize(("command", "parser"), COMMANDS, ids=[name for name, _ in COMMANDS])
def test_every_option_has_help(command: str, parser: argparse.ArgumentParser) -> None:
    """``--help`` says something about every option, positional and subcommand of a command."""
    bare: list[str] = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            bare.extend(choice.dest for choice in action._choices_actions if not choice.help)
        elif not action.help:
            bare.append("/".join(action.option_strings) or str(action.metavar))
    assert not bare, f"`{command} --help` says nothing about: {bare}"
