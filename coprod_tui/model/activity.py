"""Phone activities: what the facilitator opens for the group to answer from their phones.

One activity is open at a time (a placement round, a dot vote, the postcards). Each phone has
one voice per activity: ``Answer.voice`` is a key the meeting service derives from the phone's
cookie with a keyed hash; a phone that answers again changes its answer. When the activity
closes the voices are wiped (nothing may change any more, so nothing needs them) and the
answers are put in an order that says nothing about who answered first.

Every kind is one entry in ``KINDS``: how an answer is checked and whether the answers stay
hidden until the facilitator reveals them. A readiness check, a one-page profile or the
gratitude diary adds a kind (and its fields on ``Answer``) here.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from coprod_tui.i18n import N_, t
from coprod_tui.model.card import MAX_CARD_CHARS, MAX_NAME_CHARS, MAX_RAW_CARD_CHARS
from coprod_tui.model.common import (
    PlainData,
    ValidationError,
    check_id,
    clean_line,
    clean_text,
    new_id,
    now,
    one_of,
)
from coprod_tui.model.ladder import check_rung
from coprod_tui.model.toolkit import LADDER_MODELS

DEFAULT_DOTS = 3
MAX_DOTS = 10
MAX_OPTIONS = 200  # cards in one dot vote
CLOSED = N_("This question is closed. Answers can no longer change.")


class AnswerRefused(ValidationError):
    """An answer that does not fit; keeps its English words and values, so the phone page can
    say it in the phone's language (``str()`` is in the app's)."""

    def __init__(self, template: str, **values: object) -> None:
        self.template = template
        self.values = values
        super().__init__(t(template, **values))


@dataclass
class Answer(PlainData):
    """One phone's answer to one activity. ``name`` is None when given anonymously."""

    voice: str = ""  # the phone's key for this activity; "" once the activity has closed
    name: str | None = None
    rung: int | None = None  # placement
    dots: dict[str, int] = field(default_factory=dict)  # dot vote: card id → dots
    text: str = ""  # postcard

    def __post_init__(self) -> None:
        self.name = clean_line(self.name) or None if self.name else None


@dataclass
class Activity(PlainData):
    kind: str
    opened_at: datetime = field(default_factory=now)
    closed_at: datetime | None = None
    revealed_at: datetime | None = None
    ladder_model: str = "toolkit"  # placement: the ladder the round places on
    dots: int = DEFAULT_DOTS  # dot vote: dots per phone
    options: list[str] = field(default_factory=list)  # dot vote: the ids of the cards on show
    answers: list[Answer] = field(default_factory=list)
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        one_of(self.kind, KINDS, "activity kind")
        one_of(self.ladder_model, LADDER_MODELS, "ladder model")
        check_id(self.id, "an activity's id")
        if not 1 <= self.dots <= MAX_DOTS:
            raise ValidationError(t("dots per phone must be between 1 and {top}", top=MAX_DOTS))

    @property
    def open(self) -> bool:
        return self.closed_at is None

    @property
    def revealed(self) -> bool:
        return self.revealed_at is not None

    @property
    def hidden(self) -> bool:
        """Answers not shown yet (on phones, the room view, the facilitator's bars)."""
        return KINDS[self.kind].hidden_until_revealed and not self.revealed

    def answer_of(self, voice: str) -> Answer | None:
        if not voice:
            return None
        return next((a for a in self.answers if a.voice == voice), None)

    def named(self) -> list[str]:
        """The names of those who answered with their name, in the order they first answered."""
        return [a.name for a in self.answers if a.name]

    def dot_totals(self) -> Counter[str]:
        """Dots per card id (every card on show, 0 where none)."""
        totals: Counter[str] = Counter(dict.fromkeys(self.options, 0))
        for answer in self.answers:
            totals.update(answer.dots)
        return totals

    def rung_counts(self) -> Counter[int]:
        return Counter(a.rung for a in self.answers if a.rung is not None)


# --- the kinds ----------------------------------------------------------------------------
@dataclass(frozen=True)
class AnswerInput:
    """What a phone sent, before it is checked."""

    name: str | None = None
    rung: int | None = None
    dots: dict[str, int] = field(default_factory=dict)
    text: str = ""


