"""Round-45 mechanisms (issue 6 round 45, read from the burned heldout44 set's misses). Every sentence is invented for
the test, with wordings that differ from the gold articles; the bodies and cities named are real, since the
organisations and cities tables and the summit calendar are what the tests check."""

from __future__ import annotations

from datetime import datetime

from tests.facts_helpers import quote_speakers, roles, summit_of


def test_a_terms_starting_date_is_not_a_day_of_the_meeting():
    summit = summit_of("The CSTO summit is over in Yerevan.\n\nThe leaders appointed a Kazakh diplomat as Secretary "
                       "General from 1 January, succeeding a Belarusian.", published_at=datetime(2022, 11, 23))
    assert (str(summit.start_date), str(summit.end_date)) == ("2022-11-23", "2022-11-23")  # (the calendar's day)


def test_a_1990s_commonwealth_meeting_is_found_while_it_goes_on_even_without_the_word_summit():
    summit = summit_of("The Commonwealth suspended Nigeria today. Leaders meeting in Auckland took the decision after "
                       "a night of talks.", published_at=datetime(1995, 11, 11))
    assert (summit.organization, summit.city, str(summit.start_date)) == ("Commonwealth", "Auckland", "1995-11-10")


def test_offices_behind_a_chieftaincy_an_only_and_a_college():
    found = roles("Commonwealth leaders met in Edinburgh. The Deputy Secretary-General, Chief Olu Adeyemi, took "
                  "notes. Cuba's Fidel Castro was the only head of state not invited. The regime jailed the "
                  "writer Tunde Bakare. Ani Petrosyan, who teaches history at Pasadena City College, watched.")
    assert found["person:olu-adeyemi"] == "Deputy Secretary-General"
    assert found["person:fidel-castro"] == "head of state"
    assert found["person:tunde-bakare"] == "writer"
    assert found["person:ani-petrosyan"] == "teaches history"


def test_a_name_before_a_verb_and_his_or_her_is_a_person():
    body = ('Commonwealth leaders met in Edinburgh. On the Royal Mile, Hamish Dalgleish shut his gift shop for the '
            'motorcade. "It cost me a day of trade," he said.')
    assert quote_speakers(body)["It cost me a day of trade"] == "person:hamish-dalgleish"
