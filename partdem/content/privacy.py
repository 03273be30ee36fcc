"""Personal data in contributed text: phone numbers and personal e-mail addresses.

The hub is public and the activists it names can be at risk, so it publishes role addresses of
groups (info@, contact@) and public channels, never a person's own e-mail address or phone number.

Phone numbers are recognised by libphonenumber (the ``phonenumbers`` package) for every region
it knows, written internationally (+44 ..., 0044 ...) or in a region's national format. This
module only finds the runs of digits worth asking it about, cheaply, and leaves out what is
plainly a date, a range of years, a standard identifier or an amount. E-mail addresses are
personal unless their whole local part is made of role names; written-out forms such as
``jane [at] example [dot] org``, full-width at signs and HTML entities count too. Link targets
and file names are read as well: a number or an address inside a link is published all the same.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterator
from functools import cache, lru_cache
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, NamedTuple
from urllib.parse import parse_qsl, unquote, urlsplit

if TYPE_CHECKING:
    from phonenumbers import PhoneNumber

PRIVACY_WHY = (
    "the hub is public and activists can be at risk: it publishes only role addresses "
    "(such as info@ or contact@ of a group) and public channels, never a person's own email "
    "or phone number"
)

# -- e-mail ------------------------------------------------------------------------------------
# Names of shared mailboxes, listed in mailbox-roles.txt. The WHOLE local part must be one of
# them, or several joined by ".", "-", "_" or "+" (press-office@, info+events@), because a test
# for a role word anywhere in the name lets marinfo.perez@ or xrjane@ through; info.uk@ or
# xr-london@ are refused too, as a
# place cannot be told from a person's name. Given names that double as greetings are left out
# on purpose: Ola is a common name in Norway, Poland and Nigeria.
ROLE_NAMES = frozenset(
    word for line in Path(__file__).with_name("mailbox-roles.txt").read_text("utf-8").splitlines()
    if not line.startswith("#") for word in line.split())
_ROLE_JOINS = re.compile(r"[._+-]")
# A plain address. A fediverse handle (@jane@example.social) holds one too, and is refused
# like it: a group links to its profile page instead.
_EMAIL = re.compile(r"(?<![\w.+-])([\w.+-]+)@([\w-]+(?:\.[\w-]+)+)")
# Written-out at signs and dots ("[at]", "(at)", " arroba ", " @ ", "{dot}", " dot "). Bracketed
# words always stand for the sign; a bare " at " only with a written-out dot and at the end of a
# clause, since "read more at example.org" and "look at the dot com bubble" are prose, while
# "write to jane at example dot org." is an address.
_AT_WORD = r"(?:at|@|arroba|arobase|ät|chez)"
_DOT_WORD = r"(?:dot|\.|punto|point|punkt|ponto)"
_OPEN, _CLOSE = r"[\[({<]", r"[\])}>]"
_WRITTEN_AT = rf"\s*{_OPEN}\s*{_AT_WORD}\s*{_CLOSE}\s*|\s+(?:arroba|arobase)\s+|\s+@\s*|\s*@\s+"
_WRITTEN_DOT = rf"\s*{_OPEN}\s*{_DOT_WORD}\s*{_CLOSE}\s*|\s+(?:dot|punto|punkt|ponto)\s+"
_LOCAL, _LABEL = r"(?<![\w.+-])[\w.+-]*\w", r"[\w-]+"
_OBFUSCATED = re.compile(
    rf"{_LOCAL}(?:{_WRITTEN_AT}|@)(?:{_LABEL}(?:{_WRITTEN_DOT}|\.))+[A-Za-z]{{2,}}\b"
    rf"|{_LOCAL}\s+at\s+(?:{_LABEL}(?:{_WRITTEN_DOT}))+[A-Za-z]{{2,}}(?=\s*(?:$|[.,;:!?)\]]))",
    re.IGNORECASE)
# Every address written out holds "@", or one of these (in lowercase); most texts hold none,
# and looking for these strings is many times faster than looking for an address.
_AT_AS_WRITTEN = re.compile(rf"{_WRITTEN_AT}|\s+at\s+", re.IGNORECASE)
_DOT_AS_WRITTEN = re.compile(_WRITTEN_DOT, re.IGNORECASE)


def _may_be_written_out(text: str) -> bool:
    """Whether the text may hold an address written out ("jane [at] example [dot] org")."""
    if "@" in text:
        return True
    lower = text.lower()
    closed = ")" in text or "]" in text or "}" in text or ">" in text
    return ((closed and ("at]" in lower or "at)" in lower or "at}" in lower or "at>" in lower
                         or "at ]" in lower or "at )" in lower or "chez" in lower))
            or "ät" in lower or "arroba" in lower or "arobase" in lower
            or ((" dot " in lower or " punto " in lower or " punkt " in lower
                 or " ponto " in lower) and " at " in lower))


def is_role_address(address: str) -> bool:
    """Whether the address names a group's shared mailbox: its whole local part is role names
    (case aside), alone or joined by ".", "-", "_" or "+"."""
    local = address.rsplit("@", 1)[0].lower()
    return all(word in ROLE_NAMES for word in _ROLE_JOINS.split(local))


def email_problem(address: str) -> str | None:
    """Why an email address may not be published (it looks personal), or None."""
    return None if is_role_address(address) else _email_message(address)


def _email_message(written: str) -> str:
    return (f"'{written}' looks like a personal email address: {PRIVACY_WHY}. "
            "Use the group's role address (for example info@ or contact@)")


def _email_in(text: str) -> str | None:
    """The first personal address of the text, as written there, or None."""
    for match in _EMAIL.finditer(text) if "@" in text else ():
        if not is_role_address(match[1]):
            return match[0]
    for match in _OBFUSCATED.finditer(text) if _may_be_written_out(text) else ():
        address = _DOT_AS_WRITTEN.sub(".", _AT_AS_WRITTEN.sub("@", match[0], count=1))
        if not is_role_address(address):
            return match[0]
    return None


# -- phone numbers: candidates -----------------------------------------------------------------
# What people put between the digits of a phone number: every kind of space (U+00A0, U+202F,
# U+2009 ...) but line breaks, dashes and hyphens, dots, slashes, brackets and tildes, and
# invisible characters (soft hyphens, zero-width spaces, direction marks in Arabic text).
_SEP = ("[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\\-\u2010-\u2015\u2212\u2043\ufe58"
        "\ufe63\uff0d.\u00b7\u2024\u2027\uff0e/\u2044\u2215\uff0f\\\\()\\[\\]\uff08\uff09\uff3b"
        "\uff3d~\u2053\u223c\uff5e\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]")
# The shortest national numbers looked for have 7 digits (Iceland's 410 1234). Shorter ones
# (Niue's 4-digit numbers) cannot be told from any other number: they are found written
# internationally, which takes 7 digits or more with the country code (+683 7012).
MIN_DIGITS = 7
# A run holding more digits than a number written with an international prefix (00, 0011)
# and a calling code can hold is not tried whole, only in parts.
MAX_DIGITS = 20
# Parts of a longer run tried as numbers: a run of ten groups has fewer.
MAX_PARTS = 50
# A run of digits (of any script: Arabic-Indic, full-width ...) and separators, long enough to
# be a phone number, not glued to a Latin word ("s41586-020-2649-2", "0305-750X" are
# identifiers; libphonenumber's matcher has the same rule). Chinese and Arabic write a number
# right after a word: "电话13812345678".
_LATIN = "A-Za-z\u00c0-\u024f"
_RUN = re.compile(rf"(?<![\d{_LATIN}_+\uff0b])(?<![\d{_LATIN}_][-/])(?:[+\uff0b]{_SEP}{{0,2}})?"
                  rf"(?>\d(?:{_SEP}{{0,3}}\d){{{MIN_DIGITS - 1},}})(?![{_LATIN}])")
# What every run holds, found four times faster: most texts hold none.
_SEVEN_DIGITS = re.compile(rf"\d(?:[^\n\d]{{0,3}}\d){{{MIN_DIGITS - 1}}}")
# A number written as one block, without separators or prefix, is a figure or an identifier
# as often as a phone number: in text it counts from this many digits (Bolivia's 71234567), in
# a link never (the article 13103216), unless a 0 or a plus starts it.
MIN_BLOCK_DIGITS = 8

# Canonical separators, so that libphonenumber (which reads U+00A0 but not U+202F or U+2009)
# and the patterns below read every kind of space, dash and slash.
_CANONICAL = str.maketrans({
    **dict.fromkeys(" \t\u00a0\u1680\u202f\u205f\u3000", " "),
    **dict.fromkeys(map(chr, range(0x2000, 0x200B)), " "),
    **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2043\ufe58\ufe63\uff0d~"
                    "\u2053\u223c\uff5e", "-"),
    **dict.fromkeys("\u00b7\u2024\u2027\uff0e", "."),
    **dict.fromkeys("\u2044\u2215\uff0f\\", "/"),
    "\uff08": "(", "\uff09": ")", "\uff3b": "[", "\uff3d": "]", "\uff0b": "+",
    **dict.fromkeys("\u00ad\u061c\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
                    "\u2060\u2066\u2067\u2068\u2069\ufeff", "")})

_YEAR = r"(?:1[89]|20)\d\d"
_DAY, _MONTH = r"(?:0?[1-9]|[12]\d|3[01])", r"(?:0?[1-9]|1[0-2])"
_DATE = (rf"{_YEAR}[-./]{_MONTH}[-./]{_DAY}"  # 2019-10-05
         # 05.10.2019, 5/10/2019, 10/5/19, 05. 10. 2019
         rf"|(?:{_DAY}[-./] ?{_MONTH}|{_MONTH}[-./] ?{_DAY})[-./] ?(?:{_YEAR}|\d\d)"
         rf"|{_YEAR}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")  # 20191005
_DATE_OR_YEAR = rf"(?:{_DATE}|{_YEAR}(?:[-/]\d\d(?!\d))?)"
# Runs that are plainly not a phone number, whatever libphonenumber says of them or their parts:
_NOT_A_NUMBER = re.compile(
    # dates, years, and lists and ranges of them: "2016-2018", "2019-10-04/2020-01-26",
    # "2016/17", "2020 2021 2022"
    rf"{_DATE_OR_YEAR}(?: ?[-/,;]? ?{_DATE_OR_YEAR})*"
    # a year and a count: "from April 2007 103 citizens met", "2 December 2018 (350CT)"
    rf"|{_YEAR}[ \-.(]{{1,2}}\d{{1,3}}"
    # a DOI (10.1000/182) and an ORCID (0000-0002-1825-0097)
    r"|10\.\d{4,9}/.*|\d{4}-\d{4}-\d{4}-\d{3}[\dX]"
    # a round figure grouped in thousands: 1 200 000, 541.000.000
    r"|\d{1,3}([ .,'])\d{3}(?:\1\d{3})*(?<=000)")
# A date with its year in full, inside a longer run: what is before and after it is read apart
# ("2020-06-19-1201100674", the date and number of an article).
_DATE_IN_RUN = re.compile(rf"(?<!\d)(?:{_YEAR}[-./]{_MONTH}[-./]{_DAY}"
                          rf"|{_DAY}[-./]{_MONTH}[-./]{_YEAR})(?!\d)")
# An ISSN (2073-4441, with its check digit), as journals' addresses hold them.
_ISSN = re.compile(r"\d{4}-\d{3}[\dX]")
# A figure grouped in thousands (12 345 678) is tried whole, never in parts. Written so, it is
# also the national format of numbers in Poland, Portugal, Angola, Czechia, Peru (912 345 678):
# it counts as a figure when its unit follows it ("8 336 817 inhabitants").
_FIGURE = re.compile(r"[1-9]\d{0,2}([ .,'])\d{3}(?:\1\d{3})*")
_UNIT_AFTER = re.compile(
    r"\s?(?:people|person|inhabitant|habitant|einwohner|resident|citizen|ciudadan|citoyen"
    r"|cidad|bürger|mensch|persona|personne|pessoa|voter|vote|voto|stimm|signat|firma|unterschr"
    r"|assinatur|member|miembr|membre|membro|mitglied|participant|teilnehm|household|hogar"
    r"|ménage|haushalt|famil|student|worker|job|home|visit|view|download|copies|tree|euro|dollar"
    r"|pound|franc|peso|real|reais|rupee|rand|naira|shilling|yen|yuan|dirham|tonne|ton|kg|km"
    r"|m²|m2|ha\b|hectar|acre|litre|liter|barrel|mw|gw|kwh|mwh|gwh|co2|co₂|million|milli"
    r"|billion|mil\b|نسمة|شخص|مواطن|يورو|دولار)", re.IGNORECASE)
# Labels of identifiers before a run of digits, and the country code and check digits that
# start an IBAN (DE89 3704 0044 0532 0130 00).
_LABEL_BEFORE = re.compile(
    r"(?:\b(?:ISBN(?:-1[03])?|e?-?ISSN|DOI|ISO(?:/IEC)?|IEC|ORCID|arXiv|PMID|PMCID|EAN|GTIN"
    r"|UPC|IBAN|BIC|SWIFT|VAT|EIN)|(?-i:\b[A-Z]{2}\d\d))[\s:#.-]{0,3}$", re.IGNORECASE)
_CURRENCY_CODE_BEFORE = re.compile(r"(?<![A-Za-z])[A-Z]{3}$")
_CURRENCY_CODE_AFTER = re.compile(r"[A-Z]{3}(?![A-Za-z])")


def _canonical(text: str) -> str:
    """The run with ASCII digits and plain separators."""
    text = text.translate(_CANONICAL)
    if text.isascii():
        return text
    return "".join(str(unicodedata.digit(c)) if c.isdigit() else c for c in text)


def _is_isbn(digits: str) -> bool:
    """Whether the digits are an ISBN-13 (978 or 979 and its check digit)."""
    return (len(digits) == 13 and digits[:3] in ("978", "979")
            and sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(digits)) % 10 == 0)


def _is_issn(run: str) -> bool:
    """Whether the run is an ISSN with a right check digit."""
    if not _ISSN.fullmatch(run):
        return False
    digits = run.replace("-", "")
    total = sum(int(d) * (8 - i) for i, d in enumerate(digits[:7]))
    return digits[7] == "0123456789X"[(11 - total % 11) % 11]


def _excluded(run: str, *, in_link: bool) -> bool:
    """Whether the run (canonical) is plainly not a phone number."""
    return (bool(_NOT_A_NUMBER.fullmatch(run)) or _is_isbn(re.sub(r"\D", "", run))
            or (in_link and _is_issn(run)))


def _is_amount(before: str, after: str) -> bool:
    """Whether a run between these texts is an amount of money or a percentage: EUR 1 200 000,
    1 200 000 €, 45 %."""
    before, after = before.rstrip(), after.lstrip()
    if before and unicodedata.category(before[-1]) == "Sc":
        return True
    if after and (unicodedata.category(after[0]) == "Sc" or after[0] in "%‰"):
        return True
    code = _CURRENCY_CODE_BEFORE.search(before) or _CURRENCY_CODE_AFTER.match(after)
    return bool(code) and code[0] in _currencies()


@cache
def _currencies() -> frozenset[str]:
    from babel.numbers import list_currencies

    return frozenset(list_currencies())


def _parts(run: str) -> list[str]:
    """The parts of a run that could be a number on their own: a number can follow or precede
    other digits ("Room 1 020 7946 0958"). At most MAX_PARTS of them, so that a long table of
    figures costs no more than a few numbers: first those that a plus or a 0 starts, as most
    numbers written in text are, then the others; longest first."""
    groups = list(re.finditer(r"\+?\d+", run))
    parts = []
    for first, group in enumerate(groups):
        digits = 0
        for last in range(first, len(groups)):
            digits += len(groups[last][0].lstrip("+"))
            if digits > MAX_DIGITS:
                break
            if digits >= MIN_DIGITS and (first, last) != (0, len(groups) - 1):
                parts.append(run[group.start():groups[last].end()])
    return sorted(parts, key=lambda part: (part[0] not in "+0", -len(part)))[:MAX_PARTS]


def phone_number_in(text: str, *, in_link: bool = False) -> str | None:
    """The first phone number of the text, as written there, or None. ``in_link``: the text is
    a word of a link target, where a block of digits is an identifier unless 0 or + starts it,
    and an ISSN is a journal's."""
    for match in _RUN.finditer(text) if _SEVEN_DIGITS.search(text) else ():
        number = _number_of_run(text, match, in_link=in_link)
        if number:
            return number
    return None


