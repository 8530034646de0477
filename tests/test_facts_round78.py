"""Round-78 mechanisms (issue 6 round 78 and on, read from the burned heldout77 set's misses and later ones). Every
sentence is invented for the test, with wordings that differ from the gold articles."""

from __future__ import annotations

from datetime import datetime

from extractors.facts import analyse, extract_facts
from extractors.facts.gazetteer import load_gazetteer
from tests.facts_helpers import fact_keys, quote_speakers, roles, summit_of


def test_a_summit_before_unification_names_west_germany_and_after_it_germany():
    before = summit_of("Leaders of the North Atlantic alliance met at a summit in Bonn on Thursday, May 29, 1989, and "
                       "agreed a comprehensive concept on arms control.", published_at=datetime(1989, 5, 30))
    after = summit_of("Leaders of the Group of Seven met at a summit in Cologne on Friday, June 18, 1999, and agreed "
                      "to write off poor countries' debts.", published_at=datetime(1999, 6, 19))
    assert before.country == "West Germany"
    assert after.country == "Germany"


def test_a_country_renamed_since_is_named_as_it_was_and_a_city_picks_its_side():
    gaz = load_gazetteer()
    assert gaz.name_on("country:sz", "2016-08-30", gaz.country_names["country:sz"]) == "Swaziland"
    assert gaz.name_on("country:sz", "2019-08-17", gaz.country_names["country:sz"]) == "Eswatini"
    assert gaz.name_on("country:de", "1987-06-01", gaz.country_names["country:de"], "city:leipzig") == \
        "East Germany"
    assert gaz.name_on("country:cd", "1990-01-01", gaz.country_names["country:cd"]) == "Zaire"
    assert gaz.name_on("country:cd", "1970-01-01", gaz.country_names["country:cd"]) == "Democratic Republic of Congo"
    assert gaz.name_on("country:kz", None, gaz.country_names["country:kz"]) == "Kazakhstan"


def test_a_wish_to_host_the_next_summit_is_not_the_venue():
    body = ("Arab leaders ended an extraordinary summit held in Marrakesh on Friday with a call for unity. Marrakesh "
            "was calm. Egypt's officials said they hoped the next one would be held in Alexandria. In Alexandria the "
            "papers cheered.")
    assert summit_of(body, published_at=datetime(1990, 6, 2)).city == "Marrakech"


def test_the_offices_table_spelling_of_a_transliterated_first_name_is_kept():
    found = roles("EU leaders met at a summit in Corfu on Friday. Prime Minister Costas Simitis of Greece spoke "
                  "first. Prime Minister Costas Karamanlis spoke later.")
    assert "person:costas-simitis" in found
    assert "person:kostas-karamanlis" in found


def test_a_lowercase_d_apostrophe_particle_is_part_of_the_surname():
    body = ("EU leaders met at a summit in Laeken on Friday. “Write us a constitution,” said Valéry Giscard "
            "d’Estaing, the former French president.")
    assert quote_speakers(body, published_at=datetime(2001, 12, 15))["Write us a constitution"] == \
        "person:valery-giscard-destaing"


def test_the_conclusions_of_a_european_council_speak_for_the_union():
    body = ("European Union leaders met at a summit in Laeken on Friday. “Enlargement is irreversible,” the "
            "conclusions say.")
    assert quote_speakers(body, published_at=datetime(2001, 12, 15))["Enlargement is irreversible"] == "org:eu"


def test_member_states_opening_a_sentence_are_not_a_person():
    body = ("SADC leaders met at a summit in Windhoek on Monday. The executive secretary, Lydia Mbekeni, was hopeful. "
            "Member states, she said, had “stopped talking and started building.”")
    assert not any(f.key == "person:member" for f in analyse(body).found)
    assert quote_speakers(body, published_at=datetime(2018, 8, 18))["stopped talking and started building"] == \
        "person:lydia-mbekeni"


def test_the_head_of_a_named_body_holds_the_office_and_formal_titles_stay_whole():
    found = roles("Leaders of the Group of Eight met at a summit in Sapporo on Monday. Ingrid Holm-Bayard, chair of "
                  "the Northern Forum on Water, said little. Tomas Arvel, the leader of the opposition, said more. Mira "
                  "Soltan-Obey, director of the Arctic Policy programme, said most.")
    assert found["person:ingrid-holm-bayard"] == "chair"
    assert found["person:tomas-arvel"] == "leader of the opposition"
    assert found["person:mira-soltan-obey"] == "director of the Arctic Policy programme"


