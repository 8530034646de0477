"""Exact and near-duplicate detection (extractors/dedup.py)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.dedup import (
    NearDuplicateIndex,
    content_hash,
    jaccard,
    minhash_signature,
    normalize_text,
    shingle_array,
    shingles,
    signature_from_bytes,
    signature_to_bytes,
    tokenize,
)

SEEDS = Path(__file__).resolve().parents[1] / "seeds"

ORIGINAL = """Leaders of the northern alliance agreed on Tuesday to double the air-defence fund for the
border states, after two days of talks in the lakeside town of Haldor. The fund will grow from four
to eight billion euros over three years, paid in proportion to each member's economic output.

The host prime minister, Ilse Varga, called the deal "a shield we build together" and said the first
batteries would be delivered before the winter. Critics in the opposition said the money would be
better spent on roads and hospitals, and that the timetable was unrealistic.

The agreement also creates a standing committee of defence ministers that will meet every quarter to
review deliveries, a step that diplomats described as the most concrete result of the meeting.

Talks on a common procurement agency, proposed by the two largest members, were postponed to the
spring, when finance ministers will present a costed plan. Several smaller states had warned that
such an agency would favour the big arms makers of the larger countries.

The summit ended with a joint statement condemning the recent cyber attacks on the ports of the
region and promising a shared response centre, to be set up in the capital within six months.

Officials said the money would first go to radar stations along the eastern coast, where gaps in
coverage were exposed last year when an unidentified drone crossed into the region undetected.

Each member will publish its share of the bill in its next budget, and a review in two years will
decide whether the fund should grow again or be folded into the regular defence budgets.

Outside the conference hall, a few hundred protesters marched along the lake shore, calling for the
money to be spent on housing instead; the police said the demonstration passed off peacefully."""

SYNDICATED = """Alliance doubles air-defence fund after Haldor talks

Leaders of the northern alliance agreed on Tuesday to double the air defence fund for the border
states, after two days of talks in the lakeside town of Haldor. The fund will grow from four to eight
billion euros over three years, paid in proportion to each member's economic output.

The host prime minister, Ilse Varga, called the deal "a shield we build together" and said the first
batteries would be delivered before the winter. Critics in the opposition said the money would be
better spent on roads and hospitals, and that the timetable was unrealistic.

Talks on a common procurement agency, proposed by the two largest members, were postponed to the
spring, when finance ministers will present a costed plan. Several smaller states had warned that
such an agency would favour the big arms makers of the larger countries.

The summit ended with a joint statement condemning the recent cyber attacks on the ports of the
region and promising a shared response centre, to be set up in the capital within six months.

Officials said the money would first go to radar stations along the eastern coast, where gaps in
coverage were exposed last year when an unidentified drone crossed into the region undetected.

Each member will publish its share of the bill in its next budget, and a review in two years will
decide whether the fund should grow again or be folded into the regular defence budgets.

Outside the conference hall, a few hundred protesters marched along the lake shore, calling for the
money to be spent on housing instead; the police said the demonstration passed off peacefully.

