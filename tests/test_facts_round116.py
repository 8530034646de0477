"""Round-116 mechanisms (issue 6 round 116: tune misses read while the held-out sets were being written, then the
burned heldout115 set's misses). Every sentence is invented for the test, with wordings that differ from the gold
articles."""

from __future__ import annotations

from datetime import datetime

from extractors.facts import analyse
from extractors.facts.summit import _dateline_place as dateline_place
from tests.facts_helpers import quote_speakers, roles, summit_of


def test_the_host_said_is_the_person_named_as_host():
    body = ("President Alan Garcia, the host, received the presidents of Bolivia and Ecuador. The leaders agreed "
            "to trade. \"This bloc is no antique,\" the host said as he closed the session.")
    assert quote_speakers(body)["This bloc is no antique"] == "person:alan-garcia"
    body = ("The summit, hosted by President Alan Garcia, opened on Monday. \"This bloc is no antique,\" the host "
            "told the leaders.")
    assert quote_speakers(body)["This bloc is no antique"] == "person:alan-garcia"


def test_met_at_an_unknown_town_with_its_coast_gives_the_town_and_country():
    body = ("When the presidents of Central America met at Pochomil, on the Pacific coast of Nicaragua, on June 5 "
            "and 6, the war was nearly over. Delegates of the two sides met in Mexico City on June 7, the day "
            "after the summit closed, and agreed to talk.")
    found = summit_of(body, published_at=datetime(1991, 6, 12))
    assert (found.organization, found.city, found.country) == ("SICA", "Pochomil", "Nicaragua")
    assert (found.start_date.isoformat(), found.end_date.isoformat()) == ("1991-06-05", "1991-06-06")
    body = ("Prime Minister Jean Chretien hosted the Francophonie summit in Moncton on Friday, the first ever held "
            "in Acadia, and the leaders adopted a declaration.")  # (but the first ever held in a region is no town)
    assert summit_of(body, published_at=datetime(1999, 9, 4)).city == "Moncton"


def test_the_presidents_of_the_central_american_republics_meet_as_sica_and_the_region_is_nobody():
    body = ("LIBERIA, Costa Rica - The presidents of the five Central American republics ended their summit in "
            "this town on Monday with a text that calls Central America \"a zone of peace and growth.\"")
    found = summit_of(body, published_at=datetime(1992, 3, 3))
    assert found.organization == "SICA"
    assert quote_speakers(body)["a zone of peace and growth"] != "person:central"


def test_st_georges_is_written_as_the_gold_sets_write_it():
    body = "The OAS General Assembly opened in St George's on Tuesday, the first held in Grenada."
    assert summit_of(body, published_at=datetime(1980, 6, 5)).city == "St. George's"


def test_a_loose_count_of_days_sets_the_span_only_when_the_text_names_one_day():
    body = ("For nine days Castries was the meeting place of the Americas. The General Assembly of the Organization "
            "of American States opened here on June 7 and closed on Wednesday.")
    found = summit_of(body, published_at=datetime(1983, 6, 17))  # a Friday
    assert (found.start_date.isoformat(), found.end_date.isoformat()) == ("1983-06-07", "1983-06-15")
    body = ("The General Assembly of the Organization of American States closed in Castries yesterday after nine "
            "days of argument. The assembly, which opened on June 3, adopted a text on rights.")
    found = summit_of(body, published_at=datetime(1983, 6, 12))
    assert (found.start_date.isoformat(), found.end_date.isoformat()) == ("1983-06-03", "1983-06-11")
    body = ("For three days the leaders were guests of Bled. The European Council summit met on Thursday and "
            "Friday in the lakeside hotel.")
    found = summit_of(body, published_at=datetime(2004, 6, 20))  # a Sunday
    assert (found.start_date.isoformat(), found.end_date.isoformat()) == ("2004-06-17", "2004-06-18")


def test_the_day_the_leaders_left_is_the_last_day_of_a_counted_stay():
    body = ("For three days in a seaside resort, the host got the summit she wanted. The Group of Seven leaders left "
            "Bari on Saturday with a loan for Ukraine.")
    found = summit_of(body, published_at=datetime(2031, 6, 15))  # a Sunday (no calendar entry that year)
    assert (found.start_date.isoformat(), found.end_date.isoformat()) == ("2031-06-12", "2031-06-14")


