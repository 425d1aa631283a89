"""The join page: participants hand in opportunity cards from a phone on the meeting's network.

A small HTTP server on the standard library's asyncio (no Textual here): pages behind a random
join code; posted cards go through ``meeting.hand_in.submit_card`` like ``coprod card`` does.
``routes.py`` is the routing layer (request in, response out), ``transport.py`` the sockets.
"""

from coprod_tui.join.server import DEFAULT_PORT, JoinPage, PageRefused

__all__ = ["DEFAULT_PORT", "JoinPage", "PageRefused"]
