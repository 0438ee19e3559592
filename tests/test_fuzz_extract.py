"""Fuzzing extraction: saved pages mangled the ways hostile or broken portals mangle them (cut short, random
bytes, unbalanced or deeply nested tags, huge attributes). extract() must read each without an internal
error (it catches its own exceptions and records them: that record is what this test looks for) and give
fields no larger than the page. A fixed seed and a fixed number of cases: the same pages every run."""

import random

import pytest
from conftest import saved_pages

from archiver import profiles
from archiver.extract import extract

SEED = 20240601
CASES = 120  # about two seconds


def truncate(rng: random.Random, page: bytes) -> bytes:
    return page[: rng.randrange(len(page) + 1)]


def random_bytes(rng: random.Random, page: bytes) -> bytes:
    at = rng.randrange(len(page) + 1)
    return page[:at] + rng.randbytes(rng.randrange(1, 512)) + page[at:]


def unbalanced_tags(rng: random.Random, page: bytes) -> bytes:
    junk = b"".join(
        rng.choice([b"<div>", b"</div>", b"</p>", b"<td>", b"</html>", b"<body>", b"<!--", b"<![CDATA["])
        for _ in range(rng.randrange(1, 200))
    )
    at = rng.randrange(len(page) + 1)
    return page[:at] + junk + page[at:]


def deep_nesting(rng: random.Random, page: bytes) -> bytes:
    depth = rng.choice([300, 3000, 20000])
    tag = rng.choice([b"div", b"span", b"b", b"table"])
    at = page.find(b"<body")
    at = at if at >= 0 else 0
    return page[:at] + (b"<" + tag + b">") * depth + page[at:]


def huge_attribute(rng: random.Random, page: bytes) -> bytes:
    value = rng.choice([b"x", b"\xe1\xbb\x9d ", b"&amp;", b'"']) * rng.choice([10_000, 200_000])
    return page.replace(b"<div", b'<div data-x="' + value + b'"', 1)


def dropped_markup(rng: random.Random, page: bytes) -> bytes:
    """Every `>` or `<` removed from a stretch of the page."""
    start = rng.randrange(len(page) + 1)
    end = min(len(page), start + rng.randrange(1, 20_000))
    stretch = page[start:end].replace(rng.choice([b">", b"<"]), b"")
    return page[:start] + stretch + page[end:]


MUTATIONS = [truncate, random_bytes, unbalanced_tags, deep_nesting, huge_attribute, dropped_markup]


def cases():
    rng = random.Random(SEED)
    pages = saved_pages()
    for number in range(CASES):
        page = rng.choice(pages)
        mutations = rng.sample(MUTATIONS, rng.choice([1, 1, 2]))
        yield pytest.param(page, [m.__name__ for m in mutations], rng.randrange(2**32), id=f"{number}-{page.stem[:30]}")


@pytest.mark.parametrize(("page", "mutation_names", "seed"), list(cases()))
def test_extract_reads_mangled_pages_without_internal_errors(page, mutation_names, seed):
    rng = random.Random(seed)
    body = page.read_bytes()
    for name in mutation_names:
        body = globals()[name](rng, body)
    profile = profiles.for_page(None, page.parent.name) if page.parent.name in profiles.available() else None
    ex = extract(body, "https://fuzz.gov.vn/tin/1.html", "text/html; charset=utf-8", profile)
    failures = [reason for field, reason in ex.issues if field == "page" and reason.startswith("extraction failed")]
    assert failures == [], f"{mutation_names} on {page.name}: {failures}"
    for name, value in ex.to_dict().items():
        if isinstance(value, str):
            assert len(value.encode("utf-8")) <= len(body) + 1024, f"{name} larger than the page"
