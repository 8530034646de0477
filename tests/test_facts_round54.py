"""Round-54 mechanisms (issue 6 round 54, read from the burned heldout53 set's misses). Every sentence is invented for
the test, with wordings that differ from the gold articles."""

from __future__ import annotations

from datetime import datetime

from tests.facts_helpers import fact_keys, quote_speakers, roles


def test_an_official_of_a_named_ministry_speaks_for_the_state_and_what_many_call_a_thing_has_no_speaker():
    body = ("OIC leaders met in Dakar on Saturday. \"The bill is ours to share,\" a Senegalese finance ministry "
            "official said. The summit backed the court case, which many in the diaspora call \"the Dakar file\".")
    speakers = quote_speakers(body)
    assert speakers["The bill is ours to share"] == "country:sn"
    assert speakers["the Dakar file"] is None


def test_what_a_person_does_gives_the_role_when_no_trade_noun_is_read_from_it():
    body = ("SADC leaders met in Lusaka on Thursday. \"The border is the problem,\" said Chanda Phiri, who runs a fleet "
            "of 40 buses on the Kafue road. \"We count every dollar,\" said Awa Ceesay, who coordinates a budget "
            "watch group in Kanifing. \"Long shifts,\" said Rosa Neto, who works as a nurse at the central hospital. "
            "\"Slow,\" said Kamal Hossain, who runs a clearing and forwarding agency in Chittagong. Foreign Affairs "
            "Secretary Ana Reyes said little.")
    found = roles(body)
    assert found["person:chanda-phiri"] == "runs a fleet of 40 buses"
    assert found["person:awa-ceesay"] == "coordinates a budget watch group"
    assert found["person:rosa-neto"] == "nurse"
    assert found["person:kamal-hossain"] == "runs a clearing and forwarding agency"
    assert found["person:ana-reyes"] == "Foreign Affairs Secretary"


def test_a_summit_text_calling_for_something_reacts_and_a_state_set_to_chair_and_elected_leaders_launching_decide():
    body = ("The Ibero-American Summit closed in Cartagena on Sunday. On Sunday the summit closed with a communique "
            "calling for an end to the blockade of the port. Peru will chair the first two years of the new forum, with Chile "
            "as deputy. The 22 elected heads of state formally launched negotiations on a regional vaccine pact.")
    keys = fact_keys(body)
    kinds = {k.split(":")[0] for k in keys}
    assert kinds == {"decision", "reaction"}
    assert any(k.startswith("reaction:") and ":call-for-" in k for k in keys)
    assert any(":take-chair" in k for k in keys)
    assert any(k.startswith("decision:org:ibero-american-summit:launch-negotiations") for k in keys)


def test_a_delegate_or_an_official_of_a_named_ministry_reacts_for_the_state():
    body = ("OIC leaders met in Dakar on Saturday. A Jordanian delegate called the final text \"too soft on the "
            "occupation\". A Malian justice ministry official called the decision \"a good day for our courts\".")
    keys = fact_keys(body)
    assert any(k.startswith("reaction:country:jo:") for k in keys)
    assert any(k.startswith("reaction:country:ml:") for k in keys)


def test_an_office_holder_written_with_a_middle_name_is_the_holder():
    body = ("ASEAN leaders met in Manila on Monday. President Rodrigo Roa Duterte handed over the chairmanship. "
            "\"We did our part,\" he said.")
    assert quote_speakers(body, datetime(2017, 11, 14))["We did our part"] == "person:rodrigo-duterte"
