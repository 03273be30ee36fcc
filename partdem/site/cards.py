"""A page's card: the 1200x630 image that link previews show, drawn at build time from the page's
own data in its language; ``outputs/cards.py`` says what each card shows and writes it.

Which pages have a card of their own (``has_card``), and the drawing: ``draw`` turns a ``Card``
into PNG bytes with the fonts bundled beside this module, and ``fingerprint`` names everything
that goes into those bytes, for the cache of the output.

Text is laid out by Pillow's RAQM engine (HarfBuzz shapes, FriBidi orders), so that Arabic is
joined and runs right to left with Latin words and numbers in their place. The content is
untrusted: it is only ever drawn, cut to what fits, and a character the font lacks shows as
the font's empty box. The same card gives the same bytes: nothing in the PNG varies but the
picture.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import unicodedata
from collections.abc import Callable
from dataclasses import asdict, dataclass
from functools import cache
from importlib.resources import files

from PIL import Image, ImageChops, ImageColor, ImageDraw, ImageFont

CARD = "card.png"  # beside the page's index.html
SIZE = (1200, 630)  # what link previews crop least (OpenGraph's large image)
VERSION = 1  # of the drawing: raise it when a change of this module changes the pictures
FONTS = {"regular": "DejaVuSans.ttf", "bold": "DejaVuSans-Bold.ttf"}  # both have Arabic

# The hub's primary green (docs/assets/hub.css) under white text (7.9:1), and a light green for
# the site's name and the rules (6.1:1).
GROUND = "#1b5e20"
INK = "#ffffff"
ACCENT = "#c8e6c9"
# Steps from the ground to each ink on the edges of letters: the palette holds them all, so the
# PNG is a small palette image made without quantising (which took most of the drawing time).
LEVELS = 32

MARGIN = 72
KICKER = 30  # the size of the site's name above the title
TITLE_TOP = 132
# The title at the largest size at which it fits in as many lines: (size, line height, lines).
TITLES = ((84, 100, 2), (60, 74, 3))
DETAIL = (30, 42, 4, 3)  # size, line height, most lines in all and each, set at the bottom
STRIPE = 12  # the light band along the bottom edge
MOST_CHARS = 600  # a text longer than three full lines of the narrowest letters is cut first
ELLIPSIS = "…"


@dataclass(frozen=True)
class Card:
    """What a card shows: a kicker (the site's name) above the title, and details (a few lines
    each) at the bottom, in language ``lang`` and, when ``rtl``, aligned right."""

    lang: str
    rtl: bool
    kicker: str
    title: str
    details: tuple[str, ...] = ()


# The folders of the types whose pages have a card of their own.
KINDS = ("cases", "newsletter", "training")


def has_card(stem: str) -> bool:
    """Whether the page ``stem`` has a card of its own: the home page and the pages of cases,
    newsletter issues and training modules. Every other page shows its language's home card."""
    folder, _, slug = stem.partition("/")
    return stem == "index" or (folder in KINDS and bool(slug) and slug != "index")


# -- drawing --------------------------------------------------------------------------------
@cache
def font_bytes() -> dict[str, bytes]:
    """The bundled fonts' files, by weight."""
    folder = files("partdem.site").joinpath("fonts")
    return {weight: folder.joinpath(name).read_bytes() for weight, name in FONTS.items()}


