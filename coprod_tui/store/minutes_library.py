"""Every minutes file of a home: listed, searched, read and exported, quickly even for a thousand.

Reading and validating one file costs milliseconds (see bench/minutes_bench.py), so a scan keeps
a cache in the home (``cache/minutes.json``) with each file's header and searchable text, keyed by
file name, size, modification time and inode; only new or changed files are read again. The cache
is only ever a copy: a missing, broken or outdated cache is rebuilt from the files.

Parsing a file needs PyYAML and the whole model (~60 ms of imports); they are imported only when
a file is read, so a list or search from an up-to-date cache (``coprod minutes list``) does
without them.
"""

from __future__ import annotations

import contextlib
import functools
import os
import re
import time
from collections.abc import Callable, Collection, Generator, Iterable, Iterator
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

from coprod_tui.i18n import N_, t
from coprod_tui.model.clean import clean_line
from coprod_tui.store.files import StoreError
from coprod_tui.store.minutes_schema import MINUTES_SCHEMA
from coprod_tui.store.paths import HomePaths
from coprod_tui.store.scan_cache import ScanCache, file_key

if TYPE_CHECKING:
    from coprod_tui.model.minutes import Minutes

CACHE_VERSION = 1
SUFFIXES = (".yaml", ".yml")
BATCH_SECONDS = 0.1  # while files are read, a scan hands on what it has this often
READ_ELSEWHERE_FROM = 16  # fewer unread files are read at once; more go to the scan's reader

# Reads the given minutes files, yielding their entries in the same order.
Reader = Callable[[list[Path]], Iterable["MinutesEntry"]]

# What a piece of searchable text is, in the order the minutes show it.
KINDS = {
    "title": "title",
    "project": "project",
    "participant": "participant",
    "agenda": N_("agenda item"),
    "notes": "notes",
    "decisions": "decisions",
    "card": "card",
    "gratitude": "gratitude",
    "postcard": "postcard",
    "reflection": "reflection",
    "readiness": N_("readiness"),
    "action": "action",
    "how_known": "how we will know",
    "review": "review",
    "meeting_notes": N_("meeting notes"),
}


def kind_label(kind: str) -> str:
    return t(KINDS.get(kind, kind))


# Separators of the searchable text in one string; clean_text keeps them out of user text.
_RECORD, _UNIT = "\x1e", "\x1f"


