"""Dutch for what issue 17 added: the tool line, dialogs that ask before throwing text away,
the gratitude round's over-run."""

NL = {
    "Close without saving? What you typed or chose here is lost.": (
        "Sluiten zonder op te slaan? Wat je hier typte of koos, gaat verloren."
    ),
}
