"""The co-production toolkit's fixed content, with its English labels.

Source: ../shared/DOMAIN.md. The labels are the toolkit's; their Dutch (the toolkit's own
words) is in the catalogue, and ``str(label)`` gives the language the app runs in.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from coprod_tui.i18n import N_, pt, t


@dataclass(frozen=True)
class Label:
    """A fixed toolkit text: English here, its translations in the catalogue.

    ``str(label)`` is the text in the app's language. ``Label.within(context, text)`` is for
    an English word that the catalogue translates differently elsewhere.
    """

    text: str
    # keyword-only, so an old-style Label(english, dutch) fails at once instead of passing
    context: str | None = field(default=None, kw_only=True)

    @classmethod
    def within(cls, context: str, text: str) -> Label:
        return cls(text, context=context)

    def __str__(self) -> str:
        return t(self.text) if self.context is None else pt(self.context, self.text)


@dataclass(frozen=True)
class LadderGroup:
    key: str  # "to", "for", "with"
    label: Label


@dataclass(frozen=True)
class Rung:
    number: int
    key: str
    label: Label
    group: LadderGroup | None


@dataclass(frozen=True)
class LadderModel:
    key: str
    label: Label
    rungs: tuple[Rung, ...]

    def rung(self, number: int) -> Rung:
        for rung in self.rungs:
            if rung.number == number:
                return rung
        raise KeyError(number)


@dataclass(frozen=True)
class KeyElement:
    key: str
    label: Label
    summary: Label


DOING_TO = LadderGroup("to", Label("doing TO"))
DOING_FOR = LadderGroup("for", Label("doing FOR"))
DOING_WITH = LadderGroup("with", Label("doing WITH"))
LADDER_GROUPS = (DOING_TO, DOING_FOR, DOING_WITH)

TOOLKIT_LADDER = LadderModel(
    "toolkit",
    Label("Participation ladder (toolkit, 7 rungs)"),
    (
        Rung(1, "coercing", Label("Coercing"), DOING_TO),
        Rung(2, "educating", Label("Educating"), DOING_TO),
        Rung(3, "informing", Label("Informing"), DOING_FOR),
        Rung(4, "consulting", Label("Consulting"), DOING_FOR),
        Rung(5, "engaging", Label("Engaging"), DOING_FOR),
        Rung(6, "co_designing", Label("Co-designing"), DOING_WITH),
        Rung(7, "co_producing", Label("Co-producing"), DOING_WITH),
    ),
)

VILANS_LADDER = LadderModel(
    "vilans",
    Label("Client involvement (Vilans, 6 steps)"),
    (
        Rung(1, "supply_driven", Label("Supply-driven choices"), None),
        Rung(2, "client_central", Label("Client central in choices"), None),
        Rung(3, "client_driven", Label("Client-driven choices"), None),
        Rung(4, "co_design", Label("Co-design"), None),
        Rung(5, "co_production", Label("Co-production"), None),
        Rung(6, "facilitation", Label("Facilitation (the client leads)"), None),
    ),
)

LADDER_MODELS = {model.key: model for model in (TOOLKIT_LADDER, VILANS_LADDER)}

# Each rung in everyday words (B1), for the phone page: what it is like for the group.
PLAIN_RUNGS: dict[tuple[str, int], Label] = {
    ("toolkit", 1): Label("Others decide. We have to go along."),
    ("toolkit", 2): Label("Others decide. They tell us why it is good for us."),
    ("toolkit", 3): Label("We hear what others have decided."),
    ("toolkit", 4): Label("We are asked what we think. Others decide."),
    ("toolkit", 5): Label("We help with ideas. Others make the choice."),
    ("toolkit", 6): Label("We make the plan together."),
    ("toolkit", 7): Label("We make the plan, do it and check it together, as equals."),
    ("vilans", 1): Label("We choose from what is on offer."),
    ("vilans", 2): Label("Our wishes count when choices are made."),
    ("vilans", 3): Label("Our wishes lead the choices."),
    ("vilans", 4): Label("We design it together."),
    ("vilans", 5): Label("We make it and do it together."),
    ("vilans", 6): Label("We lead. Others help us."),
}

KEY_ELEMENTS = (
    KeyElement(
        "assets",
        Label("Assets"),
        Label(
            "People are seen as having experience, strengths and talents, not only needs",
        ),
    ),
    KeyElement(
        "capabilities",
        Label("Capabilities"),
        Label(
            "Build on what people can already do; offer growth to everyone",
        ),
    ),
    KeyElement(
        "mutuality",
        Label("Mutuality"),
        Label(
            "Mutual responsibilities and expectations; everyone gives and receives",
        ),
    ),
    KeyElement(
        "networks",
        Label("Networks"),
        Label(
            "Peer support and wider community networks, alongside professionals",
        ),
    ),
    KeyElement(
        "blur_roles",
        Label("Blur roles"),
        Label(
            "The line between provider and user fades; lived experience counts",
        ),
    ),
    KeyElement(
        "catalysts",
        Label("Catalysts"),
        Label(
            "Staff facilitate rather than deliver; they connect people and remove obstacles",
        ),
    ),
)
KEY_ELEMENT_KEYS = tuple(element.key for element in KEY_ELEMENTS)


def key_element(key: str) -> KeyElement:
    for element in KEY_ELEMENTS:
        if element.key == key:
            return element
    raise KeyError(key)


# The ladder exercise's questions (an example of doing WITH and one of doing FOR).
EXAMPLE_QUESTIONS = (
    Label("What did I do?"),
    Label("Where does it fit on the ladder?"),
    Label("What outcomes did it achieve?"),
    Label(
        "How could I have achieved a better outcome?",
    ),
)
EXAMPLE_QUESTIONS_WE = (
    Label("What do we do?"),
    Label("Where does it fit on the ladder?"),
    Label("What outcomes did it achieve?"),
    Label(
        "How could we have achieved a better outcome?",
    ),
)
PERSONAL_QUESTIONS = (
    Label(
        "In my own practice, do I tend to do to, for or with?",
    ),
    Label(
        "How can I make sure my everyday practice moves up the ladder towards doing with?",
    ),
    Label(
        "Which skills do I need to develop for that, and how can I get support for them?",
    ),
)

# Agenda tools: the key stored in a plan or session, and its label.
TOOLS = {
    "none": Label("none"),
    "gratitude": Label("gratitude round"),
    "cards": Label("opportunity cards"),
    "ladder": Label("ladder reflection"),
    "actions": Label("action plan"),
    "postcards": Label("gratitude postcards"),
    "readiness": Label("readiness check"),
}

CARD_STATES = {
    "new": Label("new"),
    "presented": Label("presented"),
    "discussed": Label("discussed"),
    "parked": Label("parked"),
    "action": Label("→ action"),
}

ACTION_STATUSES = {
    "open": Label("open"),
    "done": Label.within("action status", "done"),
    "dropped": Label("dropped"),
}


@dataclass(frozen=True)
class ReadinessQuestion:
    """One of the toolkit's readiness questions; ``key`` is ``<principle>.<number>``."""

    key: str
    principle: str
    label: Label


