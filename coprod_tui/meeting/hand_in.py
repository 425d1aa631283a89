"""Handing in a card from outside the app (a terminal, a phone): checked, then dropped in the
card spool, where the app collects it. The rules are the spool's (store/inbox.py)."""

from coprod_tui.store.inbox import MAX_PROJECT_CHARS, CardRejected, submit_card

__all__ = ["MAX_PROJECT_CHARS", "CardRejected", "submit_card"]
