"""The ladder reflection in the meeting: placements, reflections, the ladder model, the trend."""

from __future__ import annotations

import contextlib

from coprod_tui.i18n import t
from coprod_tui.meeting.core import ChangeNotSaved, MeetingCore
from coprod_tui.model import LadderPlacement, Reflection, ValidationError, valid_name
from coprod_tui.model.ladder import TrendPoint, check_rung, trend_points
from coprod_tui.model.toolkit import LADDER_MODELS, LadderModel
from coprod_tui.store.files import StoreError


class LadderOps(MeetingCore):
    """Changes write only the meeting's own file; its index row (with the medians the trend of
    later meetings reads) is refreshed when the meeting is left, closed, or the app quits."""

    @property
    def ladder(self) -> LadderModel:
        """The ladder model this meeting (and its project) uses now."""
        return LADDER_MODELS[self.session.ladder_model]

    def placements(self) -> list[LadderPlacement]:
        """The placements on the current ladder model (those on the other model are kept aside)."""
        return self.session.placements_on()

    def placement_of(self, participant: str) -> LadderPlacement | None:
        return next((p for p in self.placements() if p.participant == participant), None)

    def place(self, rung: int, participant: str | None = None) -> LadderPlacement:
        """Place the project on ``rung`` for a participant, or anonymously (``None``).

        A named participant has one placement per ladder model: placing again changes it.
        Anonymous placements add up, one per placement.
        """
        self._check_writable()
        name = valid_name(participant)
        existing = self.placement_of(name) if name else None
        if existing is not None:
            existing.rung = check_rung(rung, existing.model)
            placement = existing
        else:
            placement = LadderPlacement(rung, name, model=self.session.ladder_model)
            self.session.placements.append(placement)
        self._changed("ladder")
        return placement

    def move_placement(self, placement_id: str, rung: int) -> LadderPlacement:
        self._check_writable()
        placement = self._placement(placement_id)
        placement.rung = check_rung(rung, placement.model)
        self._changed("ladder")
        return placement

    def remove_placement(self, placement_id: str) -> LadderPlacement:
        self._check_writable()
        placement = self._placement(placement_id)
        self.session.placements.remove(placement)
        self._changed("ladder")
        return placement

    def set_ladder_model(self, key: str) -> LadderModel:
        """Use another ladder model for the project (and this meeting); placements stay."""
        self._check_writable()
        if key not in LADDER_MODELS:
            raise ValidationError(t("unknown ladder model {key!r}", key=key))
        old = self.session.ladder_model
        self.session.ladder_model = key
        self.project.ladder_model = key
        try:
            self.store.save_project(self.project)
        except StoreError as error:
            self._undo(["ladder"])
            raise ChangeNotSaved(error) from error
        try:
            self._changed("ladder")
        except ChangeNotSaved:
            self.project.ladder_model = old  # the project back as its meeting is, if it can
            with contextlib.suppress(StoreError):
                self.store.save_project(self.project)
            self._undo([])
            raise
        self.save_summary()  # the index is written anyway; the row says which model it uses
        return self.ladder

    # --- reflections ---------------------------------------------------------------------
    def save_reflection(self, reflection: Reflection) -> Reflection:
        """Add a reflection, or replace the one with the same id."""
        self._check_writable()
        if reflection.empty:
            raise ValidationError(t("a reflection needs at least one answer"))
        reflections = self.session.reflections
        index = next((i for i, r in enumerate(reflections) if r.id == reflection.id), None)
        if index is None:
            reflections.append(reflection)
        else:
            reflections[index] = reflection
        self._changed("ladder")
        return reflection

    def remove_reflection(self, reflection_id: str) -> Reflection:
        self._check_writable()
        reflection = self.reflection(reflection_id)
        if reflection is None:
            raise KeyError(reflection_id)
        self.session.reflections.remove(reflection)
        self._changed("ladder")
        return reflection

    def reflection(self, reflection_id: str) -> Reflection | None:
        return next((r for r in self.session.reflections if r.id == reflection_id), None)

    # --- the trend -----------------------------------------------------------------------
    def ladder_trend(self) -> tuple[list[TrendPoint], int]:
        """Median per meeting of this project on the current model, oldest first, this one last;
        and how many earlier meetings were placed only on the other model."""
        rows = self.store.summaries(self.session.project_id)
        return trend_points(rows, self.session, self.session.ladder_model)

    def _placement(self, placement_id: str) -> LadderPlacement:
        placement = next((p for p in self.session.placements if p.id == placement_id), None)
        if placement is None:
            raise KeyError(placement_id)
        return placement