def _number_of_run(text: str, match: re.Match[str], *, in_link: bool) -> str | None:
    """The first phone number in one run of digits of the text (``match``), as written there,
    or None."""
    start, end = match.span()
    if (_is_amount(text[max(0, start - 4):start], text[end:end + 4])
            or _LABEL_BEFORE.search(text, max(0, start - 16), start)):
        return None
    raw = match[0]
    run = _canonical(raw)
    if _excluded(run, in_link=in_link):
        return None
    if _DATE_IN_RUN.search(run):
        return _number_between_dates(run, in_link=in_link)
    if (is_phone_number(run, in_link=in_link)
            and not (_FIGURE.fullmatch(run.lstrip("+")) and _UNIT_AFTER.match(text, end))):
        # With its opening bracket, as a writer would look for it: "(020) 7946 0958".
        opened = start > 0 and text[start - 1] == "(" and ")" in raw.split("(")[0]
        return "(" + raw if opened else raw
    if _FIGURE.fullmatch(run):
        return None
    return _number_in_parts(run, in_link=in_link)


def _number_between_dates(run: str, *, in_link: bool) -> str | None:
    """The first phone number in the pieces of a run around the dates it holds, or None."""
    for piece in _DATE_IN_RUN.split(run):
        number = phone_number_in(piece.strip(" -./"), in_link=in_link)
        if number:
            return number
    return None


