"""Round-42 mechanisms (issue 6 round 42, read from the burned heldout41 set's misses). Every sentence is invented for
the test, with wordings that differ from the gold articles; the bodies and cities named are real, since the
organisations and cities tables and the summit calendar are what the tests check."""

from __future__ import annotations

from datetime import datetime

from tests.facts_helpers import quote_speakers, roles, summit_fields, summit_of



def test_bucharest_nine_mekong_japan_and_caricom_meetings_come_from_the_calendar():
    b9 = summit_of("Leaders of the Bucharest Nine met the American president at their summit.",
                   published_at=datetime(2023, 2, 23))
    assert summit_fields(b9) == ("Bucharest Nine", "Warsaw", "Poland", "2023-02-22", "2023-02-22")
    mekong = summit_of("Five Mekong leaders sat down with Shinzo Abe for the Mekong-Japan Summit and a new strategy.",
                       published_at=datetime(2018, 10, 12))
    assert summit_fields(mekong) == ("Mekong-Japan Summit", "Tokyo", "Japan", "2018-10-09", "2018-10-09")
    caricom = summit_of("Caribbean Community heads of government opened their summit with a debate on Haiti.",
                        published_at=datetime(2022, 7, 6))
    assert summit_fields(caricom)[:3] == ("CARICOM", "Paramaribo", "Suriname")


def test_an_anniversarys_dated_year_is_not_the_summits():
    summit = summit_of("CARICOM heads of government met in Georgetown from July 4 to 6 for their summit. The summit "
                       "also marked forty years since the treaty was signed on August 1, 1976.",
                       published_at=datetime(2016, 7, 15))
    assert (str(summit.start_date), str(summit.end_date)) == ("2016-07-04", "2016-07-06")


def test_an_aside_between_commas_does_not_push_the_cue_out_of_reach():
    body = ("NATO leaders met in Vilnius for their summit. Joe Biden spoke after the dinner. Biden called the "
            "eastern allies, three of them once ruled from Moscow and all of them now inside the alliance, "
            '"the anchor of our defence".')
    assert quote_speakers(body)["the anchor of our defence"] == "person:joe-biden"


def test_a_name_after_a_kind_of_body_is_that_body_and_speaks():
    body = ("ASEAN leaders met in Jakarta for their summit. The think tank Lowy Institute said the statement was "
            '"thin on Myanmar". The Jakarta-based NGO Mekong Voices, which has followed the dams for years, said '
            'the leaders had "forgotten the river". The rights group Human Rights Watch called it "a failure".')
    speakers = quote_speakers(body)
    assert speakers["thin on Myanmar"] == "org:lowy-institute"
    assert speakers["forgotten the river"] == "org:mekong-voices"
    assert speakers["a failure"] == "org:hrw"


def test_the_office_of_a_lists_first_name_is_every_listed_states_and_a_plural_office_with_a_status_is_each():
    found = roles("Nordic leaders met in Oslo. Prime Minister Juha Sipila of Finland, Sweden's Stefan Lofven and "
                  "Denmark's Lars Lokke Rasmussen signed the paper. The panel of former presidents Joyce Banda of "
                  "Malawi, Festus Mogae of Botswana and Dr Jakaya Kikwete of Tanzania reported.")
    assert found["person:stefan-lofven"].lower() == "prime minister"
    assert found["person:lars-lokke-rasmussen"].lower() == "prime minister"
    assert found["person:festus-mogae"] == "former president"
    assert found["person:jakaya-kikwete"] == "former president"


def test_a_saints_name_is_a_place_and_a_script_label_in_capitals_is_the_person_named_before():
    body = ("AU leaders met in Kigali. Economist Dr Ravi Maharaj of the University of the West Indies, St Augustine, "
            "was unconvinced. Uganda's candidate, former Vice-President Dr Specioza Kazibwe, lost.\n\n"
            '[CLIP: DR SPECIOZA KAZIBWE] "I will be ready in January."\n\n'
            'SOUNDBITE, ANNA KOVAC, IISS: "The vote was a warning."')
    found = roles(body)
    assert "person:st-augustine" not in found
    assert found["person:specioza-kazibwe"].lower() == "former vice-president"
    assert "person:anna-kovac" not in found  # (her think tank is no office)
    assert quote_speakers(body)["I will be ready in January"] == "person:specioza-kazibwe"
