"""Round-35 mechanisms (issue 6 round 35, read from the burned heldout34 set's misses). Every sentence is invented for
the test, with names and wordings that differ from the gold articles; the bodies named are real, since the
organisations table is what the tests check."""

from __future__ import annotations

from tests.facts_helpers import evidence, quote_speakers, roles, summit_of


def test_a_bodys_numbered_general_assembly_is_its_meeting_without_the_word_summit():
    body = ("Foreign ministers of the Organization of American States flew into San Pedro Sula on Monday. By "
            "Wednesday the 39th General Assembly had settled the quarrel.")
    summit = summit_of(body)
    assert summit.organization == "Organization of American States" and summit.city == "San Pedro Sula"
    assert summit.country == "Honduras"


def test_an_ordinal_before_a_bodys_name_makes_its_meeting():
    body = ("The week before last, the atoll played host to the 44th Pacific Islands Forum in Majuro. The leaders left "
            "behind a declaration on climate.")
    assert summit_of(body).organization == "Pacific Islands Forum"


def test_a_spanish_form_of_address_is_no_part_of_the_name():
    body = ('"The Americas will go home," said Licenciado Rigoberto Paz, a political scientist at the university.')
    assert set(roles(body)) == {"person:rigoberto-paz"}


def test_a_long_relative_clause_between_a_quotation_and_its_verb_keeps_the_speaker():
    body = ('"We have taken a decisive step," Niger\'s President Mahamadou Issoufou, who co-chairs the presidential task '
            "force on the single currency with Ghana's President Nana Akufo-Addo, told reporters.")
    assert quote_speakers(body)["We have taken a decisive step"] == "person:mahamadou-issoufou"


def test_a_fact_checks_where_it_appeared_line_names_who_made_the_claim():
    body = ('ASEAN leaders met in Bali for their summit.\n\nCLAIM 3: "ASEAN now has a common foreign policy."\n'
            "Where it appeared: Hasan Basri, a member of the house foreign affairs commission, in a radio interview.")
    assert quote_speakers(body)["ASEAN now has a common foreign policy"] == "person:hasan-basri"


def test_the_leaders_quoted_verb_is_the_summits_text():
    body = ('SAARC leaders met in Kathmandu for their summit. The leaders "strongly condemned terrorism in all its forms '
            'and manifestations," to use the words of the declaration.')
    assert quote_speakers(body)["strongly condemned terrorism in all its forms and manifestations"] == "org:saarc"


def test_each_further_statement_of_a_quoted_speaker_is_a_reaction_of_its_own():
    body = ('SAARC leaders met in Kathmandu for their summit. "The retreat did what two days of officials could not," '
            'said Ram Thapa, a political analyst at Tribhuvan University. The leaders then signed the energy deal. '
            '"By lunch the deal was back on the table," Mr Thapa added later.')
    found = evidence(body)
    reactions = {key: text for key, text in found.items() if key.startswith("reaction:person:ram-thapa")}
    assert len(reactions) == 2
    assert found["reaction:person:ram-thapa:react:org:saarc"].startswith('"The retreat')
    assert any(text.startswith('"By lunch') for text in reactions.values())


def test_a_vox_pop_speaker_with_a_trade_near_a_place_is_a_participant():
    body = '"We gave them clean streets," said Ram Bahadur Tamang, a tea seller near Maitighar Mandala.'
    assert roles(body) == {"person:ram-bahadur-tamang": "tea seller"}


def test_the_text_that_calls_on_speaks_its_quoted_verb():
    body = 'SAARC leaders met in Kathmandu for their summit. The text "calls on" members to open their borders.'
    assert quote_speakers(body).get("calls on") == "org:saarc"
