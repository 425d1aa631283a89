"""The people of a project: its circle of support, one-page profiles and gratitude diary.

``ProjectPeople`` (from ``Workspace.people(project)``) holds what lives with the project;
``PeopleOps`` is what one meeting does with it: pick its participants from the circle, add a
newcomer to both, show a participant's profile. Every change writes the project's own small
file (store/project_db.py), never the index nor a closed meeting's minutes.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from coprod_tui.i18n import t
from coprod_tui.meeting.core import MeetingCore
from coprod_tui.model import Participant, Project, Session, ValidationError, clean_line, now
from coprod_tui.model.circle import Circle, CircleMember, valid_member_name, valid_role
from coprod_tui.model.diary import DIARY_FIELDS, DiaryEntry, ProjectDiary
from coprod_tui.model.profile import Profile
from coprod_tui.store.db import HomeStore
from coprod_tui.store.files import StoreError, atomic_write, make_private_dir
from coprod_tui.store.minutes import slug
from coprod_tui.store.project_db import ProjectDB, open_project, read_project


class ProjectPeople:
    def __init__(
        self, store: HomeStore, project: Project, clock: Callable[[], datetime] = now
    ) -> None:
        self.store = store
        self.project = project
        self.clock = clock

    def _db(self) -> ProjectDB:
        """The project's file, to change (created on first use)."""
        return open_project(self.store.paths, self.project.id)

    def _read(self) -> ProjectDB | None:
        """The project's file, to read (a project with no people yet has none)."""
        return read_project(self.store.paths, self.project.id)

    @property
    def exports(self) -> Path:
        return self.store.paths.root / "exports"

    # --- the circle of support -------------------------------------------------------------
    def circle(self) -> Circle:
        db = self._read()
        return db.circle() if db is not None else Circle()

    def _change_circle(self, change: Callable[[Circle], object]) -> Circle:
        db = self._db()
        circle = db.circle()
        change(circle)
        db.save_circle(circle)
        return circle

    def _member(self, circle: Circle, member_id: str) -> CircleMember:
        member = circle.by_id(member_id)
        if member is None:
            raise ValidationError(t("That person is no longer in the circle."))
        return member

    def add_to_circle(
        self, name: str, ring: str, role: str = "", at: datetime | None = None
    ) -> CircleMember:
        added: list[CircleMember] = []
        self._change_circle(lambda c: added.append(c.add(name, ring, role, at or self.clock())))
        return added[0]

    def place(self, member_id: str, ring: str, at: datetime | None = None) -> CircleMember:
        """Put a member in another circle (a move, kept with its date)."""
        circle = self._change_circle(
            lambda c: c.place(self._member(c, member_id), ring, at or self.clock())
        )
        return self._member(circle, member_id)

    def move(self, member_id: str, step: int) -> CircleMember:
        """One circle inward (-1) or outward (+1); at the centre or the edge nothing changes."""
        circle = self._change_circle(
            lambda c: c.move(self._member(c, member_id), step, self.clock())
        )
        return self._member(circle, member_id)

    def edit_member(self, member_id: str, name: str, role: str) -> CircleMember:
        """A new name or role; their profile follows a new name."""
        db = self._db()
        circle = db.circle()
        member = self._member(circle, member_id)
        new_name = valid_member_name(name)
        other = circle.member(new_name)
        if other is not None and other is not member:
            raise ValidationError(t("{name} is already in the circle", name=new_name))
        old_name = member.name
        member.name, member.role = new_name, valid_role(role)
        db.save_circle(circle)
        profile = self._profile_in(db, old_name)
        if profile is not None and new_name != old_name:
            profile.name = new_name
            db.save_profile(profile)
        return member

    def remove_from_circle(self, member_id: str) -> CircleMember:
        """Out of the circle (their profile stays until it is deleted on its own)."""
        removed: list[CircleMember] = []

        def remove(circle: Circle) -> None:
            member = self._member(circle, member_id)
            circle.remove(member)
            removed.append(member)

        self._change_circle(remove)
        return removed[0]

    # --- one-page profiles -----------------------------------------------------------------
    def profiles(self) -> list[Profile]:
        db = self._read()
        profiles = db.profiles() if db is not None else []
        return sorted(profiles, key=lambda p: p.name.casefold())

    @staticmethod
    def _profile_in(db: ProjectDB | None, name: str) -> Profile | None:
        if db is None:
            return None
        wanted = clean_line(name).casefold()
        return next((p for p in db.profiles() if p.name.casefold() == wanted), None)

    def profile(self, name: str) -> Profile | None:
        return self._profile_in(self._read(), name)

    def save_profile(
        self,
        name: str,
        *,
        appreciated: str = "",
        important: str = "",
        support: str = "",
        written_by: str = "facilitator",
    ) -> Profile:
        """Write someone's profile (their earlier one is replaced, keeping its id)."""
        db = self._db()
        existing = self._profile_in(db, valid_member_name(name))
        profile = Profile(
            name=existing.name if existing else name,
            appreciated=appreciated,
            important=important,
            support=support,
            written_by=written_by,
            updated_at=self.clock(),
        )
        if existing is not None:
            profile.id = existing.id
        if profile.empty:
            raise ValidationError(t("A profile needs at least one answer."))
        db.save_profile(profile)
        return profile

    def delete_profile(self, name: str) -> list[Path]:
        """Delete someone's profile completely: from the project's file and every copy this
        home made of it (exports). Returns the files removed besides the project's own."""
        db = self._read()
        profile = self._profile_in(db, name)
        if db is None or profile is None:
            raise ValidationError(t("{name} has no profile in this project.", name=name))
        db.delete_profile(profile.id)
        removed = []
        folder = self.exports / "profiles"
        if folder.is_dir():
            for path in folder.glob(f"*-{profile.id[:12]}.md"):
                with contextlib.suppress(FileNotFoundError):
                    path.unlink()
                    removed.append(path)
        return removed

    def _existing_profile(self, name: str) -> Profile:
        profile = self.profile(name)
        if profile is None:
            raise ValidationError(t("{name} has no profile in this project.", name=name))
        return profile

    def profile_markdown(self, name: str) -> str:
        from coprod_tui.export.profile import profile_markdown

        return profile_markdown(self._existing_profile(name), self.project)

    def export_profile(self, name: str, out: Path | None = None) -> Path:
        """The profile as Markdown for the person, in ``exports/profiles/`` unless ``out``."""
        profile = self._existing_profile(name)
        text = self.profile_markdown(name)
        if out is None:
            folder = make_private_dir(self.exports / "profiles")
            out = folder / f"{slug(profile.name)}-{profile.id[:12]}.md"
        _write_text(out, text)
        return out

    # --- the gratitude diary ---------------------------------------------------------------
    def diary(self) -> list[DiaryEntry]:
        db = self._read()
        return db.diary() if db is not None else []

    def write_diary_page(
        self, author: str | None, answers: dict[str, str], entry_id: str | None = None
    ) -> DiaryEntry:
        """A member's page (named, or anonymous with ``author`` None); ``entry_id`` rewrites one."""
        unknown = set(answers) - set(DIARY_FIELDS)
        if unknown:
            raise ValidationError(t("unknown diary prompt {key!r}", key=sorted(unknown)[0]))
        entry = DiaryEntry(author=author, written_at=self.clock(), **answers)
        if entry_id is not None:
            entry.id = entry_id
        self._db().save_diary_entry(entry)
        return entry

    def delete_diary_page(self, entry_id: str) -> None:
        self._db().delete_diary_entry(entry_id)

    # --- the project diary -----------------------------------------------------------------
    def project_diary(self) -> ProjectDiary:
        from coprod_tui.meeting.action_plan import project_actions

        problems: list[str] = []
        meetings: list[Session] = []
        for summary in reversed(self.store.summaries(self.project.id)):  # oldest first
            try:
                meetings.append(self.store.load_meeting(summary["id"]))
            except StoreError as error:
                problems.append(str(error))
        actions = [row.action for row in project_actions(self.store, self.project)]
        circle = self.circle()
        return ProjectDiary(
            project=self.project,
            meetings=meetings,
            actions=actions,
            circle_then=circle.at_start(),
            circle_now=circle.now(),
            moved_inward=[member.name for member in circle.moved_inward()],
            entries=self.diary(),
            made_at=self.clock(),
            problems=problems,
        )

    def project_diary_markdown(self) -> str:
        from coprod_tui.export.diary import project_diary_markdown

        return project_diary_markdown(self.project_diary())

    def write_project_diary(self, out: Path | None = None) -> Path:
        """The project diary as Markdown, in ``exports/`` unless ``out``."""
        text = self.project_diary_markdown()
        if out is None:
            folder = make_private_dir(self.exports)
            out = folder / f"{slug(self.project.name)}-{t('project-diary')}.md"
        _write_text(out, text)
        return out


