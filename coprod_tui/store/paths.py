"""Where a home is and what is in it: names only, so a command like ``coprod card`` can find
its folder without importing the database (TinyDB) or the whole model."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from coprod_tui.store.files import make_private_dir

APP_NAME = "coprod"

__all__ = ["APP_NAME", "HomePaths", "default_home", "resolve_home"]


def default_home() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def resolve_home(cli_home: str | os.PathLike[str] | None) -> Path:
    """``--home DIR``, else ``$COPROD_HOME``, else the platform's user data folder."""
    if cli_home:
        return Path(cli_home).expanduser()
    if os.environ.get("COPROD_HOME"):
        return Path(os.environ["COPROD_HOME"]).expanduser()
    return default_home()


@dataclass(frozen=True)
class HomePaths:
    root: Path

    @property
    def index(self) -> Path:
        return self.root / "coprod.json"

    @property
    def meetings(self) -> Path:
        return self.root / "meetings"

    @property
    def minutes(self) -> Path:
        return self.root / "minutes"

    @property
    def inbox(self) -> Path:
        return self.root / "inbox"

    @property
    def themes(self) -> Path:
        return self.root / "themes"

    @property
    def lock(self) -> Path:
        return self.root / "coprod.lock"

    def meeting(self, meeting_id: str) -> Path:
        return self.meetings / f"{meeting_id}.json"

    def create(self) -> None:
        make_private_dir(self.root)
        for folder in (self.meetings, self.minutes, self.themes):
            make_private_dir(folder)
