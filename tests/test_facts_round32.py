"""Round-32 mechanisms (issue 6 round 32, read from the burned heldout31 set's misses). Every sentence is invented for
the test, with names and wordings that differ from the gold articles; the bodies named are real, since the
organisations table is what the tests check."""

from __future__ import annotations

from tests.facts_helpers import key_parts, quote_speakers, summit_of


def test_a_summit_between_two_bodies_that_an_article_says_came_before_is_another_meeting():
    body = ("The first CELAC summit closed in Lima on Monday. CELAC leaders adopted a declaration on democracy. All "
            "of this followed the first summit between CELAC and the European Union, held in the same building.")
    assert summit_of(body).organization == "CELAC"


def test_a_summit_body_that_ended_in_a_city_held_its_meeting_there():
    body = ("Since the Pacific Islands Forum ended in Suva, Fiji, last Friday, claims about the declaration have "
            "spread quickly.")
    summit = summit_of(body)
    assert summit.organization == "Pacific Islands Forum" and summit.city == "Suva"


def test_a_roman_ordinal_does_not_make_a_summit_a_name_of_its_own():
    body = ("Ms Ana Velez was designated on Friday at the close of the XXth Summit of La Francophonie, held in the "
            "Tunisian capital on 11 and 12 October.")
    assert summit_of(body).organization == "Organisation internationale de la Francophonie"


def test_what_everyone_is_calling_and_what_its_authors_call_are_terms():
    body = ("The charter sets up what everyone here is calling the \"data force\". It commits the eight to bridge what "
            "its authors call the \"digital gap\".")
    assert quote_speakers(body) == {}


def test_undertook_summed_up_as_and_a_reminder_that_introduce_the_subjects_words():
    body = ("In her acceptance remarks, Ms Ana Velez undertook to be Secretary-General \"of all the members\". "
            "Outgoing Chair and Peru's President, Karl Vogt, opened the meeting with a reminder that the Forum was "
            "\"old and still learning\".")
    got = quote_speakers(body)
    assert got["of all the members"] == "person:ana-velez" and got["old and still learning"] == "person:karl-vogt"


def test_a_name_joined_by_wa_is_one_name():
    body = "Malawian President Lungu wa Banda, the bloc's chairman, said Africa would not \"bow to fear\"."
    assert quote_speakers(body) == {"bow to fear": "person:lungu-wa-banda"}


def test_in_the_words_of_names_the_speaker():
    body = ("The leaders closed the Atlantic Forum summit in Lyon with a text that, in the words of one Danish "
            "delegate, was \"won line by line\".")
    assert quote_speakers(body) == {"won line by line": "country:dk"}


def test_the_paper_in_a_later_sentence_is_still_the_paper_named_before_and_outranks_the_clauses_names():
    body = ("ROME Corriere della Sera was delighted with the host. Karl Vogt, the paper wrote, had \"put Lyon on the "
            "map\". MADRID El Pais was cooler. In three paragraphs it summed up the day. The paper's verdict was that "
            "Madrid \"has learned to wait\".")
    got = quote_speakers(body)
    assert got["put Lyon on the map"] == "org:corriere-della-sera"
    assert got["has learned to wait"] == "org:el-pais"


def test_a_summit_text_right_before_its_own_quoted_verb_speaks():
    body = ("The Atlantic Forum summit closed in Lyon. On Tibet, the Communique \"strongly encourages\" both sides to "
            "talk.")
    assert quote_speakers(body) == {"strongly encourages": "org:lyon-summit"}


def test_stopping_short_of_a_step_is_an_outcome():
    body = ("The Atlantic Forum summit closed in Lyon. But the summit stopped short of changing the mission's mandate, "
            "as Peru had urged.")
    assert "stop-short" in key_parts(body)


def test_a_sum_in_words_put_up_or_announced_is_a_funding_pledge():
    assert "fund" in key_parts("At the Atlantic Forum summit in Lyon, Denmark put up as much as $15 billion over five "
                               "years for clean energy.")
    assert "fund" in key_parts("At the Atlantic Forum summit in Lyon, Prime Minister Karl Vogt announced up to "
                               "fifteen billion dollars over five years.")


def test_chosen_this_afternoon_as_the_next_secretary_general_is_an_election():
    assert "elect" in key_parts("At the Atlantic Forum summit in Lyon, Ana Velez was chosen this afternoon as the next "
                                "secretary-general of the Forum.")
