"""Themes as data: YAML files turned into Textual themes.

The shipped themes live in ``themes/`` (``coprod_tui/themes`` in a wheel); a facilitator's own go in
``<home>/themes/*.yaml`` and may replace a shipped one by using its name. A file looks like::

    name: dark                 # lower case, digits, - or _
    label: Dark (default)      # shown in the command palette (English; translated if known)
    dark: true                 # a dark background (default true)
    ansi: false                # true: the terminal's own ANSI colours, no RGB
    colors: {primary: "#5f87d7", background: "#1c1c1c", ...}
    variables: {block-cursor-text-style: bold, ...}   # Textual's theme variables

An invalid file is reported (file and problem) and skipped; the other files still load.
Only the app imports this module; it costs nothing beyond the parts of Textual the app loads anyway.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache, partial
from typing import TYPE_CHECKING, Any

from textual.app import SystemCommand
from textual.color import Color, ColorParseError
from textual.css.constants import VALID_STYLE_FLAGS
from textual.theme import Theme

from coprod_tui.i18n import n, t
from coprod_tui.meeting import StoreError

if TYPE_CHECKING:
    from coprod_tui.meeting import Workspace
    from coprod_tui.tui.app import CoprodApp

DEFAULT_THEME = "dark"
NO_COLOR_THEME = "monochrome"

COLOR_KEYS = (
    "primary",
    "secondary",
    "accent",
    "warning",
    "error",
    "success",
    "foreground",
    "background",
    "surface",
    "panel",
    "boost",
)
FIELDS = ("name", "label", "dark", "ansi", "colors", "variables")
_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,39}$")
_PERCENT = re.compile(r"^\d{1,3}(\.\d+)?%$")


class ThemeError(StoreError):
    """A theme file that cannot be used; the message names the file and the problem."""


@dataclass
class ThemeSet:
    """The themes to offer, in order (shipped first), their labels, and what could not be loaded."""

    themes: dict[str, Theme] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


@cache
def theme_variable_names() -> frozenset[str]:
    """Every variable a theme may set: the ones Textual derives from a theme's colours."""
    return frozenset(Theme(name="probe", primary="#000000").to_color_system().generate())


def _is_colour(value: str) -> bool:
    """A CSS colour as Textual takes it in a variable: ``#hex``, a name, ``ansi_*``, ``rgb(...)``,
    optionally followed by an alpha such as ``50%``."""
    colour, _, alpha = value.strip().partition(" ")
    if alpha and not _PERCENT.match(alpha.strip()):
        return False
    try:
        Color.parse(colour)
    except ColorParseError:
        return False
    return True


def _check_variable(name: str, value: Any) -> str | None:
    """What is wrong with one ``variables`` entry, or None."""
    if name not in theme_variable_names():
        return f"unknown variable {name!r}"
    if not isinstance(value, str):
        return f"variable {name!r}: expected text, got {value!r}"
    if name.endswith("-style"):
        bad = [word for word in value.split() if word not in VALID_STYLE_FLAGS]
        if bad or not value.split():
            return f"variable {name!r}: {value!r} is not a text style (e.g. bold, reverse, none)"
    elif not _is_colour(value):
        return f"variable {name!r}: {value!r} is not a colour"
    return None