@dataclass(frozen=True)
class MinutesEntry:
    """One file in the minutes folder: its header, or the reason it cannot be read."""

    name: str
    problem: str | None = None
    meeting_id: str = ""
    project: str = ""
    title: str = ""
    date: str = ""  # ISO date
    status: str = ""
    cards: int = 0
    actions: int = 0
    text: str = field(default="", repr=False)  # the searchable segments, joined

    @property
    def valid(self) -> bool:
        return self.problem is None

    @functools.cached_property
    def folded(self) -> str:
        """The searchable text case-folded, for a quick first look before the exact search."""
        return self.text.casefold()

    @property
    def segments(self) -> list[tuple[str, str]]:
        """(kind, text) pairs: where in the meeting each piece of text sits."""
        if not self.text:
            return []
        return [tuple(record.split(_UNIT, 1)) for record in self.text.split(_RECORD)]  # type: ignore[misc]

    def to_json(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> MinutesEntry:
        return cls(**data)


def join_segments(segments: Iterable[tuple[str, str]]) -> str:
    return _RECORD.join(f"{kind}{_UNIT}{text}" for kind, text in segments)


@dataclass(frozen=True)
class SearchHit:
    """One piece of text that holds the search term, at ``start``–``end``."""

    entry: MinutesEntry
    kind: str
    text: str
    start: int
    end: int


def minutes_segments(minutes: Minutes) -> list[tuple[str, str]]:
    """The text a facilitator may search for, labelled with where it sits in the meeting."""
    session = minutes.session
    out = [("title", session.title), ("project", minutes.project.name)]
    out += [("participant", p.name) for p in session.participants]
    for item in session.agenda:
        out += [("agenda", item.title), ("notes", item.notes), ("decisions", item.decisions)]
    out += [("card", card.text) for card in session.cards]
    for share in session.gratitude:
        out += [("gratitude", thing) for thing in share.things]
    out += [("postcard", card.text) for card in session.postcards]
    for reflection in session.reflections:
        out += [("reflection", answer) for answer in reflection.answers]
    if session.readiness is not None:
        out += [("readiness", question.text) for question in session.readiness.own_questions]
        out += [("readiness", answer.note) for answer in session.readiness.answers]
    for action in session.actions:
        out += [("action", action.what), ("how_known", action.how_known)]
        out.append(("review", action.review))
    out.append(("meeting_notes", session.notes))
    return [(kind, text) for kind, text in out if text]


def entry_for(name: str, minutes: Minutes) -> MinutesEntry:
    session = minutes.session
    return MinutesEntry(
        name=name,
        meeting_id=session.id,
        project=minutes.project.name,
        title=session.title,
        date=session.date.isoformat(),
        status=session.status,
        cards=len(session.cards),
        actions=len(session.actions),
        text=join_segments(minutes_segments(minutes)),
    )


def read_entry(path: Path, read: dict[str, Minutes] | None = None) -> MinutesEntry:
    """Read one file fully (validated; one too large is refused unread); a problem is worded
    with the file's name only. With ``read``, the minutes read are kept there by file name
    (so no one reads them twice)."""
    from coprod_tui.store.minutes import read_minutes  # only when a file is read (module doc)

    try:
        minutes = read_minutes(path)
    except StoreError as error:
        return MinutesEntry(name=path.name, problem=str(error).replace(str(path), path.name))
    except OSError as error:
        return MinutesEntry(name=path.name, problem=f"{path.name}: {error.strerror}")
    if read is not None:
        minutes.path = path
        read[path.name] = minutes
    return entry_for(path.name, minutes)


def sort_entries(entries: Iterable[MinutesEntry]) -> list[MinutesEntry]:
    """Files that cannot be read first (so they are seen), then the meetings newest first."""
    invalid = sorted((e for e in entries if not e.valid), key=lambda e: e.name)
    valid = sorted((e for e in entries if e.valid), key=lambda e: (e.date, e.name), reverse=True)
    return invalid + valid


def search_words(term: str) -> list[str]:
    """The words of a search, without control characters (as every stored text)."""
    return clean_line(term).split()


# Whitespace between the words of a search, but never the separators of the joined text.
_GAP = r"[^\S\x1c-\x1f]+"


def search_pattern(term: str) -> re.Pattern[str] | None:
    """Case-insensitive; the words of ``term`` in order, any whitespace between them."""
    words = search_words(term)
    if not words:
        return None
    return re.compile(_GAP.join(re.escape(word) for word in words), re.IGNORECASE)


def search_entries(
    entries: Iterable[MinutesEntry], term: str, limit: int | None = None
) -> list[SearchHit]:
    """The first match in every piece of text that holds ``term``, in the order of ``entries``."""
    pattern = search_pattern(term)
    hits: list[SearchHit] = []
    if pattern is None:
        return hits
    # A quick look first (plain substring search): most meetings do not mention the term.
    # Case folding maps what the case-insensitive pattern matches alike to the same text, so
    # this lets through too much, never too little; the one exception in the BMP (checked
    # exhaustively) is the dotless ı, which the pattern also matches to i and I.
    words = [] if "ı" in term else [word.casefold() for word in search_words(term)]
    for entry in entries:
        if not all(word in entry.folded for word in words):
            continue
        text, seen = entry.text, -1
        for match in pattern.finditer(text):
            record = text.rfind(_RECORD, 0, match.start()) + 1
            unit = text.find(_UNIT, record)
            if record == seen or match.start() < unit:
                continue  # a later match in the same text, or a match in the kind's name
            seen = record
            stop = text.find(_RECORD, match.end())
            piece = text[unit + 1 : stop if stop >= 0 else len(text)]
            start = match.start() - unit - 1
            hits.append(SearchHit(entry, text[record:unit], piece, start, match.end() - unit - 1))
            if limit is not None and len(hits) >= limit:
                return hits
    return hits


def snippet(text: str, start: int, end: int, width: int = 70) -> tuple[str, str, str]:
    """(before, match, after): the match with up to ``width`` characters of surrounding text
    on one line; cut text is marked with an ellipsis."""
    flat = lambda s: re.sub(r"\s+", " ", s)  # noqa: E731
    before, match, after = flat(text[:start]), flat(text[start:end]), flat(text[end:])
    room = max(10, width - len(match))
    keep_before = min(len(before), room // 2)
    keep_after = room - keep_before
    if len(after) < keep_after:
        keep_before = min(len(before), room - len(after))
    if len(before) > keep_before:
        cut = before[len(before) - keep_before :]
        space = cut.find(" ")
        before = "…" + (cut[space + 1 :] if 0 <= space < len(cut) // 2 else cut)
    if len(after) > keep_after:
        cut = after[:keep_after]
        space = cut.rfind(" ")
        after = (cut[:space] if space > len(cut) // 2 else cut) + "…"
    return before, match, after


# The type of each field of a cached entry: a cache edited by hand or by another program must
# not put a number where the list sorts or draws text (a TypeError there would end the app).
_ENTRY_TYPES: dict[str, tuple[type, ...]] = {
    f.name: (int,) if f.name in ("cards", "actions") else (str,) for f in fields(MinutesEntry)
}
_ENTRY_TYPES["problem"] = (str, type(None))


def cached_entry(hit: dict[str, Any] | None) -> MinutesEntry | None:
    """The entry of a cache row, or None if the row is not one this version wrote."""
    if hit is None:
        return None
    data = hit.get("entry")
    if not isinstance(data, dict) or not all(
        type(value) in _ENTRY_TYPES.get(name, ()) for name, value in data.items()
    ):
        return None
    try:
        return MinutesEntry.from_json(data)
    except TypeError:  # no name
        return None


class MinutesLibrary:
    """The minutes folder of one home, with its scan cache."""

    def __init__(self, paths: HomePaths) -> None:
        self.folder = paths.minutes
        self.cache = ScanCache(
            paths.root / "cache" / "minutes.json", [CACHE_VERSION, MINUTES_SCHEMA]
        )

    # --- listing -----------------------------------------------------------------------------
    def files(self) -> Iterator[Path]:
        for item in self._listing():
            yield self.folder / item.name

    def _listing(self) -> list[os.DirEntry[str]]:
        """The minutes files in the folder, by name (a DirEntry costs less than a Path: a scan
        of a thousand files makes Paths only of those it reads)."""
        if not self.folder.is_dir():
            return []
        try:
            with os.scandir(self.folder) as listing:
                found = sorted(
                    (item.name, item)
                    for item in listing
                    if item.name.lower().endswith(SUFFIXES) and not item.name.startswith(".")
                )
        except OSError as error:
            raise StoreError(
                t("{path}: cannot be read ({problem})", path=self.folder, problem=error.strerror)
            ) from None
        files = []
        for _, item in found:
            with contextlib.suppress(OSError):
                if item.is_file():
                    files.append(item)
        return files

    def keyed_files(self) -> list[tuple[str, list[int]]]:
        """Each minutes file's name and key (scan_cache.file_key), by name; a file that went
        while the folder was listed is left out, as a scan leaves it out."""
        keyed = ((item.name, file_key(item)) for item in self._listing())
        return [(name, key) for name, key in keyed if key is not None]

    def entries(
        self,
        *,
        use_cache: bool = True,
        read: dict[str, Minutes] | None = None,
        skip: Collection[str] = (),
        reader: Reader | None = None,
    ) -> list[MinutesEntry]:
        """Every minutes file, valid or not: unreadable files first, then newest first.
        ``read`` receives the minutes of the files read now (those the cache did not know);
        files named in ``skip`` are left out without being read (their cache rows stay);
        ``reader`` as for ``scan``."""
        found: list[MinutesEntry] = []
        for batch in self.scan(use_cache=use_cache, read=read, skip=skip, reader=reader):
            found += batch
        return sort_entries(found)

    def scan(
        self,
        *,
        use_cache: bool = True,
        read: dict[str, Minutes] | None = None,
        skip: Collection[str] = (),
        reader: Reader | None = None,
        every: float | None = None,
    ) -> Generator[list[MinutesEntry], None, None]:
        """The entries in batches as they are read, newest file name first (minutes files are
        named by date, so this is nearly the order of the list); a batch at least every
        ``every`` seconds (BATCH_SECONDS) while files are being read. ``reader`` reads the
        files the cache does not know (in the order given; e.g. in another process); by default
        they are read here. The cache is brought up to date with what was read, also when the
        scan is left early."""
        every = BATCH_SECONDS if every is None else every
        cached = self.cache.read() if use_cache else {}
        plan: list[tuple[str, list[int], MinutesEntry | None]] = []  # None: to be read
        kept: dict[str, Any] = {}
        for item in reversed(self._listing()):
            name = item.name
            if name in skip:
                if name in cached:
                    kept[name] = cached[name]
                continue
            key = file_key(item)
            if key is not None:
                plan.append((name, key, cached_entry(ScanCache.row(cached, name, key))))
        unread = [self.folder / name for name, _, entry in plan if entry is None]
        if reader is not None and read is None and len(unread) >= READ_ELSEWHERE_FROM:
            parsed = iter(reader(unread))
        else:
            parsed = (read_entry(path, read) for path in unread)
        fresh: dict[str, Any] = {}
        batch: list[MinutesEntry] = []
        last = time.monotonic()
        try:
            for name, key, entry in plan:
                if entry is None:
                    entry = next(parsed, None)
                    if entry is None or entry.name != name:  # a reader that gave up
                        entry = read_entry(self.folder / name, read)
                    fresh[name] = {"key": key, "entry": entry.to_json()}
                else:
                    fresh[name] = cached[name]
                batch.append(entry)
                if time.monotonic() - last >= every:
                    yield batch
                    batch, last = [], time.monotonic()
            if batch:
                yield batch
        finally:
            close = getattr(parsed, "close", None)
            if close is not None:
                close()
            for name, _, entry in plan:  # left early: what the cache knew stays known
                if name not in fresh and entry is not None:
                    kept[name] = cached[name]
            rows = {**kept, **fresh}
            if (
                use_cache
                and self.folder.is_dir()
                and (bool(unread) or rows.keys() != cached.keys())
            ):
                self.cache.write(rows)

    def search(
        self, term: str, limit: int | None = None, reader: Reader | None = None
    ) -> list[SearchHit]:
        return search_entries(self.entries(reader=reader), term, limit)

    # --- one meeting -------------------------------------------------------------------------
    def path(self, name: str) -> Path:
        if Path(name).name != name or name.startswith("."):
            raise StoreError(t("{name!r} is not a file in the minutes folder", name=name))
        return self.folder / name

    def load(self, name: str) -> Minutes:
        from coprod_tui.store.minutes import read_minutes  # only when a file is read (module doc)

        return read_minutes(self.path(name))

    def find(self, which: str) -> Path:
        """A minutes file named by path, by name in the folder, or by (the start of) its id."""
        candidate = Path(which).expanduser()
        if candidate.is_file():
            return candidate
        if (self.folder / which).is_file() and Path(which).name == which:
            return self.folder / which
        matches = [
            e for e in self.entries() if e.valid and which and e.meeting_id.startswith(which)
        ]
        if len(matches) == 1:
            return self.folder / matches[0].name
        if not matches:
            raise StoreError(t("no minutes file or meeting id matches {which!r}", which=which))
        raise StoreError(
            t("{which!r} matches more than one meeting; give more of the id", which=which)
        )