def _number_in_parts(run: str, *, in_link: bool) -> str | None:
    """The first part of a run (_parts) that is a phone number on its own, or None."""
    for part in _parts(run):
        if not _excluded(part, in_link=in_link) and is_phone_number(part, in_link=in_link):
            return part
    return None


# -- phone numbers: libphonenumber -------------------------------------------------------------
@cache
def _phonenumbers() -> ModuleType:
    """libphonenumber, imported on first use: most checks hold no run of digits to ask it
    about, and importing it and loading its metadata would add a tenth of a second to each."""
    import phonenumbers

    return phonenumbers


class _Region(NamedTuple):
    """What libphonenumber's parser reads from a region's metadata."""

    code: str
    calling_code: str
    international_prefix: re.Pattern[str] | None
    national_prefix: re.Pattern[str] | None
    transform: str | None
    # the possible lengths of a valid national number of the calling code, in any region
    lengths: frozenset[int]


# The kinds of number libphonenumber's is_valid_number accepts (its _number_type_helper).
_KINDS = ("fixed_line", "mobile", "toll_free", "premium_rate", "shared_cost", "voip",
          "personal_number", "pager", "uan", "voicemail")


@cache
def _regions() -> tuple[_Region, ...]:
    """Every region libphonenumber knows, loaded on first use."""
    pn = _phonenumbers()
    regions = []
    for code in sorted(pn.SUPPORTED_REGIONS):
        meta = pn.PhoneMetadata.metadata_for_region(code)
        regions.append(_Region(
            code, str(meta.country_code),
            re.compile(meta.international_prefix) if meta.international_prefix else None,
            re.compile(meta.national_prefix_for_parsing)
            if meta.national_prefix_for_parsing else None,
            meta.national_prefix_transform_rule,
            frozenset(length for lengths, _ in _kinds(meta.country_code) for length in lengths)))
    return tuple(regions)


