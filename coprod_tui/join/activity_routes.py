"""The phone page's routes for activities: the section on the page, an answer, "what is open".

Independent of how requests arrive: each function takes what the request carries (the phone's
token, its language, the form's fields) and returns a ``Reply``. ``ActivityDesk`` is the page's
one way to the meeting, and it runs every call where the meeting lives (``run``), so a phone
never reads or changes the session while the app does.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape
from http import HTTPStatus
from typing import TypeVar

from coprod_tui.join import page
from coprod_tui.join.activity_page import FOLLOW_SCRIPT, Words, activity_section
from coprod_tui.join.activity_view import PhoneView, phone_view, version_of
from coprod_tui.meeting import Meeting, ReadOnlyMeeting, StoreError
from coprod_tui.meeting.activities import ActivityClosed
from coprod_tui.model import ValidationError
from coprod_tui.model.activity import CLOSED, MAX_DOTS, MAX_OPTIONS, AnswerInput, AnswerRefused

T = TypeVar("T")
HTML = "text/html; charset=utf-8"
MAX_ANSWER_FIELDS = MAX_OPTIONS + 8
DOT_FIELD = "dot-"


def _direct(call: Callable[[], T]) -> T:
    return call()


@dataclass
class Reply:
    status: HTTPStatus
    body: bytes
    content_type: str = HTML
    headers: dict[str, str] = field(default_factory=dict)


class ActivityDesk:
    """``meeting()`` is the meeting open in the app now (or None); ``run(call)`` runs ``call``
    where that meeting lives and returns its result (the app's thread or event loop)."""

    def __init__(
        self,
        meeting: Callable[[], Meeting | None],
        run: Callable[[Callable[[], object]], object] = _direct,
    ) -> None:
        self._meeting = meeting
        self._run = run

    def view(self, phone_token: str) -> PhoneView | None:
        return self._call(lambda: phone_view(self._meeting(), phone_token))

    def answer(self, activity_id: str, phone_token: str, given: AnswerInput) -> PhoneView | None:
        """Store the answer, then the phone's view after it. Raises ValidationError (the
        answer does not fit, or the activity is closed) or StoreError."""

        def give() -> PhoneView | None:
            meeting = self._meeting()
            if meeting is None:
                raise ActivityClosed
            meeting.answer(activity_id, phone_token, given)
            return phone_view(meeting, phone_token)

        return self._call(give)

    def _call(self, call: Callable[[], T]) -> T:
        return self._run(call)  # type: ignore[return-value]  # run returns what call returns


@dataclass(frozen=True)
class PhonePaths:
    """The addresses of one running page (``/j/<code>``)."""

    home: str

    @property
    def answer(self) -> str:
        return f"{self.home}/answer"

    @property
    def now(self) -> str:
        return f"{self.home}/now.json"

    @property
    def script(self) -> str:
        return f"{self.home}/follow.js"

    def home_in(self, language: str) -> str:
        return f"{self.home}?lang={language}"


def section(
    desk: ActivityDesk | None,
    paths: PhonePaths,
    phone_token: str,
    language: str,
    saved: str | None = None,
) -> tuple[str, str]:
    """The activity section's HTML and the version the script compares with."""
    view = desk.view(phone_token) if desk is not None else None
    return _section_of(view, paths, language, saved), version_of(view)


def _section_of(view: PhoneView | None, paths: PhonePaths, language: str, saved: str | None) -> str:
    words = Words(page.translate, language)
    return activity_section(
        view, words, action=paths.answer, home=paths.home_in(language), saved=saved
    )


def now_json(desk: ActivityDesk | None, phone_token: str) -> Reply:
    """What the script polls: a version that changes when something else is open."""
    view = desk.view(phone_token) if desk is not None else None
    body = json.dumps({"version": version_of(view)}).encode()
    return Reply(HTTPStatus.OK, body, "application/json")


def follow_script() -> Reply:
    return Reply(HTTPStatus.OK, FOLLOW_SCRIPT, "text/javascript; charset=utf-8")


def read_answer(fields: dict[str, str]) -> tuple[str, AnswerInput]:
    """The activity's id and the answer from the form; ValueError if a number is not one."""
    name = fields.get("name", "")
    anonymous = fields.get("anonymous") in ("1", "on")
    rung_field = fields.get("rung", "").strip()
    dots: dict[str, int] = {}
    for key, value in fields.items():
        if key.startswith(DOT_FIELD):
            count = int(value.strip() or "0")
            if not 0 <= count <= MAX_DOTS:
                raise ValueError(count)
            dots[key[len(DOT_FIELD) :]] = count
    rung = int(rung_field) if rung_field else None
    given = AnswerInput(
        name=None if anonymous else name, rung=rung, dots=dots, text=fields.get("text", "")
    )
    return fields.get("activity", ""), given


def answer(
    desk: ActivityDesk | None,
    paths: PhonePaths,
    phone_token: str,
    fields: dict[str, str],
    language: str,
    page_around: Callable[[str, str, HTTPStatus], Reply],
) -> Reply:
    """Store an answer from a phone and show the page again, saying what happened.

    ``page_around(section_html, version, status)`` builds the whole page around the section
    (the card form stays below it).
    """

    def tr(message: str, **values: object) -> str:
        return page.translate(language, message, **values)

    def again(problem: str, status: HTTPStatus) -> Reply:
        view = desk.view(phone_token) if desk is not None else None
        alert = f'<div class="problem" role="alert"><p>{escape(problem)}</p></div>'
        html = alert + _section_of(view, paths, language, None)
        return page_around(html, version_of(view), status)

    try:
        activity_id, given = read_answer(fields)
    except ValueError:
        return again(tr("Your answer could not be read. Please try again."), HTTPStatus.BAD_REQUEST)
    if desk is None:
        return again(tr(CLOSED), HTTPStatus.CONFLICT)
    try:
        view = desk.answer(activity_id, phone_token, given)
    except (ActivityClosed, ReadOnlyMeeting):
        return again(tr(CLOSED), HTTPStatus.CONFLICT)
    except AnswerRefused as problem:
        return again(tr(problem.template, **problem.values), HTTPStatus.BAD_REQUEST)
    except ValidationError as problem:
        return again(tr(str(problem)), HTTPStatus.BAD_REQUEST)
    except (StoreError, OSError):
        return again(
            tr("Your answer could not be saved. Please tell the facilitator."),
            HTTPStatus.SERVICE_UNAVAILABLE,
        )
    saved = {
        "placement": tr("Your place is saved."),
        "dot_vote": tr("Your dots are saved."),
        "postcards": tr("Your postcard is in. Thank you!"),
    }[view.kind if view is not None else "placement"]
    return page_around(_section_of(view, paths, language, saved), version_of(view), HTTPStatus.OK)
