"""Dutch for phone activities: the phone page (taalniveau B1) and the facilitator's side."""

NL = {
    # the phone page: what is open now
    "Nothing to answer right now": "Er is nu niets te beantwoorden",
    "When the facilitator asks something, it shows here.": (
        "Vraagt de gespreksleider iets? Dan ziet u het hier."
    ),
    "Look again": "Opnieuw kijken",
    "Something new is open.": "Er is iets nieuws open.",
    "Show it": "Laat zien",
    "Where are we on the ladder?": "Waar staan we op de ladder?",
    "Vote with dots": "Stemmen met stippen",
    "Gratitude postcard": "Dankbaarheidskaartje",
    "Choose the step that fits our work best.": "Kies de trede die het best past bij ons werk.",
    "The steps": "De treden",
    "You have {dots} dots. Give them to the cards you like best. "
    "One card may get more than one dot.": (
        "U hebt {dots} stippen. Geef ze aan de kaarten die u het beste vindt. "
        "Een kaart mag meer dan één stip krijgen."
    ),
    "dots": "stippen",
    "Today I am grateful for …": "Vandaag ben ik dankbaar voor …",
    "Your name": "Uw naam",
    "Your name (you may leave it empty)": "Je naam (mag leeg blijven)",
    "Answer anonymously: no name is kept": "Anoniem antwoorden: er wordt geen naam bewaard",
    "You can change your answer until the facilitator closes it.": (
        "U kunt uw antwoord veranderen tot de gespreksleider de vraag sluit."
    ),
    "You can change your postcard while this is open.": (
        "U kunt uw kaartje veranderen zolang dit open is."
    ),
    "Nobody sees the answers until the facilitator shows them.": (
        "Niemand ziet de antwoorden tot de gespreksleider ze laat zien."
    ),
    "Save my place": "Bewaar mijn keuze",
    "Save my dots": "Bewaar mijn stippen",
    "Send my postcard": "Verstuur mijn kaartje",
    "This question is closed. The facilitator shows the results.": (
        "Deze vraag is gesloten. De gespreksleider laat de uitkomst zien."
    ),
    "This question is closed.": "Deze vraag is gesloten.",
    "Where the group placed our work": "Waar de groep ons werk plaatste",
    "The dots of the group": "De stippen van de groep",
    "1 person": "1 persoon",
    "{count} people": "{count} personen",
    "1 dot": "1 stip",
    "{count} dots": "{count} stippen",
    "Your place is saved.": "Uw keuze is bewaard.",
    "Your dots are saved.": "Uw stippen zijn bewaard.",
    "Your postcard is in. Thank you!": "Uw kaartje is binnen. Dank u wel!",
    "Your answer could not be read. Please try again.": (
        "Uw antwoord kon niet gelezen worden. Probeer het nog een keer."
    ),
    "Your answer could not be saved. Please tell the facilitator.": (
        "Uw antwoord kon niet bewaard worden. Zeg het tegen de gespreksleider."
    ),
    "Your phone did not keep this page's cookie, so your answer was not saved. "
    "Allow cookies for this page, then send it again.": (
        "Uw telefoon heeft het cookie van deze pagina niet bewaard. Daarom is uw antwoord "
        "niet bewaard. Sta cookies toe voor deze pagina en verstuur het opnieuw."
    ),
    # refusals of an answer (model/activity.py)
    "This question is closed. Answers can no longer change.": (
        "Deze vraag is gesloten. Antwoorden kunnen niet meer veranderen."
    ),
    "Please write your name.": "Schrijf alstublieft uw naam.",
    "Please choose a step on the ladder.": "Kies alstublieft een trede op de ladder.",
    "This card is not part of the vote.": "Over deze kaart wordt niet gestemd.",
    "A card cannot get fewer than 0 dots.": "Een kaart kan niet minder dan 0 stippen krijgen.",
    "Please put at least one dot on a card.": "Geef alstublieft minstens één stip aan een kaart.",
    "You have {dots} dots, and you gave {total}. Take some away.": (
        "U hebt {dots} stippen en u gaf er {total}. Haal er een paar weg."
    ),
    "A postcard holds at most {limit} characters.": "Een kaartje heeft hooguit {limit} tekens.",
    "Please write what you are grateful for.": "Schrijf alstublieft waarvoor u dankbaar bent.",
    "dots per phone must be between 1 and {top}": (
        "het aantal stippen per telefoon moet tussen 1 en {top} liggen"
    ),
    # the facilitator's side (meeting/activities.py, export/activities.py)
    "placement round": "plaatsingsronde",
    "dot vote": "stemming met stippen",
    "postcards on phones": "kaartjes op de telefoons",
    "The {kind} is still open on the phones: close it first.": (
        "De {kind} is nog open op de telefoons: sluit die eerst."
    ),
    "There are no cards to vote on.": "Er zijn geen kaarten om over te stemmen.",
    "Placement round on the phones": "Plaatsingsronde op de telefoons",
    "Dot vote on the phones": "Stemming met stippen op de telefoons",
    "Gratitude postcards from the phones": "Dankbaarheidskaartjes van de telefoons",
    "{count} of {of} placed": "{count} van {of} geplaatst",
    "{count} of {of} voted": "{count} van {of} gestemd",
    "{count} of {of} wrote a postcard": "{count} van {of} schreven een kaartje",
    "{count} placed": "{count} geplaatst",
    "{count} voted": "{count} gestemd",
    "{count} wrote a postcard": "{count} schreven een kaartje",
    "{count} anonymously": "{count} anoniem",
    "{dots} dots per phone": "{dots} stippen per telefoon",
    "revealed": "getoond",
    "not revealed": "niet getoond",
    "(card removed)": "(kaart verwijderd)",
    "On the phones": "Op de telefoons",
}