def test_an_announcement_made_with_an_infinitive_is_the_state_s_pledge():
    body = ("Pacific Rim leaders met at a summit in Subic on Sunday. Indonesian President Suharto used the meeting to "
            "announce that Indonesia would lower its import duties by at least 20 percent within three years.")
    assert any(k.startswith(("pledge:country:id:", "decision:country:id:")) for k in fact_keys(body))


def test_a_package_presented_with_its_sum_is_a_funding_pledge():
    body = ("EU and Balkan leaders met at a summit in Skopje on Tuesday. The Commission president presented a "
            "2 billion euro transport package for the region's railways.")
    assert "pledge:org:european-commission:fund" in fact_keys(body) or any(
        k.startswith("pledge:") and k.endswith(":fund") for k in fact_keys(body))


def test_naming_the_office_first_and_the_holder_after_a_comma_is_an_election():
    body = ("Central Asian leaders met at a summit in Almaty on Friday. They named the first secretary-general, "
            "Bolat Nurlanov, a former trade minister.")
    assert any(k.endswith(":elect:person:bolat-nurlanov") for k in fact_keys(body))  # (whom, since round 93)


# Round 79 (read from the burned heldout78 set's misses).

def test_sao_tome_keeps_its_accents_as_a_city_and_as_a_country():
    summit = summit_of("Leaders of the Portuguese-speaking countries met at a summit in São Tomé on Sunday, July 17.",
                       published_at=datetime(2022, 7, 18))
    assert (summit.city, summit.country) == ("São Tomé", "São Tomé and Príncipe")


def test_a_summit_held_at_an_observatory_or_a_palace_is_in_its_place():
    summit = summit_of("The presidents signed the treaty of the Pacific Alliance at their summit on Wednesday at Chile's "
                       "Paranal Observatory, far south of Antofagasta. In Antofagasta, traders cheered.",
                       published_at=datetime(2012, 6, 7))
    assert summit.city == "Paranal"


def test_a_hyphenated_body_name_is_no_pairing_and_a_next_summit_due_elsewhere_is_not_this_one():
    summit = summit_of("Pacific Alliance treaty signed in the desert\n\nThe presidents of Chile, Colombia, Mexico and "
                       "Peru signed the framework agreement of the Pacific Alliance at their summit on Wednesday in Antofagasta. The "
                       "alliance's next summit is due in Spain in November, on the sidelines of the Ibero-American "
                       "summit.", published_at=datetime(2012, 6, 7))
    assert summit.organization == "Pacific Alliance"


def test_a_weekday_in_a_related_links_line_is_not_the_summit_s_day():
    body = ("The alliance’s next summit is due in Spain in November.\n\nRelated: Port volumes up 8% | Observatory "
            "tourism: how to book a Sunday visit | Opinion: what the alliance means for the north\nComments (12)")
    summit = extract_facts(body, title="Four presidents sign Pacific Alliance treaty in the desert",
                           published_at=datetime(2031, 5, 8)).summit
    assert summit.start_date is None and summit.end_date is None


def test_a_summit_ended_many_words_later_with_a_joint_declaration_adopts_it():
    body = ("Leaders of the Three Seas Initiative ended their fifth annual summit in Tallinn on Friday with a joint "
            "declaration that promises faster work on rail links.")
    assert "decision:org:three-seas-initiative:adopt-declaration" in fact_keys(body)


def test_staying_out_of_a_body_while_signing_is_a_membership_matter():
    body = ("Central American presidents met at a summit in Antigua on Friday. Belize signed the protocol but will "
            "stay out of the Central American Parliament for now.")
    assert any(k.startswith("membership:country:bz:") for k in fact_keys(body))


def test_a_head_of_government_saying_his_government_would_act_pledges_it():
    body = ("Pacific Alliance presidents met at a summit in Cali on Thursday. Peruvian President Ollanta Humala said "
            "his government would scrap visas for Mexican tourists.")
    assert any(k.startswith("pledge:country:pe:") for k in fact_keys(body))


def test_they_would_with_no_one_the_text_knows_is_no_fact():
    body = ("Leaders of the Mercosur bloc met at a summit in Montevideo on Friday. Farm groups in the provinces have "
            "said they will drive tractors into the capital next month.")
    assert not any(":unknown:" in k for k in fact_keys(body))


