"""Themes: shipped files, a facilitator's own, the palette, remembering, NO_COLOR, 16 colours."""

from __future__ import annotations

import pytest
import yaml
from rich._palettes import STANDARD_PALETTE
from rich.color import Color as RichColor
from rich.color import ColorSystem
from textual.color import Color
from textual.widgets import DataTable, OptionList

from coprod_tui.i18n import dutch_catalogue
from coprod_tui.meeting import Workspace
from coprod_tui.store import theme_files
from coprod_tui.store.db import HomeStore
from coprod_tui.store.plans import themes_dir
from coprod_tui.store.yamlio import load_yaml
from coprod_tui.tui.themes import ThemeError, checked_row, theme_from_data, theme_set, usable_row
from tests.support import make_meeting
from tests.textual_view import notices, screen_segments, screen_strips

SHIPPED = ("dark", "light", "high-contrast", "monochrome")


def test_the_shipped_themes_load_and_their_labels_are_translated():
    found = theme_set(theme_files.scan_theme_files([themes_dir()], checked_row, usable_row))
    assert not found.problems
    assert set(found.themes) == set(SHIPPED)
    assert found.themes["monochrome"].ansi and not found.themes["light"].dark
    for label in found.labels.values():
        assert label in dutch_catalogue(), label


GOOD = {"name": "mine", "colors": {"primary": "#ff0000"}}


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (["a list"], "expected a theme"),
        ({**GOOD, "colour": {}}, "unknown field colour"),
        ({**GOOD, "name": "My Theme"}, "name 'My Theme'"),
        ({"name": "mine"}, "colors: expected a mapping with at least primary"),
        ({**GOOD, "colors": {"primary": "reddish"}}, "colors.primary: 'reddish' is not a colour"),
        ({**GOOD, "colors": {"primary": "#f00", "glow": "#fff"}}, "unknown colour 'glow'"),
        ({**GOOD, "dark": "yes"}, "dark: expected true or false"),
        ({**GOOD, "variables": {"sparkle": "#fff"}}, "unknown variable 'sparkle'"),
        ({**GOOD, "variables": {"border": "blue-ish"}}, "'blue-ish' is not a colour"),
        ({**GOOD, "variables": {"block-cursor-text-style": "shiny"}}, "is not a text style"),
        ({**GOOD, "variables": {"border": 12}}, "expected text"),
    ],
)
def test_an_invalid_theme_is_refused_with_the_problem(data, problem):
    with pytest.raises(ThemeError) as refused:
        theme_from_data(data, "themes/mine.yaml")
    assert str(refused.value).startswith("themes/mine.yaml")
    assert problem in str(refused.value)


def test_a_valid_theme_with_alpha_and_text_styles():
    data = {**GOOD, "label": "Mine", "variables": {"border": "#00ff00 50%", "link-style": "b u"}}
    theme, label = theme_from_data(data, "mine.yaml")
    assert (theme.name, label, theme.variables["border"]) == ("mine", "Mine", "#00ff00 50%")


def write_user_themes(store: HomeStore) -> None:
    folder = store.paths.themes
    folder.mkdir(exist_ok=True)
    (folder / "zebra.yaml").write_text(
        "name: zebra\nlabel: Zebra\ncolors:\n  primary: '#ffffff'\n  background: '#000000'\n"
    )
    (folder / "broken.yaml").write_text("name: broken\ncolors: [unclosed\n")
    (folder / "wrong.yaml").write_text("name: wrong\ncolors:\n  primary: not-a-colour\n")


def test_a_second_start_takes_the_themes_from_the_cache_until_a_file_changes(store, monkeypatch):
    import coprod_tui.tui.themes as themes

    write_user_themes(store)
    first = themes.shipped_and_user_themes(Workspace(store))
    assert (store.paths.root / "cache" / "themes.json").is_file()

    def no_yaml(path):
        raise AssertionError(f"read {path} again")

    monkeypatch.setattr(theme_files, "load_yaml", no_yaml)
    with pytest.raises(AssertionError, match="broken.yaml"):  # the invalid ones are read again
        themes.shipped_and_user_themes(Workspace(store))
    for name in ("broken.yaml", "wrong.yaml"):
        (store.paths.themes / name).unlink()
    second = themes.shipped_and_user_themes(Workspace(store))
    assert second.labels == first.labels
    assert second.themes["zebra"] == first.themes["zebra"]
    assert second.themes["dark"] == first.themes["dark"]

    monkeypatch.setattr(theme_files, "load_yaml", load_yaml)
    zebra = store.paths.themes / "zebra.yaml"
    zebra.write_text(zebra.read_text().replace("Zebra", "Striped"))
    assert themes.shipped_and_user_themes(Workspace(store)).labels["zebra"] == "Striped"


