"""Score extractions against hand-read ground truth (realpages gold.jsonl, fixture .expected.json).

The checks are the "natural check" of the realpages README:
* title equal after folding (NFC, invisible characters out, whitespace folded);
* the same instant to the minute, both null counting as right; a date-only result is
  right when the truth is date-only and the day matches;
* author (and source) equal after folding and case folding, both null counting as right;
* the same view count;
* a body that contains body_first and body_last (or their html.unescape() forms) and
  none of body_must_not, after folding.
Fixtures may add `updated_at`, `source`, `attachments` and `is_article`; a field is
scored only when the expected record has its key.
"""

import gzip
import html
import json
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

from .errors import ArchiverError
from .extract import extract
from .models import Extraction
from .profiles import Profile
from .text import clean, fold

FIELDS = ("title", "published_at", "author", "views", "body")
EXTRA_FIELDS = ("updated_at", "source", "attachments", "is_article")
VN = timezone(timedelta(hours=7))
SHOW_CHARS = 90


def _instant(value: str) -> tuple[datetime, bool] | None:
    """(aware datetime, date_only) from an ISO string; a bare date is date-only."""
    try:
        dt = datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return None
    date_only = len(value.strip()) <= 10
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=VN)
    return dt, date_only


def same_instant(expected: str | None, got: str | None, expected_date_only: bool = False) -> bool:
    if expected is None or got is None:
        return expected is None and got is None
    want, got_ = _instant(expected), _instant(got)
    if want is None or got_ is None:
        return False
    want_dt, want_date_only = want
    got_dt, got_date_only = got_
    want_date_only = want_date_only or expected_date_only
    if got_date_only:
        return want_date_only and got_dt.date() == want_dt.astimezone(VN).date()
    return got_dt.replace(second=0, microsecond=0) == want_dt.replace(second=0, microsecond=0)


def _contains(body: str, anchor: str) -> bool:
    folded = clean(body)
    return clean(anchor) in folded or clean(html.unescape(anchor)) in folded


def body_problems(expected: dict, body: str | None) -> list[str]:
    body = body or ""
    problems = []
    for key in ("body_first", "body_last"):
        anchor = expected.get(key)
        if anchor and not _contains(body, anchor):
            problems.append(f"missing {key}: {anchor}")
    for bad in expected.get("body_must_not") or []:
        if bad and clean(bad) in clean(body):
            problems.append(f"contains: {bad}")
    return problems


def _attachment_urls(values) -> list[str]:
    return [v["url"] if isinstance(v, dict) else v for v in values or []]


def score_pair(expected: dict, ex: Extraction) -> dict[str, tuple[bool, object, object]]:
    """field -> (right, expected, got) for every field the expected record states."""
    out: dict[str, tuple[bool, object, object]] = {}
    if "title" in expected:
        out["title"] = (clean(expected["title"]) == clean(ex.title), expected["title"], ex.title)
    if "published_at" in expected:
        right = same_instant(expected["published_at"], ex.published_at, bool(expected.get("date_only")))
        out["published_at"] = (right, expected["published_at"], ex.published_at)
    if "updated_at" in expected:
        out["updated_at"] = (same_instant(expected["updated_at"], ex.updated_at), expected["updated_at"], ex.updated_at)
    for name in ("author", "source"):
        if name in expected:
            want, got = expected[name], getattr(ex, name)
            right = (want is None and got is None) or (want is not None and got is not None and fold(want) == fold(got))
            out[name] = (right, want, got)
    if "views" in expected:
        out["views"] = (expected["views"] == ex.views, expected["views"], ex.views)
    if any(k in expected for k in ("body_first", "body_last", "body_must_not")):
        problems = body_problems(expected, ex.body)
        out["body"] = (not problems, "; ".join(problems) or "ok", _body_summary(ex.body))
    if "attachments" in expected:
        want = _attachment_urls(expected["attachments"])
        got = _attachment_urls(ex.attachments)
        out["attachments"] = (all(u in got for u in want), want, got)
    if "is_article" in expected:
        out["is_article"] = (expected["is_article"] == ex.is_article, expected["is_article"], ex.is_article)
    return out


def _body_summary(body: str | None) -> str:
    if not body:
        return repr(body)
    text = clean(body)
    return f"{text[:60]} … {text[-60:]}" if len(text) > 130 else text


def _short(value) -> str:
    text = value if isinstance(value, str) else repr(value)
    text = text.replace("\n", " ")
    return text if len(text) <= SHOW_CHARS else text[: SHOW_CHARS - 1] + "…"


