"""The circle of support: the people of a project, each in one of four circles, over time.

Circle 1 (co-producers) is the innermost. A member keeps every move with its time, so the
circle as it stood at any moment, and who moved inward since they joined, can be told. People
are named, never a job title or a group alone: ``name_warning`` says when an entry looks like
one (a warning, not a refusal: the facilitator may know better).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from coprod_tui.i18n import t
from coprod_tui.model.card import MAX_NAME_CHARS
from coprod_tui.model.common import PlainData, ValidationError, clean_line, new_id, now, one_of
from coprod_tui.model.toolkit import Label

MAX_ROLE_CHARS = 80


@dataclass(frozen=True)
class Ring:
    key: str
    number: int  # 1 is the innermost circle
    label: Label
    meaning: Label


RINGS = (
    Ring(
        "co_producers",
        1,
        Label("co-producers"),
        Label(
            "responsible for the result; give time, skills and expertise",
        ),
    ),
    Ring(
        "participants",
        2,
        Label("participants"),
        Label(
            "benefit from or help deliver the service, did not develop it; may become co-producers",
        ),
    ),
    Ring(
        "involved",
        3,
        Label("involved"),
        Label(
            "need to be informed and may give feedback (e.g. commissioners, managers)",
        ),
    ),
    Ring(
        "consulted",
        4,
        Label("consulted"),
        Label(
            "people whose advice you want to take into account",
        ),
    ),
)
RING_KEYS = tuple(ring.key for ring in RINGS)


def ring(key: str) -> Ring:
    for candidate in RINGS:
        if candidate.key == key:
            return candidate
    raise KeyError(key)


def ring_number(key: str) -> int:
    return ring(key).number


# --- names, not titles or groups -------------------------------------------------------------
def _word_list(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words that make an entry a group of people, in English and Dutch (plurals of titles too).
GROUP_WORDS = _word_list(
    """
    club group team staff committee board council department service organisation organization
    residents neighbours neighbors family families managers carers nurses doctors volunteers
    members clients parents students everyone everybody all people staffmembers
    groep raad cliëntenraad clientenraad bewonersraad ondernemingsraad commissie bestuur
    afdeling dienst organisatie vereniging stichting bewoners buren familie families managers
    mantelzorgers verpleegkundigen artsen vrijwilligers leden cliënten clienten ouders
    medewerkers iedereen allen alle mensen personeel kookgroep
    """
)
# Words that are a job title or a role on their own.
TITLE_WORDS = _word_list(
    """
    manager gp doctor dr nurse carer cook chef dietitian dietician commissioner coordinator
    director chair chairman chairwoman chairperson secretary volunteer resident neighbour
    neighbor client parent teacher therapist physio physiotherapist psychologist counsellor
    counselor councillor alderman officer advisor adviser consultant facilitator receptionist
    caretaker janitor head leader lead mayor pharmacist policeman policewoman warden
    huisarts arts dokter verpleegkundige verzorgende mantelzorger teamleider leidinggevende
    diëtist dietist wethouder directeur coördinator coordinator voorzitter secretaris
    vrijwilliger bewoner buurman buurvrouw cliënt client ouder leraar juf meester therapeut
    fysiotherapeut psycholoog begeleider ambtenaar adviseur consulent kok beheerder
    conciërge concierge burgemeester apotheker agent wijkagent wijkverpleegkundige
    casemanager zorgverlener hulpverlener opbouwwerker welzijnswerker maatschappelijk werker
    """
)
# Two-word titles, taken out before the words are looked at ("Ria team leader" is Ria).
TITLE_PHRASES = (
    "team leader",
    "social worker",
    "care worker",
    "support worker",
    "key worker",
    "case manager",
    "community worker",
    "maatschappelijk werker",
    "persoonlijk begeleider",
)
ARTICLES = _word_list("the a an our my de het een onze ons mijn")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*", re.UNICODE)


def _words(text: str) -> list[str]:
    return [word.replace("’", "'").removesuffix("'s") for word in _WORD.findall(text.casefold())]


def name_kind(name: str) -> str | None:
    """'group' when ``name`` looks like a group of people, 'title' when it looks like a job
    title alone, None when it looks like a person's name."""
    text = " " + " ".join(_words(name)) + " "
    for phrase in TITLE_PHRASES:  # "team leader" is one title, not a team
        text = text.replace(f" {phrase} ", " gp ")
    words = text.split()
    if any(word in GROUP_WORDS for word in words):
        return "group"
    rest = [word for word in words if word not in ARTICLES]
    if rest and all(word in TITLE_WORDS for word in rest):
        return "title"
    return None


def name_warning(name: str) -> str | None:
    """What to tell the facilitator when an entry is not a person's name, or None."""
    kind = name_kind(name)
    if kind == "group":
        return t('"{name}" is a group: name the people in it', name=name)
    if kind == "title":
        return t(
            '"{name}" looks like a job title: name the person (a role can go beside it)', name=name
        )
    return None


