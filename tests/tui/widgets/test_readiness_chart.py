"""The readiness diagram, by the characters it draws for a known set of answers."""

from __future__ import annotations

from coprod_tui.i18n import set_language
from coprod_tui.model import ReadinessAnswer, ReadinessCheck
from coprod_tui.model.readiness import principle_changes, principle_scores
from coprod_tui.tui.widgets.readiness_chart import ChartRow, ChartState, chart_lines


def check_of(answers: dict[str, str]) -> ReadinessCheck:
    check = ReadinessCheck()
    for key, value in answers.items():
        check.record(ReadinessAnswer(key, value))
    return check


BEFORE = check_of(
    {"assets.1": "partly", "mutuality.1": "not_yet", "mutuality.2": "not_yet", "networks.1": "yes"}
)
NOW = check_of(
    {
        "assets.1": "yes",
        "assets.2": "yes",
        "assets.3": "partly",
        "mutuality.1": "yes",
        "mutuality.2": "partly",
        "networks.1": "not_yet",
        "catalysts.1": "dont_know",
    }
)


def state(before: ReadinessCheck | None, selected: str = "mutuality") -> ChartState:
    scores = principle_scores(NOW)
    if before is None:
        return ChartState(tuple(ChartRow(s) for s in scores), None, selected)
    rows = zip(scores, principle_scores(before), principle_changes(before, NOW))
    return ChartState(tuple(ChartRow(*row) for row in rows), "2026-10-06", selected)


def test_the_diagram_beside_the_previous_check_at_100_columns():
    assert [line.plain for line in chart_lines(state(BEFORE), 100)] == [
        "  Assets       ████████·· yes     3/3 │ "
        "▒▒▒▒▒····· partly  ↑ up from partly to yes on 1 of 3",
        "  Capabilities ·········· —       0/3 │ ·········· —",
        "▶ Mutuality    ████████·· yes     2/5 │ "
        "·········· not yet ↑ up from not yet to yes on 2 of 5",
        "  Networks     ·········· not yet 1/3 │ "
        "▒▒▒▒▒▒▒▒▒▒ yes     ↓ down from yes to not yet on 1 of 3",
        "  Blur roles   ·········· —       0/3 │ ·········· —",
        "  Catalysts    ·········· —       1/2 │ ·········· —",
        "  █ now  ▒ 2026-10-06  │ ● yes  ◐ partly  ○ not yet  ? don't know",
    ]


def test_at_80_columns_the_change_is_said_shorter_and_nothing_is_wider():
    lines = [line.plain for line in chart_lines(state(BEFORE), 80)]
    assert lines[0] == "  Assets       ████████·· yes     3/3 │ ▒▒▒▒▒····· partly  ↑ 1 up"
    assert lines[3].endswith("↓ 1 down")
    assert all(len(line) <= 80 for line in lines)
    narrow = [line.plain for line in chart_lines(state(BEFORE), 50)]
    assert narrow[0].startswith("  Assets       █████· yes     3/3 │ ▒▒▒··· partly")
    assert all(len(line) <= 50 for line in narrow)


def test_the_first_check_shows_the_gaps_instead_of_a_comparison():
    lines = [line.plain for line in chart_lines(state(None, "assets"), 80)]
    assert lines[0] == "▶ Assets       ████████·· yes     3/3  1 gap"
    assert lines[2] == "  Mutuality    ████████·· yes     2/5  1 gap"
    assert lines[-1].startswith("  █ now (the first check)  │ ● yes")


def test_no_colour_anywhere_only_bold_dim_and_reverse():
    for line in chart_lines(state(BEFORE), 100):
        for span in line.spans:
            assert set(str(span.style).split()) <= {"bold", "dim", "reverse"}, span
        assert line.style in ("", "dim")
    selected = chart_lines(state(BEFORE), 100)[2]
    assert any("reverse" in str(span.style) for span in selected.spans)


def test_in_dutch():
    set_language("nl")
    lines = [line.plain for line in chart_lines(state(BEFORE), 110)]
    assert lines[2].startswith("▶ Wederkerigheid  ████████·· ja       2/5 │")
    assert lines[2].endswith("omhoog van nog niet naar ja, bij 2 van 5")
    assert lines[-1] == "  █ nu  ▒ 2026-10-06  │ ● ja  ◐ deels  ○ nog niet  ? weet niet"