@cache
def _kinds(calling_code: int) -> tuple[tuple[frozenset[int], str], ...]:
    """(possible lengths, pattern) of every kind of valid number of every region with the
    calling code: a valid national significant number has one of these lengths and matches."""
    pn = _phonenumbers()
    kinds = []
    for code in pn.region_codes_for_country_code(calling_code):
        meta = pn.PhoneMetadata.metadata_for_region(code)
        general = frozenset(meta.general_desc.possible_length)
        for kind in _KINDS:
            desc = getattr(meta, kind)
            if desc is not None and desc.national_number_pattern:
                kinds.append((frozenset(desc.possible_length) or general,
                              desc.national_number_pattern))
    return tuple(kinds)


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    """A pattern of libphonenumber's metadata, compiled when first needed and kept (there are
    thousands: more than the re module keeps)."""
    return re.compile(pattern)


def _could_be_national(region: _Region, digits: str) -> bool:
    """Whether parsing the digits as a national number of the region can give a valid number.

    A cheap necessary condition, so that libphonenumber's matcher (a hundred times slower) only
    runs for the few regions where it can say yes. Its parser reads the national significant
    number as the digits written, or without the region's calling code, or without its trunk
    prefix, or after the prefix's transformation, once or twice (_maybe_extract_country_code,
    _maybe_strip_national_prefix_carrier_code); the number is valid only when that matches a
    kind of number of a region with that calling code, at one of its possible lengths.
    """
    options = {digits}
    if digits.startswith(region.calling_code):
        options.add(digits[len(region.calling_code):])
    prefix = region.national_prefix
    for _ in range(2 if prefix else 0):
        for number in list(options):
            found = prefix.match(number) if prefix else None
            if found:
                options.add(number[found.end():])
                if region.transform and prefix:
                    options.add(prefix.sub(region.transform, number, count=1))
    options = {number for number in options if len(number) in region.lengths}
    return any(len(number) in lengths and _compiled(pattern).fullmatch(number)
               for number in options for lengths, pattern in _kinds(int(region.calling_code)))