@dataclass
class EvalResult:
    per_field: dict[str, tuple[int, int]] = field(default_factory=dict)
    pages: int = 0
    pages_fully_right: int = 0
    failures: list[dict] = field(default_factory=list)
    label: str = ""

    def add(self, name: str, scores: dict) -> None:
        self.pages += 1
        all_right = True
        for fld, (right, expected, got) in scores.items():
            r, t = self.per_field.get(fld, (0, 0))
            self.per_field[fld] = (r + int(right), t + 1)
            if not right:
                all_right = False
                self.failures.append({"file": name, "field": fld, "expected": expected, "got": got})
        self.pages_fully_right += int(all_right)

    def render(self) -> str:
        lines = [f"{self.label}".strip() or "evaluation", f"{'field':<14}{'right':>7}{'total':>7}{'accuracy':>10}"]
        order = [f for f in FIELDS + EXTRA_FIELDS if f in self.per_field]
        for fld in order:
            right, total = self.per_field[fld]
            lines.append(f"{fld:<14}{right:>7}{total:>7}{right / total:>10.1%}")
        lines.append(f"pages fully right: {self.pages_fully_right}/{self.pages}")
        for f in self.failures:
            lines.append(f"  {f['file']} {f['field']}: expected {_short(f['expected'])} | got {_short(f['got'])}")
        return "\n".join(lines)


def read_gold(gold_path: Path) -> list[dict]:
    records = []
    for line in Path(gold_path).read_text(encoding="utf-8").splitlines():
        if line.strip():
            records.append(json.loads(line))
    return records


def read_page(path: Path) -> bytes:
    """A saved page's bytes; the field corpus keeps its pages gzip-compressed (`*.html.gz`)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ArchiverError(f"cannot read page {path}: {exc.strerror}") from None
    return gzip.decompress(data) if path.suffix == ".gz" else data


def pages_folder(given: Path) -> Path:
    """The folder of the pages: as given, or its `pages/` where it is a set's folder (gold.jsonl beside
    pages/, as in tests/fixtures/corpus and ../shared/realpages)."""
    inner = Path(given) / "pages"
    return inner if inner.is_dir() else Path(given)


def run_eval(gold_path: Path, pages_dir: Path, profile: Profile | None, families: bool = True) -> EvalResult:
    """Extract every page named in gold.jsonl and score it (families=False: no family recognised)."""
    return run_eval_by_family(gold_path, pages_dir, profile, families)[ALL]


ALL = "all"
ALL_REAL = "all real"
ALL_CONSTRUCTED = "all constructed"
CONSTRUCTED = " (constructed)"


def family_key(record: dict) -> str | None:
    """The per-family row a gold record counts in: its `family`, and apart from the real pages when the page
    was written in the family's template (`constructed`), not saved from a live site."""
    family = record.get("family")
    if not family:
        return None
    return family + CONSTRUCTED if record.get("constructed") else family


def run_eval_by_family(
    gold_path: Path, pages_dir: Path, profile: Profile | None, families: bool = True
) -> dict[str, EvalResult]:
    """Like run_eval, and the same scores per CMS family for records that name one (`family`):
    {"all": every page, family: its real pages, "family (constructed)": its constructed pages}. A set that has
    constructed pages also gets the totals "all real" and "all constructed"."""
    unnamed = "none (the family each page shows, else generic)" if families else "none (generic)"
    label = f"{Path(gold_path).name} with profile {profile.name if profile else unnamed}"
    results = {ALL: EvalResult(label=label)}
    totals = {False: EvalResult(label=ALL_REAL), True: EvalResult(label=ALL_CONSTRUCTED)}
    folder = pages_folder(pages_dir)
    for record in read_gold(gold_path):
        ex = extract(read_page(folder / record["file"]), url=record.get("url"), profile=profile, families=families)
        scores = score_pair(record, ex)
        results[ALL].add(record["file"], scores)
        totals[bool(record.get("constructed"))].add(record["file"], scores)
        if key := family_key(record):
            results.setdefault(key, EvalResult(label=f"family {key}")).add(record["file"], scores)
    if totals[True].pages:
        results[ALL_REAL], results[ALL_CONSTRUCTED] = totals[False], totals[True]
        results[ALL].label += f" ({totals[False].pages} real and {totals[True].pages} constructed pages)"
    return results


def _row_order(name: str) -> tuple:
    """Real families, then constructed ones, then the totals (real, constructed, all)."""
    totals = (ALL_REAL, ALL_CONSTRUCTED, ALL)
    if name in totals:
        return (2, totals.index(name))
    return (int(name.endswith(CONSTRUCTED)), name)


def render_families(results: dict[str, EvalResult]) -> str:
    """One line per family (constructed pages on lines of their own): pages fully right and each field's accuracy."""
    lines = [f"{'family':<42}{'pages':>6}{'all 5':>7}" + "".join(f"{f:>14}" for f in FIELDS)]
    for name, r in sorted(results.items(), key=lambda kv: _row_order(kv[0])):
        cells = "".join(f"{r.per_field.get(f, (0, 0))[0]:>10}/{r.per_field.get(f, (0, 0))[1]:<3}" for f in FIELDS)
        lines.append(f"{name:<42}{r.pages:>6}{r.pages_fully_right:>7}{cells}")
    return "\n".join(lines)
