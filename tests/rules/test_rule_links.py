"""Rule: URL fields are complete http(s) addresses."""

import pytest
from support import CASE, edited, hub_with, one

from partdem.content.textrules import link_problem


def answers(problem: str | None, expected: str | None) -> None:
    """The rule accepts (``expected`` None) or refuses with a message holding ``expected``."""
    if expected is None:
        assert problem is None
    else:
        assert problem is not None and expected in problem


@pytest.mark.parametrize("url", ["https://example.org/", "http://example.org/a?b=c#d"])
def test_valid_urls(tmp_path, url):
    sources = [{"title": "Report", "url": "https://example.org/riverside/report"},
               {"title": "Evaluation", "url": "https://example.org/riverside/evaluation"},
               {"title": "More", "url": url}]
    assert hub_with(tmp_path, {CASE: edited(CASE, sources=sources)}) == []


@pytest.mark.parametrize(("url", "expected"), [
    ("javascript:alert(1)", "javascript:, vbscript: and data: links are not allowed"),
    ("ftp://example.org/x", "is not a web address: links must start with https://"),
    ("/relative/path", "is not a web address"),
    ("https://", "is not a complete web address"),
    ("https://exa mple.org", "is not a complete web address"),
])
def test_invalid_urls(tmp_path, url, expected):
    sources = [{"title": "Report", "url": "https://example.org/riverside/report"},
               {"title": "Evaluation", "url": "https://example.org/riverside/evaluation"},
               {"title": "Bad", "url": url}]
    problem = one(hub_with(tmp_path, {CASE: edited(CASE, sources=sources)}))
    assert expected in problem.message


# -- links that leave the site, and hosts that are not public (#29) ----------------------------
# Each rule on its own: the message names the rule that refused, so a value refused by another
# rule instead fails the test. Values are written out, never computed from the code's constants.
OTHER_SITE = "leads to another site while it looks like a path on this one"
CREDENTIALS = "holds a user name or password"
BACKSLASH = "has a backslash"
PRIVATE = "leads to a private or local address"
NO_DOT = "names a host without a dot"
FINAL_DOT = "has a host name ending in a dot"
DISGUISED = "in a disguised form"
INCOMPLETE = "is not a complete web address"


@pytest.mark.parametrize(("url", "expected"), [
    # protocol-relative, and what a browser reads as such (the URL Standard: a backslash is a
    # slash, tabs and newlines are removed, entities of the attribute are decoded)
    ("//evil.example/x", OTHER_SITE),
    ("/\\evil.example/x", OTHER_SITE),
    ("\\\\evil.example/x", OTHER_SITE),
    ("\\/evil.example/x", OTHER_SITE),
    ("/\t/evil.example/x", OTHER_SITE),
    (" //evil.example/x", OTHER_SITE),
    ("&#47;&#47;evil.example/x", OTHER_SITE),
    ("/&#92;evil.example/x", OTHER_SITE),
    # what a browser removes around an address, written as an entity: a host all the same
    ("&#32;https://127.0.0.1/", "leads to a private or local address"),
    ("&#1;http://localhost/", "leads to a private or local address"),
    ("https:&#47;&#47;127.0.0.1/", "leads to a private or local address"),
    # the web address of another site: what follows it, as in Markdown links
    ("https://example.org/x", None),
    ("/cases/", None),
    ("cases/x/", None),
    ("../resources/", None),
    ("#training", None),
    ("?lang=es", None),
    ("", None),
    ("/%5Cevil.example", None),  # a percent-encoded backslash is part of the path
    ("/./evil.example", None),
    ("mailto:info@example.org", None),
])
def test_paths_that_name_another_host(url, expected):
    problem = link_problem(url, allow_relative=True)
    if expected is None:
        assert problem is None
    else:
        assert expected in problem


@pytest.mark.parametrize("url", ["//evil.example/x", "/\\evil.example"])
def test_url_fields_take_no_path_at_all(url):
    assert "is not a web address: links must start with https://" in link_problem(url)


