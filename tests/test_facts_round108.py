"""Round-108 mechanisms (issue 6 round 108, read from the burned heldout106 set's misses). Every sentence is invented
for the test, with wordings that differ from the gold articles."""

from __future__ import annotations

from datetime import datetime

from extractors.facts import extract_facts
from tests.facts_helpers import fact_keys, quote_speakers, summit_fields, summit_of


def test_leaders_reviving_a_body_hold_its_meeting_in_the_place_the_sentence_opens_on():
    body = ("On Sunday, June 3, in Riga, the speakers and leaders of the three Baltic parliaments sat down together and "
            "signed a joint statement. The three chairmen revived the Baltic Council, which had not met since 1940. "
            "Later that week a choir in Riga ended its season, and the Conference on Security and Cooperation in "
            "Europe, a forum of 35 states, was asked to let them in.")
    found = summit_of(body, published_at=datetime(1990, 6, 6))
    assert summit_fields(found) == ("Baltic Council", "Riga", "Latvia", "1990-06-03", "1990-06-03")


def test_the_presidents_of_the_five_member_countries_met_beats_a_partner_bloc_named_more_often():
    body = ("The presidents of the five Andean Community countries met on Thursday and Friday in Rionegro and agreed "
            "to wrap up trade talks with Mercosur. Mercosur officials welcomed it. A Mercosur envoy attended.")
    found = summit_of(body, published_at=datetime(2003, 6, 30))
    assert (found.organization, found.city, found.country) == ("Andean Community", "Rionegro", "Colombia")


def test_a_headline_place_after_a_preposition_counts_and_a_city_of_phrase_names_the_venue():
    body = ("On May 20, in the ancient mountain city of Nanning, Premier Li received the leaders of the ASEAN "
            "countries for a summit. Traders said the next talks would be held when ASEAN leaders meet in Cebu, in "
            "the Philippines, in December. A supplier in Hanoi was hopeful.")
    found = extract_facts(body, title="In Nanning, a summit of neighbours", published_at=datetime(2006, 5, 23)).summit
    assert (found.city, found.country) == ("Nanning", "China")


def test_a_citadel_named_as_the_meeting_place_beats_the_writers_city():
    body = ("By Rosa Quispe, Lima\n\nOn May 22 and 23, at the Inca citadel of Machu Picchu, the five Andean presidents "
            "held a summit and made themselves a council. The technocrats in Lima had run the pact. The ministries in "
            "Lima will answer to the presidents.")
    found = extract_facts(body, title="At Machu Picchu, presidents take charge", published_at=datetime(1990, 5, 28)).summit
    assert (found.city, found.country) == ("Machu Picchu", "Peru")


def test_a_trade_fair_that_opened_the_next_day_does_not_date_the_summit():
    body = ("Leaders meet in Nanning\n\nThe Harbour Post | Thursday, May 25, 2006\n\n"
            "On May 22, Premier Wen welcomed the leaders of the ASEAN countries to a summit in Nanning. Exporters "
            "should use the regional Expo, which opened in Nanning on Tuesday, to find buyers.")
    found = summit_of(body, published_at=datetime(2006, 5, 25))
    assert (str(found.start_date), str(found.end_date)) == ("2006-05-22", "2006-05-22")


def test_a_dated_reader_comment_under_the_story_does_not_date_the_summit():
    body = ("Leaders meet in Nanning\n\nThe Harbour Post | Tuesday, May 23, 2006\n\n"
            "Premier Wen and the ASEAN leaders met in Nanning on Monday for a one-day summit.\n\nComments (2)\n"
            "tradewinds88 | 23 May 2006: Services are where the money is.\n"
            "kl_watcher | 24 May 2006: Our firm opened its Nanning office in 1995 and nobody believed in it.")
    found = summit_of(body, published_at=datetime(2006, 5, 23))
    assert (str(found.start_date), str(found.end_date)) == ("2006-05-22", "2006-05-22")


def _meeting_sentence(body: str, published_at: datetime) -> str | None:
    """The sentence the meeting's own outcome fact (hold-summit) is evidenced by."""
    found = extract_facts(body, published_at=published_at)
    held = [f for f in found.facts if ":hold-summit" in f.key]
    return body[held[0].char_start:held[0].char_end] if held else None


