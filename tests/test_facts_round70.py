"""Round-70 mechanisms (issue 6 round 70 and on, read from the burned heldout69 set's misses and later ones). Every
sentence is invented for the test, with wordings that differ from the gold articles."""

from __future__ import annotations

from datetime import datetime

from extractors.facts import extract_facts
from tests.facts_helpers import fact_keys, quote_speakers, roles, summit_of


def test_benigno_aquino_the_third_is_keyed_without_his_suffix():
    body = ("Pacific Rim leaders met at a summit in Iloilo on Tuesday. “We want trade that feeds people,” said "
            "President Benigno Aquino III, the host.")
    assert quote_speakers(body, published_at=datetime(2013, 10, 8))["We want trade that feeds people"] == \
        "person:benigno-aquino"


def test_nizhny_novgorod_is_the_host_city_in_its_common_spelling():
    body = ("The leaders of Russia and the European Union met at their summit in Nizhny Novgorod on Thursday and "
            "Friday, June 2 and 3, and quarrelled over grain in Nizhny Novgorod's old kremlin.")
    summit = summit_of(body)
    assert summit.city == "Nizhny Novgorod"
    assert summit.country == "Russia"


def test_what_a_person_has_done_for_years_is_their_role_but_has_run_a_shop_makes_an_owner():
    found = roles("Leaders of the Commonwealth met at a summit in Lyford Cay on Friday. “Nobody came,” said Osric "
                  "Palmer-Dunne, who has sold conch fritters near the harbour for nine years. “Quiet week,” said "
                  "Marva Kell-Ibori, who has kept a bakery there since 2004.")
    assert found["person:osric-palmer-dunne"] == "sells conch fritters"  # (said in the present since round 87)
    assert found["person:marva-kell-ibori"] == "bakery owner"


def test_a_call_center_agent_and_a_market_mama_have_their_roles():
    found = roles("Leaders of the Commonwealth met at a summit in Lyford Cay on Friday. Shanice Obi-Marlowe, a call "
                  "center agent from Freeport, said the buses never came. Mama Achieng Otieno-Reyes, a nurse, "
                  "said the same.")
    assert found["person:shanice-obi-marlowe"] == "call center agent"
    assert found["person:achieng-otieno-reyes"] == "nurse"


def test_a_second_that_clause_of_the_same_verb_stays_with_its_speaker():
    body = ("Arctic ministers met at their summit in Ilulissat on Thursday. Iceland's prime minister, Hekla "
            "Bjarkadottir-Ross, told reporters that fishing quotas could one day pay for the island's schools, but "
            "that her government would demand “the cleanest waters anywhere on earth.”")
    assert quote_speakers(body)["the cleanest waters anywhere on earth"] == "person:hekla-bjarkadottir-ross"


def test_a_fragment_closed_by_a_named_speech_tag_is_the_tags_speaker():
    body = ("Caribbean leaders met at their summit in Castries on Wednesday. The interim premier, Joslyn "
            "Baptiste-Rowe, who attended the talks, had promised a referendum “before the end of next March,” "
            "Pierre told reporters.")
    assert quote_speakers(body)["before the end of next March"] == "person:pierre"


def test_a_renewed_pledge_is_a_pledge_and_a_renewed_commitment_a_decision():
    base = "Leaders of the East African Community met at a summit in Mombasa on Friday. "
    assert {k.split(":")[0] for k in fact_keys(base + "The leaders renewed their pledge to cut the region’s fuel "
                                               "import bill by a third by 2030.")} == {"pledge"}
    assert {k.split(":")[0] for k in fact_keys(base + "The leaders renewed their commitment to cut the region’s "
                                               "fuel import bill by a third by 2030.")} == {"decision"}


def test_a_head_of_state_who_says_he_would_spend_a_sum_pledges_for_his_state():
    base = "Leaders of the East African Community met at a summit in Mombasa on Friday. "
    assert "pledge:country:ke:pledge-encourage-kenyan-banks" in fact_keys(
        base + "The Kenyan president, William Ruto, said he would encourage Kenyan banks to lend $2 billion to "
               "farmers in the region.")
    assert not fact_keys(base + "The Kenyan president, William Ruto, said he would host the next summit on "
                                "Dec. 12.")


