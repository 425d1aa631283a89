"""The private pieces of Textual the app leans on: fails loudly when Textual changes them.

The app marks a mode's new screen as styled with the app's current CSS
(``screen._css_update_count``), so Textual 8 does not re-read the whole CSS twice on the first
visit to each mode (~35 ms at start, bench/startup.py). A KeyedTable keeps fewer renderings
than DataTable would (the ``maxsize`` of its render caches), so the garbage collector does not
walk thousands made useless by later changes (widgets/keyed_table.py, bench/card_latency.py).
If a Textual release renames or drops one, this test says so, and the app is merely slower
until it is adapted.
"""

from __future__ import annotations

from textual.app import App
from textual.screen import Screen


def test_textual_still_counts_css_updates_on_app_and_screen():
    app = App()
    assert isinstance(app._css_update_count, int)
    assert isinstance(Screen()._css_update_count, int)


async def test_a_mode_screen_is_built_styled_with_the_current_css(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.screen._css_update_count == app._css_update_count


def test_textual_data_table_still_keeps_its_renderings_in_lru_caches():
    from textual.cache import LRUCache
    from textual.widgets import DataTable

    table = DataTable()
    for name in ("_row_render_cache", "_line_cache", "_row_renderable_cache", "_cell_render_cache"):
        cache = getattr(table, name)
        assert isinstance(cache, LRUCache)
        cache.maxsize = 3
        for n in range(5):
            cache[n] = n
        assert len(cache) == 3


def test_textual_still_routes_handlers_and_actions_through_the_hooks_faults_use():
    """A StoreError becomes a message through three private hooks (coprod_tui/tui/app.py and
    store_errors.py): a screen's ``_dispatch_message``, the app's ``_dispatch_action`` and
    ``_handle_exception``. If Textual renames them, this says so (the fault tests would too)."""
    import inspect

    from textual.message_pump import MessagePump

    assert list(inspect.signature(MessagePump._dispatch_message).parameters) == ["self", "message"]
    assert list(inspect.signature(App._dispatch_action).parameters) == [
        "self",
        "namespace",
        "action_name",
        "params",
    ]
    assert list(inspect.signature(App._handle_exception).parameters) == ["self", "error"]


async def test_a_screen_registered_off_screen_is_mounted_and_a_mode_then_shows_that_one():
    """The app builds the minutes screen ahead with ``App._register`` (tui/prepared_screens.py):
    it must compose and mount there without being shown, and a mode whose factory returns it
    must show that screen as it is, not register it again."""
    from textual.widgets import Static

    class Ahead(Screen):
        mounted = 0

        def compose(self):
            yield Static("ready", id="ready")

        def on_mount(self) -> None:
            Ahead.mounted += 1

    ahead = Ahead()
    app = App()
    async with app.run_test(size=(40, 10)) as pilot:
        app._register(app, ahead)
        await pilot.pause()
        assert ahead.is_running and Ahead.mounted == 1
        assert ahead.query_one("#ready", Static)
        assert app.screen is not ahead
        app.add_mode("ahead", lambda: ahead)
        await app.switch_mode("ahead")
        await pilot.pause()
        assert app.screen is ahead and Ahead.mounted == 1


async def test_textual_still_holds_the_paint_of_a_mode_switch_through_delay_update():
    """A screen that is ready ends that hold early (tui/switch_paint.py); if Textual stops
    holding through ``delay_update``, the switch is merely no quicker."""
    held: list[float] = []

    class Holding(App):
        MODES = {"other": Screen}

        def delay_update(self, delay: float = 0.05) -> None:
            held.append(delay)
            super().delay_update(delay)

    app = Holding()
    async with app.run_test(size=(40, 10)) as pilot:
        await app.switch_mode("other")
        await pilot.pause()
        assert held


def test_textual_data_table_still_draws_its_cursor_through_the_hooks_name_bar_table_overrides():
    import inspect

    from textual.widgets import DataTable

    highlight = inspect.signature(DataTable._should_highlight)
    assert list(highlight.parameters) == ["self", "cursor", "target_cell", "type_of_cursor"]
    line = inspect.signature(DataTable._render_line_in_row)
    assert list(line.parameters) == [
        "self",
        "row_key",
        "line_no",
        "base_style",
        "cursor_location",
        "hover_location",
    ]
