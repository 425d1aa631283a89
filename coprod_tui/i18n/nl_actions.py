"""Dutch for the action plan: dates, the table, the form, the review and the export."""

NL = {
    # by when (model/dates.py)
    "write a date like 2026-12-01 or 1-12-2026, or +3d, +2w, +1m": (
        "schrijf een datum als 1-12-2026 of 2026-12-01, of +3d, +2w, +1m"
    ),
    "“{text}” is not a date: {hint}": "“{text}” is geen datum: {hint}",
    "“{text}”: there is no month {month} (day first: 1-12-2026)": (
        "“{text}”: maand {month} bestaat niet (dag eerst: 1-12-2026)"
    ),
    "“{text}”: {month_name} {year} has {last} days": (
        "“{text}”: {month_name} {year} heeft {last} dagen"
    ),
    "“{text}”: unknown unit “{unit}”; use d (days), w (weeks), m (months) or y": (
        "“{text}”: onbekende eenheid “{unit}”; gebruik d (dagen), w (weken), m (maanden) of j"
    ),
    "“{text}” is more than ten years ahead; choose a nearer date": (
        "“{text}” ligt meer dan tien jaar vooruit; kies een datum dichterbij"
    ),
    "“{text}”: write the year in full, e.g. 1-12-2026": (
        "“{text}”: schrijf het jaar voluit, bijv. 1-12-2026"
    ),
    "“by when” is empty: {hint}": "“wanneer klaar” is leeg: {hint}",
    "{date} is {days} day(s) ago — in the past": (
        "{date} is {days} dag(en) geleden — in het verleden"
    ),
    "{date} is more than two years ahead": "{date} ligt meer dan twee jaar vooruit",
}
NL.update(
    {
        # the service (meeting/actions.py)
        "what will we do": "wat gaan we doen",
        "who": "wie",
        "how will we know": "hoe weten we dat het werkt",
        "“{field}” holds at most {limit} characters; this has {count}": (
            "“{field}” mag hoogstens {limit} tekens hebben; dit zijn er {count}"
        ),
        "an earlier meeting": "een eerdere bijeenkomst",
        "a review note holds at most {limit} characters": (
            "een notitie bij de bespreking mag hoogstens {limit} tekens hebben"
        ),
        "reviewed: {decision}": "besproken: {decision}",
    }
)
NL.update(
    {
        # the table (screens/actions.py)
        "Add": "Toevoegen",
        "Edit": "Bewerken",
        "Done": "Gedaan",
        "Drop": "Laten vallen",
        "Reopen": "Heropenen",
        "Review": "Bespreken",
        "Open/all": "Open/alles",
        "key element": "kernelement",
        "by when": "wanneer klaar",
        "OVERDUE": "TE LAAT",
        "OVERDUE ({days} days)": "TE LAAT ({days} dagen)",
        "to review": "bespreken",
        "to review (r)": "nog bespreken (r)",
        "{count} open": "{count} open",
        "{count} overdue": "{count} te laat",
        "showing all": "alles getoond",
        "showing open only": "alleen open getoond",
        "No meeting is open (h: home).": "Er is geen bijeenkomst open (h: start).",
        "From earlier meetings, to review: {count} — press r to go through them": (
            "Uit eerdere bijeenkomsten, te bespreken: {count} — druk r om ze langs te lopen"
        ),
        "No actions yet for: {elements}": "Nog geen acties voor: {elements}",
        "a add · e edit · c done · d drop · o reopen · r review · f open/all · tab details": (
            "a nieuw · e bewerken · c gedaan · d laten vallen · o heropenen · r bespreken"
            " · f open/alles · tab details"
        ),
        "No actions yet: press a to add one.": "Nog geen acties: druk a om er een toe te voegen.",
        "Nothing to show here (f shows all actions).": (
            "Hier is niets te tonen (f toont alle acties)."
        ),
        "from the earlier meeting {meeting}": "uit de eerdere bijeenkomst {meeting}",
        "from an opportunity card": "uit een kanskaart",
        "This meeting is closed; its action plan is read-only.": (
            "Deze bijeenkomst is gesloten; het actieplan is alleen te lezen."
        ),
        "Drop the action “{what}”? It stays in the minutes as dropped (o reopens it).": (
            "De actie “{what}” laten vallen? Ze blijft in de notulen staan als vervallen"
            " (o heropent haar)."
        ),
        "No actions from earlier meetings to review.": (
            "Er zijn geen acties uit eerdere bijeenkomsten te bespreken."
        ),
        "Review an action from {meeting} ({number} of {total})": (
            "Bespreek een actie uit {meeting} ({number} van {total})"
        ),
        "{count} review(s) recorded in this meeting's minutes.": (
            "{count} bespreking(en) vastgelegd in de notulen van deze bijeenkomst."
        ),
        "The action plan: one block of actions per key element of co-production. Each action "
        "says what we will do, who will do it, by when, and how we will know it has worked. "
        "a adds an action, e or enter edits the selected one, c marks it done, d drops it, "
        "o opens it again, f shows open actions only or all, g shows the selected action on the "
        "room view (coprod room: F2 says how to open it). Actions still open from the "
        "previous meeting come first, marked “to review”: r reviews them (done, still open, "
        "dropped), and the decision is written into this meeting's minutes (an earlier "
        "meeting's minutes stay as they were). The panel "
        "under the table shows the selected action in full (tab to it to scroll). By when "
        "accepts 2026-12-01, 1-12-2026, +3d, +2w, +1m, today and tomorrow.": (
            "Het actieplan: per kernelement van co-productie een blok acties. Elke actie zegt "
            "wat we gaan doen, wie het doet, wanneer het klaar is en hoe we weten dat het "
            "werkt. a voegt een actie toe, e of enter bewerkt de gekozen actie, c zet haar op "
            "gedaan, d laat haar vallen, o heropent haar, f toont alleen open acties of alles, "
            "g zet de gekozen actie op het groepsscherm (coprod room: F2 zegt hoe je het opent). "
            "Acties die uit de vorige bijeenkomst nog open staan komen eerst, gemarkeerd "
            "“bespreken”: r loopt ze langs (gedaan, loopt nog, vervallen), en het besluit komt "
            "in de notulen van deze bijeenkomst (de notulen van een eerdere bijeenkomst "
            "blijven zoals ze waren). Het paneel onder de tabel toont de gekozen "
            "actie volledig (tab erheen om te scrollen). Wanneer klaar kent 1-12-2026, "
            "2026-12-01, +3d, +2w, +1m, vandaag en morgen."
        ),
        # the form and the review (screens/action_dialogs.py)
        "New action": "Nieuwe actie",
        "Edit the action": "Actie bewerken",
        "Key element": "Kernelement",
        "What will we do": "Wat gaan we doen",
        "Who will do it": "Wie doet het",
        "By when": "Wanneer klaar",
        "How will we know": "Hoe weten we het",
        "how will we know it has worked?": "hoe weten we dat het gewerkt heeft?",
        "2026-12-01 · 1-12-2026 · +2w · tomorrow": "1-12-2026 · 2026-12-01 · +2w · morgen",
        "(no date yet)": "(nog geen datum)",
        "Participants: {names} (→ completes)": "Deelnemers: {names} (→ vult aan)",
        "enter save · tab next field · escape cancel": (
            "enter bewaren · tab volgend veld · escape annuleren"
        ),
        "Save": "Bewaren",
        "Save anyway": "Toch bewaren",
        "Not saved yet:": "Nog niet bewaard:",
        "Say what we will do.": "Zeg wat we gaan doen.",
        "Not quite SMART yet — fill it in, or press enter again to save it as agreed:": (
            "Nog niet helemaal SMART — vul het aan, of druk nog eens enter om het zo te"
            " bewaren als afgesproken:"
        ),
        "No one is named for “who will do it”.": "Er is niemand genoemd bij “wie doet het”.",
        "“{who}” names no one in particular.": "“{who}” noemt niemand in het bijzonder.",
        "There is no date for “by when”.": "Er is geen datum bij “wanneer klaar”.",
        "“How will we know it has worked” is empty.": (
            "“Hoe weten we dat het gewerkt heeft” is leeg."
        ),
        "Stop reviewing": "Stoppen met bespreken",
        "Note (optional)": "Notitie (mag leeg)",
        "↑↓ choose · enter record · tab note · escape stop reviewing": (
            "↑↓ kiezen · enter vastleggen · tab notitie · escape stoppen"
        ),
        "Stop": "Stoppen",
        "Record": "Vastleggen",
        "Choose done, still open or dropped.": "Kies gedaan, loopt nog of vervallen.",
    }
)
NL.update(
    {
        # coprod actions export (actions_export.py)
        "overdue": "te laat",
        "agreed in": "afgesproken in",
        "review": "bespreking",
        "yes": "ja",
        "Exported {date} · {count} actions · {open} open · {overdue} overdue": (
            "Geëxporteerd {date} · {count} acties · {open} open · {overdue} te laat"
        ),
        "no coprod data in {home}": "geen coprod-gegevens in {home}",
        "no project called {name!r}; known: {known}": (
            "geen project met de naam {name!r}; bekend: {known}"
        ),
        "skipped a meeting": "bijeenkomst overgeslagen",
    }
)
