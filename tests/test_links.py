"""links.absolute(): a page's href or src as the absolute URL a browser would follow."""

import pytest

from archiver.links import absolute, is_attachment_href

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
