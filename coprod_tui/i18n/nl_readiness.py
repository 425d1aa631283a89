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
    "readiness": "gereedheid",
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
    "still {now}; up on {up} of {total}": "nog steeds {now}; bij {up} van {total} omhoog",
    "still {now}; down on {down} of {total}": "nog steeds {now}; bij {down} van {total} omlaag",
    "still {now}": "nog steeds {now}",
    "since {date}: {before} → {now}": "sinds {date}: {before} → {now}",
    # the screen
    "Readiness check · no meeting open (h: home)": (
        "Gereedheidscheck · geen bijeenkomst open (h: start)"
    ),
    "check {number} (before: {date})": "check {number} (vorige: {date})",
    "the first check": "de eerste check",
    "answers: the group": "antwoord: de groep",
    "answers: each person": "antwoord: ieder apart",
    "before": "vorige",
    "Answer": "Antwoord",
    "Group/each": "Groep/ieder",
    "Gap → action": "Gat → actie",
    "Own question": "Eigen vraag",
    "Previous principle": "Vorig kernelement",
    "Next principle": "Volgend kernelement",
    "enter answer · m group/each · ←/→ principle · A gap → action · a our question": (
        "enter antwoord · m groep/ieder · ←/→ element · A gat → actie · a eigen vraag"
    ),
    "they differ: worth talking about": "ze verschillen: praat erover",
    "Not answered yet: enter records the group's answer (m: each person).": (
        "Nog niet beantwoord: enter legt het antwoord van de groep vast (m: ieder apart)."
    ),
    "Not answered yet: enter chooses who answers, ? answers anonymously.": (
        "Nog niet beantwoord: enter kiest wie antwoordt, ? antwoordt anoniem."
    ),
    "Now each person answers for themselves.": "Nu antwoordt ieder voor zichzelf.",
    "Now you record the group's agreed answer.": (
        "Nu leg je het antwoord vast waar de groep het over eens is."
    ),
    "Who answers? — {question}": "Wie antwoordt? — {question}",
    "? anonymous (adds an answer)": "? anoniem (voegt een antwoord toe)",
    "no answer yet": "nog geen antwoord",
    "For a gap in the readiness check — {principle}: {question} (now: {answer})": (
        "Voor een gat in de gereedheidscheck — {principle}: {question} (nu: {answer})"
    ),
    "Added to the action plan under {element} (5: the action plan).": (
        "Toegevoegd aan het actieplan onder {element} (5: het actieplan)."
    ),
    "for a gap in the readiness check: {question}": (
        "voor een gat in de gereedheidscheck: {question}"
    ),
    "Our own question for {principle}": "Onze eigen vraag bij {principle}",
    "The question, as the group asks it (later checks ask it too):": (
        "De vraag, zoals de groep hem stelt (volgende checks stellen hem ook):"
    ),
    "This question has no answers to delete.": "Deze vraag heeft geen antwoorden om te wissen.",
    "Delete which?": "Wat wissen?",
    "the question itself, with its answers": "de vraag zelf, met de antwoorden",
    "Delete our own question “{question}” and its answers?": (
        "Onze eigen vraag “{question}” en de antwoorden wissen?"
    ),
    "Delete the answer of {who} ({answer})?": "Het antwoord van {who} ({answer}) wissen?",
    # the answer dialog
    "Answer of: {who}": "Antwoord van: {who}",
    "Why (a note)": "Waarom (toelichting)",
    "what makes us say so?": "waarom zeggen we dit?",
    "1–4 choose · enter next / save · escape cancel": (
        "1–4 kiezen · enter verder / bewaren · escape annuleren"
    ),
    "Choose an answer first: 1–4.": "Kies eerst een antwoord: 1–4.",
    "enter choose · escape cancel": "enter kiezen · escape annuleren",
    # the diagram
    "{now} now  {before} {date}": "{now} nu  {before} {date}",
    "{now} now (the first check)": "{now} nu (de eerste check)",
    "{count} up": "{count} omhoog",
    "{count} down": "{count} omlaag",
    # help
    "The readiness check: the toolkit's questions per key principle, answered honestly by "
    "the group. ←/→ moves between the principles, ↑/↓ between their questions. enter "
    "answers the selected question: yes, partly, not yet or don't know (1–4), then a note "
    "of why. m switches who answers: the group's agreed answer, or each person for "
    "themselves (choose who, or ? for an anonymous answer); the spread of their answers is "
    "shown beside the group's, since disagreement is worth talking about. The diagram shows "
    "each principle as a bar (full = yes, half = partly, empty = not yet) with the "
    "project's previous check beside it and the change in words. a adds the group's own "
    "question to a principle (later checks ask it too), e changes it, d deletes an answer "
    "or an own question. A turns the selected question, a gap, into an action in the "
    "action plan; the next check shows which gaps got an action and whether it was done.": (
        "De gereedheidscheck: de vragen van de toolkit per kernelement, eerlijk beantwoord door "
        "de groep. ←/→ gaat naar een ander kernelement, ↑/↓ naar een andere vraag. enter "
        "beantwoordt de gekozen vraag: ja, deels, nog niet of weet niet (1–4), en daarna een "
        "toelichting: waarom? m wisselt wie antwoordt: de groep samen, of ieder voor zichzelf "
        "(kies wie, of ? voor een anoniem antwoord). Hoe de antwoorden van ieder verschillen, "
        "staat naast dat van de groep: over verschil kun je praten. Het diagram toont elk "
        "kernelement als balk (vol = ja, half = deels, leeg = nog niet), met de vorige check "
        "van het project ernaast en de verandering in woorden. a voegt een eigen vraag van de "
        "groep toe aan een kernelement (volgende checks stellen hem ook), e verandert hem, d "
        "wist een antwoord of een eigen vraag. A maakt van de gekozen vraag, een gat, een actie "
        "in het actieplan; de volgende check laat zien welke gaten een actie kregen en of die "
        "gedaan is."
    ),
}
