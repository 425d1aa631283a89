"""One line on the screen that owns a phone activity: what is open, who has answered, the keys.

"Placement round open on the phones · 7 of 9 placed (Jan, Els) · hidden until you reveal ·
r reveal · o close". Names appear only for those who gave one; the rest is a count.
"""

from __future__ import annotations

from coprod_tui.export.activities import answered_text
from coprod_tui.i18n import t
from coprod_tui.meeting import Meeting
from coprod_tui.tui.widgets.line import Line

MAX_NAMES_SHOWN = 6


def activity_words(meeting: Meeting | None, kind: str) -> str:
    """The line for ``kind`` ("placement", "dot_vote", "postcards") in this meeting."""
    if meeting is None or meeting.read_only:
        return ""
    activity = meeting.latest_activity(kind)
    opens = {
        "placement": t("o: open a placement round on the phones"),
        "dot_vote": t("o: open a dot vote on the phones (on the cards listed)"),
        "postcards": t("o: open the postcards on the phones"),
    }[kind]
    other = meeting.open_activity
    if activity is None or (not activity.open and other is not None):
        if other is not None and other.kind != kind:
            return t("Something else is open on the phones; close it on its own screen first.")
        return opens
    name = {
        "placement": t("Placement round"),
        "dot_vote": t("Dot vote"),
        "postcards": t("Postcards"),
    }[kind]
    participants = len(meeting.session.participants)
    parts = [
        t("{name} open on the phones", name=name)
        if activity.open
        else t("{name} closed", name=name)
    ]
    count = answered_text(activity, participants if activity.open else None)
    names = activity.named()
    if names:
        shown = ", ".join(names[:MAX_NAMES_SHOWN]) + ("…" if len(names) > MAX_NAMES_SHOWN else "")
        count += f" ({shown})"
    parts.append(count)
    if activity.hidden:
        parts.append(t("hidden until you reveal") + " · " + t("r reveal"))
    elif kind != "postcards":
        parts.append(t("shown"))
    parts.append(t("o close") if activity.open else opens)
    return " · ".join(parts)


class ActivityLine(Line):
    """Shows ``activity_words`` for one kind; repaints only when the words change."""

    def __init__(self, kind: str, **kwargs: object) -> None:
        super().__init__("", markup=False, **kwargs)  # type: ignore[arg-type]
        self.kind = kind

    def refresh_from(self, meeting: Meeting | None) -> None:
        words = activity_words(meeting, self.kind)
        self.display = bool(words)
        self.show(words)
