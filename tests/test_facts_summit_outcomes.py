"""Summit detection and the frame catalogue (summit.py, outcomes.py, frames.py)."""

from __future__ import annotations

from datetime import date, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.facts import extract_facts


def test_weekdays_resolve_against_publication_date():
    body = ("NATO leaders met on Tuesday at their summit in Vilnius, Lithuania. "
            "The two-day summit ended on Wednesday.")
    summit = extract_facts(body, published_at=datetime(2023, 7, 12)).summit
    assert summit.key == "nato-summit-2023-vilnius"
    assert (summit.start_date, summit.end_date) == (date(2023, 7, 11), date(2023, 7, 12))


def test_explicit_dates_and_unknown_year_from_text():
    body = "The G20 summit in New Delhi on September 9-10, 2023 adopted a declaration."
    summit = extract_facts(body).summit
    assert (summit.city, summit.country, summit.start_date) == ("New Delhi", "India", date(2023, 9, 9))


def test_no_summit_without_summit_word():
    assert extract_facts("Turkey dropped its objections to Sweden's bid.").summit is None


def test_same_fact_same_key_across_wordings():
    one = extract_facts("At the NATO summit, Turkey dropped its objection to Sweden's membership bid.")
    two = extract_facts("Initially allies were stuck over Sweden's bid to join NATO at the summit. "
                        "Turkey agreed to lift its veto on Monday.")
    key = "membership:country:tr:lift-objection:country:se"
    assert key in {f.key for f in one.facts} and key in {f.key for f in two.facts}


def test_facts_from_quotes_are_ignored_but_terms_count():
    body = ('At the NATO summit, Ukraine will not be required to present a “membership action plan.” '
            '"We condemn this summit," one man said.')
    keys = {f.key for f in extract_facts(body).facts}
    assert "decision:org:nato:drop-membership-action-plan:country:ua" in keys
    assert not any(k.startswith("reaction:") for k in keys)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abc XYZ.,“”\"'’\n NATO summit said he She")), max_size=200))
def test_offsets_always_slice(body):
    x = extract_facts(body)
    for q in x.quotes:
        assert body[q.char_start:q.char_end] == q.text
    for f in x.facts:
        assert 0 <= f.char_start < f.char_end <= len(body)
