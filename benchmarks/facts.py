"""Facts-stage benchmark: precision/recall against tests/gold/facts_gold.json (tune vs held-out) and words/second.

Run: ``python benchmarks/facts.py`` (add ``--write`` to refresh benchmarks/RESULTS_facts.md).
"""

from __future__ import annotations

import json
import re
import sys
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractors.facts import analyse, extract_facts  # noqa: E402
from extractors.facts.summit import detect_summit  # noqa: E402

GOLD = ROOT / "tests" / "gold" / "facts_gold.json"
FIELDS = ("organization", "city", "country", "start_date", "end_date")
HELDOUT = "heldout116"  # round 117's held-out split (adopted, scored figures only, misses unread); heldout5-115 and heldout117 are burned and count as tune (heldout119 is sealed and pending)


def load_gold() -> list[dict]:
    """Gold articles with their bodies attached: facts_gold.json plus any held-out file written apart from it
    (``tests/gold/heldout*_gold.json``, by an author who never saw the rules)."""
    articles = json.loads(GOLD.read_text("utf-8"))["articles"]
    for extra in sorted(GOLD.parent.glob("heldout*_gold.json")):
        articles += json.loads(extra.read_text("utf-8"))["articles"]
    for art in articles:
        art["body"] = (GOLD.parent / art["file"]).read_text("utf-8").strip()
        art["when"] = datetime.fromisoformat(art["published_at"]) if art["published_at"] else None
        for i, fact in enumerate(art["facts"]):  # a fact no other article reports may carry no slug (heldout80)
            if fact["same_as"] is None:
                fact["same_as"] = f"{art['id']}#{i}"
    return articles


def norm(text: str) -> str:
    """Quote text without edge punctuation or case."""
    return re.sub(r"\s+", " ", text).strip(" .,;:!?—-").lower()


class PR:
    """True-positive / predicted / gold counters."""

    def __init__(self) -> None:
        """Start at zero."""
        self.tp = self.pred = self.gold = 0

    def add(self, tp: int, pred: int, gold: int) -> None:
        """Accumulate one article."""
        self.tp, self.pred, self.gold = self.tp + tp, self.pred + pred, self.gold + gold

    def row(self) -> str:
        """'P=.. R=.. (tp/pred/gold)'."""
        p = self.tp / self.pred if self.pred else 1.0
        r = self.tp / self.gold if self.gold else 1.0
        return f"P={p:.3f} R={r:.3f} ({self.tp}/{self.pred}/{self.gold})"


def _match_facts(pred, gold, body, group) -> tuple[int, int, int, list]:
    """Greedy one-to-one match: kind allowed and evidence sentence contains a gold snippet."""
    want = [g for g in gold if ("reaction" in g["kind"]) == (group == "reaction")]
    have = [f for f in pred if (f.kind == "reaction") == (group == "reaction")]
    fits = [[i for i, f in enumerate(have) if f.kind in g["kind"]
             and any(e in body[f.char_start:f.char_end] for e in g["evidence"])] for g in want]
    owner: dict[int, int] = {}

    def augment(gi: int, seen: set) -> bool:
        """Kuhn's augmenting path: maximum one-to-one matching."""
        for fi in fits[gi]:
            if fi not in seen:
                seen.add(fi)
                if fi not in owner or augment(owner[fi], seen):
                    owner[fi] = gi
                    return True
        return False

    for gi in range(len(want)):
        augment(gi, set())
    pairs = [(want[gi]["same_as"], have[fi].key) for fi, gi in owner.items()]
    return len(pairs), len(have), len(want), pairs