@lru_cache(maxsize=8192)
def is_phone_number(candidate: str, *, in_link: bool = False) -> bool:
    """Whether libphonenumber reads the whole candidate (a run with canonical separators) as
    a phone number of some region.

    Written internationally (+44 ..., 0044 ...), it is one when its length is possible for its
    calling code: the plus or the 00 says it is meant as a phone number, and a number outside
    the ranges allocated today (such as the UK's drama numbers, 07700 900xxx) is still one.
    Written nationally, it must be valid for a region, with the trunk prefix the region writes
    (07700 900123) or, for regions without one, grouped exactly as the region groups its
    numbers (512 345 678 in Poland, 201-555-0123 in the US). A block without separators or
    prefix counts with MIN_BLOCK_DIGITS digits or more, and never in a link (``in_link``),
    where a number without prefix needs three groups or more.
    """
    # libphonenumber reads "06/12/34/56/78" as a date and refuses two slashes in a number;
    # dates are left out before this, and a slash between digits is a separator like a space.
    candidate = candidate.replace("/", " ")
    digits = re.sub(r"\D", "", candidate)
    if not _worth_asking(candidate, digits, in_link=in_link):
        return False
    if candidate.startswith(("+", "00")):
        if _is_international_number(candidate):
            return True
        if candidate[0] == "+":
            return False
    return _is_number_of_a_region(candidate, digits, in_link=in_link)


