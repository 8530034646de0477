"""Round-55 mechanisms (issue 6 round 55, read from the burned heldout54 set's misses). Every sentence is invented for
the test, with wordings that differ from the gold articles."""

from __future__ import annotations

from tests.facts_helpers import fact_keys, quote_speakers, roles


def test_what_a_trader_or_a_scholar_does_is_read_in_their_own_words_and_mp_is_a_title():
    body = ("APEC leaders met in Manila on Monday. \"Fair prices at last,\" said Tran Minh, who imports dried squid and "
            "fish sauce through the port for shops on Granville Street. \"It buys a year,\" said Neo Dube, who follows "
            "SADC for the Southern Policy Institute in Gaborone. \"A market, not a club,\" said Arman Seitov, who trades Caspian crude "
            "for an Almaty brokerage. Rana Haddad, who teaches Levant politics at SOAS, was unsure. MP Adel Saeed said "
            "the visit changed nothing.")
    found = roles(body)
    assert found["person:tran-minh"] == "imports dried squid and fish sauce"
    assert found["person:neo-dube"] == "follows SADC"
    assert found["person:arman-seitov"] == "trades Caspian crude"
    assert found["person:rana-haddad"] == "teaches Levant politics"
    assert found["person:adel-saeed"] == "MP"


def test_as_one_official_of_a_state_put_it_that_state_speaks_and_an_unplaced_one_is_nobody():
    body = ("NATO leaders met in Lisbon on Friday. The council replaces a forum in which, as one Ukrainian diplomat "
            "put it to reporters, \"the allies decided first and told us later\". Its critics, as one observer put it, "
            "called it \"a talking shop\".")
    speakers = quote_speakers(body)
    assert speakers["the allies decided first and told us later"] == "country:ua"
    assert speakers["a talking shop"] is None


def test_a_body_that_sets_up_a_committee_and_pauses_new_membership_decides():
    body = ("The AU summit opened in Banjul on Monday. In other business, the summit set up a panel of retired judges "
            "to advise on the trial. After the two admissions, the union will take no new members for five years.")
    keys = fact_keys(body)
    assert any(k.startswith("decision:org:african-union:set-up-panel") for k in keys)
    assert "decision:org:african-union:pause-membership" in keys
