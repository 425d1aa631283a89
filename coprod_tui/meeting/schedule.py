"""The meeting's time at a glance, computed from the stored timestamps at a given moment.

Pure functions (no Textual): totals planned and used, the projected end and how late it is,
and the text of the agenda's time cells, so the screen and the tests read the same words.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta

from coprod_tui.i18n import t
from coprod_tui.model import AgendaItem, Session
from coprod_tui.model.clock import format_mm_ss

NOT_STARTED = "—"


@dataclass(frozen=True)
class Schedule:
    planned_seconds: float
    used_seconds: float
    remaining_seconds: float  # planned time still to come (items not done, minus what they used)
    planned_end: datetime | None  # start + total planned; None before the start
    projected_end: datetime | None  # now + remaining (the close when closed)

    @property
    def late_seconds(self) -> float:
        """How much later than planned the meeting will end (negative: earlier)."""
        if self.projected_end is None or self.planned_end is None:
            return 0.0
        return (self.projected_end - self.planned_end).total_seconds()


def schedule(session: Session, at: datetime) -> Schedule:
    if session.closed_at is not None:
        at = session.closed_at
    planned = sum(item.planned_minutes * 60 for item in session.agenda)
    used = sum(item.used_seconds(at) for item in session.agenda)
    remaining = sum(
        max(0.0, item.planned_minutes * 60 - item.used_seconds(at))
        for item in session.agenda
        if not item.done
    )
    if session.started_at is None:
        return Schedule(planned, used, remaining, None, None)
    planned_end = session.started_at + timedelta(seconds=planned)
    projected_end = at if session.closed else at + timedelta(seconds=remaining)
    return Schedule(planned, used, remaining, planned_end, projected_end)


# --- the words of the agenda table --------------------------------------------------------------
def minutes_text(minutes: int) -> str:
    return t("{minutes} min", minutes=minutes)


def shows_live(item: AgendaItem, session: Session) -> bool:
    """Is this item's time shown to the second (current, or started and not finished)?"""
    return not session.closed and item.started and not item.done


def overrun_minutes(item: AgendaItem, at: datetime, live: bool) -> int:
    """Whole minutes over plan as shown: any second over counts while live; else rounded."""
    over = item.overrun_seconds(at)
    if over <= 0:
        return 0
    if live:
        return math.ceil(over / 60)
    return max(0, round(item.used_seconds(at) / 60) - item.planned_minutes)


def used_text(item: AgendaItem, session: Session, at: datetime) -> str:
    """``—`` before it started, ``3:12`` while it runs, ``12 min`` when done; ``+3 min`` over."""
    if session.closed_at is not None:
        at = session.closed_at
    if not item.started:
        return NOT_STARTED
    live = shows_live(item, session)
    if live:
        used = format_mm_ss(int(item.used_seconds(at)))
    else:
        used = minutes_text(round(item.used_seconds(at) / 60))
    over = overrun_minutes(item, at, live)
    return f"{used} +{minutes_text(over)}" if over else used


def state_text(item: AgendaItem, session: Session) -> str:
    if item.id == session.current_item and not session.closed:
        return t("paused") if session.paused_at is not None else t("running")
    if item.done:
        return t("done")
    if item.started:
        return t("started")
    return ""


def time_of_day(moment: datetime, at: datetime) -> str:
    """HH:MM in the time zone of ``at`` (the clock's, i.e. the room's)."""
    return moment.astimezone(at.tzinfo).strftime("%H:%M")


def late_text(seconds: float) -> str:
    minutes = round(seconds / 60)
    if minutes > 0:
        return t("+{minutes} min late", minutes=minutes)
    if minutes < 0:
        return t("{minutes} min early", minutes=-minutes)
    return t("on time")


def clock_text(session: Session, at: datetime, *, compact: bool = False) -> str:
    """The right side of the agenda header: started, now, projected end and how late."""
    if session.started_at is None:
        return t("not started")
    plan = schedule(session, at)
    started = time_of_day(session.started_at, at)
    if session.closed_at is not None:
        closed = time_of_day(session.closed_at, at)
        return t(
            "started {started} · closed {closed} ({late})",
            started=started,
            closed=closed,
            late=late_text(plan.late_seconds),
        )
    if session.paused_at is not None:
        return t(
            "started {started} · paused {paused} · {left} to go",
            started=started,
            paused=time_of_day(session.paused_at, at),
            left=minutes_text(math.ceil(plan.remaining_seconds / 60)),
        )
    end = time_of_day(plan.projected_end, at) if plan.projected_end else "?"
    values = {
        "started": started,
        "now": time_of_day(at, at),
        "end": end,
        "late": late_text(plan.late_seconds),
    }
    if compact:
        return t("start {started} · now {now} · end ~{end} ({late})", **values)
    return t("started {started} · now {now} · ends ~{end} ({late})", **values)


def totals_text(session: Session, at: datetime) -> str:
    """Total planned vs used, and where the meeting is."""
    plan = schedule(session, at)
    parts = [
        t("planned {planned}", planned=minutes_text(round(plan.planned_seconds / 60))),
        t("used {used}", used=minutes_text(round(plan.used_seconds / 60))),
    ]
    agenda = session.agenda
    current = session.item(session.current_item)
    if current is not None:
        parts.append(
            t("item {number} of {count}", number=agenda.index(current) + 1, count=len(agenda))
        )
    done = sum(item.done for item in agenda)
    parts.append(t("{done} of {count} done", done=done, count=len(agenda)))
    if session.closed:
        parts.append(t("closed (read-only)"))
    elif session.paused_at is not None:
        parts.append(t("PAUSED: space resumes"))
    elif session.status == "running":
        parts.append(t("running"))
    else:
        parts.append(t("not started: space starts"))
    return " · ".join(parts)
