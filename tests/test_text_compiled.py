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
