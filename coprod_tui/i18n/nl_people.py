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
    "From the first check ({first}) to the last ({last}):": (
        "Van de eerste check ({first}) tot de laatste ({last}):"
    ),
    "Still open": "Loopt nog",
    "Dropped": "Vervallen",
    "Circle of support: then and now": "Cirkel van ondersteuning: toen en nu",
    "Circle": "Cirkel",
    "When they joined": "Toen ze erbij kwamen",
    "Now": "Nu",
    "Moved inward since the start": "Sinds het begin naar binnen gegaan",
    "Gratitude diary": "Dankbaarheidsdagboek",
    "Not included": "Niet opgenomen",
    # the People screen
    "The people of this project. The circle of support has four circles: 1 co-producers "
    "(at the centre), 2 participants, 3 involved, 4 consulted. Name people, not job "
    "titles: a role can go beside the name, and an entry that looks like a title or a "
    "group gets a warning (⚠). a adds someone, e changes their name or role, m moves them "
    "to another circle (the move is kept with its date, and who moved inward since they "
    "joined is shown at the top), d takes them out of the circle, t adds them to this "
    "meeting's participants. enter opens their one-page profile: the same three questions "
    "for everyone, filled in with the person. Profiles are kept once for the project, not "
    "in the minutes; the profile dialog can delete one completely.\n"
    "g switches to the gratitude diary: at the end of the project (or a cycle) each member "
    "answers five prompts, with their name or anonymously (a adds a page, enter or e "
    "changes it, d deletes it). x writes the project diary: the meetings, the ladder's "
    "trend, the actions, the circle then and now and the gratitude diary, as Markdown.": (
        "De mensen van dit project. De cirkel van ondersteuning heeft vier cirkels: "
        "1 co-producenten (in het midden), 2 deelnemers, 3 betrokkenen, 4 geraadpleegden. "
        "Noem mensen bij naam, niet bij hun functie: een rol mag naast de naam, en wat op een "
        "functie of een groep lijkt, krijgt een waarschuwing (⚠). a voegt iemand toe, e "
        "verandert de naam of de rol, m zet iemand in een andere cirkel (met de datum; wie "
        "sinds het begin naar binnen ging, staat bovenaan), d haalt iemand uit de cirkel, "
        "t zet iemand bij de deelnemers van deze bijeenkomst. enter opent het "
        "één-pagina-profiel: voor iedereen dezelfde drie vragen, ingevuld samen met de "
        "persoon. Profielen worden één keer per project bewaard, niet in de notulen; in het "
        "profiel kun je het helemaal wissen.\n"
        "g wisselt naar het dankbaarheidsdagboek: aan het eind van het project (of van een "
        "ronde) beantwoordt ieder lid vijf vragen, met naam of anoniem (a voegt een "
        "bladzijde toe, enter of e verandert die, d wist die). x schrijft het projectdagboek: "
        "de bijeenkomsten, het verloop op de ladder, de acties, de cirkel toen en nu en het "
        "dankbaarheidsdagboek, in Markdown."
    ),
    "Profile": "Profiel",
    "Profiles": "Profielen",
    "Move": "Verplaatsen",
    "Take part": "Doet mee",
    "Add a page": "Bladzijde erbij",
    "Circle/diary": "Cirkel/dagboek",
    "People · no meeting open (h: home)": "Mensen · geen bijeenkomst open (h: begin)",
    "Circle of support · {project}": "Cirkel van ondersteuning · {project}",
    "moved inward: {names}": "naar binnen: {names}",
    "Gratitude diary · {project} · {count} page(s) · g: the circle": (
        "Dankbaarheidsdagboek · {project} · {count} bladzijde(n) · g: de cirkel"
    ),
    "nobody yet": "nog niemand",
    "moved inward": "naar binnen",
    "name people": "noem mensen",
    "Nobody in the circle yet: a adds someone.": "Nog niemand in de cirkel: a voegt iemand toe.",
    "circle {number} ({circle}) since {day}": "cirkel {number} ({circle}) sinds {day}",
    "joined in circle {number}": "begon in cirkel {number}",
    "in this meeting": "in deze bijeenkomst",
    "t: take part": "t: doet mee",
    "enter: profile": "enter: profiel",
    "enter: write a profile": "enter: profiel schrijven",
    "Someone in the circle of support": "Iemand in de cirkel van ondersteuning",
    "Name and role of {name}": "Naam en rol van {name}",
    "{name}: {circle} ({way})": "{name}: {circle} ({way})",
    "inward": "naar binnen",
    "outward": "naar buiten",
    "Take {name} out of the circle of support? Their moves go with them; minutes of "
    "closed meetings keep the circle as it was.": (
        "{name} uit de cirkel van ondersteuning halen? Hun verplaatsingen gaan mee; de "
        "notulen van gesloten bijeenkomsten houden de cirkel zoals hij was."
    ),
    "{name} takes part in this meeting.": "{name} doet mee aan deze bijeenkomst.",
    "{name} is already in this meeting.": "{name} zit al in deze bijeenkomst.",
    "No pages yet: a adds one, for each member.": (
        "Nog geen bladzijden: a voegt er een toe, voor elk lid."
    ),
    "Delete the diary page of {name}?": "De bladzijde van {name} wissen?",
    "The project diary is written: {path}": "Het projectdagboek is geschreven: {path}",
    # the People screen's dialogs
    "Name (a person, not a job title)": "Naam (een persoon, geen functie)",
    "Role (optional), e.g. resident, GP, team leader": (
        "Rol (mag leeg), bijv. bewoner, huisarts, teamleider"
    ),
    "Move {name} to which circle?": "{name} naar welke cirkel?",
    "now": "nu",
    "1–4 or enter picks · escape cancels": "1–4 of enter kiest · escape stopt",
    "One-page profile of {name}": "Eén-pagina-profiel van {name}",
    "Fill it in with the person, in their words. ctrl+s saves.": (
        "Vul het samen met de persoon in, in hun eigen woorden. ctrl+s bewaart."
    ),
    "Delete profile": "Profiel wissen",
    "Export": "Exporteren",
    "Written for the person: {path}": "Geschreven voor de persoon: {path}",
    "Press Delete profile again to delete the profile of {name} completely.": (
        "Druk nog een keer op Profiel wissen om het profiel van {name} helemaal te wissen."
    ),
    "The profile of {name} is deleted ({count} copies too).": (
        "Het profiel van {name} is gewist (en {count} kopieën)."
    ),
    "A page of the gratitude diary": "Een bladzijde van het dankbaarheidsdagboek",
    "Name (leave it empty to stay anonymous)": "Naam (laat leeg om anoniem te blijven)",
    "ctrl+s saves · escape cancels": "ctrl+s bewaart · escape stopt",
    "Participants from the circle of support": "Deelnemers uit de cirkel van ondersteuning",
    "space ticks someone · enter adds the ticked": (
        "spatie vinkt iemand aan · enter voegt de aangevinkten toe"
    ),
    "One-page profiles": "Eén-pagina-profielen",
    "No one-page profile yet.": "Nog geen één-pagina-profiel.",
    "Write the profile": "Profiel schrijven",
    "↑/↓ someone else · e write their profile · escape closes": (
        "↑/↓ iemand anders · e profiel schrijven · escape sluit"
    ),
    "escape closes": "escape sluit",
    "Newcomers join the circle of support (as participants)": (
        "Nieuwe mensen komen in de cirkel van ondersteuning (bij de deelnemers)"
    ),
    "From the circle…": "Uit de cirkel…",
    # coprod rebuild --from-minutes
    "{project}: {count} people, as on {day} ({name})": (
        "{project}: {count} mensen, zoals op {day} ({name})"
    ),
    "Circles of support from the newest minutes (without earlier moves)": (
        "Cirkels van ondersteuning uit de nieuwste notulen (zonder eerdere verplaatsingen)"
    ),
    # coprod diary / coprod profile
    "Written: {path}": "Geschreven: {path}",
    "The one-page profile of {name} is deleted.": "Het één-pagina-profiel van {name} is gewist.",
    "Also deleted: {path}": "Ook gewist: {path}",
    "{name} is still in the circle of support (the People screen can take them out) and is "
    "named in the minutes of the meetings they took part in.": (
        "{name} staat nog in de cirkel van ondersteuning (het scherm Mensen kan iemand eruit "
        "halen) en wordt genoemd in de notulen van de bijeenkomsten waar ze aan meededen."
    ),
}
