"""Dutch for the refusals of typed input: cards, people, agenda items, the ladder, the inbox."""

NL = {
    # cards and names (model/card.py, card_cli.py, store/inbox.py)
    "a card holds at most {limit} characters; this one has {count}"
    " — shorten it or hand in two cards": (
        "er passen hoogstens {limit} tekens op een kaart; deze heeft er {count}"
        " — kort de tekst in of lever twee kaarten in"
    ),
    "a card holds at most {limit} characters; this one has more than {size} bytes"
    " — shorten it or hand in two cards": (
        "er passen hoogstens {limit} tekens op een kaart; deze heeft meer dan {size} bytes"
        " — kort de tekst in of lever twee kaarten in"
    ),
    "a name holds at most {limit} characters": "een naam mag hoogstens {limit} tekens hebben",
    "a project name holds at most {limit} characters": (
        "een projectnaam mag hoogstens {limit} tekens hebben"
    ),
    "there is no card inbox at {inbox}; start coprod once to create it": (
        "er is geen kaartenbak in {inbox}; start coprod één keer om hem te maken"
    ),
    "there is no Unix group called {group!r}": "er is geen Unix-groep met de naam {group!r}",
    "a shared inbox (--group) needs Linux or macOS": (
        "een gedeelde kaartenbak (--group) kan alleen op Linux of macOS"
    ),
    # the meeting's card states (meeting/cards.py)
    "this card became an action; change or drop the action in the action plan": (
        "deze kaart is een actie geworden; wijzig die actie in het actieplan of laat haar vallen"
    ),
    "this card is already an action in the action plan": (
        "deze kaart is al een actie in het actieplan"
    ),
    # projects, meetings and people (model/session.py, meeting/agenda.py)
    "a project needs a name": "een project heeft een naam nodig",
    "a meeting needs a title": "een vergadering heeft een titel nodig",
    "a participant needs a name": "een deelnemer heeft een naam nodig",
    "a role holds at most {limit} characters": "een rol mag hoogstens {limit} tekens hebben",
    "two participants have the same name; add an initial to one": (
        "twee deelnemers hebben dezelfde naam; voeg bij een van beiden een initiaal toe"
    ),
    "two participants are called {name}; add an initial to one of them": (
        "twee deelnemers heten {name}; voeg bij een van beiden een initiaal toe"
    ),
    "the card receiver {name} is not one of the participants": (
        "de kaartontvanger {name} hoort niet bij de deelnemers"
    ),
    # agenda items and plans (model/agenda.py, model/plan.py, meeting/agenda.py)
    "an agenda item needs a title": "een agendapunt heeft een titel nodig",
    "planned minutes must be between 0 and {most}; got {minutes}": (
        "geplande minuten moeten tussen 0 en {most} liggen, niet {minutes}"
    ),
    "an item title": "de titel van een agendapunt",
    "an item title holds at most {limit} characters (this one has {count});"
    " put the rest in its notes": (
        "de titel van een agendapunt mag hoogstens {limit} tekens hebben (deze heeft er"
        " {count}); zet de rest in de notities"
    ),
    "{what}: at most {most} characters, and this has {count}": (
        "{what}: hoogstens {most} tekens, en dit zijn er {count}"
    ),
    "{what} hold at most {limit} characters; these have {count}": (
        "{what} mogen hoogstens {limit} tekens hebben; dit zijn er {count}"
    ),
    "a plan needs at least one agenda item": "een plan heeft minstens één agendapunt nodig",
    "agenda item {number}: {error}": "agendapunt {number}: {error}",
    # actions, gratitude and the ladder (model/action.py, gratitude.py, ladder.py, meeting/)
    "an action needs to say what we will do": "een actie moet zeggen wat we gaan doen",
    "a gratitude share needs the participant's name": (
        "een beurt in de dankbaarheidsronde heeft de naam van de deelnemer nodig"
    ),
    "speaking time cannot be negative": "spreektijd kan niet negatief zijn",
    "a postcard needs the participant's name": (
        "een dankbaarheidskaart heeft de naam van de deelnemer nodig"
    ),
    "a rung must be between 1 and {top}; got {rung}": (
        "een trede moet tussen 1 en {top} liggen, niet {rung}"
    ),
    "unknown ladder model {key!r}": "onbekend laddermodel {key!r}",
    "a reflection needs at least one answer": "een reflectie heeft minstens één antwoord nodig",
    # ids (model/common.py)
    "{what} must be at most {limit} letters, digits, - or _; got {value!r}": (
        "{what} mag alleen letters, cijfers, - of _ hebben, hoogstens {limit}; niet {value!r}"
    ),
    "a project's id": "het id van een project",
    "a meeting's id": "het id van een bijeenkomst",
    "a meeting's project_id": "het project_id van een bijeenkomst",
}
