"""Dutch for themes, notifications and the start-up messages of the appearance area."""

NL = {
    "A theme file is not valid": "Een themabestand is niet geldig",
    "Theme {name} not found; using {theme}.": "Thema {name} niet gevonden; {theme} wordt gebruikt.",
    "Theme: {label}": "Thema: {label}",
    "The theme in use": "Het thema dat nu gebruikt wordt",
    "Switch to this theme (remembered)": "Naar dit thema wisselen (wordt onthouden)",
    "Warning": "Waarschuwing",
    "Error": "Fout",
    # labels of the shipped themes (themes/*.yaml)
    "Dark (default)": "Donker (standaard)",
    "Light (projectors, screen sharing)": "Licht (beamer, scherm delen)",
    "High contrast": "Hoog contrast",
    "Monochrome (no colour)": "Zwart-wit (geen kleur)",
}
