"""Round-29 mechanisms (issue 6 round 29, read from the burned heldout28 set's misses). Every sentence is invented for
the test, with names, places and wordings that differ from the gold articles; dates are in 2031, which the summit
calendar does not cover, so the summit fields come from the text alone."""

from __future__ import annotations

from datetime import datetime

from extractors.facts import extract_facts
from tests.facts_helpers import summit_of


def test_a_year_in_review_reads_the_written_out_days_not_its_own_publication_day():
    body = ("Our countdown of the year continues with the weekend in October when the leaders met in Lyon.\n\n"
            "The Atlantic Forum summit opened in Lyon on Friday, October 3. The leaders argued through most of "
            "Saturday, October 4, and signed a short declaration. We return to the story today.")
    summit = summit_of(body, datetime(2031, 12, 30))
    assert (summit.start_date.isoformat(), summit.end_date.isoformat()) == ("2031-10-03", "2031-10-04")


def test_a_masthead_line_with_an_edition_note_is_the_filing_date_and_closed_last_night_is_the_day_before():
    body = ("Le Courrier | Lyon | Sunday 9 November 2031 | English edition, translated from the French\n\n"
            "The Atlantic Forum summit closed last night in Lyon after two days of talks.")
    summit = summit_of(body, datetime(2031, 11, 9))
    assert summit.end_date.isoformat() == "2031-11-08"


def test_a_headlines_bare_the_summit_is_no_name_of_its_own():
    body = ("The Summit ends with two camps\n\nThe Fifth Summit of the Americas closed on Saturday in Lima, Peru, "
            "with a declaration on jobs.")
    x = extract_facts(body, title="The Summit ends with two camps", published_at=datetime(2031, 11, 9))
    assert x.summit.organization == "Summit of the Americas"


def test_a_bodys_own_summit_outranks_a_joint_summit_held_on_one_of_its_days():
    body = ("Vietnam hosted the 30th ASEAN Summit in Hue this week. On Friday the leaders also sat down with the UN "
            "Secretary-General for the fifth ASEAN-UN summit. The ASEAN leaders adopted a plan on ports.")
    assert summit_of(body).organization == "ASEAN"


def test_talks_that_ran_until_late_on_a_night_are_past_not_next_week():
    body = ("The Atlantic Forum summit in Lyon on Tuesday ended with a statement that, until late on Monday night, "
            "diplomats said might not exist.")
    summit = summit_of(body, datetime(2031, 4, 10))
    assert summit.end_date.isoformat() == "2031-04-08"