def test_the_leader_of_the_opposition_keeps_its_of_but_not_a_partys_name():
    assert roles("Ramon Ruiz-Pattle, the Leader of the Opposition, said the town had been painted for visitors.")[
        "person:ramon-ruiz-pattle"] == "Leader of the Opposition"
    assert roles("Ramon Ruiz-Pattle, leader of the opposition Liberal Party, said the town had been painted.")[
        "person:ramon-ruiz-pattle"] == "leader"


def test_raising_cattle_and_having_cut_cane_are_trades():
    assert roles("\"Sugar is our business,\" said Delroy Pinder-Hurst, who has cut cane for forty years.")[
        "person:delroy-pinder-hurst"] == "cuts cane"
    assert roles("\"The border is shut,\" said Delroy Pinder-Hurst, who raises goats near the river.")[
        "person:delroy-pinder-hurst"] == "raises goats"


def test_a_reported_clause_without_that_reaches_its_partial_quotation():
    got = quote_speakers("Prime Minister Pavel Orlov-Dane said Moscow wanted the Eurasian customs union, the "
                         "Russian-led trade bloc, to work with China's new Silk Road Economic Belt \"as neighbours, "
                         "not as competitors,\" and left.")
    assert got["as neighbours, not as competitors"] == "person:pavel-orlov-dane"


def test_a_transcripts_label_is_no_dateline_place():
    body = ("EU and Russia open talks at Siberian summit\n"
            "Radio Baltica | Europe Desk | Friday, June 27, 2008 | Transcript\n"
            "Presented by Anna Berg-Holm, with Ivan Sokolov-Pryce in Nadym\n"
            "RUSH TRANSCRIPT - This copy may not be in its final form and may be updated.\n\n"
            "BERG-HOLM: Good evening. The European Union and Russia agreed today to begin talks on a new treaty. The "
            "deal was sealed not in Brussels or Moscow but in Nadym, an oil town in western Siberia, where the "
            "Russian president hosted his first summit with the Union.")
    assert summit_of(body, published_at=datetime(2008, 6, 27)).city == "Nadym"
    assert dateline_place(analyse(body)) == (None, None)  # (the label is read as a dateline, and names no place)


def test_trades_keep_what_the_gold_sets_keep_and_drop_the_rest():
    got = roles("Mirela Osei-Pratt, who sells clothing from Kashgar at a string of stalls, shrugged. Tomas Reyes-Lund, "
                "who runs a garment factory employing 300 people, agreed. Ines Haldorsen-Vik, who fishes out of the "
                "harbour, laughed. Kofi Aduamah-Sterne, who teaches at a school in the port, nodded.")
    assert got["person:mirela-osei-pratt"] == "sells clothing from Kashgar"
    assert got["person:tomas-reyes-lund"] == "runs a garment factory"
    assert got["person:ines-haldorsen-vik"] == "fishes"
    assert got["person:kofi-aduamah-sterne"] == "teaches at a school"  # (no field named: where one teaches)


def test_it_played_host_names_the_city_and_another_summits_city_and_days_are_its_own():
    body = ("The old Hanseatic city of Lubeck has traded with the world for centuries, and on July 6 and 7 it played "
            "host to a European Council. The leaders also settled a line for the economic summit of the seven "
            "largest Western economies in Bonn on July 16 and 17. The nine agreed on a monetary system.")
    found = summit_of(body, published_at=datetime(1978, 7, 10))
    assert (found.city, found.start_date.isoformat(), found.end_date.isoformat()) == ("Lübeck", "1978-07-06",
                                                                                      "1978-07-07")


def test_the_summit_that_opens_elsewhere_tomorrow_does_not_date_this_one():
    body = ("EU leaders back rights charter at Biarritz summit\n\nGood morning. European Union leaders ended two days "
            "of talks in the resort of Biarritz yesterday with a charter of rights. They gave their backing to the "
            "summit that opens in Sharm el-Sheikh tomorrow. He called Biarritz a return to normality.")
    found = summit_of(body, published_at=datetime(2000, 10, 15))
    assert (found.start_date.isoformat(), found.end_date.isoformat()) == ("2000-10-13", "2000-10-14")


def test_the_days_of_the_city_the_leaders_came_from_are_not_the_summits():
    body = ("Campeche spent Sunday as the capital of the Pacific Alliance summit. The presidents came from Caracas, "
            "where on Friday and Saturday they had joined the founding of a new regional community.")
    found = summit_of(body, published_at=datetime(2011, 12, 5))  # a Monday
    assert (found.start_date.isoformat(), found.end_date.isoformat()) == ("2011-12-04", "2011-12-04")
