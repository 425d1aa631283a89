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
    # the facilitator's screens: the line of the activity and its keys
    "o: open a placement round on the phones": "o: open een plaatsingsronde op de telefoons",
    "o: open a dot vote on the phones (on the cards listed)": (
        "o: open een stemming met stippen op de telefoons (over de getoonde kaarten)"
    ),
    "o: open the postcards on the phones": "o: open de kaartjes op de telefoons",
    "Something else is open on the phones; close it on its own screen first.": (
        "Er is iets anders open op de telefoons; sluit dat eerst op zijn eigen scherm."
    ),
    "Placement round": "Plaatsingsronde",
    "Dot vote": "Stemming met stippen",
    "Postcards": "Kaartjes",
    "{name} open on the phones": "{name} open op de telefoons",
    "{name} closed": "{name} gesloten",
    "hidden until you reveal": "verborgen tot u ze toont",
    "r reveal": "r tonen",
    "shown": "getoond",
    "o close": "o sluiten",
    "Phones: open/close": "Telefoons: open/dicht",
    "Reveal": "Tonen",
    "The placement round is closed; its placements are in the meeting.": (
        "De plaatsingsronde is gesloten; de plaatsingen staan in de bijeenkomst."
    ),
    "The placement round is open on the phones.": "De plaatsingsronde is open op de telefoons.",
    "The placement round is open. The phone page is off: j on the cards screen (2) starts it.": (
        "De plaatsingsronde is open. De telefoonpagina staat uit: j op het kaartenscherm (2) "
        "zet hem aan."
    ),
    "No placement round yet: o opens one on the phones.": (
        "Nog geen plaatsingsronde: o opent er een op de telefoons."
    ),
    "The placements are shown, here and on the phones.": (
        "De plaatsingen zijn te zien, hier en op de telefoons."
    ),
    "No reflection selected: a records one.": "Geen reflectie gekozen: a legt er een vast.",
    "enter place · ? anonymous · e change · d delete · a reflect · o phones · v other ladder · "
    "t trend": (
        "enter plaatsen · ? anoniem · e wijzigen · d verwijderen · a reflecteren · "
        "o telefoons · v andere ladder · t trend"
    ),
    "The participation ladder: where does the group place its work? Each participant places "
    "the project on a rung (enter, then who, then the rung's number; ? places anonymously). "
    "A participant who places again changes their placement. The bars count the placements "
    "per rung and '◀ median' marks the median. a records a reflection: an example of doing "
    "WITH or doing FOR with the toolkit's four questions, or the three personal questions, "
    "as 'I' or 'we'. o opens a placement round on the phones (the phone page, j on the "
    "cards screen): each phone places once, named or anonymously, and may change its "
    "place until o closes the round; the line above the lists counts who has placed, and "
    "the answers stay hidden until r reveals them. When the round closes its placements "
    "join the meeting's. The trend shows the median of each meeting of the project, oldest "
    "first. v switches the project between the toolkit's ladder (7 rungs) and the Vilans "
    "model (6 steps); placements on the other ladder are kept but not mixed.": (
        "De participatieladder: waar plaatst de groep haar werk? Elke deelnemer plaatst het "
        "project op een trede (enter, dan wie, dan het nummer van de trede; ? plaatst anoniem). "
        "Wie opnieuw plaatst, wijzigt zijn plaatsing. De balken tellen de plaatsingen per trede "
        "en '◀ mediaan' wijst de mediaan aan. a legt een reflectie vast: een voorbeeld van doen "
        "MET of doen VOOR met de vier vragen van de toolkit, of de drie persoonlijke vragen, als "
        "'ik' of 'wij'. o opent een plaatsingsronde op de telefoons (de telefoonpagina, j op het "
        "kaartenscherm): elke telefoon plaatst één keer, met naam of anoniem, en kan de plaats "
        "veranderen tot o de ronde sluit; de regel boven de lijsten telt wie geplaatst heeft, "
        "en de antwoorden blijven verborgen tot r ze toont. Als de ronde sluit, komen de "
        "plaatsingen bij die van de bijeenkomst. De trend toont de mediaan van elke bijeenkomst "
        "van het project, de oudste eerst. v wisselt het project tussen de ladder van de "
        "toolkit (7 treden) en het Vilans-model (6 treden); plaatsingen op de andere ladder "
        "blijven bewaard maar worden niet gemengd."
    ),
    "The dot vote is closed.": "De stemming met stippen is gesloten.",
    "The dot vote is open on the phones.": "De stemming met stippen is open op de telefoons.",
    "The dot vote is open. The phone page is off: j starts it.": (
        "De stemming met stippen is open. De telefoonpagina staat uit: j zet hem aan."
    ),
    "No dot vote yet: o opens one on the phones.": (
        "Nog geen stemming met stippen: o opent er een op de telefoons."
    ),
    "The dots are shown; the cards are sorted by dots.": (
        "De stippen zijn te zien; de kaarten staan op volgorde van stippen."
    ),
    "The postcards on the phones are closed.": "De kaartjes op de telefoons zijn gesloten.",
    "The postcards are open on the phones.": "De kaartjes zijn open op de telefoons.",
    "The postcards are open. The phone page is off: j on the cards screen (2) starts it.": (
        "De kaartjes zijn open. De telefoonpagina staat uit: j op het kaartenscherm (2) zet "
        "hem aan."
    ),
    "Gratitude round: each participant in turn shares three things from the last 24 "
    "hours that made them grateful or happy. Space starts and pauses the speaker's "
    "time, n moves on, p goes back, s records a pass (anyone may pass). + and - change "
    "the time of the speaker now; t sets the time for everyone still to come; S "
    "shuffles who is still to speak. At zero the bell rings and the digits flash (b and "
    "f switch them off); the round moves on by itself only with auto-advance (A). t, b, "
    "f and A are remembered for the next round. w types the speaker's three things. The "
    "round is kept in the minutes: who spoke, for how long, who passed.\nc switches to "
    "the gratitude postcards: 'Today I am grateful for …' per participant (enter or e "
    "to write one, a for someone not on the list, d to remove one). There, o opens the "
    "postcards on the phones (the phone page, j on the cards screen): each phone writes "
    "one postcard with a name, and may change it, until o closes them.": (
        "Dankbaarheidsronde: om de beurt deelt elke deelnemer drie dingen uit de afgelopen "
        "24 uur waar hij of zij dankbaar of blij van werd. Spatie start en pauzeert de tijd "
        "van de spreker, n gaat verder, p gaat terug, s noteert dat iemand past (iedereen "
        "mag passen). + en - veranderen de tijd van de spreker nu; t zet de tijd voor "
        "iedereen die nog komt; S schudt de volgorde van wie nog moet. Bij nul klinkt de "
        "bel en knipperen de cijfers (b en f zetten ze uit); de ronde gaat alleen vanzelf "
        "verder met automatisch door (A). t, b, f en A worden onthouden voor de volgende "
        "ronde. w typt de drie dingen van de spreker. De ronde komt in de notulen: wie "
        "sprak, hoe lang, wie paste.\nc wisselt naar de dankbaarheidskaarten: 'Vandaag ben "
        "ik dankbaar voor …' per deelnemer (enter of e om er een te schrijven, a voor "
        "iemand die niet op de lijst staat, d om er een weg te halen). Daar opent o de "
        "kaartjes op de telefoons (de telefoonpagina, j op het kaartenscherm): elke "
        "telefoon schrijft één kaartje met een naam, en kan het veranderen, tot o ze sluit."
    ),
    "Opportunity cards (kanskaarten) handed in during or between meetings. Anyone can "
    'hand in a card from a terminal with: coprod card "your idea" (add --from NAME to '
    "sign it; unsigned cards are anonymous and no author is stored anywhere). The card "
    "receiver screens new cards, presents them (enter), marks them discussed (t) or "
    "parks them (x), or turns a card into an action for the action plan (A). g shows "
    "the presented cards to the group in large type, without the names of anonymous "
    "authors. a types in a paper card. s switches oldest/newest first, f shows one "
    "state only, space shows the selected card in full, u puts a card back to new. j "
    "opens the phone page, where participants hand in cards from their phone. o opens a "
    "dot vote on the phones on the cards listed (f chooses which): each phone spreads "
    "its dots (3) over them and may change them until o closes the vote; the line above "
    "the list counts who has voted, the dots stay hidden until r reveals them, and then "
    "the list is sorted by dots.": (
        "Kanskaarten die tijdens of tussen vergaderingen zijn ingeleverd. Iedereen kan "
        'vanaf een terminal een kaart inleveren met: coprod card "je idee" (met --from NAAM '
        "erbij staat je naam erop; kaarten zonder naam zijn anoniem en nergens wordt een "
        "schrijver bewaard). De kaartontvanger bekijkt nieuwe kaarten eerst, presenteert ze "
        "(enter), markeert ze als besproken (t) of parkeert ze (x), of maakt van een kaart "
        "een actie voor het actieplan (A). g toont de gepresenteerde kaarten groot aan de "
        "groep, zonder de namen van anonieme schrijvers. a typt een papieren kaart in. s "
        "wisselt oudste/nieuwste eerst, f toont één stand, spatie toont de gekozen kaart "
        "helemaal, u zet een kaart terug op nieuw. j opent de telefoonpagina, waar "
        "deelnemers kaarten inleveren vanaf hun telefoon. o opent een stemming met stippen "
        "op de telefoons over de getoonde kaarten (f kiest welke): elke telefoon verdeelt "
        "zijn stippen (3) en kan ze veranderen tot o de stemming sluit; de regel boven de "
        "lijst telt wie gestemd heeft, de stippen blijven verborgen tot r ze toont, en dan "
        "staat de lijst op volgorde van stippen."
    ),
}