def _worth_asking(candidate: str, digits: str, *, in_link: bool) -> bool:
    """Whether the candidate's digits could make a phone number, before libphonenumber is
    asked: a possible length, and a trunk prefix, a plus, or enough digits or groups."""
    if not MIN_DIGITS <= len(digits) <= MAX_DIGITS:
        return False
    # Without a trunk prefix or a plus, nothing could make these a phone number: a short
    # block; in a link, any block, and two groups ("g1000-1-1152601", "2073-4441").
    return digits[0] == "0" or candidate.startswith("+") or not (
        (in_link or len(digits) < MIN_BLOCK_DIGITS) if digits == candidate
        else in_link and len(re.findall(r"\d+", candidate)) < 3)


def _is_international_number(candidate: str) -> bool:
    """Whether a candidate written with + or 00 has a possible length for its calling code."""
    written = "+" + candidate[1 if candidate[0] == "+" else 2:]
    return bool(_matches(written, None, _phonenumbers().Leniency.POSSIBLE))


def _is_number_of_a_region(candidate: str, digits: str, *, in_link: bool) -> bool:
    """Whether the candidate is a valid number of a region, written with a prefix or a calling
    code, as a block long enough outside links, or grouped as the region groups numbers."""
    pn = _phonenumbers()
    for region in _regions_to_ask(digits):
        number = _matches(candidate, region.code, pn.Leniency.VALID)
        if number is None:
            continue
        if len(pn.national_significant_number(number)) < len(digits):
            return True  # written with a trunk prefix, an international prefix, a calling code
        if digits == candidate:
            if not in_link and len(digits) >= MIN_BLOCK_DIGITS:
                return True
        elif _matches(candidate, region.code, pn.Leniency.EXACT_GROUPING):
            # Nothing but the digits says it is a phone number: it is one when grouped as its
            # region groups numbers (512 345 678 in Poland), which a figure seldom is.
            return True
    return False


