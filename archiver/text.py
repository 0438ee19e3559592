"""Text normalisation shared by extraction, storage and search."""

import unicodedata
from collections.abc import Callable

from .compiled import compiled

_INVISIBLE = ("\u200b", "\ufeff", "\u00ad")


def _clean(text: str | None) -> str:
    """NFC, invisible characters removed, every whitespace run (NBSP too) one space, trimmed.

    On the hot path of every page: most strings met are already clean, and are returned after one check
    (compiled in archiver/_text.pyx where it is built: `clean` below).
    """
    if not text:
        return ""
    if text.isprintable() and "  " not in text and text[0] != " " and text[-1] != " ":
        # Already folded: every whitespace character but the space, and the three invisible
        # ones, are non-printable, so there is nothing to remove or fold.
        if text.__class__ is not str:
            text = str(text)  # an lxml smart string would keep its whole tree alive
    else:
        for ch in _INVISIBLE:
            if ch in text:
                text = text.replace(ch, "")
        text = " ".join(text.split())
    return text if text.isascii() else unicodedata.normalize("NFC", text)


_fast = compiled("_text", "clean_with")  # the compiled fast path in front of _clean
clean: Callable[[str | None], str] = _fast[0](_clean) if _fast else _clean
COMPILED_CLEAN = clean is not _clean


def fold_diacritics(text: str) -> str:
    """Vietnamese without marks: 'Nghị định Đà Nẵng' -> 'Nghi dinh Da Nang'."""
    if text.isascii():
        return str(text)  # no mark, no đ: NFD and NFC leave ASCII as it is
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    stripped = "".join([c for c in decomposed if not unicodedata.combining(c)])
    return stripped if stripped.isascii() else unicodedata.normalize("NFC", stripped)


def fold(text: str | None) -> str:
    """The comparison form used by evaluation: cleaned and case-folded."""
    return clean(text).casefold()
