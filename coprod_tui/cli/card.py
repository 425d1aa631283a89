"""``coprod card``: hand in an opportunity card from any terminal (no Textual import).

The text comes from the command line or, with ``-``, from standard input. Bytes that are not
UTF-8 become U+FFFD (so the card shows where something was lost); control characters are
removed by the model; an over-long card is refused with the reason. Standard input is read
only up to a bound, so ``cat /dev/zero | coprod card -`` ends with a refusal, not a full memory.
"""

from __future__ import annotations

import contextlib
import signal
import sys
from collections.abc import Iterator
from pathlib import Path

from coprod_tui.i18n import t
from coprod_tui.model.card_rules import MAX_CARD_CHARS, MAX_RAW_CARD_CHARS
from coprod_tui.store import spool_writer
from coprod_tui.store.files import DiskError, disk_errors
from coprod_tui.store.paths import HomePaths

TYPE_CHECKING = False  # as typing's, which this light module does not import
if TYPE_CHECKING:
    import argparse
    from typing import BinaryIO

MAX_STDIN_BYTES = 4 * MAX_RAW_CARD_CHARS  # up to 4 bytes per character in UTF-8


def text_from_argument(text: str) -> str:
    """An argument as Python received it (undecodable bytes as surrogate escapes) → text."""
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:
        return text  # a lone surrogate that was never a byte: the model removes it


def text_from_stream(stream: BinaryIO) -> str:
    raw = stream.read(MAX_STDIN_BYTES + 1)
    if len(raw) > MAX_STDIN_BYTES:
        raise spool_writer.CardRejected(
            t(
                "a card holds at most {limit} characters; this one has more than {size} bytes"
                " — shorten it or hand in two cards",
                limit=MAX_CARD_CHARS,
                size=MAX_STDIN_BYTES,
            )
        )
    return raw.decode("utf-8", "replace")


@contextlib.contextmanager
def hang_up_ends_cleanly() -> Iterator[None]:
    """A dropped SSH session (SIGHUP) or a kill (SIGTERM) ends the hand-in as an exception, so
    the half-written card in inbox/tmp is removed on the way out (SIGKILL cannot be caught:
    the app sweeps what that leaves)."""

    def leave(signum: int, _frame: object) -> None:
        raise SystemExit(128 + signum)

    names = [name for name in ("SIGHUP", "SIGTERM") if hasattr(signal, name)]
    previous = {name: signal.signal(getattr(signal, name), leave) for name in names}
    try:
        yield
    finally:
        for name, handler in previous.items():
            signal.signal(getattr(signal, name), handler)


def hand_in_card(home: Path, args: argparse.Namespace) -> int:
    with hang_up_ends_cleanly():
        return _hand_in(home, args)


def _hand_in(home: Path, args: argparse.Namespace) -> int:
    paths = HomePaths(home)
    try:
        if args.text == "-":
            text = text_from_stream(sys.stdin.buffer)
        else:
            text = text_from_argument(args.text)
        with disk_errors(paths.inbox):
            missing = not paths.inbox.is_dir()
        if missing:
            paths.create()
            spool_writer.create_spool(paths.inbox)
        card = spool_writer.submit_card(
            paths.inbox,
            text,
            author=None if args.anonymous else args.author,
            project=args.project,
        )
    except spool_writer.CardRejected as error:
        print(f"coprod: {t('card not handed in')}: {error}", file=sys.stderr)
        return 2
    except DiskError as error:
        reason = f"{error.reason}; {error.advice}"
        print(f"coprod: {t('card not handed in')}: {reason} ({paths.inbox})", file=sys.stderr)
        return 1
    who = card.author or t("anonymous")
    print(t("Card handed in ({who}). Thank you!", who=who))
    return 0
