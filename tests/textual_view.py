"""What the terminal shows and what the app said, read back for tests.

Textual offers no public reader for either, so these are the only places the tests look inside
it (Textual 8; pyproject pins <9): if a release renames its compositor or notification list,
these few lines fail, not the suite's assertions.
"""

from __future__ import annotations

from collections.abc import Callable

from rich.segment import Segment
from textual.app import App
from textual.geometry import Region
from textual.notifications import Notification
from textual.screen import ModalScreen
from textual.strip import Strip


def screen_strips(app: App) -> list[Strip]:
    return app.screen._compositor.render_strips()


def screen_lines(app: App) -> list[str]:
    """Every line the terminal shows now, as plain text."""
    return [strip.text for strip in screen_strips(app)]


def screen_text(app: App) -> str:
    return "\n".join(screen_lines(app))


def front_text(app: App) -> str:
    """What the screen in front shows of its own: of a dialog only its box, not the screen
    behind that shows around it (its words cut at the box's edge)."""
    screen = app.screen
    if not isinstance(screen, ModalScreen) or screen.styles.background.a > 0:
        return screen_text(app)
    box = screen.children[0].region
    strips = screen_strips(app)[box.y : box.bottom]
    return "\n".join(strip.crop(box.x, box.right).text for strip in strips)


def screen_segments(app: App) -> list[Segment]:
    """Every segment of what the screen shows now (the composited strips)."""
    return [segment for strip in screen_strips(app) for segment in strip]


def notices(app: App) -> list[Notification]:
    """The notifications raised and not yet dismissed."""
    return list(app._notifications)


def capture_repaints(app: App, monkeypatch) -> list[Region]:
    """From now on, collect the regions the compositor sends to the terminal in each update."""
    compositor = app.screen._compositor
    updates: list[Region] = []
    original: Callable = compositor.render_update

    def capture_update(*args, **kwargs):
        updates.extend(compositor._dirty_regions)
        return original(*args, **kwargs)

    monkeypatch.setattr(compositor, "render_update", capture_update)
    return updates
