"""Where a link leads, read as a browser reads it (the WHATWG URL Standard), for the link rules
of the validator (``textrules.link_problem``) and the sanitiser.

A browser removes tabs and newlines anywhere in an address and C0 controls and spaces around
it, takes a backslash for a slash in http(s) addresses and in paths, percent-decodes and maps
the host name (full-width letters, ideographic full stops), and reads a host ending in a number
as an IPv4 address in any of several forms (2130706433, 0x7f.1, 127.1 are all 127.0.0.1).
Each function returns the reason an address may not be published, or None.
"""

from __future__ import annotations

import ipaddress
import re
import unicodedata
from urllib.parse import unquote

# What a browser removes: C0 controls and spaces around the address, tab and newline anywhere.
_TRIMMED = re.compile(r"^[\x00-\x20]+|[\x00-\x20]+$|[\t\n\r]")
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")
_AUTHORITY = re.compile(r"(?i)https?://([^/?#]*)")
# Characters that the host name maps away (Unicode IDNA: "ignored"), and full stops it maps to
# ".".
_IGNORED = re.compile("[\u00ad\u034f\u180b-\u180f\u200b-\u200d\u2060\ufe00-\ufe0f\ufeff]")
_FULL_STOPS = re.compile("[\u3002\uff0e\uff61]")
_NAME = re.compile(r"[\w-]+(?:\.[\w-]+)*")  # labels of letters, digits, _ and -
_PORT = re.compile(r"(?::[0-9]*)?")
# The parts of an IPv4 address as browsers read them; a host whose last label is a number is
# read as one.
_HEX = re.compile(r"0[xX][0-9a-fA-F]*")
_OCTAL = re.compile(r"0[0-7]+")
_DECIMAL = re.compile(r"0|[1-9][0-9]*")
_NUMBER = re.compile(r"[0-9]+|0[xX][0-9a-fA-F]*")
# Names that only mean something inside one network (RFC 6761, 6762, 8375 and the suffixes
# routers and companies use), never on the public internet.
LOCAL_NAMES = frozenset({"localhost", "local", "localdomain", "internal", "intranet", "lan",
                         "home", "corp", "private", "home.arpa"})
_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")


def trimmed(url: str) -> str:
    """The address without what a browser removes: C0 controls and spaces around it, tabs and
    newlines anywhere."""
    return _TRIMMED.sub("", url)


def browser_form(url: str) -> str:
    """The address as a browser reads it before parsing: trimmed, without tabs and newlines,
    backslashes as slashes."""
    return _TRIMMED.sub("", url).replace("\\", "/")


def other_host(url: str) -> bool:
    """Whether an address without a scheme names another host (//host, /\\host, \\\\host)."""
    return browser_form(url).startswith("//")


def local_path(url: str) -> bool:
    """Whether the address is a path on this site: no scheme, no other host."""
    return not _SCHEME.match(browser_form(url)) and not other_host(url)


def host_problem(address: str, written: str | None = None) -> str | None:
    """Why an http(s) address may not be published: credentials, a host that is private,
    local, an intranet name or an IP address in a disguised form; or None. ``written`` is the
    address as the contributor wrote it, for the message (``address`` may be entity-decoded)."""
    url = address if written is None else written
    netloc = _netloc(address)
    why = _authority_problem(url, netloc)
    if why:
        return why
    if netloc.startswith("["):
        return _bracketed_problem(url, netloc)
    host, _, port = netloc.partition(":")
    if port and not (port.isascii() and port.isdigit()):
        return _incomplete(url)
    name = _host_name(host)
    if name is None:
        return _incomplete(url)
    return _name_problem(url, host, name) or _final_dot_problem(url, host)


def _final_dot_problem(url: str, host: str) -> str | None:
    """A host name ending in a dot (example.org.) is the same site for a browser, but some
    servers answer it with an error or another certificate: readers are sent to the usual name."""
    if host.endswith(".") and len(host) > 1:
        return (f"'{url}' has a host name ending in a dot ('{host}'): write it without the "
                f"final dot ({host.rstrip('.')})")
    return None


def _netloc(address: str) -> str:
    """The host and port (and credentials): up to the path, query or fragment."""
    # A browser also ends them at a backslash, software that follows RFC 3986 does not: none
    # may hold one (_authority_problem), so that both read the same host.
    authority = _AUTHORITY.match(_TRIMMED.sub("", address))
    return authority[1] if authority else ""


