"""dom.join_url() is urljoin() to the character, on its fast path and off it."""

import itertools
import random
from urllib.parse import urljoin

import pytest

from archiver import dom

BASES = [
    "https://sotttt.hanoi.gov.vn/vi/bao-chi-xuat-ban/-/view_content/1024534-mot-so.html",
    "https://sotttt.hanoi.gov.vn/vi/x/-/view_content/pop_up/698646-a.html?_101_viewMode=print",
    "http://a.example/b/c/d;p?q#f",
    "http://a.example/b/c/d;p/e",
    "http://a.example/b/c/",
    "http://a.example/b//c//d",
    "http://a.example//b",
    "http://a.example/b/../../c/./d",
    "http://a.example/%2e%2e/b",
    "http://a.example",
    "http://a.example/",
    "http://a.example?q",
    "http://a.example#f",
    "http://a.example/b?",
    "http://a.example/b#",
    "https://user:pw@a.example:8080/b/c.html",
    "HTTP://A.Example/B/c",
    "http://[::1]/b/c",
    "http://[::1/b/c",
    "http:///b/c",
    "http:b/c",
    "ftp://a.example/b/c",
    "file:///b/c",
    "mailto:x@a.example",
    " http://a.example/b/c",
    "http://a.example/b\t/c\n",
    "http://a.éxample/b/c",
    "http://a.example/é/c",
    "",
]
PREFIXES = ["", "/", "./", "../", "//h.example/", "http:", "HTTPS:", "ftp:", "x1+.-:", " ", "\t", "\x01", "é"]
SEGMENTS = ["..", ".", "", "a", "b.jpg", "%2e", "%2E%2E", "a;p", "a:b", "[x]", "a\tb", "é", "b c", "...", "-"]
SUFFIXES = ["", "/", "?", "?q", "?q=1&r=/..", "#", "#f", "?#", "#?", "?q#f", "#f?g", "?q?r", "#f#g", " ", "\n", ";p"]


def _hrefs():
    core = SEGMENTS[:8]
    for n in range(3):
        for segs in itertools.product(core, repeat=n):
            for prefix in PREFIXES[:8]:
                for suffix in SUFFIXES[:12]:
                    yield prefix + "/".join(segs) + suffix
    rng = random.Random(20240611)
    plain = [s for s in SEGMENTS if s.isascii() and not any(c in s for c in "\t;[")]
    for pieces, prefixes, suffixes in ((SEGMENTS, PREFIXES, SUFFIXES), (plain, PREFIXES[:4], SUFFIXES[:13])):
        for _ in range(6000):
            segs = [rng.choice(pieces) for _ in range(rng.randint(1, 7))]
            yield rng.choice(prefixes) + "/".join(segs) + rng.choice(suffixes)


HREFS = sorted(set(_hrefs()))


def _join(join, base, href):
    try:
        return join(base, href)
    except ValueError as e:
        return ("ValueError", str(e))


@pytest.mark.parametrize("base", BASES)
def test_join_url_is_urljoin(base):
    assert len(HREFS) > 15000
    wrong = [
        (href, _join(dom.join_url, base, href), _join(urljoin, base, href))
        for href in HREFS
        if _join(dom.join_url, base, href) != _join(urljoin, base, href)
    ]
    assert wrong[:5] == []


def test_plain_paths_take_the_fast_path(monkeypatch):
    def no_urljoin(base, href):
        raise AssertionError(f"urljoin({base!r}, {href!r})")

    monkeypatch.setattr(dom, "urljoin", no_urljoin)
    base = BASES[0]
    assert (
        dom.join_url(base, "../../../../documents/x%2b1.jpg?t=1")
        == "https://sotttt.hanoi.gov.vn/documents/x%2b1.jpg?t=1"
    )
    assert dom.join_url(base, "/a/b.jpg") == "https://sotttt.hanoi.gov.vn/a/b.jpg"
    assert (
        dom.join_url(base, "img.png#top")
        == "https://sotttt.hanoi.gov.vn/vi/bao-chi-xuat-ban/-/view_content/img.png#top"
    )
    assert dom.join_url(base, "?page=2") == base + "?page=2"
