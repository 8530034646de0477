"""Round-48 mechanisms (issue 6 round 48, read from the burned heldout47 set's misses). Every sentence is invented for
the test, with wordings that differ from the gold articles."""

from __future__ import annotations

from extractors.facts.gazetteer import load_gazetteer
from tests.facts_helpers import summit_fields, summit_of


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
