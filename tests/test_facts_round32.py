"""Round-32 mechanisms (issue 6 round 32, read from the burned heldout31 set's misses). Every sentence is invented for
the test, with names and wordings that differ from the gold articles; the bodies named are real, since the
organisations table is what the tests check."""

from __future__ import annotations

from tests.facts_helpers import summit_of


def test_a_summit_between_two_bodies_that_an_article_says_came_before_is_another_meeting():
    body = ("The first CELAC summit closed in Lima on Monday. CELAC leaders adopted a declaration on democracy. All "
            "of this followed the first summit between CELAC and the European Union, held in the same building.")
    assert summit_of(body).organization == "CELAC"


def test_a_summit_body_that_ended_in_a_city_held_its_meeting_there():
    body = ("Since the Pacific Islands Forum ended in Suva, Fiji, last Friday, claims about the declaration have "
            "spread quickly.")
    summit = summit_of(body)
    assert summit.organization == "Pacific Islands Forum" and summit.city == "Suva"


def test_a_roman_ordinal_does_not_make_a_summit_a_name_of_its_own():
    body = ("Ms Ana Velez was designated on Friday at the close of the XXth Summit of La Francophonie, held in the "
            "Tunisian capital on 11 and 12 October.")
    assert summit_of(body).organization == "Organisation internationale de la Francophonie"
