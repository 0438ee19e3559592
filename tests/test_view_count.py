"""The view-count labels are found in any case, and the cheap test in front of the label regex never
turns one away."""

import sys

import pytest

from archiver.view_count import is_views_line, parse_views


@pytest.mark.parametrize(
    "text, views",
    [
        ("LƯỢT ĐỌC: 1.234", 1234),
        ("Lượt Đọc 56", 56),
        ("VIEW COUNT: 941", 941),
        ("SỐ LƯỢT XEM: 7", 7),
        ("LƯỢT XEM 8", 8),
    ],
)
def test_a_views_label_in_capitals_is_read(text, views):
    assert parse_views(text) == views
    assert is_views_line(text)


def test_a_line_without_a_views_word_is_no_views_line():
    assert parse_views("Số lượt truy cập hôm nay 1.234") is None
    assert not is_views_line("Số lượt truy cập hôm nay 1.234")


def test_only_e_and_o_with_dot_below_in_either_case_lower_case_to_the_letters_the_views_words_hold():
    # _has_views_word skips lower() on a text holding none of "e", "E", "ọ", "Ọ": exact only while no other
    # character lower-cases to one of the letters every views word holds (xem, view: e; đọc: ọ)
    chars = (chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    assert {ch for ch in chars if "e" in ch.lower() or "ọ" in ch.lower()} == {"e", "E", "ọ", "Ọ"}
