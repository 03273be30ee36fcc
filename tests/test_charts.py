"""Bar and line charts: valid SVG, a text alternative listing every value, bars to scale."""

import re

import pytest
from lxml import etree

from partdem.site import charts

SVG = "{http://www.w3.org/2000/svg}"
ROWS = [("Agenda", 10), ("Deliberation", 5), ("Follow-up", 2.5), ("None yet", 0)]


def parse(svg):
    root = etree.fromstring(svg.encode())
    assert root.tag == f"{SVG}svg"
    return root


def widths(root):
    return [float(rect.get("width")) for rect in root.iter(f"{SVG}rect")]


def relative_luminance(colour):
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def test_bar_chart_is_an_image_with_title_and_description():
    root = parse(charts.bar_chart(ROWS, "Cases by stage", unit=" cases"))
    assert root.get("role") == "img"
    assert root.get("direction") == "ltr"
    title, desc = root.find(f"{SVG}title"), root.find(f"{SVG}desc")
    assert title.text == "Cases by stage"
    assert root.get("aria-labelledby") == title.get("id")
    assert root.get("aria-describedby") == desc.get("id")
    assert desc.text == ("Agenda: 10 cases; Deliberation: 5 cases; Follow-up: 2.5 cases;"
                         " None yet: 0 cases")


def test_one_bar_and_two_texts_per_row():
    root = parse(charts.bar_chart(ROWS, "Cases"))
    assert len(widths(root)) == len(ROWS)
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert texts == ["Agenda", "10", "Deliberation", "5", "Follow-up", "2.5", "None yet", "0"]


def test_height_grows_with_rows():
    heights = [float(parse(charts.bar_chart(ROWS[:n], "Cases")).get("viewBox").split()[3])
               for n in (1, 2, 4)]
    assert heights[0] < heights[1] < heights[2]


def test_bars_are_proportional_to_values():
    found = widths(parse(charts.bar_chart(ROWS, "Cases")))
    for (_, value), width in zip(ROWS, found, strict=True):
        assert width == pytest.approx(found[0] * value / ROWS[0][1], abs=0.1)


def test_max_value_sets_the_scale():
    rows = [("a", 50), ("b", 100)]
    auto = widths(parse(charts.bar_chart(rows, "Scores", unit="%")))
    fixed = widths(parse(charts.bar_chart(rows, "Scores", unit="%", max_value=200)))
    assert fixed == pytest.approx([auto[0] / 2, auto[1] / 2], abs=0.1)
    assert widths(parse(charts.bar_chart([("a", 0)], "Nothing"))) == [0]


@pytest.mark.parametrize("rows, top", [([("a", -1)], None), ([("a", 3)], 2),
                                       ([("a", float("nan"))], None)])
def test_values_off_the_scale_are_errors(rows, top):
    with pytest.raises(ValueError):
        charts.bar_chart(rows, "Bad", max_value=top)


def test_bar_chart_text_is_escaped():
    root = parse(charts.bar_chart([("<&> \"x\"", 1)], "Title <&>", unit=" <u>"))
    assert root.find(f"{SVG}title").text == "Title <&>"
    assert root.find(f"{SVG}desc").text == "<&> \"x\": 1 <u>"
    assert [t.text for t in root.iter(f"{SVG}text")] == ["<&> \"x\"", "1 <u>"]


def test_each_label_is_above_its_bar():
    root = parse(charts.bar_chart(ROWS, "Cases"))
    bars = [float(rect.get("y")) for rect in root.iter(f"{SVG}rect")]
    labels = [float(t.get("y")) for t in root.iter(f"{SVG}text")][::2]
    assert all(label < bar for label, bar in zip(labels, bars, strict=True))
    assert all(bar < label for bar, label in zip(bars, labels[1:], strict=False))


def test_long_label_takes_two_lines_and_a_longer_one_is_cut_short():
    label = "Follow-up and monitoring of the implementation of the recommendations"
    root = parse(charts.bar_chart([(label, 1)], "Cases"))
    first, second, value = (t.text for t in root.iter(f"{SVG}text"))
    assert f"{first} {second}" == label and value == "1"
    longer = label + " made by the assembly to the authority that commissioned it"
    root = parse(charts.bar_chart([(longer, 1)], "Cases"))
    first, second, _ = (t.text for t in root.iter(f"{SVG}text"))
    assert second.endswith("…") and longer.startswith(f"{first} {second[:-1]}")
    assert root.find(f"{SVG}desc").text == f"{longer}: 1"


def test_a_word_too_long_for_a_line_is_cut_short():
    root = parse(charts.bar_chart([("x" * 100, 1)], "Cases"))
    assert next(root.iter(f"{SVG}text")).text == "x" * 37 + "…"


def test_ids_differ_between_charts():
    first = parse(charts.bar_chart(ROWS, "Cases"))
    second = parse(charts.bar_chart(ROWS, "Other cases"))
    assert first.get("aria-labelledby") != second.get("aria-labelledby")


def test_ink_contrasts_with_white():
    assert 1.05 / (relative_luminance(charts.INK) + 0.05) >= 4.5


