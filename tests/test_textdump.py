"""Golden tests of the plain-text page-dump cleaner on the seeds, plus its general rules."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from extractors.textdump import clean_text_dump

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).parent / "golden" / "seeds"
SEED_NAMES = sorted(p.stem for p in GOLDEN.glob("*.json"))


@pytest.mark.parametrize("name", SEED_NAMES)
def test_seed_matches_golden(name):
    expected = json.loads((GOLDEN / f"{name}.json").read_text(encoding="utf-8"))
    doc = clean_text_dump((ROOT / "seeds" / f"{name}.txt").read_text(encoding="utf-8"))
    assert doc.title == expected["title"]
    assert list(doc.authors) == expected["authors"]
    assert list(doc.contributors) == expected["contributors"]
    assert (doc.published_at.isoformat() if doc.published_at else None) == expected["published_at"]
    assert doc.body.split("\n\n") == expected["body"].split("\n\n")


BOILERPLATE = [
    "HomeWorld News", "Please enter your comment", "Please enter your name here", "Most Popular",
    "Recent Comments", "You may also like", "Leave a Comment", "Editors' Picks", "Latest News",
    "Frequently Asked Questions", "More about", "Big Big News is a news portal", "© 2023",
    "Mike_the_Realist", "AliceInDiplomacy", "GrumpyCat99", "lol", "by Joshua Brown", "contributed to this article",
    "What is the new initiative", "Has Ukraine been granted",
]


@pytest.mark.parametrize("name", SEED_NAMES)
def test_seed_has_no_boilerplate(name):
    body = clean_text_dump((ROOT / "seeds" / f"{name}.txt").read_text(encoding="utf-8")).body
    for snippet in BOILERPLATE:
        assert snippet not in body, snippet
    assert not body.startswith("NATO-Ukraine Relations")


def test_section_headings_are_kept():
    body = clean_text_dump((ROOT / "seeds" / "nato-summit-2023-security-assurances.txt").read_text()).body
    for heading in ("Steps Taken by NATO:", "Positive Developments and Reassurances:",
                    "Acknowledgment of Courage and Resilience:"):
        assert heading in body.split("\n\n")


OTHER_SITE = """Skip to content
Home
Politics
Markets Rally as Central Bank Holds Rates Steady
Markets Rally as Central Bank Holds Rates Steady
By Maria Lopez and Tom Reed
Stock markets rose sharply on Thursday after the central bank kept its benchmark rate unchanged, signalling that inflation was easing faster than expected across the region.

Why it matters

Analysts said the decision removes a major source of uncertainty for companies planning investment this year, although some warned that wage growth remains strong.
Reuters staff contributed reporting.
Share this article
12 Comments
jdoe77 March 3, 2024 at 10:15 am
Great news for my pension lol
trader_bob March 3, 2024 at 11:02 am
This won't last, mark my words.
Related Articles
Oil prices slip as supply fears ease
Copyright 2024 Example Media. All rights reserved.
"""


def test_other_site_dump_cleans_by_general_rules():
    doc = clean_text_dump(OTHER_SITE)
    assert doc.title == "Markets Rally as Central Bank Holds Rates Steady"
    assert doc.authors == ("Maria Lopez", "Tom Reed")
    assert doc.body.split("\n\n") == [
        "Stock markets rose sharply on Thursday after the central bank kept its benchmark rate unchanged, "
        "signalling that inflation was easing faster than expected across the region.",
        "Why it matters",
        "Analysts said the decision removes a major source of uncertainty for companies planning investment "
        "this year, although some warned that wage growth remains strong.",
    ]
    assert doc.published_at is not None and doc.published_at.date().isoformat() == "2024-03-03"


@pytest.mark.parametrize("text", [OTHER_SITE] + [(ROOT / "seeds" / f"{n}.txt").read_text() for n in SEED_NAMES])
def test_cleaning_its_own_output_changes_nothing(text):
    once = clean_text_dump(text)
    twice = clean_text_dump(f"{once.title}\n\n{once.body}")
    assert (twice.title, twice.body) == (once.title, once.body)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=2000))
def test_never_raises_on_garbage(text):
    doc = clean_text_dump(text)
    assert isinstance(doc.body, str)
    assert clean_text_dump(text) == doc  # deterministic