def test_who_attended_is_an_outcome_but_an_aside_or_a_plan_is_not():
    base = "Leaders of the East African Community met at a summit in Mombasa on Friday. "
    assert "outcome:person:william-ruto:attend" in fact_keys(
        base + "President William Ruto of Kenya and Prime Minister Abiy Ahmed of Ethiopia also attended.")
    assert "outcome:person:samia-suluhu-hassan:attend" in fact_keys(
        base + "Tanzanian President Samia Suluhu Hassan was among the leaders who attended.")
    # (what he said of the mood is his reaction since round 102's reported speech; the aside is still no attendance)
    assert not [k for k in fact_keys(base + "President William Ruto, who attended the talks, said the mood was good.")
                if not k.startswith("reaction:")]
    assert not fact_keys(base + "President William Ruto said he would attend the next summit.")


def test_a_leader_named_once_with_the_state_he_led_that_day_is_a_participant():
    body = ("Pacific Alliance leaders met at their summit in Paracas on Friday. President Ollanta Humala hosted them, "
            "joined by Michelle Bachelet of Chile and Juan Manuel Santos of Colombia. Humala spoke first.")
    found = {p.entity_key: p.role for p in extract_facts(body, published_at=datetime(2015, 7, 4)).participants}
    assert found["person:juan-manuel-santos"] == "president"


def test_portuguese_name_particles_e_and_do_stay_inside_the_name():
    found = roles("Leaders of the CPLP met at a summit in Mindelo on Friday. Prime Minister José Maria Pereira e "
                  "Neves opened it, and the executive secretary, Ana do Rosário Tavares-Lima, spoke next.")
    assert found["person:jose-maria-pereira-e-neves"] == "Prime Minister"
    assert found["person:ana-do-rosario-tavares-lima"] == "executive secretary"


def test_the_oas_general_assembly_is_a_summit_without_the_word():
    body = ("The Organization of American States closed its annual General Assembly in Antigua Guatemala on "
            "Thursday, after three days on migration. The ministers adopted a declaration.")
    summit = summit_of(body)
    assert summit.organization == "Organization of American States"
    assert summit.city == "Antigua Guatemala"


def test_a_day_counted_from_the_filing_day_is_not_moved_to_a_written_date_of_the_same_weekday():
    body = ("The Commonwealth Heads of Government Meeting ended in Lusaka yesterday with a declaration on racism. "
            "The leaders welcomed a new member, which became independent on July 29. The conference, the first "
            "held in Africa, opened on August 1, and the eight-day meeting was chaired by President Kaunda.")
    summit = summit_of(body, published_at=datetime(1979, 8, 9))
    assert (summit.start_date.isoformat(), summit.end_date.isoformat()) == ("1979-08-01", "1979-08-08")


def test_a_listed_admission_is_one_membership_fact_naming_every_state():
    base = "Leaders of the CPLP met at a summit in Mindelo on Tuesday. "
    facts = [f for f in extract_facts(base + "The summit also admitted five new associate observers: Andorra, Chile, "
                                             "Serbia, Italy and the United Kingdom.").facts
             if f.kind == "membership"]
    assert [f.key for f in facts] == ["membership:org:cplp:admit:country:ad+country:cl+country:rs+country:it+country:gb"]
    assert facts[0].object == "Andorra, Chile, Serbia, Italy, United Kingdom"


def test_what_a_person_rents_out_or_became_is_their_role():
    found = roles("Leaders of the Commonwealth met at a summit in Lyford Cay on Friday. “Quiet,” said Talia "
                  "Brooke-Amadi, who rents jet skis on the town beach. Ricardo Solis-Ahn, who exports mangoes from a "
                  "warehouse in Freeport, agreed. It was the first summit since Ivo Marchetti-Ruiz became president "
                  "in March.")
    assert found["person:talia-brooke-amadi"] == "rents jet skis"
    assert found["person:ricardo-solis-ahn"] == "exports mangoes"
    assert found["person:ivo-marchetti-ruiz"] == "president"


def test_a_pluperfect_weekday_is_an_earlier_event_not_the_summit():
    body = ("Chad said on Saturday that it had left the bloc, two days after the East African bloc held an "
            "extraordinary summit without it.\n\nThe 43rd extraordinary summit of IGAD met on Thursday in Entebbe, "
            "Uganda.\n\nChad's foreign ministry had announced on Tuesday that it was suspending its dealings with the "
            "bloc.")
    summit = summit_of(body, published_at=datetime(2025, 3, 9))
    assert summit.city == "Entebbe"
    assert (summit.start_date.isoformat(), summit.end_date.isoformat()) == ("2025-03-06", "2025-03-06")


