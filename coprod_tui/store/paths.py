"""Where a home is and what is in it: names only, so a command like ``coprod card`` can find
its folder without importing the database (TinyDB) or the whole model."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from coprod_tui.store.files import make_private_dir

APP_NAME = "coprod"

__all__ = ["APP_NAME", "HomePaths", "default_home", "resolve_home"]


def default_home() -> Path:
    """platformdirs' user data folder for coprod (e.g. ``~/.local/share/coprod``)."""
    home = _plain_linux_home()
    if home is not None:
        return Path(home)
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def _plain_linux_home() -> str | None:
    """What platformdirs answers on an ordinary Linux, worked out without importing it (that
    costs ``coprod card`` ~10 ms); None where its answer takes more (other systems, Android, an
    XDG_DATA_HOME or HOME that is not a plain absolute path, which its versions treat apart).
    tests/store/test_paths.py compares the two."""
    if sys.platform != "linux" or hasattr(sys, "getandroidapilevel"):
        return None
    if os.environ.get("ANDROID_DATA") or os.environ.get("ANDROID_ROOT"):
        return None
    data = os.environ.get("XDG_DATA_HOME", "")
    if data:
        plain = data.strip() == data and os.path.isabs(data)
        return os.path.join(data, APP_NAME) if plain else None
    home = os.environ.get("HOME", "")
    if not home or home.strip() != home or not os.path.isabs(home):
        return None
    return os.path.join(os.path.expanduser("~/.local/share"), APP_NAME)


def resolve_home(cli_home: str | os.PathLike[str] | None) -> Path:
    """``--home DIR``, else ``$COPROD_HOME``, else the platform's user data folder."""
    if cli_home:
        return Path(cli_home).expanduser()
    if os.environ.get("COPROD_HOME"):
        return Path(os.environ["COPROD_HOME"]).expanduser()
    return default_home()


class HomePaths:
    """The names of a home's files and folders. (A plain class: ``dataclasses`` costs
    ``coprod card`` ~4 ms to import.)"""

    __slots__ = ("root",)

    def __init__(self, root: Path) -> None:
        self.root = root

    def __eq__(self, other: object) -> bool:
        return isinstance(other, HomePaths) and other.root == self.root

    def __hash__(self) -> int:
        return hash(self.root)

    def __repr__(self) -> str:
        return f"HomePaths(root={self.root!r})"

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
