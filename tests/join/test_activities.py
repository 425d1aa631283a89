"""Activities on the phone page over real HTTP: one voice per phone, changeable, closed refuses,
hidden until revealed, in the phone's language."""

from __future__ import annotations

import json
import re
from urllib.parse import urlsplit

import pytest

from coprod_tui.join import JoinPage
from coprod_tui.join.activity_routes import ActivityDesk, activity_part
from coprod_tui.join.routes import PHONE_COOKIE as COOKIE
from tests.join.helpers import form_body, request
from tests.support import make_meeting


@pytest.fixture
def meeting(store, clock):
    return make_meeting(
        store, clock, cards=[("Soup on Fridays", None), ("Herbs from the garden", "Jan")]
    )


@pytest.fixture
def live(meeting, store):
    page = JoinPage(
        store.paths.inbox,
        host="127.0.0.1",
        port=0,
        project="Kookgroep De Linde",
        parts=[activity_part(ActivityDesk(lambda: meeting))],
    )
    page.start()
    yield page
    page.stop()


class Phone:
    """A phone with its own cookie jar (one cookie) and language."""

    def __init__(self, page: JoinPage, language: str = "en") -> None:
        self.url = page.url
        self.path = urlsplit(page.url).path
        self.cookie: str | None = None
        self.language = language

    def _headers(self, extra: dict[str, str] | None = None) -> dict[str, str]:
        headers = {"Accept-Language": self.language, **(extra or {})}
        if self.cookie:
            headers["Cookie"] = f"{COOKIE}={self.cookie}"
        return headers

    def _keep(self, reply):
        set_cookie = reply.headers.get("set-cookie")
        if set_cookie:
            self.cookie = set_cookie.split(";")[0].split("=", 1)[1]
        return reply

    def open(self, path: str = ""):
        return self._keep(request(self.url, path=self.path + path, headers=self._headers()))

    def send(self, fields: dict[str, str]):
        headers = self._headers({"Content-Type": "application/x-www-form-urlencoded"})
        return self._keep(
            request(
                self.url,
                "POST",
                path=self.path + "/answer",
                body=form_body(fields),
                headers=headers,
            )
        )

    def place(self, activity_id: str, rung: int, name: str = "", anonymous: bool = False):
        fields = {"activity": activity_id, "rung": str(rung), "name": name}
        if anonymous:
            fields["anonymous"] = "1"
        return self.send(fields)


def test_nothing_open_says_so_and_the_page_follows_with_its_own_script(live):
    phone = Phone(live)
    reply = phone.open()
    assert reply.status == 200
    assert "Nothing to answer right now" in reply.body
    assert f'<script src="{phone.path}/static/follow.js" defer></script>' in reply.body
    assert "script-src 'self'" in reply.headers["content-security-policy"]
    assert phone.cookie and "HttpOnly" in reply.headers["set-cookie"]
    assert "SameSite=Strict" in reply.headers["set-cookie"]
    script = phone.open("/static/follow.js")
    assert script.status == 200 and script.headers["content-type"].startswith("text/javascript")
    assert "now.version" in script.body and "location.replace" in script.body
    assert json.loads(phone.open("/now.json").body) == {"version": "none"}


def test_one_voice_per_phone_changeable_until_closed(live, meeting):
    round_ = meeting.open_placement_round()
    first, second = Phone(live), Phone(live)
    page = first.open()
    assert "Where are we on the ladder?" in page.body
    assert 'name="rung" value="7"' in page.body and "doing WITH" in page.body
    assert "We make the plan together." in page.body, "the rungs in plain words"
    version = json.loads(first.open("/now.json").body)["version"]
    assert f'data-version="{version}"' in page.body

    assert first.place(round_.id, 3).status == 200
    saved = first.place(round_.id, 6, name="Fatima")
    assert saved.status == 200 and "Your place is saved." in saved.body
    assert re.search(r'value="6"\s+required checked', saved.body), "the phone sees its choice"
    second.open()
    second.place(round_.id, 2, anonymous=True, name="Jan")
    assert len(meeting.open_activity.answers) == 2, "two phones, two voices"
    assert sorted((a.rung, a.name) for a in meeting.open_activity.answers) == [
        (2, None),
        (6, "Fatima"),
    ]

    meeting.close_activity(round_.id)
    refused = first.place(round_.id, 7)
    assert refused.status == 409
    assert "This question is closed" in refused.body
    assert sorted(p.rung for p in meeting.placements()) == [2, 6]


