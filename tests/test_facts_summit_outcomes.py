"""Summit detection and the frame catalogue (summit.py, outcomes.py, frames.py)."""

from __future__ import annotations

from datetime import date, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.facts import analyse, extract_facts
from extractors.facts.summit import detect_summit
from tests.facts_helpers import rule_facts


def test_weekdays_resolve_against_publication_date():
    body = ("NATO leaders met on Tuesday at their summit in Vilnius, Lithuania. "
            "The two-day summit ended on Wednesday.")
    summit = extract_facts(body, published_at=datetime(2023, 7, 12)).summit
    assert summit.key == "nato-summit-2023"
    assert (summit.start_date, summit.end_date) == (date(2023, 7, 11), date(2023, 7, 12))


def test_summit_key_is_stable_without_city_or_calendar():
    """Calendar off: a report naming the host city and one that never does land on the same summit key."""
    with_city = analyse("NATO leaders gathered on Tuesday for their summit in Vilnius, Lithuania.")
    without_city = analyse("At the NATO summit, allies promised more help for Ukraine.")
    one, _ = detect_summit(with_city, published_at=datetime(2023, 7, 11), use_calendar=False)
    two, _ = detect_summit(without_city, published_at=datetime(2023, 7, 12), use_calendar=False)
    assert one.city == "Vilnius" and two.city is None
    assert one.key == two.key == "nato-summit-2023"


def test_summit_key_separates_bodies_meeting_often_and_bilateral_summits():
    council = analyse("EU leaders opened their summit in Brussels on Thursday.")
    china = analyse("EU leaders met Xi Jinping at the EU-China summit on Thursday.")
    when = datetime(2023, 12, 14)
    assert detect_summit(council, published_at=when, use_calendar=False)[0].key == "eu-summit-2023-12"
    assert detect_summit(china, published_at=when, use_calendar=False)[0].key == "eu-cn-summit-2023-12"


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


def test_they_takes_the_group_subject_and_group_pledges_key_to_the_summit():
    body = ("At the NATO summit, the United States and its allies promised Ukraine more air defence systems. "
            "They also pledged to support Ukraine's economic recovery.")
    keys = {f.key for f in extract_facts(body).facts}
    assert {"pledge:org:nato:military-support:country:ua", "pledge:org:nato:economic-support:country:ua"} <= keys


def test_single_government_pledge_keeps_its_actor():
    body = "At the G7 summit, British Prime Minister Rishi Sunak said Britain would provide missiles to Ukraine."
    assert "pledge:country:gb:military-support:country:ua" in {f.key for f in extract_facts(body).facts}


def test_reaction_object_is_the_entity_reacted_to():
    body = ("At the NATO summit, Ukrainian President Volodymyr Zelenskyy expressed gratitude to the United States "
            "for its support. Russia condemned the expansion.")
    keys = {f.key for f in extract_facts(body).facts}
    assert {"reaction:country:ua:welcome:country:us", "reaction:country:ru:criticize:org:nato"} <= keys


def test_characterisation_tone_and_negated_condemnation():
    body = ('The G20 summit adopted a declaration that stopped short of condemning Russia. '
            'Swedish Prime Minister Magdalena Andersson called the agreement "a very important step." '
            'Ukraine\'s foreign ministry spokesman, Oleg Nikolenko, said the declaration was "nothing to be proud of."')
    keys = {f.key for f in extract_facts(body).facts}
    assert "outcome:org:g20:no-condemnation:country:ru" in keys
    assert {"reaction:country:se:welcome:org:g20", "reaction:country:ua:criticize:org:g20"} <= keys
    assert not any(":criticize:" in k and k.startswith("reaction:org:g20") for k in keys)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abc XYZ.,“”\"'’\n NATO summit said he She")), max_size=200))
def test_offsets_always_slice(body):
    x = extract_facts(body)
    for q in x.quotes:
        assert body[q.char_start:q.char_end] == q.text
    for f in x.facts:
        assert 0 <= f.char_start < f.char_end <= len(body)


def _facts(body: str, when: datetime | None = None):
    return {(f.kind, f.key) for f in rule_facts(extract_facts(body, published_at=when or datetime(2025, 6, 2)))}


def test_generic_verb_frames_cover_coordinated_decisions_and_pledges():
    body = ("OAS leaders opened their summit in Lima on Monday. The leaders agreed to create a regional health "
            "fund and to open a disaster centre in Panama, and pledged to double vaccine funding by 2030.")
    kinds = sorted(kind for kind, _ in _facts(body))
    assert kinds == ["decision", "decision", "pledge"]
    assert all(":org:oas:" in f":{key}:" for _, key in _facts(body))


def test_negated_commitment_is_an_outcome_and_appeals_or_hypotheticals_are_not_facts():
    assert {k for k, _ in _facts("At the OAS summit, Mexico did not commit to any new measures.")} == {"outcome"}
    body = ("At the OAS summit, Brazilian President Ana Souza urged leaders to fund the plan. A fund could be "
            "created later. The fund was launched in 2019. The plan, which would extend aid, stalled.")
    assert _facts(body) == set()


def test_chair_handover_and_summit_without_declaration():
    body = ("The Mercosur summit ended without a joint declaration. Argentine President Luis Vega handed the "
            "rotating presidency to Brazil.")
    facts = _facts(body)
    assert ("outcome", "outcome:org:mercosur:no-declaration") in facts
    assert ("decision", "decision:country:ar:take-chair:country:br") in facts


def test_dateline_city_and_abbreviated_month():
    body = ("SANTIAGO, Sept. 4 — Leaders of the Pacific Alliance opened a two-day summit on Thursday, "
            "the host said.")
    summit = extract_facts(body, published_at=datetime(2025, 9, 4)).summit
    assert (summit.city, summit.country) == ("Santiago", "Chile")
    assert (summit.start_date, summit.end_date) == (date(2025, 9, 4), date(2025, 9, 5))
