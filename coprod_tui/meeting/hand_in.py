"""Handing in a card from outside the app (a terminal, a phone): checked, then dropped in the
card spool, where the app collects it. The rules are the spool's (store/spool_writer.py)."""

from coprod_tui.store.spool_writer import MAX_PROJECT_CHARS, CardRejected, submit_card

__all__ = ["MAX_PROJECT_CHARS", "CardRejected", "submit_card"]
