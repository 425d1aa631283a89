"""Dutch for the minutes screen, the read-only meeting view, Markdown export and rebuild."""

NL = {
    # minutes screen
    "Search": "Zoeken",
    "Export Markdown": "Markdown maken",
    "Reload": "Opnieuw lezen",
    "Clear search": "Zoekopdracht wissen",
    "project": "project",
    "where": "waar",
    "text": "tekst",
    "Markdown written to {path}": "Markdown geschreven naar {path}",
    "enter open · / search · x export Markdown · escape clear the search": (
        "enter openen · / zoeken · x Markdown maken · escape zoekopdracht wissen"
    ),
    "Reading the minutes folder…": "De notulenmap wordt gelezen…",
    "Reading the minutes folder… {count} so far": "De notulenmap wordt gelezen… {count} tot nu toe",
    "search: {term}": "zoeken: {term}",
    "{where} in {title} ({project}, {date}):": "{where} in {title} ({project}, {date}):",
    "Exported": "Gemaakt",
    "No meeting selected.": "Geen vergadering gekozen.",
    "/ search all minutes (any case), enter to go to the results": (
        "/ zoek in alle notulen (hoofdletters maken niet uit), enter naar de resultaten"
    ),
    "1 meeting": "1 vergadering",
    "{count} meetings": "{count} vergaderingen",
    "⚠ {count} unreadable": "⚠ {count} onleesbaar",
    "the first {hits} results": "de eerste {hits} resultaten",
    "{hits} result(s) in {found} meeting(s)": (
        "{hits} resultaat/resultaten in {found} vergadering(en)"
    ),
    "⚠ {count} unreadable not searched": "⚠ {count} onleesbaar, niet doorzocht",
    "No minutes mention {text!r}": "Geen notulen noemen {text!r}",
    "This file cannot be read": "Dit bestand is onleesbaar",
    "Cannot open the minutes": "Kan de notulen niet openen",
    "Not exported": "Niet gemaakt",
    "unreadable": "onleesbaar",
    "⚠ cannot be read: {problem}": "⚠ onleesbaar: {problem}",
    "id {id}": "id {id}",
    (
        "The minutes of every past meeting in this data folder, newest first, including files "
        "colleagues sent you and you copied into the minutes folder. A file that cannot be read "
        "is listed at the top with the reason. Enter opens a meeting read-only; / searches the "
        "text of all minutes (any case) and enter on a result opens that meeting at the match; "
        "x writes the selected meeting as Markdown into the exports folder."
    ): (
        "De notulen van elke eerdere vergadering in deze gegevensmap, nieuwste eerst, ook "
        "bestanden die collega's je stuurden en die je in de notulenmap zette. Een onleesbaar "
        "bestand staat bovenaan, met de reden. Enter opent een vergadering om te lezen; / zoekt "
        "in de tekst van alle notulen (hoofdletters maken niet uit) en enter op een resultaat "
        "opent die vergadering bij de vondst; x schrijft de gekozen vergadering als Markdown in "
        "de map exports."
    ),
    # where a search result was found
    "participant": "deelnemer",
    "agenda item": "agendapunt",
    "notes": "notities",
    "decisions": "besluiten",
    "card": "kaart",
    "gratitude": "dankbaarheid",
    "postcard": "dankbaarheidskaart",
    "reflection": "reflectie",
    "action": "actie",
    "review": "bespreking",
    "meeting notes": "vergadernotities",
    # read-only meeting view
    (
        "A meeting's minutes, read-only: the agenda with the time each item took, the cards, "
        "the gratitude round, the ladder and the action plan. Closed meetings are kept as they "
        "were. Arrow keys and page up/down scroll; escape goes back."
    ): (
        "De notulen van een vergadering, alleen te lezen: de agenda met de tijd per punt, de "
        "kaarten, de dankbaarheidsronde, de ladder en het actieplan. Gesloten vergaderingen "
        "blijven zoals ze waren. Pijltjes en page up/down scrollen; escape gaat terug."
    ),
    "item": "punt",
    "time": "tijd",
    "state": "stand",
    "from": "van",
    "rung": "trede",
    "group": "groep",
    "placed": "geplaatst",
    "who": "wie",
    "key element": "kernelement",
    "what will we do": "wat gaan we doen",
    "by when": "wanneer klaar",
    "carried over": "overgenomen",
    "Search: {term} — marked as ": "Zoeken: {term} — gemarkeerd als ",
    "File": "Bestand",
    "owner": "eigenaar",
    "Started": "Begonnen",
    "Closed": "Gesloten",
    # Markdown export
    "Project": "Project",
    "Item": "Punt",
    "Tool": "Werkvorm",
    "Owner": "Eigenaar",
    "Planned": "Gepland",
    "Used": "Gebruikt",
    "Time": "Tijd",
    "Rung": "Trede",
    "Group": "Groep",
    "Placed": "Geplaatst",
    "Who": "Wie",
    "Key element": "Kernelement",
    "What will we do": "Wat gaan we doen",
    "Who will do it": "Wie doet het",
    "By when": "Wanneer klaar",
    "How will we know it has worked": "Hoe weten we dat het gewerkt heeft",
    "Review of": "Bespreking van",
    # minutes folder and command line
    "{name!r} is not a file in the minutes folder": "{name!r} is geen bestand in de notulenmap",
    "{path}: cannot be read ({problem})": "{path}: kan niet worden gelezen ({problem})",
    "… more than {count} results; search for more words": (
        "… meer dan {count} resultaten; zoek op meer woorden"
    ),
    # rebuild
    "a table is not a JSON object of rows": "een tabel is geen JSON-object met rijen",
    "schema version {found!r}; this coprod reads version {wanted}": (
        "schemaversie {found!r}; deze coprod leest versie {wanted}"
    ),
    "Home: {home}": "Gegevensmap: {home}",
    "{folder} does not exist: there is nothing to rebuild from": (
        "{folder} bestaat niet: er is niets om uit te herstellen"
    ),
    "The index could not be read ({problem}); a new one was written.": (
        "De index was onleesbaar ({problem}); er is een nieuwe geschreven."
    ),
    "The index was missing; a new one was written.": (
        "De index ontbrak; er is een nieuwe geschreven."
    ),
    "The index was readable; missing meetings were added to it.": (
        "De index was leesbaar; ontbrekende vergaderingen zijn toegevoegd."
    ),
    "Kept aside (not deleted)": "Apart gezet (niet verwijderd)",
    "Projects added": "Projecten toegevoegd",
    "Meetings restored from their minutes": "Vergaderingen hersteld uit hun notulen",
    "Broken meeting databases rewritten from their minutes": (
        "Kapotte vergaderbestanden opnieuw geschreven uit hun notulen"
    ),
    "Meeting databases kept as they were (newer than the minutes)": (
        "Vergaderbestanden gelaten zoals ze waren (nieuwer dan de notulen)"
    ),
    "Meetings without minutes put back in the index": (
        "Vergaderingen zonder notulen weer in de index gezet"
    ),
    "Not used": "Niet gebruikt",
    "Still missing (no minutes, no database)": "Ontbreekt nog (geen notulen, geen vergaderbestand)",
    "{name}: an older copy of the meeting in {other}": (
        "{name}: een oudere kopie van de vergadering in {other}"
    ),
    "{name}: a meeting database that cannot be read; left as it is": (
        "{name}: een onleesbaar vergaderbestand; gelaten zoals het is"
    ),
    "Recovered project {id}": "Teruggevonden project {id}",
}
