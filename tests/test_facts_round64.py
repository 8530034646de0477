"""Round-64 mechanisms (issue 6 round 64, read from the burned heldout63 set's misses). Every sentence is invented for
the test, with wordings that differ from the gold articles."""

from __future__ import annotations

from datetime import datetime

from extractors.facts import extract_facts
from tests.facts_helpers import NO_CALENDAR, fact_keys, quote_speakers, roles, summit_of


def test_a_city_economic_summit_is_the_group_of_sevens_meeting_in_that_city():
    body = ("Aid for Warsaw dominated the week.\n\nThe chancellor hosted the Dallas Economic Summit from Monday to "
            "Wednesday, the yearly meeting of the Group of Seven, and the leaders argued over money for Warsaw.")
    summit = summit_of(body, published_at=datetime(2031, 7, 18))
    assert summit.organization == "G7"
    assert summit.city == "Dallas"


def test_a_name_spelled_gaddafi_throughout_keeps_that_spelling_in_its_key():
    body = ("Arab leaders opened their summit in Tunis on Monday. “We came for nothing,” said the Libyan leader, "
            "Muammar Gaddafi, before he left.")
    assert quote_speakers(body)["We came for nothing"] == "person:muammar-gaddafi"


def test_a_name_spelled_two_ways_takes_the_tables_spelling():
    body = ("Arab leaders opened their summit in Tunis on Monday. “We came for nothing,” said the Libyan leader, "
            "Muammar Gaddafi, before he left. Qadhafi had flown in on Sunday.")
    assert quote_speakers(body)["We came for nothing"] == "person:muammar-al-qadhafi"


def test_a_lecturers_topic_stays_and_an_employer_for_whom_is_cut():
    found = roles("Leaders of the Commonwealth met at a summit in Lyford Cay on Friday. Hanne Ollerup-Vik, who "
                  "lectures on Baltic politics at the University of Tartu, was unimpressed. Tomas Brandl-Eder, who "
                  "advises dairy exporters for a trade federation in Graz, agreed. Lia Morrow-Penn, who works for a "
                  "charity in Nassau, did not.")
    assert found["person:hanne-ollerup-vik"] == "lectures on Baltic politics"
    assert found["person:tomas-brandl-eder"] == "advises dairy exporters"
    assert found["person:lia-morrow-penn"] == "works for a charity"


def test_a_union_organiser_and_a_machinist_who_is_a_steward_keep_their_trades():
    found = roles("Leaders of the Commonwealth met at a summit in Lyford Cay on Friday. “Nobody asked us,” said "
                  "Ola Brekke-Fenn, a union organiser at a fish plant. Jon Tamm-Ravel, a welder and union steward "
                  "at the yard, agreed.")
    assert found["person:ola-brekke-fenn"] == "union organiser"
    assert found["person:jon-tamm-ravel"] == "welder and union steward"


def test_who_led_a_delegation_is_the_role_in_the_texts_words():
    found = roles("Leaders of the Arab League met at a summit in Sirte on Friday. Omar Haddad-Rami, who led the "
                  "Omani delegation, turned the draft down.")
    assert found["person:omar-haddad-rami"] == "led the Omani delegation"


def test_a_state_telling_its_partners_it_would_act_is_a_decision():
    body = ("Leaders of the Group of Seven ended their summit in Dallas on Wednesday. Canada told its partners it "
            "would gradually lift its freeze on grain credits to Cuba.")
    assert any(k.startswith("decision:country:ca:") for k in fact_keys(body))


def test_an_outcomes_evidence_goes_on_over_a_sentence_about_the_same_act():
    body = ("Leaders of the Commonwealth met at a summit in Lyford Cay on Friday.\n\nOn Sunday the leaders adopted "
            "the Harbour Island Declaration. It runs to nine pages and names no dates.")
    facts = extract_facts(body, published_at=NO_CALENDAR).facts
    adopted = next(f for f in facts if f.key.startswith("decision:") and "adopt" in f.key)
    assert body[adopted.char_start:adopted.char_end].endswith("names no dates.")


def test_an_outcomes_evidence_stops_before_a_sentence_about_something_else():
    body = ("Leaders of the Commonwealth met at a summit in Lyford Cay on Friday.\n\nOn Sunday the leaders adopted "
            "the Harbour Island Declaration. Fishermen in the harbour were not impressed.")
    facts = extract_facts(body, published_at=NO_CALENDAR).facts
    adopted = next(f for f in facts if f.key.startswith("decision:") and "adopt" in f.key)
    assert body[adopted.char_start:adopted.char_end].endswith("Harbour Island Declaration.")


def test_a_leader_with_two_offices_at_once_is_named_by_the_presidency():
    found = roles("Arab leaders met at a summit in Beirut on 27 March 2002. “We want peace,” said Yasser Arafat.")
    assert found["person:yasser-arafat"].lower() == "president"


