"""A meeting as YAML minutes, and back: versioned, readable, written atomically.

The minutes hold everything needed to rebuild the meeting (and its project's row in
the index); a few keys (``used_minutes``, ``ladder_median``) are there for people
and are recomputed, not read back.
"""

from __future__ import annotations

import contextlib
import re
import unicodedata
from datetime import datetime
from pathlib import Path
from typing import Any

from coprod_tui.model import Project, Session, ValidationError, now
from coprod_tui.model.minutes import Minutes
from coprod_tui.store.content_ids import fill_missing_ids
from coprod_tui.store.files import StoreError
from coprod_tui.store.minutes_schema import MINUTES_SCHEMA
from coprod_tui.store.yamlio import parse_yaml, quick_yaml, read_text, write_yaml

_FIRST_KEYS = ("schema", "title", "project", "date", "status", "plan", "receiver", "participants")


class MinutesError(StoreError):
    pass


def minutes_data(session: Session, project: Project, at: datetime | None = None) -> dict[str, Any]:
    """The minutes as an ordered mapping: what people read first comes first."""
    at = at or session.closed_at or now()
    body = session.to_dict()
    for item, plain in zip(session.agenda, body["agenda"]):
        plain["used_minutes"] = round(item.used_seconds(at) / 60, 1)
    body["ladder_median"] = session.ladder_median()
    if body.get("readiness") is None:
        body.pop("readiness", None)  # no check in this meeting: the minutes say nothing of one
    body.pop("on_show", None)  # what the room view showed is no record of the meeting
    body.pop("gratitude_round", None)  # nor where the round's clock stood (the shares are)
    body["project"] = project.to_dict()
    body["schema"] = MINUTES_SCHEMA
    ordered = {key: body.pop(key) for key in _FIRST_KEYS if key in body}
    ordered.update(body)
    return ordered


def minutes_from_data(data: Any, where: str) -> Minutes:
    if not isinstance(data, dict):
        raise MinutesError(f"{where}: expected minutes (a mapping with schema: {MINUTES_SCHEMA})")
    schema = data.get("schema")
    if schema != MINUTES_SCHEMA:
        raise MinutesError(
            f"{where}: expected schema: {MINUTES_SCHEMA} at the top, found {schema!r}"
        )
    fill_missing_ids(data)  # a hand-made file: the same ids on every read
    try:
        project = Project.from_dict(data.get("project"), f"{where}, project")
        session = Session.from_dict(data, where)
    except ValidationError as error:
        raise MinutesError(str(error)) from None
    if session.project_id != project.id:
        raise MinutesError(f"{where}: project_id does not match the project's id")
    return Minutes(session, project)


def read_minutes(path: Path) -> Minutes:
    """The minutes in ``path``, validated. Most files are read the quick way (yamlio.quick_yaml);
    one that is not fine is read again the careful way, whose message names the line."""
    text = read_text(path)
    data = quick_yaml(text)
    minutes = None
    if data is not None:
        with contextlib.suppress(MinutesError):
            minutes = minutes_from_data(data, str(path))
    if minutes is None:
        minutes = minutes_from_data(parse_yaml(text, str(path)), str(path))
    minutes.path = path
    return minutes


def slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")[:50] or "meeting"


def minutes_path(folder: Path, session: Session) -> Path:
    """``<date>-<slug>-<id start>.yaml``: a name no other meeting has, on any laptop, so that
    minutes shared through git never meet one another (a file from before the id was in the
    name keeps its name)."""
    stem = f"{session.date.isoformat()}-{slug(session.title)}"
    for name in (f"{stem}-{session.id[:8]}.yaml", f"{stem}.yaml"):
        path = folder / name
        if path.exists() and _holds(path, session.id):
            return path
    path = folder / f"{stem}-{session.id[:8]}.yaml"
    return path if not path.exists() else folder / f"{stem}-{session.id}.yaml"


def _holds(path: Path, meeting_id: str) -> bool:
    try:
        return read_minutes(path).session.id == meeting_id
    except StoreError:
        return False


def closed_minutes_in(path: Path, meeting_id: str) -> bool:
    """Does ``path`` hold this meeting's minutes as it closed (which are never written again)?"""
    try:
        minutes = read_minutes(path)
    except StoreError:
        return False
    return minutes.session.id == meeting_id and minutes.session.closed


def write_minutes(folder: Path, session: Session, project: Project) -> Path:
    """Write the minutes; a closed meeting's minutes, once written, are kept as they are."""
    path = minutes_path(folder, session)
    if session.closed and path.exists() and closed_minutes_in(path, session.id):
        return path
    write_yaml(path, minutes_data(session, project))
    return path
