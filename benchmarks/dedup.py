"""Benchmark duplicates and stories: BBC near-duplicate pairs, ECB+ story B-cubed, stream scaling.

Usage: python benchmarks/dedup.py [--data DIR] [--sizes 1000,10000,50000] [--orders 5] [--extra-seeds 101-115] [--out FILE]

Figures are printed as ratios against baselines measured in the same run (the content_hash-only
pass; the 1k stream), so they compare across machines.
"""

from __future__ import annotations

import argparse
import collections
import itertools
import json
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractors.dedup import (  # noqa: E402
    NearDuplicateIndex,
    content_hash,
    jaccard,
    minhash_signature,
    shingle_array,
)
from extractors.stories import StoryClusterer, StoryInput  # noqa: E402


def load_jsonl(path: Path) -> list[dict]:
    """Rows of a JSON-lines file."""
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def component_pairs(links: list[tuple[str, str]]) -> set[tuple[str, str]]:
    """All unordered pairs inside the connected components of the given links."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.get(x, x) != x:
            parent[x] = parent.get(parent[x], parent[x])
            x = parent[x]
        return x

    for a, b in links:
        parent.setdefault(a, a)
        parent.setdefault(b, b)
        parent[find(a)] = find(b)
    groups = collections.defaultdict(list)
    for x in list(parent):
        groups[find(x)].append(x)
    return {tuple(sorted(p)) for g in groups.values() for p in itertools.combinations(sorted(g), 2)}


def stream_dedup(docs: list[tuple[str, str]], use_text: bool = True, threshold: float = 0.8,
                 rows_per_band: int = 5) -> tuple[list[tuple[str, str]], float]:
    """Run articles through content_hash + NearDuplicateIndex; links (new, earlier) and CPU seconds."""
    index = NearDuplicateIndex(threshold=threshold, rows_per_band=rows_per_band)
    by_hash: dict[str, str] = {}
    texts: dict[str, str] = {}
    links: list[tuple[str, str]] = []
    t0 = time.process_time()  # CPU time: the machine is shared, wall time swings with other jobs
    for article_id, text in docs:
        h = content_hash(text)
        if h in by_hash:
            links.append((article_id, by_hash[h]))
            continue  # an exact copy is not indexed again: the lead keys articles on the hash
        by_hash[h] = article_id
        sig = minhash_signature(text)
        hit = index.find(sig, text, texts.get) if use_text else index.find(sig)
        if hit is not None:
            links.append((article_id, hit[0]))
        index.add(article_id, sig)
        texts[article_id] = text
    return links, time.process_time() - t0


def bench_bbc(data: Path) -> dict:
    """Pair precision/recall on the BBC near-duplicate labels."""
    rows = load_jsonl(data / "bbc_fulltext.jsonl")
    groups = collections.defaultdict(list)
    for r in rows:
        if r["near_dup_group"] is not None:
            groups[r["near_dup_group"]].append(r["id"])
    gold = {tuple(sorted(p)) for g in groups.values() for p in itertools.combinations(sorted(g), 2)}
    text = {r["id"]: r["text"] for r in rows}
    jac = {p: jaccard(shingle_array(text[p[0]]), shingle_array(text[p[1]])) for p in gold}
    band = {p for p, j in jac.items() if 0.80 <= j < 0.85}
    docs = [(r["id"], r["text"]) for r in rows]
    out = {"gold_pairs": len(gold), "gold_080_085": len(band)}
    for name, kw in (("exact check", {}), ("signature only", {"use_text": False}),
                     ("bands for 0.8, signature only", {"use_text": False, "rows_per_band": 8})):
        pred = component_pairs(stream_dedup(docs, **kw)[0])
        tp = len(pred & gold)
        out[name] = {
            "precision": tp / len(pred) if pred else 1.0,
            "recall": tp / len(gold),
            "recall_080_085": len(pred & band) / len(band) if band else 1.0,
            "pred_pairs": len(pred),
        }
    return out


def bcubed(pred: list[str], gold: list[str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 (README definition)."""
    pc, gc = collections.defaultdict(set), collections.defaultdict(set)
    for i, (p, g) in enumerate(zip(pred, gold)):
        pc[p].add(i)
        gc[g].add(i)
    prec = rec = 0.0
    for i, (p, g) in enumerate(zip(pred, gold)):
        inter = len(pc[p] & gc[g])
        prec += inter / len(pc[p])
        rec += inter / len(gc[g])
    prec, rec = prec / len(pred), rec / len(pred)
    return prec, rec, 2 * prec * rec / (prec + rec)


