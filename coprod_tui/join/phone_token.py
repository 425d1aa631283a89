"""The phone's token: a random value in a cookie, the phone's only identity (no account).

It never reaches the disk: the meeting keeps only a keyed hash of it per activity (see
``meeting.activities``). A phone that refuses the cookie can still hand in cards, but cannot
answer an activity (it would count as a new phone on every answer).
"""

from __future__ import annotations

import secrets
from http.cookies import CookieError, SimpleCookie

COOKIE = "coprod_phone"
MAX_AGE_SECONDS = 12 * 3600  # a meeting day
_TOKEN_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")


def new_phone_token() -> str:
    return secrets.token_urlsafe(24)


def phone_token_from(cookie_header: str | None) -> str | None:
    """The token the phone sent, if it is one of ours in form (32 URL-safe characters)."""
    if not cookie_header or len(cookie_header) > 4096:
        return None
    try:
        cookies = SimpleCookie(cookie_header)
    except CookieError:
        return None
    morsel = cookies.get(COOKIE)
    if morsel is None:
        return None
    value = morsel.value
    if len(value) != 32 or not set(value) <= _TOKEN_CHARS:
        return None
    return value


def set_cookie(token: str, path: str) -> str:
    """The Set-Cookie value: only for this page's path, never readable by a script."""
    return f"{COOKIE}={token}; Path={path}; Max-Age={MAX_AGE_SECONDS}; HttpOnly; SameSite=Strict"