(Reporting by the regional desk; editing by the night team.)"""

REWRITTEN = """At a lakeside meeting in Haldor, the northern alliance decided to put twice as much money
into protecting the skies over its border members: eight billion euros instead of four, spread over
three years. Prime Minister Ilse Varga, who hosted the gathering, described the agreement as a shield
built in common and promised that the first air-defence systems would arrive by winter. Opposition
politicians argued the budget should go to hospitals and roads instead. Defence ministers will now
meet each quarter to check on deliveries, while a proposed joint buying agency was pushed back to the
spring amid objections from smaller members. A shared centre to respond to cyber attacks on regional
ports will be created within half a year."""


def test_normalize_text_folds_case_quotes_dashes_and_space():
    assert normalize_text("  \u201cHello\u201d \u2014  WORLD\u2019s\n\tend ") == '"hello" - world\'s end'


def test_content_hash_ignores_case_whitespace_and_typographic_quotes():
    a = "NATO\u2019s \u201cnew\u201d council \u2013 first meeting.\n\nLeaders met."
    b = "nato's  \"NEW\" council - first meeting. leaders met."
    assert content_hash(a) == content_hash(b)
    assert content_hash(a) != content_hash(b + " Extra.")


def test_content_hash_pinned_value():
    # Pinned: stored article keys depend on it; changing normalisation needs a migration.
    assert content_hash("Hello,  World!") == "68e656b251e67e8358bef8483ab0d51c6619f3e7a1a9f0e75838d41ff368f728"
    assert content_hash("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"


def test_tokens_and_shingles_ignore_punctuation():
    assert tokenize("It's a U.S.-led \u201cdeal\u201d!") == ["it", "s", "a", "u", "s", "led", "deal"]
    assert shingles("One two, three four five six.") == shingles("one two three four five six")
    assert len(shingles("one two three four five six")) == 2
    assert len(shingles("too short")) == 1
    assert shingles("") == set()


def test_shingle_array_matches_regex_tokens_on_unicode():
    text = ("Zelenskyy \u0437\u0443\u0441\u0442\u0440\u0456\u0432\u0441\u044f in Vilnius \U0001F600 "
            "\u5317\u4eac caf\u00e9 na\u00efve")
    assert len(shingle_array(text, k=1)) == len(set(tokenize(text)))


def test_minhash_signature_is_deterministic_uint32():
    sig = minhash_signature(ORIGINAL)
    assert sig.dtype == np.uint32 and sig.shape == (128,)
    assert np.array_equal(sig, minhash_signature(ORIGINAL))
    assert minhash_signature(ORIGINAL, num_perm=64).shape == (64,)
    # Pinned: stored signatures must stay comparable across releases.
    assert minhash_signature("one two three four five six").tolist()[:3] == [202276405, 2856425717, 1211054055]


def test_signature_bytes_round_trip():
    sig = minhash_signature(ORIGINAL)
    blob = signature_to_bytes(sig)
    assert len(blob) == 4 * 128
    back = signature_from_bytes(blob)
    assert back.dtype == np.uint32 and np.array_equal(back, sig)


def test_signature_estimates_jaccard():
    exact = jaccard(shingle_array(ORIGINAL), shingle_array(SYNDICATED))
    est = float((minhash_signature(ORIGINAL) == minhash_signature(SYNDICATED)).mean())
    assert 0.7 < exact < 0.9
    assert abs(est - exact) < 0.15


def _index_with(*docs: tuple[str, str]) -> tuple[NearDuplicateIndex, dict[str, str]]:
    index, texts = NearDuplicateIndex(), {}
    for article_id, text in docs:
        index.add(article_id, minhash_signature(text))
        texts[article_id] = text
    return index, texts


def test_syndicated_edited_copy_is_near_duplicate():
    index, texts = _index_with(("orig", ORIGINAL))
    hit = index.find(minhash_signature(SYNDICATED), SYNDICATED, texts.get)
    assert hit is not None and hit[0] == "orig" and hit[1] >= 0.8
    assert index.find(minhash_signature(SYNDICATED)) is not None  # signature estimate alone


def test_same_story_different_wording_is_not_near_duplicate():
    index, texts = _index_with(("orig", ORIGINAL))
    assert index.find(minhash_signature(REWRITTEN), REWRITTEN, texts.get) is None
    assert index.find(minhash_signature(REWRITTEN)) is None


def test_find_returns_best_earlier_match_and_handles_empty_index():
    assert NearDuplicateIndex().find(minhash_signature(ORIGINAL)) is None
    index, texts = _index_with(("a", SYNDICATED), ("b", ORIGINAL), ("c", REWRITTEN))
    hit = index.find(minhash_signature(ORIGINAL), ORIGINAL, texts.get)
    assert hit == ("b", 1.0)


def test_find_falls_back_to_estimate_when_text_unknown():
    index, _ = _index_with(("orig", ORIGINAL))
    hit = index.find(minhash_signature(SYNDICATED), SYNDICATED, lambda _id: None)
    assert hit is not None and hit[0] == "orig"


def test_index_rejects_wrong_signature_length():
    with pytest.raises(ValueError, match="expects"):
        NearDuplicateIndex(num_perm=128).add("x", minhash_signature(ORIGINAL, num_perm=64))


def _seed_article(name: str, start: str, end: str) -> str:
    text = (SEEDS / name).read_text(encoding="utf-8")
    return text[text.index(start) : text.index(end) + len(end)]


def test_seed_articles_are_not_duplicates_of_each_other():
    a = _seed_article("nato-strengthens-ukraine-relations.txt", "NATO chiefs convened", "contributed to this article.")
    b = _seed_article("nato-summit-2023-security-assurances.txt", "The recent NATO Summit",
                      "deterrence against aggression.")
    assert content_hash(a) != content_hash(b)
    index, texts = _index_with(("a", a))
    assert index.find(minhash_signature(b), b, texts.get) is None


@settings(max_examples=50, deadline=None)
@given(st.text(max_size=200))
def test_normalize_text_is_idempotent(text):
    once = normalize_text(text)
    assert normalize_text(once) == once
    assert content_hash(once) == content_hash(text)
