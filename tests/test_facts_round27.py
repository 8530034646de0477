"""Round-27 mechanisms (issue 6 round 27, read from the burned heldout26 set's misses). Every sentence is invented for
the test, with names and wordings that differ from the gold articles; the office-holder test names a real president,
since the offices table (world knowledge) is what it checks."""

from __future__ import annotations

from datetime import datetime

from tests.facts_helpers import fact_keys, quote_speakers, roles

def test_a_quote_books_attribution_line_below_the_quotation_names_its_speaker():
    body = ("Quote book\nNATO leaders met on Thursday.\n\n1. \u201cWe are paying far too much.\u201d\n\u2014 Ann Toll, "
            "Norwegian prime minister, at the dinner.\n\n2. \u201cThis is not fair.\u201d\n\u2014 Toll, a few lines later.\n")
    got = quote_speakers(body)
    assert got["We are paying far too much"] == "person:ann-toll" and got["This is not fair"] == "person:ann-toll"


def test_a_french_m_and_a_zimbabwean_cde_are_forms_of_address():
    body = ("The President of the Confederation, Karl Vogt, attended. \u201cFor once we were at the table,\u201d M. Vogt "
            "told us. Justice Minister Cde Sam Tevita replied: \"Africa has spoken.\"")
    got = quote_speakers(body)
    assert got["For once we were at the table"] == "person:karl-vogt"
    assert got["Africa has spoken"] == "person:sam-tevita"


def test_a_states_office_named_in_full_is_the_holder_the_body_names_elsewhere():
    # world knowledge: the offices table has Jacques Chirac as President of France in June 2003
    body = ("The G8 summit closed on Tuesday. The President of the French Republic, the host, declared himself "
            "satisfied. \u201cThe quarrels are behind us,\u201d he told the press. Earlier Mr Bush had met M. Chirac.")
    assert quote_speakers(body, datetime(2003, 6, 4))["The quarrels are behind us"] == "person:jacques-chirac"


def test_a_transcripts_q_label_and_a_headlines_capitalised_preposition_are_no_part_of_a_name():
    body = ("Press Gaggle by Press Secretary Tom Hale Aboard Air Force One\n\nMR. HALE: Good afternoon.\n\n"
            "Q Vogt said the club must not become \"a club of the rich deciding for the poor.\" Does he agree?")
    assert set(roles(body)) == {"person:tom-hale"}
    assert quote_speakers(body)["a club of the rich deciding for the poor"] == "person:vogt"


def test_a_plural_title_over_a_list_of_names_gives_each_the_title_and_state():
    body = ("The leaders met alongside Presidents Karl Vogt of Brazil, Sam Tevita of Nigeria and Lars Lunde of Chile, "
            "and Prime Ministers Ola Brekke of Canada and Ann Toll of Japan.")
    got = roles(body)
    assert all(got.get(k) == "President" for k in ("person:karl-vogt", "person:sam-tevita", "person:lars-lunde"))
    assert got.get("person:ola-brekke") == "Prime Minister" and got.get("person:ann-toll") == "Prime Minister"


def test_they_after_a_quotation_two_sentences_after_the_leaders_is_the_summits_body():
    body = ("The G8 summit closed. The leaders adopted a text on arms. On Iran they were blunt. \u201cWe will not "
            "ignore the programme,\u201d they wrote.")
    assert quote_speakers(body)["We will not ignore the programme"] == "org:g8"


def test_a_states_government_leader_is_its_head_of_government_named_before():
    body = ("The ASEAN summit closed. The chair went to Lao Prime Minister Sam Tevita. \"Laos is ready,\" the Lao "
            "Government leader said.")
    assert quote_speakers(body)["Laos is ready"] == "person:sam-tevita"


def test_replies_is_a_speech_verb_and_an_elysee_without_its_first_accent_is_the_elysee():
    body = ("China's Premier Li Wei replies that navigation there \u201chas never been a problem\u201d. The Elys\u00e9e "
            "described the talks as \u201cfrank and cordial\u201d.")
    got = quote_speakers(body)
    assert got["has never been a problem"] == "person:li-wei" and got["frank and cordial"] == "country:fr"


def test_pm_is_prime_minister_and_a_two_word_rank_sits_between_a_role_and_its_name():
    body = ("PM Sam Tevita opened the summit. Norway's Vice President, Lt Gen Karl Vogt, told the session that the "
            "vote was flawed.")
    got = roles(body)
    assert got["person:sam-tevita"] == "Prime Minister" and got["person:karl-vogt"] == "Vice President"


def test_everyday_occupations_are_roles_of_quoted_people():
    body = ("The G8 summit closed. The watchmaker Ola Brekke was less political. \"Twice my window went,\" she said. "
            "The U2 singer Bonzo, beside him, was gentler. \"The money is real,\" he said. A British activist, Sam "
            "Tevita, fell from the bridge.")
    got = roles(body)
    assert got.get("person:ola-brekke") == "watchmaker" and got.get("person:sam-tevita") == "activist"
    assert quote_speakers(body)["The money is real"] == "person:bonzo"


def test_joining_on_a_date_as_the_nth_ally_is_an_admission():
    body = "At the NATO summit in Oslo the leaders met. Norway joins on 5 June as NATO's 33rd ally."
    assert any(k.startswith("membership:") and k.endswith("country:no") for k in fact_keys(body))
