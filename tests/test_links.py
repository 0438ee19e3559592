"""links.absolute(): a page's href or src as the absolute URL a browser would follow."""

import itertools
from urllib.parse import urljoin

import pytest

from archiver.links import absolute, is_attachment_href, plain_join

BASE = "https://sotttt.hanoi.gov.vn/vi/bao-chi-xuat-ban/-/view_content/1024534-mot-so.html"


@pytest.mark.parametrize(
    "href, url",
    [
        ("../../../../documents/x%2b1.jpg?t=1", "https://sotttt.hanoi.gov.vn/documents/x%2b1.jpg?t=1"),
        ("/a/b.jpg", "https://sotttt.hanoi.gov.vn/a/b.jpg"),
        ("img.png#top", "https://sotttt.hanoi.gov.vn/vi/bao-chi-xuat-ban/-/view_content/img.png#top"),
        ("?page=2", BASE + "?page=2"),
        ("//cdn.example/x.png", "https://cdn.example/x.png"),
        ("  /padded.jpg\n", "https://sotttt.hanoi.gov.vn/padded.jpg"),
        ("http://other.example/a", "http://other.example/a"),
    ],
)
def test_relative_links_resolve_against_the_page(href, url):
    assert absolute(BASE, href) == url


@pytest.mark.parametrize("href", [None, "", "  ", "#top", "javascript:void(0)", "mailto:a@b.vn", "tel:0123", "data:x"])
def test_what_leads_nowhere_is_no_link(href):
    assert absolute(BASE, href) is None


def test_without_a_page_url_the_link_is_kept_as_written():
    assert absolute(None, "img/a.png") == "img/a.png"


def test_a_link_urljoin_cannot_read_is_kept_as_written():
    assert absolute(BASE, "//[::1/x") == "//[::1/x"


def test_attachments_are_known_by_their_extension():
    assert is_attachment_href("/files/QD-12.PDF?v=2#page=1")
    assert not is_attachment_href("/files/pdf-viewer.html")


_PAGES = (
    "https://h.vn",
    "https://h.vn/",
    "http://h.vn/a/",
    "https://h.vn/a/b/c.html?x=1#f",
    "https://h.vn/a//b/",
    "http://u@h.vn:80/a/./b/../c",
    "HTTP://h.vn/a/b",
    "https://h.vn/a;p/b",
    "https://h.vn/ả/b",
    "ftp://h.vn/a/b",
    "https://h.vn/a b/c",
)
_SEGMENTS = ("", ".", "..", "a", "b.jpg", "%20x", "ả", "x y", "a;b", "a:b", "?", "#", "q=1", "\t")


def test_a_path_joins_as_urljoin_joins_it():
    """The join without urljoin's parses (plain_join) answers exactly as urljoin, or leaves the pair to it."""
    joined = 0
    for page in _PAGES:
        for n in (1, 2, 3):
            for segments in itertools.product(_SEGMENTS, repeat=n):
                path = "/".join(segments)
                for href in (path, "/" + path, path + "?q=1", "//" + path):
                    fast = plain_join(page, href)
                    if fast is not None:
                        joined += 1
                        assert fast == urljoin(page, href), (page, href)
    assert joined > 10_000  # the pairs a page's images are: most of them
