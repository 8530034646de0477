"""Round-21 mechanisms (issue 6 round 21, read from the burned heldout20 set's misses). Every sentence is invented for
the test, with names and wordings that differ from the gold articles."""

from __future__ import annotations

from tests.facts_helpers import quote_speakers, roles


def test_a_scorecards_name_labels_and_a_pair_with_their_offices():
    body = ("The G20 summit in Oslo is over.\n\nWINNERS\n\nMarta Lind. The IMF managing director left with pledges.\n\n"
            "Paul Roy. Canada's prime minister kept his wallet shut.\n\nTHE PAIR\n\nLi Wen and Ivan Petrov, the Chinese "
            "and Russian presidents, met for an hour.")
    assert roles(body) == {"person:marta-lind": "managing director", "person:paul-roy": "prime minister",
                           "person:li-wen": "president", "person:ivan-petrov": "president"}


def test_a_first_summit_as_president_a_prosecutor_and_a_venue_named_after_a_leader():
    body = ("The AU summit in Oslo ended. Ana Moyo, attending her first AU summit as Kenya's president, signed. Rosa "
            "Bianchi, chief prosecutor of the Hague tribunal, spoke. Leaders met at the Olav Kyrre Hall on Friday, and "
            "President Olav Kyrre opened the talks.")
    assert roles(body) == {"person:ana-moyo": "president", "person:rosa-bianchi": "chief prosecutor",
                           "person:olav-kyrre": "President"}


def test_sound_bite_labels_initials_and_a_relative_clauses_speaker():
    body = ("The Ibero-American summit in Oslo ended.\n\nVO: Madrid said there would be no apology.\n\nSOT - ANA "
            "ROSALES, SPANISH FOREIGN MINISTER: \"There is nothing to apologise for.\"\n\nThe chair went to Peru, which "
            "Amnesty International called \"a reward for silence\". Peru's foreign minister, G.K. Salas, insists it made "
            "\"no difference at all\".")
    assert quote_speakers(body) == {"There is nothing to apologise for": "person:ana-rosales",
                                    "a reward for silence": "org:amnesty-international",
                                    "no difference at all": "person:g-k-salas"}
    assert roles(body)["person:ana-rosales"] == "foreign minister"