# --- the circle --------------------------------------------------------------------------------
@dataclass
class CircleMove(PlainData):
    """A member placed in ``ring`` at ``at`` (their first move is when they joined)."""

    ring: str
    at: datetime = field(default_factory=now)

    def __post_init__(self) -> None:
        one_of(self.ring, RING_KEYS, "circle")


def valid_member_name(name: str) -> str:
    cleaned = name if len(name) > 8 * MAX_NAME_CHARS else clean_line(name)
    if not cleaned:
        raise ValidationError(t("A name is needed."))
    if len(cleaned) > MAX_NAME_CHARS:
        raise ValidationError(t("A name holds at most {limit} characters.", limit=MAX_NAME_CHARS))
    return cleaned


def valid_role(role: str) -> str:
    cleaned = role if len(role) > 8 * MAX_ROLE_CHARS else clean_line(role)
    if len(cleaned) > MAX_ROLE_CHARS:
        raise ValidationError(t("a role holds at most {limit} characters", limit=MAX_ROLE_CHARS))
    return cleaned


@dataclass
class CircleMember(PlainData):
    name: str
    role: str = ""
    moves: list[CircleMove] = field(default_factory=list)
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        self.name = valid_member_name(self.name)
        self.role = valid_role(self.role)
        if not self.moves:
            raise ValidationError(t("a member of the circle needs a circle"))

    @property
    def ring(self) -> str:
        return self.moves[-1].ring

    @property
    def first_ring(self) -> str:
        return self.moves[0].ring

    @property
    def joined_at(self) -> datetime:
        return self.moves[0].at

    @property
    def moved_inward(self) -> bool:
        """Closer to the centre now than when they joined the circle."""
        return ring_number(self.ring) < ring_number(self.first_ring)

    def ring_at(self, at: datetime) -> str | None:
        """The circle they were in at ``at`` (None: not yet in the circle)."""
        current = None
        for move in self.moves:
            if move.at <= at:
                current = move.ring
        return current

    @property
    def warning(self) -> str | None:
        return name_warning(self.name)


@dataclass
class CircleEntry(PlainData):
    """One person as the circle stood at a moment (what a meeting's minutes keep)."""

    name: str
    ring: str
    role: str = ""

    def __post_init__(self) -> None:
        self.name = clean_line(self.name)
        self.role = clean_line(self.role)
        one_of(self.ring, RING_KEYS, "circle")


@dataclass
class Circle(PlainData):
    """A project's circle of support."""

    members: list[CircleMember] = field(default_factory=list)

    def __post_init__(self) -> None:
        names = [member.name.casefold() for member in self.members]
        if len(set(names)) != len(names):
            raise ValidationError(t("two people in the circle have the same name"))

    def member(self, name: str) -> CircleMember | None:
        wanted = clean_line(name).casefold()
        return next((m for m in self.members if m.name.casefold() == wanted), None)

    def by_id(self, member_id: str) -> CircleMember | None:
        return next((m for m in self.members if m.id == member_id), None)

    def add(
        self, name: str, ring_key: str, role: str = "", at: datetime | None = None
    ) -> CircleMember:
        name = valid_member_name(name)
        if self.member(name) is not None:
            raise ValidationError(
                t(
                    "{name} is already in the circle; add an initial to tell two people apart",
                    name=name,
                )
            )
        member = CircleMember(name, valid_role(role), [CircleMove(ring_key, at or now())])
        self.members.append(member)
        return member

    def place(self, member: CircleMember, ring_key: str, at: datetime | None = None) -> bool:
        """Put ``member`` in another circle; False when they are in it already."""
        one_of(ring_key, RING_KEYS, "circle")
        if member.ring == ring_key:
            return False
        member.moves.append(CircleMove(ring_key, at or now()))
        return True

    def move(self, member: CircleMember, step: int, at: datetime | None = None) -> bool:
        """One circle inward (``step`` -1) or outward (+1); False at the centre or the edge."""
        number = ring_number(member.ring) + step
        if not 1 <= number <= len(RINGS):
            return False
        return self.place(member, RINGS[number - 1].key, at)

    def remove(self, member: CircleMember) -> None:
        self.members.remove(member)

    def in_ring(self, ring_key: str) -> list[CircleMember]:
        return [member for member in self.members if member.ring == ring_key]

    def moved_inward(self) -> list[CircleMember]:
        return [member for member in self.members if member.moved_inward]

    def now(self) -> list[CircleEntry]:
        """The circle as it stands: what a meeting's minutes record."""
        return [CircleEntry(m.name, m.ring, m.role) for m in self._ordered()]

    def at_start(self) -> list[CircleEntry]:
        """Everyone in the circle they joined in: the circle 'then'."""
        return [CircleEntry(m.name, m.first_ring, m.role) for m in self._ordered(first=True)]

    def _ordered(self, first: bool = False) -> list[CircleMember]:
        def key(member: CircleMember) -> tuple[int, str]:
            return ring_number(member.first_ring if first else member.ring), member.name.casefold()

        return sorted(self.members, key=key)


def entries_in(entries: list[CircleEntry], ring_key: str) -> list[CircleEntry]:
    return [entry for entry in entries if entry.ring == ring_key]