def evaluate(articles: list[dict]) -> dict:
    """All scores for one split."""
    s = {k: PR() for k in ("quote_text", "quote_speaker", "part_name", "part_role", "outcome", "reaction")}
    summit_ok = {f: [0, 0] for f in FIELDS}
    text_ok = {f: [0, 0] for f in FIELDS}
    misses, keys = [], {}
    for art in articles:
        body = art["body"]
        x = extract_facts(body, title=art["title"], published_at=art["when"], authors=tuple(art["authors"]))
        gold_q = {norm(q["text"]): q["speaker_key"] for q in art["quotes"]}
        pred_q = {norm(q.text): q.speaker_key for q in x.quotes}
        s["quote_text"].add(len(gold_q.keys() & pred_q.keys()), len(pred_q), len(gold_q))
        ok = sum(1 for t, k in pred_q.items() if t in gold_q and gold_q[t] == k)  # (an extra quotation is never right)
        s["quote_speaker"].add(ok, len(pred_q), len(gold_q))
        misses += [f"{art['id']}: quote {t[:40]!r} -> {k}" for t, k in pred_q.items() if t not in gold_q or gold_q[t] != k]
        misses += [f"{art['id']}: missed quote {t[:40]!r}" for t in gold_q.keys() - pred_q.keys()]
        gold_p = {p["key"]: p["role"].lower() for p in art["participants"]}
        pred_p = {p.entity_key: (p.role or "").lower() for p in x.participants}
        s["part_name"].add(len(gold_p.keys() & pred_p.keys()), len(pred_p), len(gold_p))
        s["part_role"].add(sum(1 for k, r in pred_p.items() if gold_p.get(k) == r), len(pred_p), len(gold_p))
        misses += [f"{art['id']}: participant {k} {r!r}" for k, r in pred_p.items() if gold_p.get(k) != r]
        misses += [f"{art['id']}: missed participant {k}" for k in gold_p.keys() - pred_p.keys()]
        an = analyse(body)
        _, org = detect_summit(an, title=art["title"], published_at=art["when"])
        misses += [f"{art['id']}: summit {m}" for m in _score_summit(art, x.summit, org, summit_ok, FIELDS)]
        summit_text, org = detect_summit(an, title=art["title"], published_at=art["when"], use_calendar=False)
        _score_summit(art, summit_text, org, text_ok, art["summit"]["text_fields"])
        for group in ("outcome", "reaction"):
            tp, pred, gold, pairs = _match_facts(x.facts, art["facts"], body, group)
            s[group].add(tp, pred, gold)
            for same_as, key in pairs:
                keys.setdefault(same_as, set()).add(key)
            matched = {k for _, k in pairs}
            misses += [f"{art['id']}: extra fact {f.key}" for f in x.facts
                       if f.key not in matched and (f.kind == "reaction") == (group == "reaction")]
            got = {a for a, _ in pairs}
            misses += [f"{art['id']}: missed fact {g['statement']}" for g in art["facts"]
                       if g["same_as"] not in got and ("reaction" in g["kind"]) == (group == "reaction")]
    return {"scores": s, "summit": summit_ok, "summit_text": text_ok, "misses": misses, "keys": keys}


def _score_summit(art: dict, summit, org: str | None, tally: dict, fields) -> list[str]:
    """Exact-match tally per summit field; returns the mismatches as "field: got != gold" lines."""
    gold = art["summit"]
    pred = {}
    if summit:
        pred = {"organization": org,
                "city": summit.city, "country": summit.country,
                "start_date": summit.start_date.isoformat() if summit.start_date else None,
                "end_date": summit.end_date.isoformat() if summit.end_date else None}
    wrong = []
    for field in fields:
        tally[field][1] += 1
        same = _plain(pred.get(field)) == _plain(gold[field])  # ("St. Petersburg" is "St Petersburg")
        tally[field][0] += int(same)
        if not same:
            wrong.append(f"{field}: {pred.get(field)!r} != gold {gold[field]!r}")
    return wrong


def _plain(value: str | None) -> str | None:
    """A summit field as compared: full stops in a name do not count."""
    return value.replace(".", "") if isinstance(value, str) and not value[:1].isdigit() else value