def _write_text(path: Path, text: str) -> None:
    atomic_write(path, text.encode("utf-8"))  # a full disk: a DiskError that says so


class PeopleOps(MeetingCore):
    """What a meeting does with its project's people."""

    @property
    def people(self) -> ProjectPeople:
        return ProjectPeople(self.store, self.project, self.clock)

    def profile_of(self, participant: str) -> Profile | None:
        return self.people.profile(participant)

    def add_participants(self, people: list[Participant]) -> list[Participant]:
        """Add these people to the meeting (those already in it are skipped); returns the added."""
        self._check_writable()
        have = {p.name.casefold() for p in self.session.participants}
        added = []
        for person in people:
            name = valid_member_name(person.name)
            if name.casefold() in have:
                continue
            have.add(name.casefold())
            added.append(Participant(name=name, role=valid_role(person.role)))
        if added:
            self.session.participants.extend(added)
            self._changed("meeting")
            self.save_summary()
        return added

    def add_from_circle(self, member_ids: list[str]) -> list[Participant]:
        """Participants picked from the project's circle, with the role the circle notes."""
        circle = self.people.circle()
        members = [m for m in (circle.by_id(i) for i in member_ids) if m is not None]
        return self.add_participants([Participant(m.name, m.role) for m in members])

    def welcome_to_circle(self, ring: str = "participants") -> list[str]:
        """Every participant not yet in the project's circle joins it (in ``ring``)."""
        people = self.people
        circle = people.circle()
        newcomers = [p for p in self.session.participants if circle.member(p.name) is None]
        for person in newcomers:
            people.add_to_circle(person.name, ring, person.role)
        return [person.name for person in newcomers]

    def add_newcomer(self, name: str, ring: str, role: str = "") -> Participant | None:
        """Someone new: into the project's circle and into this meeting."""
        self._check_writable()
        people = self.people
        if people.circle().member(name) is None:
            people.add_to_circle(name, ring, role)
        added = self.add_participants([Participant(name, role)])
        return added[0] if added else None
