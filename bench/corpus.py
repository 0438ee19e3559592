"""The field corpus, scored for ours, trafilatura and newspaper4k in the same run, per CMS family.

    .venv/bin/python bench/corpus.py                  # tests/fixtures/corpus, no site profile
    .venv/bin/python bench/corpus.py --realpages      # ../shared/realpages too (as family liferay6-sotttt)

Every page is extracted by each tool from the same bytes, without a profile, and scored by
archiver.evaluate.score_pair: title, publication time to the minute (a date alone is right only where the
page prints a date alone), author, views, body anchors. trafilatura and newspaper4k read no view counts,
so their views are right only where the page shows none. Prints, per family, the pages with all five
fields right and each field's count, then each tool's extraction time.
Needs the bench extra (`pip install -e '.[bench]'`); exits 2 with one line when a tool is missing.
"""

from __future__ import annotations

import argparse
import sys
import time
import warnings
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "fixtures" / "corpus"
REALPAGES = ROOT.parent / "shared" / "realpages"
FIELDS = ("title", "published_at", "author", "views", "body")


def ours(html: bytes, url: str | None):
    from archiver.extract import extract

    return extract(html, url=url, profile=None)


def with_trafilatura(html: bytes, url: str | None):
    import trafilatura

    from archiver.models import Extraction

    doc = trafilatura.bare_extraction(html.decode("utf-8", "replace"), url=url, with_metadata=True)
    if doc is None:
        return Extraction()
    return Extraction(title=doc.title, published_at=doc.date, author=doc.author, body=doc.text)


def with_newspaper(html: bytes, url: str | None):
    import newspaper

    from archiver.models import Extraction

    article = newspaper.Article(url or "http://localhost/")
    article.download(input_html=html.decode("utf-8", "replace"))
    article.parse()
    published = article.publish_date.isoformat() if article.publish_date else None
    return Extraction(
        title=article.title or None,
        published_at=published,
        author=", ".join(article.authors) or None,
        body=article.text or None,
    )


TOOLS = {"ours": ours, "trafilatura": with_trafilatura, "newspaper4k": with_newspaper}


def cases(realpages: bool) -> list[tuple[dict, bytes]]:
    from archiver.evaluate import read_gold, read_page

    found = [(r, read_page(CORPUS / "pages" / r["file"])) for r in read_gold(CORPUS / "gold.jsonl")]
    if realpages:
        if not REALPAGES.is_dir():
            sys.exit(f"bench/corpus.py: no {REALPAGES}")
        for r in read_gold(REALPAGES / "gold.jsonl"):
            found.append(
                ({**r, "family": "liferay6-sotttt (built on)"}, (REALPAGES / "pages" / r["file"]).read_bytes())
            )
    return found


def run(realpages: bool) -> tuple[dict, dict]:
    from archiver.evaluate import score_pair

    table: dict = defaultdict(lambda: defaultdict(lambda: defaultdict(int)))
    seconds: dict[str, float] = defaultdict(float)
    for record, html in cases(realpages):
        for tool, fn in TOOLS.items():
            start = time.perf_counter()
            ex = fn(html, record.get("url"))
            seconds[tool] += time.perf_counter() - start
            scores = {f: s for f, s in score_pair(record, ex).items() if f in FIELDS}
            for family in (record["family"], "all"):
                row = table[family][tool]
                row["pages"] += 1
                row["all 5"] += all(right for right, _, _ in scores.values())
                for field, (right, _, _) in scores.items():
                    row[field] += right
    return table, seconds


def render(table: dict, seconds: dict) -> str:
    head = f"{'family':<38}{'tool':<13}{'pages':>6}{'all 5':>7}" + "".join(f"{f:>14}" for f in FIELDS)
    lines = [head]
    for family in sorted(table, key=lambda f: (f == "all", f)):
        for tool in TOOLS:
            row = table[family][tool]
            n = row["pages"]
            cells = "".join(f"{row[f]:>10}/{n:<3}" for f in FIELDS)
            lines.append(f"{family:<38}{tool:<13}{n:>6}{row['all 5']:>7}{cells}")
    lines.append("")
    for tool in TOOLS:
        ratio = seconds[tool] / seconds["ours"] if seconds["ours"] else float("nan")
        lines.append(f"{tool:<13} {seconds[tool]:7.2f} s in all  ({ratio:.1f}x ours)")
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--realpages", action="store_true", help="add ../shared/realpages (the portal built on)")
    args = parser.parse_args(argv)
    try:
        import newspaper  # noqa: F401
        import trafilatura  # noqa: F401
    except ImportError as exc:
        print(f"bench/corpus.py: {exc.name} is missing: pip install -e '.[bench]'", file=sys.stderr)
        return 2
    warnings.filterwarnings("ignore")  # newspaper4k warns that nltk is absent; nothing here needs it
    table, seconds = run(args.realpages)
    print(render(table, seconds))
    return 0


if __name__ == "__main__":
    sys.exit(main())
