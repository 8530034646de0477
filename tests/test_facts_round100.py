"""Round-100 mechanisms (issue 6 round 100, read from the burned heldout99 set's misses). Every sentence is invented
for the test, with wordings that differ from the gold articles."""

from __future__ import annotations

from datetime import datetime

from tests.facts_helpers import fact_keys, roles, summit_of


def test_feira_and_montebello_are_towns_of_their_countries():
    found = summit_of("Fifteen leaders gathered for the European Union summit in Santa Maria da Feira on Monday. In "
                      "Feira the cafes were full.", published_at=datetime(2000, 6, 20))
    assert (found.city, found.country) == ("Santa Maria da Feira", "Portugal")
    found = summit_of("The economic summit of the seven industrial democracies opened in Montebello on Monday.",
                      published_at=datetime(1981, 7, 21))
    assert (found.city, found.country) == ("Montebello", "Canada")


def test_a_dated_sentence_naming_the_host_city_and_another_keeps_its_dates():
    body = ("A rebate and a declaration\n\nBy Ana Ribeiro\n\n"
            "The European Community summit was the talk of the town. When the ten leaders met in Stuttgart on June 17 "
            "and 19, what counted most in Athens had been settled for weeks. Spain hopes to join on January 1, 1986.")
    found = summit_of(body, published_at=datetime(1983, 6, 23))
    assert (found.start_date.isoformat(), found.end_date.isoformat()) == ("1983-06-17", "1983-06-19")


def test_the_leads_trip_outweighs_a_headline_city_the_fight_moves_on_to():
    body = ("The rebate is won but the real battle shifts to Athens\n\n"
            "Margaret Thatcher went to Stuttgart with a fresh majority and came home with a cheque from the European "
            "Community summit. The harder part will come in December, she told aides, with an appointment in Athens.")
    found = summit_of(body, published_at=datetime(1983, 6, 20))
    assert found.city == "Stuttgart"


def test_a_place_reopening_on_a_weekday_and_a_separate_meeting_are_not_days_of_the_summit():
    body = ("MONTEBELLO, Quebec - The seven leaders met at the lodge on Monday and Tuesday for their annual economic "
            "summit. The lodge reopens to ordinary guests on Saturday.")
    found = summit_of(body, published_at=datetime(1981, 7, 23))
    assert (found.start_date.isoformat(), found.end_date.isoformat()) == ("1981-07-20", "1981-07-21")
    body = ("President Moon welcomed the ASEAN leaders to Busan on Monday and Tuesday for a summit. Three Mekong "
            "leaders stayed on for a separate Mekong-Korea meeting on Wednesday.")
    found = summit_of(body, published_at=datetime(2019, 11, 28))
    assert found.end_date.isoformat() == "2019-11-26"


def test_the_guest_someone_wanted_who_did_not_come_is_not_the_host_staying_away():
    keys = fact_keys("President Moon Jae-in welcomed the ASEAN leaders to Busan on Monday for their summit. The visitor "
                     "Moon most hoped for did not come.")
    assert not any(k.startswith("outcome:person:moon") for k in keys), keys


def test_what_an_adopted_text_says_in_its_which_clause_is_not_another_decision():
    keys = fact_keys("On Tuesday the ASEAN leaders meeting in Busan adopted a joint statement on partnership, which "
                     "calls for closer cooperation on trade, education and maritime security and endorses Seoul's peace "
                     "efforts on the peninsula.")
    assert any(k.startswith("decision:org:asean:adopt-") for k in keys), keys
    assert not any(":endorse-" in k for k in keys), keys


def test_leaders_announcing_the_conclusion_of_talks_is_a_decision():
    keys = fact_keys("ASEAN leaders met in Busan on Monday for their summit. President Widodo and President Moon "
                     "announced the conclusion of negotiations on a bilateral economic partnership agreement.")
    assert any(k.startswith("decision:") and ":conclude-talks" in k for k in keys), keys


def test_a_statement_condemning_something_is_one_reaction_of_the_meeting():
    keys = fact_keys("ASEAN leaders met on Jeju on Monday for their summit with South Korea. On North Korea, the "
                     "leaders issued a statement condemning the missile launches.")
    reactions = [k for k in keys if k.startswith("reaction:")]
    assert len(reactions) == 1 and reactions[0].startswith("reaction:org:asean:condemn-"), keys


