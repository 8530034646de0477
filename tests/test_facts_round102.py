"""Round-102 mechanisms (issue 6 round 102, read from the burned heldout102 set's misses). Every sentence is invented
for the test, with wordings that differ from the gold articles."""

from __future__ import annotations

from datetime import datetime

from extractors.facts import extract_facts
from tests.facts_helpers import fact_keys, roles, summit_of


def test_a_date_without_its_year_is_the_one_nearest_the_report_and_foz_keeps_its_cedilla():
    body = ("Lula said goodbye at the edge of Brazil. He hosted his final Mercosur summit in Foz do Iguacu on "
            "December 16 and 17, a fortnight before he hands over to his successor on January 1.")
    found = summit_of(body, published_at=datetime(2010, 12, 21))
    assert found.city == "Foz do Iguaçu"
    assert (found.start_date.isoformat(), found.end_date.isoformat()) == ("2010-12-16", "2010-12-17")


def test_the_general_assembly_of_a_body_is_its_meeting_and_an_aprils_summit_is_another():
    body = ("Foreign ministers gathered this week at the General Assembly of the Organization of American States, "
            "which opened in San Jose on Sunday and closed on Tuesday. The plan grew out of the Quebec City Summit "
            "of the Americas in April, where the leaders agreed on a democracy clause.")
    x = extract_facts(body, title="A democracy charter clears the OAS assembly in San Jose",
                      published_at=datetime(2001, 6, 8))
    assert (x.summit.organization, x.summit.city, x.summit.country) == (
        "Organization of American States", "San José", "Costa Rica")


def test_trades_lose_their_where_and_how_long_and_new_academic_titles():
    found = roles("\"Nobody asked us,\" said Ines Moutinho-Garrick, who runs a bakery below the old bridge.")
    assert found.get("person:ines-moutinho-garrick") == "runs a bakery", found
    found = roles("\"Ride with me for a day,\" said Osmin Portillo-Keane, who drives a taxi between Apopa and the "
                  "airport.")
    assert found.get("person:osmin-portillo-keane") == "drives a taxi", found
    found = roles("Near the market, Juana Melgar-Pitt, who has sold flowers there for twenty years, was worried.")
    assert found.get("person:juana-melgar-pitt") == "sells flowers", found
    found = roles("Rui Barroca-Hensley, a sociologist at the University of Coimbra, said the targets were modest.")
    assert found.get("person:rui-barroca-hensley") == "sociologist", found
    found = roles("The country chose Alejandro Toledo in a run-off against former president Alan Garcia.")
    assert found.get("person:alan-garcia") == "former president", found


def test_a_university_named_for_a_region_does_not_make_its_scholar_speak_for_a_state():
    body = ("OAS foreign ministers met in San Salvador on Sunday for the General Assembly. Nelson Aguiluz-Prentice, "
            "a criminologist at the Central American University, said the text named the right problems.")
    keys = fact_keys(body, published_at=datetime(2011, 6, 8))
    assert any(k.startswith("reaction:person:nelson-aguiluz-prentice") for k in keys), keys


def test_reported_words_and_a_states_delegation_arguing_are_reactions():
    keys = fact_keys("EU leaders met at their informal summit in Salzburg on Thursday. Donald Tusk also said there "
                     "could be no agreement without a binding guarantee for the Irish border.")
    assert any(k.startswith("reaction:") and ("tusk" in k or "european-council" in k) for k in keys), keys
    keys = fact_keys("OAS foreign ministers met in San Jose on Sunday for the General Assembly. Venezuela's "
                     "delegation argued that the text should also recognise participatory democracy.")
    assert any(k.startswith("reaction:country:ve:") for k in keys), keys


def test_signing_a_named_commitment_is_a_pledge_and_the_city_hosting_is_the_meeting():
    body = ("EU leaders met in Porto on Friday and Saturday for a social summit. On Friday the institutions, unions "
            "and employers signed the Porto Social Commitment.")
    keys = fact_keys(body)
    assert any(k.startswith("pledge:") and ":sign-commitment" in k for k in keys), keys
    body = ("Europe comes to the riverside\n\nBy Ana Sottomayor\n\n"
            "For two days, Porto was the capital of the European Union. On Friday and Saturday the city hosted a "
            "social summit of the bloc's leaders, and the centre was closed to traffic.")
    x = extract_facts(body, title="Europe comes to the riverside", published_at=datetime(2021, 5, 10))
    meeting = [f for f in x.facts if ":hold-summit" in f.key]
    assert meeting and body[meeting[0].char_start:meeting[0].char_end].startswith("On Friday and Saturday"), meeting


def test_a_persons_own_words_apart_from_the_reaction_the_rules_read_are_another_reaction():
    body = ("Russian and African leaders met in Sochi on Wednesday for their first summit.\n\n"
            "Analyst Yelena Varnikova criticised the summit as a show.\n\n"
            "The leaders signed a declaration on security.\n\n"
            "Trade officials met separately.\n\n"
            "\"Russia has come back, but now it has to turn up every year,\" Varnikova said.")
    keys = fact_keys(body, published_at=datetime(2019, 10, 25))
    assert len([k for k in keys if k.startswith("reaction:person:yelena-varnikova")]) == 2, keys
