"""A meeting as its minutes hold it: the session, its project, and the file it came from."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from coprod_tui.model.session import Project, Session


@dataclass
class Minutes:
    session: Session
    project: Project
    path: Path | None = None
