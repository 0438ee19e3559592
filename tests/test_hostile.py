"""The hostile portal (tests/hostile_server.py): what a server can do to the crawler, and what it refuses."""

from hostile_server import article

from archiver import dom
from archiver.extract import extract

URL = "http://127.0.0.1/tin/bai-viet.aspx"


# -- bad input ----------------------------------------------------------------------------------


def test_a_malformed_canonical_link_is_ignored_and_the_page_extracted():
    page = article(head=b'<link rel="canonical" href="http://[x]/">')
    for given in (URL, None):
        ex = extract(page, given, "text/html", None)
        assert ex.is_article and ex.title and ex.body, ex.issues
        assert not [i for i in ex.issues if i[0] == "page"]
    assert extract(page, URL, "text/html", None).canonical_url == URL


def test_a_page_nested_deeper_than_libxml2s_default_is_read():
    ex = extract(article(depth=400), URL, "text/html", None)  # libxml2 stops at 256 by default
    assert ex.is_article and ex.title and ex.body, ex.issues


def test_a_page_nested_deeper_than_the_parser_reads_is_recorded_not_silently_empty():
    ex = extract(article(depth=dom.MAX_DEPTH + 100), URL, "text/html", None)
    assert ("page", f"too_deep: elements nested deeper than {dom.MAX_DEPTH}, the rest is unread") in ex.issues
