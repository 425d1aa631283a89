"""``Meeting``: the operations of every tool on one open meeting, combined."""

from coprod_tui.meeting.agenda import AgendaOps
from coprod_tui.meeting.cards import CardOps
from coprod_tui.meeting.gratitude import GratitudeOps


class Meeting(AgendaOps, CardOps, GratitudeOps):
    """One open meeting of a project."""
