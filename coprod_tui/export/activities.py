"""What the group answered on their phones, as words: for the minutes and the facilitator's screens.

``activity_summary`` gives a heading and fact lines (no user text); ``activity_entries`` gives
the answers as (who, what) pairs, where "what" may be user text (a postcard, a card's text) that
each format escapes its own way.
"""

from __future__ import annotations

from coprod_tui.i18n import t
from coprod_tui.model import Session
from coprod_tui.model.activity import Activity
from coprod_tui.model.toolkit import LADDER_MODELS


def _clock(activity: Activity) -> str:
    opened = activity.opened_at.strftime("%H:%M")
    closed = activity.closed_at.strftime("%H:%M") if activity.closed_at else "…"
    return f"{opened}–{closed}"


def activity_title(activity: Activity) -> str:
    return {
        "placement": t("Placement round on the phones"),
        "dot_vote": t("Dot vote on the phones"),
        "postcards": t("Gratitude postcards from the phones"),
    }[activity.kind]


def answered_text(activity: Activity, of: int | None = None) -> str:
    """ "7 of 9 placed", "3 voted", "2 postcards" — how many phones have answered."""
    count = len(activity.answers)
    if of:
        if activity.kind == "placement":
            return t("{count} of {of} placed", count=count, of=of)
        if activity.kind == "dot_vote":
            return t("{count} of {of} voted", count=count, of=of)
        return t("{count} of {of} wrote a postcard", count=count, of=of)
    if activity.kind == "placement":
        return t("{count} placed", count=count)
    if activity.kind == "dot_vote":
        return t("{count} voted", count=count)
    return t("{count} wrote a postcard", count=count)


def activity_summary(activity: Activity) -> list[str]:
    """Fact lines: when, how many answered, how many anonymously, whether it was revealed."""
    anonymous = sum(1 for a in activity.answers if a.name is None)
    facts = [_clock(activity), answered_text(activity)]
    if anonymous and activity.kind != "postcards":
        facts.append(t("{count} anonymously", count=anonymous))
    if activity.kind == "dot_vote":
        facts.append(t("{dots} dots per phone", dots=activity.dots))
    if activity.kind != "postcards":
        facts.append(t("revealed") if activity.revealed else t("not revealed"))
    return [" · ".join(facts)]


def activity_entries(session: Session, activity: Activity) -> list[tuple[str, str]]:
    """(label, text) per line of result. Placements: per rung, the count and the names given;
    a vote: per card, its dots and its text; postcards: who and the postcard."""
    if activity.kind == "placement":
        model = LADDER_MODELS[activity.ladder_model]
        counts = activity.rung_counts()
        entries = []
        for rung in reversed(model.rungs):
            if not counts[rung.number]:
                continue
            names = [a.name for a in activity.answers if a.rung == rung.number and a.name]
            anonymous = counts[rung.number] - len(names)
            who = names + ([t("{count} anonymously", count=anonymous)] if anonymous else [])
            entries.append((f"{rung.number} {rung.label}: {counts[rung.number]}", ", ".join(who)))
        return entries
    if activity.kind == "dot_vote":
        totals = activity.dot_totals()
        texts = {card.id: card.text for card in session.cards}
        ranked = sorted(activity.options, key=lambda card_id: -totals[card_id])
        return [
            (dots_text(totals[card_id]), texts.get(card_id, t("(card removed)")))
            for card_id in ranked
        ]
    return [(a.name or t("anonymous"), a.text) for a in activity.answers]


def dots_text(count: int) -> str:
    return t("1 dot") if count == 1 else t("{count} dots", count=count)


def activities_text_lines(session: Session) -> list[str]:
    """The plain-text minutes section."""
    if not session.activities:
        return []
    lines = ["", t("On the phones")]
    for activity in session.activities:
        lines.append(f"  {activity_title(activity)} · " + " · ".join(activity_summary(activity)))
        for label, text in activity_entries(session, activity):
            text = text.replace("\n", "\n        ")
            lines.append(f"    - {label}" + (f" — {text}" if text else ""))
    return lines
