"""The compiled fast path of text.clean (archiver/_text.pyx) answers as the Python clean() does."""

import os
import random
import unicodedata

import pytest
from conftest import saved_pages

from archiver import text

compiled = pytest.importorskip("archiver._text", reason="the compiled clean is not built")
clean = compiled.clean_with(text._clean)


def _composition_seconds() -> set[int]:
    """Code points that NFC can compose with the one before them (NFC_Quick_Check=Maybe): the second of a
    canonical decomposition into two."""
    seconds = set()
    for cp in range(0x110000):
        mapping = unicodedata.decomposition(chr(cp))
        if mapping and not mapping.startswith("<"):
            parts = mapping.split()
            if len(parts) == 2:
                seconds.add(int(parts[1], 16))
    return seconds


def test_the_composed_ranges_are_nfc_next_to_anything():
    seconds = _composition_seconds()
    for start, end in compiled.COMPOSED_RANGES:
        for cp in range(start, end):
            ch = chr(cp)
            assert unicodedata.normalize("NFC", ch) == ch, hex(cp)  # NFC_Quick_Check is not No
            assert unicodedata.combining(ch) == 0, hex(cp)  # never reordered
            assert cp not in seconds, hex(cp)  # nor Maybe


def _samples() -> list[str]:
    pages = [p.read_bytes().decode("utf-8", "replace") for p in saved_pages()]
    lines = [line for page in pages for line in page.splitlines()]
    pieces = [
        " ",
        "  ",
        "\u00a0",
        "\u200b",
        "\ufeff",
        "\u00ad",
        "\t",
        "\n",
        "a",
        "Việt",
        "e\u0301",
        "\u0301",
        "\u2000",
        "\u2001",
        "\u2002",
        "“x”",
        "₫",
        "\u212b",
        "Å",
        "\ud7a3",
        "\u1100\u1161",
        "\x00",
        "…",
        "\x1c",  # whitespace to str.split(), like the four below
        "\x85",
        "\u2028",
        "\u3000",
        "\u202f",
        "é",
        "😀",
        "\u200e",  # a format character that stays
    ]
    rng = random.Random(12)
    built = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 8))) for _ in range(20000)]
    return lines + built + ["", "a ", " a", "a  b", "a b"]


def test_compiled_clean_matches_python_clean():
    samples = _samples()
    for sample in samples:
        assert clean(sample) == text._clean(sample), repr(sample)
    assert clean(None) == text._clean(None) == ""
    assert len(samples) > 20000


def test_text_uses_the_compiled_clean_unless_asked_for_python():
    assert (os.environ.get("ARCHIVER_PURE_PYTHON") != "1") == text.COMPILED_CLEAN


_VIEWS_LETTERS = set("xemviewđọc")


def test_only_these_code_points_lower_to_a_letter_of_the_views_words():
    """What the compiled views-word test relies on: A-Z's C E I M V W X, Đ and Ọ lower to the words' letters one for
    one; İ lowers to 'i' and a combining dot (which no word continues); nothing else lowers to any of them."""
    lowering = {cp for cp in range(0x110000) if chr(cp) not in _VIEWS_LETTERS and _VIEWS_LETTERS & set(chr(cp).lower())}
    assert lowering == {ord(c) for c in "CEIMVWXĐỌİ"}
    assert "İ".lower() == "i\u0307"


def test_the_compiled_views_word_test_matches_its_twin_in_every_place_of_the_words():
    """Code points in each place of each word (and beside it): those that lower to a letter, the Latin and
    Vietnamese blocks whole, and a sample of the rest."""
    from archiver import view_count

    code_points = [*range(0x300), *range(0x1E00, 0x1F00), *range(0x2100, 0x2200), 0x110, 0x111, 0x130, 0x1ECC, 0x1ECD]
    code_points += random.Random(3).sample(range(0x110000), 5000)
    for word in ("xem", "đọc", "view", "XEM", "ĐỌC", "VIEW"):
        for place in range(len(word) + 1):
            for cp in code_points:
                for candidate in (word[:place] + chr(cp) + word[place + 1 :], word[:place] + chr(cp) + word[place:]):
                    assert compiled.has_views_word(candidate) == view_count._views_word_in(candidate), (word, hex(cp))


def test_the_compiled_views_word_test_matches_its_twin_on_page_text():
    from archiver import view_count

    pieces = ["xem", "XeM", "vIeW", "Đọc", "ĐỌC", "đo\u0323c", "vİew", "xe", "m", "v", "iew", " ", "Lượt", "9"]
    rng = random.Random(7)
    samples = _samples() + ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 8))) for _ in range(20000)]
    assert sum(compiled.has_views_word(s) for s in samples) > 1000  # the words are met, not only their absence
    for sample in samples:
        assert compiled.has_views_word(sample) == view_count._views_word_in(sample), sample


def test_view_count_uses_the_compiled_views_word_test_unless_asked_for_python():
    from archiver import view_count

    expected = view_count._views_word_in if os.environ.get("ARCHIVER_PURE_PYTHON") == "1" else compiled.has_views_word
    assert view_count._has_views_word is expected
