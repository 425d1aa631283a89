"""The ladder and trend drawings as text: bars, numbers, median markers, groups, fitting."""

from __future__ import annotations

from datetime import date

from rich.cells import cell_len

from coprod_tui.i18n import set_language
from coprod_tui.model.ladder import TrendPoint
from coprod_tui.model.toolkit import TOOLKIT_LADDER, VILANS_LADDER
from coprod_tui.tui.widgets.ladder_trend import sparkline, trend_lines
from coprod_tui.tui.widgets.ladder_view import bar_cells, ladder_lines


def test_ladder_top_rung_first_with_groups_bars_and_median():
    lines = [line.plain for line in ladder_lines(TOOLKIT_LADDER, {7: 2, 6: 4, 5: 1}, 6.0, 80)]
    assert lines[0].startswith("doing WITH 7 Co-producing")
    assert lines[0].split("Co-producing")[1].split() == ["████", "2"]
    assert lines[1].split("Co-designing")[1].split() == ["████████", "4", "◀", "median"]
    assert lines[2].startswith("doing FOR  5 Engaging")
    assert lines[5].startswith("doing TO   2 Educating")
    assert lines[6].rstrip().endswith("1 Coercing")
    styles = [str(span.style) for span in ladder_lines(TOOLKIT_LADDER, {}, None, 80)[0].spans]
    assert "bold" in styles  # doing WITH is bold, doing TO dim: style beside the label
    assert "dim" in [str(s.style) for s in ladder_lines(TOOLKIT_LADDER, {}, None, 80)[6].spans]


def test_median_between_two_rungs_marks_both():
    lines = [line.plain for line in ladder_lines(TOOLKIT_LADDER, {6: 1, 5: 1}, 5.5, 80)]
    assert lines[1].endswith("◀ median 5.5") and lines[2].endswith("◀ median 5.5")
    assert "median" not in lines[0] + lines[3]


def test_fits_narrow_widths_and_many_placements():
    for width in (30, 44, 60, 80, 200):
        lines = ladder_lines(VILANS_LADDER, {3: 40, 4: 2}, 3.0, width)
        for line in lines:
            assert cell_len(line.plain) <= width, (width, line.plain)
        assert "40 ◀ median" in lines[3].plain, width  # the count and median always show
    assert bar_cells(40, 40, 20) == 20 and bar_cells(1, 40, 20) == 1
    assert bar_cells(0, 4, 20) == 0 and bar_cells(2, 4, 20) == 4


def test_picker_shows_the_cursor_and_no_counts():
    drawn = ladder_lines(VILANS_LADDER, {}, None, 60, cursor=5, pickable=True)
    lines = [line.plain for line in drawn]
    assert lines[1].startswith("▶ 5 Co-production")
    assert all(line.startswith("  ") for i, line in enumerate(lines) if i != 1)


def test_dutch_labels():
    set_language("nl")
    lines = [line.plain for line in ladder_lines(TOOLKIT_LADDER, {7: 1}, 7.0, 80)]
    assert lines[0].startswith("doen met  7 Co-productie") and lines[0].endswith("◀ mediaan")
    set_language("en")


def points(*medians, current_last=True):
    days = [date(2025, 12, 15), date(2026, 1, 26), date(2026, 2, 23), date(2026, 3, 30)]
    return [
        TrendPoint(str(i), "m", days[i], m, current=current_last and i == len(medians) - 1)
        for i, m in enumerate(medians)
    ]


def test_trend_lines():
    lines = [line.plain for line in trend_lines(points(1.0, 4.0, 3.5, 7.0), 0, TOOLKIT_LADDER, 34)]
    assert lines[1] == "▁▅▄█"
    assert lines[2] == "↑ up 3.5 since 23 Feb 2026"
    assert lines[3] == "15 Dec 2025 █······ 1"
    assert lines[6] == "30 Mar 2026 ███████ 7 ◀ this meeting"
    down = [line.plain for line in trend_lines(points(5.0, 4.0), 2, TOOLKIT_LADDER, 34)]
    assert down[2] == "↓ down 1 since 15 Dec 2025"
    assert down[-1] == "2 earlier meetings used the other ladder"
    same = [line.plain for line in trend_lines(points(5.0, 5.0), 0, TOOLKIT_LADDER, 34)]
    assert same[2] == "= the same as on 15 Dec 2025"
    empty = [line.plain for line in trend_lines([], 0, TOOLKIT_LADDER, 34)]
    assert empty[1] == "No placements yet in this or earlier meetings."
    assert sparkline(points(1.0, 6.0), 6) == "▁█"
