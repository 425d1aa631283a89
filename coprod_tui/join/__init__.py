"""The join page: participants hand in opportunity cards from a phone on the meeting's network.

A small HTTP server on the standard library (no Textual here): one page behind a random join
code, posted cards go through ``store.inbox.submit_card`` like ``coprod card`` does.
"""

from coprod_tui.join.server import DEFAULT_PORT, JoinPage

__all__ = ["DEFAULT_PORT", "JoinPage"]
