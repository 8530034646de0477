"""Round-44 mechanisms (issue 6 round 44, read from the burned heldout43 set's misses). Every sentence is invented for
the test, with wordings that differ from the gold articles."""

from __future__ import annotations

from tests.facts_helpers import quote_speakers, roles


def test_trades_given_by_what_a_person_manages_sells_runs_or_researches():
    found = roles("SCO leaders met in Bishkek for their summit. Aibek Usenov, who manages a guesthouse near the "
                  "Osh bazaar, was full. Gulnara Asanova, who sells painted bowls outside the mosque, was not. "
                  "Timur Bekov, who runs a courier firm in the south, was hopeful. Nurlan Aliev, who opened his kebab "
                  "cafe on Chui Avenue in 2019, said little. Sara Lindqvist, who researches Eurasian trade at Lund "
                  "University, was doubtful.")
    assert found["person:aibek-usenov"] == "manages a guesthouse"
    assert found["person:gulnara-asanova"] == "sells painted bowls"  # (the clause in its own words, as the later gold has it)
    assert found["person:timur-bekov"] == "runs a courier firm"
    assert found["person:nurlan-aliev"] == "kebab cafe owner"
    assert found["person:sara-lindqvist"] == "researches Eurasian trade"


def test_a_portfolio_after_on_is_no_part_of_the_name_that_follows():
    body = ("SCO leaders met in Bishkek for their summit. Special Assistant to the President on Foreign Affairs "
            'Tariq Fatemi told reporters the membership talks were "on track".')
    assert quote_speakers(body)["on track"] == "person:tariq-fatemi"


def test_who_had_told_after_a_name_of_a_state_is_that_persons():
    body = ("SCO leaders met in Bishkek for their summit. Mr Hussain thanked the host, President Almazbek Atambayev "
            'of Kyrgyzstan, who had told the leaders that the bloc was "coming of age".')
    assert quote_speakers(body)["coming of age"] == "person:almazbek-atambayev"


def test_the_clause_after_a_colon_has_its_own_subject():
    body = ("NATO leaders met in Vilnius for their summit. Olaf Scholz had one guest in mind: Jens Stoltenberg called "
            'the outcome "a strong package" and left for the dinner.')
    assert quote_speakers(body)["a strong package"] == "person:jens-stoltenberg"
