"""The words of the room view, the same in the terminal (``coprod room``) and the browser.

Each function takes the translation to use: ``t`` in the terminal (the app's language), the
phone page's per-request ``translate`` in the browser (the viewer's language).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from coprod_tui.i18n import t
from coprod_tui.meeting.room import (
    RoomState,
    ShownAction,
    ShownCard,
    ShownTally,
    ShownTurn,
)

Translate = Callable[..., str]
WARNING_SECONDS = 10
BAR_CELLS = 24

# What the view shows, by the kind of thing on show.
WAITING, TITLE, CARD, ACTION, TURN, TALLY = "waiting", "title", "card", "action", "turn", "tally"


def header(state: RoomState) -> str:
    return " · ".join(part for part in (state.project, state.meeting) if part)


def item_line(state: RoomState, tr: Translate = t) -> str:
    item = state.item
    if item is None:
        return ""
    return tr(
        "{number} · {title}  ·  {used} of {planned} min",
        number=item.number,
        title=item.title,
        used=int(item.used_seconds // 60),
        planned=item.planned_minutes,
    )


def shown_seconds(seconds_left: float) -> int:
    """What the digits show: whole seconds, rounded up (as the app's countdown)."""
    return max(0, math.ceil(seconds_left - 1e-6))


def turn_words(tr: Translate = t) -> dict[str, str]:
    return {
        "time": "■ " + tr("time"),
        "paused": "‖ " + tr("paused"),
        "last": "▲ " + tr("last {n} seconds", n=WARNING_SECONDS),
    }


def turn_state(turn: ShownTurn, seconds: int, tr: Translate = t) -> str:
    words = turn_words(tr)
    if seconds == 0:
        return words["time"]
    if not turn.running:
        return words["paused"]
    if seconds <= WARNING_SECONDS:
        return words["last"]
    return ""


def action_lines(action: ShownAction, tr: Translate = t) -> list[str]:
    lines = []
    if action.who:
        lines.append(tr("who: {who}", who=action.who))
    if action.by_when:
        lines.append(tr("by: {date}", date=action.by_when))
    if action.how_known:
        lines.append(tr("we will know by: {how}", how=action.how_known))
    return lines


def tally_lines(tally: ShownTally, tr: Translate = t) -> tuple[str, list[str]]:
    """(heading, lines) of a phone activity: the count, then the results once revealed."""
    if tally.kind == "placement":
        heading = tr("Where are we on the ladder?")
        if tally.expected:
            count = tr("{n} of {total} placed", n=tally.answered, total=tally.expected)
        else:
            count = tr("{n} placed", n=tally.answered)
    else:
        heading = tr("Dot vote")
        count = tr("{n} voted", n=tally.answered)
    if not tally.revealed:
        return heading, [count, "", tr("The results follow when everyone has answered.")]
    most = max((n for _, n in tally.rows), default=0)
    width = max((len(label) for label, _ in tally.rows), default=0)
    lines = [count, ""]
    for label, n in tally.rows:
        bar = "█" * (round(BAR_CELLS * n / most) if most else 0)
        lines.append(f"{label.ljust(width)}  {bar} {n}".rstrip() if n else label)
    return heading, lines


def view(state: RoomState, tr: Translate = t) -> dict[str, Any]:
    """Everything the browser's room view shows, as words (its script only places them)."""
    out: dict[str, Any] = {
        "view": WAITING,
        "header": header(state),
        "item": item_line(state, tr),
        "big": "",
        "byline": "",
        "lines": [],
        "seconds_left": None,
        "running": False,
        "words": turn_words(tr),
    }
    if state.waiting:
        out["big"] = "coprod"
        out["lines"] = [tr("Waiting for the meeting …"), state.problem]
        return out
    shown = state.shown
    if isinstance(shown, ShownCard):
        out.update(view=CARD, big=shown.text, byline=f"— {shown.author}" if shown.author else "")
    elif isinstance(shown, ShownAction):
        out.update(view=ACTION, byline=tr("We agree:"), big=shown.what)
        out["lines"] = action_lines(shown, tr)
    elif isinstance(shown, ShownTurn):
        out.update(view=TURN, big=shown.participant)
        out.update(seconds_left=shown.seconds_left, running=shown.running)
        out["lines"] = [turn_state(shown, shown_seconds(shown.seconds_left), tr)]
    elif isinstance(shown, ShownTally):
        heading, lines = tally_lines(shown, tr)
        out.update(view=TALLY, big=heading, lines=lines)
    else:
        out.update(view=TITLE, big=state.project or state.meeting)
        out["lines"] = [state.meeting] if state.project else []
    return out