def test_roles_a_researcher_on_a_field_a_committee_head_and_a_county_grower():
    found = roles("Siti Rahmawati-Oakes, a researcher on Southeast Asian affairs at a Jakarta institute, said the "
                  "statement was thin.")
    assert found.get("person:siti-rahmawati-oakes") == "researcher on Southeast Asian affairs", found
    found = roles("\"They will build factories here,\" said Somchai Lertwong-Harcourt, who heads the export committee "
                  "of a rice millers' association in Ayutthaya.")
    assert found.get("person:somchai-lertwong-harcourt") == "heads the export committee", found
    found = roles("Wilfred Pennington-Crabbe, a Norfolk barley grower who chairs the local branch of the farmers' "
                  "union, said the cuts were unfair.")
    assert found.get("person:wilfred-pennington-crabbe") == "barley grower", found
    found = roles("Fiona McAllister-Drew, the Live 8 organiser, said the leaders had listened.")
    assert found.get("person:fiona-mcallister-drew") == "organiser", found


def test_euro_entry_potential_candidates_and_a_fixed_conversion_rate():
    keys = fact_keys("EU leaders met at their summit in Santa Maria da Feira on Monday. The European Council "
                     "confirmed that Greece meets the conditions and will join the euro on January 1. The drachma's "
                     "conversion rate was fixed at 340.750 to the euro. The summit said the countries of the western "
                     "Balkans were potential candidates for membership of the Union.")
    assert any(k.startswith("membership:") and ":join:country:gr" in k for k in keys), keys
    assert any(k.startswith("decision:") and ":fix-conversion-rate" in k for k in keys), keys
    assert any(k.startswith("membership:") and ":potential-candidates" in k for k in keys), keys
    keys = fact_keys("EU leaders met at their summit in Berlin on Wednesday. The regional fund will go on, even for "
                     "the states that have joined the euro.")
    assert not any(":join:" in k for k in keys), keys


def test_pledging_that_states_would_be_able_to_provide_is_a_pledge():
    keys = fact_keys("EU leaders met at their summit in Feira on Monday. The summit set goals for crisis management, "
                     "pledging that member states would be able to deploy up to 5,000 police officers by 2003.")
    assert any(k.startswith("pledge:org:eu:") for k in keys), keys


def test_a_leader_signing_with_the_other_leaders_is_the_meetings_act():
    keys = fact_keys("EU leaders met at their summit in Stuttgart on Sunday. The Prime Minister also signed, together with "
                     "the other nine, the Solemn Declaration on European Union.")
    assert any(k.startswith("decision:org:eu:sign-solemn-declaration") for k in keys), keys


def test_the_entry_of_states_a_decision_takes_up_is_a_membership_fact_and_keeps_rising_is_no_decision():
    keys = fact_keys("EU leaders met at their summit in Stuttgart on Sunday. The ten leaders agreed to open one "
                     "negotiation on the budget, the farm policy and the entry of Spain and Portugal.")
    assert any(k.startswith("membership:org:eu:negotiate-entry:country:es+pt") for k in keys), keys
    keys = fact_keys("EU leaders met at their summit in Stuttgart on Sunday. Farm spending keeps rising.")
    assert not any(":maintain-" in k for k in keys), keys


def test_a_research_board_named_after_a_country_does_not_make_its_economist_speak_for_it():
    body = ("The Group of Seven leaders ended their economic summit in Montebello on Tuesday. Canadian Prime Minister Pierre "
            "Trudeau, the host, said the talks had been \"the most frank I have known.\"\n\n"
            "\"It was a meeting about the dollar and nothing else,\" said Harriet Quillfeather-Moss, a senior "
            "economist at the Conference Board of Canada.")
    keys = fact_keys(body, published_at=datetime(1981, 7, 21))
    assert any(k.startswith("reaction:person:harriet-quillfeather-moss") for k in keys), keys


def test_a_leaders_own_words_paragraphs_after_his_states_reaction_are_a_reaction_of_their_own():
    body = ("The Group of Seven leaders ended their economic summit in Montebello on Tuesday.\n\n"
            "West German Chancellor Helmut Schmidt criticised the high American interest rates at the opening "
            "session.\n\n"
            "The leaders also agreed to review their trade with Moscow.\n\n"
            "The Japanese delegation said little.\n\n"
            "\"We know America has to beat inflation. We only ask that it remember Europe pays too,\" Schmidt told "
            "reporters.")
    keys = fact_keys(body, published_at=datetime(1981, 7, 21))
    assert len([k for k in keys if k.startswith("reaction:country:de:")]) == 2, keys
