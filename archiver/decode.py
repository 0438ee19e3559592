"""Bytes to text, the way Scrapy decodes a response, plus two repairs for Vietnamese portals.

Order (w3lib.encoding.html_to_unicode, as Scrapy's TextResponse): BOM, HTTP header,
<meta charset>/XML declaration, detection (ascii, utf-8, cp1252), default utf-8.
Repairs:
* a lying declaration: when the bytes decode strictly as UTF-8 and hold multibyte
  sequences, they are UTF-8 whatever the header or <meta> says (legacy templates keep
  `charset=iso-8859-1` long after the content moved to UTF-8);
* windows-1258 (cp1258) stores Vietnamese tone marks as combining characters, so the
  text is normalised to NFC whenever combining marks are present.
"""

import codecs
import re
import unicodedata

from w3lib.encoding import (
    html_body_declared_encoding,
    html_to_unicode,
    http_content_type_encoding,
    read_bom,
    to_unicode,
)

_COMBINING = re.compile("[\u0300-\u036f]")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_NON_ASCII = re.compile(rb"[\x80-\xff]")
# A NUL or C0 control (other than whitespace) in the first kilobytes means binary, not HTML.
_BINARY_CONTROL = bytes(range(0x00, 0x09)) + bytes(range(0x0E, 0x1B)) + bytes(range(0x1C, 0x20))
_BINARY_SNIFF = 2048
_BINARY_MAX_CONTROLS = 8
_UTF8 = {"utf-8", "utf8"}
_DECOMPOSED_MIN_MARKS = 20


class Decoded:
    """A body's text, the codec it was decoded with (`encoding`) and how that was chosen
    (`rule`: "scrapy", "utf8-over-declared:<enc>", "meta-over-header:<enc>", "empty", "binary").

    `utf8` is the same document as UTF-8 bytes when the body already is exactly that (valid
    UTF-8, no BOM, nothing normalised): lxml parses bytes with a known encoding faster than a
    str. `text` is then decoded only when asked for.
    """

    __slots__ = ("_text", "encoding", "rule", "utf8")

    def __init__(self, text: str | None, encoding: str, rule: str, utf8: bytes | None = None):
        self._text, self.encoding, self.rule, self.utf8 = text, encoding, rule, utf8

    @property
    def text(self) -> str:
        if self._text is None:
            assert self.utf8 is not None  # (a Decoded holds its text, or its UTF-8 bytes to decode it from)
            self._text = _for_lxml(self.utf8.decode("utf-8", "replace"), self.utf8)
        return self._text

    def start(self, chars: int) -> str:
        """The first `chars` characters of the text, without decoding the rest of a UTF-8 body: a piece at
        a time, each as long as the characters still missing could take (four bytes at most), not four
        bytes for every character of a page whose head is mostly ASCII."""
        if self._text is None:
            assert self.utf8 is not None
            text, used = codecs.utf_8_decode(self.utf8[:chars], "replace", False)
            while len(text) < chars:
                more, size = codecs.utf_8_decode(self.utf8[used : used + 4 * (chars - len(text))], "replace", False)
                if not size:
                    break
                text, used = text + more, used + size
            return text[:chars]
        return self._text[:chars]


def _scrapy_auto_detect(body: bytes) -> str | None:
    """Scrapy's TextResponse fallback: the first of ascii, utf-8, cp1252 that decodes."""
    for enc in ("ascii", "utf-8", "cp1252"):
        try:
            body.decode(enc)
        except UnicodeError:
            continue
        return enc
    return None


