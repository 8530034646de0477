"""Round-22 mechanisms (issue 6 round 22, read from the burned heldout21 set's misses). Every sentence is invented for
the test, with names and wordings that differ from the gold articles. The offices-table tests name real office
holders: that table is world knowledge, and who held an office on a date is what they check."""

from __future__ import annotations

from datetime import datetime

from extractors.facts import extract_facts
from tests.facts_helpers import quote_speakers, roles, summit_of


def _participants(body: str, published_at: datetime) -> dict[str, str]:
    return {p.entity_key: p.role for p in extract_facts(body, published_at=published_at).participants}


def test_a_surname_alone_is_the_leader_who_held_that_office_on_the_date():
    body = ("The leaders met in Oslo for the summit. President Bush said the talks had gone well. Prime Minister "
            "Sharif, who flew in late, said: \"We are ready.\" \"It was useful,\" Bush said later.")
    in_2004 = _participants(body, datetime(2004, 6, 30))
    assert in_2004["person:george-w-bush"] == "President"
    in_2015 = _participants(body, datetime(2015, 7, 10))  # two Sharifs led Pakistan: the date tells them apart
    assert "person:nawaz-sharif" in in_2015
    in_2024 = _participants(body, datetime(2024, 6, 1))
    assert "person:shehbaz-sharif" in in_2024 and "person:nawaz-sharif" not in in_2024
    speakers = {q.text.strip(' ,."'): q.speaker_key
                for q in extract_facts(body, published_at=datetime(2004, 6, 30)).quotes}
    assert speakers["It was useful"] == "person:george-w-bush"


def test_a_surname_whose_title_fits_no_holder_stays_as_written():
    body = "The leaders met in Oslo for the summit. King Bush opened the fair. \"Welcome,\" King Bush said."
    assert "person:george-w-bush" not in _participants(body, datetime(2004, 6, 30))


def test_a_leading_appositive_after_a_semicolon_takes_that_clauses_country():
    body = ("Norway's Prime Minister Ola Berg wanted the text endorsed; Chile's president, Ana Soto, did not. Before "
            "the summit the Chilean president had called the text \"too timid\" in public.")
    assert roles(body)["person:ana-soto"] == "president"
    assert quote_speakers(body)["too timid"] == "person:ana-soto"


def test_a_pronoun_subject_passes_the_pronoun_on_past_the_person_it_met():
    body = ("Mr Lund worked the room. He stopped at Pedro Alves, the Brazilian president, for a word. \"That is my "
            "friend,\" he said.")
    assert quote_speakers(body)["That is my friend"] == "person:lund"


def test_a_place_after_to_takes_no_appositive_role():
    body = ("Prime Minister Eva Holm arrived on Thursday. On Friday she flew north to Tromvik, the first foreign "
            "leader to visit the valley. \"I want answers,\" she said.")
    assert "person:tromvik" not in roles(body)
    assert quote_speakers(body)["I want answers"] == "person:eva-holm"


def test_a_charity_named_before_speaks_as_the_charity():
    body = ("The summit ended in Oslo. ActionAid was not impressed. \"For the banks, a feast. For the poor, crumbs,\" "
            "the charity said in a statement.")
    assert quote_speakers(body)["For the banks, a feast. For the poor, crumbs"] == "org:actionaid"


def test_a_colon_after_a_who_clause_and_a_delegate_of_a_nationality():
    body = ("President Tomas Ruiz took the chair from Peru's Prime Minister, Inés Mora, who handed over with a quip: "
            "\"We brought the rain.\"\n\nA Chilean delegate sighed: \"We can wait another year.\"")
    speakers = quote_speakers(body)
    assert speakers["We brought the rain"] == "person:ines-mora"
    assert speakers["We can wait another year"] == "country:cl"


def test_her_line_names_the_pronouns_person():
    body = ("Estonia's president, Kaja Tamm, got the loudest applause. Her line to reporters, that the small states "
            "had \"found a home\", was repeated all day.")
    assert quote_speakers(body)["found a home"] == "person:kaja-tamm"


def test_patronymics_are_dropped_and_a_first_name_with_patronymic_is_the_person():
    body = ("The summit opened in Kazan. Governor Ivan Petrovich Sorokin welcomed the guests. \"Kazan is ready,\" "
            "Ivan Petrovich said.")
    assert quote_speakers(body)["Kazan is ready"] == "person:ivan-sorokin"


def test_the_pronoun_of_the_next_sentence_is_the_one_who_said_not_the_one_in_a_whose_clause():
    body = ("Asked about Peru, whose President Luis Vega came as a guest, Anton Berg said that Norway backs the bid. "
            "\"When the reforms are done, we will decide,\" he noted.")
    assert quote_speakers(body)["When the reforms are done, we will decide"] == "person:anton-berg"


def test_the_summit_of_the_council_of_heads_of_state_of_a_body_names_it():
    body = ("KAZAN, 11 July. The summit of the Council of Heads of State of the Shanghai Cooperation Organisation ended "
            "yesterday, days after the BRICS summit which the city also hosted. The SCO admitted two members.")
    assert summit_of(body).organization == "Shanghai Cooperation Organisation"


def test_the_calendar_picks_the_bodys_summit_in_the_texts_city_and_gives_its_exact_days():
    # two G20 summits in 2009 (calendar: London on 2 April, Pittsburgh on 24-25 September)
    body = "The G20 summit in Pittsburgh ended on Friday with a deal on bankers' pay. Leaders met on Thursday and Friday."
    summit = summit_of(body, datetime(2009, 9, 28))
    assert (summit.city, str(summit.start_date), str(summit.end_date)) == ("Pittsburgh", "2009-09-24", "2009-09-25")
    # the text's own days (Wednesday 1 and Thursday 2 April) overlap the summit's one day: the calendar's day wins
    body = "The G20 summit in London opened on Wednesday with a dinner and ended on Thursday."
    summit = summit_of(body, datetime(2009, 4, 4))
    assert (str(summit.start_date), str(summit.end_date)) == ("2009-04-02", "2009-04-02")


def test_a_summit_named_only_for_its_venue_is_the_bodys_that_met_there_that_year():
    body = ("Leaders left the London summit on Thursday with a trillion dollars of promises. \"By any measure it was a "
            "good day,\" one diplomat said of the summit.")
    assert summit_of(body, datetime(2009, 4, 3)).organization == "G20"
    assert summit_of(body, datetime(2031, 4, 3)).organization != "G20"  # no body met in London that year


def test_a_leading_appositive_before_a_name_that_a_colon_follows():
    body = ("Mr Vance leaned over to greet Chile's president, Ana Maria Soto Ruiz: \"That's my friend.\" The summit in "
            "Oslo went on.")
    assert roles(body)["person:ana-maria-soto-ruiz"] == "president"
