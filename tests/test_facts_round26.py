"""Round-26 mechanisms (issue 6 round 26, read from the burned heldout25 set's misses). Every sentence is invented for
the test, with names and wordings that differ from the gold articles; dates after the summit calendar's last year
keep the summit fields to what the text says."""

from __future__ import annotations

from datetime import datetime

from tests.facts_helpers import fact_keys, quote_speakers, roles, summit_of


def test_the_leaders_of_a_body_meeting_is_its_summit_without_the_word():
    body = "The leaders of the Group of Eight met in Oslo on Saturday and agreed a fund for clean water."
    summit = summit_of(body)
    assert summit is not None and summit.organization == "G8" and summit.city == "Oslo"


def test_a_conference_centre_named_for_its_city_places_the_meeting():
    body = "The NATO summit opened at the Oslo Congress Centre on Friday. Ministers had prepared it in Lisbon."
    assert summit_of(body).city == "Oslo"


def test_a_named_summit_in_a_later_month_or_by_a_deadline_is_another_meeting():
    body = ("G20 leaders met in Oslo on Friday and Saturday. Bank rules were passed to the Lisbon summit in November, "
            "and the tax question must be settled by the Lisbon summit. The Lisbon summit on 11-12 November inherits "
            "the rest.")
    assert summit_of(body).city == "Oslo"


def test_a_memoirs_written_out_dates_are_the_summits_not_weekdays_from_its_publication():
    body = ("Book extract\n\nThe NATO leaders met in Oslo from Wednesday 6 June 2029, and the talks ran late. On the "
            "Thursday the protesters came back.")
    summit = summit_of(body, datetime(2031, 3, 12))
    assert summit.start_date is not None and str(summit.start_date) == "2029-06-06"


def test_a_heads_of_government_meeting_is_a_summit_by_name_and_an_earlier_months_summit_is_not_this_one():
    body = ("The Commonwealth Heads of Government Meeting closed in Oslo on Sunday. The opposition said that hosting "
            "two summits in one year, after April's Summit of the Americas, had cost too much.")
    assert summit_of(body, datetime(2031, 11, 30)).organization == "Commonwealth"


def test_a_title_before_a_street_word_is_a_street_not_a_person():
    body = "Windows were smashed along Queen Street and Prince Avenue. Mayor Ann Toll said, \"This was crime.\""
    assert set(roles(body)) == {"person:ann-toll"}


def test_a_treasurer_a_minister_president_and_a_military_ruler_are_roles():
    body = ("Norway was represented by the Treasurer, Ola Brekke. Saxony's Minister-President Karl Vogt (CDU) was "
            "pleased. The junta stays suspended until the country's military ruler, Commodore Sam Tevita, sets a date.")
    got = roles(body)
    assert got["person:ola-brekke"] == "Treasurer" and got["person:karl-vogt"] == "Minister-President"
    assert got["person:sam-tevita"] == "military ruler"


def test_as_someone_says_after_a_partial_quotation_names_its_speaker():
    body = "The entry of Norway is \"illegal\", as President Lars Lunde says. Others disagree."
    assert quote_speakers(body)["illegal"] == "person:lars-lunde"


def test_a_bracketed_source_after_a_quotation_names_its_speaker():
    body = "CLAIM 4: \"Norway is now a full member.\" (President Lars Lunde, on state television, June 29) VERDICT: FALSE."
    assert quote_speakers(body)["Norway is now a full member"] == "person:lars-lunde"


def test_a_national_ministrys_statement_speaks_for_its_country():
    body = "A Chinese finance ministry statement said the fund would \"complement the existing lenders\", analysts noted."
    assert quote_speakers(body)["complement the existing lenders"] == "country:cn"


def test_a_name_opening_with_an_acronym_and_a_term_before_a_preposition_are_not_quotations():
    body = ("Everyone here calls it the \"ACME bank\". The chief admitted there never was a \"ten-metre zone\" around "
            "the fence, and said no \"red zone\" had existed.")
    assert quote_speakers(body) == {}


def test_a_nationality_opening_a_bodys_name_is_part_of_it_and_a_demand_is_a_cue():
    body = "The Norwegian Civil Rights Association is right to demand \"a full, independent inquiry,\" say lawyers."
    assert quote_speakers(body)["a full, independent inquiry"] == "org:norwegian-civil-rights-association"


def test_a_body_admitting_a_long_named_state_as_its_nth_member():
    body = "At the close of the Commonwealth summit, the leaders admitted the Republic of Norway as its 55th member."
    assert any(k.startswith("membership:") and k.endswith("country:no") for k in fact_keys(body))


def test_agreeing_on_nothing_or_no_agreement_is_an_outcome_without_a_deal():
    assert any(":no-deal" in k for k in fact_keys("At the G8 summit in Oslo, on Kosovo they agreed on nothing."))
    assert any(":no-deal" in k for k in fact_keys("At the G8 summit in Oslo there was no agreement on Kosovo."))


def test_a_quoted_person_reacts_to_the_summit_once_unless_the_sentence_already_has_a_fact():
    body = ("The NATO summit in Oslo ended on Friday. \"It was a long week,\" said Mayor Ann Toll. \"We are tired,\" "
            "Ms Toll added. The allies agreed to raise defence spending to \"three per cent of output\", Secretary General "
            "Sam Lind said.")
    keys = fact_keys(body, datetime(2031, 5, 10))
    toll = [k for k in keys if k.startswith("reaction:person:ann-toll:")]
    assert toll == ["reaction:person:ann-toll:react:org:nato"]
    assert any(k.startswith("decision:") for k in keys)  # Lind's quotation stands in a sentence with a fact
    assert not any(k.startswith("reaction:person:sam-lind:") for k in keys)



def test_a_quoted_person_whose_government_already_reacts_adds_no_second_reaction():
    body = ("The NATO summit in Oslo ended on Friday. The outcome irked Ukraine's President Ivan Koval, who criticised "
            "the delay. \"The outcomes are encouraging, but an invitation would have been perfect,\" Koval said. "
            "\"We must stay the course,\" said Belgian Prime Minister Jan Peeters.")
    keys = [k for k in fact_keys(body, datetime(2031, 5, 10)) if k.startswith("reaction:")]
    assert not any(k.startswith("reaction:person:ivan-koval:") for k in keys)  # Ukraine already reacts
    assert "reaction:country:be:react:org:nato" in keys  # keyed by whom the prime minister speaks for
