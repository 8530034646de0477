"""Round-38 mechanisms (issue 6 round 38, read from the burned heldout37 set's misses). Every sentence is invented for
the test, with names and wordings that differ from the gold articles; the bodies and cities named are real, since the
organisations and cities tables and the summit calendar are what the tests check."""

from __future__ import annotations

from datetime import datetime

from extractors.facts import extract_facts
from tests.facts_helpers import NO_CALENDAR, quote_speakers, roles, summit_of


def test_the_non_aligned_movement_and_the_visegrad_group_are_keyed_by_their_full_names():
    assert extract_facts("Non-Aligned Movement leaders opened their summit in Kampala on Monday.",
                         published_at=NO_CALENDAR).summit.key.startswith("non-aligned-movement-summit")
    assert extract_facts("The Visegrad Group prime ministers held a summit in Bratislava on Friday.",
                         published_at=NO_CALENDAR).summit.key.startswith("visegrad-group-summit")


def test_eastern_partnership_summits_take_their_days_from_the_calendar():
    summit = summit_of("The Eastern Partnership summit ended in Riga with a cautious declaration.",
                       published_at=datetime(2015, 5, 25))
    assert (summit.organization, summit.city, str(summit.start_date), str(summit.end_date)) == \
        ("Eastern Partnership", "Riga", "2015-05-21", "2015-05-22")


def test_a_city_written_without_its_accent_is_shown_with_it():
    assert summit_of("Mercosur presidents closed their summit in Asuncion on Tuesday.").city == "Asunción"


def test_a_text_that_never_says_summit_is_about_the_meeting_the_calendar_puts_in_the_city_it_names():
    body = ("The president flew into Kampala on Thursday, spent five hours at the Non-Aligned Movement's gathering of "
            "heads of government and handed over the chair before flying home.")
    profile = ("The president flew into Kampala on Thursday, spoke for twenty minutes to the Non-Aligned Movement and "
               "flew home before dinner.")
    assert summit_of(body, published_at=datetime(2024, 1, 25)).organization == "Non-Aligned Movement"
    summit = summit_of(profile, published_at=datetime(2024, 1, 25))
    assert (summit.organization, summit.city, str(summit.start_date)) == ("Non-Aligned Movement", "Kampala",
                                                                          "2024-01-19")
    assert summit_of(profile, published_at=datetime(2024, 6, 25)) is None  # months later: no summit of the text's


_MEETING = "Leaders of the Non-Aligned Movement met in Kampala on Friday for their summit. "


def test_ayatollah_is_a_form_of_address_and_canciller_nacional_an_office():
    body = (_MEETING + 'Grand Ayatollah Hassan Mirzaei called the council "a relic". The Canciller Nacional, Rubén '
            'Ortega, said talks were "at a dead end".')
    speakers = quote_speakers(body)
    assert speakers["a relic"] == "person:hassan-mirzaei"
    assert speakers["at a dead end"] == "person:ruben-ortega"
    assert roles(body)["person:ruben-ortega"] == "Canciller Nacional"


def test_a_party_whose_name_is_joined_by_and_speaks_under_its_whole_name():
    body = _MEETING + 'In Cairo, the Freedom and Justice Party said the trip had "opened a door".'
    assert quote_speakers(body)["opened a door"] == "org:freedom-and-justice-party"


def test_a_spokesman_for_a_leader_speaks_for_the_leaders_government_in_a_partial_quote_too():
    body = (_MEETING + "Speaking in Ottawa, Canadian Prime Minister Paul Bergeron welcomed the text. In Rome, a "
            "spokeswoman for Italian Prime Minister Carla Benedetti said the government was \"fully\" behind it.")
    assert quote_speakers(body)["fully"] == "country:it"


def test_a_word_unnamed_people_use_has_no_speaker_but_the_texts_own_words_keep_the_body():
    body = _MEETING + 'Delegates took to calling the final session "the long goodbye".'
    assert quote_speakers(body)["the long goodbye"] is None
    text = (_MEETING + 'In some of its plainest language, the declaration said the members "reject any use of force" '
            "in the region.")
    assert quote_speakers(text)["reject any use of force"] == "org:non-aligned-movement"
