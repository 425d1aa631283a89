"""The card spool: a maildir-style ``inbox/{tmp,new,bad}`` that any process may drop cards into.

A card is written to ``tmp/``, fsync'ed and renamed into ``new/``: only then is it
acknowledged (``store/spool_writer.py``, the writing side). The app collects ``new/``, stores
each card in the meeting's database and then deletes the file, because a file's Unix owner
would name an anonymous author.
A file that cannot be read as a card is moved to ``bad/`` with the reason beside it.

Shared with a Unix group (``coprod init --group``), ``tmp/`` and ``new/`` are setgid and
sticky with mode ``rwx-wx---``: members can drop a card but cannot list the folder (which
would show who owns each waiting file, i.e. who wrote an anonymous card), nor rename or
delete anyone else's file. The inbox folder itself stays the owner's, so no member can
swap ``new/`` for a folder of their own.
"""

from __future__ import annotations

import os
import stat
import time
from dataclasses import dataclass
from pathlib import Path

from coprod_tui.i18n import t
from coprod_tui.model import Card, ValidationError
from coprod_tui.model.common import clean_line, parse_datetime, quoted
from coprod_tui.store import platform
from coprod_tui.store.files import DiskError, disk_errors, fsync_dir, make_private_dir

# The writing side (``coprod card``, the phone page) is a light module of its own.
from coprod_tui.store.spool_writer import MAX_PROJECT_CHARS as MAX_PROJECT_CHARS
from coprod_tui.store.spool_writer import SPOOL_SCHEMA, CardRejected, create_spool
from coprod_tui.store.spool_writer import SUBFOLDERS as SUBFOLDERS
from coprod_tui.store.spool_writer import HandedIn as HandedIn
from coprod_tui.store.spool_writer import submit_card as submit_card
from coprod_tui.store.yamlio import YAMLFileError, parse_yaml

MAX_SPOOL_FILE_BYTES = 64 * 1024
SHARED_DROP_MODE = 0o3730  # setgid + sticky; group may write and pass, not list
SHARED_PASS_MODE = 0o710  # group may pass through (home, inbox), not list or write
REASON_SUFFIX = ".reason"  # bad/<name>.reason says why bad/<name> is not a card
# A hand-in writes its tmp/ file for milliseconds; one older than this was interrupted.
STALE_TMP_SECONDS = 5 * 60


@dataclass
class SpoolEntry:
    path: Path
    card: Card | None = None
    project: str | None = None
    problem: str | None = None  # set when the file is not a valid card


def share_with_group(inbox: Path, group: str) -> None:
    """Open the spool to one Unix group (setgid folders) so co-facilitators can hand in cards."""
    if not platform.SHARED_INBOX:
        raise CardRejected(t("a shared inbox (--group) needs Linux or macOS"))
    gid = platform.group_id(group)
    if gid is None:
        raise CardRejected(t("there is no Unix group called {group!r}", group=group))
    create_spool(inbox)
    for folder in (inbox.parent, inbox):
        os.chown(folder, -1, gid)
        os.chmod(folder, SHARED_PASS_MODE)
    for folder in (inbox / "tmp", inbox / "new"):
        os.chown(folder, -1, gid)
        os.chmod(folder, SHARED_DROP_MODE)


def pending_names(inbox: Path) -> list[str]:
    try:
        names = [n for n in os.listdir(inbox / "new") if not n.startswith(".")]
    except FileNotFoundError:
        return []
    return sorted(names)


def read_new(inbox: Path, limit: int = 500) -> list[SpoolEntry]:
    """The cards waiting in ``new/``, oldest first; unreadable files come back with a problem."""
    return [read_entry(inbox / "new" / name) for name in pending_names(inbox)[:limit]]


def read_entry(path: Path) -> SpoolEntry:
    try:
        raw = _read_regular_file(path, MAX_SPOOL_FILE_BYTES + 1)
    except OSError as error:
        return SpoolEntry(path, problem=f"cannot be read: {error.strerror}")
    if raw is None:
        return SpoolEntry(path, problem="not a regular file")
    if len(raw) > MAX_SPOOL_FILE_BYTES:
        return SpoolEntry(path, problem=f"larger than {MAX_SPOOL_FILE_BYTES} bytes")
    try:
        data = parse_yaml(raw.decode("utf-8"), "not valid YAML")  # bounded: a bomb is refused
    except UnicodeDecodeError:
        return SpoolEntry(path, problem="not valid UTF-8 text")
    except YAMLFileError as error:
        return SpoolEntry(path, problem=str(error).replace("\n", " "))
    if not isinstance(data, dict) or data.get("schema") != SPOOL_SCHEMA:
        return SpoolEntry(path, problem=f"not a card file (expected schema: {SPOOL_SCHEMA})")
    try:
        card = Card(
            text=_text(data, "text"),
            author=_text(data, "author") if data.get("author") is not None else None,
            received_at=parse_datetime(data.get("received_at"), "received_at"),
            source=_text(data, "source"),
            id=_text(data, "id"),
        )
        project = _text(data, "project") if data.get("project") is not None else None
    except ValidationError as error:
        return SpoolEntry(path, problem=str(error))
    if not card.id.isalnum() or len(card.id) > 64:
        return SpoolEntry(path, problem="the card id is not valid")
    return SpoolEntry(path, card=card, project=project)


