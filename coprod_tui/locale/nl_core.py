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