@pytest.mark.parametrize("junk", ["", "{", "[]", '{"version": [1], "files": {"x": 1}}'])
def test_a_broken_theme_cache_is_rebuilt(store, junk):
    import coprod_tui.tui.themes as themes

    cache = store.paths.root / "cache" / "themes.json"
    cache.parent.mkdir(exist_ok=True)
    cache.write_text(junk)
    assert set(themes.shipped_and_user_themes(Workspace(store)).themes) == set(SHIPPED)
    assert set(themes.shipped_and_user_themes(Workspace(store)).themes) == set(SHIPPED)


def test_a_cached_row_edited_by_hand_is_read_from_the_file_again(store):
    import json

    import coprod_tui.tui.themes as themes

    themes.shipped_and_user_themes(Workspace(store))
    cache = store.paths.root / "cache" / "themes.json"
    data = json.loads(cache.read_text())
    for row in data["files"].values():
        row["theme"]["colors"] = "not a mapping"
    cache.write_text(json.dumps(data))
    found = themes.shipped_and_user_themes(Workspace(store))
    assert set(found.themes) == set(SHIPPED) and not found.problems


async def test_user_themes_load_and_invalid_ones_are_named(store, make_app):
    write_user_themes(store)
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert "zebra" in app.available_themes and app.theme == "dark"
        messages = [n.message for n in notices(app)]
        titles = {n.title for n in notices(app)}
        assert any("broken.yaml" in m and "line" in m for m in messages), messages
        assert any("wrong.yaml" in m and "'not-a-colour' is not a colour" in m for m in messages)
        assert titles == {"Warning: A theme file is not valid"}


async def palette_choose(pilot, query: str) -> None:
    await pilot.press("ctrl+p")
    await pilot.press(*query)
    await pilot.pause(0.3)
    await pilot.press("enter")
    await pilot.pause()


async def test_the_palette_offers_our_themes_and_the_choice_is_remembered(store, make_app, clock):
    write_user_themes(store)
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        names = [command.title for command in app.get_system_commands(app.screen)]
        themes = [name for name in names if name.startswith("Theme")]
        assert themes == [
            "Theme: Dark (default)",
            "Theme: High contrast",
            "Theme: Light (projectors, screen sharing)",
            "Theme: Monochrome (no colour)",
            "Theme: Zebra",
        ]
        await palette_choose(pilot, "theme light")
        assert app.theme == "light"
        assert app.screen.styles.background == Color.parse("#ffffff")
    assert store.setting("theme") == "light"
    again = make_app()
    async with again.run_test(size=(100, 30)):
        assert again.theme == "light"


async def test_a_remembered_theme_that_is_gone_falls_back_to_dark(store, make_app):
    store.set_setting("theme", "vanished")
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert app.theme == "dark"
        assert any("vanished" in n.message for n in notices(app))


def styles_of_row(app, widget, y: int):
    region = widget.content_region
    return [app.screen.get_style_at(x, region.y + y) for x in range(region.x, region.right)]


async def test_no_color_shows_no_colour_and_the_selection_by_text_style(
    store, clock, make_app, monkeypatch
):
    make_meeting(store, clock)
    make_meeting(store, clock, project_name="Cliëntenraad Noord")
    store.set_setting("theme", "light")
    monkeypatch.setenv("NO_COLOR", "1")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        app.switch_mode("home")
        await pilot.pause()
        assert app.theme == "monochrome"
        projects = app.screen.query_one("#projects", OptionList)
        table = app.screen.query_one("#meetings", DataTable)
        projects.focus()
        await pilot.pause()
        styles = [segment.style for segment in screen_segments(app) if segment.style]
        colours = {c for s in styles for c in (s.color, s.bgcolor) if c and not c.is_default}
        assert not colours, "NO_COLOR: the terminal's own colours only"
        # the focused list: the highlighted project bold and underlined, the other one plain
        assert projects.highlighted == 0
        assert all(s.bold and s.underline for s in styles_of_row(app, projects, 0))
        lines = screen_strips(app)
        region = projects.content_region
        last = max(
            y
            for y in range(region.y, region.bottom)
            if lines[y].text[region.x : region.right].strip()
        )
        assert not any(s.underline for s in styles_of_row(app, projects, last - region.y))
        # the table without focus: its selected row underlined; with focus: in reverse video
        assert all(s.underline and not s.reverse for s in styles_of_row(app, table, 1))
        table.focus()
        await pilot.pause()
        assert all(s.reverse for s in styles_of_row(app, table, 1))
        assert not any(s.reverse for s in styles_of_row(app, table, 2))
    assert store.setting("theme") == "light", "NO_COLOR does not overwrite the facilitator's choice"