def test_a_leader_of_the_opposition_named_friday_and_a_vice_rector():
    found = roles("Leaders of the Commonwealth met at a summit in Lyford Cay on Friday. The Leader of the "
                  "Opposition, Godwin Friday, said it was a showcase. Inés Marroquín-Tate, vice rector for research "
                  "at the University of Nassau, agreed.")
    assert found["person:godwin-friday"] == "Leader of the Opposition"
    assert found["person:ines-marroquin-tate"] == "vice rector for research"


def test_the_ministry_is_the_state_whose_ministry_was_just_named():
    body = ("East African leaders met at their summit in Entebbe on Thursday. Chad's foreign ministry had announced "
            "on Tuesday that it was leaving the talks. The ministry said on Saturday that the conclusions “do not "
            "bind Chad in any way.”")
    assert quote_speakers(body)["do not bind Chad in any way"] == "country:td"


def test_a_quotation_after_a_sentence_that_opens_he_said_is_his():
    body = ("Latin American leaders met at their summit in Kingstown on Friday. “When they get along, it works,” "
            "said Mateo Arriaga-Holm, who teaches politics in Lima.\n\nHe said the forum mattered anyway. “Even a "
            "handshake is better than silence.”")
    assert quote_speakers(body)["Even a handshake is better than silence"] == "person:mateo-arriaga-holm"


def test_rulers_signing_the_charter_of_a_new_body_is_its_founding_summit():
    body = ("The rulers of six Gulf states met in Abu Dhabi on May 25 and 26 and signed the charter of a new body, the "
            "Cooperation Council for the Arab States of the Gulf. The host chaired the meeting.")
    summit = summit_of(body, published_at=datetime(1981, 5, 28))
    assert summit.organization == "Gulf Cooperation Council"
    assert summit.city == "Abu Dhabi"


def test_an_islamic_summit_is_the_oics():
    body = "The Third Islamic Summit opened in Taif on Sunday, with kings and presidents from forty states."
    assert summit_of(body).organization == "Organisation of Islamic Cooperation"


def test_a_fathers_name_after_bin_is_no_office_and_an_office_outranks_a_rank():
    found = roles("Gulf rulers met at a summit in Doha on Monday. The host, President Sheikh Hamdan bin Sultan Al "
                  "Falasi, chaired it. Sheikh Mujib took his seat. Later Prime Minister Sheikh Mujibur Rahman spoke.")
    assert found["person:hamdan-bin-sultan-al-falasi"] == "President"
    assert found["person:sheikh-mujibur-rahman"] == "Prime Minister"


def test_the_body_whose_leaders_met_outranks_one_whose_ministers_are_named():
    body = ("When the leaders of the Group of Eight met in Cologne, Germany, from June 18 to 20, debt was the issue. "
            "The Cologne Debt Initiative, drawn up by G7 finance ministers and endorsed by the leaders, rewrites the "
            "scheme. G7 finance ministers will meet again in the autumn. In Lusaka the reaction was cool.")
    summit = summit_of(body, published_at=datetime(1999, 6, 25))
    assert (summit.organization, summit.city) == ("G8", "Cologne")


def test_dar_es_salaam_and_english_exonyms_are_cities():
    body = ("Leaders of the East African Community met in emergency session in Dar es Salaam yesterday. An army "
            "general in Bujumbura went on the radio. Officials in Bujumbura closed the airport.")
    summit = summit_of(body, published_at=datetime(2015, 5, 14))
    assert (summit.city, summit.country) == ("Dar es Salaam", "Tanzania")
    assert summit_of("Leaders of the G8 met at their summit in Cologne on Friday.").city == "Cologne"


def test_an_executive_secretary_and_a_carer():
    found = roles("Leaders of the Commonwealth met at a summit in Lyford Cay on Friday. Executive Secretary Amara "
                  "Oduya-Finch spoke first. In Luton, Chipo Mabhena-Rowe, a night-shift carer, was angry.")
    assert found["person:amara-oduya-finch"] == "Executive Secretary"
    assert found["person:chipo-mabhena-rowe"] == "night-shift carer"


