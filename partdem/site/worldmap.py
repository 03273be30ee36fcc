"""A world choropleth as inline SVG, drawn at build time: nothing is requested when it is viewed.

Country shapes come from the map of pygal-maps-world (one group per country, keyed by lower-case
ISO alpha-2 code). Its path data is made small once, not at every build, and kept beside this
module (``worldmap.json``; ``python -m partdem.site.worldmap`` writes it again, and a test checks
it matches the installed map): curves become their end points, coordinates are rounded to whole
map units, nearly straight runs of points are simplified and islands too small to see are
dropped. Pygal's renderer is not used: its SVG loads a remote script.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from itertools import pairwise
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from lxml import etree

SVG = "{http://www.w3.org/2000/svg}"
# The map is 2754 units wide, so on a page a unit is a third of a pixel or less: coordinates are
# rounded to whole units, points within a unit of the simplified outline are dropped and so are
# rings smaller than a pixel or so. Together they take the map from 1 MB to under 100 KB.
TOLERANCE = 1.0
MIN_AREA = 10
# Five steps of blue, light to dark, told apart by lightness alone (so they survive colour-vision
# deficiencies): 1.5-1.7:1 from one step to the next, and 1.7:1 to 10.8:1 against the no-data
# grey. Countries with data are also outlined (14:1 against the grey), so colour is not the only
# cue. Fixed steps, not a share of the largest count, so a colour means the same on every build.
PALETTE = ("#8cbde0", "#5a9bd0", "#2f74b5", "#144f8f", "#08306b")
STEP_LIMITS = (1, 2, 5, 10)  # highest count of each step but the last: 1, 2, 3-5, 6-10, 11+
NO_DATA = "#ececec"
OUTLINE = "#041f3f"
TITLE_ID = "worldmap-title"  # one map per page

_TOKEN = re.compile(r"[A-Za-z]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_ARITY = {"m": 2, "l": 2, "h": 1, "v": 1, "c": 6}
_TRANSFORM = re.compile(r"(matrix|translate)\s*\(([^)]*)\)")

Point = tuple[float, float]
GridPoint = tuple[int, int]
Affine = tuple[float, float, float, float, float, float]


@dataclass(frozen=True)
class Shape:
    code: str  # lower-case ISO alpha-2, as in the source map
    d: str
    markers: tuple[tuple[int, int, int], ...]  # circles (x, y, r) marking tiny countries


def render_map(counts: dict[str, int], links: dict[str, str], titles: dict[str, str],
               label: str) -> str:
    """The map as an ``<svg>`` string: countries with a count above zero are coloured links.

    ``counts``, ``links`` and ``titles`` are keyed by upper-case ISO alpha-2 code; every country
    with a count needs a link and a title (e.g. "France: 3"). ``label`` names the whole map.
    """
    view_box, shapes = _source()
    unknown = sorted(set(counts) - {shape.code.upper() for shape in shapes})
    if unknown:
        raise ValueError(f"no shape on the world map for {', '.join(unknown)}")
    # Later shapes paint over earlier ones: countries with data come after their neighbours so
    # their outline is not half covered, and tiny countries (enclaves such as San Marino, and
    # the markers around small islands) come last so no neighbour hides them.
    ordered = sorted(shapes, key=lambda s: (bool(s.markers), counts.get(s.code.upper(), 0) > 0))
    parts = [
        # No height: the browser derives it from the width and the view box (Chromium takes a
        # height="auto" attribute as a fixed height, and the site's CSP blocks style attributes).
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="{view_box}" width="100%"'
        # A group, not role="img": an image's children are hidden from assistive technology,
        # and the country links must stay reachable.
        f' role="group" aria-labelledby="{TITLE_ID}" fill="{NO_DATA}"'
        ' stroke="#ffffff" stroke-width="1" stroke-linejoin="round">'
        f'<title id="{TITLE_ID}">{escape(label)}</title>'
    ]
    for shape in ordered:
        code = shape.code.upper()
        count = counts.get(code, 0)
        if count > 0:
            parts.append(_linked(shape, count, links[code], titles[code]))
        else:
            parts.append(_elements(shape, ""))
    parts.append("</svg>")
    return "".join(parts)


def _linked(shape: Shape, count: int, href: str, title: str) -> str:
    # The outline is in screen pixels, so it stays visible however small the map is drawn.
    shapes = _elements(shape, ' vector-effect="non-scaling-stroke"')
    return (f'<a href={quoteattr(href)} fill="{_colour(count)}" stroke="{OUTLINE}">'
            f"<title>{escape(title)}</title>{shapes}</a>")


def _elements(shape: Shape, extra: str) -> str:
    circles = "".join(f'<circle cx="{x}" cy="{y}" r="{r}"{extra}/>' for x, y, r in shape.markers)
    # Countries known only by their marker have no outline left to draw.
    path = f'<path d="{shape.d}"{extra}/>' if shape.d else ""
    return path + circles


def _colour(count: int) -> str:
    step = sum(count > limit for limit in STEP_LIMITS)
    return PALETTE[step]


SHAPES = Path(__file__).with_name("worldmap.json")


@cache
def _source() -> tuple[str, tuple[Shape, ...]]:
    """The view box and the simplified shape of every country, as stored."""
    stored = json.loads(SHAPES.read_text(encoding="utf-8"))
    return stored["viewBox"], tuple(
        Shape(code, d, tuple(tuple(marker) for marker in markers))
        for code, d, markers in stored["shapes"])


def simplified() -> tuple[str, tuple[Shape, ...]]:
    """The view box and the simplified shape of every country of the installed source map."""
    root = etree.parse(str(files("pygal_maps_world") / "worldmap.svg")).getroot()
    shapes = []
    for group in root.iter(f"{SVG}g"):
        classes = group.get("class", "").split()
        if "country" in classes:
            shapes.append(_shape(classes[0], group))
    return root.get("viewBox"), tuple(shapes)


def _shape(code: str, group: etree._Element) -> Shape:
    markers = tuple(_marker(circle) for circle in group.iter(f"{SVG}circle"))
    rings = []
    for path in group.iter(f"{SVG}path"):
        affine = _affine(path)
        for ring in _rings(path.get("d")):
            points = [_apply(affine, point) for point in ring]
            rings.append(_simplify([(round(x), round(y)) for x, y in points]))
    rings = [ring for ring in rings if len(ring) >= 3]
    kept = [ring for ring in rings if abs(_area(ring)) >= MIN_AREA]
    if not kept and not markers:
        # A country made only of specks and without a marker keeps its largest speck, so that
        # it is still drawn and linked.
        kept = [max(rings, key=lambda ring: abs(_area(ring)))]
    return Shape(code, _path_data(kept), markers)


def _marker(circle: etree._Element) -> tuple[int, int, int]:
    affine = _affine(circle)
    x, y = _apply(affine, (float(circle.get("cx")), float(circle.get("cy"))))
    r = float(circle.get("r")) * math.sqrt(abs(affine[0] * affine[3] - affine[1] * affine[2]))
    return round(x), round(y), round(r)


def _rings(d: str) -> list[list[Point]]:
    """The subpaths of path data as absolute points. Curves keep only their end points: a curve
    of this map spans a pixel or two, so the straight segment looks the same."""
    rings: list[list[Point]] = []
    ring: list[Point] = []
    x = y = 0.0
    start = (0.0, 0.0)
    command = ""
    tokens = _TOKEN.findall(d)
    i = 0
    while i < len(tokens):
        if tokens[i].isalpha():
            command, i = tokens[i], i + 1
            if command in "Zz":
                x, y = start
                continue
        lower = command.lower()
        if lower not in _ARITY:
            raise ValueError(f"unsupported path command {command!r} in the world map")
        args = [float(token) for token in tokens[i:i + _ARITY[lower]]]
        i += _ARITY[lower]
        relative = command.islower()
        if lower == "h":
            x = args[0] + (x if relative else 0)
        elif lower == "v":
            y = args[0] + (y if relative else 0)
        else:
            x, y = (x + args[-2], y + args[-1]) if relative else (args[-2], args[-1])
        if lower == "m":
            if ring:
                rings.append(ring)
            ring, start = [(x, y)], (x, y)
            command = "l" if relative else "L"  # pairs after a moveto are linetos
        else:
            ring.append((x, y))
    if ring:
        rings.append(ring)
    return rings


def _affine(element: etree._Element) -> Affine:
    """The transform of an element combined with those of its ancestors."""
    total: Affine = (1, 0, 0, 1, 0, 0)
    for node in [*reversed(list(element.iterancestors())), element]:
        value = node.get("transform", "")
        if _TRANSFORM.sub("", value).strip(" ,"):
            raise ValueError(f"unsupported transform {value!r} in the world map")
        for kind, args in _TRANSFORM.findall(value):
            numbers = [float(n) for n in re.split(r"[\s,]+", args.strip())]
            if kind == "translate":
                numbers = [1, 0, 0, 1, numbers[0], numbers[1] if len(numbers) > 1 else 0]
            total = _compose(total, tuple(numbers))
    return total


def _compose(m: Affine, n: Affine) -> Affine:
    a, b, c, d, e, f = m
    return (a * n[0] + c * n[1], b * n[0] + d * n[1], a * n[2] + c * n[3], b * n[2] + d * n[3],
            a * n[4] + c * n[5] + e, b * n[4] + d * n[5] + f)


def _apply(m: Affine, point: Point) -> Point:
    x, y = point
    return m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]


def _simplify(points: list[GridPoint]) -> list[GridPoint]:
    """Douglas-Peucker: keep only the points farther than TOLERANCE from the outline kept."""
    points = [p for i, p in enumerate(points) if i == 0 or p != points[i - 1]]
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        far, index = 0.0, 0
        for i in range(first + 1, last):
            distance = _distance(points[i], points[first], points[last])
            if distance > far:
                far, index = distance, i
        if far > TOLERANCE:
            keep[index] = True
            stack += [(first, index), (index, last)]
    simplified = [p for p, kept in zip(points, keep, strict=True) if kept]
    # A speck narrower than the tolerance would collapse to a line: it stays as it is.
    return simplified if len(simplified) >= 3 else points


def _distance(p: GridPoint, a: GridPoint, b: GridPoint) -> float:
    """Distance from p to the segment ab."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    length = dx * dx + dy * dy
    t = 0.0 if length == 0 else max(0.0, min(1.0, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy)
                                             / length))
    return math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy)


