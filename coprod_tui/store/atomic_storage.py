"""A TinyDB storage that never leaves a half-written file behind."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

from coprod_tui.i18n import t
from coprod_tui.store.files import DiskError, StoreError, atomic_write


class CorruptDatabase(StoreError):
    """A database file that does not parse (truncated, overwritten): named, never overwritten."""

    def __init__(self, path: Path, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(
            t(
                "{file} cannot be read ({problem}). It is left as it is: quit coprod and run"
                " `coprod rebuild --from-minutes` (it keeps the broken file aside).",
                file=path,
                problem=problem,
            )
        )


class AtomicJSONStorage(Storage):
    """TinyDB's JSON storage, written with temp file → fsync → replace → fsync folder.

    TinyDB's default storage rewrites the file in place and a kill can leave
    invalid JSON; here a reader sees either the previous or the new database.
    A file that does not parse is reported and never overwritten.
    """

    def __init__(self, path: str | Path, **_: Any) -> None:
        self.path = Path(path)

    def read(self) -> dict[str, dict[str, Any]] | None:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as error:
            raise DiskError(self.path, error, reading=True) from error
        if not raw.strip():
            raise CorruptDatabase(self.path, "the file is empty")
        try:
            data = json.loads(raw)
        except (UnicodeDecodeError, json.JSONDecodeError) as error:
            raise CorruptDatabase(self.path, str(error)) from None
        if not isinstance(data, dict):
            raise CorruptDatabase(self.path, "expected a JSON object of tables")
        return data

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        atomic_write(self.path, payload)

    def close(self) -> None:
        pass
