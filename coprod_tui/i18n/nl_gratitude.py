"""Dutch for the gratitude round and the gratitude postcards."""

NL = {
    # the screen's help (F1)
    "Gratitude round: each participant in turn shares three things from the last 24 hours "
    "that made them grateful or happy. Space starts and pauses the speaker's time, n moves "
    "on, p goes back, s records a pass (anyone may pass). + and - change the time of the "
    "speaker now; t sets the time for everyone still to come; S shuffles who is still to "
    "speak. At zero the bell rings and the digits flash (b and f switch them off); the "
    "round moves on by itself only with auto-advance (A). t, b, f and A are remembered for "
    "the next round. w types the speaker's three things. The round is kept in the minutes: "
    "who spoke, for how long, who passed.\n"
    "c switches to the gratitude postcards: 'Today I am grateful for …' per participant "
    "(enter or e to write one, a for someone not on the list, d to remove one).": (
        "Dankbaarheidsronde: om de beurt deelt elke deelnemer drie dingen uit de afgelopen "
        "24 uur waar hij of zij dankbaar of blij van werd. Spatie start en pauzeert de tijd "
        "van de spreker, n gaat verder, p gaat terug, s noteert dat iemand past (iedereen "
        "mag passen). + en - veranderen de tijd van de spreker nu; t zet de tijd voor "
        "iedereen die nog komt; S schudt de volgorde van wie nog moet. Bij nul klinkt de bel "
        "en knipperen de cijfers (b en f zetten ze uit); de ronde gaat alleen vanzelf verder "
        "met automatisch door (A). t, b, f en A worden onthouden voor de volgende ronde. "
        "w typt de drie dingen van de spreker. De ronde komt in de "
        "notulen: wie sprak, hoe lang, wie paste.\n"
        "c wisselt naar de dankbaarheidskaarten: 'Vandaag ben ik dankbaar voor …' per "
        "deelnemer (enter of e om er een te schrijven, a voor iemand die niet op de lijst "
        "staat, d om er een weg te halen)."
    ),
    # keys
    "Start/pause": "Start/pauze",
    "Next": "Volgende",
    "Previous": "Vorige",
    "Pass": "Passen",
    "{n} s": "{n} s",
    "Three things": "Drie dingen",
    "Time per speaker": "Tijd per spreker",
    "Shuffle who is still to speak": "Volgorde schudden van wie nog moet",
    "Bell on/off": "Bel aan/uit",
    "Flash on/off": "Knipperen aan/uit",
    "Auto-advance on/off": "Automatisch door aan/uit",
    "Round/postcards": "Ronde/kaarten",
    "Write": "Schrijven",
    "Add someone": "Iemand toevoegen",
    "Remove": "Weghalen",
    # the round
    "{n} of {total}": "{n} van {total}",
    "next:": "hierna:",
    "last speaker": "laatste spreker",
    "c: postcards": "c: kaarten",
    "c: back to the round": "c: terug naar de ronde",
    "{n} written": "{n} geschreven",
    "three things from the last 24 hours": "drie dingen uit de afgelopen 24 uur",
    "Round complete": "Ronde klaar",
    "w three things · t {seconds} s each · b bell {bell} · f flash {flash} · "
    "A auto-advance {auto} · S shuffle · c postcards": (
        "w drie dingen · t {seconds} s elk · b bel {bell} · f knipperen {flash} · "
        "A automatisch door {auto} · S schudden · c kaarten"
    ),
    "on": "aan",
    "off": "uit",
    "spoke:": "sprak:",
    "No meeting is open (h: home).": "Er is geen vergadering open (h: start).",
    "This meeting has no participants yet.": "Deze vergadering heeft nog geen deelnemers.",
    "Everyone has had a turn. p: back to the last speaker · c: postcards": (
        "Iedereen is aan de beurt geweest. p: terug naar de laatste spreker · c: kaarten"
    ),
    "TIME": "TIJD",
    "paused": "gepauzeerd",
    "last {n} seconds": "laatste {n} seconden",
    "speaking": "spreekt",
    "ready: space starts the time": "klaar: spatie start de tijd",
    "This meeting is closed; nothing was changed.": (
        "Deze vergadering is gesloten; er is niets veranderd."
    ),
    "Order from here: {names}": "Volgorde vanaf nu: {names}",
    "Seconds (e.g. 60) or minutes:seconds (e.g. 1:30)": (
        "Seconden (bijv. 60) of minuten:seconden (bijv. 1:30)"
    ),
    "Not a time: {text}. Give seconds (60) or minutes:seconds (1:30).": (
        "Geen tijd: {text}. Geef seconden (60) of minuten:seconden (1:30)."
    ),
    "The round's settings are not remembered: {problem}": (
        "De instellingen van de ronde worden niet onthouden: {problem}"
    ),
    "Nobody is speaking now (p: back to the last speaker).": (
        "Er spreekt nu niemand (p: terug naar de laatste spreker)."
    ),
    # the three things
    "Three things of {name}": "Drie dingen van {name}",
    "From the last 24 hours, big or small (all optional)": (
        "Uit de afgelopen 24 uur, groot of klein (alles is optioneel)"
    ),
    # postcards
    "Today I am grateful for …": "Vandaag ben ik dankbaar voor …",
    "participant": "deelnemer",
    "postcard": "kaart",
    "enter: write the postcard of {name}": "enter: schrijf de kaart van {name}",
    "Gratitude postcard": "Dankbaarheidskaart",
    "Gratitude postcard of {name}": "Dankbaarheidskaart van {name}",
    "From whom? (a name not on the list)": "Van wie? (een naam die niet op de lijst staat)",
    "Remove the gratitude postcard of {name}?": "De dankbaarheidskaart van {name} weghalen?",
    # the service's messages
    "This text is too long: at most {limit} characters, it has {count}.": (
        "Deze tekst is te lang: hooguit {limit} tekens, hij heeft er {count}."
    ),
    "A name is needed.": "Er is een naam nodig.",
    "A name holds at most {limit} characters.": "Een naam heeft hooguit {limit} tekens.",
    "A postcard needs some text.": "Een kaart heeft tekst nodig.",
}
