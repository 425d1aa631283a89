"""The readiness check: answers to the toolkit's questions per key principle, and what they add
up to — the spread per question, a score per principle for the diagram, the gaps, the change
since an earlier check.

An answer names its question, a value on the scale, a note of why, and where it came from:
``source`` "group" is the group's agreed answer (one per question); every other source is one
person's own answer ("person": recorded on the facilitator's screen; "phone": from the phone
page), named (``participant``) or anonymous (``None``: nothing says who). The rules below only
ask "the group's answer or one person's?", so another source of answers needs no change here.
"""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

from coprod_tui.i18n import t
from coprod_tui.model.action import Action
from coprod_tui.model.common import (
    PlainData,
    ValidationError,
    clean_line,
    clean_text,
    new_id,
    one_of,
)
from coprod_tui.model.toolkit import (
    KEY_ELEMENT_KEYS,
    READINESS_QUESTIONS,
    READINESS_SCALE,
    Label,
)

SCALE = tuple(READINESS_SCALE)  # yes, partly, not_yet, dont_know
SCORES = {"yes": 2, "partly": 1, "not_yet": 0}  # "don't know" is answered, but has no score
TOP_SCORE = 2
GROUP = "group"
SOURCES = (GROUP, "person", "phone")
GAP_VALUES = ("partly", "not_yet", "dont_know")
MAX_NOTE_CHARS = 2000
MAX_QUESTION_CHARS = 300
MAX_OWN_QUESTIONS = 5  # per principle


@dataclass(frozen=True)
class Question:
    """A question of the check: the toolkit's (``label``) or the group's own (``own_text``)."""

    key: str
    principle: str
    label: Label | None = None
    own_text: str = ""

    @property
    def own(self) -> bool:
        return self.label is None

    @property
    def text(self) -> str:
        return str(self.label) if self.label is not None else self.own_text


TOOLKIT_QUESTIONS = tuple(Question(q.key, q.principle, q.label) for q in READINESS_QUESTIONS)


def check_own_question_text(text: str) -> str:
    text = clean_line(text)
    if not text:
        raise ValidationError(t("a question needs some text"))
    if len(text) > MAX_QUESTION_CHARS:
        raise ValidationError(
            t(
                "a question holds at most {limit} characters; this one has {count}",
                limit=MAX_QUESTION_CHARS,
                count=len(text),
            )
        )
    return text


@dataclass
class OwnQuestion(PlainData):
    """A question the group adds to a principle for its project (later checks ask it too)."""

    principle: str
    text: str
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        one_of(self.principle, KEY_ELEMENT_KEYS, "key element")
        self.text = check_own_question_text(self.text)

    def question(self) -> Question:
        return Question(self.id, self.principle, own_text=self.text)


@dataclass
class ReadinessAnswer(PlainData):
    question: str  # a Question's key
    value: str  # one of SCALE
    note: str = ""  # why
    source: str = GROUP
    participant: str | None = None  # an individual answer's name; None: the group, or anonymous
    at: datetime | None = None
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        one_of(self.value, SCALE, "answer")
        one_of(self.source, SOURCES, "source of an answer")
        self.note = clean_text(self.note)
        if len(self.note) > MAX_NOTE_CHARS:
            raise ValidationError(
                t(
                    "a note holds at most {limit} characters; this one has {count}",
                    limit=MAX_NOTE_CHARS,
                    count=len(self.note),
                )
            )
        self.participant = clean_line(self.participant) or None if self.participant else None
        if self.source == GROUP and self.participant is not None:
            raise ValidationError(t("the group's answer belongs to no one participant"))

    @property
    def individual(self) -> bool:
        return self.source != GROUP


