"""The phone page's part for activities: the section above the card form, an answer, "what is
open now" for the page's script.

``activity_part(desk)`` is a part of ``JoinPage`` (``parts=[...]``): it adds ``POST answer`` and
``GET now.json`` to the router and puts the activity section on the card form. ``ActivityDesk``
is the page's one way to the meeting, and it runs every call where the meeting lives (``run``),
so a phone never reads or changes the session while the app does. Every phone is known by
``request.phone_token`` (its cookie); a phone that keeps no cookie cannot answer, or it would
be a new voice on every answer.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from html import escape
from http import HTTPStatus
from typing import Any, TypeVar

from coprod_tui.i18n import translator
from coprod_tui.join import page
from coprod_tui.join.activity_page import FOLLOW_SCRIPT, Words, activity_section
from coprod_tui.join.activity_view import PhoneView, phone_view, version_of
from coprod_tui.join.cards import CardRoutes, new_form_token
from coprod_tui.join.routes import Request, Response, Router
from coprod_tui.meeting import Meeting, ReadOnlyMeeting, StoreError
from coprod_tui.meeting.activities import ActivityClosed
from coprod_tui.model import ValidationError
from coprod_tui.model.activity import CLOSED, MAX_DOTS, MAX_OPTIONS, AnswerInput, AnswerRefused

T = TypeVar("T")
MAX_ANSWER_FIELDS = MAX_OPTIONS + 8
DOT_FIELD = "dot-"


def _direct(call: Callable[[], T]) -> T:
    return call()


class ActivityDesk:
    """``meeting()`` is the meeting open in the app now (or None); ``run(call)`` runs ``call``
    where that meeting lives and returns its result (the app's event loop)."""

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
        """Store the answer, then the phone's view after it. Raises AnswerRefused (it does not
        fit; ActivityClosed: not open now), ValidationError, ReadOnlyMeeting or StoreError."""

        def give() -> PhoneView | None:
            meeting = self._meeting()
            if meeting is None:
                raise ActivityClosed
            meeting.answer(activity_id, phone_token, given)
            return phone_view(meeting, phone_token)

        return self._call(give)

    def _call(self, call: Callable[[], T]) -> T:
        return self._run(call)  # type: ignore[return-value]  # run returns what call returns


def read_answer(request: Request) -> tuple[str, AnswerInput]:
    """The activity's id and the answer from the form; ValueError if a number is not one."""
    anonymous = request.field("anonymous") in ("1", "on")
    rung_field = request.field("rung").strip()
    dots: dict[str, int] = {}
    for key in request.fields:
        if key.startswith(DOT_FIELD):
            count = int(request.field(key).strip() or "0")
            if not 0 <= count <= MAX_DOTS:
                raise ValueError(count)
            dots[key[len(DOT_FIELD) :]] = count
    given = AnswerInput(
        name=None if anonymous else request.field("name"),
        rung=int(rung_field) if rung_field else None,
        dots=dots,
        text=request.field("text"),
    )
    return request.field("activity"), given


@dataclass
class ActivityRoutes:
    desk: ActivityDesk
    router: Router
    cards: CardRoutes

    def __post_init__(self) -> None:
        self.home = self.cards.context.path
        self.router.add("POST", "answer", self.answer, max_fields=MAX_ANSWER_FIELDS)
        self.router.add("GET", "now.json", self.now, max_fields=0)
        self.cards.page_extras = self.extras

    # --- the card form's page: the section above the form -------------------------------------
    def extras(self, request: Request) -> Mapping[str, Any]:
        view = self.desk.view(request.phone_token)
        return self._around(view, request.language)

    def _around(
        self, view: PhoneView | None, language: str, top: str = "", saved: str | None = None
    ) -> dict[str, Any]:
        home = f"{self.home}?lang={language}"
        section = activity_section(
            view, Words(language), action=f"{self.home}/answer", home=home, saved=saved
        )
        follow = page.Follow(
            poll=f"{self.home}/now.json",
            script=f"{self.home}/static/{FOLLOW_SCRIPT}",
            home=home,
            version=version_of(view),
        )
        return {"activity": top + section, "follow": follow}

    def _page(self, request: Request, status: HTTPStatus, **around: Any) -> Response:
        body = page.form_page(self.cards.context, request.language, once=new_form_token(), **around)
        return Response(status, body)

    # --- GET now.json: what the script compares with -------------------------------------------
    def now(self, request: Request) -> Response:
        body = json.dumps({"version": version_of(self.desk.view(request.phone_token))})
        return Response(HTTPStatus.OK, body.encode(), content_type="application/json")

    # --- POST answer ------------------------------------------------------------------------------
    def answer(self, request: Request) -> Response:
        words = translator(request.language)

        def again(problem: str, status: HTTPStatus) -> Response:
            alert = f'<div class="problem" role="alert"><p>{escape(problem)}</p></div>'
            view = self.desk.view(request.phone_token)
            return self._page(request, status, **self._around(view, request.language, alert))

        if request.phone_token_is_new:  # one phone, one voice: an answer needs the cookie
            return again(
                words.t(
                    "Your phone did not keep this page's cookie, so your answer was not saved. "
                    "Allow cookies for this page, then send it again."
                ),
                HTTPStatus.BAD_REQUEST,
            )
        try:
            activity_id, given = read_answer(request)
        except ValueError:
            return again(
                words.t("Your answer could not be read. Please try again."), HTTPStatus.BAD_REQUEST
            )
        try:
            view = self.desk.answer(activity_id, request.phone_token, given)
        except (ActivityClosed, ReadOnlyMeeting):
            return again(words.t(CLOSED), HTTPStatus.CONFLICT)
        except AnswerRefused as problem:
            return again(words.t(problem.template, **problem.values), HTTPStatus.BAD_REQUEST)
        except ValidationError as problem:
            return again(str(problem), HTTPStatus.BAD_REQUEST)
        except (StoreError, OSError):
            return again(
                words.t("Your answer could not be saved. Please tell the facilitator."),
                HTTPStatus.SERVICE_UNAVAILABLE,
            )
        saved = {
            "placement": words.t("Your place is saved."),
            "dot_vote": words.t("Your dots are saved."),
            "postcards": words.t("Your postcard is in. Thank you!"),
        }[view.kind if view is not None else "placement"]
        return self._page(
            request, HTTPStatus.OK, **self._around(view, request.language, saved=saved)
        )


def activity_part(desk: ActivityDesk) -> Callable[[Router, CardRoutes], ActivityRoutes]:
    """The part for ``JoinPage(parts=[...])``."""
    return lambda router, cards: ActivityRoutes(desk, router, cards)
