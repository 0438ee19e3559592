"""Profiles are user data: every selector and pattern is checked when a profile loads, and a researcher's own
folder of profiles (--profiles DIR, ARCHIVER_PROFILES) is read like the shipped one."""

import json
import os

import pytest
from conftest import DEMO_SITE, FIXTURES, assert_one_line_error, rows, run_archiver

from archiver import profiles
from archiver.errors import InvalidProfile
from archiver.localserver import serve

SITE = """
name = "mine"
extends = "liferay"
domains = ["mine.gov.vn"]
[crawl]
start_urls = ["https://mine.gov.vn/tin"]
"""


def profile_dir(tmp_path, **files) -> str:
    folder = tmp_path / "profiles"
    folder.mkdir(exist_ok=True)
    for name, text in files.items():
        (folder / f"{name}.toml").write_text(text, encoding="utf-8")
    return str(folder)


@pytest.mark.parametrize(
    ("line", "key", "shown"),
    [
        ('listing_item = ["li[[["]', "[crawl].listing_item", "invalid CSS selector 'li[[['"),
        ("article_url = '(unclosed'", "[crawl].article_url", "invalid regular expression '(unclosed'"),
        ('next_page = ["a:nth-child(x)"]', "[crawl].next_page", "invalid CSS selector"),
    ],
)
def test_an_invalid_selector_or_pattern_names_file_key_and_error(tmp_path, line, key, shown):
    folder = profile_dir(tmp_path, mine=SITE + line + "\n")
    result = run_archiver("--profiles", folder, "crawl", "mine", "--db", tmp_path / "a.db")
    assert_one_line_error(result, 2)
    assert os.path.join(folder, "mine.toml") in result.stderr
    assert key in result.stderr and shown in result.stderr
    assert not (tmp_path / "a.db").exists()


def test_an_invalid_extract_selector_is_refused_by_every_command(tmp_path):
    folder = profile_dir(tmp_path, mine=SITE + '[extract]\ntitle = ["h1..title"]\n')
    page = next((FIXTURES / "liferay").glob("*.html"))
    for command in (("sites",), ("parse", page), ("stats", "--db", tmp_path / "a.db")):
        result = run_archiver("--profiles", folder, *command)
        assert_one_line_error(result, 2)
        assert "[extract].title: invalid CSS selector 'h1..title'" in result.stderr


def test_the_environment_variable_names_a_profiles_folder(tmp_path, monkeypatch):
    folder = profile_dir(tmp_path, mine=SITE + 'article_url = "(unclosed"\n')
    monkeypatch.setenv("ARCHIVER_PROFILES", folder)
    result = run_archiver("sites")
    assert_one_line_error(result, 2)
    assert "[crawl].article_url" in result.stderr


def test_a_user_profile_extends_a_shipped_family_and_sites_says_where_it_is(tmp_path):
    folder = profile_dir(tmp_path, mine=SITE)
    listing = run_archiver("--profiles", folder, "sites")
    assert listing.returncode == 0, listing.stderr
    mine = next(line for line in listing.stdout.splitlines() if line.startswith("mine "))
    assert "mine.gov.vn" in mine and os.path.join(folder, "mine.toml") in mine
    assert all(line.endswith("[shipped]") for line in listing.stdout.splitlines() if not line.startswith("mine "))
    page = FIXTURES / "liferay" / "article-title-date.html"
    expected = json.loads((FIXTURES / "liferay" / "article-title-date.expected.json").read_text(encoding="utf-8"))
    parsed = run_archiver("--profiles", folder, "parse", page, "--site", "mine")
    assert parsed.returncode == 0, parsed.stderr
    record = json.loads(parsed.stdout)
    assert record["profile"] == "mine"
    assert record["title"] == expected["title"]  # liferay's title selector, inherited


def test_extends_cycle_and_unknown_parent_are_one_line(tmp_path):
    folder = profile_dir(tmp_path, a='name = "a"\nextends = "b"\n', b='name = "b"\nextends = "a"\n')
    result = run_archiver("--profiles", folder, "sites")
    assert_one_line_error(result, 2)
    assert "extends it back" in result.stderr
    (tmp_path / "other").mkdir()
    folder = profile_dir(tmp_path / "other", c='extends = "zz"\n')
    result = run_archiver("--profiles", folder, "sites")
    assert_one_line_error(result, 2)
    assert "extends 'zz', which is no profile" in result.stderr


def test_a_missing_profiles_folder_is_one_line(tmp_path):
    assert_one_line_error(run_archiver("--profiles", tmp_path / "nowhere", "sites"), 2)


@pytest.mark.e2e
def test_a_crawl_with_a_user_profile_stores_its_articles(tmp_path):
    """The storage process is another process: it reads the user's profile too."""
    folder = profile_dir(tmp_path, mydemo='name = "mydemo"\nextends = "demo"\n')
    server, base = serve(DEMO_SITE)
    try:
        result = run_archiver(
            "--profiles", folder, "crawl", "mydemo", "--base-url", base, "--db", tmp_path / "a.db", "--delay", "0", "-q"
        )
    finally:
        server.shutdown()
    assert result.returncode in (0, 3), result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    stored = rows(tmp_path / "a.db", "SELECT count(*), min(site), max(site) FROM articles")
    assert stored[0][0] > 10 and stored[0][1:] == ("mydemo", "mydemo")


def test_shipped_profiles_are_all_valid():
    for name in profiles.available():
        profiles.load(name)


def test_checks_compile_as_extraction_does():
    assert profiles.css_problem("div.asset-content p.sapo") is None
    assert profiles.css_problem("li[[[")
    assert profiles.regex_problem(r"/tin/\d+") is None
    assert profiles.regex_problem("(unclosed")
    with pytest.raises(InvalidProfile):
        profiles._section({"crawl": {"listing_item": ["li[[["]}}, "crawl", profiles.CRAWL_KEYS, "x.toml")