def _read_regular_file(path: Path, limit: int) -> bytes | None:
    """At most ``limit`` bytes of a regular file; None for anything else.

    Never follows a symlink and never blocks: a FIFO dropped in ``new/`` must not hang the app.
    """
    fd = platform.open_regular(path)
    if fd is None:
        return None
    try:
        chunks, size = [], 0
        while size < limit:
            chunk = os.read(fd, limit - size)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def _text(data: dict, key: str) -> str:
    value = data.get(key)
    if not isinstance(value, str):
        raise ValidationError(f"{key}: expected text, got {quoted(value)}")
    return value


def remove(paths: list[Path]) -> None:
    """Delete collected files (after their cards are stored), then make the deletion durable."""
    for path in paths:
        with disk_errors(path):
            path.unlink(missing_ok=True)
    if paths:
        fsync_dir(paths[0].parent)


def quarantine(inbox: Path, entry: SpoolEntry) -> Path | None:
    """Move a bad file to ``bad/`` with a ``.reason`` file beside it; it is never dropped.

    Returns where it went, or None when the file was already gone (its writer took it back).
    """
    bad = inbox / "bad"
    make_private_dir(bad)
    name = entry.path.name.removesuffix(REASON_SUFFIX) or "unnamed"
    target = bad / name
    while os.path.lexists(target) or os.path.lexists(bad / f"{target.name}{REASON_SUFFIX}"):
        target = bad / f"{name}.{os.urandom(3).hex()}"
    try:
        os.replace(entry.path, target)
    except FileNotFoundError:
        return None
    except OSError as error:
        raise DiskError(entry.path, error) from error
    reason = bad / f"{target.name}{REASON_SUFFIX}"
    with disk_errors(reason):
        reason.write_text(f"{entry.problem}\n", encoding="utf-8")
        os.chmod(reason, 0o600)
    fsync_dir(bad)
    fsync_dir(entry.path.parent)
    return target


def sweep_tmp(
    inbox: Path, *, older_than: float = STALE_TMP_SECONDS, at: float | None = None
) -> int:
    """Delete, unread, what interrupted hand-ins left in ``tmp/``; returns how many.

    Such a file was never acknowledged (that happens at the rename into ``new/``), so no card is
    lost; left there it would keep the card's text and, by its owner, name the author of an
    anonymous card. Only files untouched for ``older_than`` seconds go: a hand-in under way stays.
    The newer of mtime and ctime counts (a writer can set mtime back, not ctime).
    """
    folder = inbox / "tmp"
    cutoff = (time.time() if at is None else at) - older_than
    try:
        names = os.listdir(folder)
    except FileNotFoundError:
        return 0
    except OSError as error:
        raise DiskError(folder, error, reading=True) from error
    removed = 0
    for name in names:
        path = folder / name
        try:
            info = os.lstat(path)
            if stat.S_ISDIR(info.st_mode) or max(info.st_mtime, info.st_ctime) > cutoff:
                continue
            os.unlink(path)  # a symlink itself, never what it points to
        except FileNotFoundError:
            continue
        except OSError as error:
            raise DiskError(path, error) from error
        removed += 1
    if removed:
        fsync_dir(folder)
    return removed


def bad_files(inbox: Path) -> list[tuple[str, str]]:
    """(file name, reason) of every quarantined spool file, names and reasons as plain text."""
    bad = inbox / "bad"
    result = []
    for path in sorted(bad.iterdir()) if bad.is_dir() else []:
        if path.name.endswith(REASON_SUFFIX):
            continue
        reason_file = bad / f"{path.name}{REASON_SUFFIX}"
        try:
            reason = reason_file.read_text(encoding="utf-8", errors="replace")
        except OSError:
            reason = "?"
        result.append((clean_line(path.name), clean_line(reason) or "?"))
    return result
