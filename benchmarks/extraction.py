"""Extraction benchmark: newsflow's clean_html against plain trafilatura, same run, same inputs.

Both extractors run page by page in alternation, so machine load affects both timings alike.

AEB (article-extraction-benchmark): shingle precision/recall/F1 and pages/second.
Comments (trafilatura eval pages): "with" kept, "without" absent, comment leak rate.

With --dumps, also renders each comments page to plain text (extractors.textdump.render_page_text,
a browser-like "save as text") and scores clean_text_dump on those dumps with the same metric.

    python benchmarks/extraction.py [--aeb DIR] [--comments DIR] [--limit N] [--dumps]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import trafilatura  # noqa: E402
from lxml import html as lxml_html  # noqa: E402

from extractors.decode import decode_bytes  # noqa: E402
from extractors.html import clean_html  # noqa: E402
from extractors.textdump import clean_text_dump, render_page_text  # noqa: E402

Extractor = Callable[[str], str]
_TOKEN_RE = re.compile(r"\w+", re.UNICODE)
_SPACE_RE = re.compile(r"\s+")


def shingles(text: str, n: int = 4) -> Counter:
    """Multiset of word n-gram shingles over `\\w+` tokens (no lowercasing); short texts give one shingle."""
    tokens = _TOKEN_RE.findall(text or "")
    grams = (" ".join(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)))
    return Counter(gram for gram in grams if gram)


def shingle_match(true: str, pred: str) -> tuple[float, float, float]:
    """Per-page tp, fp, fn on shingle multisets, scaled to sum to 1."""
    gold, got = shingles(true), shingles(pred)
    tp = sum((gold & got).values())
    fp = sum((got - gold).values())
    fn = sum((gold - got).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def prf(matches: Iterable[tuple[float, float, float]]) -> tuple[float, float, float]:
    """Average precision (pages with a prediction) and recall (pages with gold), F1 of the averages."""
    rows = list(matches)
    precision = statistics.mean([tp / (tp + fp) for tp, fp, _ in rows if tp + fp > 0] or [0.0])
    recall = statistics.mean([tp / (tp + fn) for tp, _, fn in rows if tp + fn > 0] or [0.0])
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def normalize_space(text: str) -> str:
    """Collapse all whitespace runs to one space."""
    return _SPACE_RE.sub(" ", text).strip()


def page_text(html: str) -> str:
    """Whitespace-normalised visible text of a whole page (scripts and styles dropped)."""
    try:
        tree = lxml_html.document_fromstring(html)
    except Exception:
        return ""
    for node in tree.xpath("//script|//style|//noscript"):
        node.drop_tree()
    return normalize_space(tree.text_content())


def load_aeb(folder: Path, limit: int | None) -> list[tuple[str, str, str]]:
    """(id, html, gold body) for each AEB page."""
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for page_id in sorted(truth)[:limit]:
        raw = gzip.decompress((folder / "html" / f"{page_id}.html.gz").read_bytes())
        pages.append((page_id, decode_bytes(raw), truth[page_id]["articleBody"]))
    return pages


def load_comments(folder: Path, limit: int | None) -> list[tuple[str, str, dict]]:
    """(url, html, annotation) for each annotated comments page."""
    notes = json.loads((folder / "annotations.json").read_text(encoding="utf-8"))
    pages = []
    for url in sorted(notes)[:limit]:
        raw = gzip.decompress((folder / "html" / f"{notes[url]['file']}.gz").read_bytes())
        pages.append((url, decode_bytes(raw), notes[url]))
    return pages


def run_interleaved(htmls: list[str]) -> dict[str, tuple[list[str], float]]:
    """Outputs and total seconds per extractor, alternating extractors page by page so load spikes hit both."""
    results: dict[str, tuple[list[str], float]] = {name: ([], 0.0) for name in EXTRACTORS}
    for html in htmls:
        for name, extract in EXTRACTORS.items():
            start = time.perf_counter()
            output = extract(html) or ""
            outputs, seconds = results[name]
            outputs.append(output)
            results[name] = (outputs, seconds + time.perf_counter() - start)
    return results


def score_comments(pages: list[tuple[str, str, dict]], outputs: list[str]) -> dict[str, float]:
    """Share of "with" kept, share of "without" absent, comment leak rate."""
    kept = with_total = absent = without_total = leaked = leak_total = 0
    for (_, html, note), output in zip(pages, outputs):
        got, full = normalize_space(output), page_text(html)
        for snippet in map(normalize_space, note["with"]):
            with_total += 1
            kept += snippet in got
        for snippet in map(normalize_space, note["without"]):
            without_total += 1
            absent += snippet not in got
        for snippet in map(normalize_space, note["comments"]):
            if snippet and snippet in full:
                leak_total += 1
                leaked += snippet in got
    return {
        "with_kept": kept / max(with_total, 1),
        "without_absent": absent / max(without_total, 1),
        "comment_leak": leaked / max(leak_total, 1),
        "comment_snippets": leak_total,
    }


def score_dumps(pages: list[tuple[str, str, dict]]) -> dict[str, float]:
    """The comments metric for clean_text_dump on text dumps rendered from the pages (raw dump as a reference)."""
    dumps = [render_page_text(html) for _, html, _ in pages]
    cleaned = score_comments(pages, [clean_text_dump(d).body for d in dumps])
    raw = score_comments(pages, dumps)
    return {**cleaned, "raw_dump_with_kept": raw["with_kept"], "raw_dump_comment_leak": raw["comment_leak"]}


def newsflow_extract(html: str) -> str:
    """The pipeline's cleaner."""
    return clean_html(html).body


