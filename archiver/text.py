"""Text normalisation shared by extraction, storage and search."""

import re
import unicodedata

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\ufeff\u00ad"), None)
_SPACE_RUN = re.compile(r"\s+")
_FOLD_EXTRA = str.maketrans({"đ": "d", "Đ": "D"})


def clean(text: str | None) -> str:
    """NFC, invisible characters removed, every whitespace run (NBSP too) one space, trimmed."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", text).translate(_INVISIBLE)
    return _SPACE_RUN.sub(" ", text).strip()


def fold_diacritics(text: str) -> str:
    """Vietnamese without marks: 'Nghị định Đà Nẵng' -> 'Nghi dinh Da Nang'."""
    decomposed = unicodedata.normalize("NFD", text.translate(_FOLD_EXTRA))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", stripped)


def fold(text: str | None) -> str:
    """The comparison form used by evaluation: cleaned and case-folded."""
    return clean(text).casefold()