def cluster_stories(rows: list[dict], order: list[int], **params) -> list[str]:
    """Final story of every row after streaming them in ``order``.

    Revisions are applied the way the warehouse applies them: each assignment's ``merged`` ids map to its
    story, each ``moved`` article is re-homed to its new story, and stories are followed through merges
    at the end.
    """
    clusterer = StoryClusterer(**params)
    absorbed: dict[str, str] = {}
    story_of: dict[str, str] = {}
    for i in order:
        r = rows[i]
        a = clusterer.assign(StoryInput(r["id"], r.get("title") or "", r["text"], None))
        for m in a.merged:
            absorbed[m] = a.story_id
        for article_id, new_story in a.moved:
            story_of[article_id] = new_story
        story_of[r["id"]] = a.story_id

    def final(s: str) -> str:
        seen = set()
        while s in absorbed and s not in seen:
            seen.add(s)
            s = absorbed[s]
        return s

    return [final(story_of[r["id"]]) for r in rows]


def bench_stories(data: Path, orders: int, extra_seeds: list[int] | None = None) -> dict:
    """B-cubed on ECB+ dev topics in file order and in shuffled orders (seeds 1..orders).

    ``extra_seeds`` are further shuffles reported apart: orders the defaults were never tuned on.
    Times are CPU time per article (the machine is shared), wall time alongside.
    """
    rows = load_jsonl(data / "ecbplus_dev.jsonl")
    gold = [r["event_id"] for r in rows]
    seeds = list(range(orders + 1)) + list(extra_seeds or [])
    results = []
    t0, c0 = time.perf_counter(), time.process_time()
    for seed in seeds:
        order = list(range(len(rows)))
        if seed:
            random.Random(seed).shuffle(order)
        pred = cluster_stories(rows, order)
        results.append((*bcubed(pred, gold), len(set(pred))))
    secs, cpu = time.perf_counter() - t0, time.process_time() - c0
    shuffled = results[1: orders + 1]
    extra = results[orders + 1:]
    return {
        "docs": len(rows),
        "gold_stories": len(set(gold)),
        "file_order": results[0],
        "shuffled": shuffled,
        "shuffled_f1_min": min(r[2] for r in shuffled) if shuffled else None,
        "shuffled_f1_mean": sum(r[2] for r in shuffled) / len(shuffled) if shuffled else None,
        "extra_seeds": list(extra_seeds or []),
        "extra_f1": [r[2] for r in extra],
        "extra_f1_min": min(r[2] for r in extra) if extra else None,
        "extra_f1_mean": sum(r[2] for r in extra) / len(extra) if extra else None,
        "ms_per_article": 1000 * cpu / (len(rows) * len(seeds)),
        "wall_ms_per_article": 1000 * secs / (len(rows) * len(seeds)),
    }