@dataclass
class ReadinessCheck(PlainData):
    """One check in a meeting: the group's own questions and every answer given."""

    started_at: datetime | None = None
    own_questions: list[OwnQuestion] = field(default_factory=list)
    answers: list[ReadinessAnswer] = field(default_factory=list)
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        keys = {q.key for q in self.questions()}
        for answer in self.answers:
            if answer.question not in keys:
                raise ValidationError(f"an answer to an unknown question {answer.question!r}")

    # --- questions -------------------------------------------------------------------------
    def questions(self, principle: str | None = None) -> list[Question]:
        """The toolkit's questions, each principle's own questions after its toolkit ones."""
        own = [q.question() for q in self.own_questions]
        ordered = [
            question
            for key in KEY_ELEMENT_KEYS
            for question in (*TOOLKIT_QUESTIONS, *own)
            if question.principle == key
        ]
        return [q for q in ordered if principle is None or q.principle == principle]

    def question(self, key: str) -> Question | None:
        return next((q for q in self.questions() if q.key == key), None)

    def own_question(self, question_id: str) -> OwnQuestion | None:
        return next((q for q in self.own_questions if q.id == question_id), None)

    # --- answers ---------------------------------------------------------------------------
    def answers_to(self, key: str) -> list[ReadinessAnswer]:
        return [a for a in self.answers if a.question == key]

    def group_answer(self, key: str) -> ReadinessAnswer | None:
        return next((a for a in self.answers_to(key) if not a.individual), None)

    def individual_answers(self, key: str) -> list[ReadinessAnswer]:
        return [a for a in self.answers_to(key) if a.individual]

    def answer_of(self, key: str, participant: str) -> ReadinessAnswer | None:
        """A named participant's own answer to a question (from any source)."""
        wanted = participant.casefold()
        return next(
            (
                a
                for a in self.individual_answers(key)
                if a.participant and a.participant.casefold() == wanted
            ),
            None,
        )

    def record(self, answer: ReadinessAnswer) -> ReadinessAnswer:
        """Add an answer, or replace the one it takes the place of: the same id, the group's
        earlier answer to the question, or the same participant's. Anonymous answers add up."""
        if answer.question not in {q.key for q in self.questions()}:
            raise ValidationError(t("there is no such question in this check"))
        replaced = next((a for a in self.answers if a.id == answer.id), None)
        if replaced is None and not answer.individual:
            replaced = self.group_answer(answer.question)
        elif replaced is None and answer.participant:
            replaced = self.answer_of(answer.question, answer.participant)
        if replaced is None:
            self.answers.append(answer)
        else:
            self.answers[self.answers.index(replaced)] = answer
        return answer

    def remove_answer(self, answer_id: str) -> ReadinessAnswer:
        answer = next((a for a in self.answers if a.id == answer_id), None)
        if answer is None:
            raise KeyError(answer_id)
        self.answers.remove(answer)
        return answer

    def answered(self, key: str) -> bool:
        return bool(self.answers_to(key))


# --- what the answers add up to ------------------------------------------------------------
@dataclass(frozen=True)
class Spread:
    """How the individual answers to one question are spread over the scale."""

    counts: tuple[tuple[str, int], ...]  # (value, count) for each value of SCALE, in order
    anonymous: int = 0

    @property
    def total(self) -> int:
        return sum(count for _, count in self.counts)

    def count(self, value: str) -> int:
        return dict(self.counts).get(value, 0)

    @property
    def disagree(self) -> bool:
        """More than one scored value among the answers: worth talking about."""
        return sum(1 for value, count in self.counts if count and value in SCORES) > 1


def spread(answers: list[ReadinessAnswer]) -> Spread:
    individual = [a for a in answers if a.individual]
    counts = Counter(a.value for a in individual)
    return Spread(
        tuple((value, counts[value]) for value in SCALE),
        sum(1 for a in individual if a.participant is None),
    )


def level(score: float | None) -> str | None:
    """A score from 0 (not yet) to 2 (yes) in words of the scale: where it comes closest."""
    if score is None:
        return None
    if score >= 1.5:
        return "yes"
    return "partly" if score >= 0.5 else "not_yet"


