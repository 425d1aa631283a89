"""The card routes: the form (GET /j/<code>) and handing in a card (POST /j/<code>).

A posted card goes through ``submit_card`` like ``coprod card`` does; the phone token is not
part of it, and nothing about the phone (address, user agent) reaches the card.
"""

from __future__ import annotations

import secrets
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from http import HTTPStatus
from pathlib import Path
from typing import Any

from coprod_tui.i18n import N_, translator
from coprod_tui.join import page
from coprod_tui.join.forms import MAX_TOKEN_CHARS, Claim, FormTokens, form_digest
from coprod_tui.join.routes import Request, Response, Router
from coprod_tui.meeting import StoreError
from coprod_tui.meeting.hand_in import CardRejected, submit_card
from coprod_tui.model.card import MAX_CARD_CHARS, MAX_NAME_CHARS
from coprod_tui.model.common import clean_line, clean_text


@dataclass
class CardForm:
    """What one posted card form says."""

    text: str
    name: str
    anonymous: bool
    once: str

    @classmethod
    def of(cls, request: Request) -> CardForm:
        name = request.field("name").strip()
        once = request.field("once")
        return cls(
            text=request.field("text"),
            name=name,
            anonymous=request.field("anonymous") in ("1", "on") or not name,
            once=once if len(once) <= MAX_TOKEN_CHARS else "",
        )

    @property
    def author(self) -> str | None:
        return None if self.anonymous else self.name

    def digest(self) -> bytes:
        return form_digest(self.text, self.author or "", "anonymous" if self.anonymous else "")


class CardRoutes:
    def __init__(
        self, router: Router, inbox: Path, project: str | None, *, max_body: int = 16 * 1024
    ) -> None:
        self.router = router
        self.inbox = inbox
        self.project = project
        self.context = page.PageContext(path=f"/j/{router.code}", project=project)
        self.forms = FormTokens()
        # more for the form page (a part's section), by request: keywords of page.form_page
        self.page_extras: Callable[[Request], Mapping[str, Any]] | None = None
        self._count_lock = threading.Lock()
        self.cards_received = 0
        router.add("GET", "", self.form, max_fields=4)
        router.add("POST", "", self.hand_in, max_fields=8, max_body=max_body)

    def form(self, request: Request) -> Response:
        body = page.form_page(
            self.context, request.language, once=new_form_token(), **self._extras(request)
        )
        return Response(HTTPStatus.OK, body)

    def _extras(self, request: Request) -> Mapping[str, Any]:
        return self.page_extras(request) if self.page_extras is not None else {}

    def hand_in(self, request: Request) -> Response:
        form = CardForm.of(request)
        if not form.once:
            return self._store(request, form)[0]
        claim, author = self.forms.claim(form.once, form.digest())
        if claim is Claim.STORED:
            return self._thanks(request, author)
        if claim is Claim.OTHER_WORDS:
            problem = translator(request.language).t(
                "This form was already used for another card. "
                "Press the button again to hand this one in as a new card.",
            )
            return self._form_again(request, form, problem, HTTPStatus.CONFLICT, fresh=True)
        stored, author = False, None
        try:
            response, stored, author = self._store(request, form)
            return response
        finally:  # also when storing raised: the token is free again
            self.forms.finish(form.once, stored=stored, author=author)

    def _store(self, request: Request, form: CardForm) -> tuple[Response, bool, str | None]:
        """The answer; whether the card is in; the author it was handed in with."""
        try:
            card = submit_card(
                self.inbox, form.text, author=form.author, project=self.project, source="phone"
            )
        except CardRejected as error:
            problem = _reason(request.language, form.text, form.author, error)
            return self._form_again(request, form, problem, HTTPStatus.BAD_REQUEST), False, None
        except (StoreError, OSError):
            unavailable = self.router.message(
                request,
                HTTPStatus.SERVICE_UNAVAILABLE,
                N_("The card could not be stored"),
                N_(
                    "Something is wrong with the facilitator's computer. "
                    "Please tell the facilitator."
                ),
                language=request.language,
            )
            return unavailable, False, None
        with self._count_lock:
            self.cards_received += 1
        return self._thanks(request, card.author), True, card.author

    def _thanks(self, request: Request, author: str | None) -> Response:
        return Response(
            HTTPStatus.OK, page.thanks_page(self.context, request.language, author=author)
        )

    def _form_again(
        self,
        request: Request,
        form: CardForm,
        problem: str,
        status: HTTPStatus,
        *,
        fresh: bool = False,
    ) -> Response:
        """The form with the words given back, so nothing typed is lost."""
        body = page.form_page(
            self.context,
            request.language,
            once=new_form_token() if fresh or not form.once else form.once,
            text=form.text,
            name=form.name,
            anonymous=form.anonymous and bool(form.name),
            problem=problem,
            **self._extras(request),
        )
        return Response(status, body)


def new_form_token() -> str:
    return secrets.token_urlsafe(12)


def _reason(language: str, text: str, name: str | None, error: CardRejected) -> str:
    """Why a card was refused, in the phone's language (the rule itself is submit_card's).

    ``error`` speaks the app's language, so the refusals a phone can cause are worded here.
    """
    length = len(clean_text(text.replace("\x00", "")))
    if length > MAX_CARD_CHARS:
        return translator(language).t(
            "A card holds at most {limit} characters; this one has {count}. "
            "Shorten it or hand in two cards.",
            limit=MAX_CARD_CHARS,
            count=length,
        )
    if length == 0:
        return translator(language).t("a card needs some text (it was empty)")
    if name is not None and len(clean_line(name)) > MAX_NAME_CHARS:
        return translator(language).t(
            "a name holds at most {limit} characters", limit=MAX_NAME_CHARS
        )
    return translator(language).t(str(error))
