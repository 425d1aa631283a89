"""Dutch for the shared minutes: coprod share, the home screen's line, push on close."""

NL = {
    # git (store/share.py)
    "no reason given": "geen reden gegeven",
    (
        "git is not installed, and sharing minutes needs it: install git "
        "(e.g. sudo apt install git), then try again. Nothing is lost."
    ): (
        "git is niet geïnstalleerd, en dat is nodig om notulen te delen: installeer git "
        "(bijvoorbeeld sudo apt install git) en probeer het opnieuw. Er gaat niets verloren."
    ),
    "git could not be started: {problem}": "git kon niet starten: {problem}",
    "no answer within {seconds} seconds": "geen antwoord binnen {seconds} seconden",
    "{remote!r} is not a git remote address": "{remote!r} is geen adres van een git-remote",
    (
        "This home's minutes are not shared yet: coprod share init REMOTE "
        "(a bare git repository on a shared drive, or an SSH or HTTPS address)."
    ): (
        "De notulen op deze computer worden nog niet gedeeld: coprod share init REMOTE "
        "(een lege git-repository op een gedeelde schijf, of een SSH- of HTTPS-adres)."
    ),
    ("the shared minutes could not be merged with these ({problem}); nothing was changed here"): (
        "de gedeelde notulen konden niet worden samengevoegd met deze ({problem}); hier is "
        "niets veranderd"
    ),
    # the service (meeting/share.py)
    "Minutes of {count} meeting(s)": "Notulen van {count} vergadering(en)",
    "Brought in {count} meeting(s) from the shared minutes:": (
        "{count} vergadering(en) opgehaald uit de gedeelde notulen:"
    ),
    "… and {count} more": "… en nog {count}",
    "Sent {count} meeting(s) to the shared minutes.": (
        "{count} vergadering(en) verstuurd naar de gedeelde notulen."
    ),
    "The shared minutes already hold every closed meeting of this home.": (
        "De gedeelde notulen hebben alle gesloten vergaderingen van deze computer al."
    ),
    "Nothing new in the shared minutes.": "Niets nieuws in de gedeelde notulen.",
    "{count} file(s) in the minutes folder were not used:": (
        "{count} bestand(en) in de notulenmap zijn niet gebruikt:"
    ),
    (
        "The shared minutes at {remote} did not answer ({problem}). Nothing is lost: the "
        "minutes are kept here and go with the next push."
    ): (
        "De gedeelde notulen op {remote} gaven geen antwoord ({problem}). Er gaat niets "
        "verloren: de notulen blijven hier bewaard en gaan mee bij de volgende push."
    ),
    # coprod share (cli/share.py)
    "Or press s on the home screen of that coprod to share.": (
        "Of druk op s in het startscherm van die coprod om te delen."
    ),
    "Made an empty shared repository: {path}": "Lege gedeelde repository gemaakt: {path}",
    "The minutes in {folder} are shared with {remote}.": (
        "De notulen in {folder} worden gedeeld met {remote}."
    ),
    "The minutes of this home are not shared. Share them: coprod share init REMOTE": (
        "De notulen op deze computer worden niet gedeeld. Delen: coprod share init REMOTE"
    ),
    "Shared with: {remote}": "Gedeeld met: {remote}",
    "Push when a meeting closes: on": "Versturen als een vergadering sluit: aan",
    "Push when a meeting closes: off": "Versturen als een vergadering sluit: uit",
    "Not sent yet ({count}); coprod share push sends them:": (
        "Nog niet verstuurd ({count}); coprod share push verstuurt ze:"
    ),
    "Every closed meeting has been sent (as of the last pull or push).": (
        "Elke gesloten vergadering is verstuurd (volgens de laatste pull of push)."
    ),
    # the app (tui/app.py, screens/home.py)
    "Shared minutes": "Gedeelde notulen",
    "Share minutes": "Notulen delen",
    "Sending and receiving the shared minutes…": "Gedeelde notulen versturen en ophalen…",
    "Shared minutes: {problem}": "Gedeelde notulen: {problem}",
    "Shared minutes: {state} · s share · {remote}": (
        "Gedeelde notulen: {state} · s delen · {remote}"
    ),
    "{count} meeting(s) to send": "{count} vergadering(en) te versturen",
    "all sent": "alles verstuurd",
}
