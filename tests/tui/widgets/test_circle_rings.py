"""The circle of support drawn as rings: names in their ring, marks not colours, nothing lost."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len

from coprod_tui.tui.widgets.circle_rings import (
    MIN_HEIGHT,
    MIN_WIDTH,
    DrawnName,
    DrawnRing,
    pack,
    ring_lines,
)


def rings(*groups: list[str]) -> list[DrawnRing]:
    labels = ["4 consulted", "3 involved", "2 participants", "1 co-producers"]
    return [
        DrawnRing(label, tuple(DrawnName(n, n, n.startswith("the ")) for n in names))
        for label, names in zip(labels, groups, strict=True)
    ]


DEMO = rings(["Anja"], ["Ria", "Sam"], ["Kees", "Mohamed", "the club"], ["Els", "Fatima", "Jan"])


def row_of(lines: list[str], name: str) -> int:
    return next(number for number, line in enumerate(lines) if name in line)


def test_each_name_stands_inside_its_own_ring_and_not_inside_the_next():
    lines = [line.plain for line in ring_lines(DEMO, 40, 19, selected="Jan")]
    assert all(cell_len(line) == 40 for line in lines) and len(lines) == 19
    top = {label: row_of(lines, label) for label in ("4 consulted", "3 involved", "2 part", "1 co")}
    assert top["4 consulted"] < row_of(lines, "Anja") < top["3 involved"]
    assert top["3 involved"] < row_of(lines, "Ria") < top["2 part"]
    assert top["2 part"] < row_of(lines, "Kees") < top["1 co"]
    assert row_of(lines, "Fatima") > top["1 co"]
    # the selected person and a name that is a group are marked in text, not by colour alone
    assert "▸Jan" in lines[row_of(lines, "Jan")]
    assert "the club⚠" in lines[row_of(lines, "the club")]


def test_the_selected_name_is_also_reverse_video():
    lines = ring_lines(DEMO, 40, 19, selected="Jan")
    line = lines[row_of([x.plain for x in lines], "Jan")]
    start = line.plain.index("▸Jan")
    styles = [str(span.style) for span in line.spans if span.start <= start < span.end]
    assert any("reverse" in style for style in styles)


def test_names_that_do_not_fit_end_in_a_count():
    many = tuple(DrawnName(str(n), f"Person{n}") for n in range(30))
    lines = pack(many, 2, 30)
    shown = [label for line in lines for _, label in line]
    assert shown[-1].startswith("+")
    assert len(shown) - 1 + int(shown[-1][1:]) == 30, "every name is shown or counted"


def test_too_small_for_rings_it_lists_the_circles():
    lines = [line.plain for line in ring_lines(DEMO, MIN_WIDTH - 1, MIN_HEIGHT - 1)]
    assert lines[0].startswith("1 co-producers: Els")
    assert len(lines) == 4


@given(
    st.lists(st.lists(st.text(min_size=1, max_size=90), max_size=12), min_size=4, max_size=4),
    st.integers(min_value=MIN_WIDTH, max_value=120),
    st.integers(min_value=MIN_HEIGHT, max_value=40),
)
def test_any_names_at_any_size_fit_the_box(groups, width, height):
    lines = ring_lines(rings(*groups), width, height)
    assert len(lines) == height
    assert all(cell_len(line.plain) <= width for line in lines)
