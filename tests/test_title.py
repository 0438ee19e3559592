"""The title's separators: TITLE_SEPARATOR is written for the engine's speed (a first character class); it finds
what its plain definition finds, in every string of up to five characters from the ones it reads."""

import itertools
import re

from archiver.title import TITLE_SEPARATOR, title_pieces

_DEFINITION = re.compile(r"\s+(?:-|–|—|\||::|»|/)\s+|\s*\|\s*")


def test_separators_match_their_definition_on_every_short_string():
    alphabet = [" ", "\xa0", "\t", "|", "-", "–", "—", ":", "»", "/", "a"]
    for length in range(1, 6):
        for chars in itertools.product(alphabet, repeat=length):
            text = "".join(chars)
            want = [m.span() for m in _DEFINITION.finditer(text)]
            assert [m.span() for m in TITLE_SEPARATOR.finditer(text)] == want, repr(text)


def test_title_pieces_split_at_separators():
    pieces = title_pieces("Điểm mới trong tuyển sinh - Báo chí | Sở Thông tin và Truyền thông")
    assert [text for text, _ in pieces] == [
        "Điểm mới trong tuyển sinh - Báo chí | Sở Thông tin và Truyền thông",
        "Điểm mới trong tuyển sinh",
        "Điểm mới trong tuyển sinh - Báo chí",
        "Báo chí | Sở Thông tin và Truyền thông",
        "Sở Thông tin và Truyền thông",
    ]
