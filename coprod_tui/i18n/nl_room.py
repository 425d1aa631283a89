"""Dutch for the room view (what the group reads on the projector: taalniveau B1) and the
facilitator's F2 dialog about it."""

NL = {
    # the room view
    "Waiting for the meeting …": "Wachten op de bijeenkomst …",
    "{number} · {title}  ·  {used} of {planned} min": (
        "{number} · {title}  ·  {used} van {planned} min"
    ),
    "We agree:": "We spreken af:",
    "who: {who}": "wie: {who}",
    "by: {date}": "wanneer klaar: {date}",
    "we will know by: {how}": "we weten dat het gelukt is als: {how}",
    "Where are we on the ladder?": "Waar staan we op de ladder?",
    "{n} of {total} placed": "{n} van {total} hebben gekozen",
    "{n} placed": "{n} hebben gekozen",
    "Dot vote": "Stippen stemmen",
    "{n} voted": "{n} hebben gestemd",
    "The results follow when everyone has answered.": (
        "De uitslag komt als iedereen heeft geantwoord."
    ),
    "Quit": "Stoppen",
    "Refresh": "Vernieuwen",
    # the facilitator's side
    (
        "The room view shows the group only what you put on show: the agenda item and its time, "
        "a card you show to the group (g in the group view), the action being agreed (g on the "
        "action plan), the gratitude round's speaker and time once you start it, and a phone "
        "activity's count and, once revealed, its results. Between those it shows the project's "
        "name. Open it in a second terminal (on the projector) or over SSH with the command "
        "shown; in a browser at the phone page's address followed by /room. c takes the thing on "
        "show off the room view."
    ): (
        "Het groepsscherm toont de groep alleen wat jij in beeld zet: het agendapunt en de tijd, "
        "een kaart die je aan de groep toont (g in het groepsbeeld), de actie die we afspreken "
        "(g bij het actieplan), wie aan de beurt is in de dankbaarheidsronde en de tijd zodra je "
        "die start, en bij een activiteit op de telefoon hoeveel mensen antwoordden en, na het "
        "tonen, de uitslag. Daartussen staat de naam van het project. Open het in een tweede "
        "terminal (op de beamer) of via SSH met de opdracht hierboven; in een browser op het adres "
        "van de telefoonpagina met /room erachter. c haalt wat in beeld staat weg."
    ),
    "Room view": "Groepsscherm",
    "Room view (F2)": "Groepsscherm (F2)",
    "How to open the group's screen": "Zo open je het scherm voor de groep",
    "Room view: what the group sees": "Groepsscherm: wat de groep ziet",
    "On the projector, in a second terminal on this computer:": (
        "Op de beamer, in een tweede terminal op deze computer:"
    ),
    "For someone over SSH:": "Voor iemand via SSH:",
    "In a browser (a TV, someone at home):": "In een browser (een tv, iemand thuis):",
    "Start the phone page (j on the cards screen); add /room to its address.": (
        "Start de telefoonpagina (j bij de kaarten); zet /room achter het adres."
    ),
    "c take it off the room view · escape close": "c uit beeld halen · escape sluiten",
    "Take it off the room view": "Uit beeld halen",
    "Nothing is on show: the room view shows the agenda and the project.": (
        "Er staat niets in beeld: het groepsscherm toont de agenda en het project."
    ),
    "On show now: {what}.": "Nu in beeld: {what}.",
    "a card": "een kaart",
    "the action being agreed": "de actie die we afspreken",
    "the gratitude round's speaker and time": (
        "wie aan de beurt is in de dankbaarheidsronde, en de tijd"
    ),
    "the placement round": "de ladderronde",
    "the dot vote": "de stippenstemming",
    "On the room view: the selected action.": "Op het groepsscherm: de gekozen actie.",
    "only a card the receiver has presented can be shown": (
        "alleen een kaart die de ontvanger heeft voorgelezen kan in beeld"
    ),
    "a countdown cannot be below zero": "een aftelklok kan niet onder nul",
}
