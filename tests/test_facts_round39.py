"""Round-39 mechanisms (issue 6 round 39, read from the burned heldout38 set's misses). Every sentence is invented for
the test, with names and wordings that differ from the gold articles; the bodies and public figures named are real,
since the organisations, titles and full-names tables and the summit calendar are what the tests check."""

from __future__ import annotations

from datetime import datetime

from extractors.facts import extract_facts
from tests.facts_helpers import NO_CALENDAR, quote_speakers, roles, summit_of

_MEETING = "Leaders of the D-8 met in Islamabad on Thursday for their summit. "


def test_a_past_office_keeps_its_status_and_an_office_before_professor_or_a_rank_is_the_role():
    body = (_MEETING + 'The party of former President Omar Daud called it "a show". Former premier Lina Haddad said '
            '"never again". Chief Adviser Professor Karim Uddin spoke of "hope". Senior General Soe Myint said '
            '"later".')
    found = roles(body)
    assert found["person:omar-daud"] == "former President"
    assert found["person:lina-haddad"] == "Former premier"
    assert found["person:karim-uddin"] == "Chief Adviser"
    assert found["person:soe-myint"] == "Senior General"


def test_the_burmese_u_is_a_form_of_address_and_sheikh_hasina_is_keyed_by_her_whole_name():
    body = _MEETING + 'Deputy Minister U Kyaw Lwin said "not now". Hasina told the meeting it was "unfinished".'
    speakers = quote_speakers(body)
    assert speakers["not now"] == "person:kyaw-lwin"
    assert speakers["unfinished"] == "person:sheikh-hasina"


def test_the_d_8_is_keyed_d_8_and_its_summits_take_their_days_from_the_calendar():
    summit = summit_of("The D-8 summit in Istanbul closed with a call for a common market.",
                       published_at=datetime(2017, 10, 22))
    assert (summit.key.startswith("d-8-summit"), summit.city, str(summit.start_date)) == (True, "Istanbul",
                                                                                           "2017-10-20")
    assert extract_facts(_MEETING, published_at=NO_CALENDAR).summit.organization == "D-8"


def test_a_she_is_never_the_bylines_writer_and_a_relative_who_marks_an_unlisted_name_as_a_person():
    head = "Letter from Islamabad\nThe Evening Courier | Friday, October 21, 2017\nBy Élodie Marchetti\n\n"
    vendor = (head + _MEETING + "Tahira Qambrani, who sells shawls outside the hotel, watched the motorcades.\n\n"
              '"They closed my street for three days," she told me.')
    facts = extract_facts(vendor, published_at=NO_CALENDAR, authors=("Élodie Marchetti",))
    assert {q.speaker_key for q in facts.quotes} == {"person:tahira-qambrani"}
    unnamed = (head + _MEETING + "A vendor watched the motorcades.\n\n"
               '"They closed my street for three days," she told me.')
    facts = extract_facts(unnamed, published_at=NO_CALENDAR, authors=("Élodie Marchetti",))
    assert {q.speaker_key for q in facts.quotes} == {None}