def test_a_forwarding_agent_has_his_trade():
    found = roles("Three Seas leaders met at a summit in Koper on Friday. “Build the track,” said Luka Horvat-Penn, a "
                  "forwarding agent with a freight firm in the port.")
    assert found["person:luka-horvat-penn"] == "forwarding agent"


# Round 80 (read from the burned heldout79 set's misses).

def test_who_has_been_an_office_since_gives_the_role():
    found = roles("Commonwealth leaders met at a summit in Nassau on Tuesday. Mr Lim takes over in July from Hugh "
                  "Barrow of New Zealand, who has been Secretary-General since 1990.")
    assert found["person:hugh-barrow"] == "Secretary-General"


def test_one_of_the_protest_leaders_is_a_protest_leader_and_a_merchant_is_a_merchant():
    found = roles("ASEAN leaders met at a summit in Hua Lamphong on Saturday. One of the protest leaders outside, "
                  "Somchai Rattanakul, told supporters to go home. Ama Boateng-Hale, a cloth merchant at Kejetia, "
                  "said trade was slow.")
    assert found["person:somchai-rattanakul"] == "protest leader"
    assert found["person:ama-boateng-hale"] == "cloth merchant"


def test_a_participle_after_an_appositive_office_does_not_hide_it():
    found = roles("Islamic leaders met at a summit in Taif on Monday. Omar Siddiqui-Vane, the cabinet minister sent "
                  "from Dhaka to lead the delegation, went home early.")
    assert found["person:omar-siddiqui-vane"] == "cabinet minister"


def test_miss_is_a_form_of_address_not_a_first_name():
    found = roles("Commonwealth leaders met at a summit in Nassau on Tuesday. Miss Verna Pinder-Lloyd, who sells "
                  "conch at the harbour, said trade was slow.")
    assert "person:verna-pinder-lloyd" in found


def test_a_summit_of_islamic_heads_of_state_is_the_oic_s_and_its_written_opening_day_counts():
    summit = summit_of("When King Idris opened the first summit of Islamic heads of state in Benghazi on September 22, "
                       "the question was open. By the time the conference closed on September 25, they had agreed on "
                       "Jerusalem.", published_at=datetime(1969, 10, 1))
    assert summit.organization == "Organisation of Islamic Cooperation"
    assert (summit.start_date.isoformat(), summit.end_date.isoformat()) == ("1969-09-22", "1969-09-25")


# Round 81 (read from the burned heldout80 set's misses).

def test_a_city_is_named_as_it_was_when_the_summit_met():
    old = summit_of("South Asian leaders met at a summit in Bengaluru on Monday, November 17, 1986.",
                    published_at=datetime(1986, 11, 18))
    new = summit_of("Leaders met at a summit in Bengaluru on Monday, June 3, 2019.", published_at=datetime(2019, 6, 4))
    assert old.city == "Bangalore"
    assert new.city == "Bengaluru"


def test_guam_is_a_body_with_summits():
    summit = summit_of("The presidents of Georgia, Ukraine, Azerbaijan and Moldova met at a GUAM summit in Batumi on "
                       "Tuesday, July 1, 2008, and talked about energy corridors.", published_at=datetime(2008, 7, 2))
    assert summit.organization == "GUAM"


def test_a_town_that_played_host_or_was_chosen_for_the_summit_is_the_venue():
    summit = summit_of("For three days, Salzburg played host to the leaders of the West. President Reagan chose "
                       "Salzburg for the summit of the Group of Seven. Most business was about the talks in Geneva, "
                       "which went on in Geneva all spring.", published_at=datetime(1983, 5, 31))
    assert summit.city == "Salzburg"


def test_and_himself_after_an_appositive_office_does_not_hide_it():
    body = ("SADC leaders met at a summit in Maseru on Tuesday. Tomas Nkwe-Balfour, the bloc's executive secretary and "
            "himself a Mosotho, called the rules “a floor, not a ceiling” for the region.")
    assert roles(body)["person:tomas-nkwe-balfour"] == "executive secretary"
    assert quote_speakers(body)["a floor, not a ceiling"] == "person:tomas-nkwe-balfour"