@pytest.mark.parametrize(("url", "expected"), [
    ("https://user:pass@example.org/", CREDENTIALS),
    ("https://user@example.org/", CREDENTIALS),
    ("https://example.org@evil.example/", CREDENTIALS),
    ("https://example.org&#64;evil.example/", CREDENTIALS),
    ("http:\\\\user@example.org/", INCOMPLETE),  # no // at all: refused before the host
    # a browser ends the host at the backslash, RFC 3986 software at the slash: each reads
    # another host, and the one after @ is the other software's
    ("https://example.org\\@evil.example/", CREDENTIALS),
    ("https://example.org\\evil.example/", BACKSLASH),
    ("https://\\evil.example/", BACKSLASH),
    ("https://example.org/a\\b", None),  # a backslash in the path is a slash
    ("https://example.org/user@host", None),  # @ in the path is no credential
    ("https://example.org/?to=a@b.example", None),
])
def test_credentials_and_backslashes(url, expected):
    answers(link_problem(url), expected)


@pytest.mark.parametrize(("url", "expected"), [
    # names of one network
    ("http://localhost/", PRIVATE),
    ("http://LocalHost:8000/", PRIVATE),
    ("http://localhost./", PRIVATE),
    ("http://app.localhost/", PRIVATE),
    ("http://printer.local/", PRIVATE),
    ("http://router.localdomain/", PRIVATE),
    ("http://wiki.internal/", PRIVATE),
    ("http://nas.home.arpa/", PRIVATE),
    ("http://files.lan/", PRIVATE),
    ("http://intranet/", PRIVATE),
    ("http://loc%61lhost/", PRIVATE),  # the host is percent-decoded
    ("http://ｌｏｃａｌｈｏｓｔ/", PRIVATE),  # full-width letters
    ("http://local\u00adhost/", PRIVATE),  # a soft hyphen is ignored
    ("http://printer\u3002local/", PRIVATE),  # an ideographic full stop is a dot
    ("http://wiki/", NO_DOT),
    ("http://wiki./", NO_DOT),
    # public names that merely look like them
    ("https://localhost.example.org/", None),
    ("https://local.example/", None),
    ("https://home.example.org/", None),
    ("https://mylocal.org/", None),
    ("https://example.org./", FINAL_DOT),  # the same site, but some servers refuse it (#28)
    ("https://www.example.org.:8443/x", FINAL_DOT),
    ("https://example.org:8443/x", None),
    ("https://example.org:/x", None),
    ("https://bücher.example/", None),
    ("https://xn--bcher-kva.example/", None),
    ("https://my_site.example.org/", None),
    # no host name at all
    ("https://example.org:port/", INCOMPLETE),
    ("https://exa$mple.org/", INCOMPLETE),
    ("https://a..example/", INCOMPLETE),
    ("https://%ff.example/", INCOMPLETE),
    ("http://[::1", INCOMPLETE),
])
def test_host_names(url, expected):
    answers(link_problem(url), expected)


