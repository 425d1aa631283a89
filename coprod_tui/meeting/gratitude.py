"""The gratitude round's record and the gratitude postcards, kept in the session."""

from __future__ import annotations

from coprod_tui.i18n import t
from coprod_tui.meeting.core import MeetingCore
from coprod_tui.model import GratitudeShare, Postcard, ValidationError
from coprod_tui.model.card import MAX_CARD_CHARS, MAX_NAME_CHARS
from coprod_tui.model.common import clean_line, clean_text
from coprod_tui.model.gratitude_round import GratitudeRound

THINGS_PER_SHARE = 3


def _check_text(text: str) -> str:
    cleaned = clean_text(text)
    if len(cleaned) > MAX_CARD_CHARS:
        raise ValidationError(
            t(
                "This text is too long: at most {limit} characters, it has {count}.",
                limit=MAX_CARD_CHARS,
                count=len(cleaned),
            )
        )
    return cleaned


def _check_name(name: str) -> str:
    cleaned = clean_line(name)
    if not cleaned:
        raise ValidationError(t("A name is needed."))
    if len(cleaned) > MAX_NAME_CHARS:
        raise ValidationError(t("A name holds at most {limit} characters.", limit=MAX_NAME_CHARS))
    return cleaned


class GratitudeOps(MeetingCore):
    # --- the round -------------------------------------------------------------------------
    def gratitude_share(self, participant: str) -> GratitudeShare | None:
        return next((s for s in self.session.gratitude if s.participant == participant), None)

    def record_gratitude(
        self,
        participant: str,
        *,
        spoke_seconds: float,
        passed: bool,
        things: list[str] | None = None,
        allotted_seconds: float | None = None,
    ) -> GratitudeShare:
        """Store one participant's turn; a second record of the same person replaces the first
        in its place (the round went back to them)."""
        self._check_writable()
        name = _check_name(participant)
        if things is None:
            existing = self.gratitude_share(name)
            things = existing.things if existing else []
        share = GratitudeShare(
            participant=name,
            spoke_seconds=max(0.0, spoke_seconds),
            passed=passed,
            things=[_check_text(thing) for thing in things[:THINGS_PER_SHARE]],
            allotted_seconds=None if allotted_seconds is None else max(0.0, allotted_seconds),
        )
        self._replace_share(share)
        self._changed("gratitude")
        return share

    def keep_round(self, round_: GratitudeRound) -> None:
        """Store where the round stands (speaker, order, clocks as timestamps), so a restart,
        even after kill -9, carries on exactly there. A closed meeting keeps no round."""
        if self.read_only:
            return
        state = round_.state(self.clock())
        if state == self.session.gratitude_round:
            return
        self.session.gratitude_round = state
        self._changed("gratitude")

    def _replace_share(self, share: GratitudeShare) -> None:
        shares = self.session.gratitude
        for index, old in enumerate(shares):
            if old.participant == share.participant:
                share.id = old.id
                shares[index] = share
                return
        shares.append(share)

    # --- postcards -------------------------------------------------------------------------
    def postcard(self, participant: str) -> Postcard | None:
        return next((p for p in self.session.postcards if p.participant == participant), None)

    def write_postcard(self, participant: str, text: str) -> Postcard:
        """'Today I am grateful for …' from ``participant``; replaces their earlier postcard."""
        self._check_writable()
        name = _check_name(participant)
        cleaned = _check_text(text)
        if not cleaned:
            raise ValidationError(t("A postcard needs some text."))
        existing = self.postcard(name)
        if existing is not None:
            existing.text = cleaned
            card = existing
        else:
            card = Postcard(participant=name, text=cleaned)
            self.session.postcards.append(card)
        self._changed("gratitude")
        return card

    def remove_postcard(self, participant: str) -> None:
        self._check_writable()
        before = len(self.session.postcards)
        self.session.postcards = [p for p in self.session.postcards if p.participant != participant]
        if len(self.session.postcards) != before:
            self._changed("gratitude")
