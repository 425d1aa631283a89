"""The home: a small TinyDB index plus one TinyDB per meeting, a schema version, a lock.

Layout of a home folder (all private to its owner)::

    coprod.json          index: projects, one summary row per meeting, waiting cards, settings
    meetings/<id>.json   one meeting: the whole session as one document
    projects/<id>.json   one project's people: circle of support, profiles, gratitude diary
    minutes/*.yaml       human-readable minutes
    inbox/{tmp,new,bad}  the card spool
    themes/              user themes
    cache/               copies of what the minutes and themes say (safe to delete)
    coprod.lock          held by the one app process that writes
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
from pathlib import Path
from typing import Any

from tinydb import Query, TinyDB
from tinydb.storages import Storage
from tinydb.table import Document

from coprod_tui.i18n import n, t
from coprod_tui.model import Card, Project, Session, ValidationError, now
from coprod_tui.model.plain_cache import PlainCache
from coprod_tui.store import platform
from coprod_tui.store.atomic_storage import AtomicJSONStorage, CorruptDatabase
from coprod_tui.store.files import StoreError, disk_errors
from coprod_tui.store.journal_storage import JournalStorage, journal_path
from coprod_tui.store.paths import HomePaths

SCHEMA_VERSION = 1
HOLDER_LEAD = b"\n"  # the lock file's first byte: the one Windows locks (see HomeLock)


class HomeLocked(StoreError):
    pass


class HomeLock:
    """One writer per home: a lock on ``coprod.lock`` that the system drops when we die.

    The file names the holder (pid, host, since) for the message a second app shows;
    a lock left by a dead process is free again and simply taken over. The details start
    after the file's first byte, which Windows keeps unreadable to others while it is locked.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def acquire(self) -> None:
        with disk_errors(self.path):
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | platform.O_BINARY, 0o600)
        try:
            taken = platform.lock(fd)
        except BaseException:
            os.close(fd)
            raise
        if not taken:
            holder = _read_holder(fd)
            os.close(fd)
            raise HomeLocked(
                f"Another coprod is using {self.path.parent} "
                f"(pid {holder.get('pid', '?')} on {holder.get('host', '?')}, "
                f"since {holder.get('since', '?')}). Close it first, or use another --home."
            )
        info = {"pid": os.getpid(), "host": socket.gethostname(), "since": now().isoformat()}
        self._fd = fd
        # Who holds the lock is shown to a second app; on a full disk the lock holds without it.
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, HOLDER_LEAD + json.dumps(info).encode())
            os.fsync(fd)

    def release(self) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.ftruncate(self._fd, 0)
            platform.unlock(self._fd)
            os.close(self._fd)
            self._fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None


def _read_holder(fd: int) -> dict[str, Any]:
    try:
        os.lseek(fd, len(HOLDER_LEAD), os.SEEK_SET)
        data = json.loads(os.read(fd, 4096) or b"{}")
        return data if isinstance(data, dict) else {}
    except (ValueError, OSError):
        return {}


def _check_schema(db: TinyDB, path: Path) -> None:
    meta = db.table("_meta").get(doc_id=1)
    if meta is None:
        db.table("_meta").insert(Document({"schema": SCHEMA_VERSION}, doc_id=1))
    elif meta.get("schema") != SCHEMA_VERSION:
        raise StoreError(
            f"{path} has schema version {meta.get('schema')!r}; this coprod reads version "
            f"{SCHEMA_VERSION}. Use the coprod version that wrote it, or rebuild from the minutes."
        )


def open_db(path: Path, storage: type[Storage] = AtomicJSONStorage) -> TinyDB:
    db = TinyDB(path, storage=storage)
    _check_schema(db, path)
    return db