def test_last_weeks_european_council_is_the_unions_summit_without_the_word():
    body = ("Europe | Economy | Podcast | Subscribe\n\nThe candidates got a date. Two things will outlast last week’s "
            "European Council. One is a paragraph. The other is a broken window. Both matter. Take the paragraph "
            "first. Meeting in Malmo on June 12 and 13, the fifteen heads of government agreed "
            "that the talks should end by 2032.")
    summit = summit_of(body, published_at=datetime(2031, 6, 18))
    assert summit is not None and summit.organization == "European Union"
    assert summit.city == "Malmö"


def test_a_written_run_of_days_bounds_the_meeting_over_later_weekdays():
    body = ("Leaders of the G7 met in Halifax. The summit of the seven ran from Thursday, June 12, to Saturday, June "
            "14, with the prime minister as host. The Russian president flew in on Friday evening for the political "
            "talks on Saturday, even as gunmen held hundreds of hostages in a southern town. By Sunday morning the "
            "barricades were gone.")
    summit = summit_of(body, published_at=datetime(2031, 6, 18))
    assert (str(summit.start_date), str(summit.end_date)) == ("2031-06-12", "2031-06-14")


def test_a_shops_distance_from_a_landmark_is_where_not_what():
    found = roles("Leaders of the Commonwealth met at a summit in Lyford Cay on Friday. Aldo Brissette-Lamb, who "
                  "runs a bakery three blocks from the harbour, said trade was slow.")
    assert found["person:aldo-brissette-lamb"] == "runs a bakery"


def test_what_befell_a_former_leader_stays_in_the_role():
    found = roles("Leaders of ASEAN met at a summit in Hua Hin on Friday. Hun Sen said Somchai Rattana-Wong, the "
                  "deposed former Thai prime minister, would be welcome in Cambodia.")
    assert found["person:somchai-rattana-wong"] == "deposed former prime minister"


def test_a_winemaker_and_a_protester_are_roles():
    found = roles("Mercosur leaders met at a summit in Mendoza on Friday. Baltaz Urquiza-Mon, a winemaker whose "
                  "family has made malbec for three generations, has heard it before. Pia Lund-Sorel, a protester "
                  "from the valley, said the same.")
    assert found["person:baltaz-urquiza-mon"] == "winemaker"
    assert found["person:pia-lund-sorel"] == "protester"


def test_a_written_span_holding_the_calendars_one_day_keeps_the_texts_days():
    body = ("Mendoza’s wineries are used to visitors in July. The 50th summit of the Southern Common Market, held in "
            "the city last Thursday and Friday, July 20 and 21, brought Mercosur’s four presidents together.")
    summit = summit_of(body, published_at=datetime(2017, 7, 26))  # the calendar has the presidents' day, 21 July
    assert summit.city == "Mendoza"
    assert (str(summit.start_date), str(summit.end_date)) == ("2017-07-20", "2017-07-21")


def test_held_in_the_city_last_week_names_the_city_named_just_before():
    body = ("Salta’s hotels are used to tourists in winter. The summit of Mercosur, held in the city last Thursday, "
            "brought the four presidents together. The presidents also discussed Caracas.")
    assert summit_of(body, published_at=datetime(2031, 7, 16)).city == "Salta"


def test_walking_out_of_the_opening_session_is_leaving_early():
    body = "Arab leaders met at a summit in Rabat on Sunday. Yemen's president walked out of the opening session."
    assert any(k.startswith("outcome:") and k.endswith(":leave-early") for k in fact_keys(body))


def test_a_plural_office_over_a_list_of_possessive_states_names_each_holder():
    found = roles("SCO leaders met at a summit in Samarkand on Friday. President Ilham Rustamov hosted his fellow "
                  "presidents, Mongolia’s Batbold Ganzorig, Armenia’s Davit Harutyunian and Georgia’s Levan "
                  "Kapanadze, in his home city.")
    assert "person:mongolia" not in found
    assert found["person:batbold-ganzorig"] == "president"
    assert found["person:levan-kapanadze"] == "president"


def test_a_military_ruler_is_a_role_over_his_rank():
    found = roles("OAU leaders met at a summit in Bamako on Monday. They heard that General Yusuf Danbatta, "
                  "Nigeria's military ruler, had died.")
    assert found["person:yusuf-danbatta"] == "military ruler"


def test_a_movements_chairman_is_the_chairman():
    found = roles("Non-aligned leaders met at a summit in Belgrade on Friday. Josip Kovacic-Horvat, the movement's "
                  "chairman, spoke first.")
    assert found["person:josip-kovacic-horvat"] == "chairman"


def test_a_body_admitting_named_states_admits_them_in_one_fact():
    keys = fact_keys("Leaders of the Non-Aligned Movement met at a summit in Belgrade on Friday. The movement, founded "
                     "in the Cold War, admitted Fiji and Tonga at the opening session.")
    assert "membership:org:non-aligned-movement:admit:country:fj+country:to" in keys


def test_a_leader_who_stays_out_of_sight_or_whose_deputy_stands_in_stays_away():
    body = ("Leaders of the OSCE met at a summit in Oslo on Monday. The prime minister, standing in for the ailing "
            "president, warned against new dividing lines.\n\nIn Havana the host stayed out of sight as he recovers.")
    keys = fact_keys(body)
    assert sum(k.startswith("outcome:") and k.endswith(":stay-away") for k in keys) >= 1
    facts = extract_facts(body, published_at=NO_CALENDAR).facts
    spans = [body[f.char_start:f.char_end] for f in facts if f.key.endswith(":stay-away")]
    assert any("standing in for" in s for s in spans) and any("out of sight" in s for s in spans)


