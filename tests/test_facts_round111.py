"""Round-111 mechanisms (issue 6 round 111, read from the burned heldout110 set's misses). Every sentence is invented
for the test, with wordings that differ from the gold articles."""

from __future__ import annotations

from datetime import datetime

from extractors.facts import extract_facts
from tests.facts_helpers import quote_speakers


def test_the_place_a_headline_looks_from_is_not_the_venue():
    body = ("In the cafes of northern Lyon, the sets were tuned to Moroni yesterday. In Lyon the diaspora watched, "
            "and in Lyon they cheered. On the screens, the leaders of the Indian Ocean Commission sat down for their "
            "fifth summit.")
    found = extract_facts(body, title="From Lyon, islanders watch the summit in Moroni",
                          published_at=datetime(2014, 8, 24)).summit
    assert (found.organization, found.city) == ("Indian Ocean Commission", "Moroni")


def test_a_resort_the_delegations_met_at_beats_the_city_a_declaration_is_named_after():
    body = ("Delegations from 33 countries met at the Costa do Sauipe resort on Tuesday for the first summit of the "
            "region. The summit closed with the Declaration of Salvador, named after the state capital nearby.")
    found = extract_facts(body, published_at=datetime(2031, 12, 18)).summit
    assert found.city == "Costa do Sauípe"


def test_an_elided_article_in_a_surname_is_part_of_the_name():
    for mark in ("’", "'"):
        body = (f"The Indian Ocean Commission met in Moroni on Saturday for its summit. Its Secretary General, Jean "
                f"Marc de l{mark}Orme, said the text would be judged by what followed. \"Texts are easy,\" he said.")
        assert quote_speakers(body)["Texts are easy"] == "person:jean-marc-de-lorme"
