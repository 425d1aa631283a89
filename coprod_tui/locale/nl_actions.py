"""Dutch for the action plan: dates, the table, the form, the review and the export."""

NL = {
    # by when (model/dates.py)
    "write a date like 2026-12-01 or 1-12-2026, or +3d, +2w, +1m": (
        "schrijf een datum als 1-12-2026 of 2026-12-01, of +3d, +2w, +1m"
    ),
    "“{text}” is not a date: {hint}": "“{text}” is geen datum: {hint}",
    "“{text}”: there is no month {month} (day first: 1-12-2026)": (
        "“{text}”: maand {month} bestaat niet (dag eerst: 1-12-2026)"
    ),
    "“{text}”: {month_name} {year} has {last} days": (
        "“{text}”: {month_name} {year} heeft {last} dagen"
    ),
    "“{text}”: unknown unit “{unit}”; use d (days), w (weeks), m (months) or y": (
        "“{text}”: onbekende eenheid “{unit}”; gebruik d (dagen), w (weken), m (maanden) of j"
    ),
    "“{text}” is more than ten years ahead; choose a nearer date": (
        "“{text}” ligt meer dan tien jaar vooruit; kies een datum dichterbij"
    ),
    "“{text}”: write the year in full, e.g. 1-12-2026": (
        "“{text}”: schrijf het jaar voluit, bijv. 1-12-2026"
    ),
    "“by when” is empty: {hint}": "“wanneer klaar” is leeg: {hint}",
    "{date} is {days} day(s) ago — in the past": (
        "{date} is {days} dag(en) geleden — in het verleden"
    ),
    "{date} is more than two years ahead": "{date} ligt meer dan twee jaar vooruit",
}
NL.update(
    {
        # the service (meeting/actions.py)
        "what will we do": "wat gaan we doen",
        "who": "wie",
        "how will we know": "hoe weten we dat het werkt",
        "“{field}” holds at most {limit} characters; this has {count}": (
            "“{field}” mag hoogstens {limit} tekens hebben; dit zijn er {count}"
        ),
        "an earlier meeting": "een eerdere bijeenkomst",
        "a review note holds at most {limit} characters": (
            "een notitie bij de bespreking mag hoogstens {limit} tekens hebben"
        ),
        "reviewed: {decision}": "besproken: {decision}",
        "reviewed on {date} in “{title}”": "besproken op {date} in “{title}”",
        "the earlier meeting “{title}” no longer holds this action": (
            "de eerdere bijeenkomst “{title}” bevat deze actie niet meer"
        ),
    }
)
