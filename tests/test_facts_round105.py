"""Round-105 mechanisms (issue 6 round 105, read from the burned heldout104 set's misses). Every sentence is invented
for the test, with wordings that differ from the gold articles."""

from __future__ import annotations

from datetime import datetime

from tests.facts_helpers import roles, summit_of


def test_places_keep_their_accents_and_tarija_and_playa_del_carmen_are_towns():
    found = summit_of("Andean presidents met in Bogota on Tuesday for their summit.", published_at=datetime(2011, 11, 9))
    assert found.city == "Bogotá"
    found = summit_of("Andean presidents met in Tarija on Thursday for their summit.",
                      published_at=datetime(2007, 6, 16))
    assert (found.city, found.country) == ("Tarija", "Bolivia")
    found = summit_of("CELAC leaders met in Playa del Carmen on Monday for their summit.",
                      published_at=datetime(2010, 2, 24))
    assert (found.city, found.country) == ("Playa del Carmen", "Mexico")


def test_latin_american_and_caribbean_countries_meeting_are_celacs_and_guuam_is_guam():
    body = ("For two days the resort belonged to presidents. Delegations from 33 Latin American and Caribbean "
            "countries met at the Costa do Sauipe resort on Tuesday and Wednesday, the first such summit of the "
            "region without Washington.")
    found = summit_of(body, published_at=datetime(2008, 12, 18))
    assert (found.organization, found.city) == ("CELAC", "Costa do Sauípe")
    found = summit_of("The presidents of the GUUAM group met in New York on Wednesday for their summit.",
                      published_at=datetime(2000, 9, 8))
    assert found.organization == "GUAM"


def test_what_a_person_makes_is_their_trade_without_the_size_of_the_business():
    found = roles("Rosario Quispe-Allardyce, who makes wine in the valley, said the talks mattered.")
    assert found.get("person:rosario-quispe-allardyce") == "makes wine", found
    found = roles("\"We need buyers,\" said Teodora Mamani-Fenwick, who makes hats with six employees.")
    assert found.get("person:teodora-mamani-fenwick") == "makes hats", found
