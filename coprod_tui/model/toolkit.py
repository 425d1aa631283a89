"""The co-production toolkit's fixed content, with its English and Dutch labels.

Source: ../shared/DOMAIN.md. The labels are the toolkit's; ``label()`` picks the
language the app runs in.
"""

from __future__ import annotations

from dataclasses import dataclass

from coprod_tui.i18n import pick


@dataclass(frozen=True)
class Label:
    en: str
    nl: str

    def __str__(self) -> str:
        return pick(self.en, self.nl)


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


DOING_TO = LadderGroup("to", Label("doing TO", "doen aan"))
DOING_FOR = LadderGroup("for", Label("doing FOR", "doen voor"))
DOING_WITH = LadderGroup("with", Label("doing WITH", "doen met"))
LADDER_GROUPS = (DOING_TO, DOING_FOR, DOING_WITH)

TOOLKIT_LADDER = LadderModel(
    "toolkit",
    Label("Participation ladder (toolkit, 7 rungs)", "Participatieladder (toolkit, 7 treden)"),
    (
        Rung(1, "coercing", Label("Coercing", "Dwingen"), DOING_TO),
        Rung(2, "educating", Label("Educating", "Onderwijzen"), DOING_TO),
        Rung(3, "informing", Label("Informing", "Informeren"), DOING_FOR),
        Rung(4, "consulting", Label("Consulting", "Raadplegen"), DOING_FOR),
        Rung(5, "engaging", Label("Engaging", "Betrekken"), DOING_FOR),
        Rung(6, "co_designing", Label("Co-designing", "Co-design"), DOING_WITH),
        Rung(7, "co_producing", Label("Co-producing", "Co-productie"), DOING_WITH),
    ),
)

VILANS_LADDER = LadderModel(
    "vilans",
    Label("Client involvement (Vilans, 6 steps)", "Cliëntbetrokkenheid (Vilans, 6 treden)"),
    (
        Rung(1, "supply_driven", Label("Supply-driven choices", "Aanbodgedreven keuzes"), None),
        Rung(2, "client_central", Label("Client central in choices", "Cliënt centraal"), None),
        Rung(3, "client_driven", Label("Client-driven choices", "Cliëntgestuurde keuzes"), None),
        Rung(4, "co_design", Label("Co-design", "Co-design"), None),
        Rung(5, "co_production", Label("Co-production", "Co-productie"), None),
        Rung(6, "facilitation", Label("Facilitation (the client leads)", "Faciliteren"), None),
    ),
)

LADDER_MODELS = {model.key: model for model in (TOOLKIT_LADDER, VILANS_LADDER)}

# Each rung in everyday words (B1), for the phone page: what it is like for the group.
PLAIN_RUNGS: dict[tuple[str, int], Label] = {
    ("toolkit", 1): Label(
        "Others decide. We have to go along.", "Anderen beslissen. Wij moeten meedoen."
    ),
    ("toolkit", 2): Label(
        "Others decide. They tell us why it is good for us.",
        "Anderen beslissen. Ze vertellen ons waarom het goed voor ons is.",
    ),
    ("toolkit", 3): Label(
        "We hear what others have decided.", "We horen wat anderen besloten hebben."
    ),
    ("toolkit", 4): Label(
        "We are asked what we think. Others decide.",
        "Ze vragen wat wij vinden. Anderen beslissen.",
    ),
    ("toolkit", 5): Label(
        "We help with ideas. Others make the choice.",
        "We denken mee met ideeën. Anderen kiezen.",
    ),
    ("toolkit", 6): Label("We make the plan together.", "We maken samen het plan."),
    ("toolkit", 7): Label(
        "We make the plan, do it and check it together, as equals.",
        "We maken het plan, doen het en kijken het na: samen en als gelijken.",
    ),
    ("vilans", 1): Label(
        "We choose from what is on offer.", "We kiezen uit wat er wordt aangeboden."
    ),
    ("vilans", 2): Label(
        "Our wishes count when choices are made.", "Onze wensen tellen mee bij de keuzes."
    ),
    ("vilans", 3): Label("Our wishes lead the choices.", "Onze wensen bepalen de keuzes."),
    ("vilans", 4): Label("We design it together.", "We ontwerpen het samen."),
    ("vilans", 5): Label("We make it and do it together.", "We maken en doen het samen."),
    ("vilans", 6): Label("We lead. Others help us.", "Wij hebben de leiding. Anderen helpen ons."),
}