def _authority_problem(url: str, netloc: str) -> str | None:
    """Why the host part may not be published whatever its host: credentials, a backslash."""
    if "@" in netloc:
        return (f"'{url}' holds a user name or password (the part before @): a browser may go "
                "to the host written after @, or ask readers to log in to another site; link "
                "to the plain address, https://host/path")
    if "\\" in netloc:
        return (f"'{url}' has a backslash (\\) where the host name is: browsers and other "
                "software read different hosts in it; write https://host/path with / only")
    return None


def _bracketed_problem(url: str, netloc: str) -> str | None:
    """Why an IPv6 host ([...], and maybe a port) may not be published, or None."""
    host, _, port = netloc[1:].partition("]")
    if not _PORT.fullmatch(port):
        return _incomplete(url)
    return _ip6_problem(url, host)


def _host_name(host: str) -> str | None:
    """The host name as a browser maps it (percent-decoded, NFKC, ignored characters removed,
    lowercase, without a final dot), or None when it is not a name of labels."""
    try:
        name = unquote(host, errors="strict") if "%" in host else host
    except UnicodeDecodeError:
        return None
    if not name.isascii():
        name = _FULL_STOPS.sub(".", unicodedata.normalize("NFKC", _IGNORED.sub("", name)))
    name = name.casefold().removesuffix(".")  # example.org. is example.org
    return name if _NAME.fullmatch(name) else None


def _name_problem(url: str, host: str, name: str) -> str | None:
    """Why the host ``name`` (as mapped from ``host``) may not be published: an IPv4 address in
    any form, a local name, a name without a dot; or None."""
    labels = name.split(".")
    if _NUMBER.fullmatch(labels[-1]):  # the URL Standard: then the host is an IPv4 address
        return _ip4_problem(url, host, labels)
    if labels[-1] in LOCAL_NAMES or ".".join(labels[-2:]) in LOCAL_NAMES:
        return _private(url, host)
    if len(labels) == 1:
        return (f"'{url}' names a host without a dot ('{host}'), which only exists inside one "
                "network: write the site's full public name, such as example.org")
    return None


def _incomplete(url: str) -> str:
    return f"'{url}' is not a complete web address: expected https://host/path"


def _private(url: str, host: str) -> str:
    return (f"'{url}' leads to a private or local address ('{host}'), which only exists inside "
            "one network and can reach readers' own devices: link to a public web address")


def _number(part: str) -> int | None:
    """One part of an IPv4 address as a browser reads it: decimal, 0x hexadecimal or 0 octal."""
    if _HEX.fullmatch(part):
        return int(part[2:] or "0", 16)
    if _OCTAL.fullmatch(part):
        return int(part, 8)
    return int(part) if _DECIMAL.fullmatch(part) else None


def _ip4_problem(url: str, host: str, labels: list[str]) -> str | None:
    numbers = [_number(label) for label in labels]
    if len(numbers) > 4 or None in numbers or any(n > 255 for n in numbers[:-1]) or (
            numbers[-1] >= 256 ** (5 - len(numbers))):
        return _incomplete(url)  # browsers refuse it too
    value = numbers[-1] + sum(n * 256 ** (3 - i) for i, n in enumerate(numbers[:-1]))
    address = ipaddress.IPv4Address(value)
    if not _public(address):
        return _private(url, host)
    if str(address) != host.removesuffix("."):
        return (f"'{url}' writes the IP address {address} in a disguised form ('{host}'): write "
                "the site's name, or the address as four decimal numbers")
    return None


def _ip6_problem(url: str, host: str) -> str | None:
    try:
        address = ipaddress.IPv6Address(host)
    except ValueError:
        return _incomplete(url)
    # ipaddress counts IPv4-mapped, 6to4, Teredo and local NAT64 addresses as not global; the
    # well-known NAT64 prefix is global, whatever IPv4 address it holds.
    embedded = ipaddress.IPv4Address(int(address) & 0xFFFFFFFF) if address in _NAT64 else None
    if not _public(address) or (embedded is not None and not _public(embedded)):
        return _private(url, f"[{host}]")
    return None


def _public(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    return address.is_global and not address.is_multicast
