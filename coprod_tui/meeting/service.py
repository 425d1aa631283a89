"""``Meeting``: the operations of every tool on one open meeting, combined."""

from pathlib import Path

from coprod_tui.meeting.actions import ActionOps
from coprod_tui.meeting.activities import ActivityOps
from coprod_tui.meeting.agenda import AgendaOps
from coprod_tui.meeting.cards import CardOps
from coprod_tui.meeting.gratitude import GratitudeOps
from coprod_tui.meeting.ladder import LadderOps
from coprod_tui.meeting.on_show import OnShowOps
from coprod_tui.meeting.people import PeopleOps
from coprod_tui.meeting.readiness import ReadinessOps


class Meeting(
    AgendaOps,
    CardOps,
    GratitudeOps,
    ReadinessOps,
    ActionOps,
    LadderOps,
    PeopleOps,
    OnShowOps,
    ActivityOps,
):
    """One open meeting of a project."""

    def close(self) -> Path:
        """Close the meeting; what is open on the phones closes first (its answers count)."""
        self._check_writable()
        self.close_open_activity()
        return super().close()
