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

from archiver.evaluate import ALL, read_gold, run_eval_by_family

CORPUS = ROOT / "tests" / "fixtures" / "corpus"

# family -> (pages with all five fields right, {field: pages right})
FLOORS = {
    "aspnet-sname-portal": (8, {"title": 8, "published_at": 8, "author": 8, "views": 8, "body": 8}),
    "easyweb-static-sharepoint-template": (
        30,
        {"title": 33, "published_at": 33, "author": 30, "views": 33, "body": 33},
    ),
    "press-zce": (1, {"title": 2, "published_at": 2, "author": 1, "views": 2, "body": 2}),
    "vhv-eduportal": (12, {"title": 16, "published_at": 16, "author": 12, "views": 16, "body": 16}),
    "wordpress-flatsome": (6, {"title": 6, "published_at": 6, "author": 6, "views": 6, "body": 6}),
}


@pytest.fixture(scope="module")
def results():
    return run_eval_by_family(CORPUS / "gold.jsonl", CORPUS / "pages", None)


@pytest.mark.parametrize("family", sorted(FLOORS))
def test_each_family_stays_at_or_above_its_floor(results, family):
    fully_right, fields = FLOORS[family]
    got = results[family]
    assert got.pages_fully_right >= fully_right, got.render()
    for field, floor in fields.items():
        assert got.per_field[field][0] >= floor, f"{family} {field}: {got.per_field[field]} < {floor}\n{got.render()}"


def test_every_family_of_the_corpus_has_a_floor(results):
    assert set(results) - {ALL} == set(FLOORS)


def test_pages_are_the_recorded_blobs_of_their_repositories():
    """Each page is the exact bytes its source repository holds (`git hash-object` gives its blob id)."""
    lines = (CORPUS / "sources.tsv").read_text(encoding="utf-8").splitlines()
    header, rows = (
        lines[0].split("\t"),
        [dict(zip(lines[0].split("\t"), line.split("\t"), strict=True)) for line in lines[1:]],
    )
    assert header[:6] == ["file", "git_blob", "bytes", "source_repository", "commit", "path"]
    gold = {record["file"] for record in read_gold(CORPUS / "gold.jsonl")}
    assert {row["file"] for row in rows} == gold
    for row in rows:
        data = gzip.decompress((CORPUS / "pages" / row["file"]).read_bytes())
        assert len(data) == int(row["bytes"]), row["file"]
        assert hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest() == row["git_blob"], row["file"]


def test_gold_records_are_complete():
    for line in (CORPUS / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        missing = {"file", "site", "family", "title", "published_at", "author", "views", "body_first"} - set(record)
        assert not missing, (record["file"], missing)
        assert record["constructed"] is False
