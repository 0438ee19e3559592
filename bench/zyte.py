"""The generic body against the public article-extraction benchmark (Zyte), beside trafilatura, in one run.

    python bench/zyte.py [--zyte DIR] [--repeat N] [--json FILE] [--worst N]

Reads the benchmark from ../shared/zyte-aeb (relative to the repo root; never copied into the
repository): its 181 pages (`html/<key>.html.gz`), `ground-truth.json` and its own `evaluate.py`,
imported from that folder, which scores token-shingle precision, recall and F1 with bootstrap spreads.

* ours: `archiver.extract.extract(bytes, url=<the page's url>)`, no profile; its `body` (lead and
  body, the portal convention: a Vietnamese lead is part of the article, while the benchmark's truth
  leaves a standfirst out). A page the extraction judges not an article has its fields cleared and
  scores an empty body; how many, and why, is printed.
* trafilatura: `trafilatura.extract(html, include_comments=False)` on the page decoded as UTF-8, as the
  benchmark's own `extractors/run_trafilatura.py` runs it (its README: trafilatura 2.0.0, F1 0.958).

Time is extraction only (pages are read and decompressed before): each page's fastest of N calls
(`--repeat`, default 3), the two extractors interleaved page by page, added up over the pages.
Targets: F1 >= 0.96 and >= trafilatura's, and >= 4x faster than trafilatura.
"""

import argparse
import gzip
import importlib.metadata
import importlib.util
import json
import logging
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from archiver.extract import extract  # noqa: E402

DEFAULT_ZYTE = ROOT.parent / "shared" / "zyte-aeb"
TARGET_F1 = 0.96
TARGET_SPEED = 4.0
SNIPPET = 70


class Missing(Exception):
    """Something the benchmark needs is absent: one line, exit status 2."""


# ----------------------------------------------------------------------------- the benchmark's files
def load_evaluate(folder: Path):
    """The benchmark's own evaluate.py, imported from its folder."""
    path = folder / "evaluate.py"
    if not path.is_file():
        raise Missing(f"no evaluate.py in {folder}")
    spec = importlib.util.spec_from_file_location("zyte_aeb_evaluate", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_pages(folder: Path) -> tuple[dict, dict[str, bytes]]:
    """(ground truth, key -> raw HTML bytes), in the ground truth's order."""
    truth_path = folder / "ground-truth.json"
    if not truth_path.is_file():
        raise Missing(f"no ground-truth.json in {folder}")
    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    pages = {}
    for key in truth:
        path = folder / "html" / f"{key}.html.gz"
        if not path.is_file():
            raise Missing(f"page {path} of the ground truth is missing")
        pages[key] = gzip.decompress(path.read_bytes())
    return truth, pages


# ----------------------------------------------------------------------------- the extractors
@dataclass
class Run:
    name: str
    bodies: dict[str, str] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)  # key -> fastest call
    not_article: dict[str, str] = field(default_factory=dict)  # key -> the verdict's reason (ours only)

    @property
    def total(self) -> float:
        return sum(self.seconds.values())


def ours(raw: bytes, url: str) -> tuple[str, str | None]:
    """(body, the reason when the page was judged not an article)."""
    ex = extract(raw, url=url, content_type=None, profile=None)
    reason = None if ex.is_article else ex.provenance.get("is_article", "not an article")
    return ex.body or "", reason


def trafilatura_extractor():
    try:
        import trafilatura
    except ImportError as exc:
        raise Missing("trafilatura is not installed: pip install -e '.[bench]'") from exc
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)

    def run(raw: bytes, url: str) -> tuple[str, None]:
        return trafilatura.extract(raw.decode("utf-8"), include_comments=False) or "", None

    return run


def _fastest(fn, raw: bytes, url: str, repeat: int):
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn(raw, url)
        best = min(best, time.perf_counter() - start)
    return best, result