def question_score(check: ReadinessCheck, key: str) -> float | None:
    """The group's agreed answer, else the mean of the individual answers (don't know: none)."""
    agreed = check.group_answer(key)
    if agreed is not None:
        return SCORES.get(agreed.value)
    scores = [SCORES[a.value] for a in check.individual_answers(key) if a.value in SCORES]
    return statistics.fmean(scores) if scores else None


def settled(check: ReadinessCheck, key: str) -> str | None:
    """What the check says on a question, in one word of the scale (None: not answered)."""
    agreed = check.group_answer(key)
    if agreed is not None:
        return agreed.value
    score = question_score(check, key)
    if score is not None:
        return level(score)
    return "dont_know" if check.answered(key) else None


@dataclass(frozen=True)
class PrincipleScore:
    principle: str
    questions: int
    answered: int
    score: float | None  # 0 … TOP_SCORE, the mean of the scored questions
    gaps: int  # questions settled on partly, not yet or don't know

    @property
    def level(self) -> str | None:
        return level(self.score)

    @property
    def fraction(self) -> float | None:
        return None if self.score is None else self.score / TOP_SCORE


def principle_score(check: ReadinessCheck, principle: str) -> PrincipleScore:
    questions = check.questions(principle)
    values = [settled(check, q.key) for q in questions]
    scores = [s for s in (question_score(check, q.key) for q in questions) if s is not None]
    return PrincipleScore(
        principle,
        len(questions),
        sum(value is not None for value in values),
        statistics.fmean(scores) if scores else None,
        sum(value in GAP_VALUES for value in values),
    )


def principle_scores(check: ReadinessCheck | None) -> list[PrincipleScore]:
    """One score per principle, in the toolkit's order (an empty check scores nothing)."""
    check = check or ReadinessCheck()
    return [principle_score(check, key) for key in KEY_ELEMENT_KEYS]


def gaps(check: ReadinessCheck) -> list[Question]:
    """The questions answered partly, not yet or don't know: where actions may help."""
    return [q for q in check.questions() if settled(check, q.key) in GAP_VALUES]


def weak_principles(check: ReadinessCheck) -> list[str]:
    """The principles with gaps, weakest first (lowest score; unscored ones last)."""
    scores = [s for s in principle_scores(check) if s.gaps]
    scores.sort(
        key=lambda s: (s.score is None, s.score or 0.0, KEY_ELEMENT_KEYS.index(s.principle))
    )
    return [s.principle for s in scores]


# --- the change since an earlier check -----------------------------------------------------
def direction(before: str | None, now: str | None) -> int | None:
    """+1 up, -1 down, 0 the same; None when either side has no score to compare."""
    if before not in SCORES or now not in SCORES:
        return None
    return (SCORES[now] > SCORES[before]) - (SCORES[now] < SCORES[before])


@dataclass(frozen=True)
class PrincipleChange:
    principle: str
    before: str | None  # the principle's level in the earlier check
    now: str | None
    up: int  # questions whose answer went up
    down: int
    questions: int  # questions of the principle now

    @property
    def direction(self) -> int | None:
        return direction(self.before, self.now)


def principle_change(
    before: ReadinessCheck, now: ReadinessCheck, principle: str
) -> PrincipleChange:
    steps = [
        direction(settled(before, q.key), settled(now, q.key)) for q in now.questions(principle)
    ]
    return PrincipleChange(
        principle,
        principle_score(before, principle).level,
        principle_score(now, principle).level,
        steps.count(1),
        steps.count(-1),
        len(steps),
    )


def principle_changes(before: ReadinessCheck, now: ReadinessCheck) -> list[PrincipleChange]:
    return [principle_change(before, now, key) for key in KEY_ELEMENT_KEYS]


def linked_actions(actions: list[Action], key: str) -> list[Action]:
    """The actions the group set for a question of a check (its gap → action)."""
    return [a for a in actions if a.readiness_question == key]