def make_stream(data: Path, n: int, seed: int = 7,
                copy_rate: float = 0.1) -> tuple[list[tuple[str, str]], dict[str, str]]:
    """Synthetic stream: articles mixed from shared paragraphs, plus lightly edited copies of earlier ones.

    An edited copy has a word swap and a word drop per ~200 words and, half the time, an appended
    short paragraph. Returns the stream and planted copy -> source.
    """
    rng = random.Random(seed)
    paras = []
    for name in ("bbc_fulltext.jsonl", "ecbplus_dev.jsonl"):
        for r in load_jsonl(data / name):
            paras.extend(p.split() for p in r["text"].split("\n") if len(p.split()) >= 15)
    stream: list[tuple[str, str]] = []
    planted: dict[str, str] = {}
    for i in range(n):
        if stream and rng.random() < copy_rate:
            src_id, src = stream[rng.randrange(len(stream))]
            words = src.split()
            for _ in range(max(1, len(words) // 200)):
                j = rng.randrange(len(words) - 1)
                words[j], words[j + 1] = words[j + 1], words[j]
                del words[rng.randrange(len(words))]
            text = " ".join(words)
            if rng.random() < 0.5:
                text += "\n\n" + " ".join(rng.choice(paras)[:20])
            planted[f"s{i}"] = src_id
        else:
            body = []
            for _ in range(rng.randint(3, 6)):
                words = [w for w in rng.choice(paras) if rng.random() > 0.08]
                body.append(" ".join(words))
            text = "\n\n".join(body)
        stream.append((f"s{i}", text))
    return stream, planted


def bench_stories_scale(data: Path, n: int, marks: tuple[int, ...] = (500, 1000, 2000, 4000, 8000, 16000)) -> dict:
    """Story clustering cost as the number of live stories grows: an undated synthetic stream (no copies,
    headline = first 60 characters, no entities), CPU ms per article in each chunk between marks, and the
    CPU ms of one ``state()`` call at each mark."""
    stream, _ = make_stream(data, n, copy_rate=0.0)
    clusterer = StoryClusterer()
    marks = tuple(m for m in marks if m < n) + (n,)
    chunks = []
    done, c0 = 0, time.process_time()
    for mark in marks:
        for aid, text in stream[done:mark]:
            clusterer.assign(StoryInput(aid, text[:60], text, None))
        cpu = time.process_time() - c0
        s0 = time.process_time()
        blob = clusterer.state()
        s1 = time.process_time()
        chunks.append({"upto": mark, "ms_per_article": 1000 * cpu / (mark - done), "stories": len(clusterer.stories),
                       "state_ms": 1000 * (s1 - s0), "state_kb": len(blob) / 1024})
        print(json.dumps(chunks[-1]), file=sys.stderr, flush=True)
        done, c0 = mark, time.process_time()
    return {"n": n, "chunks": chunks}


def _rss_mb() -> float:
    """Current resident set size in MB (Linux /proc; 0 elsewhere)."""
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[1]) * resource.getpagesize() / 2**20
    except OSError:
        return 0.0


def bench_scale_child(data: Path, n: int) -> dict:
    """One stream size, measured in its own process so peak RSS is per size."""
    stream, planted = make_stream(data, n)
    texts = dict(stream)
    true_copies = {a for a, b in planted.items()
                   if jaccard(shingle_array(texts[a]), shingle_array(texts[b])) >= 0.8}
    rss_before = _rss_mb()
    t0 = time.process_time()
    for _, text in stream:
        content_hash(text)
    hash_secs = time.process_time() - t0
    links, secs = stream_dedup(stream)
    rss_after = _rss_mb()
    found = {a for a, _ in links}
    return {
        "n": n,
        "planted_ge_080": len(true_copies),
        "found_of_planted": len(found & true_copies),
        "links": len(links),
        "hash_ms": 1000 * hash_secs / n,
        "ms": 1000 * secs / n,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "stage_rss_mb": rss_after - rss_before,
    }


def bench_index_growth(data: Path, n: int, n_small: int = 1000, rounds: int = 5) -> dict:
    """CPU cost of one ``find`` against an index of ``n_small`` vs ``n`` articles, same probes, interleaved.

    Both indexes are built in this process and queried in alternating rounds (best round kept), so
    load from other jobs on the machine hits both sides alike; the ratio isolates the index size.
    """
    stream, _ = make_stream(data, n)
    texts = dict(stream)
    small, big = NearDuplicateIndex(), NearDuplicateIndex()
    for i, (article_id, text) in enumerate(stream):
        sig = minhash_signature(text)
        big.add(article_id, sig)
        if i < n_small:
            small.add(article_id, sig)
    rng = random.Random(11)
    fresh = make_stream(data, 1000, seed=1011, copy_rate=0.0)[0]
    probes = []
    for j, (_, text) in enumerate(fresh):  # fresh articles, a tenth of them edited copies of the first n_small
        if j % 10 == 0:
            words = stream[rng.randrange(n_small)][1].split()
            del words[rng.randrange(len(words))]
            text = " ".join(words)
        probes.append((text, minhash_signature(text)))
    best = {"small": float("inf"), "big": float("inf")}
    for _ in range(rounds):
        for name, index in (("small", small), ("big", big)):
            t0 = time.process_time()
            for text, sig in probes:
                index.find(sig, text, texts.get)
            best[name] = min(best[name], time.process_time() - t0)
    return {"n_small": n_small, "n": n, "small_s": best["small"], "big_s": best["big"],
            "ratio": best["big"] / best["small"]}


def bench_scale(data: Path, sizes: list[int]) -> list[dict]:
    """Run every size in a fresh interpreter."""
    out = []
    for n in sizes:
        proc = subprocess.run([sys.executable, __file__, "--data", str(data), "--child", str(n)],
                              check=True, capture_output=True, text=True)
        out.append(json.loads(proc.stdout.strip().splitlines()[-1]))
        print(f"  scale {n}: {out[-1]}", file=sys.stderr)
    if len(sizes) > 1:
        proc = subprocess.run([sys.executable, __file__, "--data", str(data), "--growth", str(max(sizes))],
                              check=True, capture_output=True, text=True)
        out.append({"growth": json.loads(proc.stdout.strip().splitlines()[-1])})
        print(f"  growth: {out[-1]}", file=sys.stderr)
    return out


def render(bbc: dict, stories: dict, scale: list[dict]) -> str:
    """Markdown report."""
    lines = ["# Dedup and stories benchmark", "",
             "Generated by `python benchmarks/dedup.py --out benchmarks/RESULTS_dedup.md`. Times are CPU "
             "time (the machine is shared), read against the same-run baselines.", "",
             f"## Near-duplicate pairs, BBC ({bbc['gold_pairs']} gold pairs, "
             f"{bbc['gold_080_085']} at Jaccard 0.80-0.85)", "",
             "| variant | precision | recall | recall 0.80-0.85 | predicted pairs |", "|---|---|---|---|---|"]
    for name in ("exact check", "signature only", "bands for 0.8, signature only"):
        m = bbc[name]
        lines.append(f"| {name} | {m['precision']:.3f} | {m['recall']:.3f} | {m['recall_080_085']:.3f} "
                     f"| {m['pred_pairs']} |")
    fo = stories["file_order"]
    lines += ["", f"## Stories, ECB+ topics 1-35 ({stories['docs']} articles, {stories['gold_stories']} events)", "",
              "| order | B3 precision | B3 recall | B3 F1 | stories |", "|---|---|---|---|---|",
              f"| file | {fo[0]:.3f} | {fo[1]:.3f} | {fo[2]:.3f} | {fo[3]} |"]
    for i, r in enumerate(stories["shuffled"], 1):
        lines.append(f"| shuffle {i} | {r[0]:.3f} | {r[1]:.3f} | {r[2]:.3f} | {r[3]} |")
    lines += ["", f"Shuffled F1: min {stories['shuffled_f1_min']:.3f}, mean {stories['shuffled_f1_mean']:.3f}. "
              f"{stories['ms_per_article']:.2f} ms per article.", "",
              "## Near-duplicate stage on a synthetic stream", "",
              "| articles | CPU ms/article | vs 1st size | vs content_hash only "
              "| planted copies (J>=0.8) found | peak RSS MB |",
              "|---|---|---|---|---|---|"]
    growth = [s["growth"] for s in scale if "growth" in s]
    scale = [s for s in scale if "growth" not in s]
    base = scale[0]["ms"] if scale else 1.0
    for s in scale:
        lines.append(f"| {s['n']} | {s['ms']:.3f} | {s['ms'] / base:.2f}x | {s['ms'] / s['hash_ms']:.1f}x "
                     f"| {s['found_of_planted']}/{s['planted_ge_080']} (links {s['links']}) | {s['peak_rss_mb']:.0f} (+{s['stage_rss_mb']:.0f} in stage) |")
    for g in growth:
        lines += ["", f"Index size alone (same 1,000 probe articles, find() with exact check, best of 5 interleaved "
                  f"rounds): {g['small_s']:.3f} ms/probe against {g['n_small']:,} articles, "
                  f"{g['big_s']:.3f} ms/probe against {g['n']:,}: ratio {g['ratio']:.2f}x."]
    return "\n".join(lines) + "\n"


def process_args(argv: list[str] | None = None) -> argparse.Namespace:
    """Parse the command line."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "dedup")
    p.add_argument("--sizes", default="1000,10000,50000")
    p.add_argument("--orders", type=int, default=5, help="shuffled orders for the story benchmark")
    p.add_argument("--extra-seeds", default="", help="further shuffle seeds for the story benchmark, reported "
                   "apart (held-out orders), e.g. 101-112 or 7,9,11")
    p.add_argument("--skip", default="", help="comma list of parts to skip: bbc,stories,scale")
    p.add_argument("--out", type=Path, default=None, help="write the markdown report here")
    p.add_argument("--child", type=int, default=0, help=argparse.SUPPRESS)
    p.add_argument("--growth", type=int, default=0, help=argparse.SUPPRESS)
    p.add_argument("--stories-scale", type=int, default=0, metavar="N",
                   help="only measure story clustering CPU ms per article and per state() call over an "
                   "N-article undated synthetic stream")
    return p.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark parts and print (and optionally write) the report."""
    args = process_args(argv)
    if args.child:
        print(json.dumps(bench_scale_child(args.data, args.child)))
        return 0
    if args.growth:
        print(json.dumps(bench_index_growth(args.data, args.growth)))
        return 0
    if args.stories_scale:
        print(json.dumps(bench_stories_scale(args.data, args.stories_scale)))
        return 0
    skip = set(filter(None, args.skip.split(",")))
    bbc = bench_bbc(args.data) if "bbc" not in skip else None
    extra = []
    for part in filter(None, args.extra_seeds.split(",")):
        lo, _, hi = part.partition("-")
        extra += list(range(int(lo), int(hi) + 1)) if hi else [int(lo)]
    stories = bench_stories(args.data, args.orders, extra) if "stories" not in skip else None
    scale = bench_scale(args.data, [int(x) for x in args.sizes.split(",")]) if "scale" not in skip else []
    print(json.dumps({"bbc": bbc, "stories": stories, "scale": scale}, indent=1))
    if bbc and stories:
        report = render(bbc, stories, scale)
        print(report)
        if args.out:
            args.out.write_text(report, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
