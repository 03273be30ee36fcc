"""Bar and line charts as inline SVG, drawn at build time with no JavaScript library.

Each chart is an image with its text alternative: a title naming it and a description listing
every value, so nothing is shown only as a picture. Text takes the page's font; the charts stay
left to right on right-to-left pages, as charts usually do.
"""

from __future__ import annotations

import hashlib
import math
import unicodedata
from xml.sax.saxutils import escape

WIDTH = 640
PAD = 8
FONT_SIZE = 14
INK = "#1d4e89"  # bars, lines and all text: 8.4:1 against white
GRID = "#d6d6d6"  # guide lines only, so they need not stand out
BAR_HEIGHT = 20
ROW_HEIGHT = 30
LINE_HEIGHT = 240
LABEL_SHARE = 0.4  # the label column takes at most this share of the width


def bar_chart(rows: list[tuple[str, float]], title: str, unit: str = "",
              max_value: float | None = None) -> str:
    """Horizontal bars, one per (label, value) row, scaled to ``max_value`` (default: the
    largest value). ``unit`` is appended to each value as given, e.g. "%" or " h"."""
    top = _checked([value for _, value in rows], max_value)
    label_width = min(max((_text_width(label) for label, _ in rows), default=0),
                      WIDTH * LABEL_SHARE)
    value_width = max((_text_width(_format(value, unit)) for _, value in rows), default=0)
    bar_x = PAD + label_width + PAD
    scale = (WIDTH - bar_x - PAD - value_width - PAD) / top if top else 0
    height = 2 * PAD + ROW_HEIGHT * len(rows)
    marks = []
    for i, (label, value) in enumerate(rows):
        y = PAD + ROW_HEIGHT * i + (ROW_HEIGHT - BAR_HEIGHT) / 2
        middle = _n(y + BAR_HEIGHT / 2)
        width = value * scale
        marks.append(
            f'<text x="{_n(bar_x - PAD)}" y="{middle}" dy=".35em" text-anchor="end">'
            f"{escape(_fit(label, label_width))}</text>"
            f'<rect x="{_n(bar_x)}" y="{_n(y)}" width="{_n(width)}" height="{BAR_HEIGHT}"/>'
            f'<text x="{_n(bar_x + width + PAD)}" y="{middle}" dy=".35em">'
            f"{escape(_format(value, unit))}</text>")
    return _svg(title, [(label, _format(value, unit)) for label, value in rows], height, marks)


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
    bottom = LINE_HEIGHT - PAD - FONT_SIZE - PAD
    top = PAD + FONT_SIZE / 2
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
            marks.append(f'<text x="{_n(x)}" y="{_n(LINE_HEIGHT - PAD)}" text-anchor="middle">'
                         f"{escape(label)}</text>")
    return _svg(title, [(label, _format(value)) for label, value in points], LINE_HEIGHT, marks)


STACK_HEIGHT = 28
# Colours of the parts of a stacked bar by what they mean: hues colour-blind readers tell apart
# (after Okabe and Ito), dark enough to stand out from white (3:1) but "none", with a white gap
# between parts; the legend gives every part in words.
PALETTE = {"done": "#007a5a", "part": "#0072b2", "some": "#7a5195", "waiting": "#8a6d00",
           "refused": "#d55e00", "unknown": "#767676", "none": "#bbbbbb"}


def stacked_bar(parts: list[tuple[str, float, str]], title: str, rtl: bool = False) -> str:
    """One bar split into parts (label, value, colour name in PALETTE) in proportion to their
    share of the whole; no text inside, so it stays readable at any width. Unlike the other
    charts it runs right to left on right-to-left pages, as its legend does."""
    _checked([value for _, value, _ in parts], None)
    total = sum(value for _, value, _ in parts)
    x, marks = 0.0, []
    for _, value, colour in parts:
        width = WIDTH * value / total if total else 0
        start = WIDTH - x - width + 1 if rtl else x  # the gap stays on the side of the next part
        marks.append(f'<rect x="{_n(start)}" y="0" width="{_n(max(width - 1, 0))}" '
                     f'height="{STACK_HEIGHT}" fill="{PALETTE[colour]}"/>')
        x += width
    return _svg(title, [(label, _format(value)) for label, value, _ in parts], STACK_HEIGHT,
                marks)


def swatch(colour: str) -> str:
    """A small square of a PALETTE colour, for the legend of a stacked bar (decorative)."""
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 12 12" width="12" '
            f'height="12" aria-hidden="true"><rect width="12" height="12" '
            f'fill="{PALETTE[colour]}"/></svg>')


def _svg(title: str, entries: list[tuple[str, str]], height: float, marks: list[str]) -> str:
    # Ids from the content, so builds are reproducible and two charts on a page do not clash.
    key = hashlib.sha1(repr((title, entries)).encode(), usedforsecurity=False).hexdigest()[:10]
    desc = "; ".join(f"{label}: {value}" for label, value in entries)
    # No height: the browser derives it from the width and the view box (Chromium takes a
    # height="auto" attribute as a fixed height, and the site's CSP blocks style attributes).
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {_n(height)}"'
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


def _fit(text: str, width: float) -> str:
    # A label too long for its column is cut short; the description still gives it whole.
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