def _regions_to_ask(digits: str) -> Iterator[_Region]:
    """The regions whose parser may read the digits as a valid number, in order: one for each
    international prefix the digits start with, and those where they may be a national
    number."""
    idds = set()
    for region in _regions():
        idd = region.international_prefix
        if idd and idd.match(digits):
            # Written with this region's international prefix (00, 011, 0011 ...): the parser
            # reads the calling code after it, the same for every region with this prefix.
            if idd.pattern in idds:
                continue
            idds.add(idd.pattern)
        elif not _could_be_national(region, digits):
            continue
        yield region


def _matches(candidate: str, region: str | None, leniency: int) -> PhoneNumber | None:
    """The number libphonenumber's matcher finds in the whole candidate, for the region (None:
    only numbers with a plus), at the leniency; None when it finds none or only a part."""
    pn = _phonenumbers()
    return next((found.number for found in pn.PhoneNumberMatcher(candidate, region, leniency)
                 if found.start == 0 and found.end == len(candidate)), None)


# -- links and file names ----------------------------------------------------------------------
# Link targets in text: inline links and images, reference definitions, autolinks, bare web
# addresses, and addresses with a scheme that calls or messages a number. A target holds
# balanced brackets, as DOIs do: 10.1016/0301-4215(94)90175-9.
_IN_TARGET = r"(?:[^\s<>()\[\]]|\([^\s<>()\[\]]*\))"
_SCHEMES = r"(?i:tel|sms|callto|facetime|whatsapp|viber|skype|signal|sips?|mailto)"
_LINK = re.compile(
    rf"\]\(\s*<?({_IN_TARGET}*)|^ {{0,3}}\[[^\]\n]*\]:\s*<?([^\s>]*)"
    rf"|<([A-Za-z][\w+.-]*:[^\s<>]*)>|((?i:https?://|www\.){_IN_TARGET}+|\b{_SCHEMES}:{_IN_TARGET}+)",
    re.MULTILINE)
# A scheme that calls or messages, in lowercase: what a text without "](", "//", "www" or "]:"
# must hold to hold a link (an autolink, <tel:...>, holds one too).
_SCHEME_COLON = re.compile(r"\b(?:tel|sms|callto|facetime|whatsapp|viber|skype|signal|sips?"
                           r"|mailto):")
_CALL_SCHEMES = frozenset({"tel", "sms", "callto", "facetime", "facetime-audio", "whatsapp",
                           "viber", "skype", "signal", "sip", "sips"})
# Messenger links that carry a phone number: wa.me/447700900123, t.me/+447700900123,
# api.whatsapp.com/send?phone=..., signal.me/#p/+447700900123.
_MESSENGER_HOSTS = frozenset({"wa.me", "api.whatsapp.com", "web.whatsapp.com", "whatsapp.com",
                              "www.whatsapp.com", "t.me", "telegram.me", "signal.me",
                              "viber.click"})
