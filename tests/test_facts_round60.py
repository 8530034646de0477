"""Round-60 mechanisms (issue 6 round 60, read from the burned heldout59 set's misses). Every sentence is invented for
the test, with wordings that differ from the gold articles."""

from __future__ import annotations

from datetime import datetime

from extractors.facts import extract_facts
from tests.facts_helpers import fact_keys, quote_speakers, roles, summit_of


def test_a_wire_update_line_names_nobody_new():
    body = ("Leaders agree trade target\n\nUPDATE 2-Adds Keating reaction, details\n\nJAKARTA, Nov 3 (Wire) - APEC "
            "leaders met in Bandung on Thursday. \"A target is not a treaty,\" Keating told reporters. Prime Minister "
            "Paul Keating had pressed for the date.")
    assert quote_speakers(body)["A target is not a treaty"] == "person:paul-keating"
    assert "person:adds-keating" not in roles(body)


def test_the_oau_is_its_own_body_and_the_summit_of_the_eight_is_the_g8():
    assert summit_of("Leaders of the Organisation of African Unity met in Lusaka on Monday for their summit."
                     ).organization == "Organisation of African Unity"
    assert summit_of("The Summit of the Eight opened in Halifax on Friday.").organization == "G8"


def test_a_list_of_heads_of_state_each_for_a_country_gets_the_office_each_held():
    body = ("Mercosur leaders met in Salta on Friday. Present were all five heads of state: Tabare Vazquez of "
            "Uruguay, the host; Evo Morales of Bolivia; Rui Costa of Brazil; and Pedro Almada of Paraguay.")
    found = {p.entity_key: p.role for p in extract_facts(body, published_at=datetime(2008, 7, 2)).participants}
    assert found["person:evo-morales"] == "president"  # the offices table's office on the day
    assert found["person:pedro-almada"] == "head of state"  # (nobody the table knows: the list's office)
    assert found["person:rui-costa"] == "head of state"


def test_an_unknown_town_named_as_a_capital_hosts_a_meeting_and_a_departure_after_the_summit_is_its_last_day():
    summit = summit_of("The presidents met on Friday in Yarralumla, the capital of Outer Tasmania, for the summit.")
    assert summit.city == "Yarralumla"
    summit = summit_of("The leaders packed up and left Salta on Sunday after a three-day summit on trade.",
                       published_at=datetime(2031, 5, 13))
    assert (str(summit.start_date), str(summit.end_date)) == ("2031-05-09", "2031-05-11")


def test_the_day_readers_woke_to_the_news_is_not_a_summit_day():
    body = ("Growers woke on Wednesday to the news that APEC leaders had agreed to free trade. At the APEC meeting in "
            "Bogor on Tuesday, the leaders set 2020 as the date. It was a one-day meeting.")
    summit = summit_of(body, published_at=datetime(2031, 5, 16))
    assert (str(summit.start_date), str(summit.end_date)) == ("2031-05-13", "2031-05-13")


def test_a_role_followed_by_its_holders_name_is_not_the_previous_persons_and_a_participle_ends_a_role():
    body = ("OAU leaders met in Lusaka on Monday. Sam Nujoma had pushed for the clause.\n\nThe Secretary-General, "
            "Amara Essy, called the week \"a hinge\". \"It is late,\" said Kofi Mensah-Dorn, a Ghanaian lawyer living "
            "in exile in Lome. Jan Smit, a wheat grower, agreed.")
    found = roles(body)
    assert "person:sam-nujoma" not in found  # (no role of his own; the bug gave him "secretary-general")
    assert found["person:amara-essy"] == "Secretary-General"
    assert found["person:kofi-mensah-dorn"] == "lawyer"
    assert found["person:jan-smit"] == "wheat grower"


def test_a_states_president_said_after_a_quote_is_the_holder_named_before():
    body = ("OAU leaders met in Lome on Monday. Olusegun Obasanjo had pushed for the clause. \"The coup era must "
            "end,\" Nigeria's President said.")
    assert quote_speakers(body, published_at=datetime(2000, 7, 13))["The coup era must end"] == \
        "person:olusegun-obasanjo"


def test_the_president_after_a_sentence_naming_two_people_is_the_one_holding_the_office_that_day():
    body = ("BRICS leaders met in Goa on Sunday. For Michel Temer, at his first summit since replacing Dilma "
            "Rousseff, the theme was trade. \"Brazil stays in,\" the president said.")
    assert quote_speakers(body, published_at=datetime(2016, 10, 17))["Brazil stays in"] == "person:michel-temer"


def test_is_now_the_nth_member_and_disputes_left_to_the_ministers():
    lead = "Mercosur leaders met in Salta on Friday for their summit. "
    assert any(k.startswith("membership:") for k in fact_keys(
        lead + "Bolivia, which the foreign ministers admitted on Thursday, is now the bloc's fifth member."))
    assert any(k.startswith("outcome:") and ":unresolved" in k for k in fact_keys(
        lead + "Disputes between Chile and Peru over fishing quotas were left to the trade ministers."))


def test_a_body_named_after_its_country_speaks_for_itself():
    body = ("EAC leaders met in Arusha on Friday for their summit. The Uganda Association of Manufacturers "
            "welcomed the ban as \"long overdue\".")
    assert quote_speakers(body)["long overdue"] == "org:uganda-association-of-manufacturers"


def test_a_quoted_policy_name_is_no_quotation_and_a_candidate_is_a_role():
    body = ("Francophonie leaders met in Quebec on Friday. Anne Roy called it a break with the old policy of "
            "\"warm distance\" on independence. The opposition candidate Luc Brisebois said he would review it.")
    assert "warm distance" not in quote_speakers(body)
    assert roles(body)["person:luc-brisebois"] == "opposition candidate"
