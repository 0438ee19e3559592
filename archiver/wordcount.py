"""Word counts for analysts: the words a reader sees in an article, the lead counted once.

A word is a run of non-space characters holding a letter or a digit: each Vietnamese syllable
counts ("Đà Nẵng" is two), "01/6/2016" and "COVID-19" are one, a bullet or a dash alone is none.
"""

import re

_WORD = re.compile(r"\S*\w\S*")


def count_words(text: str | None) -> int:
    return len(_WORD.findall(text)) if text else 0


def article_words(lead: str | None, body: str | None) -> int | None:
    """Words of the whole article text. The body starts with the lead (body.assemble); a lead that is
    not in the body (the page's body container was not found) is counted besides it. None: no text."""
    if not lead and not body:
        return None
    words = count_words(body)
    if lead and lead not in (body or ""):
        words += count_words(lead)
    return words
