"""A meeting's TinyDB storage whose writes cost what changed, not what the meeting holds.

TinyDB hands its storage the whole database on every change. ``JournalStorage`` keeps the
database it last wrote in memory, works out what changed (a card's state: one card), and
appends that as one line of JSON to ``<id>.journal`` beside the meeting file, then fsyncs it:
the change is durable when ``write`` returns, as with the whole-file write before. The line is
folded into the whole document (written the atomic way: temp file, fsync, rename, fsync the
folder) when the journal grows past ``FOLD_BYTES``, when the meeting closes and when the store
closes; then the journal is removed.

Why safe against a kill at any moment:
- every snapshot carries a fresh token (``_journal`` table); a journal starts with a header
  naming the snapshot it continues. A journal whose header names another snapshot (one folded
  already, or left from a meeting file that was replaced) is ignored, so nothing is applied
  twice and nothing foreign is applied;
- a journal line is only acknowledged once written whole and fsynced; a torn last line (a kill
  mid-write) is ignored and cut off before the next append; a broken line before the last is
  reported (CorruptDatabase) and nothing is overwritten;
- a failed append (a full disk) is cut back to where it started, and the database in memory
  stays as it was on disk, so StoreError/DiskError mean exactly what they did.
Another process's change to the meeting file (seen by its size, time and inode) makes the next
read go to the disk again.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
from itertools import compress
from operator import is_not
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

from coprod_tui.store import files
from coprod_tui.store.atomic_storage import AtomicJSONStorage, CorruptDatabase
from coprod_tui.store.files import DiskError

FOLD_BYTES = 256 * 1024
TOKEN_TABLE = "_journal"
Tables = dict[str, dict[str, Any]]


def journal_path(path: Path) -> Path:
    return path.with_suffix(".journal")


def _dumps(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _stat(path: Path) -> tuple[int, int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_ino, info.st_size, info.st_mtime_ns


# --- what changed ---------------------------------------------------------------------------
def diff(old: Tables, new: Tables) -> list[list[Any]]:
    """The changes from ``old`` to ``new`` as journal operations (see ``apply``)."""
    ops: list[list[Any]] = []
    for name in old.keys() - new.keys():
        ops.append(["drop", name])
    for name, table in new.items():
        before = old.get(name)
        if before is None:
            ops.append(["table", name, table])
            continue
        for doc_id in before.keys() - table.keys():
            ops.append(["del", name, doc_id])
        for doc_id, doc in table.items():
            was = before.get(doc_id)
            if was is None or not isinstance(was, dict) or not isinstance(doc, dict):
                if was != doc:
                    ops.append(["doc", name, doc_id, doc])
                continue
            if was is doc or was == doc:
                continue
            for key in was.keys() - doc.keys():
                ops.append(["unset", name, doc_id, key])
            for key, value in doc.items():
                if key in was and was[key] == value:
                    continue
                ops += _field_ops(name, doc_id, key, was.get(key), value, key in was)
    return ops


def _field_ops(
    table: str, doc_id: str, key: str, old: Any, new: Any, existed: bool
) -> list[list[Any]]:
    if existed and isinstance(old, list) and isinstance(new, list):
        if len(new) > len(old) and new[: len(old)] == old:
            return [["extend", table, doc_id, key, new[len(old) :]]]
        if len(new) == len(old):
            # Only items that are not the very ones of before are compared (in C up to there):
            # a save keeps the plain form of a record that did not change (model/plain_cache.py).
            candidates = compress(range(len(new)), map(is_not, old, new))
            changed = [i for i in candidates if old[i] != new[i]]
            if len(changed) * 4 <= len(new):
                return [["item", table, doc_id, key, i, new[i]] for i in changed]
    return [["set", table, doc_id, key, new]]


def apply(data: Tables, ops: list[list[Any]]) -> None:
    """Change ``data`` in place by the operations of one journal line."""
    for op in ops:
        kind, table = op[0], op[1]
        if kind == "drop":
            data.pop(table, None)
        elif kind == "table":
            data[table] = op[2]
        elif kind == "del":
            data[table].pop(op[2], None)
        elif kind == "doc":
            data.setdefault(table, {})[op[2]] = op[3]
        elif kind == "unset":
            data[table][op[2]].pop(op[3], None)
        elif kind == "set":
            data[table][op[2]][op[3]] = op[4]
        elif kind == "extend":
            data[table][op[2]][op[3]] = [*data[table][op[2]][op[3]], *op[4]]
        elif kind == "item":
            items = list(data[table][op[2]][op[3]])
            items[op[4]] = op[5]
            data[table][op[2]][op[3]] = items
        else:
            raise ValueError(f"unknown journal operation {kind!r}")


def _copy(data: Tables) -> Tables:
    """What TinyDB may change (tables, their rows, the rows' fields) copied; values shared."""
    return {
        name: {k: dict(v) if isinstance(v, dict) else v for k, v in t.items()}
        for name, t in data.items()
    }


# --- reading ----------------------------------------------------------------------------------
def read_with_journal(path: Path) -> tuple[Tables | None, str | None, int, int]:
    """(tables, snapshot token, journal length in use, lines applied) — read only."""
    snapshot = AtomicJSONStorage(path).read()
    if snapshot is None:
        return None, None, 0, 0
    marker = snapshot.pop(TOKEN_TABLE, None)
    token = marker.get("1", {}).get("token") if isinstance(marker, dict) else None
    journal = journal_path(path)
    try:
        raw = journal.read_bytes()
    except FileNotFoundError:
        return snapshot, token, 0, 0
    except OSError as error:
        raise DiskError(journal, error, reading=True) from error
    lines = raw.split(b"\n")
    complete = lines[:-1]  # the part after the last newline is a torn write: never acknowledged
    if not complete:
        return snapshot, token, 0, 0
    try:
        header = json.loads(complete[0])
    except ValueError:
        return snapshot, token, 0, 0  # a header torn when the journal began: nothing after it
    if not isinstance(header, dict) or token is None or header.get("base") != token:
        return snapshot, token, 0, 0  # folded already, or left from another meeting file
    used = len(complete[0]) + 1
    applied = 0
    for number, line in enumerate(complete[1:], start=2):
        try:
            record = json.loads(line)
            apply(snapshot, record["ops"])
        except (ValueError, KeyError, TypeError, IndexError, AttributeError) as error:
            raise CorruptDatabase(journal, f"line {number}: {error}") from None
        used += len(line) + 1
        applied += 1
    return snapshot, token, used, applied


def read_meeting_tables(path: Path) -> Tables | None:
    """The meeting's database as the app last saved it, for readers in other processes."""
    return read_with_journal(path)[0]


class JournalStorage(Storage):
    def __init__(self, path: str | Path, **_: Any) -> None:
        self.path = Path(path)
        self.journal = journal_path(self.path)
        self._data: Tables | None = None
        self._token: str | None = None
        self._used = 0  # bytes of the journal that belong to the snapshot (0: no journal)
        self._stamps: tuple[Any, Any] | None = None
        self._appended = False  # this storage wrote to the journal (so it folds on close)

    # --- Storage -------------------------------------------------------------------------------
    def read(self) -> Tables | None:
        if self._data is None or self._stamps != self._on_disk():
            data, self._token, self._used, _ = read_with_journal(self.path)
            self._data = data
            self._stamps = self._on_disk()
        return None if self._data is None else _copy(self._data)

    def write(self, data: Tables) -> None:
        if self._data is not None and self._stamps != self._on_disk():
            self.read()  # changed under us: go on from what is there (refused if unreadable)
        if self._data is None or self._token is None:
            self.fold(data)
            return
        ops = diff(self._data, data)
        if not ops:
            return
        self._append(_dumps({"ops": ops}) + b"\n")
        self._data = _copy(data)
        if self._used > FOLD_BYTES:
            with contextlib.suppress(DiskError):  # the journal holds it all: fold another time
                self.fold(self._data)

    def close(self) -> None:
        # Only the writer folds: a store opened to read (lock=False) leaves the files alone.
        # Nor is a file that changed under us (another process, a broken disk) overwritten.
        if (
            self._appended
            and self._used
            and self._data is not None
            and self._stamps == self._on_disk()
        ):
            with contextlib.suppress(DiskError):
                self.fold(self._data)

    # --- the whole document, and the journal -------------------------------------------------
    def fold(self, data: Tables) -> None:
        """Write ``data`` whole under a new token (atomic), then drop the journal."""
        token = secrets.token_hex(8)
        AtomicJSONStorage(self.path).write({**data, TOKEN_TABLE: {"1": {"token": token}}})
        self._data, self._token, self._used = _copy(data), token, 0
        with contextlib.suppress(OSError):
            self.journal.unlink(missing_ok=True)
        self._stamps = self._on_disk()

    def _append(self, line: bytes) -> None:
        if self._used == 0:  # a new journal: the header naming the snapshot, then the line
            line = _dumps({"base": self._token}) + b"\n" + line
        files.durable_append(self.journal, self._used, line)
        self._appended = True
        self._used += len(line)
        self._stamps = self._on_disk()

    def _on_disk(self) -> tuple[Any, Any]:
        return _stat(self.path), _stat(self.journal)
