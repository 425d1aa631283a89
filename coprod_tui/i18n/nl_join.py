"""Dutch for the phone page (what participants read) and its panel and command."""

NL = {
    # the page on the phone
    "Hand in an opportunity card": "Een kanskaart inleveren",
    "Your card was not handed in.": "Je kaart is niet ingeleverd.",
    "Your idea, big or small": "Jouw idee, groot of klein",
    "At most {count} characters.": "Hooguit {count} tekens.",
    "Your name (you may leave it empty)": "Je naam (mag leeg blijven)",
    "Hand in anonymously: no name is stored with the card": (
        "Anoniem inleveren: er wordt geen naam bij de kaart bewaard"
    ),
    "Send the card": "Kaart versturen",
    "Thank you, your card is in.": "Dank je wel, je kaart is binnen.",
    "Handed in anonymously.": "Anoniem ingeleverd.",
    "Handed in by {name}.": "Ingeleverd door {name}.",
    "Hand in another card": "Nog een kaart inleveren",
    "Page not found": "Pagina niet gevonden",
    "Scan the QR code, or type the whole address shown on the facilitator's screen.": (
        "Scan de QR-code, of typ het hele adres dat op het scherm van de gespreksleider staat."
    ),
    "The request could not be understood": "Het verzoek is niet begrepen",
    "The card could not be read": "De kaart kon niet gelezen worden",
    "Please send the form again.": "Verstuur het formulier alsjeblieft opnieuw.",
    "This card is far too long": "Deze kaart is veel te lang",
    "A card holds at most {count} characters. Shorten it or hand in two cards.": (
        "Een kaart heeft hooguit {count} tekens. Maak hem korter of lever twee kaarten in."
    ),
    "A card holds at most {limit} characters; this one has {count}. "
    "Shorten it or hand in two cards.": (
        "Een kaart heeft hooguit {limit} tekens; deze heeft er {count}. "
        "Maak hem korter of lever twee kaarten in."
    ),
    "a card needs some text (it was empty)": "een kaart heeft tekst nodig (hij was leeg)",
    "Too many requests": "Te veel verzoeken",
    "Please wait a minute, then try again.": (
        "Wacht alsjeblieft een minuut en probeer het dan opnieuw."
    ),
    "The card could not be stored": "De kaart kon niet bewaard worden",
    "Something is wrong with the facilitator's computer. Please tell the facilitator.": (
        "Er is iets mis met de computer van de gespreksleider. Zeg het alsjeblieft tegen de"
        " gespreksleider."
    ),
    # the panel in the app, and the inbox key that opens it
    "Phone page": "Telefoonpagina",
    "Stop the phone page": "Telefoonpagina stoppen",
    "Other network address": "Ander netwerkadres",
    "Phone page · on · listening on {host} port {port}": (
        "Telefoonpagina · aan · luistert op {host} poort {port}"
    ),
    "Phone page · off": "Telefoonpagina · uit",
    "1. Join the same network (Wi-Fi) as this computer.": (
        "1. Ga op hetzelfde netwerk (wifi) als deze computer."
    ),
    "2. Scan the QR code with the phone's camera, or type this address:": (
        "2. Scan de QR-code met de camera van je telefoon, of typ dit adres:"
    ),
    "Join code: {code}": "Deelnamecode: {code}",
    "Only this computer can open the page: no local network address was found.": (
        "Alleen deze computer kan de pagina openen: er is geen adres op het lokale netwerk"
        " gevonden."
    ),
    "The page listens only on {host}, and only while this panel is open.": (
        "De pagina luistert alleen op {host}, en alleen zolang dit paneel open is."
    ),
    "n: use another network address of this computer.": (
        "n: gebruik een ander netwerkadres van deze computer."
    ),
    "The phone page could not start on {host} port {port}: {reason}": (
        "De telefoonpagina kon niet starten op {host} poort {port}: {reason}"
    ),
    "Cards handed in through this page: {count}": "Kaarten ingeleverd via deze pagina: {count}",
    "The phone page lets participants hand in opportunity cards from their phone: on the "
    "same network (Wi-Fi) as this computer they scan the QR code, or type the address, and "
    "send a card, with their name or anonymously. Cards arrive in the inbox like cards "
    "handed in with `coprod card`. The page needs the join code in its address, and it "
    "listens only while this panel is open: escape or j stops it.": (
        "Met de telefoonpagina leveren deelnemers kanskaarten in vanaf hun telefoon: op "
        "hetzelfde netwerk (wifi) als deze computer scannen ze de QR-code, of typen ze het adres, "
        "en versturen een kaart, met hun naam of anoniem. De kaarten komen in de inbox, net als "
        "kaarten die met `coprod card` zijn ingeleverd. De pagina werkt alleen met de "
        "deelnamecode in het adres, en luistert alleen zolang dit paneel open is: escape of j "
        "stopt hem."
    ),
    # coprod join
    "this network": "dit netwerk",
    "the phone page could not start": "de telefoonpagina kon niet starten",
    "Phone page on: {url}": "Telefoonpagina aan: {url}",
    "Cards go to the inbox of {home}. Press ctrl+c to stop.": (
        "Kaarten gaan naar de inbox van {home}. Druk op ctrl+c om te stoppen."
    ),
    "Phone page stopped; {count} card(s) handed in.": (
        "Telefoonpagina gestopt; {count} kaart(en) ingeleverd."
    ),
    # the page's second line of defence and the double-send guard
    "This form was sent from another page": "Dit formulier kwam van een andere pagina",
    "Open the page again with the QR code and send the form from there.": (
        "Open de pagina opnieuw met de QR-code en verstuur het formulier daar."
    ),
    "This form was already used for another card. "
    "Press the button again to hand this one in as a new card.": (
        "Dit formulier is al gebruikt voor een andere kaart. "
        "Druk nog een keer op de knop om deze als nieuwe kaart in te leveren."
    ),
    "the project name is too long for the phone page: at most {limit} characters,"
    " this one has {count}": (
        "de projectnaam is te lang voor de telefoonpagina: hooguit {limit} tekens,"
        " deze heeft er {count}"
    ),
}
