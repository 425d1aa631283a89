"""A paint hold that outlives its app ends quietly (tui/switch_paint.py)."""

from textual.widgets import Static

from coprod_tui.tui.switch_paint import PaintWhenReady


class HoldingApp(PaintWhenReady):
    def compose(self):
        yield Static("hello")


async def test_a_hold_whose_timer_fires_after_the_app_closed_ends_quietly():
    app = HoldingApp()
    async with app.run_test(size=(40, 10)) as pilot:
        app.delay_update(0.05)
        hold = app._holds[-1]
        await pilot.pause()
    # The screen stack is gone now; the hold's timer may still fire on a busy machine.
    app._end_hold(hold)
    assert app._holds == []


async def test_a_hold_ends_by_its_delay_and_paints_the_screen():
    app = HoldingApp()
    async with app.run_test(size=(40, 10)) as pilot:
        app.delay_update(0.05)
        assert app._batch_count >= 1
        await pilot.pause(0.2)
        assert app._holds == []
        assert app._batch_count == 0
