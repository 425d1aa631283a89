"""The Meeting service: the one place where UI actions become model changes and store writes.

Each tool adds its operations as a small mixin module here; ``service.Meeting`` combines
them, ``workspace.Workspace`` holds what spans meetings (projects, plans, the card inbox).
Screens call these and never touch the store.
"""

from coprod_tui.meeting.core import TOPICS, ChangeNotSaved, ReadOnlyMeeting
from coprod_tui.meeting.service import Meeting
from coprod_tui.meeting.workspace import CollectResult, Workspace
from coprod_tui.store.files import StoreError
from coprod_tui.store.platform.watching import FolderWatcher as InboxWatcher

__all__ = [
    "TOPICS",
    "ChangeNotSaved",
    "CollectResult",
    "InboxWatcher",
    "Meeting",
    "ReadOnlyMeeting",
    "StoreError",
    "Workspace",
]