# Query parameters whose value is a phone number whatever it looks like (?phone=07700900123).
_PHONE_KEYS = frozenset({"phone", "tel", "telephone", "telefono", "telefone", "telefon",
                         "mobile", "mobil", "movil", "cell", "msisdn", "whatsapp", "fax", "call",
                         "sms", "number", "num"})
# Hyphens, underscores and dots between a word and digits, in a path or a file name:
# "contact-07700-900123.pdf" is read "contact 07700-900123 pdf".
_GLUE = re.compile(r"(?<=[^\W\d])[-_.]+(?=\d)|(?<=\d)[-_.]+(?=[^\W\d])|_")
_DIGITS = re.compile(r"\+?\d[\d\s().-]*\d")
_DOI_IN_PATH = re.compile(r"/10\.\d{4,9}/.*")


def _link_number(url: str) -> str | None:
    """A phone number a link target calls, messages or carries, as written there, or None."""
    decoded = unquote(url).strip()
    try:
        parts = urlsplit(decoded)
        host = (parts.hostname or "").lower()
    except ValueError:  # an address that is not one is refused by link_problem
        return None
    if parts.scheme.lower() in _CALL_SCHEMES or host in _MESSENGER_HOSTS:
        # Whatever number such a link holds is the one it calls.
        return next((found[0] for found in _DIGITS.finditer(decoded)
                     if sum(c.isdigit() for c in found[0]) >= MIN_DIGITS), None)
    for key, value in parse_qsl(parts.query):
        words = set(re.split(r"[\W_]+", key.lower()))
        if words & _PHONE_KEYS and sum(c.isdigit() for c in value) >= MIN_DIGITS:
            return value
    # Path segments, file names, query values and fragments, read as text; what follows a DOI
    # (10.1080/13501763.2019.1234567) is a publisher's identifier.
    path = _DOI_IN_PATH.sub("/", parts.path)
    for word in re.split(r"[/?&=#;,:@]", f"{path}?{parts.query}#{parts.fragment}"):
        number = phone_number_in(_GLUE.sub(" ", word), in_link=True)
        if number:
            return number
    return None


@lru_cache(maxsize=4096)
def _link_problem(url: str) -> str | None:
    """Why a link target publishes personal data, or None (the same targets come back often:
    sources are cited by many files)."""
    number = _link_number(url)
    if number:
        return _phone_message(number)
    address = _email_in(unquote(url))
    return _email_message(address) if address else None


def _phone_message(number: str) -> str:
    hint = (" (if it is a figure, write its unit after it, such as 1 234 567 people)"
            if _FIGURE.fullmatch(_canonical(number)) else "")
    return (f"'{number}' looks like a phone number: {PRIVACY_WHY}. "
            f"Remove it, or link to a public channel instead{hint}")


# -- all of it ---------------------------------------------------------------------------------
def personal_data_problem(text: str) -> str | None:
    """Why the text holds personal contact data (a phone number or a personal e-mail address,
    in its words, its links or the file names it links to), or None."""
    if "&" in text:  # &#64; and &commat; are an at sign to a reader, &#43; a plus
        text = html.unescape(html.unescape(text))
    if not text.isascii():  # full-width digits, plus and at signs; compatibility spaces
        text = unicodedata.normalize("NFKC", text)
    if text.startswith(("https://", "http://")) and len(text.split(None, 1)) == 1:
        return _link_problem(text)  # a web address alone, as Url fields hold: read it once
    prose = text
    if ("](" in text or "www" in text) or (":" in text and (
            "//" in text or "]:" in text or _SCHEME_COLON.search(text.lower()))):
        pieces, start = [], 0
        for link in _LINK.finditer(text):
            problem = _link_problem(next(group for group in link.groups() if group is not None))
            if problem:
                return problem
            pieces.append(text[start:link.start()])
            start = link.end()
        prose = " ".join([*pieces, text[start:]])
    # The cheap tests of phone_number_in and _email_in, here: most texts fail both.
    number = phone_number_in(prose) if _SEVEN_DIGITS.search(prose) else None
    if number:
        return _phone_message(number)
    address = _email_in(prose) if "@" in prose or _may_be_written_out(prose) else None
    return _email_message(address) if address else None