def looks_binary(body: bytes) -> bool:
    head = body[:_BINARY_SNIFF]
    if head.startswith((b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
        return True
    if read_bom(head)[0] in ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"):
        return False
    controls = len(head) - len(head.translate(None, _BINARY_CONTROL))  # counted in C, not by a regex
    return controls > _BINARY_MAX_CONTROLS


def _strict_utf8(body: bytes) -> str | None:
    """The body as UTF-8 when it decodes strictly and is not plain ASCII."""
    if not _NON_ASCII.search(body):
        return None
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _needs_composition(body: bytes, text: str, encoding: str) -> bool:
    """Decomposed text throughout (cp1258, NFD exports), not a stray combining mark or two.

    Every extracted string is NFC-normalised anyway; composing the whole page matters for
    matching strings across it (a <title> against the title element), and costs ~0.7 ms
    on a 50 KB page, so it is done only when the page is written decomposed.
    """
    enc = encoding.lower().replace("-", "").replace("_", "")
    if enc in ("cp1258", "windows1258"):
        return True
    if enc in ("utf8", "ascii"):
        # Vietnamese tone marks (U+0300-U+033F) are encoded 0xCC + one byte, and 0xCC means
        # nothing else in UTF-8: a few memchr jumps over bytes, not a regex over the page.
        return _at_least(body, b"\xcc", _DECOMPOSED_MIN_MARKS)
    first = _COMBINING.search(text)
    return (
        first is not None
        and len(_COMBINING.findall(text, first.start(), first.start() + 20000)) >= _DECOMPOSED_MIN_MARKS
    )


def _at_least(body: bytes, byte: bytes, count: int) -> bool:
    """byte occurs `count` times or more (stops there: bytes.count always reads the whole body
    and is ~10x slower than the memchr behind find on a page with a few stray marks)."""
    at = body.find(byte)
    seen = 0
    while at >= 0:
        seen += 1
        if seen >= count:
            return True
        at = body.find(byte, at + 1)
    return False


def decode_html(body: bytes, content_type: str | None = None) -> Decoded:
    """Text of an HTML body; never raises (undecodable bytes become U+FFFD)."""
    if not body:
        return Decoded("", "utf-8", "empty")
    if looks_binary(body):
        return Decoded("", "binary", "binary")
    encoding, text = html_to_unicode(content_type, body, auto_detect_fun=_scrapy_auto_detect)
    rule = "scrapy"
    if read_bom(body)[0] is None:
        if encoding.lower() not in _UTF8:
            utf8 = _strict_utf8(body)
            if utf8 is not None:
                rule = f"utf8-over-declared:{encoding}"
                encoding, text = "utf-8", utf8
        elif "\ufffd" in text and _strict_utf8(body) is None:
            # A server-wide "charset=utf-8" header over a legacy page: its own <meta> is right.
            declared = html_body_declared_encoding(body)
            if declared and declared.lower() not in _UTF8:
                rule = f"meta-over-header:{declared}"
                encoding, text = declared, to_unicode(body, declared)
    same_bytes = None
    if _needs_composition(body, text, encoding):
        text = unicodedata.normalize("NFC", text)
    elif encoding.lower() in _UTF8 and not body.startswith(b"\xef\xbb\xbf") and "\ufffd" not in text:
        same_bytes = body
    return Decoded(_for_lxml(text, body), encoding, rule, same_bytes)


def declared_utf8(body: bytes, content_type: str | None = None) -> Decoded | None:
    """What decode_html() returns for a body that declares UTF-8, without decoding it, or None
    when the body needs decode_html() itself (no UTF-8 declaration, a BOM, binary, decomposed
    text, a literal U+FFFD).

    The answer holds only if the bytes are valid UTF-8, which the caller must confirm: decoding
    a Vietnamese page costs about as much as the rest of its reading, while libxml2 checks
    every byte as it parses (htmltree.parse_utf8), except those of a DOCTYPE that opens the file,
    checked here.
    """
    if not body or read_bom(body)[0] is not None or looks_binary(body):
        return None
    encoding = http_content_type_encoding(content_type)
    if encoding is None:
        encoding = html_body_declared_encoding(body)
    if encoding != "utf-8" or _has_replacement_character(body) or _needs_composition(body, "", encoding):
        return None
    if body[:9].upper() == b"<!DOCTYPE":
        end = body.find(b">")
        try:
            body[: end + 1 if end >= 0 else len(body)].decode("utf-8")
        except UnicodeDecodeError:
            return None
    return Decoded(None, encoding, "scrapy", body)


def _has_replacement_character(body: bytes) -> bool:
    """U+FFFD (EF BF BD) is in the bytes. Found from its rare lead byte: `in` tests the last byte
    first, a continuation byte met all over Vietnamese text, and is ~20x slower."""
    at = body.find(b"\xef")
    while at >= 0:
        if body.startswith(b"\xbf\xbd", at + 1):
            return True
        at = body.find(b"\xef", at + 1)
    return False


def _for_lxml(text: str, body: bytes) -> str:
    """lxml refuses str input that carries an XML encoding declaration."""
    if text[:200].lstrip().startswith("<?"):
        text = _XML_DECLARATION.sub("", text, count=1)
    return text  # (a NUL is no problem: lxml reads it as U+FFFD, as browsers do)
