"""Bar and line charts as inline SVG, drawn at build time with no JavaScript library.

Each chart is an image with its text alternative: a title naming it and a description listing
every value, so nothing is shown only as a picture. Text takes the page's font; the charts stay
left to right on right-to-left pages, as charts usually do.

A chart scales with the column it is in, and its text with it. The bar and line charts are drawn
as narrow as a phone's column, with each label on a line of its own above its bar, so that their
text reads at 12 CSS pixels or more there; hub.css keeps them from growing much wider on a desktop
(issue #27).
"""

from __future__ import annotations

import hashlib
import math
import unicodedata
from xml.sax.saxutils import escape

# A phone's column at 360 px is 328 px wide: drawn at 0.91 there, text of FONT_SIZE reads at
# 13.7 px; hub.css lets it grow to 20rem (400 px), where it reads at 16.7 px.
WIDTH = 360
PAD = 8
FONT_SIZE = 15
INK = "#1d4e89"  # bars, lines and all text: 8.4:1 against white
GRID = "#d6d6d6"  # guide lines only, so they need not stand out
TEXT_LINE = 1.4 * FONT_SIZE  # the height of a line of text: room for the font's ascent and descent
LABEL_LINES = 2  # a longer label is cut short on the chart (its description and table have it)
BAR_HEIGHT = 14
# Between a label and its bar: clear of the value beside the bar, even in fonts that reach far
# below the line, as Arabic ones do. Between a bar and the next label: more, to group them.
LABEL_GAP = 4
ROW_GAP = 12
LINE_HEIGHT = 200


def bar_chart(rows: list[tuple[str, float]], title: str, unit: str = "",
              max_value: float | None = None) -> str:
    """Horizontal bars, one per (label, value) row, scaled to ``max_value`` (default: the
    largest value), each under its label. ``unit`` is appended to each value as given, e.g. "%"
    or " h"."""
    top = _checked([value for _, value in rows], max_value)
    value_width = max((_text_width(_format(value, unit)) for _, value in rows), default=0)
    scale = (WIDTH - PAD - PAD - value_width - PAD) / top if top else 0
    y, marks = PAD, []
    for label, value in rows:
        for line in _wrap(label, WIDTH - 2 * PAD):
            marks.append(f'<text x="{PAD}" y="{_n(y + TEXT_LINE / 2)}" dy=".35em">'
                         f"{escape(line)}</text>")
            y += TEXT_LINE
        y += LABEL_GAP
        width = value * scale
        marks.append(
            f'<rect x="{PAD}" y="{_n(y)}" width="{_n(width)}" height="{BAR_HEIGHT}"/>'
            f'<text x="{_n(PAD + width + PAD)}" y="{_n(y + BAR_HEIGHT / 2)}" dy=".35em">'
            f"{escape(_format(value, unit))}</text>")
        y += BAR_HEIGHT + ROW_GAP
    height = y - ROW_GAP + PAD if rows else 2 * PAD
    return _svg(title, [(label, _format(value, unit)) for label, value in rows], WIDTH, height,
                marks)


