"""Benchmark the analysts' commands on a large synthetic archive.

Builds an archive of --articles (default 100,000) synthetic Vietnamese government-news articles
through the store API (captures, save_article, crawls: the search triggers fire as in a crawl),
then times, as a user runs them (a fresh interpreter, start-up included; the median of --runs, wall
clock and the CPU the process used, which a busy machine disturbs less),
`archiver search` (folded, exact and phrase queries, and one with --site --since) beside the query
alone in an open archive, `archiver export` (jsonl, csv, parquet when pyarrow is installed) in rows
a second, `archiver stats --by year|month` and `archiver report`. Each command is also shown as a
ratio to a bare `python -c pass` measured in the same run, against the targets below.

    .venv/bin/python bench/analysts.py [--articles 100000] [--db PATH] [--keep] [--runs 3]
"""

import argparse
import importlib.util
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from archiver.models import Extraction  # noqa: E402
from archiver.store import Archive, Capture  # noqa: E402

SITES = {
    "danang": "https://danang.gov.vn",
    "hue": "https://thuathienhue.gov.vn",
    "baclieu": "https://baclieu.gov.vn",
    "quangninh": "https://quangninh.gov.vn",
    "cantho": "https://cantho.gov.vn",
    "hanoi": "https://hanoi.gov.vn",
    "mttq-baclieu": "https://mttq.baclieu.gov.vn",
    "sotttt": "https://sotttt.angiang.gov.vn",
}
PLACES = [
    "Đà Nẵng",
    "Thừa Thiên Huế",
    "Bạc Liêu",
    "Quảng Ninh",
    "Cần Thơ",
    "Hà Nội",
    "An Giang",
    "Đồng Tháp",
    "huyện Hòa Vang",
    "quận Hải Châu",
    "thị xã Giá Rai",
    "xã Điền Hải",
    "phường Đông Hải",
]
AGENCIES = [
    "UBND tỉnh",
    "Sở Tài chính",
    "Sở Y tế",
    "Sở Giáo dục và Đào tạo",
    "Sở Thông tin và Truyền thông",
    "Ủy ban MTTQ Việt Nam tỉnh",
    "Thanh tra tỉnh",
    "Công an tỉnh",
    "Sở Kế hoạch và Đầu tư",
    "Hội Nông dân tỉnh",
]
ACTIONS = [
    "tổ chức hội nghị",
    "triển khai kế hoạch",
    "kiểm tra công tác",
    "xử phạt vi phạm hành chính về",
    "tổng kết",
    "đẩy mạnh",
    "tăng cường",
    "ban hành quy định về",
    "lấy ý kiến về",
    "trao quyết định về",
]
TOPICS = [
    "cải cách hành chính",
    "chuyển đổi số",
    "phòng chống dịch bệnh",
    "an toàn giao thông",
    "xây dựng nông thôn mới",
    "giải ngân vốn đầu tư công",
    "bảo vệ môi trường",
    "phòng, chống tham nhũng",
    "an sinh xã hội",
    "tài chính công",
    "quy hoạch đô thị",
    "đại đoàn kết toàn dân tộc",
    "phòng chống thiên tai",
    "thu ngân sách",
]
SENTENCES = [
    "Sáng ngày {d}/{m}, {agency} đã {action} {topic} tại {place}.",
    "Tham dự có đồng chí {name}, Phó Chủ tịch {agency}, cùng đại diện các sở, ban, ngành.",
    "Theo báo cáo, trong năm qua toàn {place} đã thực hiện {n} nhiệm vụ trọng tâm về {topic}.",
    "Đoàn kiểm tra đã phát hiện {n} trường hợp vi phạm và xử phạt tổng số tiền {money} triệu đồng.",
    "Phát biểu chỉ đạo, đồng chí {name} đề nghị các địa phương tiếp tục đẩy mạnh {topic}.",
    "Kết quả giải ngân vốn đầu tư công đạt {pct}% kế hoạch, cao hơn cùng kỳ năm trước.",
    "Dịp này, {agency} đã trao tặng {n} suất quà cho các hộ gia đình chính sách, hộ nghèo tại {place}.",
    "Hội nghị cũng thống nhất các giải pháp trọng tâm trong thời gian tới nhằm nâng cao hiệu quả {topic}.",
    "Người dân có thể tra cứu thông tin và nộp hồ sơ trực tuyến trên Cổng dịch vụ công của tỉnh.",
    "Tài xế điều khiển phương tiện vi phạm nồng độ cồn đã bị lập biên bản và tạm giữ phương tiện.",
    "Tại buổi làm việc, lãnh đạo {agency} đã giải đáp các kiến nghị của cử tri {place}.",
    "Được biết, đây là hoạt động thường niên nhằm đánh giá kết quả thực hiện {topic} trên địa bàn.",
]
NAMES = [
    "Nguyễn Văn Đức",
    "Trần Thị Hương",
    "Lê Minh Tuấn",
    "Phạm Quốc Đạt",
    "Võ Thị Thanh",
    "Đặng Hữu Phước",
    "Huỳnh Ngọc Điệp",
    "Bùi Văn Đông",
    "Hoàng Thị Lan",
    "Đỗ Trọng Nghĩa",
]
CATEGORIES = ["Tin tức - Sự kiện", "Kinh tế", "Văn hóa - Xã hội", "Chỉ đạo điều hành", "Thông báo", "Mặt trận", None]
COMMAND_TARGET = 0.3  # seconds for a search as a user runs it, start-up included
QUERY_TARGET = 0.05  # seconds for the query alone
EXPORT_TARGET = 30_000  # rows a second, every format, as a user runs it
QUERIES = [
    ("folded", "xu phat vi pham"),
    ("folded", "da nang chuyen doi so"),
    ("folded", "giai ngan von dau tu"),
    ("exact", "tài chính công"),
    ("exact", "Đà Nẵng"),
    ("phrase", '"cai cach hanh chinh"'),
]


