"""text.fold_diacritics: its shortcuts (ASCII text returned as it is, marks dropped by a list comprehension, no
NFC when nothing but ASCII is left) answer as the plain definition does, for every code point."""

import sys
import unicodedata

from archiver.text import fold_diacritics


def _fold_by_definition(text: str) -> str:
    """đ/Đ to d/D, NFD, every combining mark dropped, NFC."""
    decomposed = unicodedata.normalize("NFD", text.translate(str.maketrans({"đ": "d", "Đ": "D"})))
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


def test_folds_vietnamese():
    assert fold_diacritics("Nghị định Đà Nẵng") == "Nghi dinh Da Nang"
    assert fold_diacritics("Ngày đăng 02/11/2016 | 3:21 PM") == "Ngay dang 02/11/2016 | 3:21 PM"


def test_every_code_point_folds_as_the_definition_says():
    step = 64
    for start in range(0, sys.maxunicode + 1, step):
        run = "".join(map(chr, range(start, min(start + step, sys.maxunicode + 1))))
        for text in (run, "Đặng " + run):
            assert fold_diacritics(text) == _fold_by_definition(text), hex(start)


def test_ascii_comes_back_as_plain_str():
    class Smart(str):
        pass

    folded = fold_diacritics(Smart("Tin tuc"))
    assert folded == "Tin tuc" and type(folded) is str
