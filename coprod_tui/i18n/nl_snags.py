"""Dutch for what issue 17 added: the tool line, dialogs that ask before throwing text away,
the gratitude round's over-run."""

NL = {
    "Close without saving? What you typed or chose here is lost.": (
        "Sluiten zonder op te slaan? Wat je hier typte of koos, gaat verloren."
    ),
}
NL.update(
    {
        # the tool line: short names where the full ones do not fit 80 columns
        "Thanks": "Dank",
        "Ready": "Gereed",
        "Readiness": "Gereedheid",
    }
)
NL.update(
    {
        # F1 help: the keys that work on every screen
        "Keys everywhere": "Toetsen overal",
        "Home: projects and meetings": "Start: projecten en vergaderingen",
        "Command palette: every action, screen, theme, language": (
            "Opdrachtenpalet: elke actie, elk scherm, thema, taal"
        ),
        "This help": "Deze hulp",
        "Close a dialog, leave an input, back": "Dialoog sluiten, invoer verlaten, terug",
        "Quit (the meeting is already saved)": "Afsluiten (de vergadering is al bewaard)",
    }
)
NL.update(
    {
        # the gratitude round past a speaker's time
        "{spoke} (+{over} over)": "{spoke} (+{over} te lang)",
        "{spoke}, {over} s over the {allotted} s": "{spoke}, {over} s langer dan de {allotted} s",
    }
)