def synthetic_article(rng: random.Random, number: int, start: datetime) -> tuple[str, Extraction]:
    site = rng.choice(list(SITES))
    published = start + timedelta(minutes=rng.randrange(7 * 365 * 24 * 60))
    fill = lambda template: template.format(  # noqa: E731
        d=published.day,
        m=published.month,
        agency=rng.choice(AGENCIES),
        action=rng.choice(ACTIONS),
        topic=rng.choice(TOPICS),
        place=rng.choice(PLACES),
        name=rng.choice(NAMES),
        n=rng.randrange(2, 400),
        money=rng.randrange(5, 900),
        pct=rng.randrange(30, 99),
    )
    paragraphs = [
        " ".join(fill(rng.choice(SENTENCES)) for _ in range(rng.randrange(2, 5))) for _ in range(rng.randrange(4, 9))
    ]
    url = f"{SITES[site]}/tin-tuc/-/bai-viet/{number}"
    title = f"{rng.choice(AGENCIES)} {rng.choice(ACTIONS)} {rng.choice(TOPICS)} tại {rng.choice(PLACES)}"
    has_views = rng.random() < 0.8
    return site, Extraction(
        url=url,
        canonical_url=url,
        title=title[0].upper() + title[1:],
        lead=fill(SENTENCES[0]),
        body="\n\n".join(paragraphs),
        published_at=published.isoformat(timespec="seconds") if rng.random() < 0.97 else None,
        author=rng.choice(NAMES) if rng.random() < 0.7 else None,
        category=rng.choice(CATEGORIES),
        views=int(rng.lognormvariate(5, 1.3)) if has_views else None,
        language="vi",
        provenance={"title": "profile:h1"},
        is_article=True,
    )


def build(db: Path, count: int, seed: int = 7) -> float:
    rng = random.Random(seed)
    vn = timezone(timedelta(hours=7))
    start = datetime(2019, 1, 1, tzinfo=vn)
    began = time.perf_counter()
    with Archive(db, batch_size=5000) as archive:
        crawls = [archive.begin_crawl(sorted(SITES), {"delay": 1.0}) for _ in range(3)]
        for number in range(count):
            site, ex = synthetic_article(rng, number, start)
            fetched = (start + timedelta(days=2500 + number % 30)).isoformat(timespec="seconds")
            page = f"<html><head><title>{ex.title}</title></head><body><h1>{ex.title}</h1>{ex.body}</body></html>"
            capture_id = archive.add_capture(
                Capture(url=ex.url, fetched_at=fetched, status=200, body=page.encode(), kind="article", site=site),
                crawls[number % 3],
            )
            archive.save_article(ex, capture_id=capture_id, site=site, fetched_at=fetched)
        for crawl in crawls:
            timeouts, missing = rng.randrange(0, 40), rng.randrange(0, 15)
            archive.finish_crawl(
                crawl,
                "finished",
                {
                    "pages": count // 3 + 500,
                    "articles/new": count // 3,
                    "errors": timeouts + missing,
                    "fetch/timeout": timeouts,
                    "fetch/http_404": missing,
                },
            )
    return time.perf_counter() - began


