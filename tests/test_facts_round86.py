"""Round-86 mechanisms (issue 6 round 86 and on, read from the burned heldout85 set's misses and later ones). Every
sentence is invented for the test, with wordings that differ from the gold articles."""

from __future__ import annotations

from datetime import datetime

from extractors.facts import extract_facts
from tests.facts_helpers import fact_keys, quote_speakers, roles, summit_of


def test_windsor_corfu_and_tucuman_with_its_accent_are_known_host_cities():
    windsor = summit_of("The General Assembly of the Organization of American States met in Windsor on Monday, just "
                        "across the river from Detroit.", published_at=datetime(2031, 5, 13))
    assert (windsor.city, windsor.country) == ("Windsor", "Canada")
    corfu = summit_of("European Union leaders held their summit on Corfu on Friday.", published_at=datetime(2031, 5, 10))
    assert (corfu.city, corfu.country) == ("Corfu", "Greece")
    tucuman = summit_of("Mercosur presidents met in Tucuman on Tuesday for their summit.")
    assert tucuman.city == "San Miguel de Tucumán"


def test_a_presidency_changing_hands_and_a_day_placed_before_the_summit_are_not_meeting_days():
    when = datetime(2031, 6, 28)
    handover = summit_of("European Union leaders met for a summit in Ghent on Friday and Saturday. The chancellor, "
                         "whose country takes over the EU presidency on July 1, said he was disappointed and would "
                         "call a special summit.", published_at=when)
    before = summit_of("European Union leaders met for a summit in Ghent on Friday and Saturday. On Wednesday, two "
                       "days before the summit, farmers blocked the roads.", published_at=when)
    for summit in (handover, before):
        assert (str(summit.start_date), str(summit.end_date)) == ("2031-06-27", "2031-06-28")


def test_an_aside_naming_the_speaker_beats_the_clause_subject_and_they_after_the_leaders_is_the_summit():
    speakers = quote_speakers("Leaders of the Organization of American States met in Windsor on Monday. Elena Ruiz, "
                              "the Secretary General, spoke. The organisation, the Secretary General said, \"cannot "
                              "choose for them. It can only help.\"")
    assert speakers == {"cannot choose for them. It can only help": "person:elena-ruiz"}
    speakers = quote_speakers("Leaders of the Ibero-American Summit met in Porto on Sunday. In their declaration the "
                              "leaders call for reform. They warn that the crisis that hit Asia and then spread to "
                              "Russia threatens the region, and they ask for \"a steadier world financial system.\"")
    assert speakers == {"a steadier world financial system": "org:ibero-american-summit"}


def test_a_vox_pop_is_not_taken_for_the_state_the_sentence_before_opens_with():
    body = ("Mercosur presidents met in San Miguel de Tucuman on Tuesday for their summit. The governor said the "
            "province had earned its day. \"Everyone looked at us,\" he said.\n\n"
            "Mendoza grows most of the country's grapes. \"They buy our wine and send back our sons,\" said Rufo "
            "Almada, who exports wine from Lujan.")
    assert "reaction:person:rufo-almada:react:org:mercosur" in fact_keys(body)


def test_trades_and_a_membership_are_roles_member_state_is_no_person_and_there_ends_no_role():
    found = roles("At the summit, Leon Brittan, a member of the European Commission, was mentioned for the post. In "
                  "Vardo, the skipper Ola Nordvik was not impressed. Ana Lobo, a guide at one of the lodges, said the "
                  "ministers drank port. Gino Russo, who runs a shoe repair shop there, lost three days of trade. Any "
                  "Member State may object.")
    assert found["person:leon-brittan"] == "member"
    assert found["person:ola-nordvik"] == "skipper"
    assert found["person:ana-lobo"] == "guide"
    assert found["person:gino-russo"] == "runs a shoe repair shop"
    assert "person:state" not in found


def test_an_assembly_held_is_the_meeting_and_signing_a_treaty_of_accession_is_membership():
    body = ("When the Organization of American States held its regular General Assembly in Windsor, Canada, from "
            "June 4 to 6, the government feared a rebuke. Prime Minister Kari Dahl signed Norway's treaty of "
            "accession to the European Union. Iceland still has to sign the treaty of accession.")
    facts = extract_facts(body, published_at=datetime(2031, 6, 9)).facts
    meeting = [f for f in facts if f.action == "hold-summit"]
    assert meeting and body[meeting[0].char_start:meeting[0].char_end].startswith("When the Organization")
    members = [f for f in facts if f.kind == "membership" and f.action == "sign-accession"]
    assert len(members) == 1 and "Dahl signed" in body[members[0].char_start:members[0].char_end]
