"""Phone activities in a real browser at 320 px wide (Debian's Chromium, headless): six phones
place the project on the ladder (two anonymously), hidden then revealed; a dot vote; a
postcard. Each phone is its own browser context (its own cookie). What they send shows on the
facilitator's screen (Pilot) and lands in the minutes. The page follows by itself: a phone
that has the page open sees the round appear without touching it (the page's own script).
"""

from __future__ import annotations

import asyncio
import contextlib
import json

import pytest

from coprod_tui.export.markdown import minutes_markdown
from coprod_tui.join import JoinPage
from coprod_tui.join.activity_routes import activity_part
from coprod_tui.join.limits import RateLimit
from coprod_tui.store.minutes import read_minutes
from tests.join.browser import DevTools, Unavailable, find_or_install
from tests.support import make_meeting
from tests.textual_view import screen_text
from tests.tui.screens.test_ladder import ladder_rows
from tests.tui.screens.test_phone_activities import settle

NARROW = {"width": 320, "height": 640, "deviceScaleFactor": 1, "mobile": True}
FITS = "document.documentElement.scrollWidth <= window.innerWidth"


@pytest.fixture(scope="module")
def chromium() -> str:
    try:
        return find_or_install()
    except Unavailable as reason:
        pytest.skip(f"no headless browser: {reason}")


@contextlib.asynccontextmanager
async def phone_page(app, store):
    """The app's phone page; six phones all come from 127.0.0.1 here, so their one address gets
    the rate limit of six."""
    page = JoinPage(
        store.paths.inbox,
        host="127.0.0.1",
        port=0,
        parts=[activity_part(app.phone_desk())],
        requests=RateLimit(burst=6 * 30, per_minute=6 * 60),
    )
    await asyncio.to_thread(page.start)
    app.phone_page = page
    try:
        yield page
    finally:
        await asyncio.to_thread(page.stop)
        app.phone_page = None


def flat(app) -> str:
    return " ".join(screen_text(app).split())


class Phones:
    """Tabs in separate browser contexts of one headless Chromium: one phone each."""

    def __init__(self, browser: DevTools) -> None:
        self.browser = browser

    def new(self, url: str) -> str:
        context = self.browser.call("Target.createBrowserContext")["browserContextId"]
        target = self.browser.call(
            "Target.createTarget", {"url": "about:blank", "browserContextId": context}
        )["targetId"]
        tab = self.browser.call("Target.attachToTarget", {"targetId": target, "flatten": True})[
            "sessionId"
        ]
        self.browser.call("Emulation.setDeviceMetricsOverride", NARROW, session=tab)
        self.go(tab, url)
        return tab

    def go(self, tab: str, url: str) -> None:
        self.browser.call("Page.navigate", {"url": url}, session=tab)
        self.browser.wait_for(tab, "document.readyState === 'complete' && !!document.forms[0]")

    def js(self, tab: str, expression: str):  # noqa: ANN201
        return self.browser.evaluate(tab, expression)

    def wait(self, tab: str, expression: str, timeout: float = 20):  # noqa: ANN201
        return self.browser.wait_for(tab, expression, timeout=timeout)

    def send(self, tab: str, saved: str) -> str:
        self.js(tab, "document.querySelector('form[action$=\"/answer\"] button').click()")
        return self.wait(
            tab,
            f"document.body && document.body.innerText.includes({saved!r}) "
            "&& document.body.innerText",
        )


async def run(call, *args):  # noqa: ANN001, ANN201
    return await asyncio.to_thread(call, *args)


