"""The facts benchmark's own scoring (benchmarks/facts.py): what counts as a right speaker."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import facts as benchmark  # noqa: E402


def _article(body: str, quotes: list[dict]) -> dict:
    return {"id": "t", "body": body, "title": None, "when": None, "authors": [], "quotes": quotes,
            "participants": [], "facts": [], "summit": {f: None for f in benchmark.FIELDS} | {"text_fields": []}}


def test_an_extra_quotation_without_a_speaker_is_no_right_speaker():
    body = 'The crowd outside chanted for an hour. "We want bread and we want it now."'
    scores = benchmark.evaluate([_article(body, [])])["scores"]
    assert scores["quote_text"].pred == scores["quote_speaker"].pred >= 1  # the reader took it for a quotation
    assert scores["quote_speaker"].tp == 0  # and no speaker is right for a quotation the gold does not hold


def test_a_gold_quotation_with_its_speaker_counts():
    body = '"We will build the road," said Prime Minister Anna Lindqvist-Hale.'
    gold = [{"text": "We will build the road,", "speaker_key": "person:anna-lindqvist-hale", "kind": "direct"}]
    scores = benchmark.evaluate([_article(body, gold)])["scores"]
    assert (scores["quote_speaker"].tp, scores["quote_speaker"].gold) == (1, 1)