def _readiness(principle: str, *questions: str) -> tuple[ReadinessQuestion, ...]:
    return tuple(
        ReadinessQuestion(f"{principle}.{number}", principle, Label(text))
        for number, text in enumerate(questions, 1)
    )


# The readiness check's 19 questions (../shared/DOMAIN.md): the toolkit's meaning, our wording.
READINESS_QUESTIONS = (
    *_readiness(
        "assets",
        N_(
            "Are the people with direct experience (and their families and carers), their "
            "skills and aspirations central to this project and all our services?"
        ),
        N_(
            "Does all design and delivery of services seek to build and grow the strengths "
            "of individuals and the community?"
        ),
        N_("Is progress on this tracked?"),
    ),
    *_readiness(
        "capabilities",
        N_(
            "Is every contribution seen as vital to success, including those of the people "
            "who use the service?"
        ),
        N_(
            "Does the work the project needs match the skills and responsibilities of "
            "everyone involved?"
        ),
        N_("Is personal development a shared expectation for everyone involved?"),
    ),
    *_readiness(
        "mutuality",
        N_("Does everyone know it is their project, not only the organisation's?"),
        N_("Does everyone share an equal responsibility for it going well?"),
        N_(
            "Is asking others for help, and giving it, openly seen as positive and expected "
            "of everyone?"
        ),
        N_("Are expectations of give and take discussed when people join?"),
        N_("Is a wide range of skills and experience valued?"),
    ),
    *_readiness(
        "networks",
        N_(
            "Does the project or organisation see supporting peer networks that pass on "
            "knowledge and skills as core work?"
        ),
        N_(
            "Are staff and participants involved in local networks and activities beyond "
            "the reach of the service or project?"
        ),
        N_("Are networks outside the project seen as a core activity?"),
    ),
    *_readiness(
        "blur_roles",
        N_(
            "Is everyone involved in starting, delivering, evaluating and leading the project "
            "and its services?"
        ),
        N_("Do people work alongside professionals, their skills and views carrying equal weight?"),
        N_("Can people name rewards that are worth something to them (not only money)?"),
    ),
    *_readiness(
        "catalysts",
        N_(
            "Interactions aim to support people to lead a good life: do staff focus on "
            "linking people to networks and resources, removing obstacles where needed, and "
            "building skills and confidence?"
        ),
        N_("Are people actively supported to do more?"),
    ),
)

# The readiness check's answer scale, best first; "don't know" is an answer, not a score.
READINESS_SCALE = {
    "yes": Label("yes"),
    "partly": Label("partly"),
    "not_yet": Label("not yet"),
    "dont_know": Label("don't know"),
}
