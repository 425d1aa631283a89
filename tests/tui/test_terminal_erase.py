"""How the terminal erases, read from terminfo's entry for $TERM (in a new process each: Python's
curses reads the entry of a process's first setupterm only)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from coprod_tui.tui.terminal_erase import Erase

HOW = "from coprod_tui.tui.terminal_erase import how_the_terminal_erases as h; print(h().name)"


def erases_for(term: str | None) -> Erase:
    environment = {k: v for k, v in os.environ.items() if k != "TERM"}
    if term is not None:
        environment["TERM"] = term
    done = subprocess.run(
        [sys.executable, "-c", HOW], env=environment, capture_output=True, text=True, check=True
    )
    return Erase[done.stdout.strip()]


@pytest.mark.parametrize(
    ("term", "erase"),
    [
        ("xterm-256color", Erase.ANY_BACKGROUND),  # bce
        ("tmux-256color", Erase.DEFAULT_BACKGROUND),  # no bce in its entry
        ("screen", Erase.DEFAULT_BACKGROUND),
        ("no-such-terminal-anywhere", Erase.NEVER),
        ("", Erase.NEVER),
        (None, Erase.NEVER),
    ],
)
def test_the_terminfo_entry_of_term_decides(term, erase):
    assert erases_for(term) is erase
