"""The readiness check in the meeting: answers (the group's, or each person's), the group's own
questions, the earlier check of the project to compare with, gaps turned into actions.

A meeting holds at most one check, started by its first change. It asks the group's own
questions of the project's previous check again (same ids, so answers and actions compare),
and it is compared with that check: the most recent earlier meeting of the project with one.
"""

from __future__ import annotations

import contextlib
import copy
import functools
from dataclasses import dataclass, field
from datetime import date

from coprod_tui.i18n import t
from coprod_tui.meeting.actions import ActionOps
from coprod_tui.model import Action, ValidationError
from coprod_tui.model.readiness import (
    GROUP,
    MAX_OWN_QUESTIONS,
    OwnQuestion,
    Question,
    ReadinessAnswer,
    ReadinessCheck,
    check_own_question_text,
    linked_actions,
)
from coprod_tui.model.session import Session
from coprod_tui.store.db import HomeStore
from coprod_tui.store.files import StoreError


@dataclass(frozen=True)
class EarlierCheck:
    """The project's previous check, from an earlier meeting."""

    meeting_id: str
    title: str
    date: date
    check: ReadinessCheck


@dataclass
class ReadinessHistory:
    """What the earlier meetings of the project tell this meeting's check."""

    previous: EarlierCheck | None = None
    earlier_checks: int = 0  # how many earlier meetings of the project held a check
    actions: list[Action] = field(default_factory=list)  # linked to a question, newest versions


class ReadinessOps(ActionOps):
    @property
    def readiness(self) -> ReadinessCheck | None:
        """This meeting's check, once something was answered or asked in it."""
        return self.session.readiness

    def readiness_check(self) -> ReadinessCheck:
        """The check to show: this meeting's, or the one it would start (nothing stored)."""
        return self.session.readiness or self._new_check()

    def readiness_questions(self, principle: str | None = None) -> list[Question]:
        return self.readiness_check().questions(principle)

    def readiness_question(self, key: str) -> Question | None:
        return self.readiness_check().question(key)

    # --- answering -------------------------------------------------------------------------
    def answer_question(
        self,
        question: str,
        value: str,
        note: str = "",
        *,
        source: str = GROUP,
        participant: str | None = None,
        replaces: str | None = None,
    ) -> ReadinessAnswer:
        """Record an answer: the group's agreed one (``source`` "group"), or one person's, named
        or anonymous (``participant`` None). The group's answer and a named person's replace
        their earlier one; ``replaces`` names an answer (an anonymous one too) to change."""
        answer = ReadinessAnswer(
            question, value, note, source=source, participant=participant, at=self.clock()
        )
        if replaces is not None:
            answer.id = replaces
        check, started = self._writable_check()
        check.record(answer)
        self._readiness_changed(started)
        return answer

    def remove_readiness_answer(self, answer_id: str) -> ReadinessAnswer:
        check, started = self._writable_check()
        answer = check.remove_answer(answer_id)
        self._readiness_changed(started)
        return answer

    # --- the group's own questions ---------------------------------------------------------
    def add_own_question(self, principle: str, text: str) -> OwnQuestion:
        """Add the group's own question to a principle (the next checks ask it too)."""
        question = OwnQuestion(principle, text)
        check, started = self._writable_check()
        if sum(q.principle == principle for q in check.own_questions) >= MAX_OWN_QUESTIONS:
            raise ValidationError(
                t(
                    "a principle holds at most {limit} questions of the group's own",
                    limit=MAX_OWN_QUESTIONS,
                )
            )
        check.own_questions.append(question)
        self._readiness_changed(started)
        return question

    def change_own_question(self, question_id: str, text: str) -> OwnQuestion:
        text = check_own_question_text(text)
        check, started = self._writable_check()
        question = check.own_question(question_id)
        if question is None:
            raise KeyError(question_id)
        question.text = text
        self._readiness_changed(started)
        return question

    def remove_own_question(self, question_id: str) -> OwnQuestion:
        """Stop asking the group's own question (its answers in this check go with it)."""
        check, started = self._writable_check()
        question = check.own_question(question_id)
        if question is None:
            raise KeyError(question_id)
        check.answers = [a for a in check.answers if a.question != question_id]
        check.own_questions.remove(question)
        self._readiness_changed(started)
        return question

    # --- gaps → actions --------------------------------------------------------------------
    def gap_to_action(
        self,
        question: str,
        what: str,
        who: str = "",
        by_when: date | None = None,
        how_known: str = "",
        *,
        element: str | None = None,
    ) -> Action:
        """An action in the action plan for a question of the check, linked back to it; under
        the question's key element unless the group chose another."""
        found = self.readiness_question(question)
        if found is None:
            raise ValidationError(t("there is no such question in this check"))
        return self.add_action(
            element or found.principle, what, who, by_when, how_known, readiness_question=found.key
        )

    def readiness_actions(self, question: str | None = None) -> list[Action]:
        """The actions set for questions of the check, this meeting's and those of the meetings
        since the previous check (each in its newest version); for one question if given."""
        here = [a for a in self.session.actions if a.readiness_question]
        ids = {a.id for a in here}
        actions = here + [a for a in self.readiness_history.actions if a.id not in ids]
        return actions if question is None else linked_actions(actions, question)

    # --- the earlier check -----------------------------------------------------------------
    @property
    def previous_readiness(self) -> EarlierCheck | None:
        return self.readiness_history.previous

    @functools.cached_property
    def readiness_history(self) -> ReadinessHistory:
        """Read once per open meeting: earlier meetings do not change while this one runs
        (a review of a carried action changes one, but this meeting holds that action too)."""
        return readiness_history(self.store, self.session)

    # --- inside ----------------------------------------------------------------------------
    def _new_check(self) -> ReadinessCheck:
        previous = self.previous_readiness
        own = copy.deepcopy(previous.check.own_questions) if previous else []
        return ReadinessCheck(own_questions=own)

    def _writable_check(self) -> tuple[ReadinessCheck, bool]:
        """This meeting's check, started now if it has none (True: just started)."""
        self._check_writable()
        if self.session.readiness is not None:
            return self.session.readiness, False
        check = self._new_check()
        check.started_at = self.clock()
        self.session.readiness = check
        return check, True

    def _readiness_changed(self, started: bool) -> None:
        self._changed("readiness")
        if started:  # the index row now says this meeting holds a check
            with contextlib.suppress(StoreError):  # the answer is saved; the row is retried
                self.save_summary()  # when the meeting is left (summary_stale says so)


