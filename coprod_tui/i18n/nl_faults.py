"""Dutch for faults of the disk and the data: every one is a message, never a crash."""

NL = {
    "the disk is full": "de schijf is vol",
    "free space and do it again": "maak ruimte vrij en doe het opnieuw",
    "the disk is read-only": "de schijf is alleen-lezen",
    "make it writable and do it again": "maak de schijf beschrijfbaar en doe het opnieuw",
    "coprod may not write there": "coprod mag daar niet schrijven",
    "check who owns the data folder and do it again": (
        "kijk wie de eigenaar van de gegevensmap is en doe het opnieuw"
    ),
    "the disk reported an error": "de schijf meldde een fout",
    "check the disk, or use another data folder, and do it again": (
        "controleer de schijf, of gebruik een andere gegevensmap, en doe het opnieuw"
    ),
    "do it again": "doe het opnieuw",
    "{reason}: {file} cannot be read": "{reason}: {file} kan niet worden gelezen",
    "{reason}: {file} was not changed; {advice}": "{reason}: {file} is niet veranderd; {advice}",
    "{reason}: nothing was changed; {advice}": "{reason}: er is niets veranderd; {advice}",
    "(file: {file})": "(bestand: {file})",
    "nothing was changed: {problem}": "er is niets veranderd: {problem}",
    "Data folder": "Gegevensmap",
    "New cards wait safely in the inbox until they can be stored: {problem}": (
        "Nieuwe kaarten wachten veilig in de inbox tot ze bewaard kunnen worden: {problem}"
    ),
    # YAML that coprod refuses before reading it (minutes, plans, themes, the card spool)
    "{where}, line {line}: anchors and aliases (& and *) are not allowed": (
        "{where}, regel {line}: ankers en verwijzingen (& en *) zijn niet toegestaan"
    ),
    "{where}: more than {limit} values; this is not a coprod file": (
        "{where}: meer dan {limit} waarden; dit is geen bestand van coprod"
    ),
    "{where}, line {line}: nested more than {limit} levels deep": (
        "{where}, regel {line}: meer dan {limit} lagen diep genest"
    ),
    "{path}: larger than {limit} MB; coprod does not read a file this large": (
        "{path}: groter dan {limit} MB; zo'n groot bestand leest coprod niet"
    ),
    # what ended the app unexpectedly: one line on the terminal, the report in a private file
    "stopped on an unexpected error. Start coprod again to go on; the report is {file}": (
        "gestopt door een onverwachte fout. Start coprod opnieuw om verder te gaan; het verslag"
        " staat in {file}"
    ),
    "stopped on an unexpected error; its report could not be written in {folder}"
    " ({problem}). Start coprod again to go on.": (
        "gestopt door een onverwachte fout; het verslag kon niet worden geschreven in {folder}"
        " ({problem}). Start coprod opnieuw om verder te gaan."
    ),
    "{file} cannot be read ({problem}). It is left as it is: quit coprod and run"
    " `coprod rebuild --from-minutes` (it keeps the broken file aside).": (
        "{file} kan niet worden gelezen ({problem}). Het blijft zoals het is: sluit coprod en"
        " start `coprod rebuild --from-minutes` (dat zet het kapotte bestand opzij)."
    ),
}
