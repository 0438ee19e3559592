"""The real Liferay pages of ../shared/realpages, scored per field, with floors that only go up."""

from pathlib import Path

import pytest

from archiver import profiles
from archiver.evaluate import run_eval

REALPAGES = Path(__file__).resolve().parents[2] / "shared" / "realpages"
pytestmark = pytest.mark.skipif(not (REALPAGES / "gold.jsonl").exists(), reason="../shared/realpages absent")

# Reached on 31 pages (28 articles, 3 print views); raise them, never lower them.
# None: generic (no profile, no family); "recognised": no profile named, the pages' family (liferay) recognised.
FLOORS = {
    "sotttt": {"title": 31, "published_at": 31, "author": 31, "views": 31, "body": 31, "pages": 31},
    None: {"title": 31, "published_at": 31, "author": 31, "views": 31, "body": 31, "pages": 31},
    "recognised": {"title": 31, "published_at": 31, "author": 31, "views": 31, "body": 31, "pages": 31},
}


@pytest.mark.parametrize("site", ["sotttt", None, "recognised"], ids=["sotttt-profile", "generic", "recognised"])
def test_realpages_floors(site):
    profile = profiles.load(site) if site == "sotttt" else None
    result = run_eval(REALPAGES / "gold.jsonl", REALPAGES / "pages", profile, families=site == "recognised")
    floors = FLOORS[site]
    reached = {field: right for field, (right, _) in result.per_field.items()}
    reached["pages"] = result.pages_fully_right
    below = {field: (reached.get(field), floor) for field, floor in floors.items() if reached.get(field, 0) < floor}
    assert not below, result.render()


@pytest.mark.parametrize("site", ["sotttt", None, "recognised"], ids=["sotttt-profile", "generic", "recognised"])
def test_listing_pages_are_not_articles(site):
    profile = profiles.load(site) if site == "sotttt" else None
    from archiver.extract import extract

    for path in sorted((REALPAGES / "pages").glob("sotttt_listing_*.html")):
        ex = extract(path.read_bytes(), profile=profile, families=site == "recognised")
        assert ex.is_article is False, path.name
        assert ex.title is None and ex.body is None
