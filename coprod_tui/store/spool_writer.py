"""Handing in a card: checked, written to ``inbox/tmp/``, fsynced, renamed into ``inbox/new/``.

The writing side of the card spool (``store/inbox.py`` says how the spool works, and reads it).
It needs the card's rules (``model/card_rules.py``) and the standard library only: not the
model's dataclasses, not PyYAML (``store/flat_yaml.py`` writes the file), so ``coprod card``
costs little more than starting Python (tests/cli/test_card_imports.py).
"""

from __future__ import annotations

import contextlib
import os
import stat
import time
from datetime import datetime
from pathlib import Path

from coprod_tui.i18n import t
from coprod_tui.model.card_rules import CARD_SOURCES, valid_card_text, valid_name
from coprod_tui.model.clean import ValidationError, clean_line
from coprod_tui.model.stamps import new_id, now
from coprod_tui.store import platform
from coprod_tui.store.files import DiskError, disk_errors, fsync_dir, make_private_dir
from coprod_tui.store.flat_yaml import flat_yaml

SPOOL_SCHEMA = 1
SUBFOLDERS = ("tmp", "new", "bad")
MAX_PROJECT_CHARS = 200


class CardRejected(ValueError):
    """The card was not accepted; the message says why, for the person handing it in."""


class HandedIn:
    """A card as it went into the spool (the app makes it a ``Card`` when it collects it)."""

    __slots__ = ("author", "id", "project", "received_at", "source", "text")

    def __init__(
        self,
        *,
        id: str,
        text: str,
        author: str | None,
        received_at: datetime,
        source: str,
        project: str | None,
    ) -> None:
        self.id, self.text, self.author = id, text, author
        self.received_at, self.source, self.project = received_at, source, project

    def __repr__(self) -> str:  # the text and the name are data: never shown unbounded
        return f"HandedIn(id={self.id!r}, source={self.source!r})"


def create_spool(inbox: Path) -> None:
    make_private_dir(inbox)
    for name in SUBFOLDERS:
        make_private_dir(inbox / name)


def _spool_is_shared(folder: Path) -> bool:
    try:
        return bool(folder.stat().st_mode & stat.S_IRWXG)
    except FileNotFoundError:
        return False


def submit_card(
    inbox: Path,
    text: str,
    *,
    author: str | None = None,
    project: str | None = None,
    source: str = "terminal",
) -> HandedIn:
    """Validate and drop one card; returns it only once it is safely in ``new/``.

    Raises CardRejected with a clear reason (empty, too long, …) or DiskError (e.g. disk full,
    in which case nothing is left behind in ``new/``).
    """
    if source not in CARD_SOURCES:
        raise ValueError(f"unknown card source {source!r}")  # a programming error
    try:
        card = HandedIn(
            id=new_id(),
            text=valid_card_text(text),
            author=valid_name(author),
            received_at=now(),
            source=source,
            project=clean_line(project) if project else None,
        )
    except ValidationError as error:
        raise CardRejected(str(error)) from None
    if card.project and len(card.project) > MAX_PROJECT_CHARS:
        # else the file would be too large to be read back, after the card was acknowledged
        raise CardRejected(
            t("a project name holds at most {limit} characters", limit=MAX_PROJECT_CHARS)
        )
    new_folder = inbox / "new"
    if not new_folder.is_dir():
        raise CardRejected(
            t("there is no card inbox at {inbox}; start coprod once to create it", inbox=inbox)
        )
    _write(inbox, new_folder, _spool_file(card))
    return card


def _spool_file(card: HandedIn) -> bytes:
    record: dict[str, str | int] = {
        "schema": SPOOL_SCHEMA,
        "id": card.id,
        "text": card.text,
        "received_at": card.received_at.isoformat(),
        "source": card.source,
    }
    if card.author is not None:  # anonymous: the author is not written at all
        record["author"] = card.author
    if card.project:
        record["project"] = card.project
    return flat_yaml(record).encode("utf-8")


def _write(inbox: Path, new_folder: Path, payload: bytes) -> None:
    """Into ``tmp/``, fsynced, then renamed into ``new/`` (only then is the card acknowledged).

    Whatever stops it half-way (a full disk, or ``coprod card`` hung up on: cli/card.py turns
    SIGHUP and SIGTERM into an exception) removes the file from ``tmp/`` on the way out."""
    mode = 0o640 if _spool_is_shared(new_folder) else 0o600
    name = f"{time.time_ns()}.{os.urandom(6).hex()}.yaml"
    temp_path = inbox / "tmp" / name
    with disk_errors(inbox / "tmp"):
        fd = os.open(temp_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | platform.O_BINARY, mode)
        try:
            try:
                platform.set_file_mode(fd, mode)  # whatever the umask: the owner reads it
                written = 0
                while written < len(payload):
                    written += os.write(fd, payload[written:])
                os.fsync(fd)
            finally:
                os.close(fd)
            os.rename(temp_path, new_folder / name)
        except BaseException:
            temp_path.unlink(missing_ok=True)
            raise
    # A group member may not open a shared new/ (that would let them list it); the
    # rename has happened, and the app makes the folder durable when it collects.
    with contextlib.suppress(DiskError):
        fsync_dir(new_folder)