def run_all(truth: dict, pages: dict[str, bytes], extractors: dict, repeat: int) -> list[Run]:
    runs = {name: Run(name) for name in extractors}
    for fn in extractors.values():  # warm-up: imports and caches outside the timing
        fn(next(iter(pages.values())), "")
    for key, raw in pages.items():
        url = truth[key].get("url", "")
        for name, fn in extractors.items():
            seconds, (body, reason) = _fastest(fn, raw, url, repeat)
            run = runs[name]
            run.bodies[key], run.seconds[key] = body, seconds
            if reason:
                run.not_article[key] = reason
    return list(runs.values())


# ----------------------------------------------------------------------------- scores
def page_scores(evaluate, truth: dict, bodies: dict[str, str]) -> dict[str, dict]:
    """key -> precision, recall, F1 of one page, by the benchmark's own shingle matching."""
    out = {}
    for key, gold in truth.items():
        tp, fp, fn = evaluate.string_shingle_matching(true=gold.get("articleBody", ""), pred=bodies[key])
        p, r = evaluate.precision_score(tp, fp, fn), evaluate.recall_score(tp, fp, fn)
        out[key] = {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}
    return out


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _first_unmatched(evaluate, lines: list[str], other: str) -> str | None:
    """The first line of lines with none of its 4-token shingles in other (a whole block kept or lost)."""
    other_shingles = set(evaluate._ngrams(other, 4))
    for line in lines:
        shingles = evaluate._ngrams(line, 4)
        if shingles and len(evaluate._tokenize(line)) >= 4 and not other_shingles.intersection(shingles):
            return line
    return None


def _snippet(text: str) -> str:
    return text if len(text) <= SNIPPET else text[: SNIPPET - 1] + "…"


def reason_guess(evaluate, key: str, truth_text: str, body: str, score: dict, not_article: str | None) -> str:
    """One line: why ours loses on this page, guessed from what it kept and what it lost."""
    if not_article:
        return f"emptied by the article verdict ({not_article})"
    if not body:
        return "empty body"
    first = _lines(body)[0]
    if not set(evaluate._ngrams(first, 4)) & set(evaluate._ngrams(truth_text, 4)) and len(first) >= 80:
        lead = f"first paragraph not in the truth (a standfirst?): {_snippet(first)!r}; "
    else:
        lead = ""
    if score["precision"] < score["recall"]:
        extra = _first_unmatched(evaluate, _lines(body), truth_text)
        return lead + f"extra text (P {score['precision']:.2f})" + (f": {_snippet(extra)!r}" if extra else "")
    lost = _first_unmatched(evaluate, _lines(truth_text), body)
    return lead + f"text lost (R {score['recall']:.2f})" + (f": {_snippet(lost)!r}" if lost else "")


# ----------------------------------------------------------------------------- report
def report(runs: list[Run], metrics: dict[str, dict], n_pages: int) -> None:
    print(f"{n_pages} pages of the article-extraction benchmark; time: each page's fastest call, added up")
    print(f"{'':<12} {'F1':<13}  {'precision':<13}  {'recall':<13}  {'accuracy':<6}  {'total s':>7}  {'ms/page':>7}")
    for run in runs:
        m = metrics[run.name]
        print(
            f"{run.name:<12} {m['f1']:.3f} ± {m['f1_std']:.3f}  {m['precision']:.3f} ± {m['precision_std']:.3f}  "
            f"{m['recall']:.3f} ± {m['recall_std']:.3f}  {m['accuracy']:.3f}   {run.total:7.2f}  "
            f"{run.total / n_pages * 1000:7.2f}"
        )
    us, traf = runs[0], runs[1]
    print(f"trafilatura {_version('trafilatura')}, extract(html, include_comments=False) (published: 2.0.0, F1 0.958)")
    speed = traf.total / us.total
    f1, traf_f1 = metrics[us.name]["f1"], metrics[traf.name]["f1"]
    print(f"trafilatura / ours time: {speed:.1f}x (target >= {TARGET_SPEED:g}x: {_met(speed >= TARGET_SPEED)})")
    print(
        f"ours F1 {f1:.3f}: target >= {TARGET_F1:g} {_met(f1 >= TARGET_F1)}; "
        f">= trafilatura's {traf_f1:.3f} {_met(f1 >= traf_f1)}"
    )
    reasons: dict[str, int] = {}
    for reason in us.not_article.values():
        reasons[reason] = reasons.get(reason, 0) + 1
    detail = ", ".join(f"{r} {n}" for r, n in sorted(reasons.items())) or "none"
    print(f"ours judged {len(us.not_article)} of {n_pages} pages not an article (fields cleared): {detail}")


