"""What spans meetings: projects, starting a meeting from a plan, the card inbox."""

from __future__ import annotations

import contextlib
import copy
import functools
import shlex
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from coprod_tui.meeting.people import ProjectPeople
from coprod_tui.meeting.service import Meeting
from coprod_tui.model import (
    Card,
    Participant,
    Project,
    Session,
    SessionPlan,
    clean_line,
    next_receiver,
    now,
)
from coprod_tui.model.gratitude_round import RoundSettings
from coprod_tui.store import inbox
from coprod_tui.store.db import HomeStore
from coprod_tui.store.files import StoreError
from coprod_tui.store.paths import resolve_home
from coprod_tui.store.plans import available_plans, themes_dir
from coprod_tui.store.platform.watching import FolderWatcher, watch_folder
from coprod_tui.store.theme_files import Check, Row, scan_theme_files, theme_cache

if TYPE_CHECKING:
    from coprod_tui.meeting.minutes import MinutesArchive
    from coprod_tui.meeting.room import RoomWatch
    from coprod_tui.meeting.share import ShareService


DEFAULT_PLAN = "standard"  # a new project's first meeting: the co-production group meeting
PLACE_KEY = "place"  # the meeting and screen the app was on, to reopen after a restart
ROUND_SETTINGS_KEY = "gratitude_round"  # time per speaker and switches, for the next round too


@dataclass
class CollectResult:
    """What one look at the inbox found."""

    received: list[Card] = field(default_factory=list)  # stored in the open meeting
    waiting: int = 0  # stored for a project's next meeting
    bad: list[str] = field(default_factory=list)  # files moved to inbox/bad, with the reason