def trafilatura_extract(html: str) -> str:
    """The baseline: plain trafilatura, comments excluded."""
    return trafilatura.extract(html, include_comments=False) or ""


EXTRACTORS: dict[str, Extractor] = {"newsflow": newsflow_extract, "trafilatura": trafilatura_extract}


def process_args(argv: list[str] | None = None) -> argparse.Namespace:
    """Command-line options."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--aeb", type=Path, default=Path("../shared/data/aeb"), help="AEB folder")
    parser.add_argument("--comments", type=Path, default=Path("../shared/data/comments"), help="comments folder")
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages of each set")
    parser.add_argument("--dumps", action="store_true", help="also score clean_text_dump on rendered comments pages")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures to this file")
    args = parser.parse_args(argv)
    args.aeb = args.aeb if args.aeb.is_absolute() else ROOT / args.aeb
    args.comments = args.comments if args.comments.is_absolute() else ROOT / args.comments
    return args


def main(argv: list[str] | None = None) -> int:
    """Run both extractors on both sets and print the figures with ratios."""
    args = process_args(argv)
    aeb = load_aeb(args.aeb, args.limit)
    comments = load_comments(args.comments, args.limit)
    aeb_runs = run_interleaved([html for _, html, _ in aeb])
    comment_runs = run_interleaved([html for _, html, _ in comments])
    results: dict[str, dict[str, float]] = {}
    for name in EXTRACTORS:
        outputs, seconds = aeb_runs[name]
        precision, recall, f1 = prf(shingle_match(gold, out) for (_, _, gold), out in zip(aeb, outputs))
        c_outputs, c_seconds = comment_runs[name]
        results[name] = {
            "aeb_precision": precision,
            "aeb_recall": recall,
            "aeb_f1": f1,
            "aeb_pages_per_s": len(aeb) / seconds,
            **score_comments(comments, c_outputs),
            "comments_pages_per_s": len(comments) / c_seconds,
        }
    ours, base = results["newsflow"], results["trafilatura"]
    print(f"AEB pages: {len(aeb)}  comments pages: {len(comments)}")
    print(f"{'metric':<22}{'newsflow':>10}{'trafilatura':>13}{'ratio':>8}")
    for key in ours:
        ratio = ours[key] / base[key] if base[key] else float("nan")
        print(f"{key:<22}{ours[key]:>10.4f}{base[key]:>13.4f}{ratio:>8.2f}")
    print(f"throughput ratio (AEB): {ours['aeb_pages_per_s'] / base['aeb_pages_per_s']:.2f}x")
    print(f"throughput ratio (comments): {ours['comments_pages_per_s'] / base['comments_pages_per_s']:.2f}x")
    for label, key in (("AEB", "aeb_pages_per_s"), ("comments", "comments_pages_per_s")):
        print(f"ms/page ({label}): newsflow {1000 / ours[key]:.1f}, trafilatura {1000 / base[key]:.1f}")
    if args.dumps:
        results["textdump"] = score_dumps(comments)
        print("text dumps of the comments pages, clean_text_dump:", {k: round(v, 4) for k, v in results["textdump"].items()})
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
