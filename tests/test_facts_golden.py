"""Golden test on the two seed bodies and the composed summit articles (tests/gold/facts_gold.json)."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest

from extractors.facts import extract_facts

GOLD_DIR = Path(__file__).parent / "gold"
ARTICLES = json.loads((GOLD_DIR / "facts_gold.json").read_text("utf-8"))["articles"]


def _run(art: dict):
    """Extract from one gold article's body."""
    body = (GOLD_DIR / art["file"]).read_text("utf-8").strip()
    when = datetime.fromisoformat(art["published_at"]) if art["published_at"] else None
    return body, extract_facts(body, title=art["title"], published_at=when, authors=tuple(art["authors"]))


@pytest.mark.parametrize("art", ARTICLES, ids=[a["id"] for a in ARTICLES])
def test_offsets_slice_exactly(art):
    body, x = _run(art)
    for q in x.quotes:
        assert body[q.char_start:q.char_end] == q.text
        assert q.sentence_start <= q.char_start < q.char_end <= q.sentence_end
    for m in x.mentions:
        assert 0 <= m.char_start < m.char_end <= len(body)
    for f in x.facts:
        assert body[f.char_start:f.char_end].strip() == body[f.char_start:f.char_end]
    assert len({f.key for f in x.facts}) == len(x.facts)


@pytest.mark.parametrize("art", ARTICLES, ids=[a["id"] for a in ARTICLES])
def test_quoted_terms_are_not_quotes(art):
    _, x = _run(art)
    texts = {q.text.strip(" ,.“”\"").lower() for q in x.quotes}
    assert not texts & {t.lower() for t in art["not_quotes"]}


@pytest.mark.parametrize("art", [a for a in ARTICLES if a["split"] == "tune"], ids=lambda a: a["id"])
def test_tune_quotes_and_participants_match_gold(art):
    _, x = _run(art)
    got = {q.text.strip(" ,.").lower(): q.speaker_key for q in x.quotes}
    want = {q["text"].strip(" ,.").lower(): q["speaker_key"] for q in art["quotes"]}
    assert got == want
    assert {p.entity_key: p.role.lower() for p in x.participants} == {
        p["key"]: p["role"].lower() for p in art["participants"]}


def test_seed_summits_agree():
    seeds = [a for a in ARTICLES if a["id"].startswith("seed_")]
    summits = [_run(a)[1].summit for a in seeds]
    for summit in summits:
        assert (summit.organization, summit.city, summit.country) == ("NATO", "Vilnius", "Lithuania")
        assert (summit.start_date, summit.end_date) == (date(2023, 7, 11), date(2023, 7, 12))
    assert summits[0].key == summits[1].key == "nato-summit-2023"


def test_seed_outcomes_share_keys_across_articles():
    keys = [{f.key for f in _run(a)[1].facts} for a in ARTICLES if a["id"].startswith("seed_")]
    shared = keys[0] & keys[1]
    assert "membership:org:nato:defer-membership:country:ua" in shared
    assert "decision:org:nato:drop-membership-action-plan:country:ua" in shared
    assert "pledge:org:g7:security-commitments:country:ua" in shared
    # canonical actor rule: a group's support pledge at a summit is keyed to the summit's organisation, so
    # "NATO chiefs ... promising" (seed 1) and "Biden and G7 leaders affirming" (seed 2) are one fact
    assert "pledge:org:nato:military-support:country:ua" in shared
    assert "membership:country:tr:lift-objection:country:se" in keys[0]
    assert "decision:org:nato:create-body:org:nato-ukraine-council" in keys[0]
    assert "reaction:country:ru:criticize:org:g7" in keys[0]
    # one fact per key per article, and no stray pledges under other actors
    assert not any(k.startswith(("pledge:country:us", "pledge:org:g7:military")) for k in keys[0] | keys[1])


def test_zelensky_spellings_are_one_entity():
    seeds = {a["id"]: _run(a)[1] for a in ARTICLES if a["id"].startswith("seed_")}
    for x in seeds.values():
        people = [e for e in x.entities if e.kind == "person" and "zelensk" in e.key]
        assert [e.key for e in people] == ["person:volodymyr-zelenskyy"]
    aliases = next(e for e in seeds["seed_nato_security_assurances"].entities if "zelensk" in e.key).aliases
    assert "Zelensky" in aliases