class Workspace:
    def __init__(self, store: HomeStore, clock: Callable[[], datetime] = now) -> None:
        self.store = store
        self.clock = clock
        self._unmovable: set[str] = set()  # bad spool files reported once as not movable

    @functools.cached_property
    def minutes(self) -> MinutesArchive:
        """Every minutes file: list, search, export (imported when first used, not at start)."""
        from coprod_tui.meeting.minutes import MinutesArchive

        return MinutesArchive(self.store.paths)

    @functools.cached_property
    def share(self) -> ShareService:
        """The minutes shared through git (``coprod share``); never asks in the terminal."""
        from coprod_tui.meeting.share import ShareService

        return ShareService(self.store, self.clock)

    def people(self, project: Project) -> ProjectPeople:
        """The project's circle of support, one-page profiles and gratitude diary."""

        return ProjectPeople(self.store, project, self.clock)

    # --- projects and meetings ---------------------------------------------------------------
    def projects(self) -> list[Project]:
        return self.store.projects()

    def create_project(self, name: str, ladder_model: str = "toolkit") -> Project:
        existing = self.store.project_by_name(name)
        if existing is not None:
            return existing
        project = Project(name=name, ladder_model=ladder_model, created_at=self.clock())
        self.store.save_project(project)
        return project

    def meetings(self, project_id: str | None = None) -> list[dict]:
        return self.store.summaries(project_id)

    def meeting_summary(self, meeting_id: str) -> dict | None:
        """The index row of one meeting (title, date, status, counts), or None."""
        return self.store.summary(meeting_id)

    def last_meeting(self, project: Project) -> Session | None:
        summaries = self.store.summaries(project.id)
        return self.store.load_meeting(summaries[0]["id"]) if summaries else None

    def proposed_participants(self, project: Project) -> tuple[list[Participant], str | None]:
        """The last meeting's participants and the next card receiver in rotation."""
        last = self.last_meeting(project)
        if last is None:
            return [], None
        names = last.participant_names()
        return copy.deepcopy(last.participants), next_receiver(names, last.receiver)

    def proposed_plan(self, project: Project) -> str:
        """The plan to offer first: the one the project's last meeting used."""
        last = self.last_meeting(project)
        return last.plan if last is not None and last.plan else DEFAULT_PLAN

    def new_meeting(
        self,
        project: Project,
        plan: SessionPlan,
        *,
        title: str | None = None,
        participants: list[Participant] | None = None,
        receiver: str | None = None,
        on: date | None = None,
    ) -> Meeting:
        """A planned meeting with the plan's agenda and what the project's last meeting left
        open: its open actions, and its cards not taken up (new, presented, parked)."""
        proposed, proposed_receiver = self.proposed_participants(project)
        participants = proposed if participants is None else participants
        last = self.last_meeting(project)
        session = Session(
            project_id=project.id,
            title=title or str(plan.title),
            date=on or self.clock().date(),
            plan=plan.key,
            participants=participants,
            receiver=receiver if receiver is not None else proposed_receiver,
            agenda=plan.agenda_items(),
            ladder_model=project.ladder_model,
        )
        if last is not None:
            for action in last.open_actions():
                carried = copy.deepcopy(action)
                carried.carried_from = last.id
                carried.review = ""  # a review belongs to the meeting that made it
                session.actions.append(carried)
            for card in last.open_cards():
                carried_card = copy.deepcopy(card)
                # A card carried on again keeps the meeting it was first handed in to.
                carried_card.carried_from = card.carried_from or last.id
                session.cards.append(carried_card)
        self.store.create_meeting(session)
        return self.open_meeting(session.id)

    def open_meeting(self, meeting_id: str) -> Meeting:
        session = self.store.load_meeting(meeting_id)
        project = self.store.project(session.project_id)
        if project is None:
            project = Project(name="(unknown project)", id=session.project_id)
        meeting = Meeting(self.store, session, project, clock=self.clock)
        if not meeting.read_only:
            self._hand_over_waiting_cards(meeting)
        return meeting

    def _hand_over_waiting_cards(self, meeting: Meeting) -> None:
        """Cards that waited for this project's next meeting move into it (when the disk allows;
        else they wait for the next time the meeting is opened)."""
        with contextlib.suppress(StoreError):
            waiting = self.store.waiting_cards(meeting.project)
            if waiting:
                meeting.receive_cards(waiting)
                self.store.remove_waiting_cards({card.id for card in waiting})

    # --- settings and themes -----------------------------------------------------------------
    def setting(self, key: str, default: Any = None) -> Any:
        return self.store.setting(key, default)

    def set_setting(self, key: str, value: Any) -> None:
        self.store.set_setting(key, value)

    def theme_rows(self, check: Check, usable: Callable[[Row], bool]) -> list[Row]:
        """The shipped themes, then the home's own (``<home>/themes``), through the cache."""
        folders = [themes_dir(), self.store.paths.themes]
        return scan_theme_files(folders, check, usable, theme_cache(self.store.paths.root))

    def last_place(self) -> tuple[str | None, str] | None:
        """(meeting id or None, screen) where the app was last, as ``remember_place`` kept it."""
        saved = self.store.setting(PLACE_KEY)
        if not isinstance(saved, dict) or not isinstance(saved.get("mode"), str):
            return None
        meeting = saved.get("meeting")
        return (meeting if isinstance(meeting, str) else None), saved["mode"]

    def remember_place(self, meeting_id: str | None, mode: str) -> None:
        self.store.set_setting(PLACE_KEY, {"meeting": meeting_id, "mode": mode})

    def round_settings(self) -> RoundSettings:
        """The gratitude round's time per speaker and switches, as the facilitator left them."""
        return RoundSettings.from_saved(self.store.setting(ROUND_SETTINGS_KEY))

    def remember_round_settings(self, settings: RoundSettings) -> None:
        self.store.set_setting(ROUND_SETTINGS_KEY, settings.to_saved())

    def plans(self) -> tuple[list[SessionPlan], list[str]]:
        """The meeting plans to start from, and a message for each plan file that is not valid."""
        return available_plans()

    # --- the card inbox ----------------------------------------------------------------------
    def collect_inbox(self, meeting: Meeting | None, limit: int = 500) -> CollectResult:
        """Store every card in ``inbox/new`` (in ``meeting`` or waiting), then delete its file.

        A file is deleted only after a save that holds its card has succeeded, and cards are
        stored by id: a crash or a full disk in between leads to the card being seen again,
        never to it being lost or doubled. A failed save raises StoreError (files kept).
        """
        result = CollectResult()
        entries = inbox.read_new(self.store.paths.inbox, limit)
        if not entries:
            return result
        for entry in entries:
            if entry.card is None:
                self._quarantine(entry, result)
        good = [entry for entry in entries if entry.card is not None]
        here: list[inbox.SpoolEntry] = []
        elsewhere: list[inbox.SpoolEntry] = []
        for entry in good:
            for_this_meeting = (
                meeting is not None
                and not meeting.read_only
                and (
                    entry.project is None
                    or entry.project.casefold() == meeting.project.name.casefold()
                )
            )
            (here if for_this_meeting else elsewhere).append(entry)
        if elsewhere:
            self.store.add_waiting_cards([(e.card, e.project) for e in elsewhere if e.card])
            inbox.remove([entry.path for entry in elsewhere])
            result.waiting = len(elsewhere)
        if here and meeting is not None:
            result.received = meeting.receive_cards([e.card for e in here if e.card])
            inbox.remove([entry.path for entry in here])
        return result

    def _quarantine(self, entry: inbox.SpoolEntry, result: CollectResult) -> None:
        """Move a file that is not a card to inbox/bad; if even that fails, say so once."""
        problem = clean_line(f"{entry.path.name}: {entry.problem}")
        try:
            moved = inbox.quarantine(self.store.paths.inbox, entry)
        except StoreError as error:
            if entry.path.name not in self._unmovable:
                self._unmovable.add(entry.path.name)
                result.bad.append(f"{problem} ({clean_line(str(error))})")
            return
        if moved is not None:
            result.bad.append(problem)

    def sweep_inbox(self) -> int:
        """Remove what interrupted hand-ins left in inbox/tmp (unread); how many files went."""
        return inbox.sweep_tmp(self.store.paths.inbox)

    def watch_inbox(self) -> FolderWatcher | None:
        """A watcher that wakes when a card lands in the inbox (None where unsupported)."""
        return watch_folder(self.store.paths.inbox / "new")

    @property
    def inbox_folder(self) -> Path:
        """Where cards are handed in (the phone page drops them here too)."""
        return self.store.paths.inbox

    @property
    def bad_cards_folder(self) -> Path:
        return self.store.paths.inbox / "bad"

    def bad_card_files(self) -> list[tuple[str, str]]:
        """(file name, reason) of each spool file that was not a card, kept in inbox/bad."""
        return inbox.bad_files(self.store.paths.inbox)

    def waiting_card_count(self) -> int:
        """Cards stored for a project's next meeting (handed in with no matching meeting open)."""
        return self.store.waiting_count()

    def room_watch(self) -> RoomWatch:
        """The room view's read-only look at this home (for the phone page's /room)."""
        from coprod_tui.meeting.room import RoomWatch

        return RoomWatch(self.store.paths.root, self.clock)

    def room_command(self) -> str:
        """The command that opens the room view (the group's screen) on this home."""
        root = self.store.paths.root
        if root == resolve_home(None):
            return "coprod room"
        return f"coprod --home {shlex.quote(str(root))} room"

    def hand_in_command(self) -> str:
        """The command a participant types to hand in a card to this home."""
        root = self.store.paths.root
        if root == resolve_home(None):
            return 'coprod card "…"'
        return f'coprod --home {shlex.quote(str(root))} card "…"'
