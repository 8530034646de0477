"""Round-92 mechanisms (issue 6 round 92, read from the burned heldout92 set's misses). Every sentence is invented
for the test, with wordings that differ from the gold articles."""

from __future__ import annotations

from datetime import date, datetime

from extractors.facts import extract_facts
from tests.facts_helpers import fact_keys, roles, summit_of


def test_a_bylines_place_weighs_less_than_the_place_the_leaders_met():
    body = ("Five things the summit changed for prosecutors\n"
            "By Ilse Marrow-Quenby, Brussels\n\n"
            "The heads of government of the fifteen EU member states met in Tampere, Finland, on October 15 and 16 "
            "for a summit on justice. Officials in Brussels expect the programme to take five years.")
    found = summit_of(body, published_at=datetime(1999, 10, 25))
    assert (found.city, found.country) == ("Tampere", "Finland")


def test_a_masthead_line_with_its_filing_time_is_no_day_of_the_summit():
    body = ("EU opens talks with six; Ankara says no\n"
            "Orbit Wire | Europe | Sunday, December 14, 1997 16:05 GMT\n"
            "By Luc Andermatt\n\n"
            "LUXEMBOURG, Dec 14 (Orbit) - European Union leaders agreed at a two-day summit in Luxembourg that ended "
            "on Saturday to open membership talks with six countries.")
    found = summit_of(body, published_at=datetime(1997, 12, 14))
    assert (found.start_date, found.end_date) == (date(1997, 12, 12), date(1997, 12, 13))


def test_parana_is_written_with_its_accent():
    assert summit_of("Mercosur presidents met in Parana on Wednesday for their twice-yearly summit.").city == "Paraná"


def test_an_apposed_trade_the_title_list_did_not_know_is_the_role():
    found = roles("EU leaders met at their summit in Tampere on Friday. Aukusti Varjo-Pennick, a counsellor at a "
                  "reception centre for asylum seekers, welcomed the plan. Ildefonso Marquina-Baird, a bookseller on "
                  "the main square, said trade had been brisk. \"The words are fine,\" said Ottilie Brasch-Kemble, a "
                  "legal officer at a refugee charity.")
    assert found["person:aukusti-varjo-pennick"] == "counsellor"
    assert found["person:ildefonso-marquina-baird"] == "bookseller"
    assert found["person:ottilie-brasch-kemble"] == "legal officer"


def test_a_text_the_meeting_issues_that_condemns_or_calls_for_is_its_reaction():
    keys = fact_keys("APEC leaders met in Lima on Sunday for their summit. The leaders issued a statement condemning "
                     "the attack on the embassy.")
    assert any(k.startswith("reaction:org:apec:condemn-attack-embassy") for k in keys), keys
    keys = fact_keys("The Ibero-American Summit met in Salamanca on Saturday. The summit adopted a separate statement "
                     "calling on the United States to end its embargo against Cuba.")
    assert "reaction:org:ibero-american-summit:call-for-united-states-end:country:us" in keys, keys
    assert not any(":adopt-statement" in k or ":sanctions:" in k for k in keys), keys  # a call, not an adoption
    keys = fact_keys("The Organisation of Islamic Cooperation summit met in Lahore this week. The conference itself "
                     "ended on Sunday with a declaration calling on Israel to withdraw from the occupied lands.")
    assert any(k.startswith("reaction:org:oic:call-for-israel-withdraw") for k in keys), keys
    keys = fact_keys("EU leaders met at their summit in Gothenburg on Friday. The leaders' statement condemning the "
                     "riots was right, the mayor said.")
    assert any(k.startswith("reaction:org:eu:condemn-riots") for k in keys), keys


def test_a_text_the_meeting_failed_to_adopt_calls_for_nothing():
    keys = fact_keys("The OAS General Assembly met in Cancun on Monday. Foreign ministers failed to adopt a resolution "
                     "urging President Vargas to release political prisoners.")
    assert not any(k.startswith("reaction:") and ":call-for-" in k for k in keys), keys


def test_a_chair_taken_over_from_someone_is_one_handover_however_often_told():
    keys = fact_keys("SADC leaders met in Maseru on Monday for their summit. Prime Minister Tefo Ramone took over the "
                     "chairmanship of SADC from Botswana's President Kagiso Dintwe at the opening of the summit. "
                     "Ramone, who has led the government since 1998, will chair the bloc until next August.\n\n"
                     "\"We will use this year well,\" Ramone told the summit after taking the chair.")
    assert [k for k in keys if ":take-chair" in k] == ["decision:org:sadc:take-chair:country:bw"], keys


def test_a_call_about_membership_is_a_reaction_like_any_call():
    keys = fact_keys("EU leaders met at their summit in Tirana on Wednesday. The leaders called for the accession "
                     "process to move faster.")
    assert any(k.startswith("reaction:org:eu:call-for-accession") for k in keys), keys
    assert not any(k.startswith("membership:") for k in keys), keys


def test_a_meeting_of_the_european_council_is_the_eus_summit_held():
    body = ("For two days the leaders of the European Union worked behind the glass walls of Tampere Hall.\n\n"
            "The special meeting of the European Council, held on Friday and Saturday under Finland's presidency, "
            "was the first summit devoted to justice. The leaders agreed to set up a unit of prosecutors.")
    facts = extract_facts(body, published_at=datetime(1999, 10, 17)).facts
    held = [f for f in facts if f.action == "hold-summit"]
    assert [body[f.char_start:f.char_end][:40] for f in held] == ["The special meeting of the European Coun"]
