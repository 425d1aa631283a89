"""Ids for hand-made minutes: a file without ``id:`` gets ids derived from what it holds.

Derived from the content, the same file gives the same meeting on every read, so two rebuilds
(or a rebuild after a pull) make one meeting of it, not two. Only missing ids are filled in.
"""

from __future__ import annotations

import dataclasses
import hashlib
import typing
from typing import Any

from coprod_tui.model import Session

ID_CHARS = 32  # as long as a uuid4 hex


def content_id(*parts: Any) -> str:
    """A stable id for this content (the same data always gives the same id)."""
    digest = hashlib.sha256()
    for part in parts:
        _feed(digest, part)
    return digest.hexdigest()[:ID_CHARS]


def _feed(digest: Any, value: Any) -> None:
    # A canonical walk: mappings by sorted key, every scalar with its type, so that e.g.
    # 1 and "1" differ. The file was bounded when it was loaded (store/yamlio.py).
    if isinstance(value, dict):
        digest.update(b"{")
        for key in sorted(value, key=repr):
            _feed(digest, key)
            _feed(digest, value[key])
        digest.update(b"}")
    elif isinstance(value, (list, tuple)):
        digest.update(b"[")
        for item in value:
            _feed(digest, item)
        digest.update(b"]")
    else:
        digest.update(f"{type(value).__name__}:{value!s};".encode("utf-8", "replace"))


def _listed_with_ids() -> tuple[str, ...]:
    """The session's fields that are lists of things with an id (agenda, cards, …)."""
    hints = typing.get_type_hints(Session)
    names = []
    for f in dataclasses.fields(Session):
        args = typing.get_args(hints[f.name])
        listed = typing.get_origin(hints[f.name]) is list and args
        if listed and dataclasses.is_dataclass(args[0]) and _has_id(args[0]):
            names.append(f.name)
    return tuple(names)


def _has_id(cls: Any) -> bool:
    return any(inner.name == "id" for inner in dataclasses.fields(cls))


LISTED_WITH_IDS = _listed_with_ids()


def fill_missing_ids(data: dict[str, Any]) -> None:
    """Give the minutes' project, meeting and listed things an id where the file has none.

    The project's id comes from its name (two hand-made files of one project are one
    project); the meeting's from the whole file; a listed thing's from the meeting and its place.
    """
    project = data.get("project")
    if isinstance(project, dict):
        if "id" not in project and isinstance(project.get("name"), str):
            project["id"] = content_id("project", " ".join(project["name"].casefold().split()))
        if "project_id" not in data and isinstance(project.get("id"), str):
            data["project_id"] = project["id"]
    if "id" not in data:
        data["id"] = content_id("meeting", data)
    meeting_id = data["id"]
    for name in LISTED_WITH_IDS:
        things = data.get(name)
        if not isinstance(things, list):
            continue
        for place, thing in enumerate(things):
            if isinstance(thing, dict) and "id" not in thing:
                thing["id"] = content_id(name, meeting_id, place, thing)
