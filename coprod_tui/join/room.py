"""The room view in a browser (a TV, someone at home): GET /j/<code>/room, behind the join code.

The page is whole without JavaScript (it is drawn on the server, with a refresh every few
seconds and a link); with JavaScript (``static/room.js``, served by the page, allowed by its
CSP) it asks ``room/state`` every ``POLL_SECONDS`` and places the words it gets, counting the
speaker's time down by itself in between. It reads the home through the read-only
``RoomWatch``: never a write, never the lock. No text is ever taken as markup: the server
escapes, the script sets ``textContent``.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from html import escape
from http import HTTPStatus
from typing import Any

from coprod_tui.i18n import translator
from coprod_tui.join import page
from coprod_tui.join.routes import Request, Response, Router
from coprod_tui.meeting.room import RoomWatch
from coprod_tui.meeting.room_text import TURN, shown_seconds, view
from coprod_tui.model.clock import format_mm_ss

JSON = "application/json; charset=utf-8"
POLL_SECONDS = 2  # within the page's rate limit (60 a minute), with room to spare
REFRESH_SECONDS = 5  # without JavaScript


def room_part(watch: RoomWatch) -> Callable[[Router, object], RoomRoutes]:
    """The room view as a part of the phone page (``JoinPage(parts=[room_part(watch)])``)."""
    return lambda router, _cards: RoomRoutes(router, watch)


class RoomRoutes:
    def __init__(self, router: Router, watch: RoomWatch) -> None:
        self.router = router
        self.watch = watch
        self.path = f"/j/{router.code}"
        self._lock = threading.Lock()  # requests come in on several worker threads
        router.add("GET", "room", self.page, max_fields=2)
        router.add("GET", "room/state", self.state, max_fields=2)

    def current(self, language: str) -> dict[str, Any]:
        with self._lock:
            self.watch.look()
            state = self.watch.state()
        return view(state, translator(language).t)

    def state(self, request: Request) -> Response:
        body = json.dumps(self.current(request.language), ensure_ascii=False).encode()
        return Response(HTTPStatus.OK, body, content_type=JSON)

    def page(self, request: Request) -> Response:
        return Response(
            HTTPStatus.OK, room_page(self.path, request.language, self.current(request.language))
        )


def room_page(path: str, language: str, shown: dict[str, Any]) -> bytes:
    def tr(message: str, **values: object) -> str:
        return escape(translator(language).t(message, **values))

    digits = ""
    if shown["view"] == TURN and shown["seconds_left"] is not None:
        digits = format_mm_ss(shown_seconds(shown["seconds_left"]))
    lines = "".join(f"<p>{escape(line)}</p>" for line in shown["lines"] if line)
    state = escape(json.dumps(shown, ensure_ascii=False))
    body = (
        f'<div class="room" id="room" data-view="{escape(shown["view"])}" data-state="{state}"'
        f' data-poll="{POLL_SECONDS}" data-source="{escape(path)}/room/state?lang={language}">'
        f'<p class="room-header" id="room-header">{escape(shown["header"])}</p>'
        f'<p class="room-item" id="room-item">{escape(shown["item"])}</p>'
        f'<p class="room-byline-top" id="room-top"></p>'
        f'<p class="room-big" id="room-big">{escape(shown["big"])}</p>'
        f'<p class="room-digits" id="room-digits">{digits}</p>'
        f'<p class="room-byline" id="room-byline">{escape(shown["byline"])}</p>'
        f'<div class="room-lines" id="room-lines">{lines}</div>'
        f'<noscript><p><a href="{escape(path)}/room?lang={language}">{tr("Refresh")}</a>'
        "</p></noscript></div>"
    )
    head_extra = (
        f'<noscript><meta http-equiv="refresh" content="{REFRESH_SECONDS}"></noscript>'
        f'<script src="{escape(path)}/static/room.js" defer></script>'
    )
    return page.document(language, translator(language).t("Room view"), body, head_extra)