def readiness_history(store: HomeStore, session: Session) -> ReadinessHistory:
    """The project's check before ``session``'s, and the actions set for questions since then.

    Reads the meetings from the newest earlier one back to the one with the previous check
    (the index rows say which meetings hold a check); none when no earlier meeting has one.
    """
    rows = store.summaries(session.project_id)  # newest first
    ids = [row["id"] for row in rows]
    if session.id in ids:
        earlier = rows[ids.index(session.id) + 1 :]
    else:
        earlier = [row for row in rows if row["date"] <= session.date.isoformat()]
    history = ReadinessHistory(earlier_checks=sum(bool(row.get("readiness")) for row in earlier))
    if not history.earlier_checks:
        return history
    newest: dict[str, Action] = {}
    for row in earlier:
        try:
            meeting = store.load_meeting(row["id"])
        except StoreError:
            continue
        for action in meeting.actions:
            if action.readiness_question:
                newest.setdefault(action.id, action)
        if row.get("readiness") and meeting.readiness is not None:
            history.previous = EarlierCheck(
                meeting.id, meeting.title, meeting.date, meeting.readiness
            )
            break
    history.actions = list(newest.values())
    return history


def project_checks(
    store: HomeStore, project_id: str, problems: list[str] | None = None
) -> list[Session]:
    """Every meeting of a project that held a readiness check, oldest first."""
    sessions = []
    for row in reversed(store.summaries(project_id)):
        if not row.get("readiness"):
            continue
        try:
            session = store.load_meeting(row["id"])
        except StoreError as error:
            if problems is not None:
                problems.append(str(error))
            continue
        if session.readiness is not None:
            sessions.append(session)
    return sessions
