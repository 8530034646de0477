"""Round-33 mechanisms (issue 6 round 33, read from the burned heldout32 set's misses). Every sentence is invented for
the test, with names and wordings that differ from the gold articles; the bodies named are real, since the
organisations table is what the tests check."""

from __future__ import annotations

from tests.facts_helpers import evidence, summit_of

OPENING = "NATO leaders met in Oslo on Tuesday for their annual summit. "


def test_a_quoted_reaction_is_all_its_speaker_said_in_one_go_with_the_lead_in_that_names_them():
    lead = "Oskar Lindqvist, a defence analyst at the Nordic Security Institute, sounded a note of caution."
    run = ' "The target is a promise, not a budget," he said. "Parliaments will decide whether it is kept."'
    body = OPENING + lead + run + " The summit closed on Wednesday."
    assert evidence(body)["reaction:person:oskar-lindqvist:react:org:nato"] == lead + run


def test_a_run_of_quotations_stops_at_another_speakers_words():
    said = ('Prime Minister Arne Solbakk welcomed the deal, calling it "a good day for the alliance." "We have waited '
            'ten years for this," he added.')
    body = OPENING + said + ' "Now we must pay for it," said Ilse Marten, a budget expert at the Bergen Institute.'
    found = evidence(body)
    assert found["reaction:person:arne-solbakk:welcome:org:nato"] == said
    assert found["reaction:person:ilse-marten:react:org:nato"].startswith('"Now we must pay')


def test_a_fact_that_names_a_speaker_takes_in_the_quotation_that_follows_it():
    read = ('Prime Minister Arne Solbakk of Norway welcomed the agreement on air defence. "We have waited ten years '
            'for this," he said.')
    body = OPENING + read + " The summit closed on Wednesday."
    assert evidence(body)["reaction:country:no:welcome:org:nato"] == read


def test_the_three_seas_initiative_holds_its_own_summit():
    body = ("Bucharest, 18 September - The presidents of the Three Seas countries ended their summit in Bucharest on "
            "Tuesday with a list of priority projects. The Three Seas summit was attended by the President of the "
            "European Commission, who promised EU money.")
    assert summit_of(body).organization == "Three Seas Initiative"
