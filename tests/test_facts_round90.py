"""Round-90 mechanisms (issue 6 round 90 and on, read from the burned heldout89 set's misses and later ones). Every
sentence is invented for the test, with wordings that differ from the gold articles."""

from __future__ import annotations

from extractors.facts import extract_facts
from tests.facts_helpers import fact_keys, quote_speakers


def test_what_the_declaration_calls_something_is_the_summits_word_and_a_based_body_keeps_its_own_name():
    speakers = quote_speakers("APEC leaders met at their summit in Gyeongju on Saturday. The Gyeongju Declaration "
                              "commits members to open trade and to building what it calls \"a shared tomorrow.\" The "
                              "Suva-based Pacific Voices Network said the leaders had \"finally listened.\"")
    assert speakers == {"a shared tomorrow": "org:apec", "finally listened": "org:pacific-voices-network"}


def test_a_first_meeting_held_with_a_leader_is_an_outcome():
    keys = fact_keys("APEC leaders met at their summit in Gyeongju on Saturday. On the sidelines President Ma Lin "
                     "held his first meeting with the new Japanese prime minister.")
    assert "outcome:person:ma-lin:meet-sidelines" in keys


def test_a_quotation_that_opens_its_sentence_is_no_evidence_of_the_meeting():
    body = ("Leaders of the Pacific Islands Forum agreed on Monday on a plan for crises. “We had people from every "
            "country eating here this week. Now the Forum is going home,” said a cafe owner in Tarawa.")
    facts = [f for f in extract_facts(body).facts if f.action == "hold-summit"]
    assert facts and body[facts[0].char_start:facts[0].char_end].startswith("Leaders of the Pacific Islands Forum")