class MeetingDB:
    """One meeting's TinyDB: the whole session is one document. A change is appended to the
    meeting's journal (store/journal_storage.py) and folded into the file now and then, so a
    write costs what changed: the same with 10 or 1,000 cards, and 1 or 500 past meetings.
    The session is made plain again only where its records changed (model/plain_cache.py):
    a card write does not serialise the hundreds of open actions a long history carries.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.db = open_db(path, JournalStorage)
        # The session as last read or written here: what a failed save goes back to when the
        # file itself can no longer be read (truncated by someone else while the app runs).
        self.saved: dict[str, Any] | None = None
        # Its records' plain forms, so a save serialises what changed (model/plain_cache.py).
        self._plain = PlainCache()

    def load(self) -> Session:
        document = self.db.table("session").get(doc_id=1)
        if document is None:
            raise StoreError(f"{self.path} holds no meeting")
        try:
            session = Session.from_dict(dict(document), where=str(self.path))
        except ValidationError as error:
            raise StoreError(str(error)) from None
        self.saved = dict(document)
        return session

    def save(self, session: Session) -> None:
        document = self._plain.plain(session)  # == session.to_dict()
        self.db.table("session").upsert(Document(document, doc_id=1))
        self.saved = document
        storage = self.db.storage
        if session.closed and isinstance(storage, JournalStorage):
            with contextlib.suppress(StoreError):  # the journal holds it; folded on close
                storage.fold(storage.read() or {})


def meeting_summary(session: Session, minutes: str | None = None) -> dict[str, Any]:
    median = session.ladder_median()
    return {
        "id": session.id,
        "project_id": session.project_id,
        "title": session.title,
        "date": session.date.isoformat(),
        "status": session.status,
        "cards": len(session.cards),
        "actions": len(session.actions),
        "open_actions": len(session.open_actions()),
        "ladder_model": session.ladder_model,
        "ladder_median": median,
        "ladder_medians": session.ladder_medians(),
        "receiver": session.receiver,
        "readiness": session.readiness is not None,  # lets a later check find this one
        "started_at": session.started_at.isoformat() if session.started_at else None,
        "minutes": minutes,
    }


def _newest_last(row: dict[str, Any]) -> tuple[str, str, str]:
    # Same day: a meeting not yet started is the newest (it was created after those that ran).
    return row["date"], row.get("started_at") or "~", row["title"]


class HomeStore:
    """Everything on disk under one home folder. Only the app process (holding the lock) writes."""

    def __init__(self, root: Path) -> None:
        self.paths = HomePaths(root)
        self.lock = HomeLock(self.paths.lock)
        self._index: TinyDB | None = None
        self._meetings: dict[str, MeetingDB] = {}

    # --- opening -----------------------------------------------------------------------------
    def open(self, *, lock: bool = True) -> HomeStore:
        self.paths.create()
        from coprod_tui.store import inbox

        inbox.create_spool(self.paths.inbox)
        if lock:
            self.lock.acquire()
        try:
            self._index = open_db(self.paths.index)
        except CorruptDatabase as error:
            self.close()
            raise StoreError(corrupt_index_message(self.paths, error)) from None
        except BaseException:
            self.close()
            raise
        return self

    def close(self) -> None:
        for meeting in self._meetings.values():
            meeting.db.close()
        self._meetings.clear()
        if self._index is not None:
            self._index.close()
            self._index = None
        self.lock.release()

    @property
    def index(self) -> TinyDB:
        if self._index is None:
            raise RuntimeError("HomeStore.open() first")
        return self._index

    # --- projects ----------------------------------------------------------------------------
    def projects(self) -> list[Project]:
        rows = self.index.table("projects").all()
        projects = [Project.from_dict(dict(row), f"{self.paths.index}, project") for row in rows]
        return sorted(projects, key=lambda p: p.name.casefold())

    def project(self, project_id: str) -> Project | None:
        row = self.index.table("projects").get(Query().id == project_id)
        return Project.from_dict(dict(row)) if row else None

    def project_by_name(self, name: str) -> Project | None:
        wanted = name.strip().casefold()
        return next((p for p in self.projects() if p.name.casefold() == wanted), None)

    def save_project(self, project: Project) -> None:
        self.index.table("projects").upsert(project.to_dict(), Query().id == project.id)

    # --- meetings ----------------------------------------------------------------------------
    def summaries(self, project_id: str | None = None) -> list[dict[str, Any]]:
        table = self.index.table("meetings")
        rows = table.all() if project_id is None else table.search(Query().project_id == project_id)
        return sorted((dict(r) for r in rows), key=_newest_last, reverse=True)

    def summary(self, meeting_id: str) -> dict[str, Any] | None:
        row = self.index.table("meetings").get(Query().id == meeting_id)
        return dict(row) if row else None

    def meeting_db(self, meeting_id: str) -> MeetingDB:
        if meeting_id not in self._meetings:
            path = self.paths.meeting(meeting_id)
            if not path.exists():
                raise StoreError(f"the meeting file {path} is missing")
            self._meetings[meeting_id] = MeetingDB(path)
        return self._meetings[meeting_id]

    def create_meeting(self, session: Session) -> None:
        self._meetings[session.id] = MeetingDB(self.paths.meeting(session.id))
        self._meetings[session.id].save(session)
        self.save_summary(session)

    def add_meetings(self, meetings: list[tuple[Session, str | None]]) -> None:
        """Meetings from their minutes (a pull, a rebuild): each database written in one go
        and the index rows in one write, so bringing in many costs little more than one."""
        for session, _ in meetings:
            stale = self._meetings.pop(session.id, None)
            if stale is not None:
                stale.db.close()
            AtomicJSONStorage(self.paths.meeting(session.id)).write(
                {"_meta": {"1": {"schema": SCHEMA_VERSION}}, "session": {"1": session.to_dict()}}
            )
            with contextlib.suppress(OSError):  # ignored anyway (it names another snapshot)
                journal_path(self.paths.meeting(session.id)).unlink(missing_ok=True)
        table = self.index.table("meetings")
        known = {row["id"] for row in table.all()}
        fresh = [meeting_summary(s, name) for s, name in meetings if s.id not in known]
        if fresh:
            table.insert_multiple(fresh)
        for session, name in meetings:
            if session.id in known:
                self.save_summary(session, minutes=name)

    def load_meeting(self, meeting_id: str) -> Session:
        return self.meeting_db(meeting_id).load()

    def last_saved_meeting(self, meeting_id: str) -> Session | None:
        """The meeting as this store last read or wrote it (None if it did neither)."""
        db = self._meetings.get(meeting_id)
        if db is None or db.saved is None:
            return None
        return Session.from_dict(db.saved, where=str(db.path))

    def save_meeting(self, session: Session) -> None:
        """The hot path during a meeting: touches only the meeting's own small file."""
        self.meeting_db(session.id).save(session)

    def save_summary(self, session: Session, minutes: str | None = None) -> None:
        table = self.index.table("meetings")
        if minutes is None:
            previous = self.summary(session.id)
            minutes = previous.get("minutes") if previous else None
        table.upsert(meeting_summary(session, minutes), Query().id == session.id)

    def delete_meeting(self, meeting_id: str) -> None:
        db = self._meetings.pop(meeting_id, None)
        if db:
            db.db.close()
        self.index.table("meetings").remove(Query().id == meeting_id)
        with disk_errors(self.paths.meeting(meeting_id)):
            self.paths.meeting(meeting_id).unlink(missing_ok=True)
            journal_path(self.paths.meeting(meeting_id)).unlink(missing_ok=True)

    # --- cards waiting for a project's next meeting --------------------------------------------
    def add_waiting_cards(self, cards: list[tuple[Card, str | None]]) -> None:
        table = self.index.table("waiting_cards")
        have = {row["card"]["id"] for row in table.all()}
        rows = [
            {"card": card.to_dict(), "project": project}
            for card, project in cards
            if card.id not in have
        ]
        if rows:
            table.insert_multiple(rows)

    def waiting_cards(self, project: Project) -> list[Card]:
        """Cards for ``project`` (by name) or for no project in particular."""
        wanted = project.name.casefold()
        cards = []
        for row in self.index.table("waiting_cards").all():
            if row["project"] is None or row["project"].casefold() == wanted:
                cards.append(Card.from_dict(row["card"], f"{self.paths.index}, waiting card"))
        return cards

    def remove_waiting_cards(self, card_ids: set[str]) -> None:
        if card_ids:
            self.index.table("waiting_cards").remove(Query().card.id.one_of(list(card_ids)))

    def waiting_count(self) -> int:
        return len(self.index.table("waiting_cards"))

    # --- settings ----------------------------------------------------------------------------
    def setting(self, key: str, default: Any = None) -> Any:
        row = self.index.table("settings").get(Query().key == key)
        return row["value"] if row else default

    def set_setting(self, key: str, value: Any) -> None:
        self.index.table("settings").upsert({"key": key, "value": value}, Query().key == key)


def corrupt_index_message(paths: HomePaths, error: CorruptDatabase) -> str:
    minutes = sorted(paths.minutes.glob("*.yaml")) if paths.minutes.is_dir() else []
    lines = [
        t(
            "The coprod database {path} cannot be read: {problem}.",
            path=error.path,
            problem=error.problem,
        ),
        t("It has been left exactly as it is (nothing was overwritten)."),
    ]
    if minutes:
        lines.append(
            n(
                "{count} minutes file in {folder} can rebuild it:",
                "{count} minutes files in {folder} can rebuild it:",
                len(minutes),
                folder=paths.minutes,
            )
        )
        lines += [f"  {path.name}" for path in minutes[:20]]
        if len(minutes) > 20:
            lines.append(t("  … and {count} more", count=len(minutes) - 20))
        lines.append(t("Run `coprod rebuild --from-minutes` (it keeps the broken file aside)."))
    else:
        lines.append(
            t("There are no minutes files in {folder} to rebuild it from.", folder=paths.minutes)
        )
    return "\n".join(lines)
