"""Round-31 mechanisms (issue 6 round 31, read from the burned heldout30 set's misses). Every sentence is invented for
the test, with names and wordings that differ from the gold articles; the bodies named (ASEM, the OIC, the EU and the
African Union) are real, since the organisations table is what the tests check."""

from __future__ import annotations

from datetime import datetime

from extractors.facts import extract_facts
from tests.facts_helpers import NO_CALENDAR, key_parts, quote_speakers, summit_of


def test_a_summit_between_the_eu_and_africa_is_the_eu_au_summit():
    body = "The third summit between the European Union and Africa closed in Rome this afternoon."
    assert summit_of(body).organization == "European Union-Africa"
    assert extract_facts(body, published_at=NO_CALENDAR).summit.key.startswith("eu-au-summit")


def test_the_peoples_summit_outside_is_a_counter_summit():
    body = ("The Summit of the Americas closed yesterday in Lima. On Saturday thousands marched at the call of the "
            "People's Summit. The People's Summit held its own vote.")
    assert summit_of(body).organization == "Summit of the Americas"


def test_asem_and_the_organisation_of_the_islamic_conference_are_summit_bodies():
    assert summit_of("The Asia-Europe Meeting summit opened in Rome on Thursday.").organization == "ASEM"
    body = "The 12th summit of the Organisation of the Islamic Conference closed in Rabat on Friday."
    assert summit_of(body).organization == "Organisation of Islamic Cooperation"


def test_the_paper_said_is_the_paper_named_before_unless_a_pronoun_speaks():
    body = ("MOSCOW Kommersant was sceptical. The paper concluded that Moscow \"has not been isolated, only seated at "
            "the end.\"\n\nBEIJING The Global Times gave the story a paragraph. Europe, the paper said, \"is learning to "
            "look east.\"")
    got = quote_speakers(body)
    assert got["has not been isolated, only seated at the end"] == "org:kommersant"
    assert got["is learning to look east"] == "org:global-times"
    body = ("The state-owned Kommersant praised President Ana Velez's speech, in which, the paper said, she had warned "
            "against \"outside schemes\" in the region.")
    assert quote_speakers(body)["outside schemes"] == "person:ana-velez"


def test_a_coined_word_or_what_the_diplomats_call_a_thing_is_a_term():
    body = ("The president promised to win back the \"fast-track\" negotiating authority. The text contains what the "
            "diplomats call a \"democracy clause\". The bloc sits at the centre, a position officials call "
            "\"centrality\".")
    assert quote_speakers(body) == {}
    body = "Turkey lifted its veto after what Turkish officials called \"guarantees\", among them a post."
    assert quote_speakers(body) == {"guarantees": "country:tr"}


def test_a_clip_label_may_carry_a_role_and_a_place():
    body = ("HOST: Outside, exiles demonstrated.\n\nCLIP, ANA VELEZ, CHILEAN EXILE, LISBON: \"He eats at a banquet "
            "while our mothers queue.\"")
    assert quote_speakers(body) == {"He eats at a banquet while our mothers queue": "person:ana-velez"}


def test_the_declaration_of_a_city_instructs_and_the_second_quotation_joined_by_and_to_is_its_too():
    body = ("The Atlantic Forum summit closed in Lyon.\n\nThe Declaration of Lyon, adopted at the end of the summit, "
            "instructs ministers to conclude talks \"no later than May 2032\" and to bring the pact into force \"no later "
            "than June 2032.\"")
    got = quote_speakers(body)
    assert got["no later than May 2032"] == got["no later than June 2032"] == "org:lyon-summit"


def test_the_royal_canadian_mounted_police_is_a_body():
    body = "The Royal Canadian Mounted Police said officers had shown \"restraint under difficult conditions.\""
    assert quote_speakers(body) == {"restraint under difficult conditions": "org:rcmp"}



def test_police_force_arrests_and_mass_marches_are_protests_at_the_summit():
    for sentence in ("Police fired tear gas at marchers near the venue on Friday.",
                     "More than 300 people were arrested over the weekend.",
                     "Tens of thousands of unionists marched through the old town on Saturday.",
                     "Police made more than 400 arrests over the three days."):
        assert "protest" in key_parts("The Atlantic Forum summit opened in Lyon on Friday. " + sentence), sentence
    assert "protest" not in key_parts("The Atlantic Forum summit opened in Lyon on Friday. Unions said thousands would "
                                   "march on Saturday.")


def test_reservations_entered_on_a_signed_text_are_an_outcome():
    body = ("The Atlantic Forum summit closed in Lyon. Chile's President Ana Velez signed the declaration but entered "
            "reservations on the democracy clause, saying her country would not be bound by it.")
    assert "reservation" in key_parts(body)


def test_formally_admitted_members_take_their_seats():
    body = ("The Atlantic Forum summit opened in Lyon. Chile and Peru took their seats for the first time, having been "
            "formally admitted at the opening session.")
    assert "admit" in key_parts(body)


def test_cali_is_a_city_and_a_bodys_founding_years_ago_is_not_the_meetings_year():
    body = ("The presidents of Chile, Colombia, Mexico and Peru met in Cali last Thursday for the seventh summit of the "
            "Pacific Alliance, the trade bloc they founded two years ago.")
    summit = summit_of(body, datetime(2031, 5, 27))
    assert (summit.city, summit.country) == ("Cali", "Colombia")
    assert summit.start_date.isoformat() == "2031-05-22"