def line_chart(points: list[tuple[str, float]], title: str, max_value: float) -> str:
    """Values over ordered labels (e.g. years) as dots joined by a line, from 0 to ``max_value``,
    with guide lines at 0, half and ``max_value``."""
    if not max_value > 0:
        raise ValueError(f"the top of a line chart must be above 0, not {max_value}")
    _checked([value for _, value in points], max_value)
    axis_width = max(_text_width(_format(max_value * share)) for share in (0, 0.5, 1))
    widest = max((_text_width(label) for label, _ in points), default=0)
    # Room on both sides for half a label, as labels are centred under their dots.
    left = max(PAD + axis_width + PAD, PAD + widest / 2)
    right = WIDTH - PAD - widest / 2
    # The labels' line at the bottom, clear of the guide line's number at 0 above it.
    bottom = LINE_HEIGHT - PAD - TEXT_LINE - TEXT_LINE / 2
    top = PAD + TEXT_LINE / 2
    band = (right - left) / max(len(points), 1)
    xs = [left + band * (i + 0.5) for i in range(len(points))]
    ys = [bottom - (bottom - top) * value / max_value for _, value in points]
    marks = [_guide(left, top + (bottom - top) * (1 - share), max_value * share)
             for share in (0, 0.5, 1)]
    if points:
        line = " ".join(f"{_n(x)},{_n(y)}" for x, y in zip(xs, ys, strict=True))
        marks.append(f'<polyline points="{line}" fill="none" stroke="{INK}" stroke-width="2"/>')
    # Labels that would touch are thinned to every n-th, starting with the first.
    every = max(1, math.ceil((widest + PAD) / band))
    for i, ((label, _), x, y) in enumerate(zip(points, xs, ys, strict=True)):
        marks.append(f'<circle cx="{_n(x)}" cy="{_n(y)}" r="4"/>')
        if i % every == 0:
            marks.append(f'<text x="{_n(x)}" y="{_n(LINE_HEIGHT - PAD - TEXT_LINE / 2)}"'
                         f' dy=".35em" text-anchor="middle">{escape(label)}</text>')
    return _svg(title, [(label, _format(value)) for label, value in points], WIDTH, LINE_HEIGHT,
                marks)


STACK_WIDTH = 640  # no text to keep legible: as wide as the column, up to 44rem (hub.css)
STACK_HEIGHT = 28
# Colours of the parts of a stacked bar by what they mean: hues colour-blind readers tell apart
# (after Okabe and Ito), dark enough to stand out from white (3:1) but "none", with a white gap
# between parts; the legend gives every part in words.
PALETTE = {"done": "#007a5a", "part": "#0072b2", "some": "#7a5195", "waiting": "#8a6d00",
           "refused": "#d55e00", "unknown": "#767676", "none": "#bbbbbb"}
# In black and white (print) those hues are much the same grey: each meaning also has a texture
# of white marks, the same on the bar and on its swatch in the legend (plain for "done", and for
# "none", the one light grey). Per colour: the kind of marks and the attributes of their path.
TEXTURES = {"part": ("rising", 'stroke-width="1.5"'),
            "some": ("rows", 'stroke-width="2" stroke-dasharray="2 4"'),  # dots
            "waiting": ("falling", 'stroke-width="1.5"'),
            "refused": ("crossed", 'stroke-width="1"'),
            "unknown": ("rows", 'stroke-width="1.5"')}
TEXTURE_STEP = 6


def stacked_bar(parts: list[tuple[str, float, str]], title: str, rtl: bool = False) -> str:
    """One bar split into parts (label, value, colour name in PALETTE) in proportion to their
    share of the whole; no text inside, so it stays readable at any width, and a texture per
    colour, so it stays readable without colour. Unlike the other charts it runs right to left
    on right-to-left pages, as its legend does."""
    _checked([value for _, value, _ in parts], None)
    total = sum(value for _, value, _ in parts)
    x, marks = 0.0, []
    for _, value, colour in parts:
        width = STACK_WIDTH * value / total if total else 0
        # the gap stays on the side of the next part
        start = STACK_WIDTH - x - width + 1 if rtl else x
        marks.append(_patch(colour, start, max(width - 1, 0), STACK_HEIGHT))
        x += width
    return _svg(title, [(label, _format(value)) for label, value, _ in parts], STACK_WIDTH,
                STACK_HEIGHT, marks)


def swatch(colour: str) -> str:
    """A small square of a PALETTE colour and its texture, for the legend of a stacked bar
    (decorative)."""
    size = 2 * TEXTURE_STEP + 2  # two rows of the texture: enough to recognise it
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {size}" width="{size}"'
            f' height="{size}" aria-hidden="true">{_patch(colour, 0, size, size)}</svg>')


def _patch(colour: str, x: float, width: float, height: float) -> str:
    """A rectangle of a PALETTE colour with its texture on top, drawn in a nested SVG of the
    same size, which clips the texture to the rectangle."""
    rect = (f'<rect x="{_n(x)}" y="0" width="{_n(width)}" height="{_n(height)}"'
            f' fill="{PALETTE[colour]}"/>')
    if colour not in TEXTURES or not width:
        return rect
    kind, attributes = TEXTURES[colour]
    return (f'{rect}<svg x="{_n(x)}" y="0" width="{_n(width)}" height="{_n(height)}">'
            f'<path d="{_marks(kind, width, height)}" stroke="#fff" fill="none" {attributes}/>'
            f'</svg>')


