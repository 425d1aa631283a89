"""What the tty does with a line feed the app writes: with output processing and ONLCR (the
usual setting, which Textual leaves alone) it sends a carriage return and a line feed, two bytes
that also go to the first column; without, a line feed only goes down a row. ShadowScreen moves
the cursor to the next row by line feed only where it knows which."""

from __future__ import annotations

from enum import Enum


class LineFeed(Enum):
    NOT_KNOWN = "not known"  # no tty, or no termios (Windows): never sent as a cursor move
    RETURNS = "returns"  # OPOST and ONLCR: the terminal receives CR LF
    ONLY_FEEDS = "only feeds"  # the terminal receives LF: down a row, same column


def what_a_line_feed_does(fd: int) -> LineFeed:
    try:
        import termios
    except ImportError:
        return LineFeed.NOT_KNOWN
    try:
        output_flags = termios.tcgetattr(fd)[1]
    except (termios.error, OSError, ValueError):
        return LineFeed.NOT_KNOWN
    if output_flags & termios.OPOST and output_flags & termios.ONLCR:
        return LineFeed.RETURNS
    return LineFeed.ONLY_FEEDS
