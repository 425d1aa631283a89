"""``coprod rebuild --from-minutes``: the index and the meeting databases back from the minutes.

Nothing is deleted: a broken index or meeting database is renamed aside with a timestamp and
a new one is written; a meeting database that still reads is kept as it is (it is newer than
any minutes snapshot). Meeting databases that have no minutes are put back in the index too.
Holds the home's lock throughout, so it refuses to run while the app has the home open.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from coprod_tui.i18n import t
from coprod_tui.model import Project, Session, ValidationError, now
from coprod_tui.model.circle import Circle, CircleMember, CircleMove
from coprod_tui.store.atomic_storage import AtomicJSONStorage
from coprod_tui.store.db import SCHEMA_VERSION, HomeStore, MeetingDB
from coprod_tui.store.files import StoreError, disk_errors, fsync_dir
from coprod_tui.store.journal_storage import journal_path
from coprod_tui.store.minutes import Minutes, read_minutes
from coprod_tui.store.minutes_library import MinutesLibrary
from coprod_tui.store.project_db import open_project, project_path


@dataclass
class RebuildReport:
    index: str = "kept"  # "kept" (it was readable), "new" (it was missing), "replaced" (broken)
    index_problem: str = ""
    kept_aside: list[Path] = field(default_factory=list)
    projects: list[str] = field(default_factory=list)  # projects added back to the index
    restored: list[str] = field(default_factory=list)  # meeting databases written from minutes
    replaced: list[str] = field(default_factory=list)  # broken meeting databases, rewritten
    kept: list[str] = field(default_factory=list)  # meeting databases that still read
    orphans: list[str] = field(default_factory=list)  # databases without minutes, re-indexed
    skipped: list[str] = field(default_factory=list)  # files not used, with the reason
    missing: list[str] = field(default_factory=list)  # index rows with neither minutes nor db
    circles: list[str] = field(default_factory=list)  # projects' circles of support, from minutes


def _meeting_label(session: Session, source: str | None = None) -> str:
    label = f"{session.date.isoformat()}  {session.title}"
    return f"{label}  ({source})" if source else label


def keep_aside(path: Path, at: datetime) -> Path:
    """Rename ``path`` to ``<name>.broken-<timestamp>`` beside it (never overwriting one)."""
    stamp = at.strftime("%Y%m%dT%H%M%S")
    target = path.with_name(f"{path.name}.broken-{stamp}")
    number = 2
    while target.exists():
        target = path.with_name(f"{path.name}.broken-{stamp}-{number}")
        number += 1
    with disk_errors(path):
        os.rename(path, target)
        journal = journal_path(path)  # a meeting's changes not yet folded go with it
        if journal.exists():
            os.rename(journal, target.with_name(f"{target.name}.journal"))
    fsync_dir(path.parent)
    return target


def index_problem(path: Path) -> str | None:
    """Why the index cannot be used as it is, or None when it reads (or is simply missing)."""
    if not path.exists():
        return None
    try:
        data = AtomicJSONStorage(path).read() or {}
    except StoreError as error:
        return getattr(error, "problem", str(error))
    tables = list(data.values())
    if not all(isinstance(table, dict) for table in tables) or not all(
        isinstance(row, dict) for table in tables for row in table.values()
    ):
        return t("a table is not a JSON object of rows")
    schema = data.get("_meta", {}).get("1", {}).get("schema", SCHEMA_VERSION)
    if schema != SCHEMA_VERSION:
        return t(
            "schema version {found!r}; this coprod reads version {wanted}",
            found=schema,
            wanted=SCHEMA_VERSION,
        )
    return None


def _rank(minutes: Minutes) -> tuple[bool, str, float]:
    """Which of two minutes of the same meeting is the later snapshot."""
    session = minutes.session
    moment = session.closed_at or session.started_at
    mtime = minutes.path.stat().st_mtime if minutes.path else 0.0
    return (session.closed, moment.isoformat() if moment else "", mtime)


def _read_all_minutes(library: MinutesLibrary, report: RebuildReport) -> dict[str, Minutes]:
    """The latest valid minutes of every meeting, by meeting id."""
    chosen: dict[str, Minutes] = {}
    for path in sorted(library.files()):
        try:
            minutes = read_minutes(path)
        except (StoreError, OSError) as error:
            report.skipped.append(str(error).replace(str(path), path.name))
            continue
        minutes.path = path
        other = chosen.get(minutes.session.id)
        if other is not None:
            keep, drop = (minutes, other) if _rank(minutes) > _rank(other) else (other, minutes)
            chosen[minutes.session.id] = keep
            report.skipped.append(
                t(
                    "{name}: an older copy of the meeting in {other}",
                    name=drop.path.name if drop.path else "?",
                    other=keep.path.name if keep.path else "?",
                )
            )
            continue
        chosen[minutes.session.id] = minutes
    return chosen


def _readable_meeting(path: Path, meeting_id: str) -> Session | None:
    if not path.exists():
        return None
    try:
        meeting_db = MeetingDB(path)
    except StoreError:
        return None
    try:
        session = meeting_db.load()
    except StoreError:
        return None
    finally:
        meeting_db.db.close()
    return session if session.id == meeting_id else None


def rebuild_from_minutes(root: Path, clock: Callable[[], datetime] = now) -> RebuildReport:
    store = HomeStore(root)
    paths = store.paths
    if not paths.minutes.is_dir() and not paths.meetings.is_dir():
        raise StoreError(
            t("{folder} does not exist: there is nothing to rebuild from", folder=paths.minutes)
        )
    paths.create()
    store.lock.acquire()  # refuses (HomeLocked) while the app has this home open
    try:
        report = RebuildReport()
        problem = index_problem(paths.index)
        if problem is not None:
            report.index, report.index_problem = "replaced", problem
            report.kept_aside.append(keep_aside(paths.index, clock()))
        elif not paths.index.exists():
            report.index = "new"
        store.open(lock=False)
        _restore_meetings(store, report, clock)
        return report
    finally:
        store.close()


def _restore_meetings(
    store: HomeStore, report: RebuildReport, clock: Callable[[], datetime]
) -> None:
    paths = store.paths
    chosen = _read_all_minutes(MinutesLibrary(paths), report)
    _restore(store, report, list(chosen.values()), clock)
    handled = set(chosen)
    _reindex_orphans(store, report, handled)
    for row in store.summaries():
        if row["id"] not in handled and not paths.meeting(row["id"]).exists():
            report.missing.append(f"{row['date']}  {row['title']}")


def _restore(
    store: HomeStore,
    report: RebuildReport,
    chosen: list[Minutes],
    clock: Callable[[], datetime],
) -> None:
    """These meetings back in the index, each database from its minutes unless it still reads
    (then it is kept: it is newer than any minutes)."""
    new: list[tuple[Session, str | None]] = []
    for minutes in chosen:
        meeting_id = minutes.session.id
        name = minutes.path.name if minutes.path else None
        if store.project(minutes.project.id) is None:
            store.save_project(minutes.project)
            report.projects.append(minutes.project.name)
        db_path = store.paths.meeting(meeting_id)
        session = _readable_meeting(db_path, meeting_id)
        if session is not None:
            report.kept.append(_meeting_label(session, name))
            store.save_summary(session, minutes=name)
            continue
        if db_path.exists():
            report.kept_aside.append(keep_aside(db_path, clock()))
            report.replaced.append(_meeting_label(minutes.session, name))
        else:
            report.restored.append(_meeting_label(minutes.session, name))
        new.append((minutes.session, name))
    store.add_meetings(new)
    _restore_circles(store, report, chosen)


def _restore_circles(store: HomeStore, report: RebuildReport, minutes: list[Minutes]) -> None:
    """A project with no file of its own gets back the circle of support its newest minutes
    recorded (each person in their circle then; the earlier moves and the profiles, which no
    minutes hold, do not come back)."""
    newest: dict[str, Minutes] = {}
    for candidate in minutes:
        session = candidate.session
        if not session.circle:
            continue
        other = newest.get(session.project_id)
        if other is None or (session.date, _rank(candidate)) > (other.session.date, _rank(other)):
            newest[session.project_id] = candidate
    for project_id, source in newest.items():
        if project_path(store.paths, project_id).exists():
            continue
        session = source.session
        at = session.closed_at or session.started_at or now()
        try:
            circle = Circle(
                [CircleMember(e.name, e.role, [CircleMove(e.ring, at)]) for e in session.circle]
            )
        except ValidationError as error:
            report.skipped.append(f"{source.path.name if source.path else '?'}: {error}")
            continue
        open_project(store.paths, project_id).save_circle(circle)
        report.circles.append(
            t(
                "{project}: {count} people, as on {day} ({name})",
                project=source.project.name,
                count=len(circle.members),
                day=session.date.isoformat(),
                name=source.path.name if source.path else "?",
            )
        )


def bring_in_closed_minutes(store: HomeStore, clock: Callable[[], datetime] = now) -> RebuildReport:
    """Closed meetings in the minutes folder that the index does not know yet (colleagues'
    meetings after ``coprod share pull``), put in as ``rebuild --from-minutes`` does.

    Works on the open store (the app's, or the command's holding the lock). Reads only files
    that no index row names and the scan cache does not know, each once, so a pull with
    nothing new costs a look at the folder. Files that are not valid minutes are listed as
    not used.
    """
    report = RebuildReport()
    library = MinutesLibrary(store.paths)
    rows = store.summaries()
    known = {row["id"] for row in rows}
    named = {row["minutes"] for row in rows if row.get("minutes")}  # known without a look
    read: dict[str, Minutes] = {}
    chosen: dict[str, str] = {}
    for entry in library.entries(read=read, skip=named):
        if not entry.valid:
            report.skipped.append(entry.problem or entry.name)
        elif entry.status == "closed" and entry.meeting_id not in known:
            if entry.meeting_id in chosen:
                report.skipped.append(
                    t(
                        "{name}: an older copy of the meeting in {other}",
                        name=entry.name,
                        other=chosen[entry.meeting_id],
                    )
                )
            else:
                chosen[entry.meeting_id] = entry.name
    meetings = []
    for name in chosen.values():
        path = library.path(name)
        try:
            minutes = read.get(name) or read_minutes(path)
        except (StoreError, OSError) as error:
            report.skipped.append(str(error).replace(str(path), name))
            continue
        minutes.path = path
        meetings.append(minutes)
    _restore(store, report, meetings, clock)
    return report


def _reindex_orphans(store: HomeStore, report: RebuildReport, handled: set[str]) -> None:
    """Meeting databases without minutes (e.g. a meeting still running) go back in the index."""
    for path in sorted(store.paths.meetings.glob("*.json")):
        meeting_id = path.stem
        if meeting_id in handled:
            continue
        session = _readable_meeting(path, meeting_id)
        if session is None:
            report.skipped.append(
                t("{name}: a meeting database that cannot be read; left as it is", name=path.name)
            )
            continue
        if store.project(session.project_id) is None:
            project = Project(
                name=t("Recovered project {id}", id=session.project_id[:8]), id=session.project_id
            )
            store.save_project(project)
            report.projects.append(project.name)
        if store.summary(meeting_id) is None:
            report.orphans.append(_meeting_label(session, path.name))
        store.save_summary(session)
        handled.add(meeting_id)


def report_text(report: RebuildReport, home: Path) -> str:
    """What the rebuild did, for the shell."""
    lines = []
    if report.index == "replaced":
        lines.append(
            t(
                "The index could not be read ({problem}); a new one was written.",
                problem=report.index_problem,
            )
        )
    elif report.index == "new":
        lines.append(t("The index was missing; a new one was written."))
    else:
        lines.append(t("The index was readable; missing meetings were added to it."))
    sections = [
        (t("Kept aside (not deleted)"), [str(p) for p in report.kept_aside]),
        (t("Projects added"), report.projects),
        (t("Meetings restored from their minutes"), report.restored),
        (t("Broken meeting databases rewritten from their minutes"), report.replaced),
        (t("Meeting databases kept as they were (newer than the minutes)"), report.kept),
        (t("Meetings without minutes put back in the index"), report.orphans),
        (t("Circles of support from the newest minutes (without earlier moves)"), report.circles),
        (t("Not used"), report.skipped),
        (t("Still missing (no minutes, no database)"), report.missing),
    ]
    for title, items in sections:
        if items:
            lines += ["", f"{title} ({len(items)}):", *(f"  {item}" for item in items)]
    lines += ["", t("Home: {home}", home=home)]
    return "\n".join(lines) + "\n"
