"""Speed of extract() on the real pages, against a bare lxml parse and trafilatura, in one run.

    python bench/extract.py [--seconds N]

For every page of ../shared/realpages/pages, rounds are repeated until N seconds have
passed; in each round every method runs on every page (the fast ones several times
in a row, trafilatura once). A method's figure is the median over pages of its
per-call time (each page's own median over rounds). Targets: extract() <= 3x a bare
`lxml.html.document_fromstring(bytes)`, and >= 6x faster than
`trafilatura.bare_extraction(with_metadata=True)`. Where the compiled text walk is built
(setup.py), the generic path is also timed with the pure-Python walk and renderer an install
without a C compiler runs. `extract (generic)` reads with no family (families=False); `extract (liferay recognised)`
reads these Liferay pages with no profile named, as a crawl of an unprofiled portal does; `family
recognition (every marker)` is what a page of no known family pays on top of the generic path.
"""

import argparse
import logging
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).parent))

import lxml.html  # noqa: E402

from archiver import _textwalk_py, families, htmltree, layout, metadata, pagetext, profiles  # noqa: E402
from archiver.extract import extract  # noqa: E402

REALPAGES = ROOT.parent / "shared" / "realpages" / "pages"
FAST_INNER = 10  # calls in a row per page per round for the fast methods
MIN_ROUNDS = 3
TARGET_VS_BARE = 3.0
TARGET_VS_TRAFILATURA = 6.0


def _time(fn, body: bytes, inner: int) -> float:
    start = time.perf_counter()
    for _ in range(inner):
        fn(body)
    return (time.perf_counter() - start) / inner


PYTHON_WALK = "extract (generic, pure Python)"
RECOGNITION = "family recognition (every marker)"


def _with_python_walk(fn):
    """fn with the pure-Python twins in place of the compiled walk and renderer chosen at import."""

    def run(body: bytes):
        compiled = pagetext.body_texts, pagetext.paragraphs, pagetext.container_scores, layout._Renderer
        pagetext.body_texts, pagetext.paragraphs = _textwalk_py.body_texts, _textwalk_py.paragraphs
        pagetext.container_scores, layout._Renderer = _textwalk_py.container_scores, layout._PythonRenderer
        try:
            return fn(body)
        finally:
            pagetext.body_texts, pagetext.paragraphs, pagetext.container_scores, layout._Renderer = compiled

    return run


def _every_marker(body: bytes) -> list[bool]:
    """What recognising costs a page of no known family: every family's markers tried on the parsed page
    (the parse and metadata.read's pass over <head> are extraction's, timed in the other columns)."""
    parsed = _PARSED.get(body)
    if parsed is None:
        root = htmltree.parse_utf8(body)
        parsed = _PARSED[body] = (root, metadata.read(root, ""))
    signs = families.Signs(*parsed, None)
    return [family.shown_by(signs) for family in families.known()]


_PARSED: dict[bytes, tuple] = {}


def _methods():
    sotttt = profiles.load("sotttt")
    methods = {
        "bare lxml parse": (lambda b: lxml.html.document_fromstring(b), FAST_INNER),
        "extract (sotttt profile)": (lambda b: extract(b, profile=sotttt), FAST_INNER),
        "extract (liferay recognised)": (lambda b: extract(b), FAST_INNER),
        "extract (generic)": (lambda b: extract(b, families=False), FAST_INNER),
        RECOGNITION: (_every_marker, FAST_INNER),
    }
    if pagetext.COMPILED_WALK:
        methods[PYTHON_WALK] = (_with_python_walk(lambda b: extract(b, families=False)), FAST_INNER)
    try:
        import trafilatura

        logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
        methods["trafilatura bare_extraction"] = (
            lambda b: trafilatura.bare_extraction(b, with_metadata=True),
            1,
        )
    except ImportError:
        print("trafilatura not installed: its column is skipped (pip install trafilatura)")
    return methods


def run(seconds: float) -> dict[str, float]:
    pages = [p.read_bytes() for p in sorted(REALPAGES.glob("*.html"))]
    methods = _methods()
    per_page: dict[str, list[list[float]]] = {name: [[] for _ in pages] for name in methods}
    for fn, _ in methods.values():  # warm-up: imports, caches, dateparser never needed
        fn(pages[0])
    start, rounds = time.perf_counter(), 0
    while rounds < MIN_ROUNDS or time.perf_counter() - start < seconds:
        for i, body in enumerate(pages):
            for name, (fn, inner) in methods.items():
                per_page[name][i].append(_time(fn, body, inner))
        rounds += 1
    walk = "compiled (archiver/_textwalk)" if pagetext.COMPILED_WALK else "pure Python (the compiled one is not built)"
    renderer = "compiled (archiver/_render)" if layout.COMPILED_RENDERER else "pure Python"
    print(
        f"{len(pages)} real pages, {rounds} rounds, {time.perf_counter() - start:.1f} s; text walk: {walk}; "
        f"renderer: {renderer}"
    )
    return {name: statistics.median(statistics.median(t) for t in times) * 1000 for name, times in per_page.items()}


def report(ms: dict[str, float]) -> None:
    bare = ms["bare lxml parse"]
    for name, value in ms.items():
        print(f"  {name:<30} {value:8.3f} ms/page  ({value / bare:5.2f}x bare parse)")
    traf = ms.get("trafilatura bare_extraction")
    for name in ("extract (sotttt profile)", "extract (liferay recognised)", "extract (generic)", PYTHON_WALK):
        if name not in ms:
            continue
        ours = ms[name]
        ok_bare = ours / bare <= TARGET_VS_BARE
        line = (
            f"{name}: {ours / bare:.2f}x bare parse (target <= {TARGET_VS_BARE:g}x: {'met' if ok_bare else 'NOT met'})"
        )
        if traf:
            ok_traf = traf / ours >= TARGET_VS_TRAFILATURA
            line += (
                f"; trafilatura / ours = {traf / ours:.1f}x (target >= {TARGET_VS_TRAFILATURA:g}x: "
                f"{'met' if ok_traf else 'NOT met'})"
            )
        print(line)
    generic, recognition = ms["extract (generic)"], ms[RECOGNITION]
    print(
        f"a page of no known family: generic {generic / bare:.2f}x + recognition {recognition / bare:.3f}x "
        f"= {(generic + recognition) / bare:.2f}x a bare parse"
    )
    if PYTHON_WALK in ms:
        compiled, python = ms["extract (generic)"], ms[PYTHON_WALK]
        print(
            f"walk and renderer on the generic path: compiled {compiled / bare:.2f}x, pure Python {python / bare:.2f}x "
            f"a bare parse (compiled, they save {1 - compiled / python:.0%} of a generic extraction)"
        )


def dates_report() -> None:
    try:
        import dates as dates_bench  # bench/dates.py, by the dates author
    except ImportError:
        return
    r = dates_bench.run()
    print(
        f"dates fast path: {r['fast_us_per_string']} us/string vs dateparser {r['dateparser_us_per_string']} "
        f"us/string: {r['ratio']:.0f}x; fast path handled {r['fast_path_handled']}/{r['strings']}"
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=10.0, help="minimum run time (default 10)")
    args = ap.parse_args()
    if not REALPAGES.is_dir():
        print(f"real pages not found at {REALPAGES}: nothing to measure", file=sys.stderr)
        return 2
    report(run(args.seconds))
    dates_report()
    return 0


if __name__ == "__main__":
    sys.exit(main())