def check_name(name: str | None, *, needed: bool) -> str | None:
    if name is not None and len(name) > 8 * MAX_NAME_CHARS:
        raise AnswerRefused(N_("a name holds at most {limit} characters"), limit=MAX_NAME_CHARS)
    cleaned = clean_line(name) if name else ""
    if len(cleaned) > MAX_NAME_CHARS:
        raise AnswerRefused(N_("a name holds at most {limit} characters"), limit=MAX_NAME_CHARS)
    if needed and not cleaned:
        raise AnswerRefused(N_("Please write your name."))
    return cleaned or None


def _check_placement(activity: Activity, given: AnswerInput) -> Answer:
    if given.rung is None:
        raise AnswerRefused(N_("Please choose a step on the ladder."))
    rung = check_rung(given.rung, activity.ladder_model)
    return Answer(name=check_name(given.name, needed=False), rung=rung)


def _check_dots(activity: Activity, given: AnswerInput) -> Answer:
    dots: dict[str, int] = {}
    for card_id, count in given.dots.items():
        if card_id not in activity.options:
            raise AnswerRefused(N_("This card is not part of the vote."))
        if count < 0:
            raise AnswerRefused(N_("A card cannot get fewer than 0 dots."))
        if count:
            dots[card_id] = count
    total = sum(dots.values())
    if total == 0:
        raise AnswerRefused(N_("Please put at least one dot on a card."))
    if total > activity.dots:
        raise AnswerRefused(
            N_("You have {dots} dots, and you gave {total}. Take some away."),
            dots=activity.dots,
            total=total,
        )
    return Answer(name=check_name(given.name, needed=False), dots=dots)


def _check_postcard(activity: Activity, given: AnswerInput) -> Answer:
    if len(given.text) > MAX_RAW_CARD_CHARS:
        raise AnswerRefused(
            N_("A postcard holds at most {limit} characters."), limit=MAX_CARD_CHARS
        )
    text = clean_text(given.text)
    if not text:
        raise AnswerRefused(N_("Please write what you are grateful for."))
    if len(text) > MAX_CARD_CHARS:
        raise AnswerRefused(
            N_("A postcard holds at most {limit} characters."), limit=MAX_CARD_CHARS
        )
    return Answer(name=check_name(given.name, needed=True), text=text)


@dataclass(frozen=True)
class ActivityKind:
    key: str
    hidden_until_revealed: bool
    check: Callable[[Activity, AnswerInput], Answer]
    # the order of the answers once closed: by what was answered, never by who came first
    sort_key: Callable[[Answer], tuple[object, ...]]


KINDS: dict[str, ActivityKind] = {
    kind.key: kind
    for kind in (
        ActivityKind("placement", True, _check_placement, lambda a: (a.rung or 0, a.name or "")),
        ActivityKind(
            "dot_vote",
            True,
            _check_dots,
            lambda a: (sorted(a.dots.items()), a.name or ""),
        ),
        ActivityKind("postcards", False, _check_postcard, lambda a: (a.name or "", a.text)),
    )
}


def check_answer(activity: Activity, given: AnswerInput) -> Answer:
    """The answer as it will be stored (without its voice), or a ValidationError in plain words."""
    if not activity.open:
        raise AnswerRefused(CLOSED)
    return KINDS[activity.kind].check(activity, given)


def give_answer(activity: Activity, voice: str, answer: Answer) -> tuple[Answer, bool]:
    """Store ``answer`` as the voice's answer; True when it replaced an earlier one."""
    if not voice:
        raise ValueError("an answer needs its voice")  # a programming error
    answer.voice = voice
    for index, old in enumerate(activity.answers):
        if old.voice == voice:
            activity.answers[index] = answer
            return answer, True
    activity.answers.append(answer)
    return answer, False


def close_activity(activity: Activity, at: datetime) -> None:
    """No more answers: the voices go, the answers are put in an order of their content."""
    activity.closed_at = at
    for answer in activity.answers:
        answer.voice = ""
    activity.answers.sort(key=KINDS[activity.kind].sort_key)
