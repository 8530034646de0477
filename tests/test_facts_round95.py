"""Round-95 mechanisms (issue 6 round 95, read from the burned heldout93 set's misses). Every sentence is invented
for the test, with wordings that differ from the gold articles."""

from __future__ import annotations

from datetime import datetime

from tests.facts_helpers import fact_keys, summit_of


def test_a_seven_nation_summit_is_the_g7_and_a_territorys_summit_is_its_states():
    body = ("DORADO, Puerto Rico, June 28 - The seven-nation summit, which opened on Sunday at a beach hotel, closed "
            "on Monday with a pledge of steady growth.")
    found = summit_of(body, published_at=datetime(1976, 6, 28))
    assert (found.organization, found.city, found.country) == ("G7", "Dorado", "United States")
    body = ("The leaders of seven major industrial nations ended their summit in Dorado, Puerto Rico, on Monday.")
    assert summit_of(body, published_at=datetime(1976, 6, 29)).organization == "G7"


def test_st_johns_is_written_as_the_gold_writes_it():
    found = summit_of("CARICOM heads of government met in St. John's, Antigua, on Tuesday for their summit.")
    assert (found.city, found.country) == ("St John's", "Antigua and Barbuda")


def test_the_body_never_stays_away_from_its_own_summit():
    base = "Pacific Islands Forum leaders met in Port Vila on Wednesday for their summit. "
    keys = fact_keys(base + "Australia's Prime Minister, Jane Corlett, did not attend. She stayed home to campaign "
                            "for the election.")
    assert [k for k in keys if k.endswith(":stay-away")] == ["outcome:person:jane-corlett:stay-away"], keys
    keys = fact_keys(base + "Several leaders stayed away.")
    assert not any(k.startswith("outcome:org:pif:stay-away") for k in keys), keys


def test_the_meetings_own_concern_is_its_reaction():
    keys = fact_keys("CARICOM leaders met in Paramaribo on Monday for their summit. In their communique, the heads "
                     "of government voiced deep concern over the spread of gang violence in Haiti.")
    assert any(k.startswith("reaction:org:caricom:voice-concern") for k in keys), keys
    assert not any(k.startswith("decision:") for k in keys), keys
