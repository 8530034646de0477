"""Text-dump benchmark: clean_text_dump on the comments pages rendered to text, per half, with CPU time.

Only the dumps part of benchmarks/extraction.py (same loading, rendering and scoring functions), so it
runs in seconds. The 112 pages are split in sorted order: even positions are the tuning half (read its
errors), odd positions the held-out half (look at it only in aggregate), so overfitting shows.

    python benchmarks/textdump.py [--comments DIR] [--against OLD_TEXTDUMP.py] [--rounds N]

With --against, another version of extractors/textdump.py is scored and timed in the same process,
alternating with the current one round by round, so machine load affects both alike.
Idempotence: each cleaned doc is saved as a user would (title, blank line, body; the body alone when no
title was found) and cleaned again; pages whose title or body then change are listed.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.extraction import load_comments, score_comments  # noqa: E402
from extractors import textdump  # noqa: E402


def load_module(path: Path) -> ModuleType:
    """Import a textdump.py version from a file path under a private name."""
    spec = importlib.util.spec_from_file_location(f"textdump_{abs(hash(str(path)))}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def cpu_seconds(module: ModuleType, dumps: list[str]) -> float:
    """CPU time of cleaning every dump once."""
    start = time.process_time()
    for dump in dumps:
        module.clean_text_dump(dump)
    return time.process_time() - start


def score_halves(module: ModuleType, pages: list, dumps: list[str]) -> dict[str, dict[str, float]]:
    """with / without / leak on the tuning half, the held-out half and all pages."""
    bodies = [module.clean_text_dump(dump).body for dump in dumps]
    halves = {"tune": slice(0, None, 2), "held": slice(1, None, 2), "all": slice(None)}
    return {name: score_comments(pages[part], bodies[part]) for name, part in halves.items()}


def saved_text(doc) -> str:
    """What a user saves from a cleaned doc: title, blank line, body; the body alone when no title was found."""
    return f"{doc.title}\n\n{doc.body}" if doc.title else doc.body


def unstable_pages(module: ModuleType, dumps: list[str]) -> list[int]:
    """Positions of the dumps whose cleaned text, cleaned again, gets another title or body."""
    unstable = []
    for n, dump in enumerate(dumps):
        once = module.clean_text_dump(dump)
        twice = module.clean_text_dump(saved_text(once))
        if (twice.title, twice.body) != (once.title, once.body):
            unstable.append(n)
    return unstable


def process_args(argv: list[str] | None = None) -> argparse.Namespace:
    """Command-line options."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--comments", type=Path, default=ROOT.parent / "shared" / "data" / "comments")
    parser.add_argument("--against", type=Path, default=None, help="another textdump.py to compare with")
    parser.add_argument("--rounds", type=int, default=3, help="timing rounds per version")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Score and time the current cleaner (and optionally another version) on the rendered dumps."""
    args = process_args(argv)
    pages = load_comments(args.comments, None)
    dumps = [textdump.render_page_text(html) for _, html, _ in pages]
    versions = {"current": textdump}
    if args.against:
        versions["against"] = load_module(args.against)
    seconds = dict.fromkeys(versions, 0.0)
    for round_ in range(args.rounds):
        order = list(versions) if round_ % 2 == 0 else list(reversed(versions))
        for name in order:
            seconds[name] += cpu_seconds(versions[name], dumps)
    print(f"pages: {len(pages)} (tune = even positions, held = odd positions)")
    for name, module in versions.items():
        for half, figures in score_halves(module, pages, dumps).items():
            print(f"{name:<8} {half:<5} with {figures['with_kept']:.3f}  without {figures['without_absent']:.3f}"
                  f"  leak {figures['comment_leak']:.3f}  ({figures['comment_snippets']} comment snippets)")
        unstable = unstable_pages(module, dumps)
        print(f"{name:<8} idempotence: {len(dumps) - len(unstable)} of {len(dumps)} pages unchanged by a re-clean"
              f" (changed: {unstable})")
        print(f"{name:<8} cpu   {seconds[name] / args.rounds:.3f} s per pass over {len(dumps)} dumps")
    if args.against:
        print(f"cpu ratio current/against: {seconds['current'] / seconds['against']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