def _version(dist: str) -> str:
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return "(version unknown)"


def _met(ok: bool) -> str:
    return "met" if ok else "NOT met"


def worst(evaluate, truth: dict, runs: list[Run], scores: dict[str, dict], n: int) -> list[dict]:
    """The n pages where ours loses most F1 to trafilatura, each with a reason guess."""
    us, traf = runs[0], runs[1]
    rows = []
    for key in truth:
        loss = scores[traf.name][key]["f1"] - scores[us.name][key]["f1"]
        rows.append((loss, key))
    rows.sort(reverse=True)
    out = []
    for loss, key in rows[:n]:
        if loss <= 0:
            break
        guess = reason_guess(
            evaluate,
            key,
            truth[key].get("articleBody", ""),
            us.bodies[key],
            scores[us.name][key],
            us.not_article.get(key),
        )
        out.append({"key": key, "loss": loss, "reason": guess})
    return out


def write_json(path: Path, evaluate, truth: dict, runs: list[Run], scores: dict, metrics: dict) -> None:
    losses = {row["key"]: row["reason"] for row in worst(evaluate, truth, runs, scores, len(truth))}
    pages = {}
    for key, gold in truth.items():
        page = {"url": gold.get("url")}
        for run in runs:
            page[run.name] = {
                **{k: round(v, 4) for k, v in scores[run.name][key].items()},
                "ms": round(run.seconds[key] * 1000, 3),
                "chars": len(run.bodies[key]),
            }
        if key in runs[0].not_article:
            page[runs[0].name]["not_article"] = runs[0].not_article[key]
        if key in losses:
            page["loss_reason"] = losses[key]
        pages[key] = page
    summary = {
        run.name: {
            **{k: v for k, v in metrics[run.name].items() if k != "tp_fp_fns"},
            "total_s": run.total,
            "not_article": len(run.not_article),
        }
        for run in runs
    }
    path.write_text(json.dumps({"summary": summary, "pages": pages}, indent=1, ensure_ascii=False), encoding="utf-8")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--zyte", type=Path, default=DEFAULT_ZYTE, help=f"the benchmark's folder (default {DEFAULT_ZYTE})")
    ap.add_argument("--repeat", type=int, default=3, help="calls per page and extractor, the fastest kept (default 3)")
    ap.add_argument("--n-bootstrap", type=int, default=1000, help="bootstrap samples of evaluate.py (default 1000)")
    ap.add_argument("--json", type=Path, help="write the per-page scores here")
    ap.add_argument("--worst", type=int, default=0, metavar="N", help="list the N pages ours loses most on")
    args = ap.parse_args()
    if args.repeat < 1:
        ap.error("--repeat must be at least 1")
    try:
        if not args.zyte.is_dir():
            raise Missing(f"benchmark not found at {args.zyte} (--zyte DIR)")
        evaluate = load_evaluate(args.zyte)
        truth, pages = load_pages(args.zyte)
        extractors = {"ours": ours, "trafilatura": trafilatura_extractor()}
    except Missing as exc:
        print(exc, file=sys.stderr)
        return 2
    runs = run_all(truth, pages, extractors, args.repeat)
    metrics, scores = {}, {}
    for run in runs:
        metrics[run.name] = evaluate.evaluate(
            truth, {k: {"articleBody": v} for k, v in run.bodies.items()}, args.n_bootstrap
        )
        scores[run.name] = page_scores(evaluate, truth, run.bodies)
    report(runs, metrics, len(pages))
    if args.worst:
        print("\nwhere ours loses most to trafilatura (F1 difference):")
        for row in worst(evaluate, truth, runs, scores, args.worst):
            print(f"  {row['key'][:12]}  -{row['loss']:.3f}  {row['reason']}")
    if args.json:
        write_json(args.json, evaluate, truth, runs, scores, metrics)
        print(f"per-page scores written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