def theme_from_data(data: Any, source: str) -> tuple[Theme, str]:
    """A Textual theme and its label from parsed YAML; ThemeError naming ``source`` if invalid."""

    def fail(problem: str) -> ThemeError:
        line = getattr(data, "line", None)
        where = f"{source}, line {line}" if line else source
        return ThemeError(f"{where}: {problem}")

    if not isinstance(data, Mapping):
        raise fail("expected a theme (name, colors, ...)")
    unknown = sorted(str(key) for key in data if key not in FIELDS)
    if unknown:
        raise fail(
            n(
                "unknown field {fields}; expected {expected}",
                "unknown fields {fields}; expected {expected}",
                len(unknown),
                fields=", ".join(unknown),
                expected=", ".join(FIELDS),
            )
        )
    name = data.get("name")
    if not isinstance(name, str) or not _NAME.match(name):
        raise fail(f"name {name!r}: use lower-case letters, digits, - or _ (at most 40)")
    label = data.get("label", name)
    if not isinstance(label, str) or not label.strip():
        raise fail("label: expected text")
    flags = {}
    for flag, default in (("dark", True), ("ansi", False)):
        flags[flag] = data.get(flag, default)
        if not isinstance(flags[flag], bool):
            raise fail(f"{flag}: expected true or false, got {flags[flag]!r}")
    colors = data.get("colors")
    if not isinstance(colors, Mapping) or "primary" not in colors:
        raise fail("colors: expected a mapping with at least primary")
    for key, value in colors.items():
        if key not in COLOR_KEYS:
            raise fail(f"colors: unknown colour {key!r}; expected {', '.join(COLOR_KEYS)}")
        if not isinstance(value, str) or " " in value.strip() or not _is_colour(value):
            raise fail(f'colors.{key}: {value!r} is not a colour (e.g. "#1c1c1c")')
    variables = data.get("variables") or {}
    if not isinstance(variables, Mapping):
        raise fail("variables: expected a mapping of Textual theme variables")
    for key, value in variables.items():
        problem = _check_variable(str(key), value)
        if problem:
            raise fail(problem)
    theme = Theme(
        name=name,
        **{key: value.strip() for key, value in colors.items()},
        dark=flags["dark"],
        ansi=flags["ansi"],
        variables={str(key): value.strip() for key, value in variables.items()},
    )
    try:
        theme.to_color_system().generate()
    except (ColorParseError, ValueError) as error:
        raise fail(str(error)) from None
    return theme, label.strip()


def checked_row(data: Any, source: str) -> dict[str, Any]:
    """What the cache keeps of one file: the checked theme as plain data (ThemeError if invalid)."""
    theme, label = theme_from_data(data, source)
    colors = {key: getattr(theme, key) for key in COLOR_KEYS if getattr(theme, key) is not None}
    return {
        "theme": {
            "name": theme.name,
            "label": label,
            "dark": theme.dark,
            "ansi": theme.ansi,
            "colors": colors,
            "variables": theme.variables,
        }
    }


def theme_from_row(row: dict[str, Any] | None) -> tuple[Theme, str] | None:
    """The theme a row holds; None for a problem or a row that is not one of ours."""
    try:
        data = row["theme"]  # type: ignore[index]
        theme = Theme(
            name=data["name"],
            **data["colors"],
            dark=data["dark"],
            ansi=data["ansi"],
            variables=data["variables"],
        )
    except (KeyError, TypeError, ValueError):
        return None
    return theme, data["label"]


def usable_row(row: dict[str, Any]) -> bool:
    return theme_from_row(row) is not None


def theme_set(rows: Iterable[dict[str, Any]]) -> ThemeSet:
    """Every valid theme of ``rows`` (a later one replaces a same-named one), and a message for
    each file that could not be used."""
    found = ThemeSet()
    for row in rows:
        loaded = theme_from_row(row)
        if loaded is None:
            found.problems.append(str(row.get("problem", row)))
            continue
        theme, label = loaded
        found.themes[theme.name] = theme
        found.labels[theme.name] = label
    return found


def shipped_and_user_themes(workspace: Workspace) -> ThemeSet:
    return theme_set(workspace.theme_rows(checked_row, usable_row))


def startup_theme(available: Mapping[str, object], stored: Any, *, no_color: bool) -> str:
    """The theme to start with: monochrome under NO_COLOR, else the remembered one, else dark."""
    if no_color and NO_COLOR_THEME in available:
        return NO_COLOR_THEME
    if isinstance(stored, str) and stored in available:
        return stored
    return DEFAULT_THEME if DEFAULT_THEME in available else next(iter(available), "textual-dark")


def theme_commands(app: CoprodApp) -> Iterator[SystemCommand]:
    """One command palette entry per theme of ours (Textual's own themes are not offered)."""
    for name, label in app.theme_set.labels.items():
        current = name == app.theme
        yield SystemCommand(
            t("Theme: {label}", label=t(label)),
            t("The theme in use") if current else t("Switch to this theme (remembered)"),
            partial(app.choose_theme, name),
        )
