"""Round-63 mechanisms (issue 6 round 63, read from the burned heldout62 set's misses). Every sentence is invented for
the test, with wordings that differ from the gold articles."""

from __future__ import annotations

from datetime import datetime

from tests.facts_helpers import roles, summit_of


def test_not_in_a_city_and_a_later_round_set_for_a_city_do_not_host_the_summit():
    body = ("The pact was sealed not in Paris or Berlin but in Surgut, an oil town in western Siberia, where the "
            "president hosted his first summit with the EU on Tuesday. The first round of talks is set for July 9 in "
            "Paris.")
    summit = summit_of(body, published_at=datetime(2031, 7, 3))
    assert summit.city == "Surgut"
    assert (str(summit.start_date), str(summit.end_date)) == ("2031-07-01", "2031-07-01")


def test_leaders_brought_to_a_city_for_a_meeting_meet_there_not_at_a_deadlines_city():
    body = ("The forum brought the leaders of APEC to Portland for a meeting that began on Friday. They promised a "
            "deal before the December 15 deadline in Geneva.")
    assert summit_of(body, published_at=datetime(2031, 11, 24)).city == "Portland"


def test_a_summit_in_the_last_days_of_december_reported_in_january_keeps_its_days():
    body = ("The leaders of the Gulf Cooperation Council ended their annual summit in Muscat on Tuesday. The two-day "
            "meeting opened on Monday.")
    summit = summit_of(body, published_at=datetime(2032, 1, 2))  # a Friday
    assert (str(summit.start_date), str(summit.end_date)) == ("2031-12-29", "2031-12-30")


def test_a_site_foreman_and_a_shop_steward_are_roles():
    found = roles("GCC leaders met in Muscat on Monday. Ravi Menon-Stott, a site foreman on a hotel project, was "
                  "worried. Ada Brown-Kerr, a shop steward for hotel workers, agreed.")
    assert found["person:ravi-menon-stott"] == "site foreman"
    assert found["person:ada-brown-kerr"] == "shop steward for hotel workers"


def test_who_chairs_an_indefinite_body_and_where_a_network_is_based_keep_the_clauses_words():
    found = roles("ASEM leaders met in Hanoi on Friday. Lin Aye-Porter, who coordinates a refugee network based in "
                  "Mae Sot, was angry. Tom Vale-Ruiz, who chairs a traders' association in Hue, was not.")
    assert found["person:lin-aye-porter"] == "coordinates a refugee network"
    assert found["person:tom-vale-ruiz"] == "chairs a traders' association"
