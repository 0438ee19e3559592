"""Decoding: a page that declares UTF-8 is parsed before it is decoded, and libxml2 stands in
for Python's UTF-8 check. These tests hold that shortcut to decode_html()'s answers."""

import itertools
import threading

import pytest
from conftest import saved_pages

from archiver import htmltree
from archiver.decode import declared_utf8, decode_html

pytestmark = pytest.mark.skipif(not htmltree.PARSER_CHECKS_UTF8, reason="older libxml2: every page is decoded first")


def _strict_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _byte_runs():
    """Every byte and pair of bytes, lead bytes with their continuations, truncated, overlong,
    surrogate and out-of-range sequences."""
    lone = [bytes([a]) for a in range(0x80, 0x100)]
    pairs = [bytes([a, b]) for a in range(0xC0, 0x100) for b in range(0x20, 0x100, 3)]
    edges = (0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF)
    longer = [bytes([a, *rest]) for a in range(0xE0, 0xF8) for rest in itertools.product(edges, repeat=2)]
    longer += [bytes([a, b, 0x80, c]) for a in range(0xF0, 0xF8) for b in edges for c in edges]
    return [run for run in lone + pairs + longer if b"<" not in run and b"&" not in run and b"\x00" not in run]


def test_the_parser_rejects_exactly_the_bytes_python_rejects():
    disagree = []
    for run in _byte_runs():
        page = b"<html><head><title>t</title></head><body><p>x " + run + b" y</p></body></html>"
        if (htmltree.parse_utf8(page) is not None) != _strict_utf8(page):
            disagree.append(run)
    assert disagree == []


@pytest.mark.parametrize("where", ["<!-- {} -->", "<p class='{}'>a</p>", "<script>var a='{}'</script>", "{}"])
def test_invalid_bytes_anywhere_are_noticed(where):
    page = ("<!DOCTYPE html><html><head><title>t</title></head><body>" + where + "</body></html>").encode()
    page = page.replace(b"{}", b"\xe1\xbb")  # a truncated Vietnamese letter
    assert htmltree.parse_utf8(page) is None


def test_an_opening_doctype_is_checked_before_parsing():
    # libxml2 reads a DOCTYPE at the very start without checking its bytes
    page = b"<!DOCTYPE html \xff><html><head><meta charset=utf-8></head><body><p>a</p></body></html>"
    assert declared_utf8(page) is None
    assert declared_utf8(page.replace(b" \xff", b"")) is not None


@pytest.mark.parametrize("content_type", [None, "text/html; charset=utf-8", "text/html; charset=iso-8859-1"])
def test_the_shortcut_gives_decode_html_answer(content_type):
    checked = 0
    for path in saved_pages():
        raw = path.read_bytes()
        quick = declared_utf8(raw, content_type)
        if quick is None or htmltree.parse_utf8(raw) is None:
            continue
        full = decode_html(raw, content_type)
        assert (quick.encoding, quick.rule, quick.utf8) == (full.encoding, full.rule, full.utf8), path
        assert quick.text == full.text
        assert quick.start(500) == full.text[:500]
        checked += 1
    assert checked or content_type == "text/html; charset=iso-8859-1"


def test_a_parse_in_another_thread_cannot_hide_invalid_bytes(monkeypatch):
    # The check reads the parser's error log after the parse; another thread parsing in between
    # must not replace that log (each thread has its own checking parser).
    real_fromstring = htmltree.etree.fromstring

    def parse_then_let_another_thread_parse(data, parser=None):
        root = real_fromstring(data, parser)
        if b"\xff" in data:
            other = threading.Thread(target=htmltree.parse_utf8, args=(b"<html><body><p>fine</p></body></html>",))
            other.start()
            other.join()
        return root

    monkeypatch.setattr(htmltree.etree, "fromstring", parse_then_let_another_thread_parse)
    assert htmltree.parse_utf8(b"<html><body><p>a \xff b</p></body></html>") is None