def test_the_meeting_fact_is_not_evidenced_by_another_meeting_or_a_trade_fair():
    body = ("Premier Wen and the ASEAN leaders met in Nanning on Monday for a summit and agreed to deepen their ties. "
            "The leaders want a services deal signed at the ASEAN summit in Cebu in December. The regional Expo, an "
            "annual trade fair held in Nanning, opens on Tuesday. A summit of the two sides was held in Nanning on "
            "Monday, officials said.")
    assert _meeting_sentence(body, datetime(2006, 10, 31)) == ("A summit of the two sides was held in Nanning on Monday, "
                                                               "officials said.")


def test_next_years_summit_is_not_this_meetings_fact():
    body = ("G8 leaders agreed on Monday to crack down on tax evasion at Lough Erne in Enniskillen. Russia takes over the "
            "G8 presidency in January and will host next year's summit in Sochi.")
    assert _meeting_sentence(body, datetime(2013, 6, 18)) is None


def test_a_name_with_an_age_apposed_is_a_person_who_goes_on_speaking():
    body = ("The Baltic leaders met in Riga on Saturday for a summit. Mikhail Gorbachev, the Soviet president, said "
            "nothing.\n\nHeino Kallaste-Whitfield, 79, a former surveyor, was a boy in Riga then. \"We trusted "
            "the treaty and it failed us,\" he said over tea.")
    speakers = quote_speakers(body)
    assert speakers["We trusted the treaty and it failed us"] == "person:heino-kallaste-whitfield"


def test_a_listed_first_name_and_two_surnames_before_of_a_state_are_a_person():
    body = ("The Andean presidents met in Cusco on Tuesday for a summit. Jaime Paz Zamora of Bolivia was blunt. Crops, "
            "he said, are worth nothing \"if nobody abroad will buy them.\"")
    assert quote_speakers(body)["if nobody abroad will buy them"] == "person:jaime-paz-zamora"


def test_a_song_the_choir_sang_is_not_a_quotation():
    body = ("The Baltic leaders met in Riga on Saturday for a summit. That evening, he added, the choir at the "
            "club ended its rehearsal with \"Kaunis on kotimaa,\" and the hall stood. \"We are together again,\" said "
            "Anatolijs Gorbunovs.")
    assert set(quote_speakers(body)) == {"We are together again"}


def test_the_speaker_of_a_said_aside_goes_on_in_a_bare_quotation():
    body = ("ASEAN leaders met in Nanning on Monday for a summit. Tran Thi Mai-Holloway, an economist in Hanoi, spoke "
            "about trade.\n\nExports lag far behind imports, she said, and the gap keeps growing. \"Partnership "
            "is a fine word. For a farmer it means one thing: can my lorry cross today?\"")
    speakers = quote_speakers(body)
    assert speakers["Partnership is a fine word. For a farmer it means one thing: can my lorry cross today?"] == \
        "person:tran-thi-mai-holloway"


def test_what_the_meetings_text_describes_a_thing_as_is_the_bodys_words():
    body = ("The Andean presidents met at Machu Picchu on May 22 for a summit. President Alan Garcia of Peru, the "
            "host, and his four guests created a council, which the act describes as \"the supreme organ of Andean "
            "integration.\"")
    assert quote_speakers(body)["the supreme organ of Andean integration"] == "org:andean-community"


def test_heads_of_the_1980s_and_1990s_named_by_their_state_take_their_office_from_the_table():
    body = ("The Andean presidents met in Cusco on Tuesday for a summit. Rodrigo Borja of Ecuador and Jaime Paz Zamora "
            "of Bolivia signed the act.")
    found = extract_facts(body, published_at=datetime(1990, 5, 24))
    held = {p.entity_key: (p.role, p.affiliation) for p in found.participants}
    assert held["person:rodrigo-borja"] == ("president", "Ecuador")
    assert held["person:jaime-paz-zamora"] == ("president", "Bolivia")


def test_a_named_declaration_that_commits_the_members_records_their_decision():
    body = ("The leaders of the three Baltic parliaments met in Riga on Saturday and revived the Baltic Council. Their "
            "Declaration on Concord and Common Action commits the three to align their foreign policies.")
    assert "decision:org:baltic-council:commit-three-align-foreign" in fact_keys(body)
