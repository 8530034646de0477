"""Round-19 mechanisms (issue 6 round 19, read from the burned heldout18 set's misses). Every sentence is invented for
the test, with names and wordings that differ from the gold articles."""

from __future__ import annotations

from datetime import datetime

from tests.facts_helpers import fact_keys, quote_speakers, roles, summit_of


def test_in_her_words_and_a_lead_in_his_words_colon():
    body = ("The G7 met in Oslo. Chancellor Greta Lund was blunter. The talks had been, in her words, \"long and "
            "unhappy\".\n\n09:10 Vice President Tom Ries spoke at his hotel. In his words:\n\n\"We will not look "
            "away.\"")
    assert quote_speakers(body) == {"long and unhappy": "person:greta-lund", "We will not look away": "person:tom-ries"}


def test_press_names_bodies_named_after_alliances_and_groups_and_their_appositives():
    body = ("The G7 met in Oslo. Corriere della Sera argued that Europe must \"stop waiting\". Norway's main "
            "opposition party, the Green Alliance, said the host had staged \"a show\". The Oslo Group of ten "
            "governments issued a statement on Sudan. A truce now, they say, would be \"a first step\".")
    assert quote_speakers(body) == {"stop waiting": "org:corriere-della-sera", "a show": "org:green-alliance",
                                    "a first step": "org:oslo-group"}


def test_an_interviews_answers_are_the_guests():
    body = ("Interview: Mara Quist on the bank the BRICS summit agreed\n\nBy Tom Vale\n\nThe BRICS summit ended in Oslo. "
            "Mara Quist is a senior fellow at the Nordic Institute.\n\nIs it a bank yet?\n\n\"It is a promise of a "
            "bank,\" Quist says.\n\nWho will run it?\n\n\"Nobody knows. That fight is only postponed.\"")
    assert quote_speakers(body)["Nobody knows. That fight is only postponed"] == "person:mara-quist"


def test_a_promise_that_a_first_trip_as_president_and_short_leader_names():
    body = ("The G7 met in Oslo. Vice President Tom Ries leads the delegation. Ries promises that his president "
            "\"will come next year\". Li Wen, on his first foreign trip as China's president, met the host. Mr Trump, "
            "on his first journey abroad as president, stayed two days.")
    assert quote_speakers(body) == {"will come next year": "person:tom-ries"}
    assert roles(body)["person:li-wen"] == "president" and roles(body)["person:donald-trump"] == "president"


def test_the_venue_since_an_earlier_summit_a_where_clause_with_the_bodys_full_name_and_the_close_of_a_summit():
    body = ("Explainer: what the Islamic summit decided\n\nLeaders met in Mecca late on Friday for the 14th summit. "
            "Turkey, which had held the chair since the Istanbul summit, handed it over. The last was in Istanbul.")
    assert summit_of(body, published_at=datetime(2031, 6, 2)).city == "Mecca"
    blog = ("Live: the Americas summit, day two\n\nGood morning from Lima, where the ninth Summit of the Americas enters "
            "its second and final day. The US president stayed in Washington.")
    assert summit_of(blog, published_at=datetime(2031, 4, 14)).city == "Lima"
    editorial = ("The G7 text agreed in Taormina on Saturday, at the end of a two-day summit, was short. On Friday the "
                 "leaders signed a statement on terrorism. A newspaper argued on Sunday that the summit had failed.")
    summit = summit_of(editorial, published_at=datetime(2031, 5, 13))  # a Tuesday
    assert (summit.start_date.isoformat(), summit.end_date.isoformat()) == ("2031-05-09", "2031-05-10")


def test_bulleted_key_points_are_sentences_of_their_own_and_absences_in_them():
    body = ("Live: the Americas summit, day two\n\nKey points\n– Leaders adopt the Oslo Commitment by consensus\n"
            "– Chile's President Ana Rios absent after a row over the agenda\n\nThe summit in Oslo ends today. This "
            "is the first summit that a sitting US president has skipped.")
    keys = fact_keys(body)
    assert "outcome:person:ana-rios:stay-away" in keys and "outcome:country:us:stay-away" in keys


def test_a_separate_statement_and_a_pledge_in_quoted_words():
    pre = "G7 leaders met in Oslo on Friday for a two-day summit. "
    assert fact_keys(pre + "Leaders also issued a separate statement on cholera.") \
        == {"decision:org:g7:adopt-statement"}
    assert fact_keys(pre + "The leaders pledged to \"keep ports open to all\".") == {"pledge:org:g7:pledge-quoted"}
