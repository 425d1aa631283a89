"""Talking to a join page on 127.0.0.1 from one or many (loopback) client addresses."""

from __future__ import annotations

import http.client
from dataclasses import dataclass
from urllib.parse import quote_from_bytes, quote_plus, urlsplit

from coprod_tui.store import inbox


@dataclass
class Reply:
    status: int
    headers: dict[str, str]
    body: str


def request(
    url: str,
    method: str = "GET",
    *,
    path: str | None = None,
    body: bytes | None = None,
    headers: dict[str, str] | None = None,
    client: str = "127.0.0.1",
) -> Reply:
    """One request to the server at ``url``; ``client`` is the loopback address it comes from."""
    parts = urlsplit(url)
    assert parts.hostname == "127.0.0.1", "tests only ever talk to 127.0.0.1"
    connection = http.client.HTTPConnection(
        "127.0.0.1", parts.port, timeout=10, source_address=(client, 0)
    )
    try:
        target = (
            path if path is not None else parts.path + (f"?{parts.query}" if parts.query else "")
        )
        connection.request(method, target, body=body, headers=headers or {})
        response = connection.getresponse()
        return Reply(
            response.status,
            {key.lower(): value for key, value in response.getheaders()},
            response.read().decode("utf-8"),
        )
    finally:
        connection.close()


def post_card(
    url: str,
    text: str,
    *,
    name: str | None = None,
    anonymous: bool = False,
    once: str | None = None,
    client: str = "127.0.0.1",
    headers: dict[str, str] | None = None,
    path: str | None = None,
) -> Reply:
    fields = {"text": text}
    if name is not None:
        fields["name"] = name
    if anonymous:
        fields["anonymous"] = "1"
    if once is not None:
        fields["once"] = once
    return request(
        url,
        "POST",
        path=path,
        body=form_body(fields),
        headers={"Content-Type": "application/x-www-form-urlencoded", **(headers or {})},
        client=client,
    )


def form_body(fields: dict[str, str]) -> bytes:
    """URL-encoded like a browser's form; lone surrogates go out as the (broken) bytes they are."""
    return "&".join(
        f"{quote_plus(key)}={quote_from_bytes(value.encode('utf-8', 'surrogatepass'), safe='')}"
        for key, value in fields.items()
    ).encode()


def spooled_cards(inbox_dir) -> list:
    """The cards waiting in inbox/new (each spool file must be a valid card)."""
    entries = inbox.read_new(inbox_dir, limit=10_000)
    assert all(entry.card is not None for entry in entries), [e.problem for e in entries]
    return [entry.card for entry in entries]
