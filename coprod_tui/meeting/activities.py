"""Phone activities in the meeting: open, answer from a phone, reveal, close.

A phone is known only by the random token in its cookie. Its voice in an activity is
``HMAC(secret, activity id + token)``, with a secret that lives in this process only: nothing
on disk leads from a stored answer to the token, and the same phone has unrelated voices in
two activities, so a named answer in one says nothing about an anonymous answer in another.
(The secret is kept per meeting for as long as the app runs, so leaving the meeting and opening
it again keeps every phone's voice; a restart of the app while an activity is open gives every
phone a new voice, and what it answered before stays.)

Closing an activity wipes its voices and hands the answers to the tool they belong to: the
placements of a round become the meeting's ladder placements.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from coprod_tui.i18n import t
from coprod_tui.meeting.core import MeetingCore
from coprod_tui.model import LadderPlacement, Postcard, ValidationError
from coprod_tui.model.activity import (
    CLOSED,
    DEFAULT_DOTS,
    MAX_OPTIONS,
    Activity,
    Answer,
    AnswerInput,
    AnswerRefused,
    check_answer,
    close_activity,
    give_answer,
)
from coprod_tui.model.on_show import OnShow

KIND_NAMES = {  # what the facilitator calls each kind (the phone words them itself)
    "placement": "placement round",
    "dot_vote": "dot vote",
    "postcards": "postcards on phones",
}
# The tool whose screen shows an activity, hence the topic its answers are announced under too.
KIND_TOPICS = {"placement": "ladder", "dot_vote": "cards", "postcards": "gratitude"}
# What the room view shows while an activity is open (its count; once revealed, its results).
ROOM_KINDS = {"placement": "placement", "dot_vote": "vote"}


class ActivityClosed(AnswerRefused):
    """The activity a phone answered is no longer open (closed, or another one is open now)."""

    def __init__(self) -> None:
        super().__init__(CLOSED)


# One secret per meeting for this process: a meeting opened again (home, then back) keeps its
# phones' voices; nothing of it is ever written.
_SECRETS: dict[str, bytes] = {}


class ActivityOps(MeetingCore):
    # --- what is open --------------------------------------------------------------------
    @property
    def open_activity(self) -> Activity | None:
        return self.session.open_activity()

    def activity(self, activity_id: str) -> Activity | None:
        return next((a for a in self.session.activities if a.id == activity_id), None)

    def latest_activity(self, kind: str) -> Activity | None:
        return self.session.latest_activity(kind)

    # --- the facilitator's keys ----------------------------------------------------------
    def open_placement_round(self) -> Activity:
        return self._open(Activity("placement", ladder_model=self.session.ladder_model))

    def open_dot_vote(self, card_ids: list[str], dots: int = DEFAULT_DOTS) -> Activity:
        """A vote on the cards ``card_ids`` (those on show), ``dots`` per phone."""
        known = {card.id for card in self.session.cards}
        options = [card_id for card_id in dict.fromkeys(card_ids) if card_id in known]
        if not options:
            raise ValidationError(t("There are no cards to vote on."))
        return self._open(Activity("dot_vote", dots=dots, options=options[:MAX_OPTIONS]))

    def open_postcards(self) -> Activity:
        return self._open(Activity("postcards"))

    def _open(self, activity: Activity) -> Activity:
        self._check_writable()
        current = self.open_activity
        if current is not None:
            raise ValidationError(
                t(
                    "The {kind} is still open on the phones: close it first.",
                    kind=t(KIND_NAMES[current.kind]),
                )
            )
        self.session.activities.append(activity)
        self._put_on_show(activity)
        self._changed("activity", KIND_TOPICS[activity.kind], "room")
        return activity

    def _put_on_show(self, activity: Activity) -> None:
        """The room view follows the activity: its count now, its results once revealed."""
        kind = ROOM_KINDS.get(activity.kind)
        if kind is not None:
            self.session.on_show = OnShow(
                kind, activity.id, self.clock(), revealed=activity.revealed
            )

    def reveal_activity(self, activity_id: str) -> Activity:
        """Show the answers (on the phones and the facilitator's screen); open or closed."""
        self._check_writable()
        activity = self._activity(activity_id)
        if activity.revealed_at is None:
            activity.revealed_at = self.clock()
            self._put_on_show(activity)
            self._changed("activity", KIND_TOPICS[activity.kind], "room")
        return activity

    def close_open_activity(self) -> Activity | None:
        """Close whatever is open on the phones (the meeting closes, another tool opens…)."""
        activity = self.open_activity
        if activity is not None:
            self.close_activity(activity.id)
        return activity

    def close_activity(self, activity_id: str) -> Activity:
        """No more answers; the answers go where their tool keeps them."""
        self._check_writable()
        activity = self._activity(activity_id)
        if not activity.open:
            return activity
        close_activity(activity, self.clock())
        if activity.kind == "placement":
            self._place_round(activity)
        self._changed("activity", KIND_TOPICS[activity.kind])
        return activity

    def _place_round(self, activity: Activity) -> None:
        """Each placement of the round becomes a ladder placement, as if placed here: a name
        that was placed before in this meeting moves to the rung it chose on the phone."""
        for answer in activity.answers:
            if answer.rung is None:
                continue
            existing = (
                next(
                    (
                        p
                        for p in self.session.placements
                        if p.participant == answer.name and p.model == activity.ladder_model
                    ),
                    None,
                )
                if answer.name
                else None
            )
            if existing is not None:
                existing.rung, existing.activity = answer.rung, activity.id
            else:
                self.session.placements.append(
                    LadderPlacement(
                        answer.rung, answer.name, model=activity.ladder_model, activity=activity.id
                    )
                )

    # --- phones --------------------------------------------------------------------------
    def voice(self, activity: Activity, phone_token: str) -> str:
        """The phone's key in this activity (see the module's docstring)."""
        secret = _SECRETS.setdefault(self.session.id, secrets.token_bytes(32))
        message = f"{activity.id}\0{phone_token}".encode("utf-8", "replace")
        return hmac.new(secret, message, hashlib.sha256).hexdigest()[:32]

    def answer_of(self, activity: Activity, phone_token: str) -> Answer | None:
        if not phone_token or not activity.open:
            return None
        return activity.answer_of(self.voice(activity, phone_token))

    def answer(self, activity_id: str, phone_token: str, given: AnswerInput) -> tuple[Answer, bool]:
        """Store a phone's answer; a second answer from the same phone replaces its first.
        Returns the answer and whether it changed an earlier one. Refuses (ValidationError)
        an answer to an activity that is not open now, or one that does not fit."""
        self._check_writable()
        if not phone_token:
            raise ValueError("a phone answers with its token")  # the page always gives one
        activity = self.open_activity
        if activity is None or activity.id != activity_id:
            raise ActivityClosed
        answer = check_answer(activity, given)
        voice = self.voice(activity, phone_token)
        previous = activity.answer_of(voice)
        stored, changed = give_answer(activity, voice, answer)
        if activity.kind == "postcards":
            self._postcard_from_phone(previous, stored)
        self._changed("activity", KIND_TOPICS[activity.kind])
        return stored, changed

    def _postcard_from_phone(self, previous: Answer | None, answer: Answer) -> None:
        """A postcard from a phone is in the gratitude postcards at once (they are not
        hidden); the phone's earlier postcard, under an earlier name, makes way."""
        name = answer.name or ""
        if previous is not None and previous.name and previous.name != name:
            self.session.postcards = [
                p for p in self.session.postcards if p.participant != previous.name
            ]
        existing = next((p for p in self.session.postcards if p.participant == name), None)
        if existing is not None:
            existing.text = answer.text
        else:
            self.session.postcards.append(Postcard(participant=name, text=answer.text))

    def _activity(self, activity_id: str) -> Activity:
        activity = self.activity(activity_id)
        if activity is None:
            raise KeyError(activity_id)
        return activity
