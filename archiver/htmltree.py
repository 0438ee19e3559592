"""The page's tree: one lxml parse per page, CSS selectors compiled for it, and the few
questions any extractor asks of an element (its tag, its ancestry, whether it sits in a link).

Selectors are compiled once (CSS -> XPath) and cached. Entities are decoded once by the
parser (a broken `phograve;ng` stays as typed).
"""

import threading
from functools import lru_cache

from cssselect import HTMLTranslator, SelectorError
from lxml import etree

# How deep libxml2 reads nested elements with huge_tree (256 without it, a depth real pages can pass:
# the rest of such a page was silently lost). Deeper still, extraction records the page as too_deep.
MAX_DEPTH = 2048


def _html_parser(encoding: str | None = None) -> etree.HTMLParser:
    # collect_ids=False: no table of id attributes (nothing here uses XPath id() or getElementById).
    return etree.HTMLParser(remove_comments=True, remove_pis=True, collect_ids=False, encoding=encoding, huge_tree=True)


PARSER = _html_parser()
PARSER_UTF8 = _html_parser("utf-8")
HEADING_TAGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
_TRANSLATOR = HTMLTranslator()


@lru_cache(maxsize=2048)
def compile_css(selector: str) -> etree.XPath | None:
    """A CSS selector compiled to XPath once per process; None when the CSS is invalid."""
    try:
        xpath = _TRANSLATOR.css_to_xpath(selector)
    except SelectorError:
        return None
    # cssselect guards each class test with "@class and"; the contains() after it already fails
    # without the attribute, and dropping the guard makes whole-page selectors ~25% cheaper.
    xpath = xpath.replace("@class and contains(@class", "contains(@class")
    try:
        return etree.XPath(xpath)
    except etree.XPathError:
        return None


def parse(text: str, utf8: bytes | None = None):
    """The document root, or None when nothing parses (empty or binary text).

    `utf8`, when given, is the same document as UTF-8 bytes: parsed as such (no str to
    UTF-8 round trip inside lxml), with the encoding fixed so a <meta charset> cannot
    override the decision already taken.
    """
    if not text or text.isspace():  # (isspace: no copy of a whole page, as strip() would make)
        return None
    try:
        if utf8 is not None:
            return etree.fromstring(utf8, PARSER_UTF8)
        return etree.fromstring(text, PARSER)
    except (etree.ParserError, ValueError):
        return None


# libxml2 2.14 reports every invalid UTF-8 sequence it reads, the same ones Python's strict codec
# rejects; 2.12 and 2.13 miss many after the first (tests/test_decode.py).
PARSER_CHECKS_UTF8 = etree.LIBXML_VERSION >= (2, 14)


def parse_utf8(body: bytes):
    """The root of a body declared UTF-8 (decode.declared_utf8), or None when its bytes are not
    valid UTF-8 or nothing parses: the page is checked as it is parsed, without being decoded.
    Only where PARSER_CHECKS_UTF8."""
    parser = _checking_parser()
    try:
        root = etree.fromstring(body, parser)
    except (etree.ParserError, ValueError):
        return None
    if parser.error_log.filter_types(_INVALID_ENCODING):
        return None
    return root


def _checking_parser() -> etree.HTMLParser:
    """PARSER_UTF8's twin, one per thread: a parser's error log is that of its last run, which
    another thread's parse could replace before this one reads it."""
    parser = getattr(_per_thread, "parser", None)
    if parser is None:
        parser = _per_thread.parser = _html_parser("utf-8")
    return parser


_per_thread = threading.local()
_INVALID_ENCODING = (etree.ErrorTypes.ERR_INVALID_ENCODING,)


def tag_of(el) -> str:
    tag = el.tag
    return tag.lower() if isinstance(tag, str) else ""


def is_ancestor(anc, el) -> bool:
    while el is not None:
        if el is anc:
            return True
        el = el.getparent()
    return False


def common_ancestor(a, b):
    if a is None or b is None:
        return a if b is None else b
    ancestors = {id(x) for x in a.iterancestors()} | {id(a)}
    node = b
    while node is not None:
        if id(node) in ancestors:
            return node
        node = node.getparent()
    return None


def in_link(el, limit: int = 6) -> bool:
    """Inside an <a> that is not itself inside a heading (self-linked headings are titles)."""
    node = el
    for _ in range(limit):
        if node is None:
            return False
        tag = tag_of(node)
        if tag == "a":
            return not any(tag_of(a) in HEADING_TAGS for a in node.iterancestors())
        if tag in ("body", "html"):
            return False
        node = node.getparent()
    return False
