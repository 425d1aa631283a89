"""Dutch for the ladder reflection: screen, dialogs, widgets and its part of the minutes."""

NL = {
    # screen
    "Participation ladder": "Participatieladder",
    "Participation ladder · no meeting open (h: home)": (
        "Participatieladder · geen vergadering open (h: start)"
    ),
    "model: {model} · v: {other}": "model: {model} · v: {other}",
    "toolkit ladder (7 rungs)": "toolkitladder (7 treden)",
    "Vilans model (6 steps)": "Vilans-model (6 treden)",
    "Place": "Plaatsen",
    "Anonymous": "Anoniem",
    "Reflect": "Reflecteren",
    "Change": "Wijzigen",
    "Delete": "Verwijderen",
    "Other ladder": "Andere ladder",
    "Trend": "Trend",
    "Placements": "Plaatsingen",
    "who": "wie",
    "rung": "trede",
    "reflection": "reflectie",
    "first answer": "eerste antwoord",
    "enter place · ? anonymous · e change · d delete · r reflect · v other ladder · t trend": (
        "enter plaatsen · ? anoniem · e wijzigen · d verwijderen · r reflecteren · "
        "v andere ladder · t trend"
    ),
    "No placements yet: enter to place, ? anonymously.": (
        "Nog geen plaatsingen: enter om te plaatsen, ? anoniem."
    ),
    "1 placement": "1 plaatsing",
    "{count} placements": "{count} plaatsingen",
    "median {median}": "mediaan {median}",
    "{median}, between {low} and {high}": "{median}, tussen {low} en {high}",
    "{count} on the other ladder, kept aside": "{count} op de andere ladder, apart gehouden",
    "This meeting is closed: it can be read, not changed.": (
        "Deze vergadering is gesloten: je kunt hem lezen, niet wijzigen."
    ),
    "No placement selected: enter places the project.": (
        "Geen plaatsing gekozen: enter plaatst het project."
    ),
    "No placement selected.": "Geen plaatsing gekozen.",
    "No reflection selected: r records one.": "Geen reflectie gekozen: r legt er een vast.",
    "No reflection selected.": "Geen reflectie gekozen.",
    "Reflection saved.": "Reflectie bewaard.",
    "Delete the placement of {who} on {rung}?": "De plaatsing van {who} op {rung} verwijderen?",
    "Delete the reflection “{title}” by {who}?": "De reflectie “{title}” van {who} verwijderen?",
    "{project} now uses the {model}. Placements on the other ladder are kept.": (
        "{project} gebruikt nu het {model}. Plaatsingen op de andere ladder blijven bewaard."
    ),
    # the ladder widget and the rung picker
    "◀ median": "◀ mediaan",
    "Rung up": "Trede omhoog",
    "Rung down": "Trede omlaag",
    "Choose this rung": "Deze trede kiezen",
    "This ladder has {count} rungs.": "Deze ladder heeft {count} treden.",
    "Where is our work on the ladder? — {who}": "Waar staat ons werk op de ladder? — {who}",
    "1–{top} or ↑/↓ and enter · escape cancel": "1–{top} of ↑/↓ en enter · escape annuleren",
    "Who places the project?": "Wie plaatst het project?",
    "not yet": "nog niet",
    "? anonymous (adds a placement)": "? anoniem (voegt een plaatsing toe)",
    "enter choose · ? anonymous · escape cancel": "enter kiezen · ? anoniem · escape annuleren",
    # the trend
    "Trend · median per meeting": "Trend · mediaan per vergadering",
    "No placements yet in this or earlier meetings.": (
        "Nog geen plaatsingen in deze of eerdere vergaderingen."
    ),
    "↑ up {step} since {date}": "↑ {step} omhoog sinds {date}",
    "↓ down {step} since {date}": "↓ {step} omlaag sinds {date}",
    "= the same as on {date}": "= hetzelfde als op {date}",
    "◀ this meeting": "◀ deze vergadering",
    "{count} earlier meeting(s) used the other ladder": (
        "{count} eerdere vergadering(en) gebruikten de andere ladder"
    ),
    # reflections
    "Record a reflection": "Een reflectie vastleggen",
    "Change the reflection": "De reflectie wijzigen",
    "example of doing WITH": "voorbeeld doen MET",
    "example of doing FOR": "voorbeeld doen VOOR",
    "personal reflection": "persoonlijke reflectie",
    "Example of doing WITH": "Voorbeeld van doen MET",
    "Example of doing FOR": "Voorbeeld van doen VOOR",
    "Example": "Voorbeeld",
    "example": "voorbeeld",
    "personal": "persoonlijk",
    "Personal reflection": "Persoonlijke reflectie",
    "as “we”": "als “wij”",
    "as “I”": "als “ik”",
    "who (optional)": "wie (mag leeg)",
    "a rung (optional)": "een trede (mag leeg)",
    "kept: {rung} (other ladder)": "bewaard: {rung} (andere ladder)",
    "Save": "Bewaren",
    "Answer at least one question, or press escape.": (
        "Beantwoord minstens één vraag, of druk op escape."
    ),
    "Answer {number} holds at most {limit} characters; shorten it.": (
        "Antwoord {number} mag hoogstens {limit} tekens hebben; maak het korter."
    ),
    "escape close": "escape sluiten",
    (
        "The participation ladder: where does the group place its work? Each participant "
        "places the project on a rung (enter, then who, then the rung's number; ? places "
        "anonymously). A participant who places again changes their placement. The bars count "
        "the placements per rung and '◀ median' marks the median. r records a reflection: an "
        "example of doing WITH or doing FOR with the toolkit's four questions, or the three "
        "personal questions, as 'I' or 'we'. The trend shows the median of each meeting of "
        "the project, oldest first. v switches the project between the toolkit's ladder (7 "
        "rungs) and the Vilans model (6 steps); placements on the other ladder are kept but "
        "not mixed."
    ): (
        "De participatieladder: waar plaatst de groep haar werk? Elke deelnemer plaatst het "
        "project op een trede (enter, dan wie, dan het nummer van de trede; ? plaatst anoniem). "
        "Wie opnieuw plaatst, wijzigt zijn plaatsing. De balken tellen de plaatsingen per trede "
        "en '◀ mediaan' wijst de mediaan aan. r legt een reflectie vast: een voorbeeld van doen "
        "MET of doen VOOR met de vier vragen van de toolkit, of de drie persoonlijke vragen, als "
        "'ik' of 'wij'. De trend toont de mediaan van elke vergadering van het project, de "
        "oudste eerst. v wisselt het project tussen de ladder van de toolkit (7 treden) en het "
        "Vilans-model (6 treden); plaatsingen op de andere ladder blijven bewaard maar worden "
        "niet gemengd."
    ),
}
