"""An oracle for the sanitiser tests, independent of the partdem package: what in HTML makes a
reader's software contact a host by itself (an image, a frame, a style, a refresh: no click
needed), and links that lead to another host, read with lxml and urllib as a browser would
read them (tabs and newlines removed, a backslash as a slash)."""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

import lxml.html

HUB = "https://hub.example/"
PAGE = HUB + "cases/riverside/"  # where the fragments are shown
# Attributes whose address is fetched as soon as the element is shown, on any element.
FETCHED = ("src", "srcset", "lowsrc", "dynsrc", "poster", "background", "data", "codebase",
           "xlink:href", "{http://www.w3.org/1999/xlink}href")
# Elements whose href is fetched, not followed.
FETCHED_HREF = ("link", "image", "use", "feimage", "base")
_CSS_URL = re.compile(r"url\s*\(\s*['\"]?([^'\")]*)", re.IGNORECASE)
_REFRESH = re.compile(r"url\s*=\s*['\"]?([^'\"]*)", re.IGNORECASE)
_IGNORED = re.compile(r"^[\x00-\x20]+|[\x00-\x20]+$|[\t\n\r]")


def _elements(html: str):
    if not html.strip():
        return []
    return [el for el in lxml.html.fromstring(f"<div>{html}</div>").iter()
            if isinstance(el.tag, str)]


def resolve(url: str, page: str = PAGE) -> str:
    """The address a browser fetches for ``url`` on ``page``."""
    return urljoin(page, _IGNORED.sub("", url).replace("\\", "/"))


def fetched(html: str) -> list[str]:
    """Every address that the HTML makes a reader's software fetch by itself."""
    found = []
    for el in _elements(html):
        tag = el.tag.lower()
        for name, value in el.attrib.items():
            name = name.lower()
            if name in FETCHED:
                found += [part.split()[0] for part in value.split(",") if part.split()] \
                    if name == "srcset" else [value]
            elif name == "href" and tag in FETCHED_HREF:
                found.append(value)
            elif name == "style":
                found += _CSS_URL.findall(value)
        if tag == "meta" and (el.get("http-equiv") or "").lower() == "refresh":
            found += _REFRESH.findall(el.get("content") or "")
        if tag == "style":
            found += _CSS_URL.findall(el.text or "")
    return found


def elsewhere(html: str, page: str = PAGE) -> list[str]:
    """What the HTML makes a reader's software fetch by itself from a host other than the
    hub's (or from no host at all, such as data: or javascript:)."""
    hub = urlsplit(HUB).netloc
    return [url for url in fetched(html) if urlsplit(resolve(url, page)).netloc != hub]


def links_elsewhere(html: str, page: str = PAGE) -> list[tuple[str, str]]:
    """The links (href, rel) of the HTML that lead to another host."""
    hub = urlsplit(HUB).netloc
    found = []
    for el in _elements(html):
        if el.tag.lower() == "a" and el.get("href") is not None:
            target = urlsplit(resolve(el.get("href"), page))
            if target.scheme in ("http", "https") and target.netloc != hub:
                found.append((el.get("href"), el.get("rel") or ""))
    return found


def unprotected(html: str, page: str = PAGE) -> list[str]:
    """Links to another host without rel="noopener noreferrer"."""
    return [href for href, rel in links_elsewhere(html, page)
            if not {"noopener", "noreferrer"} <= set(rel.split())]


def protocol_relative(html: str) -> list[str]:
    """Link targets without a scheme that a browser reads as another host."""
    return [el.get("href") for el in _elements(html)
            if el.tag.lower() == "a" and el.get("href") is not None
            and _IGNORED.sub("", el.get("href")).replace("\\", "/").startswith("//")]
