"""Round-87 mechanisms (issue 6 round 87 and on, read from the burned heldout86 set's misses and later ones). Every
sentence is invented for the test, with wordings that differ from the gold articles."""

from __future__ import annotations

from datetime import datetime

from tests.facts_helpers import quote_speakers, roles, summit_of


def test_grand_anse_and_paracas_are_host_towns_and_heads_of_government_meeting_name_the_body():
    body = ("A briefing for exporters across the Commonwealth Caribbean.\n\n"
            "CARICOM heads of government, meeting at Grand Anse, Grenada, from July 3 to 6, promised a single market. "
            "The plan was drafted with help from the Commonwealth Secretary-General.")
    summit = summit_of(body, published_at=datetime(2031, 7, 10))
    assert (summit.organization, summit.city, summit.country) == ("CARICOM", "Grand Anse", "Grenada")
    assert summit_of("Pacific Alliance presidents met in Paracas on Friday for their summit.").city == "Paracas"


def test_a_datelines_day_is_the_filing_day_and_a_caption_or_a_day_after_the_summit_is_no_meeting_day():
    body = ("Archive | Friday, September 19, 2031\n\n"
            "LUANDA, September 18 - African heads of state ended their annual conference here tonight after four days "
            "of talks. The meeting opened on Monday.\n\n"
            "[Archive image: the front page for September 19, with a photograph of the closing session.]\n\n"
            "Oil prices fell on Monday, the first full trading day after the summit.")
    summit = summit_of(body, published_at=datetime(2031, 9, 19))
    assert (str(summit.start_date), str(summit.end_date)) == ("2031-09-15", "2031-09-18")


def test_trades_in_the_present_a_birthplace_and_an_association_of_some_members_are_the_roles():
    found = roles("At the summit, Mavis Joseph, who has sold spices at the market for thirty years, was doubtful. "
                  "Sir Ravi Persaud, the Guyanese-born secretary-general, opened it. Lystra Bubb, who chairs an "
                  "association of small manufacturers in Trinidad, was pleased. Glen Kitt, a barman at the hotel, "
                  "was busy.")
    assert found["person:mavis-joseph"] == "sells spices"
    assert found["person:ravi-persaud"] == "secretary-general"
    assert found["person:lystra-bubb"] == "chairs an association of small manufacturers"
    assert found["person:glen-kitt"] == "barman"


def test_her_stance_then_her_words_and_a_name_a_region_calls_itself_is_no_quote():
    speakers = quote_speakers("Gulf leaders met at their summit in Jeddah on Saturday. \"Two days of closed roads,\" "
                              "said Anfal Tunstall, who runs a haulage company in the city. She was more interested "
                              "in the power lines than in the speeches. \"If the grid link goes ahead, my trucks are "
                              "busy for years.\"")
    assert speakers["If the grid link goes ahead, my trucks are busy for years"] == "person:anfal-tunstall"
    assert quote_speakers("African leaders met at their summit in Kinshasa on Monday and called the war in the "
                          "Eastern Region, which calls itself \"Biafra,\" an internal affair.") == {}


def test_made_deputy_chair_a_states_dated_target_and_nothing_announced_are_facts():
    from tests.facts_helpers import fact_keys
    base = "Southern African leaders met at their summit in Kinshasa on Monday. "
    assert any(k.endswith(":elect") for k in fact_keys(base + "The leaders made Namibia deputy chair of the bloc."))
    assert "pledge:country:sa:target" in fact_keys(
        base + "The crown prince told the meeting that Saudi Arabia would raise its output capacity to 13 million "
        "barrels a day by 2027.")
    assert "outcome:org:sadc:none-announced" in fact_keys(base + "No immediate increase in aid was announced.")
