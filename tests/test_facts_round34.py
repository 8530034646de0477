"""Round-34 mechanisms (issue 6 round 34, read from the burned heldout33 set's misses). Every sentence is invented for
the test, with names and wordings that differ from the gold articles; the bodies named are real, since the
organisations table and the summit calendar are what the tests check."""

from __future__ import annotations

from datetime import datetime

from tests.facts_helpers import evidence, fact_keys, key_parts, quote_speakers, summit_of


def test_a_city_written_with_its_accent_is_the_tables_city():
    body = "Council of Europe leaders ended their summit in Reykjavík on Wednesday with a declaration."
    assert summit_of(body).city == "Reykjavik"


def test_the_union_for_the_mediterranean_and_the_lancang_mekong_cooperation_are_keyed_by_their_full_names():
    assert fact_keys("Union for the Mediterranean leaders adopted a declaration at their summit in Paris.") >= {
        "decision:org:union-for-the-mediterranean:adopt-declaration"}
    body = "Leaders of the six Mekong countries met in Sanya on Wednesday for the first LMC summit."
    assert summit_of(body).organization == "Lancang-Mekong Cooperation"


def test_the_arab_summit_is_the_arab_leagues_meeting_over_a_body_named_in_passing():
    body = ("Our host had just taken the chair of the Arab summit from Iraq. Nato did not take long to say it would "
            "not intervene.")
    assert summit_of(body).organization == "Arab League"


def test_the_emir_said_is_the_emir_named_before():
    body = ('Arab leaders opened their summit in Doha. Our host, the Emir of Qatar, Sheikh Hamad bin Khalifa '
            'al-Thani, took the chair. "We will put in our share," the emir said.')
    assert quote_speakers(body)["We will put in our share"] == "person:hamad-bin-khalifa-al-thani"


def test_a_policy_a_capital_calls_by_a_name_and_a_process_the_text_calls_so_are_terms():
    body = ('Lebanon, clinging to what Beirut calls its policy of "dissociation", kept its distance. The member states '
            'commit to what the text calls the "Reykjavik process", a pledge.')
    assert quote_speakers(body) == {}


def test_an_aide_to_a_leader_speaks_for_the_country_the_leader_then_governed():
    body = ('Prime Minister Ehud Olmert addressed the summit in Paris on Sunday. An aide to Olmert was unimpressed: '
            '"He can leave the room."')
    assert quote_speakers(body, published_at=datetime(2008, 7, 14))["He can leave the room"] == "country:il"


def test_an_alliance_official_speaks_for_nato_in_a_report_that_names_it():
    body = ('Arab leaders met in Doha for their summit. "Nato has no intention of intervening," an alliance official '
            'in Brussels said that afternoon.')
    assert quote_speakers(body)["Nato has no intention of intervening"] == "org:nato"


def test_an_official_agency_names_a_press_body_that_speaks():
    body = ('Arab leaders met in Doha for their summit. The official agency SANA described the summit as a '
            '"gathering of conspirators" and the seat as stolen property.')
    assert quote_speakers(body)["gathering of conspirators"] == "org:sana"


def test_leaders_who_met_on_the_sidelines_are_an_outcome_but_not_those_who_had_met_only_there_before():
    body = "SCO leaders met in Astana for their summit. President Li met Prime Minister Rao on the sidelines."
    assert "meet-sidelines" in key_parts(body)
    before = ("Their leaders had met Mr Biden together only on the sidelines of other gatherings. This was the first "
              "stand-alone summit of the three.")
    assert "meet-sidelines" not in key_parts(before)


def test_a_pronoun_passes_over_a_person_its_earlier_sentence_names_as_its_object():
    body = ('Mr Haddad\'s speech was the most affecting twenty minutes I can remember. He spoke of children pulled from '
            'the rubble. Then came the request that made the news: he had asked John Roe, the US secretary of state, to '
            'extend the missile umbrella. Washington, he said, had promised to "study" it.')
    assert quote_speakers(body)["study"] == "person:haddad"


def test_a_leader_after_a_sentence_on_another_country_reacts_for_the_country_he_then_led():
    body = ("Council of Europe leaders met in Reykjavik for their summit on Tuesday. Syria's Foreign Ministry, in a "
            'statement, called the handover "a flagrant violation" of the charter. President Volodymyr Zelenskyy, '
            'speaking by video link, told the leaders: "Every crime must have its price."')
    found = evidence(body, published_at=datetime(2023, 5, 18))
    assert found["reaction:country:ua:react:org:council-of-europe"].startswith("President Volodymyr Zelenskyy")
    assert not any("Zelenskyy" in text for key, text in found.items() if ":country:sy:" in key)


def test_a_quotation_far_into_a_speakers_reported_that_clause_is_theirs():
    body = ("Union for the Mediterranean leaders met in Paris for their summit on Sunday. Bashar Assad told reporters "
            "on Saturday that the indirect talks with Israel under Turkish mediation could turn into direct "
            'negotiations, but probably only "after a new American administration" takes office.')
    assert quote_speakers(body) == {"after a new American administration": "person:bashar-al-assad"}
