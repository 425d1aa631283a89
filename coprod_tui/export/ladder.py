"""The ladder reflection as text: the median in words, placements per rung, reflections.

Used by the minutes text (report.py) and the ladder screen; no Textual here.
"""

from __future__ import annotations

import math

from coprod_tui.i18n import t
from coprod_tui.model import Reflection, Session
from coprod_tui.model.ladder import format_median, rung_counts
from coprod_tui.model.toolkit import LADDER_MODELS, LadderModel


def median_text(model: LadderModel, median: float | None) -> str:
    """ "6 Co-designing", or "5.5, between Engaging and Co-designing"."""
    if median is None:
        return "—"
    if median.is_integer():
        return f"{format_median(median)} {model.rung(int(median)).label}"
    low, high = model.rung(math.floor(median)), model.rung(math.ceil(median))
    return t(
        "{median}, between {low} and {high}",
        median=format_median(median),
        low=low.label,
        high=high.label,
    )


def placements_text(count: int) -> str:
    return t("1 placement") if count == 1 else t("{count} placements", count=count)


def rung_text(model: LadderModel, rung: int) -> str:
    return f"{rung} {model.rung(rung).label}"


def who(name: str | None) -> str:
    return name if name else t("anonymous")


def reflection_title(reflection: Reflection) -> str:
    if reflection.kind == "personal":
        return t("Personal reflection")
    if reflection.example_of == "with":
        return t("Example of doing WITH")
    if reflection.example_of == "for":
        return t("Example of doing FOR")
    return t("Example")


def reflection_heading(reflection: Reflection) -> str:
    voice = t("as “I”") if reflection.voice == "I" else t("as “we”")
    return f"{reflection_title(reflection)} ({voice}) — {who(reflection.author)}"


def reflection_answers(reflection: Reflection) -> list[tuple[str, str]]:
    """(question, answer) pairs; the ladder question's answer starts with the rung, if given."""
    pairs = []
    for index, question in enumerate(reflection.questions()):
        answer = reflection.answers[index] if index < len(reflection.answers) else ""
        if index == 1 and reflection.kind == "example" and reflection.rung is not None:
            rung = rung_text(LADDER_MODELS[reflection.model], reflection.rung)
            answer = f"{rung} — {answer}" if answer else rung
        pairs.append((str(question), answer))
    return pairs


def reflection_lines(reflection: Reflection, indent: str = "") -> list[str]:
    lines = [indent + reflection_heading(reflection)]
    for question, answer in reflection_answers(reflection):
        text = answer.replace("\n", "\n" + indent + "      ") if answer else "—"
        lines.append(f"{indent}    {question}")
        lines.append(f"{indent}      {text}")
    return lines


def placement_lines(session: Session, model: LadderModel) -> list[str]:
    placements = session.placements_on(model.key)
    counts = rung_counts(placements)
    lines = [
        f"{model.label}: {placements_text(len(placements))}"
        f" · {t('median')} {median_text(model, session.ladder_median(model.key))}"
    ]
    for rung in reversed(model.rungs):
        if counts[rung.number]:
            names = ", ".join(who(p.participant) for p in placements if p.rung == rung.number)
            lines.append(f"  {rung.number} {rung.label}: {counts[rung.number]} — {names}")
    return lines


def ladder_minutes_lines(session: Session) -> list[str]:
    """The ladder part of the minutes text: placements per model (the meeting's first)."""
    lines: list[str] = []
    models = [LADDER_MODELS[session.ladder_model]] + [
        model for key, model in LADDER_MODELS.items() if key != session.ladder_model
    ]
    for model in models:
        if session.placements_on(model.key):
            lines += ["", *placement_lines(session, model)]
    if session.reflections:
        lines += ["", t("Reflections")]
        for reflection in session.reflections:
            lines += reflection_lines(reflection, indent="  ")
    return lines
