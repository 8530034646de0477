"""Round-109 mechanisms (issue 6 round 109, read from the burned heldout108 set's misses). Every sentence is invented
for the test, with wordings that differ from the gold articles."""

from __future__ import annotations

from datetime import datetime

from extractors.facts import extract_facts
from tests.facts_helpers import fact_keys, quote_speakers, roles, summit_of


def test_a_body_named_again_by_its_head_noun_is_the_meetings_body():
    body = ("Stralsund welcomed the heads of government of the Central European Initiative on Thursday. Italy holds "
            "the initiative's chair this year and chose the port for its annual summit. The leaders said the future "
            "of the region lies with the European Union, and the European Union sent an observer.")
    found = summit_of(body, published_at=datetime(2005, 11, 26))
    assert found.organization == "Central European Initiative"


def test_the_regions_leaders_in_the_headline_are_its_body_and_the_presidents_spent_the_weekend_there():
    body = ("The presidents of the Andean Community spent the weekend in Guayaquil, and they left on Sunday with a "
            "promise of a trade deal with Mercosur. Mercosur officials welcomed it. Mercosur envoys will meet them.")
    found = extract_facts(body, title="Andean leaders in Guayaquil back Mercosur deal",
                          published_at=datetime(1998, 4, 6)).summit
    assert found.organization == "Andean Community"
    held = [f for f in extract_facts(body, title="Andean leaders in Guayaquil back Mercosur deal",
                                     published_at=datetime(1998, 4, 6)).facts if ":hold-summit" in f.key]
    assert held and body[held[0].char_start:held[0].char_end].startswith("The presidents of the Andean Community")


def test_a_sentence_opening_on_the_meeting_keeps_its_days_though_it_names_a_later_signing_elsewhere():
    body = ("Andean leaders gather in Guayaquil\n\nThe Coast Daily | Monday, April 6, 1998\n\n"
            "The Andean presidents spent the weekend in Guayaquil and left on Sunday evening. Meeting on Saturday and "
            "Sunday for the "
            "bloc's tenth council, the leaders approved a text their ministers are to sign in Buenos Aires on April 16.")
    found = summit_of(body, published_at=datetime(1998, 4, 6))
    assert (str(found.start_date), str(found.end_date)) == ("1998-04-04", "1998-04-05")


def test_the_weather_box_does_not_date_the_summit():
    body = ("Presidents meet in the snow\n\nThe Lakes Daily | Monday, August 31, 2009\n\n"
            "For one long Friday the lakeside hotel was sealed off. South America's presidents met there on August "
            "28 for an emergency summit on the bases, in Bariloche.\n"
            "Weather: snow expected on the ski slopes from Wednesday | Road report: the pass is open with chains\n"
            "The leaders ended the meeting on Friday night.")
    found = summit_of(body, published_at=datetime(2009, 8, 31))
    assert (str(found.start_date), str(found.end_date)) == ("2009-08-28", "2009-08-28")


def test_what_the_meetings_act_calls_for_or_describes_is_the_bodys_words():
    body = ("The Andean presidents met in Tarija on Tuesday for a summit. President Hugo Banzer was the host. The "
            "Act of Tarija calls for \"common and shared duties\" of producers and buyers. In the act they described the "
            "floods as \"a wound of the whole region.\" Later, US State Department spokesman Ned Carter, asked about "
            "the declaration, says rich nations should \"look at their own streets\".")
    speakers = quote_speakers(body)
    assert speakers["common and shared duties"] == "org:andean-community"
    assert speakers["a wound of the whole region"] == "org:andean-community"
    assert speakers["look at their own streets"] != "org:andean-community"


def test_a_title_word_inside_a_spanish_institutions_name_makes_no_person():
    body = ("The Andean presidents met in Sucre on Tuesday for a summit. \"It will not last,\" said Rosa Quispe-Hart, "
            "a lecturer at the Universidad Mayor de San Simon in Cochabamba.")
    assert "person:de-san-simon" not in roles(body)


def test_ordering_a_body_to_act_is_a_decision_and_an_agreement_since_last_year_is_not_this_meetings():
    body = ("The Andean presidents ended a summit in Sucre on Wednesday by ordering the new secretariat to open in Lima "
            "on August 1. It was the first council since leaders agreed in Cusco last year to build a common market.")
    keys = fact_keys(body)
    assert any(k.startswith("decision:org:andean-community:task-") for k in keys)
    assert not any("agree" in k for k in keys)


def test_the_member_states_as_subject_and_a_recommitment_is_a_pledge():
    body = ("The Council of the Baltic Sea States held its summit in Kolding on Wednesday. The states agreed to set up "
            "a joint coast guard centre. On the sea, the leaders recommitted themselves to cleaning up the Baltic by 2030.")
    keys = fact_keys(body)
    assert any(k.startswith("decision:org:cbss:agree-set-joint") for k in keys)
    assert any(k.startswith("pledge:org:cbss:commit-") for k in keys)
