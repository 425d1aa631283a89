"""Opportunity cards in the meeting: received from the spool or added by the facilitator."""

from __future__ import annotations

from coprod_tui.i18n import t
from coprod_tui.meeting.core import MeetingCore
from coprod_tui.model import Action, Card, ValidationError

# States a card is put in by hand; "action" is reached through card_to_action only.
MANUAL_CARD_STATES = ("new", "presented", "discussed", "parked")


class CardOps(MeetingCore):
    def receive_cards(self, cards: list[Card]) -> list[Card]:
        """Store cards that came in (idempotent by id: a card already here is not added twice)."""
        self._check_writable()
        have = {card.id for card in self.session.cards}
        fresh = []
        for card in cards:
            if card.id not in have:
                have.add(card.id)
                fresh.append(card)
        if fresh:
            self.session.cards.extend(fresh)
            self._changed("cards")
        return fresh

    def add_card(self, text: str, author: str | None = None) -> Card:
        """A paper card handed to the facilitator, typed in (no author: anonymous)."""
        self._check_writable()
        card = Card(text=text, author=author, received_at=self.clock(), source="app")
        self.session.cards.append(card)
        self._changed("cards")
        return card

    def set_card_state(self, card_id: str, state: str) -> Card:
        """new · presented · discussed · parked; a card that became an action stays one."""
        self._check_writable()
        card = self._card(card_id)
        if state not in MANUAL_CARD_STATES:
            raise ValueError(f"unknown card state {state!r}")
        if card.state == "action":
            raise ValidationError(
                t("this card became an action; change or drop the action in the action plan")
            )
        if card.state != state:
            card.state = state
            self._changed("cards")
        return card

    def card_to_action(self, card_id: str, element: str) -> Action:
        """Turn a card into an action of the action plan, with the card text filled in."""
        self._check_writable()
        card = self._card(card_id)
        if card.state == "action":
            raise ValidationError(t("this card is already an action in the action plan"))
        action = Action(
            element=element, what=card.text, card_id=card.id, origin_session=self.session.id
        )
        self.session.actions.append(action)
        card.state = "action"
        card.action_id = action.id
        self._changed("cards", "actions")
        return action

    def _card(self, card_id: str) -> Card:
        card = self.session.card(card_id)
        if card is None:
            raise KeyError(card_id)
        return card
