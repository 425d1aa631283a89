"""``coprod card``: hand in an opportunity card from any terminal (no Textual import).

The text comes from the command line or, with ``-``, from standard input. Bytes that are not
UTF-8 become U+FFFD (so the card shows where something was lost); control characters are
removed by the model; an over-long card is refused with the reason. Standard input is read
only up to a bound, so ``cat /dev/zero | coprod card -`` ends with a refusal, not a full memory.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import BinaryIO

from coprod_tui.i18n import t
from coprod_tui.model.card import MAX_CARD_CHARS, MAX_RAW_CARD_CHARS
from coprod_tui.store import inbox
from coprod_tui.store.db import HomePaths
from coprod_tui.store.files import DiskError, disk_errors

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
        raise inbox.CardRejected(
            t(
                "a card holds at most {limit} characters; this one has more than {size} bytes"
                " — shorten it or hand in two cards",
                limit=MAX_CARD_CHARS,
                size=MAX_STDIN_BYTES,
            )
        )
    return raw.decode("utf-8", "replace")


def hand_in_card(home: Path, args: argparse.Namespace) -> int:
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
            inbox.create_spool(paths.inbox)
        card = inbox.submit_card(
            paths.inbox,
            text,
            author=None if args.anonymous else args.author,
            project=args.project,
        )
    except inbox.CardRejected as error:
        print(f"coprod: {t('card not handed in')}: {error}", file=sys.stderr)
        return 2
    except DiskError as error:
        reason = f"{error.reason}; {error.advice}"
        print(f"coprod: {t('card not handed in')}: {reason} ({paths.inbox})", file=sys.stderr)
        return 1
    who = card.author or t("anonymous")
    print(t("Card handed in ({who}). Thank you!", who=who))
    return 0