POINTS = [("2021", 3), ("2022", 5), ("2023", 4.5), ("2024", 0)]


def test_line_chart_has_a_dot_per_point_and_a_description():
    root = parse(charts.line_chart(POINTS, "Assemblies per year", 10))
    assert root.get("role") == "img"
    assert root.find(f"{SVG}title").text == "Assemblies per year"
    assert root.find(f"{SVG}desc").text == "2021: 3; 2022: 5; 2023: 4.5; 2024: 0"
    dots = [(float(c.get("cx")), float(c.get("cy"))) for c in root.iter(f"{SVG}circle")]
    assert len(dots) == len(POINTS)
    assert [x for x, _ in dots] == sorted(x for x, _ in dots)
    # Higher values are drawn higher up, that is with a smaller y.
    ys = {label: y for (label, _), (_, y) in zip(POINTS, dots, strict=True)}
    assert ys["2022"] < ys["2023"] < ys["2021"] < ys["2024"]
    line = root.find(f"{SVG}polyline").get("points").split()
    assert len(line) == len(POINTS)


def test_line_chart_labels_and_escaping():
    root = parse(charts.line_chart([("<2020>", 1), ("2021 & after", 2)], "A & B", 2))
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert {"<2020>", "2021 & after"} <= set(texts)
    assert root.find(f"{SVG}desc").text == "<2020>: 1; 2021 & after: 2"


def test_line_chart_thins_crowded_labels():
    points = [(str(year), 1) for year in range(1900, 2025)]
    root = parse(charts.line_chart(points, "Many", 1))
    years = [t.text for t in root.iter(f"{SVG}text") if t.text.startswith(("19", "20"))]
    assert years[0] == "1900" and len(years) < len(points)
    assert root.find(f"{SVG}desc").text.count(": 1") == len(points)


@pytest.mark.parametrize("points, top", [([("a", 1)], 0), ([("a", 2)], 1)])
def test_line_chart_values_off_the_scale_are_errors(points, top):
    with pytest.raises(ValueError):
        charts.line_chart(points, "Bad", top)


def test_stacked_bar_splits_the_width_in_proportion():
    parts = [("Accepted", 3, "done"), ("Rejected", 1, "refused"), ("Unknown", 4, "unknown")]
    root = parse(charts.stacked_bar(parts, "Response of the authority"))
    rects = list(root.iter(f"{SVG}rect"))
    # 640 wide: 3/8, 1/8 and 4/8 of it, each less the 1-unit gap before the next part
    assert [float(r.get("x")) for r in rects] == [0, 240, 320]
    assert widths(root) == [239, 79, 319]
    assert [r.get("fill") for r in rects] == ["#007a5a", "#d55e00", "#767676"]
    assert root.find(f"{SVG}desc").text == "Accepted: 3; Rejected: 1; Unknown: 4"


def test_stacked_bar_colours_stand_out_from_white():
    # Non-text contrast of at least 3:1 against the page (WCAG 1.4.11), but for the lightest,
    # which only ever stands for "none": its legend says so in words.
    white = relative_luminance("#ffffff")
    for name, colour in charts.PALETTE.items():
        ratio = (white + 0.05) / (relative_luminance(colour) + 0.05)
        assert ratio >= 3 or name == "none", (name, colour, ratio)


def test_stacked_bar_runs_right_to_left_for_right_to_left_pages():
    parts = [("Accepted", 3, "done"), ("Rejected", 1, "refused"), ("Unknown", 4, "unknown")]
    root = parse(charts.stacked_bar(parts, "Response of the authority", rtl=True))
    # the first part at the right end (640 - 240 + 1), the gap between parts on its left side
    assert [float(r.get("x")) for r in root.iter(f"{SVG}rect")] == [401, 321, 1]
    assert widths(root) == [239, 79, 319]


def textures(root):
    """The texture drawn over each part, in order ("" for none)."""
    found = []
    for child in root:
        if child.tag == f"{SVG}rect":
            found.append("")
        elif child.tag == f"{SVG}svg":
            path = child.find(f"{SVG}path")
            d = path.get("d")
            lines = {"across" if "H" in d else "", "rising" if re.search(r"l[\d.]+ -", d) else "",
                     "falling" if re.search(r"l[\d.]+ [\d.]", d) else ""} - {""}
            found[-1] = (frozenset(lines), path.get("stroke-dasharray"))
    return found


def test_stacked_bar_parts_differ_without_colour():
    # In black and white the hues are alike: each part also has its own texture, but for
    # "done" (dark) and "none" (light), which are plain.
    parts = [(name, 1, name) for name in charts.PALETTE]
    found = textures(parse(charts.stacked_bar(parts, "All")))
    assert found[0] == found[-1] == ""
    assert len(set(found)) == len(found) - 1


def test_a_swatch_has_the_texture_of_its_part():
    for name in charts.PALETTE:
        bar = textures(parse(charts.stacked_bar([(name, 1, name)], "One")))
        square = parse(charts.swatch(name))
        assert square.get("aria-hidden") == "true"
        assert textures(square) == bar