def test_an_answer_without_the_phones_cookie_is_not_counted(live, meeting):
    round_ = meeting.open_placement_round()
    phone = Phone(live)
    reply = phone.place(round_.id, 5)
    assert reply.status == 400
    assert "did not keep this page" in reply.body
    assert meeting.open_activity.answers == []
    assert phone.place(round_.id, 5).status == 200, "with the cookie it just got, it counts"
    assert len(meeting.open_activity.answers) == 1


def test_a_forged_cookie_is_not_a_voice(live, meeting):
    round_ = meeting.open_placement_round()
    phone = Phone(live)
    phone.cookie = "x" * 31 + "!"
    assert phone.place(round_.id, 5).status == 400
    assert meeting.open_activity.answers == []


def test_results_hidden_until_revealed(live, meeting):
    round_ = meeting.open_placement_round()
    phones = [Phone(live) for _ in range(3)]
    for phone, rung in zip(phones, (6, 6, 4), strict=True):
        phone.open()
        phone.place(round_.id, rung)
    hidden = phones[0].open().body
    assert "Where the group placed our work" not in hidden
    assert "Nobody sees the answers until the facilitator shows them." in hidden
    before = json.loads(phones[0].open("/now.json").body)["version"]
    meeting.reveal_activity(round_.id)
    assert json.loads(phones[0].open("/now.json").body)["version"] != before
    shown = phones[0].open().body
    assert "Where the group placed our work" in shown
    assert "6 · Co-designing</strong>: 2 people" in shown
    assert "4 · Consulting</strong>: 1 person" in shown


def test_a_dot_vote_from_the_phone_and_too_many_dots_refused(live, meeting):
    cards = meeting.session.cards
    vote = meeting.open_dot_vote([card.id for card in cards], dots=3)
    phone = Phone(live)
    page = phone.open().body
    assert "Soup on Fridays" in page and "Jan" not in page, "card texts, never who wrote them"
    too_many = phone.send(
        {"activity": vote.id, f"dot-{cards[0].id}": "3", f"dot-{cards[1].id}": "2"}
    )
    assert too_many.status == 400 and "You have 3 dots, and you gave 5" in too_many.body
    ok = phone.send({"activity": vote.id, f"dot-{cards[0].id}": "1", f"dot-{cards[1].id}": "2"})
    assert ok.status == 200 and "Your dots are saved." in ok.body
    assert meeting.open_activity.dot_totals() == {cards[0].id: 1, cards[1].id: 2}
    assert "The dots of the group" not in ok.body
    meeting.close_activity(vote.id)
    meeting.reveal_activity(vote.id)
    shown = phone.open().body
    assert shown.index("Herbs from the garden") < shown.index("Soup on Fridays"), "most dots first"


def test_a_postcard_from_the_phone_in_dutch(live, meeting):
    cards = meeting.open_postcards()
    phone = Phone(live, language="nl")
    page = phone.open().body
    assert "Vandaag ben ik dankbaar voor …" in page
    empty = phone.send({"activity": cards.id, "name": "Els", "text": " "})
    assert empty.status == 400 and "Schrijf" in empty.body
    sent = phone.send({"activity": cards.id, "name": "Els", "text": "de <b>soep</b>"})
    assert sent.status == 200
    assert "de &lt;b&gt;soep&lt;/b&gt;" in sent.body and "<b>soep" not in sent.body
    assert [(p.participant, p.text) for p in meeting.session.postcards] == [
        ("Els", "de <b>soep</b>")
    ]


def test_an_unreadable_answer_is_refused_in_words(live, meeting):
    round_ = meeting.open_placement_round()
    phone = Phone(live)
    phone.open()
    reply = phone.send({"activity": round_.id, "rung": "seven"})
    assert reply.status == 400 and "could not be read" in reply.body
    reply = phone.send({"activity": round_.id, "rung": "9"})
    assert reply.status == 400 and meeting.open_activity.answers == []


def test_without_the_app_the_page_has_no_activity_routes(page):
    path = urlsplit(page.url).path
    assert request(page.url, path=path + "/now.json").status == 404
    assert "<script" not in request(page.url).body
