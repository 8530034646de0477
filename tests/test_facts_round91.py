"""Round-91 mechanisms (issue 6 round 91 and on, read from the burned heldout90 set's misses and later ones). Every
sentence is invented for the test, with wordings that differ from the gold articles."""

from __future__ import annotations

from datetime import datetime

from tests.facts_helpers import quote_speakers, summit_of


def test_the_seven_industrial_democracies_are_the_g7_and_a_counter_summits_name_is_not_the_meeting():
    versailles = summit_of("The leaders of the seven major industrial democracies ended a three-day summit at the "
                           "Palace of Versailles on Sunday.", published_at=datetime(2031, 6, 9))
    assert versailles.organization == "G7"
    toronto = summit_of("The leaders of the Group of Seven industrial nations, meeting in Toronto from June 19 to 21, "
                        "agreed on debt relief. Across the city, campaigners held a counter-conference, The Other "
                        "Economic Summit.", published_at=datetime(2031, 6, 23))
    assert (toronto.organization, toronto.city) == ("G7", "Toronto")


def test_nice_fontainebleau_florianopolis_and_the_community_of_an_eec_summit():
    nice = summit_of("European Union leaders met in Nice on Thursday for a summit on the treaty.")
    assert (nice.city, nice.country) == ("Nice", "France")
    body = ("The ten leaders met at the chateau in Fontainebleau on Monday and Tuesday for their summit. France holds "
            "the Community presidency until the end of the month, and the Community needs new money.")
    fontainebleau = summit_of(body, published_at=datetime(1984, 6, 28))
    assert (fontainebleau.organization, fontainebleau.city) == ("European Union", "Fontainebleau")
    assert summit_of("Mercosur presidents met in Florianopolis on Friday for their summit.").city == "Florianópolis"


def test_the_treasury_secretary_after_a_quote_and_that_after_what_the_result_showed():
    speakers = quote_speakers("Leaders of the Group of Seven met at their summit in Versailles on Saturday. Treasury "
                              "Secretary Dan Ryle played the pledge down. \"We agreed to talk, not to act,\" the "
                              "Treasury Secretary said. Sir Giles Hart, the Foreign Secretary, said the result showed "
                              "that \"calm wins in Europe.\"")
    assert speakers == {"We agreed to talk, not to act": "person:dan-ryle", "calm wins in Europe": "person:giles-hart"}


def test_a_lecturer_in_a_field_named_with_a_capital_keeps_the_field():
    from tests.facts_helpers import roles
    found = roles("EU leaders met at their summit in Nice on Monday. With me is Rada Quist, a lecturer in European "
                  "politics at the College of Europe in Bruges.")
    assert found["person:rada-quist"] == "lecturer in European politics"
