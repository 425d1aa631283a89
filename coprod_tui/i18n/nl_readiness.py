"""Dutch for the readiness check (gereedheidscheck): screen, dialogs, minutes and export."""

NL = {
    # model refusals
    "a question needs some text": "een vraag heeft tekst nodig",
    "a question holds at most {limit} characters; this one has {count}": (
        "een vraag heeft hoogstens {limit} tekens; deze heeft er {count}"
    ),
    "a note holds at most {limit} characters; this one has {count}": (
        "een toelichting heeft hoogstens {limit} tekens; deze heeft er {count}"
    ),
    "the group's answer belongs to no one participant": (
        "het antwoord van de groep hoort niet bij één deelnemer"
    ),
    "there is no such question in this check": "deze vraag staat niet in deze check",
    "a principle holds at most {limit} questions of the group's own": (
        "bij een kernelement passen hoogstens {limit} eigen vragen van de groep"
    ),
    # words
    "Readiness check": "Gereedheidscheck",
    "readiness check": "gereedheidscheck",
    "Readiness checks": "Gereedheidschecks",
    "No readiness check yet.": "Nog geen gereedheidscheck.",
    "Since {date}": "Sinds {date}",
    "Where we stand": "Waar we staan",
    "where we stand": "waar we staan",
    "Answered": "Beantwoord",
    "({count} anonymous)": "({count} anoniem)",
    "1 gap": "1 gat",
    "{count} gaps": "{count} gaten",
    "no score yet": "nog geen score",
    "not answered": "niet beantwoord",
    "{answered} of {total} answered": "{answered} van {total} beantwoord",
    "action: {action}": "actie: {action}",
    "each person": "ieder apart",
    "each person: {spread}": "ieder apart: {spread}",
    "meeting": "bijeenkomst",
    "question": "vraag",
    "our own question": "onze eigen vraag",
    "the group": "de groep",
    "the group's answer": "antwoord van de groep",
    "the group's note": "toelichting van de groep",
    # the change since the earlier check
    "not answered either time": "beide keren niet beantwoord",
    "{now} (not answered last time)": "{now} (vorige keer niet beantwoord)",
    "not answered yet (last time: {before})": "nog niet beantwoord (vorige keer: {before})",
    "up from {before} to {now} on {up} of {total}": (
        "omhoog van {before} naar {now}, bij {up} van {total}"
    ),
    "down from {before} to {now} on {down} of {total}": (
        "omlaag van {before} naar {now}, bij {down} van {total}"
    ),
    "still {now}; up on {up}, down on {down} of {total}": (
        "nog steeds {now}; bij {up} omhoog, bij {down} omlaag, van {total}"
    ),
    "still {now}": "nog steeds {now}",
    "since {date}: {before} → {now}": "sinds {date}: {before} → {now}",
}
