"""The cards of the pages (``site/cards.py``, ``outputs/cards.py``): PNG images of 1200x630,
the same bytes for the same card, drawn again only when what they show changes, and drawn
whatever contributors write.

The built site's cards, and the reference rendering of an Arabic card, are checked in
tests/site/test_cards_site.py."""

from __future__ import annotations

import io
import struct
from pathlib import Path

import pytest
from PIL import Image

from partdem.outputs import cards as output
from partdem.site import cards
from partdem.site.cards import SIZE, Card, direction_of, draw, fingerprint, has_card, wrap

CASE = Card("en", False, "PartDem Hub", "Camden Citizens' Assembly on the Climate Crisis",
            ("Camden, London, United Kingdom", "July 1, 2019 – July 20, 2019",
             "Meets 2 of 5 rated essential standards (6 unknown)."))
ARABIC = Card("ar", True, "PartDem Hub", "جمعية كامدن للمواطنين بشأن أزمة المناخ",
              ("Camden, London، المملكة المتحدة", "1 يوليو 2019 – 20 يوليو 2019"))


def chunks(png: bytes) -> list[str]:
    """The types of a PNG's chunks, in order."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    found, at = [], 8
    while at < len(png):
        length, kind = struct.unpack(">I4s", png[at:at + 8])
        found.append(kind.decode("ascii"))
        at += 12 + length
    return found


def test_a_card_is_a_png_of_1200_by_630():
    png = draw(CASE)
    with Image.open(io.BytesIO(png)) as image:
        assert (image.format, image.size) == ("PNG", (1200, 630))
    assert SIZE == (1200, 630)


def test_a_card_is_small_and_holds_nothing_but_the_picture():
    """No time, text or other chunk that could differ between two builds."""
    png = draw(CASE)
    assert chunks(png) == ["IHDR", "PLTE", "IDAT", "IEND"]
    assert len(png) < 60_000


@pytest.mark.parametrize("card", [CASE, ARABIC], ids=["en", "ar"])
def test_the_same_card_gives_the_same_bytes(card):
    assert draw(card) == draw(Card(**vars(card)))


def test_a_card_shows_its_texts():
    """The title and the details are drawn: a card without them differs."""
    assert draw(CASE) != draw(Card("en", False, "PartDem Hub", CASE.title))
    assert draw(CASE) != draw(Card("en", False, "PartDem Hub", "Another title", CASE.details))


@pytest.mark.parametrize("stem", ["index", "cases/camden-citizens-assembly-2019",
                                  "newsletter/issue-1", "training/facilitation-basics"])
def test_the_pages_with_a_card_of_their_own(stem):
    assert has_card(stem)


@pytest.mark.parametrize("stem", ["cases/index", "cases", "about", "research/index",
                                  "chapters/x", "designs/x", "404", "newsletter/index"])
def test_the_pages_that_show_the_home_card(stem):
    assert not has_card(stem)


# -- wrapping, measured here in characters ----------------------------------------------------
def test_text_is_wrapped_between_words():
    assert wrap("one two three four", 9, 3, len) == ["one two", "three", "four"]


def test_text_longer_than_its_lines_ends_in_an_ellipsis_after_a_word():
    assert wrap("one two three four five", 9, 2, len) == ["one two", "three…"]


def test_a_word_wider_than_a_line_is_cut_inside():
    assert wrap("x" * 25, 10, 3, len) == ["x" * 10, "x" * 10, "x" * 5]
    assert wrap("x" * 40, 10, 3, len) == ["x" * 10, "x" * 10, "x" * 9 + "…"]


def test_a_combining_mark_stays_with_its_letter():
    lines = wrap("e\u0301" * 20, 5, 10, len)
    assert all(not line.startswith("\u0301") for line in lines)
    assert "".join(lines) == "e\u0301" * 20


def test_every_line_fits():
    text = "Lorem ipsum dolor sit amet, consectetur adipiscing elit " * 20
    lines = wrap(text, 30, 3, len)
    assert len(lines) == 3 and lines[-1].endswith("…")
    assert all(len(line) <= 30 for line in lines)


@pytest.mark.parametrize(("text", "rtl", "expected"), [
    ("Camden Citizens' Assembly", False, "ltr"),
    ("Camden Citizens' Assembly", True, "ltr"),  # not yet translated, on an Arabic page
    ("جمعية كامدن للمواطنين", False, "rtl"),  # Arabic, on an English page
    ("COP28: ما تعلمناه من جمعية Camden", True, "rtl"),  # mostly Arabic, starting in Latin
    ("2019 – 2020", True, "rtl"),  # no letters: the page's
    ("2019 – 2020", False, "ltr"),
])
def test_a_text_runs_the_way_most_of_its_letters_do(text, rtl, expected):
    assert direction_of(text, rtl) == expected


# -- untrusted text ---------------------------------------------------------------------------
HOSTILE = {
    "very long title": "A very long title " * 500,
    "one endless word": "W" * 20_000,
    "empty": "",
    "only spaces and controls": " \t\n\r\x00\x1b ",
    "right to left on an English page": "جمعية كامدن للمواطنين بشأن أزمة المناخ COP28 (UK)",
    "bidi overrides": "\u202eevil\u202c \u2067isolate \u202dLRO",
    "lone surrogate": "before \ud800 after",
    "characters the font lacks": "日本語の市民会議 \U0010ffff \U000e0001 𓀀 🫠",
    "stacked marks": "Z" + "\u0301\u0327\u0308" * 300,
    "markup": "<script>alert(1)</script> &amp; {{ 7*7 }} %(x)s",
}


@pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
@pytest.mark.parametrize("rtl", [False, True], ids=["ltr page", "rtl page"])
def test_any_text_is_drawn(text, rtl):
    card = Card("ar" if rtl else "en", rtl, text, text, (text, text, text, text))
    with Image.open(io.BytesIO(draw(card))) as image:
        assert image.size == SIZE
    assert len(fingerprint(card)) == 64


# -- the cache --------------------------------------------------------------------------------
@pytest.fixture
def drawn(monkeypatch) -> list[Card]:
    """The cards drawn, as the output draws them."""
    calls: list[Card] = []

    def counting(card: Card) -> bytes:
        calls.append(card)
        return draw(card)

    monkeypatch.setattr(cards, "draw", counting)
    return calls


def png(card: Card, folder) -> bytes:
    """The card's bytes as the output gives them: from its cache file, or as they are."""
    found = output.cached(card, folder)
    return found.read_bytes() if isinstance(found, Path) else found