def run_command(*args) -> tuple[float, float]:
    """Seconds of one `archiver ...` run in a fresh interpreter, start-up included, as a user runs it, and
    the CPU seconds (user and system) it used."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    cpu_before = children_cpu()
    began = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "archiver", *map(str, args)], env=env, capture_output=True, text=True
    )
    elapsed = time.perf_counter() - began
    if result.returncode != 0:
        raise SystemExit(f"archiver {' '.join(map(str, args))} failed: {result.stderr}")
    return elapsed, children_cpu() - cpu_before


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def median_of(runs: int, measure) -> tuple:
    """The median of `runs` measurements (seconds, value), each figure on its own: the machine is shared."""
    results = [measure() for _ in range(runs)]
    return tuple(statistics.median(figures) for figures in zip(*results, strict=True))


def interpreter_start() -> float:
    """The baseline of this run: a bare `python -c pass`, what no command can go below."""
    return median_of(5, lambda: (timed_process([sys.executable, "-c", "pass"]),))[0]


def timed_process(command: list[str]) -> float:
    began = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    return time.perf_counter() - began


def query_alone(db: Path, text: str, **filters) -> tuple[float, float, int]:
    """Seconds of the search itself in an open archive (warm, opened as `archiver search` opens it), the CPU
    seconds it took, and the hits it gave."""
    from archiver.search import search

    with Archive(db, readonly=True) as archive:
        search(archive, text, limit=20, **filters)  # warm the page cache and the statement cache
        return median_of(5, lambda: timed_call(lambda: len(search(archive, text, limit=20, **filters))))


def timed_call(call) -> tuple[float, float, object]:
    began, cpu_before = time.perf_counter(), time.process_time()
    value = call()
    return time.perf_counter() - began, time.process_time() - cpu_before, value


def verdict(ok: bool) -> str:
    return "ok" if ok else "OVER"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--db", type=Path, help="Reuse or create this archive (default: a temporary one).")
    parser.add_argument("--keep", action="store_true", help="Keep the temporary folder.")
    parser.add_argument("--runs", type=int, default=3, help="Runs of each command; the median is shown.")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-analysts-"))
    db = args.db or folder / "archive.db"
    if not db.exists():
        seconds = build(db, args.articles)
        print(
            f"build: {args.articles:,} articles through the store API in {seconds:.1f} s "
            f"({args.articles / seconds:,.0f}/s), {db.stat().st_size / 2**20:,.0f} MiB"
        )
    with Archive(db, create=False) as archive:
        articles = archive.article_count()
    print(f"archive: {articles:,} articles, {db.stat().st_size / 2**20:,.0f} MiB; median of {args.runs} runs each")
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores when the timings began")
    base = interpreter_start()
    print(f"baseline: python -c pass {base * 1000:.0f} ms (start-up no command can go below, this run)")
    help_time, help_cpu = median_of(args.runs, lambda: run_command("--help"))
    print(
        f"archiver --help            {help_time * 1000:6.0f} ms  ({help_time / base:.1f}x baseline; CPU {help_cpu * 1000:.0f} ms)"
    )
    run_command("search", "--db", db, "warm up the page cache")
    searches = [*QUERIES, ("folded", "da nang", {"site": "danang", "since": "2024-01-01"})]
    print(f"{'search':36} {'command':>9} {'(CPU)':>8} {'query':>8} {'(CPU)':>8}   targets: command < {COMMAND_TARGET * 1000:.0f} ms, "
          f"query < {QUERY_TARGET * 1000:.0f} ms")  # fmt: skip
    for kind, query, *rest in searches:
        filters = rest[0] if rest else {}
        options = [x for name, value in filters.items() for x in (f"--{name}", value)]
        elapsed, cpu = median_of(args.runs, lambda q=query, o=options: run_command("search", "--db", db, q, *o))
        alone, alone_cpu, hits = query_alone(db, query, **filters)
        label = f"{kind} {query!r}" + (" " + " ".join(options) if options else "")
        print(
            f"{label:36} {elapsed * 1000:6.0f} ms {cpu * 1000:5.0f} ms {alone * 1000:5.1f} ms {alone_cpu * 1000:5.1f} ms"
            f"   {hits} hits; "
            f"command {verdict(elapsed < COMMAND_TARGET)} ({elapsed / base:.1f}x baseline), "
            f"query {verdict(alone < QUERY_TARGET)}"
        )
    formats = ("jsonl", "csv", "parquet") if importlib.util.find_spec("pyarrow") else ("jsonl", "csv")
    for fmt in formats:
        out = folder / f"articles.{fmt}"
        elapsed, cpu = median_of(
            args.runs, lambda f=fmt, o=out: run_command("export", "--db", db, "--format", f, "-o", o)
        )
        rate = articles / elapsed
        print(
            f"export {fmt:7} {elapsed:6.2f} s  {rate:9,.0f} rows/s ({out.stat().st_size / 2**20:,.0f} MiB; CPU {cpu:.2f} s, "
            f"{articles / cpu:,.0f} rows per CPU second)  "
            f"target >= {EXPORT_TARGET:,} rows/s: {verdict(rate >= EXPORT_TARGET)}"
        )
    for by in ("year", "month"):
        elapsed, _ = median_of(args.runs, lambda b=by: run_command("stats", "--db", db, "--by", b))
        print(f"stats --by {by:6}  {elapsed * 1000:6.0f} ms")
    out = folder / "report.html"
    elapsed, _ = median_of(1, lambda: run_command("report", "--db", db, "-o", out))
    print(f"report       {elapsed:6.2f} s  ({out.stat().st_size / 1024:,.0f} KiB)")
    if args.keep:
        print(f"files in {folder}")
    else:
        shutil.rmtree(folder)


if __name__ == "__main__":
    main()