def throughput(articles: list[dict], target_words: int = 200_000) -> tuple[float, float, int]:
    """(wall words/s, CPU words/s, words) of extract_facts, single process, over the gold bodies replicated to
    ``target_words``. CPU seconds are what one core spends, so the second figure is the per-core rate and is far
    less sensitive to other load on a shared machine than the wall-clock one."""
    words = sum(len(a["body"].split()) for a in articles)
    reps = max(1, target_words // words)
    extract_facts(articles[0]["body"])  # warm the gazetteer
    started, cpu = time.perf_counter(), time.process_time()
    for _ in range(reps):
        for art in articles:
            extract_facts(art["body"], title=art["title"], published_at=art["when"], authors=tuple(art["authors"]))
    total = words * reps
    return total / (time.perf_counter() - started), total / (time.process_time() - cpu), total


def report(articles: list[dict]) -> str:
    """Markdown report of every figure."""
    lines = [f"| metric | tune | {HELDOUT} |", "|---|---|---|"]
    results = {split: evaluate([a for a in articles if a["split"] == split]) for split in ("tune", HELDOUT)}
    held_n = sum(1 for a in articles if a["split"] == HELDOUT)
    labels = {"quote_text": "quotes (text)", "quote_speaker": "quotes (text + speaker)",
              "part_name": "participants (name)", "part_role": "participants (name + role)",
              "outcome": "outcome facts (decision/pledge/outcome/membership)", "reaction": "reaction facts"}
    for key, label in labels.items():
        held = results[HELDOUT]["scores"][key].row() if held_n else "n/a"
        lines.append(f"| {label} | {results['tune']['scores'][key].row()} | {held} |")
    for name, field in (("summit", "summit"), ("summit, text only (no calendar)", "summit_text")):
        for f in FIELDS:
            cells = []
            for split in ("tune", HELDOUT):
                ok, n = results[split][field][f]
                cells.append(f"{ok}/{n}" if n else "n/a")
            lines.append(f"| {name}: {f} exact | {cells[0]} | {cells[1]} |")
    agree = [k for k, v in results["tune"]["keys"].items() if len(v) == 1]
    shared = {k: v for k, v in results["tune"]["keys"].items()}
    lines.append("")
    lines.append("Cross-article fact keys (tune; same gold fact matched in several articles -> keys):")
    for k, v in sorted(shared.items()):
        lines.append(f"- {k}: {sorted(v)}")
    del agree
    wps, cpu_wps, total = throughput(articles)
    lines.append("")
    lines.append(f"Throughput: {cpu_wps:,.0f} words per CPU-second ({wps:,.0f} words/s wall clock), one process, "
                 f"{total:,} words (gold bodies replicated).")
    lines.append("")
    if "--held-out-misses" in sys.argv:  # reading them burns the held-out set for the next round
        lines.append(f"Errors (tune and {HELDOUT}):")
        lines += [f"- {m}" for split in ("tune", HELDOUT) for m in results[split]["misses"]]
    else:
        lines.append(f"Errors (tune; {HELDOUT}'s are not printed unless --held-out-misses is given, which burns it):")
        lines += [f"- {m}" for m in results["tune"]["misses"]]
    return "\n".join(lines)


def tune_only(articles: list[dict]) -> str:
    """Tune-split scores and errors only, so rules can be tuned without seeing the held-out articles."""
    res = evaluate([a for a in articles if a["split"] == "tune"])
    lines = [f"{k}: {v.row()}" for k, v in res["scores"].items()]
    lines += [f"summit {f}: {ok}/{n}" for f, (ok, n) in res["summit"].items()]
    lines += [f"summit text-only {f}: {ok}/{n}" for f, (ok, n) in res["summit_text"].items()]
    lines += [f"- {k}: {sorted(v)}" for k, v in sorted(res["keys"].items())]
    return "\n".join(lines + [f"- {m}" for m in res["misses"]])


def main() -> None:
    """Print the report; --write also stores it in benchmarks/RESULTS_facts.md; --tune shows the tune split only;
    --held-out-misses also lists the held-out split's misses (which burns it)."""
    articles = load_gold()
    if "--tune" in sys.argv:
        print(tune_only(articles))
        return
    text = report(articles)
    print(text)
    if "--write" in sys.argv:
        out = ROOT / "benchmarks" / "RESULTS_facts.md"
        header = out.read_text("utf-8").split("<!-- figures -->")[0] if out.exists() else "# Facts stage\n\n"
        out.write_text(header + "<!-- figures -->\n" + text + "\n", "utf-8")


if __name__ == "__main__":
    main()
