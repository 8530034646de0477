"""Round-51 mechanisms (issue 6 round 51, read from the burned heldout50 set's misses). Every sentence is invented for
the test, with wordings that differ from the gold articles."""

from __future__ import annotations

from extractors.facts import extract_facts
from tests.facts_helpers import NO_CALENDAR, quote_speakers, roles, summit_fields


def test_a_numbered_general_assembly_of_a_body_is_its_meeting_and_the_headline_city_counts():
    body = ("The Valley Post | News | Thursday, May 8, 2031\n\n"
            "For three days the Organization of American States filled the hotels of Medellín. The 61st regular "
            "session of the OAS General Assembly, hosted by Colombia from Monday to Wednesday, ended without a vote "
            "on Haiti. The secretariat in Washington had drafted the text.")
    summit = extract_facts(body, title="OAS assembly leaves Medellín tired", published_at=NO_CALENDAR).summit
    assert summit is not None and summit_fields(summit)[:3] == ("Organization of American States", "Medellín",
                                                                 "Colombia")


def test_a_persons_office_speaks_for_the_government_and_an_aside_pronoun_is_the_subject_that_acts():
    body = ("ECOWAS leaders met in Lomé for their summit. Israeli Prime Minister Benjamin Netanyahu met the host. "
            'Netanyahu\'s office called the talks "cordial and useful." Ghana\'s President Nana Akufo-Addo stayed '
            "away. Nigeria's President Bola Tinubu called the summit a failure because, he said, the bloc still had "
            '"no plan for the Sahel". Akufo-Addo, he added, had been "right to stay home".')
    speakers = quote_speakers(body)
    assert speakers["cordial and useful"] == "country:il"
    assert speakers["no plan for the Sahel"] == "person:bola-tinubu"
    assert speakers["right to stay home"] == "person:bola-tinubu"  # (the name before the aside is spoken of)


def test_the_four_members_of_a_body_speak_as_the_body_and_a_plural_office_with_places_is_each_ones():
    body = ("EU leaders met in Bratislava for their summit. The four Visegrad governments, Slovakia included, tabled "
            'a plan calling for "shared but voluntary help". He was backed by the prime ministers of Poland and '
            "Czechia, Beata Szydlo and Bohuslav Sobotka. Ahmad Rahimi, a money changer, was sceptical.")
    assert quote_speakers(body)["shared but voluntary help"] == "org:visegrad-group"
    found = roles(body)
    assert found["person:beata-szydlo"].lower() == "prime minister"
    assert found["person:bohuslav-sobotka"].lower() == "prime minister"
    assert found["person:ahmad-rahimi"] == "money changer"