async def test_six_phones_a_vote_and_a_postcard_in_chromium(
    chromium, store, clock, make_app, tmp_path
):
    meeting = make_meeting(
        store, clock, cards=[("Soup on Fridays", None), ("Herbs from the garden", "Jan")]
    )
    meeting.start()
    app = make_app(meeting_id=meeting.session.id)
    profile = tmp_path / "chromium-profile"
    profile.mkdir()
    async with app.run_test(size=(100, 30)) as pilot, phone_page(app, store) as page:
        with DevTools(chromium, profile) as browser:
            phones = Phones(browser)
            tabs = [await run(phones.new, page.url) for _ in range(6)]
            first = tabs[0]
            assert "Nothing to answer right now" in await run(
                phones.js, first, "document.body.innerText"
            )

            await pilot.press("4", "o")
            await settle(pilot)
            round_ = app.meeting.open_activity
            assert round_ is not None
            # the page follows by itself: the script sees the new version and loads the round
            await run(phones.wait, first, "!!document.querySelector('input[name=rung]')", 30)
            assert await run(phones.js, first, FITS), "no sideways scrolling at 320 px"
            labels = await run(
                phones.js,
                first,
                "Array.from(document.querySelectorAll('input[name=rung]'))"
                ".every(i => i.closest('label') && i.closest('label').innerText.length > 5)",
            )
            assert labels, "every choice has a label a screen reader reads"
            height = await run(
                phones.js,
                first,
                "document.querySelector('label.rung').getBoundingClientRect().height",
            )
            assert height >= 44, "large targets"

            choices = [(6, "Fatima"), (6, "Jan"), (7, None), (5, "Els"), (4, None), (6, "Priya")]
            for tab, (rung, name) in zip(tabs, choices, strict=True):
                if tab != first:
                    await run(phones.go, tab, page.url)
                await run(
                    phones.js,
                    tab,
                    f"document.querySelector('input[name=rung][value=\"{rung}\"]').click()",
                )
                if name:
                    await run(
                        phones.js,
                        tab,
                        f"document.getElementById('a-name').value = {json.dumps(name)}",
                    )
                else:
                    await run(
                        phones.js, tab, "document.querySelector('input[name=anonymous]').click()"
                    )
                shown = await run(phones.send, tab, "Your place is saved.")
                assert "Where the group placed our work" not in shown, "hidden until revealed"
            await settle(pilot)
            assert "6 of 6 placed (Fatima, Jan, Els, Priya) · hidden until you reveal" in flat(app)
            assert all("█" not in line for line in ladder_rows(app).values())

            await pilot.press("r")
            await settle(pilot)
            assert ladder_rows(app)[6].split("Co-designing")[1].split()[1] == "3"
            await run(phones.go, first, page.url)
            shown = await run(phones.js, first, "document.body.innerText")
            assert "Where the group placed our work" in shown and "3 people" in shown
            await pilot.press("o")
            await settle(pilot)

            await pilot.press("2", "o")
            await settle(pilot)
            vote = app.meeting.open_activity
            soup, herbs = vote.options
            for tab in tabs[:3]:
                await run(phones.go, tab, page.url)
                await run(
                    phones.js,
                    tab,
                    f"document.querySelector('select[name=\"dot-{herbs}\"]').value = '2'",
                )
                await run(
                    phones.js,
                    tab,
                    f"document.querySelector('select[name=\"dot-{soup}\"]').value = '1'",
                )
                await run(phones.send, tab, "Your dots are saved.")
            await settle(pilot)
            assert "3 of 6 voted · hidden until you reveal" in flat(app)
            await pilot.press("r")
            await settle(pilot)
            shown = flat(app)
            assert shown.index("●6 Herbs from the") < shown.index("●3 Soup on Fridays")
            await pilot.press("o")
            await settle(pilot)

            await pilot.press("3", "c", "o")
            await settle(pilot)
            await run(phones.go, tabs[3], page.url)
            await run(
                phones.js, tabs[3], "document.getElementById('a-text').value = 'the soup & the sun'"
            )
            await run(phones.js, tabs[3], "document.getElementById('a-name').value = 'Els'")
            await run(phones.send, tabs[3], "Your postcard is in.")
            await settle(pilot)
            assert "the soup & the sun" in flat(app)
        minutes = app.meeting.close()
    markdown = minutes_markdown(read_minutes(minutes))
    assert "6 placed · 2 anonymously · revealed" in markdown
    assert "- **6 Co-designing: 3** — Fatima, Jan, Priya" in markdown
    assert "- **6 dots** — Herbs from the garden" in markdown
    assert "**Els:** the soup &amp; the sun" in markdown
