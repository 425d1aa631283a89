"""Dutch for the shell, the home screen, the CLI and the minutes text."""

NL = {
    # minutes text
    "Date": "Datum",
    "Status": "Status",
    "planned": "gepland",
    "running": "bezig",
    "closed": "gesloten",
    "Participants": "Deelnemers",
    "Card receiver": "Kaartontvanger",
    "Agenda": "Agenda",
    "used": "gebruikt",
    "Notes": "Notities",
    "Decisions": "Besluiten",
    "Opportunity cards": "Kanskaarten",
    "anonymous": "anoniem",
    "Gratitude round": "Dankbaarheidsronde",
    "passed": "paste",
    "Gratitude postcards": "Dankbaarheidskaarten",
    "placements": "plaatsingen",
    "median": "mediaan",
    "Reflections": "Reflecties",
    "Action plan": "Actieplan",
    "how we will know": "hoe we weten dat het werkt",
}
NL.update(
    {
        "card not handed in": "kaart niet ingeleverd",
        "Card handed in ({who}). Thank you!": "Kaart ingeleverd ({who}). Dank je wel!",
        "Cards can be handed in by group {group}: {inbox}": (
            "Groep {group} kan kaarten inleveren: {inbox}"
        ),
        "Data folder ready: {home}": "Gegevensmap klaar: {home}",
        "no minutes file or meeting id matches {which!r}": (
            "geen notulenbestand of vergadering-id past bij {which!r}"
        ),
        "{which!r} matches more than one meeting; give more of the id": (
            "{which!r} past bij meer dan één vergadering; geef meer van de id"
        ),
        "No minutes yet in {folder}": "Nog geen notulen in {folder}",
        "invalid": "ongeldig",
        "cards": "kaarten",
        "actions": "acties",
    }
)
NL.update(
    {
        # app shell
        "A card file could not be read and was moved to inbox/bad: {problem}": (
            "Een kaartbestand was onleesbaar en staat nu in inbox/bad: {problem}"
        ),
        "Card inbox": "Kaartenbak",
        "Cannot open the meeting": "Kan de vergadering niet openen",
        "{count} new card(s) arrived": "{count} nieuwe kaart(en) binnengekomen",
        "Open or start a meeting first (h: home).": (
            "Open of begin eerst een vergadering (h: start)."
        ),
        "Home": "Start",
        "home": "start",
        "Help": "Hulp",
        "Projects and meetings": "Projecten en vergaderingen",
        "Open the {tool} screen": "Open het scherm {tool}",
        "Keys and help for this screen": "Toetsen en hulp bij dit scherm",
        "Language: {name}": "Taal: {name}",
        "Switch the language (the app restarts on the same meeting)": (
            "Wissel van taal (de app start opnieuw op dezelfde vergadering)"
        ),
        "Keys on this screen": "Toetsen op dit scherm",
        "Close": "Sluiten",
        "Back": "Terug",
        "read-only": "alleen lezen",
        # tool names
        "Agenda": "Agenda",
        "Cards": "Kaarten",
        "Gratitude": "Dankbaarheid",
        "Ladder": "Ladder",
        "Actions": "Acties",
        "Minutes": "Notulen",
        # dialogs
        "Cancel": "Annuleren",
        "OK": "OK",
        "Yes": "Ja",
        "No": "Nee",
        "Please fill this in, or press escape.": "Vul dit in, of druk op escape.",
        "New meeting of {project}": "Nieuwe vergadering van {project}",
        "Plan": "Plan",
        "Title": "Titel",
        "Participants, separated by commas; a role in brackets": (
            "Deelnemers, gescheiden door komma's; een rol tussen haakjes"
        ),
        "Card receiver of this meeting (rotates each meeting)": (
            "Kaartontvanger van deze vergadering (wisselt elke vergadering)"
        ),
        "Start": "Beginnen",
        "Choose a plan.": "Kies een plan.",
        "The meeting needs a title.": "De vergadering heeft een titel nodig.",
        "The card receiver must be one of the participants.": (
            "De kaartontvanger moet een van de deelnemers zijn."
        ),
        # home
        "New project": "Nieuw project",
        "New meeting": "Nieuwe vergadering",
        "Open": "Openen",
        "Switch list": "Andere lijst",
        "Projects": "Projecten",
        "date": "datum",
        "title": "titel",
        "status": "status",
        "a new project · n new meeting from a plan · enter open · 6 minutes": (
            "a nieuw project · n nieuwe vergadering uit een plan · enter openen · 6 notulen"
        ),
        "open meeting: {title}": "open vergadering: {title}",
        "No projects yet: press a to add one.": "Nog geen projecten: druk op a om er een te maken.",
        'Meetings of "{project}"': 'Vergaderingen van "{project}"',
        'Meetings of "{project}" — none yet: press n': (
            'Vergaderingen van "{project}" — nog geen: druk op n'
        ),
        "Name of the co-production group": "Naam van de coproductiegroep",
        "Add a project first (a).": "Maak eerst een project (a).",
        "A session plan is not valid": "Een vergaderplan is ongeldig",
        "No valid session plans found.": "Geen geldige vergaderplannen gevonden.",
    }
)
NL.update(
    {
        (
            "1 … 6  Agenda · Cards · Gratitude · Ladder · Actions · Minutes\n"
            "h  home: projects and meetings\n"
            "ctrl+p  command palette (every action, screen, theme, language)\n"
            "f1  this help\n"
            "escape  close a dialog, leave an input, back\n"
            "ctrl+q  quit (the meeting is already saved)"
        ): (
            "1 … 6  Agenda · Kaarten · Dankbaarheid · Ladder · Acties · Notulen\n"
            "h  start: projecten en vergaderingen\n"
            "ctrl+p  opdrachtenpalet (elke actie, elk scherm, thema, taal)\n"
            "f1  deze hulp\n"
            "escape  dialoog sluiten, invoer verlaten, terug\n"
            "ctrl+q  afsluiten (de vergadering is al bewaard)"
        ),
        (
            "Projects are co-production groups; each has its meetings. Choose a project on the "
            "left, a meeting on the right. Enter opens it: a planned or running meeting becomes "
            "the open meeting, a closed one is shown read-only. When the minutes are shared "
            "(coprod share init), the line above the keys says where, and s sends this home's "
            "closed meetings and brings in those colleagues closed."
        ): (
            "Projecten zijn coproductiegroepen; elk heeft zijn vergaderingen. Kies links een "
            "project en rechts een vergadering. Enter opent hem: een geplande of lopende "
            "vergadering wordt de open vergadering, een gesloten vergadering is alleen te lezen. "
            "Als de notulen gedeeld worden (coprod share init), staat boven de toetsen waar "
            "naartoe, en s verstuurt de gesloten vergaderingen van deze computer en haalt op "
            "wat collega's hebben gesloten."
        ),
        "A closed meeting, read-only. Closed meetings are kept as they were.": (
            "Een gesloten vergadering, alleen te lezen. "
            "Gesloten vergaderingen blijven zoals ze waren."
        ),
    }
)