def test_the_president_of_a_place_the_gazetteer_does_not_know_is_the_president():
    found = roles("OSCE leaders met at a summit in Oslo on Monday. Vadim Krasnoselsky-Orlov, the president of "
                  "Transnistria, said no text could bind it.")
    assert found["person:vadim-krasnoselsky-orlov"] == "president"


def test_an_embargo_imposed_years_ago_does_not_date_the_summit():
    body = ("Good evening. The European Union and Japan held their ninth summit in Rotterdam today, and the question "
            "was the tariff Europe imposed after the dispute fifteen years ago.")
    summit = summit_of(body, published_at=datetime(2031, 12, 3))
    assert (str(summit.start_date), str(summit.end_date)) == ("2031-12-03", "2031-12-03")


def test_the_declaration_of_a_city_and_a_headlines_short_form_place_the_meeting():
    body = ("For two days the eyes of the hemisphere were on Rio de Janeiro. The Summit of the Americas, on Saturday "
            "and Sunday, ended with the adoption of the Declaration of Rio de Janeiro. It was the first such meeting "
            "since the Miami summit of 2024, proposed in Miami two years earlier. Television barely mentioned the "
            "summit, although a collapsed bridge in La Paz once made the news.")
    summit = extract_facts(body, title="The hemisphere comes to Rio, and the diaspora watches",
                           published_at=datetime(2031, 12, 10)).summit
    assert summit.city == "Rio de Janeiro"


def test_a_clause_on_a_shops_past_and_a_hydrologist():
    found = roles("APEC leaders met at a summit in Osaka on Sunday. Ryu Mi-ja, who runs a noodle shop her father "
                  "opened in 1961, was pleased. Rosa Saucedo-Kirk, a Bolivian-born hydrologist at a university in "
                  "Virginia, was not.")
    assert found["person:ryu-mi-ja"] == "runs a noodle shop"
    assert found["person:rosa-saucedo-kirk"] == "hydrologist"


def test_a_wire_dateline_naming_an_unknown_town_outweighs_a_city_named_in_passing():
    body = ("VILLA LA ANGOSTURA, Argentina, Aug 28 (Condor) - South American presidents agreed on Friday to respect "
            "each other's sovereignty, ending a tense summit of the Union of South American Nations over the bases "
            "that troops will use in Bogota.")
    summit = summit_of(body, published_at=datetime(2031, 8, 29))
    assert (summit.city, summit.country) == ("Villa la Angostura", "Argentina")  # (particles lower-cased)


def test_the_africa_france_summit_is_its_own_series():
    body = "Barrow spent Saturday at the close of the two-day Africa-France summit in Bamako, where ECOWAS envoys met."
    assert summit_of(body, published_at=datetime(2031, 1, 19)).organization == "Africa-France Summit"


def test_a_scholars_field_keeps_its_places_and_a_ski_instructor_is_a_role():
    found = roles("UNASUR leaders met at a summit in Bariloche on Friday. Tomas Kesler-Mar, who studies Chinese "
                  "policy in Latin America at a university in Madrid, was sceptical. Ines Aran-Trem, a ski instructor "
                  "at Cerro Otto, was more forgiving.")
    assert found["person:tomas-kesler-mar"] == "studies Chinese policy in Latin America"
    assert found["person:ines-aran-trem"] == "ski instructor"


def test_how_many_came_is_an_outcome_and_new_members_after_a_colon_are_admitted():
    body = ("Leaders of the Francophonie met at a summit in Dakar on Friday. The meeting brought together delegations "
            "from some sixty countries. They also admitted new members: Ghana and Cyprus.")
    keys = fact_keys(body)
    assert "outcome:org:francophonie:turnout" in keys
    assert "membership:org:francophonie:admit:country:gh+country:cy" in keys


def test_a_provinces_premier_is_the_premier_and_hajjah_is_a_form_of_address():
    found = roles("G8 leaders met at a summit in Banff on Wednesday. Ontario Premier Dalton Greer-Mack said "
                  "visitors were welcome. Jean Tremblay-Roy, the Quebec Premier, agreed. “Tell me which ones,” said "
                  "Hajjah Siti Rahmawati-Cole, who sells batik. Dan Ash-Combe, chief Asia economist at a bank, "
                  "disagreed.")
    assert found["person:dalton-greer-mack"].lower() == "premier"
    assert found["person:jean-tremblay-roy"].lower() == "premier"
    assert "person:siti-rahmawati-cole" in found
    assert found["person:dan-ash-combe"] == "chief Asia economist"


def test_the_ivorian_host_country_is_named_cote_divoire():
    summit = summit_of("ECOWAS leaders met at an extraordinary summit in Abidjan on Tuesday.",
                       published_at=datetime(2031, 3, 28))
    assert summit.country == "Côte d'Ivoire"
