"""Every fixture page, with its profile, with the family it shows (no profile named) and generically (no
family either): each field its .expected.json states is right."""

import json
from pathlib import Path

import pytest

from archiver import profiles
from archiver.evaluate import score_pair
from archiver.extract import extract

FIXTURES = Path(__file__).resolve().parent / "fixtures"
# slug -> the profile a fixture is read with (family profiles for the CMS families)
PROFILE_FOR_SLUG = {
    "mttq-baclieu": "mttq-baclieu",
    "sharepoint": "sharepoint",
    "nukeviet": "nukeviet",
    "presscms": "presscms",
    "liferay": "liferay",
    "bad": None,
}
CASES = sorted(FIXTURES.glob("*/*.expected.json"))


def _case_id(path: Path) -> str:
    return f"{path.parent.name}/{path.name.removesuffix('.expected.json')}"


READINGS = ("profile", "recognised", "generic")


def _extract(expected_path: Path, reading: str):
    slug = expected_path.parent.name
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    html = expected_path.with_name(expected_path.name.replace(".expected.json", ".html")).read_bytes()
    name = PROFILE_FOR_SLUG.get(slug, slug) if reading == "profile" else None
    profile = profiles.load(name) if name else None
    return expected, extract(html, url=expected.get("url"), profile=profile, families=reading != "generic")


@pytest.mark.skipif(not CASES, reason="no fixtures yet")
@pytest.mark.parametrize("reading", READINGS)
@pytest.mark.parametrize("expected_path", CASES, ids=_case_id)
def test_fixture(expected_path, reading):
    expected, ex = _extract(expected_path, reading)
    wrong = {field: (want, got) for field, (right, want, got) in score_pair(expected, ex).items() if not right}
    assert not wrong


@pytest.mark.parametrize("expected_path", CASES, ids=_case_id)
def test_fixture_article_pages_record_what_is_missing(expected_path):
    expected, ex = _extract(expected_path, "generic")
    if ex.is_article:
        for field in ("title", "published_at", "body"):
            assert (getattr(ex, field) is None) == any(f == field for f, _ in ex.issues)
        for field in ("title", "published_at", "body", "author", "views"):
            if getattr(ex, field) is not None:
                assert field in ex.provenance