def test_a_leader_named_once_after_his_states_possessive_is_a_participant():
    body = ("Mercosur leaders met at their summit in Bento Gonçalves on Thursday. Brazil's President Jair Bolsonaro "
            "hosted Paraguay's Mario Abdo Benitez and Uruguay's Tabare Vazquez. Bolsonaro spoke first.")
    found = {p.entity_key: p.role for p in extract_facts(body, published_at=datetime(2019, 12, 6)).participants}
    assert found["person:tabare-vazquez"] == "president"
    assert summit_of(body).city == "Bento Gonçalves"


def test_an_adverb_before_an_appositive_office_and_an_unnamed_body_after_a_role():
    found = roles("Leaders of the Commonwealth met at a summit in Lyford Cay on Friday. Alberto Rivas-Kent met them. "
                  "Rivas-Kent, now Peru's president-elect, stayed away. “No,” said Ani Sarkisian-Hale, a board member "
                  "of a local Armenian community association. “Later,” said Ivo Petrak-Dunn, who studies regional "
                  "energy policy at the Institute for Development and International Relations in Zagreb.")
    assert found["person:alberto-rivas-kent"] == "president-elect"
    assert found["person:ani-sarkisian-hale"] == "board member"
    assert found["person:ivo-petrak-dunn"] == "studies regional energy policy"


def test_a_host_or_ailing_leader_holds_the_plain_office_and_a_student_delegate():
    found = roles("Leaders of the Commonwealth met at a summit in Lyford Cay on Friday. The host king, Tupou Lavaka-Finau, "
                  "opened it; the ailing president, Arturo Mendes-Kyle, stayed home. “Never,” said Gaëlle Doucet-Marr, a "
                  "student delegate from Caraquet.")
    assert found["person:tupou-lavaka-finau"] == "king"
    assert found["person:arturo-mendes-kyle"] == "president"
    assert found["person:gaelle-doucet-marr"] == "student delegate"


def test_moncton_not_the_later_talks_city_and_rakhmonov_by_his_old_name():
    body = ("For three days Moncton was the capital of the French-speaking world. The eighth summit of the Francophonie "
            "met in Moncton from Friday to Sunday. The leaders pledged to defend cultural diversity at the trade talks, "
            "which open in Seattle at the end of November.")
    assert summit_of(body, published_at=datetime(1999, 9, 6)).city == "Moncton"
    body = ("SCO leaders met at their summit in Moscow on Thursday. Vladimir Putin hosted Nursultan Nazarbayev of "
            "Kazakhstan and Emomali Rakhmonov of Tajikistan.")
    found = {p.entity_key: p.role for p in extract_facts(body, published_at=datetime(2003, 5, 30)).participants}
    assert found["person:emomali-rakhmonov"] == "president"


def test_an_envoy_named_by_someone_is_an_envoy():
    found = roles("Leaders of the Commonwealth met at a summit in Lyford Cay on Friday. Tomas Arveda-Lind, the envoy "
                  "named by the opposition leader Juan Guaidó, sat behind the nameplate.")
    assert found["person:tomas-arveda-lind"] == "envoy"


def test_a_named_statement_adopted_by_heads_of_government_is_the_summits():
    body = ("Commonwealth leaders met at their summit in Limassol on Sunday. The Limassol Statement on the Uruguay "
            "Round, adopted by the heads of government of the 50-nation Commonwealth, said failure would be “a severe "
            "setback for the trading system.”")
    assert quote_speakers(body)["a severe setback for the trading system"] == "org:commonwealth"


def test_a_surname_that_is_also_a_city_reads_as_the_person_and_his_speech_leads_the_quotation():
    body = ("Latin American leaders met at their summit in Punta Cana on Wednesday. President Danilo Medina hosted it "
            "on the day US President Donald Trump signed an order on the border wall.\n\nMedina set the tone in his "
            "closing speech. “We did not come here to fight with anybody. We came to defend our people.”")
    assert quote_speakers(body)["We did not come here to fight with anybody. We came to defend our people"] == \
        "person:danilo-medina"


def test_the_federated_states_of_micronesia_and_medellin_take_their_full_names():
    body = "Pacific Islands Forum leaders met at their summit in Pohnpei on Thursday."
    assert summit_of(body).country == "Federated States of Micronesia"
    assert summit_of("OAS foreign ministers met at their General Assembly in Medellin on Wednesday.").city == "Medellín"
