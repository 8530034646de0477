"""Round-33 mechanisms (issue 6 round 33, read from the burned heldout32 set's misses). Every sentence is invented for
the test, with names and wordings that differ from the gold articles; the bodies named are real, since the
organisations table is what the tests check."""

from __future__ import annotations

from datetime import datetime

from extractors.facts.gazetteer import load_gazetteer
from tests.facts_helpers import evidence, quote_speakers, roles, summit_of

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


def test_the_sovereign_and_the_king_speak_as_the_king_named_before():
    body = ("His Majesty King Hassan II addressed the Assembly of the Arab League in Fez on Tuesday. "
            '"We came back to our family," the Sovereign told the leaders. The King recalled that the League had '
            '"never abandoned us" in the hard years.')
    found = quote_speakers(body)
    assert found["We came back to our family"] == "person:hassan-ii"
    assert found["never abandoned us"] == "person:hassan-ii"


def test_a_theme_introduced_with_is_names_the_summit_it_quotes_no_one():
    body = ('Prime Minister Lena Osei opened the session on Sunday, welcoming the leaders to a summit whose theme is '
            '"Building Markets through Trust in Youth".')
    assert "Building Markets through Trust in Youth" not in quote_speakers(body)


def test_repeated_describe_talked_about_and_allowed_that_cue_quotations():
    body = ("BRICS leaders met in Sanya on Thursday for their summit. Jim Morrow, the economist who coined the "
            'acronym, repeated last week that the economy was "too small" to join. Prime Minister Tom Hale was careful '
            'to describe the summit as "outward-looking" and not a bloc. Prime Minister Raj Verma talked about an '
            '"arc of advantage" from India to the Pacific. President Ana Ruiz allowed that they had "differing '
            'perspectives" on Syria.')
    assert quote_speakers(body) == {"too small": "person:jim-morrow", "outward-looking": "person:tom-hale",
                                    "arc of advantage": "person:raj-verma",
                                    "differing perspectives": "person:ana-ruiz"}


def test_a_paper_that_quoted_her_as_saying_gives_her_the_words():
    body = ('President Ana Ruiz had pressed Beijing all week. "We do not want to be only exporters of soya," the '
            "Gazeta quoted her as saying in Sanya.")
    assert quote_speakers(body)["We do not want to be only exporters of soya"] == "person:ana-ruiz"


def test_a_beat_between_quotations_keeps_the_speaker():
    body = ('"I would rather they had opened it," said Mary Doyle, who runs the shop. She laughed. "But they are '
            'very good sausages."')
    assert quote_speakers(body)["But they are very good sausages"] == "person:mary-doyle"


def test_one_of_a_leaders_officials_speaks_for_the_leaders_government():
    body = ("Prime Minister David Cameron of Britain hosted the G8 summit at Lough Erne on Monday. "
            '"You will notice what is not in it," one of Mr Cameron\'s officials said yesterday.')
    assert quote_speakers(body)["You will notice what is not in it"] == "country:gb"


def test_the_body_the_calendar_puts_in_the_host_city_beats_a_body_named_more_often():
    body = ("Last Thursday, at a resort in Sanya on Hainan island, our president took his seat as a full member of the "
            "BRICS. It was our first summit. Then there is the United Nations: the text backs a bigger role for us at "
            "the UN.")
    assert summit_of(body, published_at=datetime(2011, 4, 20)).organization == "BRICS"
    assert summit_of(body).organization != "BRICS"  # (without the calendar's year the text alone decides)


def test_the_lough_erne_summit_was_held_at_enniskillen():
    body = "G8 leaders ended their summit at Lough Erne on Tuesday with a declaration on tax."
    summit = summit_of(body, published_at=datetime(2013, 6, 19))
    assert summit.organization == "G8" and summit.city == "Enniskillen"


def test_every_calendar_body_is_a_body_of_the_organisations_table_or_a_pair_with_one():
    """A calendar entry keyed by a slug the organisations table does not make (it had "three-seas" for the body the
    table keys "three-seas-initiative") is never found for a summit."""
    gazetteer = load_gazetteer()
    bodies = {entry.key[4:] for entry in gazetteer.surface.values() if entry.kind == "org"}
    for body, _ in gazetteer.calendar:
        first, _, partner = body.partition("-")
        assert body in bodies or (first in bodies and partner), body  # ("eu-china": the EU and its partner)


def test_an_aside_he_told_us_gives_the_partial_quotation_to_the_pronouns_person():
    body = ('Brahim Ghali, the Polisario Front leader, was more guarded. Morocco, he told us, would now have to "sit '
            'at the same table as us" in Addis Ababa.')
    assert quote_speakers(body)["sit at the same table as us"] == "person:brahim-ghali"


def test_a_name_with_an_unknown_first_name_takes_the_title_after_a_bodys_name_in_its_appositive():
    assert roles("Brahim Ghali, the Polisario leader, was more guarded.") == {"person:brahim-ghali": "leader"}


def test_minister_delegate_is_a_title_not_a_name():
    body = ("Mr. Nasser Bourita, Minister Delegate to the Minister of Foreign Affairs, said Morocco had come home.")
    assert set(roles(body)) == {"person:nasser-bourita"}