@pytest.mark.parametrize(("url", "expected"), [
    # IPv4: private, loopback, link-local, shared, reserved, unspecified, broadcast, multicast
    ("http://10.0.0.1/", PRIVATE),
    ("http://172.16.0.1/", PRIVATE),
    ("http://172.31.255.255/", PRIVATE),
    ("http://192.168.1.1:8080/", PRIVATE),
    ("http://127.0.0.1/", PRIVATE),
    ("http://169.254.169.254/latest/", PRIVATE),
    ("http://100.64.0.1/", PRIVATE),
    ("http://240.0.0.1/", PRIVATE),
    ("http://0.0.0.0/", PRIVATE),
    ("http://255.255.255.255/", PRIVATE),
    ("http://224.0.0.1/", PRIVATE),
    ("http://192.0.2.1/", PRIVATE),  # documentation
    # the forms a browser also reads as IPv4 addresses
    ("http://2130706433/", PRIVATE),
    ("http://0x7f000001/", PRIVATE),
    ("http://0x7f.1/", PRIVATE),
    ("http://127.1/", PRIVATE),
    ("http://0177.0.0.1/", PRIVATE),
    ("http://0/", PRIVATE),
    ("http://0x/", PRIVATE),
    ("http://１２７.０.０.１/", PRIVATE),
    ("http://10.0.0.1./", PRIVATE),
    ("http://4294967295/", PRIVATE),
    # public addresses: written plainly they pass, disguised they do not
    ("http://8.8.8.8/", None),
    ("http://8.8.8.8./", FINAL_DOT),  # public, but a final dot (#28)
    ("http://172.32.0.1/", None),
    ("http://172.15.255.255/", None),
    ("http://134744072/", DISGUISED),
    ("http://0x8.8.8.8/", DISGUISED),
    ("http://010.8.8.8/", DISGUISED),
    ("http://8.8.2056/", DISGUISED),
    # what a browser refuses as well
    ("http://4294967296/", INCOMPLETE),
    ("http://1.2.3.4.5/", INCOMPLETE),
    ("http://1.2.3.4.0/", INCOMPLETE),
    ("http://256.1.1.1/", INCOMPLETE),
    ("http://1.2.3.256/", INCOMPLETE),
    ("http://1.2.65536/", INCOMPLETE),
    ("http://09.1.1.1/", INCOMPLETE),
    ("http://example.0x1/", INCOMPLETE),
])
def test_ipv4_addresses(url, expected):
    answers(link_problem(url), expected)


@pytest.mark.parametrize(("url", "expected"), [
    ("http://[::1]/", PRIVATE),
    ("http://[::]/", PRIVATE),
    ("http://[fe80::1%25eth0]/", PRIVATE),
    ("http://[fc00::1]/", PRIVATE),
    ("http://[::ffff:127.0.0.1]/", PRIVATE),
    ("http://[::ffff:7f00:1]:80/", PRIVATE),
    ("http://[64:ff9b::7f00:1]/", PRIVATE),  # NAT64 of 127.0.0.1
    ("http://[64:ff9b:1::1]/", PRIVATE),  # local-use NAT64
    ("http://[ff0e::1]/", PRIVATE),  # multicast
    ("http://[2606:4700:4700::1111]/", None),
    ("http://[2606:4700:4700::1111]:8080/", None),
    ("http://[64:ff9b::808:808]/", None),  # NAT64 of 8.8.8.8
    ("http://[2606:4700:4700::1111]x/", INCOMPLETE),
    ("http://[zz::1]/", INCOMPLETE),
    ("http://[2606:4700:4700::1111]:abc/", INCOMPLETE),
    ("http://[v1.fe]/", INCOMPLETE),  # a future IP version: browsers refuse it
])
def test_ipv6_addresses(url, expected):
    answers(link_problem(url), expected)


def test_other_link_rules_still_apply():
    assert "<, >, \" and ` are not allowed" in link_problem('https://example.org/a"b')
    assert "javascript:" in link_problem("jav&#x61;script:alert(1)")
    assert "is not a web address: links must start with https:// or http:// (or a path" in \
        link_problem("ftp://example.org/", allow_relative=True)


@pytest.mark.parametrize(("url", "expected"), [
    ("//evil.example/x", "is not a web address: links must start with https://"),
    ("https://example.org@evil.example/", CREDENTIALS),
    ("http://192.168.1.1/", PRIVATE),
    ("http://wiki/", NO_DOT),
])
def test_refused_at_the_line_of_the_url(tmp_path, url, expected):
    sources = [{"title": "Report", "url": "https://example.org/riverside/report"},
               {"title": "Bad", "url": url}]
    problem = one(hub_with(tmp_path, {CASE: edited(CASE, sources=sources)}))
    lines = (tmp_path / "hub" / CASE).read_text(encoding="utf-8").splitlines()
    assert problem.path.name == "riverside-climate-assembly.yaml"
    assert lines[problem.line - 1][problem.col - 1:] == url  # path:line:col of the value
    assert expected in problem.message
    assert problem.message.startswith(f"'url': '{url}'")
