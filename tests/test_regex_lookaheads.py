"""The leading lookaheads that spare the regex engine its branches (`(?=[...])(?:...)`) must admit every
character a branch can start with: a branch added later with another first letter would otherwise never match."""

import re
import sys
from re import _constants as C
from re import _parser as P

import pytest

from archiver import body, dates


def _first_items(items) -> tuple[list, bool]:
    """The single-character elements a match of the sequence can start with, and whether it can match empty."""
    out: list = []
    for op, av in items:
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):  # zero-width: the next item starts the match
            continue
        if op is C.LITERAL:
            return out + [[(op, av)]], False
        if op is C.IN:
            return out + [list(av)], False
        if op is C.SUBPATTERN:
            firsts, empty = _first_items(av[3])
        elif op is C.BRANCH:
            firsts, empty = [], False
            for branch in av[1]:
                more, branch_empty = _first_items(branch)
                firsts, empty = firsts + more, empty or branch_empty
        elif op is C.MAX_REPEAT or op is C.MIN_REPEAT:
            firsts, empty = _first_items(av[2])
            empty = empty or av[0] == 0
        else:
            raise AssertionError(f"not read here: {op}")
        out += firsts
        if not empty:
            return out, False
    return out, True


def _class_source(items) -> str:
    parts = []
    for op, av in items:
        if op is C.LITERAL:
            parts.append(re.escape(chr(av)))
        elif op is C.RANGE:
            parts.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is C.CATEGORY:
            parts.append({C.CATEGORY_DIGIT: r"\d", C.CATEGORY_SPACE: r"\s", C.CATEGORY_WORD: r"\w"}[av])
        else:
            raise AssertionError(f"not read here: {op}")
    return "[" + "".join(parts) + "]"


@pytest.mark.parametrize(
    "pattern",
    [body._END_MARKER, body._CREDIT_END, dates._TOKEN, dates._NOISE, dates._STRONG],
    ids=["end-marker", "credit", "date-token", "date-noise", "date-strong"],
)
def test_the_lookahead_admits_every_first_character_of_the_branches(pattern):
    parsed = list(P.parse(pattern.pattern, pattern.flags))
    (assert_op, (direction, lookahead)), rest = parsed[0], parsed[1:]
    assert assert_op is C.ASSERT and direction == 1  # a leading lookahead
    admitted = _class_source(lookahead[0][1])
    firsts, empty = _first_items(rest)
    assert not empty
    for first in firsts:  # a character that starts a branch and the lookahead refuses
        missed = re.search(f"(?!{admitted}){_class_source(first)}", _EVERY_CHARACTER, pattern.flags)
        assert missed is None, (pattern.pattern[:40], missed)


_EVERY_CHARACTER = "".join(map(chr, range(sys.maxunicode + 1)))


def test_the_separator_prefilter_admits_every_character_a_separator_line_opens_with():
    opening = re.compile(body._SEPARATOR_LINE.pattern.removesuffix("{3,}$"))
    missed = [c for c in _EVERY_CHARACTER if opening.match(c) and not (c in body._SEPARATOR_MARKS or c.isspace())]
    assert not missed