def _marks(kind: str, width: float, height: float) -> str:
    """The path of a texture over a width × height box, spilling over its edges."""
    step = TEXTURE_STEP
    if kind == "rows":
        return "".join(f"M0 {_n((i + 0.5) * step)}H{_n(width)}"
                       for i in range(math.ceil(height / step)))
    # Diagonals at 45°, one every step along the bottom edge (rising) or the top (falling).
    starts = range(-math.ceil(height / step), math.ceil(width / step) + 1)
    rising = "".join(f"M{_n(i * step)} {_n(height)}l{_n(height)} {_n(-height)}" for i in starts)
    falling = "".join(f"M{_n(i * step)} 0l{_n(height)} {_n(height)}" for i in starts)
    return {"rising": rising, "falling": falling, "crossed": rising + falling}[kind]


def _svg(title: str, entries: list[tuple[str, str]], width: float, height: float,
         marks: list[str]) -> str:
    # Ids from the content, so builds are reproducible and two charts on a page do not clash.
    key = hashlib.sha1(repr((title, entries)).encode(), usedforsecurity=False).hexdigest()[:10]
    desc = "; ".join(f"{label}: {value}" for label, value in entries)
    # No height: the browser derives it from the width and the view box (Chromium takes a
    # height="auto" attribute as a fixed height, and the site's CSP blocks style attributes).
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {_n(width)} {_n(height)}"'
            f' width="100%" role="img" aria-labelledby="chart-{key}-t"'
            f' aria-describedby="chart-{key}-d" direction="ltr" font-size="{FONT_SIZE}"'
            f' fill="{INK}">'
            f'<title id="chart-{key}-t">{escape(title)}</title>'
            f'<desc id="chart-{key}-d">{escape(desc)}</desc>{"".join(marks)}</svg>')


def _guide(left: float, y: float, value: float) -> str:
    return (f'<line x1="{_n(left)}" y1="{_n(y)}" x2="{WIDTH - PAD}" y2="{_n(y)}"'
            f' stroke="{GRID}"/><text x="{_n(left - PAD)}" y="{_n(y)}" dy=".35em"'
            f' text-anchor="end">{_format(value)}</text>')


def _checked(values: list[float], max_value: float | None) -> float:
    """The top of the scale, once every value is known to fit on it."""
    top = max(values, default=0) if max_value is None else max_value
    for value in values:
        if not (math.isfinite(value) and 0 <= value <= top):
            raise ValueError(f"a chart value must be between 0 and {top}, not {value}")
    return top


def _text_width(text: str) -> float:
    """An estimate of the drawn width: the page's font is not known when the chart is built.
    Wide (East Asian) characters take a full em, others a little over half."""
    return sum(FONT_SIZE if unicodedata.east_asian_width(c) in "WF" else FONT_SIZE * 0.6
               for c in text)


def _wrap(text: str, width: float) -> list[str]:
    """A label in lines of at most ``width``, broken between words, at most LABEL_LINES of
    them: a line still too long is cut short (the description and the table give it whole)."""
    lines: list[str] = []
    for word in text.split():
        if lines and _text_width(f"{lines[-1]} {word}") <= width:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    if len(lines) > LABEL_LINES:
        lines[LABEL_LINES - 1:] = [" ".join(lines[LABEL_LINES - 1:])]
    return [_fit(line, width) for line in lines]


def _fit(text: str, width: float) -> str:
    if _text_width(text) <= width:
        return text
    while text and _text_width(text + "…") > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _format(value: float, unit: str = "") -> str:
    return _n(value) + unit


def _n(number: float) -> str:
    """A number with one decimal at most: enough for a value read off a chart, and for a
    coordinate."""
    return f"{number:.1f}".removesuffix(".0")