@cache
def _font(weight: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(io.BytesIO(font_bytes()[weight]), size,
                              layout_engine=ImageFont.Layout.RAQM)


def fingerprint(card: Card) -> str:
    """A name for everything the card's bytes depend on: its texts, the fonts, the size and the
    version of the drawing."""
    digest = hashlib.sha256(_fonts_digest())
    # As ASCII: any text can be written so, even a lone surrogate, which UTF-8 cannot hold.
    digest.update(json.dumps([VERSION, SIZE, asdict(card)]).encode("ascii"))
    return digest.hexdigest()


@cache  # the fonts are 1.4 MB: hashed once per process, not once per card
def _fonts_digest() -> bytes:
    digest = hashlib.sha256()
    for weight in sorted(FONTS):
        digest.update(hashlib.sha256(font_bytes()[weight]).digest())
    return digest.digest()


def _clean(text: str) -> str:
    """Text as one line of drawable characters: controls and line breaks become spaces, lone
    surrogates and unassigned code points go, and what cannot show on a card is cut."""
    kept = []
    for char in text[:MOST_CHARS * 2]:
        category = unicodedata.category(char)
        if category in ("Cc", "Zl", "Zp"):
            kept.append(" ")
        elif category not in ("Cs", "Cn"):
            kept.append(char)
    # Runs of spaces only: a no-break space (French "climat\xa0:") keeps its words together.
    return re.sub(" {2,}", " ", "".join(kept)).strip(" ")[:MOST_CHARS]


def direction_of(text: str, rtl: bool) -> str:
    """The direction ``text`` is laid out in: that of most of its letters, the page's on a tie
    (an Arabic title that names a Latin acronym runs right to left, a title not yet translated
    from English left to right on an Arabic page)."""
    ways = [unicodedata.bidirectional(char) for char in text]
    right, left = sum(way in ("R", "AL") for way in ways), ways.count("L")
    return "rtl" if right > left or (right == left and rtl) else "ltr"


class _Measure:
    """The width of text in one font, language and direction."""

    def __init__(self, font: ImageFont.FreeTypeFont, lang: str, direction: str) -> None:
        self.font, self.lang, self.direction = font, lang, direction

    def __call__(self, text: str) -> float:
        return self.font.getlength(text, direction=self.direction, language=self.lang)


def _breaks(word: str) -> list[int]:
    """Where a word too long for a line may be cut: before any character but a combining mark."""
    return [i for i in range(1, len(word) + 1)
            if i == len(word) or not unicodedata.combining(word[i])]


def _longest(text: str, fits: Callable[[str], bool]) -> int:
    """The length of the longest start of ``text`` that fits (cut between characters), at
    least one character so that every line holds something."""
    cuts = _breaks(text)
    low, high = 0, len(cuts) - 1
    while low < high:
        middle = (low + high + 1) // 2
        if fits(text[:cuts[middle]]):
            low = middle
        else:
            high = middle - 1
    return cuts[low]


def _ellipsized(text: str, width: int, measure: Callable[[str], float]) -> str:
    """``text`` cut at a word if it can be, to fit with an ellipsis after it."""
    cut = text[:_longest(text, lambda start: measure(start.rstrip() + ELLIPSIS) <= width)]
    if " " in cut.strip() and cut != text and text[len(cut)] != " ":
        cut = cut.rstrip().rsplit(" ", 1)[0]
    return cut.rstrip() + ELLIPSIS


def wrap(text: str, width: int, most: int, measure: Callable[[str], float]) -> list[str]:
    """``text`` in at most ``most`` lines of at most ``width`` pixels, broken between words
    (inside a word only when it is wider than a line), the last line ending in an ellipsis when
    the text is longer."""
    lines: list[str] = []
    words = text.split(" ")
    line = ""
    while words and len(lines) < most:
        candidate = f"{line} {words[0]}" if line else words[0]
        if measure(candidate) <= width:
            line = candidate
            words.pop(0)
        elif line:
            lines.append(line)
            line = ""
        else:  # a word wider than the line: as much of it as fits, the rest on the next
            cut = _longest(words[0], lambda start: measure(start) <= width)
            lines.append(words[0][:cut])
            words[0] = words[0][cut:]
    if line:
        lines.append(line)
    if words and lines:
        rest = " ".join(words)
        lines[-1] = _ellipsized(f"{lines[-1]} {rest}", width, measure)
    return lines


def draw(card: Card) -> bytes:
    """The card as PNG bytes: a palette image, with no metadata that could vary."""
    # Each ink is drawn as coverage on a layer of its own, then the layers become the indexes
    # of the palette's steps towards it.
    ink, accent = Image.new("L", SIZE), Image.new("L", SIZE)
    width = SIZE[0] - 2 * MARGIN
    x, anchor = (SIZE[0] - MARGIN, "ra") if card.rtl else (MARGIN, "la")

    def write(layer: Image.Image, lines: list[str], step: int, measure: _Measure,
              top: int) -> None:
        pen = ImageDraw.Draw(layer)
        for i, line in enumerate(lines):
            pen.text((x, top + i * step), line, font=measure.font, fill=255, anchor=anchor,
                     direction=measure.direction, language=card.lang)

    kicker = _clean(card.kicker)
    if kicker:
        measure = _Measure(_font("bold", KICKER), card.lang, direction_of(kicker, card.rtl))
        write(accent, wrap(kicker, width, 1, measure), 0, measure, TITLE_TOP - 76)
        rule = x - 96 if card.rtl else x
        ImageDraw.Draw(accent).rectangle((rule, TITLE_TOP - 28, rule + 96, TITLE_TOP - 23),
                                         fill=255)

    write(ink, *_title(_clean(card.title), width, card), TITLE_TOP)

    size, step, most, each = DETAIL
    font = _font("regular", size)
    details = [(text, _Measure(font, card.lang, direction_of(text, card.rtl)))
               for text in filter(None, map(_clean, card.details))]
    blocks = [wrap(text, width, each, measure) for text, measure in details]
    # Too many lines: the longest detail (the first of equals) gives up its last line.
    while sum(map(len, blocks)) > most:
        longest = max(range(len(blocks)), key=lambda i: (len(blocks[i]), -i))
        blocks[longest] = wrap(details[longest][0], width, len(blocks[longest]) - 1,
                               details[longest][1])
    top = SIZE[1] - STRIPE - 48 - step * sum(map(len, blocks))
    for lines, (_, measure) in zip(blocks, details, strict=True):
        write(ink, lines, step, measure, top)
        top += step * len(lines)
    ImageDraw.Draw(accent).rectangle((0, SIZE[1] - STRIPE, SIZE[0], SIZE[1]), fill=255)

    steps = [round(value * (LEVELS - 1) / 255) for value in range(256)]
    # The accent's indexes follow the ink's; where layers meet (letters of a hostile title
    # reaching the site's name), the accent's show.
    indexes = ImageChops.lighter(ink.point(steps),
                                 accent.point([LEVELS + n if n else 0 for n in steps]))
    picture = Image.frombytes("P", SIZE, indexes.tobytes())
    picture.putpalette(_palette())
    out = io.BytesIO()
    picture.save(out, "PNG")
    return out.getvalue()


def _title(title: str, width: int, card: Card) -> tuple[list[str], int, _Measure]:
    """The title's lines, their height and measure: at the largest size at which it fits."""
    direction = direction_of(title, card.rtl)
    for size, step, most in TITLES:
        measure = _Measure(_font("bold", size), card.lang, direction)
        lines = wrap(title, width, most + 1, measure)
        if len(lines) <= most:
            return lines, step, measure
    return wrap(title, width, most, measure), step, measure  # cut at the smallest size


@cache
def _palette() -> list[int]:
    """The ground's colour blended into each ink in LEVELS steps, as flat RGB values."""
    ground = ImageColor.getrgb(GROUND)
    palette = []
    for ink in (INK, ACCENT):
        colour = ImageColor.getrgb(ink)
        for level in range(LEVELS):
            palette += [round(g + (c - g) * level / (LEVELS - 1))
                        for g, c in zip(ground, colour, strict=True)]
    return palette