KEY_ELEMENTS = (
    KeyElement(
        "assets",
        Label("Assets", "Activa"),
        Label(
            "People are seen as having experience, strengths and talents, not only needs",
            "Mensen hebben ervaring, sterke punten en talenten, niet alleen behoeften",
        ),
    ),
    KeyElement(
        "capabilities",
        Label("Capabilities", "Mogelijkheden"),
        Label(
            "Build on what people can already do; offer growth to everyone",
            "Bouw voort op wat mensen al kunnen; groei voor iedereen",
        ),
    ),
    KeyElement(
        "mutuality",
        Label("Mutuality", "Wederkerigheid"),
        Label(
            "Mutual responsibilities and expectations; everyone gives and receives",
            "Wederzijdse verantwoordelijkheden en verwachtingen; iedereen geeft en ontvangt",
        ),
    ),
    KeyElement(
        "networks",
        Label("Networks", "Netwerken"),
        Label(
            "Peer support and wider community networks, alongside professionals",
            "Steun van lotgenoten en netwerken in de buurt, naast professionals",
        ),
    ),
    KeyElement(
        "blur_roles",
        Label("Blur roles", "Gedeelde rollen"),
        Label(
            "The line between provider and user fades; lived experience counts",
            "De grens tussen aanbieder en gebruiker vervaagt; ervaringskennis telt",
        ),
    ),
    KeyElement(
        "catalysts",
        Label("Catalysts", "Katalysatoren"),
        Label(
            "Staff facilitate rather than deliver; they connect people and remove obstacles",
            "Medewerkers faciliteren in plaats van leveren; ze verbinden en nemen drempels weg",
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
    Label("What did I do?", "Wat heb ik gedaan?"),
    Label("Where does it fit on the ladder?", "Waar past het op de ladder?"),
    Label("What outcomes did it achieve?", "Welke resultaten heeft het opgeleverd?"),
    Label(
        "How could I have achieved a better outcome?",
        "Hoe had ik een beter resultaat kunnen bereiken?",
    ),
)
EXAMPLE_QUESTIONS_WE = (
    Label("What do we do?", "Wat doen wij?"),
    Label("Where does it fit on the ladder?", "Waar past het op de ladder?"),
    Label("What outcomes did it achieve?", "Welke resultaten heeft het opgeleverd?"),
    Label(
        "How could we have achieved a better outcome?",
        "Hoe hadden we een beter resultaat kunnen bereiken?",
    ),
)
PERSONAL_QUESTIONS = (
    Label(
        "In my own practice, do I tend to do to, for or with?",
        "Doe ik in mijn eigen praktijk vooral aan, voor of met?",
    ),
    Label(
        "How can I make sure my everyday practice moves up the ladder towards doing with?",
        "Hoe zorg ik dat mijn dagelijkse praktijk de ladder op gaat, naar doen met?",
    ),
    Label(
        "Which skills do I need to develop for that, and how can I get support for them?",
        "Welke vaardigheden moet ik daarvoor ontwikkelen, en hoe krijg ik daarbij steun?",
    ),
)

# Agenda tools: the key stored in a plan or session, and its label.
TOOLS = {
    "none": Label("none", "geen"),
    "gratitude": Label("gratitude round", "dankbaarheidsronde"),
    "cards": Label("opportunity cards", "kanskaarten"),
    "ladder": Label("ladder reflection", "ladderreflectie"),
    "actions": Label("action plan", "actieplan"),
    "postcards": Label("gratitude postcards", "dankbaarheidskaarten"),
    "readiness": Label("readiness check", "gereedheidscheck"),
}

CARD_STATES = {
    "new": Label("new", "nieuw"),
    "presented": Label("presented", "gepresenteerd"),
    "discussed": Label("discussed", "besproken"),
    "parked": Label("parked", "geparkeerd"),
    "action": Label("→ action", "→ actie"),
}

ACTION_STATUSES = {
    "open": Label("open", "open"),
    "done": Label("done", "gedaan"),
    "dropped": Label("dropped", "vervallen"),
}


@dataclass(frozen=True)
class ReadinessQuestion:
    """One of the toolkit's readiness questions; ``key`` is ``<principle>.<number>``."""

    key: str
    principle: str
    label: Label


def _readiness(principle: str, *questions: tuple[str, str]) -> tuple[ReadinessQuestion, ...]:
    return tuple(
        ReadinessQuestion(f"{principle}.{number}", principle, Label(en, nl))
        for number, (en, nl) in enumerate(questions, 1)
    )


# The readiness check's 19 questions (../shared/DOMAIN.md): the toolkit's meaning, our wording.
READINESS_QUESTIONS = (
    *_readiness(
        "assets",
        (
            "Are the people with direct experience (and their families and carers), their "
            "skills and aspirations central to this project and all our services?",
            "Staan de mensen met directe ervaring (en hun families en mantelzorgers), hun "
            "vaardigheden en wensen centraal in dit project en al onze diensten?",
        ),
        (
            "Does all design and delivery of services seek to build and grow the strengths "
            "of individuals and the community?",
            "Proberen alle ontwerp en uitvoering van diensten de krachten van mensen en de "
            "gemeenschap op te bouwen en te laten groeien?",
        ),
        ("Is progress on this tracked?", "Wordt de voortgang hierop gevolgd?"),
    ),
    *_readiness(
        "capabilities",
        (
            "Is every contribution seen as vital to success, including those of the people "
            "who use the service?",
            "Wordt elke bijdrage gezien als onmisbaar voor het succes, ook die van de mensen "
            "die de dienst gebruiken?",
        ),
        (
            "Does the work the project needs match the skills and responsibilities of "
            "everyone involved?",
            "Past het werk dat het project vraagt bij de vaardigheden en "
            "verantwoordelijkheden van iedereen die meedoet?",
        ),
        (
            "Is personal development a shared expectation for everyone involved?",
            "Is persoonlijke ontwikkeling een gedeelde verwachting voor iedereen die meedoet?",
        ),
    ),
    *_readiness(
        "mutuality",
        (
            "Does everyone know it is their project, not only the organisation's?",
            "Weet iedereen dat het hún project is, niet alleen dat van de organisatie?",
        ),
        (
            "Does everyone share an equal responsibility for it going well?",
            "Draagt iedereen een gelijke verantwoordelijkheid voor het goed verlopen ervan?",
        ),
        (
            "Is asking others for help, and giving it, openly seen as positive and expected "
            "of everyone?",
            "Wordt hulp vragen en hulp geven openlijk gezien als positief en van iedereen "
            "verwacht?",
        ),
        (
            "Are expectations of give and take discussed when people join?",
            "Worden verwachtingen over geven en nemen besproken wanneer mensen gaan meedoen?",
        ),
        (
            "Is a wide range of skills and experience valued?",
            "Wordt een brede waaier aan vaardigheden en ervaringen gewaardeerd?",
        ),
    ),
    *_readiness(
        "networks",
        (
            "Does the project or organisation see supporting peer networks that pass on "
            "knowledge and skills as core work?",
            "Ziet het project of de organisatie het steunen van netwerken van gelijken, die "
            "kennis en vaardigheden doorgeven, als kernwerk?",
        ),
        (
            "Are staff and participants involved in local networks and activities beyond "
            "the reach of the service or project?",
            "Doen medewerkers en deelnemers mee in lokale netwerken en activiteiten, ook "
            "buiten het bereik van de dienst of het project?",
        ),
        (
            "Are networks outside the project seen as a core activity?",
            "Worden netwerken buiten het project gezien als een kernactiviteit?",
        ),
    ),
    *_readiness(
        "blur_roles",
        (
            "Is everyone involved in starting, delivering, evaluating and leading the project "
            "and its services?",
            "Is iedereen betrokken bij het starten, uitvoeren, evalueren en leiden van het "
            "project en de diensten?",
        ),
        (
            "Do people work alongside professionals, their skills and views carrying equal weight?",
            "Werken mensen naast professionals, en wegen hun vaardigheden en meningen even zwaar?",
        ),
        (
            "Can people name rewards that are worth something to them (not only money)?",
            "Kunnen mensen beloningen noemen die voor hen waardevol zijn (niet alleen geld)?",
        ),
    ),
    *_readiness(
        "catalysts",
        (
            "Interactions aim to support people to lead a good life: do staff focus on "
            "linking people to networks and resources, removing obstacles where needed, and "
            "building skills and confidence?",
            "Contacten zijn erop gericht mensen te steunen een goed leven te leiden: richten "
            "medewerkers zich op mensen verbinden met netwerken en middelen, obstakels "
            "wegnemen waar nodig, en vaardigheden en zelfvertrouwen opbouwen?",
        ),
        (
            "Are people actively supported to do more?",
            "Worden mensen actief gesteund om meer te doen?",
        ),
    ),
)

# The readiness check's answer scale, best first; "don't know" is an answer, not a score.
READINESS_SCALE = {
    "yes": Label("yes", "ja"),
    "partly": Label("partly", "deels"),
    "not_yet": Label("not yet", "nog niet"),
    "dont_know": Label("don't know", "weet niet"),
}
