"""The readiness check in words: answers, spreads, levels, the change since an earlier check,
and the check's part of the plain-text minutes. No Textual here; the screen uses these too."""

from __future__ import annotations

from coprod_tui.i18n import t
from coprod_tui.model import Action, ReadinessAnswer, ReadinessCheck, Session
from coprod_tui.model.readiness import (
    PrincipleChange,
    PrincipleScore,
    Question,
    Spread,
    direction,
    linked_actions,
    principle_scores,
    settled,
    spread,
)
from coprod_tui.model.toolkit import ACTION_STATUSES, READINESS_SCALE, key_element

# A mark per answer, so the spread reads without colour: ● yes ◐ partly ○ not yet ? don't know.
MARKS = {"yes": "●", "partly": "◐", "not_yet": "○", "dont_know": "?"}
ARROWS = {1: "↑", -1: "↓", 0: "="}


def answer_label(value: str | None) -> str:
    return str(READINESS_SCALE[value]) if value in READINESS_SCALE else "—"


def principle_label(principle: str) -> str:
    return str(key_element(principle).label)


def legend() -> str:
    """ "● yes  ◐ partly  ○ not yet  ? don't know  · not answered" """
    marks = [f"{MARKS[value]} {answer_label(value)}" for value in MARKS]
    return "  ".join([*marks, "· " + t("not answered")])


def answerer(answer: ReadinessAnswer) -> str:
    """Who gave an answer, in words: the group, a name, or anonymous."""
    if not answer.individual:
        return t("the group")
    return answer.participant or t("anonymous")


def spread_text(result: Spread) -> str:
    """ "yes 2 · partly 4 · not yet 1 (2 anonymous)", or "" without individual answers."""
    parts = [f"{answer_label(value)} {count}" for value, count in result.counts if count]
    if not parts:
        return ""
    text = " · ".join(parts)
    if result.anonymous:
        text += " " + t("({count} anonymous)", count=result.anonymous)
    return text


def spread_marks(result: Spread) -> str:
    """ "●2 ◐4 ○1" — the spread in a table cell."""
    return " ".join(f"{MARKS[value]}{count}" for value, count in result.counts if count)


def level_text(score: PrincipleScore) -> str:
    return answer_label(score.level) if score.level else t("no score yet")


def answered_text(score: PrincipleScore) -> str:
    """ "4 of 5 answered · 3 gaps" """
    text = t("{answered} of {total} answered", answered=score.answered, total=score.questions)
    if score.gaps:
        text += " · " + (t("1 gap") if score.gaps == 1 else t("{count} gaps", count=score.gaps))
    return text


def score_text(score: PrincipleScore) -> str:
    """ "partly · 4 of 5 answered · 3 gaps" """
    return f"{level_text(score)} · {answered_text(score)}"


def change_words(change: PrincipleChange) -> str:
    """The change of one principle since the earlier check, without the principle's name."""
    before, now = answer_label(change.before), answer_label(change.now)
    values = {"before": before, "now": now, "total": change.questions}
    if change.before is None and change.now is None:
        return t("not answered either time")
    if change.before is None:
        return t("{now} (not answered last time)", **values)
    if change.now is None:
        return t("not answered yet (last time: {before})", **values)
    if change.direction == 1:
        return t("up from {before} to {now} on {up} of {total}", up=change.up, **values)
    if change.direction == -1:
        return t("down from {before} to {now} on {down} of {total}", down=change.down, **values)
    if change.up and change.down:
        return t(
            "still {now}; up on {up}, down on {down} of {total}",
            up=change.up,
            down=change.down,
            **values,
        )
    if change.up:
        return t("still {now}; up on {up} of {total}", up=change.up, **values)
    if change.down:
        return t("still {now}; down on {down} of {total}", down=change.down, **values)
    return t("still {now}", **values)


def change_text(change: PrincipleChange) -> str:
    """ "Mutuality: up from partly to yes on 2 of 5" """
    return f"{principle_label(change.principle)}: {change_words(change)}"


def arrow(change: PrincipleChange | None) -> str:
    if change is None or change.direction is None:
        return " "
    return ARROWS[change.direction]


def question_change_text(before: str | None, now: str | None, when: str) -> str:
    """ "↑ since 2026-10-06: not yet → partly" """
    step = direction(before, now)
    mark = ARROWS[step] + " " if step is not None else ""
    return mark + t(
        "since {date}: {before} → {now}",
        date=when,
        before=answer_label(before),
        now=answer_label(now),
    )


def action_text(action: Action) -> str:
    """ "Talk about give and take (open)" """
    return f"{' '.join(action.what.split())} ({ACTION_STATUSES[action.status]})"


def answer_line(answer: ReadinessAnswer) -> str:
    """ "Jan: partly — the kitchen staff less" """
    line = f"{answerer(answer)}: {answer_label(answer.value)}"
    return f"{line} — {answer.note}" if answer.note else line


def question_lines(
    check: ReadinessCheck, question: Question, actions: list[Action], indent: str
) -> list[str]:
    """One question of a check in the minutes: the answers with their notes, the actions."""
    mark = MARKS.get(settled(check, question.key) or "", "·")
    own = f" ({t('our own question')})" if question.own else ""
    lines = [f"{indent}{mark} {question.text}{own}"]
    more = indent + "    "
    agreed = check.group_answer(question.key)
    if agreed is not None:
        lines.append(more + answer_line(agreed).replace("\n", "\n" + more + "  "))
    individual = check.individual_answers(question.key)
    if individual:
        lines.append(more + t("each person: {spread}", spread=spread_text(spread(individual))))
        lines += [more + "  " + answer_line(a).replace("\n", " ") for a in individual]
    for action in linked_actions(actions, question.key):
        lines.append(more + "→ " + t("action: {action}", action=action_text(action)))
    return lines


def readiness_body(session: Session) -> list[str]:
    """The check in lines: the legend, each principle's score, then its questions."""
    check = session.readiness
    if check is None:
        return []
    lines = ["  " + legend()]
    for score in principle_scores(check):
        lines.append(f"  {principle_label(score.principle)} — {score_text(score)}")
        for question in check.questions(score.principle):
            lines += question_lines(check, question, session.actions, "    ")
    return lines


def readiness_lines(session: Session) -> list[str]:
    """The check's part of the plain-text minutes (nothing when the meeting held none)."""
    body = readiness_body(session)
    return ["", t("Readiness check"), *body] if body else []
