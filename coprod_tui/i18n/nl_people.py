"""Dutch for the people of a project: circle of support, one-page profiles, gratitude diary."""

NL = {
    "Circle of support": "Cirkel van ondersteuning",
    # the circle: names, not titles or groups
    '"{name}" is a group: name the people in it': '"{name}" is een groep: noem de mensen bij naam',
    '"{name}" looks like a job title: name the person (a role can go beside it)': (
        '"{name}" lijkt een functie: noem de persoon (de rol mag ernaast)'
    ),
    "a member of the circle needs a circle": "iemand in de cirkel hoort in een van de cirkels",
    "two people in the circle have the same name": "twee mensen in de cirkel hebben dezelfde naam",
    "{name} is already in the circle; add an initial to tell two people apart": (
        "{name} staat al in de cirkel; zet er een voorletter bij om twee mensen uit elkaar "
        "te houden"
    ),
    "{name} is already in the circle": "{name} staat al in de cirkel",
    "That person is no longer in the circle.": "Die persoon staat niet meer in de cirkel.",
    # profiles
    "{question}: at most {limit} characters (the same for everyone); it has {count}": (
        "{question}: hooguit {limit} tekens (voor iedereen hetzelfde); het zijn er {count}"
    ),
    "an answer": "een antwoord",
    "A profile needs at least one answer.": "Een profiel heeft minstens één antwoord nodig.",
    "{name} has no profile in this project.": "{name} heeft geen profiel in dit project.",
    "One-page profile": "Eén-pagina-profiel",
    # the gratitude diary
    "{question}: at most {limit} characters; it has {count}": (
        "{question}: hooguit {limit} tekens; het zijn er {count}"
    ),
    "A diary page needs at least one answer.": (
        "Een bladzijde in het dagboek heeft minstens één antwoord nodig."
    ),
    "unknown diary prompt {key!r}": "onbekende vraag in het dagboek {key!r}",
    # the project diary
    "project-diary": "projectdagboek",
    "Project diary": "Projectdagboek",
    "1 meeting, on {day}": "1 bijeenkomst, op {day}",
    "{count} meetings, from {first} to {last}": "{count} bijeenkomsten, van {first} tot {last}",
    "no meetings yet": "nog geen bijeenkomsten",
    "written on {day}": "geschreven op {day}",
    "Meeting": "Bijeenkomst",
    "Meetings": "Bijeenkomsten",
    "The ladder over time": "De ladder door de tijd",
    "The median moved": "De mediaan ging",
    "up from {first} to {last}": "omhoog van {first} naar {last}",
    "down from {first} to {last}": "omlaag van {first} naar {last}",
    "the same at {last}": "gelijk gebleven op {last}",
    "Looking back": "Terugblik",
    "Still open": "Loopt nog",
    "Dropped": "Vervallen",
    "Circle of support: then and now": "Cirkel van ondersteuning: toen en nu",
    "Circle": "Cirkel",
    "When they joined": "Toen ze erbij kwamen",
    "Now": "Nu",
    "Moved inward since the start": "Sinds het begin naar binnen gegaan",
    "Gratitude diary": "Dankbaarheidsdagboek",
    "Not included": "Niet opgenomen",
}