def test_the_leaders_said_with_a_colon_is_the_summit_s_body_but_critics_of_the_leaders_are_not():
    body = ("Leaders of the Group of Seven met at a summit in Hershey on Saturday. In a statement issued late on "
            "Sunday, the leaders said: \"Our security is indivisible.\"")
    critics = ("Leaders of the Group of Seven met at a summit in Hershey on Saturday.\n\nCritics of the leaders said: "
               "\"Security is a slogan.\"")
    assert quote_speakers(body)["Our security is indivisible"] == "org:g7"
    assert quote_speakers(critics)["Security is a slogan"] != "org:g7"


def test_wire_credits_and_link_lists_are_no_part_of_the_story():
    body = ("Leaders of the Group of Seven ended their summit in Salzburg on Monday.\n\n(Reporting by Ann Vole-Carter; "
            "Editing by Tim Reed-Olafsen) Related: City council approves new bike lanes | Leaders agree to extend "
            "the ceasefire\n\nRead next: Germany signs the gas deal | How the G7 presidency rotates\n\nMore in "
            "Customs & Borders: Chile extends the winter hours at the pass\n\nMore analysis: Germany signs the gas deal")
    assert fact_keys(body) == set()


# Round 82 (read from the burned heldout81 set's misses).

def test_yaounde_keeps_its_accent():
    summit = summit_of("African leaders met at a summit of the OAU in Yaounde on Monday, July 8, 1996.",
                       published_at=datetime(1996, 7, 9))
    assert summit.city == "Yaoundé"


def test_a_secretary_of_a_named_town_s_association_is_a_secretary():
    found = roles("African leaders met at a summit in Kumba on Monday. Ekane Motomby-Hale, secretary of a Limbe "
                  "fishermen's association that has campaigned for years, said little changed.")
    assert found["person:ekane-motomby-hale"] == "secretary"


def test_a_quotation_from_his_speech_is_his():
    body = ("Ibero-American leaders met at a summit in Merida on Thursday. President Carlos Andres Perez was mobbed "
            "in the streets, and one line from his speech, “We are one people with twenty flags,” was on every "
            "front page.")
    assert quote_speakers(body)["We are one people with twenty flags"] == "person:carlos-andres-perez"


# Round 83 (read from the burned heldout82 set's misses).

def test_de_los_inside_a_place_name_keeps_it_whole():
    summit = summit_of("The presidents of Mercosur met on Tuesday, June 25, 1996, at Potrero de los Funes, a lakeside "
                       "resort in Argentina. People in Asuncion cheered. In Asuncion the papers were full of it.",
                       published_at=datetime(1996, 6, 26))
    assert summit.city == "Potrero de los Funes"


def test_the_black_sea_economic_cooperation_is_a_body_with_summits():
    summit = summit_of("Leaders of the Black Sea Economic Cooperation met at a summit in Tbilisi on Friday, April 30, "
                       "1999.", published_at=datetime(1999, 5, 1))
    assert summit.organization == "Organization of the Black Sea Economic Cooperation"


def test_a_listed_first_name_before_a_city_s_name_is_a_person():
    found = roles("Mercosur leaders met at a summit in Cordoba on Tuesday. Two months ago General Lino Oviedo refused "
                  "to give up command of the army.")
    assert found["person:lino-oviedo"] == "General"


def test_a_member_winning_its_own_protocol_or_clause_is_a_decision_and_a_dropped_reference_an_omission():
    body = ("European Community leaders met at a summit in Edinburgh on Saturday. Norway's neighbour Sweden secured "
            "a protocol on its snus trade. At French insistence, a reference to a “common army” was dropped.")
    keys = fact_keys(body)
    assert "decision:country:se:secure-terms" in keys
    assert any(k.startswith("outcome:") and k.endswith(":omit") for k in keys)


# Round 84 (read from the burned heldout83 set's misses).

def test_a_us_state_is_no_person_and_brigadier_is_a_rank():
    found = roles("Portuguese-speaking leaders met at a summit in Praia on Friday. Brigadier Tomas Ndafa, the former "
                  "army chief, stayed away. Ana Semedo-Kirk, a machinist in Rhode Island, watched on television.")
    assert "person:tomas-ndafa" in found
    assert "person:rhode-island" not in found


def test_summits_in_the_plural_name_other_meetings_than_this_one():
    summit = summit_of("Pacific Alliance presidents met at their summit in Punta Mita on Friday, June 20, 2014. Colombia "
                       "had held the presidency for a year in which it hosted two of the Alliance's summits, in Cali and "
                       "in Cartagena.", published_at=datetime(2014, 6, 21))
    assert summit.city == "Punta Mita"