def _area(ring: list[GridPoint]) -> float:
    return sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in pairwise([*ring, ring[0]])) / 2


def _path_data(rings: list[list[GridPoint]]) -> str:
    """Compact relative path data: each ring is a moveto, implicit linetos and a closepath."""
    parts = []
    x = y = 0  # after a closepath the current point is the ring's start
    for ring in rings:
        numbers = [ring[0][0] - x, ring[0][1] - y]
        for (x1, y1), (x2, y2) in pairwise(ring):
            numbers += [x2 - x1, y2 - y1]
        parts.append("m" + _join(numbers) + "z")
        x, y = ring[0]
    return "".join(parts)


def _join(numbers: list[int]) -> str:
    # A minus sign separates numbers by itself, so only the others need a space.
    texts = [str(n) for n in numbers]
    return texts[0] + "".join(t if t.startswith("-") else " " + t for t in texts[1:])


def write_shapes() -> None:
    """Store the simplified shapes of the installed map (after an update of pygal-maps-world)."""
    view_box, shapes = simplified()
    stored = {"viewBox": view_box,
              "shapes": [[shape.code, shape.d, [list(m) for m in shape.markers]]
                         for shape in shapes]}
    SHAPES.write_text(json.dumps(stored, separators=(",", ":")) + "\n", encoding="utf-8")


if __name__ == "__main__":
    write_shapes()