# --- 16 and 256 colours ---------------------------------------------------------------------------
TEXT_PAIRS = [
    ("text", "background"),
    ("text", "panel"),
    ("text-muted", "background"),
    ("text-primary", "background"),
    ("text-warning", "background"),
    ("text-error", "background"),
    ("text-success", "background"),
    ("warning", "background"),  # the screens colour text with these too
    ("error", "background"),
    ("panel-lighten-2", "background"),  # dividers and panel borders, with their titles
    ("border-blurred", "background"),
    ("block-cursor-foreground", "block-cursor-background"),
    ("block-cursor-blurred-foreground", "block-cursor-blurred-background"),
    ("footer-foreground", "footer-background"),
    ("footer-key-foreground", "footer-background"),
]


def resolve(value: str, under: Color) -> Color:
    """A theme variable (``#hex``, ``#hex 50%``, ``auto 87%``) as drawn on ``under``."""
    token, _, percent = value.partition(" ")
    alpha = float(percent.rstrip("%")) / 100 if percent else 1.0
    colour = under.get_contrast_text(alpha) if token == "auto" else Color.parse(token)
    return under + colour.multiply_alpha(1.0 if token == "auto" else alpha)


def luminance(rgb: tuple[int, int, int]) -> float:
    def channel(c: float) -> float:
        c /= 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = rgb
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: tuple[int, int, int], b: tuple[int, int, int]) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def on_16_colours(colour: Color) -> tuple[int, tuple[int, int, int]]:
    """The colour a 16-colour terminal shows (TERM=xterm, TERM=linux: Rich picks the nearest)."""
    number = RichColor.from_rgb(*colour.rgb).downgrade(ColorSystem.STANDARD).number
    return number, tuple(STANDARD_PALETTE[number])


@pytest.mark.parametrize("name", [name for name in SHIPPED if name != "monochrome"])
def test_text_stays_readable_in_true_colour_and_on_16_colour_terminals(name):
    theme = theme_set(theme_files.scan_theme_files([themes_dir()], checked_row, usable_row)).themes[
        name
    ]
    variables = {**theme.to_color_system().generate(), **theme.variables}
    background = Color.parse(variables["background"])
    minimum = 7.0 if name == "high-contrast" else 4.5  # WCAG AAA / AA for text
    for text, under in TEXT_PAIRS:
        back = resolve(variables[under], background)
        fore = resolve(variables[text], back)
        assert contrast(fore.rgb, back.rgb) >= minimum, (name, text, under)
        (fore_number, fore_rgb), (back_number, back_rgb) = on_16_colours(fore), on_16_colours(back)
        assert fore_number != back_number, (name, text, under)
        assert contrast(fore_rgb, back_rgb) >= 2.8, (name, text, under)
    cursor = resolve(variables["block-cursor-background"], background)
    assert on_16_colours(cursor)[0] != on_16_colours(background)[0], "the selection stands out"


def test_the_shipped_files_are_the_loaded_ones():
    data = load_yaml(themes_dir() / "dark.yaml")
    assert data["name"] == "dark" and data["colors"]["surface"] == data["colors"]["background"]


def test_the_readme_example_theme_is_valid():
    readme = (themes_dir().parent / "README.md").read_text(encoding="utf-8")
    example = readme.split("## Themes and accessibility", 1)[1].split("```yaml\n", 1)[1]
    theme, label = theme_from_data(yaml.safe_load(example.split("```", 1)[0]), "README.md")
    assert (theme.name, label) == ("beamer", "Beamer room")