def test_a_card_in_the_cache_is_not_drawn_again(tmp_path, drawn):
    first = png(CASE, tmp_path)
    again = png(CASE, tmp_path)
    assert drawn == [CASE]
    assert first == again == draw(CASE)
    assert [path.name for path in tmp_path.iterdir()] == [f"{fingerprint(CASE)}.png"]


def test_a_changed_title_is_drawn_again(tmp_path, drawn):
    changed = Card(**{**vars(CASE), "title": "Camden Citizens' Assembly, 2019"})
    png(CASE, tmp_path)
    assert png(changed, tmp_path) == draw(changed)
    assert drawn == [CASE, changed]


def test_a_cache_that_cannot_be_written_costs_only_time(tmp_path, drawn):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    assert png(CASE, blocked / "cards") == draw(CASE)
    assert png(CASE, blocked / "cards") == draw(CASE)
    assert drawn == [CASE, CASE]


def test_what_goes_into_the_picture_names_it(monkeypatch):
    """Any text, the direction, the fonts and the drawing's version change the fingerprint."""
    seen = {fingerprint(CASE)}
    for name, value in [("title", "Other"), ("kicker", "Other"), ("lang", "es"),
                        ("rtl", True), ("details", CASE.details[:2])]:
        seen.add(fingerprint(Card(**{**vars(CASE), name: value})))
    monkeypatch.setattr(cards, "VERSION", cards.VERSION + 1)
    seen.add(fingerprint(CASE))
    monkeypatch.setattr(cards, "font_bytes", lambda: {"regular": b"a", "bold": b"b"})
    cards._fonts_digest.cache_clear()  # the fonts are hashed once per process
    try:
        seen.add(fingerprint(CASE))
    finally:
        cards._fonts_digest.cache_clear()
    assert len(seen) == 8


def test_every_kind_with_a_card_says_what_its_card_shows():
    assert sorted(output.DETAILS) == sorted(cards.KINDS)


def test_a_no_break_space_keeps_its_words_on_one_line():
    """French puts one before a colon: the colon never starts a line."""
    assert cards._clean("climat\xa0:  comment") == "climat\xa0: comment"
    assert wrap("aaaa bb\xa0: cc", 8, 3, len) == ["aaaa", "bb\xa0: cc"]
