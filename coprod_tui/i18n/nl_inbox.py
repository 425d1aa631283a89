"""Dutch for the card inbox (kanskaarten), its dialogs and the view for the group."""

NL = {
    # inbox screen
    "Opportunity cards · receiver: {receiver}": "Kanskaarten · ontvanger: {receiver}",
    "Opportunity cards · no card receiver chosen": "Kanskaarten · geen kaartontvanger gekozen",
    "No meeting is open (h: home).": "Er is geen vergadering open (h: start).",
    "all": "alle",
    "showing": "toont",
    "newest first": "nieuwste eerst",
    "oldest first": "oudste eerst",
    "{count} waiting for another meeting": "{count} wachten op een andere vergadering",
    "{count} handed-in file(s) could not be read as a card (kept in inbox/bad) — b: list": (
        "{count} ingeleverd(e) bestand(en) waren geen leesbare kaart (bewaard in inbox/bad)"
        " — b: lijst"
    ),
    "state": "stand",
    "time": "tijd",
    "from": "van",
    "card": "kaart",
    "hand in from any terminal: {command} · from a phone: j": (
        "inleveren vanaf elke terminal: {command} · vanaf een telefoon: j"
    ),
    "No cards in this state. f: show another state.": (
        "Geen kaarten in deze stand. f: toon een andere stand."
    ),
    "No cards yet. Hand one in from any terminal: {command} — or a: add a paper card.": (
        "Nog geen kaarten. Lever er een in vanaf elke terminal: {command} — of a: papieren"
        " kaart toevoegen."
    ),
    "There is no card selected.": "Er is geen kaart gekozen.",
    "This meeting is closed: its cards can be read, not changed.": (
        "Deze vergadering is gesloten: de kaarten zijn te lezen, niet te wijzigen."
    ),
    "This card became an action; change it in the action plan (5).": (
        "Deze kaart is een actie geworden; wijzig die in het actieplan (5)."
    ),
    "This card is already an action in the action plan (5).": (
        "Deze kaart is al een actie in het actieplan (5)."
    ),
    "This card can no longer become an action.": "Deze kaart kan geen actie meer worden.",
    "Added to the action plan under {element}; fill in who and by when there (5).": (
        "Toegevoegd aan het actieplan onder {element}; vul daar wie en wanneer in (5)."
    ),
    "Every file handed in was a readable card.": "Elk ingeleverd bestand was een leesbare kaart.",
    # keys
    "Present": "Presenteren",
    "Discussed": "Besproken",
    "Park": "Parkeren",
    "→ Action": "→ Actie",
    "Show to group": "Toon aan groep",
    "Add paper card": "Papieren kaart",
    "Back to new": "Terug naar nieuw",
    "Read in full": "Helemaal lezen",
    "Oldest/newest first": "Oudste/nieuwste eerst",
    "Filter by state": "Filter op stand",
    "Next card": "Volgende kaart",
    "Previous card": "Vorige kaart",
    "Unreadable card files": "Onleesbare kaartbestanden",
    "Back to the inbox": "Terug naar de kaartenbak",
    # the full card
    "paper card": "papieren kaart",
    "handed in": "ingeleverd",
    "state: {state}": "stand: {state}",
    "action under: {element}": "actie onder: {element}",
    # dialogs
    "Add a paper card": "Papieren kaart toevoegen",
    "Add card": "Kaart toevoegen",
    "What the card says": "Wat er op de kaart staat",
    "Name on the card (leave empty: anonymous)": "Naam op de kaart (leeg laten: anoniem)",
    "tab: next field · enter in the name field or ctrl+s: add · escape: cancel": (
        "tab: volgend veld · enter in het naamveld of ctrl+s: toevoegen · escape: annuleren"
    ),
    "{count} of at most {limit} characters": "{count} van hoogstens {limit} tekens",
    "That paste was not added: the card would have {count} characters; "
    "a card holds at most {limit}.": (
        "Dat plakken is niet gedaan: de kaart zou {count} tekens krijgen; er passen er"
        " hoogstens {limit} op een kaart."
    ),
    "Card → action: which key element?": "Kaart → actie: welk kernelement?",
    "enter: choose · escape: cancel": "enter: kiezen · escape: annuleren",
    "{count} file(s) handed in could not be read as a card. They are kept in "
    "{folder}; look at them there and delete them by hand when done.": (
        "{count} ingeleverd(e) bestand(en) waren geen leesbare kaart. Ze staan in {folder};"
        " bekijk ze daar en verwijder ze zelf als je klaar bent."
    ),
    # the view for the group
    "Card {number} of {total} · n next · p previous": (
        "Kaart {number} van {total} · n volgende · p vorige"
    ),
    "No card has been presented yet.": "Er is nog geen kaart gepresenteerd.",
    # app shell notices about the inbox
    "{count} card(s) wait for their project's next meeting": (
        "{count} kaart(en) wachten op de volgende vergadering van hun project"
    ),
    # help
    "Opportunity cards (kanskaarten) handed in during or between meetings. Anyone can hand "
    'in a card from a terminal with: coprod card "your idea" (add --from NAME to sign it; '
    "unsigned cards are anonymous and no author is stored anywhere). The card receiver "
    "screens new cards, presents them (enter), marks them discussed (t) or parks them (x), "
    "or turns a card into an action for the action plan (A). g shows the presented cards "
    "to the group in large type, without the names of anonymous authors. a types in a "
    "paper card. o switches oldest/newest first, f shows one state only, space shows the "
    "selected card in full, u puts a card back to new. j opens the phone page, where "
    "participants hand in cards from their phone.": (
        "Kanskaarten die tijdens of tussen vergaderingen zijn ingeleverd. Iedereen kan vanaf"
        ' een terminal een kaart inleveren met: coprod card "je idee" (met --from NAAM erbij'
        " staat je naam erop; kaarten zonder naam zijn anoniem en nergens wordt een schrijver"
        " bewaard). De kaartontvanger bekijkt nieuwe kaarten eerst, presenteert ze (enter),"
        " markeert ze als besproken (t) of parkeert ze (x), of maakt van een kaart een actie"
        " voor het actieplan (A). g toont de gepresenteerde kaarten groot aan de groep, zonder"
        " de namen van anonieme schrijvers. a typt een papieren kaart in. o wisselt oudste/"
        "nieuwste eerst, f toont één stand, spatie toont de gekozen kaart helemaal, u zet een"
        " kaart terug op nieuw. j opent de telefoonpagina, waar deelnemers kaarten inleveren"
        " vanaf hun telefoon."
    ),
    "The presented cards, large, for the whole group (a projector or a shared screen). "
    "Cards that are not presented yet never show here, nor the author of an anonymous card. "
    "n and p go through the presented cards; escape goes back to the inbox.": (
        "De gepresenteerde kaarten, groot, voor de hele groep (een beamer of een gedeeld"
        " scherm). Kaarten die nog niet zijn gepresenteerd komen hier nooit, en ook niet de"
        " schrijver van een anonieme kaart. n en p gaan door de gepresenteerde kaarten; escape"
        " gaat terug naar de kaartenbak."
    ),
}
