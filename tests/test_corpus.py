"""The field corpus (tests/fixtures/corpus): real pages of portals the extractor was not built on.

Floors per CMS family, read with no profile named (each page with the family its markers show), as `archiver eval tests/fixtures/corpus/gold.jsonl
tests/fixtures/corpus/pages --by-family` scores them. A floor only ever goes up: raise it when a rule
gets more right, never lower it to let a change through.
"""

import gzip
import hashlib
import json

import pytest
from conftest import ROOT

from archiver.evaluate import ALL, ALL_CONSTRUCTED, ALL_REAL, CONSTRUCTED, read_gold, run_eval_by_family

CORPUS = ROOT / "tests" / "fixtures" / "corpus"
# `real`: the page is a blob of its repository; `real-gz`: the repository keeps the page gzip-compressed, the blob is
# that .gz (stored in pages/ byte for byte) and git_blob is, as everywhere, the id of the uncompressed bytes;
# `real-indexed`: a served page whose text comes from the public code index (no mirror of its repository is reachable),
# stored as UTF-8; git_blob is the id of those bytes, not checked against the repository.
REAL_ORIGINS = ("real", "real-gz", "real-indexed")

# family -> (pages with all five fields right, {field: pages right})
FLOORS = {
    "aspnet-sname-portal": (8, {"title": 8, "published_at": 8, "author": 8, "views": 8, "body": 8}),
    "blazor-static-suneditor": (8, {"title": 8, "published_at": 8, "author": 8, "views": 8, "body": 8}),
    "easyweb-static-aspnet-newsdetails": (8, {"title": 8, "published_at": 8, "author": 8, "views": 8, "body": 8}),
    "easyweb-static-aspnet-newstitle": (5, {"title": 5, "published_at": 5, "author": 5, "views": 5, "body": 5}),
    "easyweb-static-contentdetail": (8, {"title": 8, "published_at": 8, "author": 8, "views": 8, "body": 8}),
    "easyweb-static-sharepoint-dvtitle": (8, {"title": 8, "published_at": 8, "author": 8, "views": 8, "body": 8}),
    "easyweb-static-sharepoint-noidung": (8, {"title": 8, "published_at": 8, "author": 8, "views": 8, "body": 8}),
    "easyweb-static-sharepoint-template": (
        56,
        {"title": 56, "published_at": 56, "author": 56, "views": 56, "body": 56},
    ),
    "nukeviet-4-tms": (1, {"title": 1, "published_at": 1, "author": 1, "views": 1, "body": 1}),
    "press-fck-vnexpress": (4, {"title": 4, "published_at": 4, "author": 4, "views": 4, "body": 4}),
    "press-vccorp": (6, {"title": 6, "published_at": 6, "author": 6, "views": 6, "body": 6}),
    "press-zce": (6, {"title": 6, "published_at": 6, "author": 6, "views": 6, "body": 6}),
    "vhv-eduportal": (24, {"title": 24, "published_at": 24, "author": 24, "views": 24, "body": 24}),
    "wordpress-flatsome": (6, {"title": 6, "published_at": 6, "author": 6, "views": 6, "body": 6}),
}

# Pages written in a family's public template (no saved copy of that family was found), scored apart from the
# real pages: family + CONSTRUCTED -> floors as above.
CONSTRUCTED_FLOORS = {
    "dnn-9-xcillion-html" + CONSTRUCTED: (3, {"title": 3, "published_at": 3, "author": 3, "views": 3, "body": 3}),
    "joomla-4-cassiopeia" + CONSTRUCTED: (4, {"title": 4, "published_at": 4, "author": 4, "views": 4, "body": 4}),
    "liferay-7-asset-publisher" + CONSTRUCTED: (
        4,
        {"title": 4, "published_at": 4, "author": 4, "views": 4, "body": 4},
    ),
    "nukeviet-3" + CONSTRUCTED: (4, {"title": 4, "published_at": 4, "author": 4, "views": 4, "body": 4}),
    "nukeviet-4" + CONSTRUCTED: (5, {"title": 5, "published_at": 5, "author": 5, "views": 5, "body": 5}),
    "wordpress-twentytwentyone" + CONSTRUCTED: (
        4,
        {"title": 4, "published_at": 4, "author": 4, "views": 4, "body": 4},
    ),
}


@pytest.fixture(scope="module")
def results():
    return run_eval_by_family(CORPUS / "gold.jsonl", CORPUS / "pages", None)


@pytest.mark.parametrize("family", sorted(FLOORS | CONSTRUCTED_FLOORS))
def test_each_family_stays_at_or_above_its_floor(results, family):
    fully_right, fields = (FLOORS | CONSTRUCTED_FLOORS)[family]
    got = results[family]
    assert got.pages_fully_right >= fully_right, got.render()
    for field, floor in fields.items():
        assert got.per_field[field][0] >= floor, f"{family} {field}: {got.per_field[field]} < {floor}\n{got.render()}"


def test_every_family_of_the_corpus_has_a_floor(results):
    assert set(results) - {ALL, ALL_REAL, ALL_CONSTRUCTED} == set(FLOORS) | set(CONSTRUCTED_FLOORS)


def test_constructed_pages_are_counted_apart_from_the_real_ones(results):
    gold = read_gold(CORPUS / "gold.jsonl")
    constructed = [r for r in gold if r["constructed"]]
    assert results[ALL_CONSTRUCTED].pages == len(constructed) > 0
    assert results[ALL_REAL].pages == len(gold) - len(constructed)
    assert not {r["family"] for r in constructed} & set(FLOORS)  # a family with real pages needs no constructed ones


def sources() -> list[dict]:
    lines = (CORPUS / "sources.tsv").read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    assert header == ["file", "git_blob", "bytes", "source_repository", "commit", "path", "site", "family", "origin"]
    return [dict(zip(header, line.split("\t"), strict=True)) for line in lines[1:]]


def test_pages_are_the_recorded_blobs_of_their_repositories():
    """Each page is the exact bytes recorded for it (`git hash-object` gives its blob id): for a real page the blob
    its source repository holds at that commit and path; for a constructed one, the page as built."""
    rows = sources()
    gold = {record["file"]: record for record in read_gold(CORPUS / "gold.jsonl")}
    assert {row["file"] for row in rows} == set(gold)
    assert len(rows) == len(gold)
    for row in rows:
        data = gzip.decompress((CORPUS / "pages" / row["file"]).read_bytes())
        assert len(data) == int(row["bytes"]), row["file"]
        assert hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest() == row["git_blob"], row["file"]
        assert len(row["commit"]) == 40 and row["source_repository"].count("/") == 1, row["file"]


def test_sources_and_gold_agree_on_origin_site_and_family():
    gold = {record["file"]: record for record in read_gold(CORPUS / "gold.jsonl")}
    for row in sources():
        record = gold[row["file"]]
        assert row["origin"] in (("constructed",) if record["constructed"] else REAL_ORIGINS), row["file"]
        assert (row["site"], row["family"]) == (record["site"], record["family"]), row["file"]


def test_no_site_has_more_than_eight_pages():
    per_site: dict[str, int] = {}
    for record in read_gold(CORPUS / "gold.jsonl"):
        per_site[record["site"]] = per_site.get(record["site"], 0) + 1
    assert max(per_site.values()) <= 8, per_site


def test_gold_records_are_complete():
    for line in (CORPUS / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        missing = {"file", "site", "family", "title", "published_at", "author", "views", "body_first"} - set(record)
        assert not missing, (record["file"], missing)
        assert record["constructed"] in (True, False), record["file"]
