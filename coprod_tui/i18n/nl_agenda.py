"""Dutch for the agenda screen, its dialogs and the meeting's time words."""

NL = {
    # F1
    (
        "The agenda of the open meeting. Space starts the meeting (and pauses or resumes it); "
        "n finishes the current item and starts the next one's clock by itself. When that item "
        "has a tool (gratitude round, cards, ladder, action plan), its screen opens; 1 brings "
        "you back here. The used column shows +N min when an item runs over; the header shows "
        "the projected end and how late it is. Tab moves to the notes and decisions of the "
        "selected item (saved as you type), escape goes back to the table. Times come from "
        "stored timestamps: a restart after a crash picks up where the meeting was."
    ): (
        "De agenda van de open vergadering. Spatie start de vergadering (en pauzeert of gaat "
        "verder); n sluit het huidige punt af en start vanzelf de klok van het volgende. Heeft "
        "dat punt een werkvorm (dankbaarheidsronde, kaarten, ladder, actieplan), dan opent het "
        "scherm daarvan; 1 brengt je hier terug. De kolom gebruikt toont +N min als een punt "
        "uitloopt; bovenaan staan het verwachte einde en hoeveel later dat is. Tab gaat naar de "
        "notities en besluiten van het gekozen punt (bewaard terwijl je typt), escape terug naar "
        "de tabel. De tijden komen uit bewaarde tijdstempels: na een crash gaat de vergadering "
        "verder waar ze was."
    ),
    # keys
    "Start/pause": "Start/pauze",
    "Next": "Volgende",
    "Add": "Toevoegen",
    "Edit": "Wijzigen",
    "Delete": "Verwijderen",
    "Move up": "Omhoog",
    "Move down": "Omlaag",
    "People": "Mensen",
    "Back to the table": "Terug naar de tabel",
    # the table
    "item": "punt",
    "tool": "werkvorm",
    "owner": "eigenaar",
    "state": "stand",
    "gratitude": "dankbaarheid",
    "ladder": "ladder",
    "postcards": "kaartjes",
    "paused": "gepauzeerd",
    "done": "klaar",
    "started": "begonnen",
    "{minutes} min": "{minutes} min",
    # the header and totals
    "not started": "niet begonnen",
    "on time": "op tijd",
    "+{minutes} min late": "+{minutes} min later",
    "{minutes} min early": "{minutes} min eerder",
    "started {started} · now {now} · ends ~{end} ({late})": (
        "begonnen {started} · nu {now} · einde ~{end} ({late})"
    ),
    "start {started} · now {now} · end ~{end} ({late})": (
        "begin {started} · nu {now} · einde ~{end} ({late})"
    ),
    "started {started} · closed {closed} ({late})": (
        "begonnen {started} · gesloten {closed} ({late})"
    ),
    "started {started} · paused {paused} · {left} to go": (
        "begonnen {started} · pauze {paused} · nog {left}"
    ),
    "planned {planned}": "gepland {planned}",
    "used {used}": "gebruikt {used}",
    "item {number} of {count}": "punt {number} van {count}",
    "{done} of {count} done": "{done} van {count} klaar",
    "closed (read-only)": "gesloten (alleen lezen)",
    "PAUSED: space resumes": "PAUZE: spatie gaat verder",
    "not started: space starts": "niet begonnen: spatie start",
    "No meeting open: h goes home": "Geen vergadering open: h gaat naar start",
    # people
    "Card receiver: {name}": "Kaartontvanger: {name}",
    "No card receiver (r)": "Geen kaartontvanger (r)",
    "Participants ({count}): {names}": "Deelnemers ({count}): {names}",
    "none yet (P adds them)": "nog niemand (P voegt toe)",
    "Participants and card receiver": "Deelnemers en kaartontvanger",
    "The next meeting of this project proposes the participant after the receiver.": (
        "De volgende vergadering van dit project stelt de deelnemer na de ontvanger voor."
    ),
    # notes
    "Notes (tab here, escape back)": "Notities (tab hierheen, escape terug)",
    "Notes on {number} · {title}": "Notities bij {number} · {title}",
    "not saved: {problem}": "niet bewaard: {problem}",
    "Notes not saved": "Notities niet bewaard",
    "Not saved": "Niet bewaard",
    # running the meeting
    "Now: {number} · {title} ({planned})": "Nu: {number} · {title} ({planned})",
    "1 returns to the agenda": "1 gaat terug naar de agenda",
    "(the {tool} screen is not available)": "(het scherm {tool} is er niet)",
    "The {tool} screen is not available.": "Het scherm {tool} is er niet.",
    "The meeting has not started: space starts it.": (
        "De vergadering is niet begonnen: spatie start haar."
    ),
    "Paused. Space resumes.": "Gepauzeerd. Spatie gaat verder.",
    "That was the last item. c closes the meeting.": (
        "Dat was het laatste punt. c sluit de vergadering."
    ),
    "This meeting is closed; it can be read, not changed.": (
        "Deze vergadering is gesloten; je kunt haar lezen, niet wijzigen."
    ),
    # items
    "Add an agenda item": "Agendapunt toevoegen",
    "Edit item {number}": "Punt {number} wijzigen",
    "Item": "Punt",
    "Planned minutes": "Geplande minuten",
    "Owner (optional)": "Eigenaar (niet verplicht)",
    "Tool": "Werkvorm",
    "Save": "Bewaren",
    "The item needs a title.": "Het punt heeft een titel nodig.",
    "Planned minutes: a whole number from 0 to {most}.": (
        "Geplande minuten: een heel getal van 0 tot {most}."
    ),
    'Delete item {number} "{title}"?': 'Punt {number} "{title}" verwijderen?',
    "It is the current item; the next item takes over.": (
        "Het is het huidige punt; het volgende punt neemt het over."
    ),
    "Its notes and decisions go with it.": "De notities en besluiten gaan mee.",
    'Deleted: "{title}"': 'Verwijderd: "{title}"',
    # closing
    (
        'Close the meeting "{title}"? The clock stops, the minutes are written, and the '
        "meeting can be read but no longer changed."
    ): (
        'De vergadering "{title}" sluiten? De klok stopt, de notulen worden geschreven en '
        "de vergadering kan daarna gelezen maar niet meer gewijzigd worden."
    ),
    "Meeting closed. Minutes: {path}": "Vergadering gesloten. Notulen: {path}",
    "Minutes written": "Notulen geschreven",
}
