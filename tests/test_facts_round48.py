"""Round-48 mechanisms (issue 6 round 48, read from the burned heldout47 set's misses). Every sentence is invented for
the test, with wordings that differ from the gold articles."""

from __future__ import annotations

from datetime import datetime

from extractors.facts.gazetteer import load_gazetteer
from tests.facts_helpers import quote_speakers, roles, summit_fields, summit_of


def test_cities_the_curated_list_lacks_come_from_the_geonames_list_and_the_curated_names_win():
    gaz = load_gazetteer()
    assert (gaz.lookup("Samara").kind, gaz.city_country["city:samara"]) == ("city", "country:ru")
    assert gaz.city_country["city:puerto-vallarta"] == "country:mx"
    assert gaz.lookup("Gaza") is None or gaz.lookup("Gaza").kind != "city"  # (a territory in news copy)
    assert gaz.city_country["city:washington"] == "country:us"  # (the curated row, not a namesake)


def test_a_summit_in_a_city_only_the_geonames_list_knows_gets_its_city_and_country():
    summit = summit_of("EU and Russian leaders held their summit in Samara on Friday. The summit in Samara ended "
                       "without a deal on Polish meat.")
    assert summit_fields(summit)[1:3] == ("Samara", "Russia")
    summit = summit_of("Pacific Alliance leaders met in Puerto Vallarta for their summit. The summit closed with "
                       "a joint declaration with Mercosur.")
    assert summit_fields(summit)[1:3] == ("Puerto Vallarta", "Mexico")


def test_weekdays_after_last_weeks_summit_are_that_weeks_days():
    body = ("Grain Trade Weekly | Markets | Friday, May 9, 2031\n\n"
            "Millers who hoped last week's Visegrad summit would end the import quarrel were disappointed. The "
            "leaders met in a spa hotel outside Krakow on Thursday evening and Friday, and the quotas stand.")
    summit = summit_of(body, datetime(2031, 5, 9))  # (a date the summit calendar does not cover)
    assert summit_fields(summit)[3:] == ("2031-05-01", "2031-05-02")


def test_the_close_of_a_two_day_summit_on_a_dateline_sentence_ends_it_that_day():
    body = ("Deal Desk | Trade | Wednesday, May 7, 2031\n\n"
            "KRAKOW, Poland - The four Visegrad leaders agreed on Tuesday to pool their gas storage at the close "
            "of a two-day summit in this old royal city.")
    summit = summit_of(body, datetime(2031, 5, 7))
    assert summit_fields(summit)[3:] == ("2031-05-05", "2031-05-06")


def test_who_chairs_an_indefinite_body_is_the_chair_of_that_body():
    found = roles("Visegrad leaders met in Krakow for their summit. Marta Wolny, who chairs a farmers' cooperative "
                  "near Tarnow, said the quotas hurt. Jan Novak, who heads a small charity in Brno, agreed. Petr "
                  "Dvorak, who chairs the bloc, disagreed.")
    assert found["person:marta-wolny"] == "chairs a farmers' cooperative"  # (in the clause's words since session 19)
    assert found["person:jan-novak"] == "heads a small charity"
    assert found["person:petr-dvorak"] == "chair"


def test_the_agency_that_speaks_is_the_body_named_before():
    body = ("G20 leaders met in Krakow for their summit. ActionAid was scathing. \"Ten billion over ten years is a "
            'gesture, not a plan," the agency said in a statement.')
    assert quote_speakers(body)["Ten billion over ten years is a gesture, not a plan"] == "org:actionaid"
