"""Round-20 mechanisms (issue 6 round 20, read from the burned heldout19 set's misses). Every sentence is invented for
the test, with names and wordings that differ from the gold articles."""

from __future__ import annotations

from datetime import datetime

from extractors.facts import analyse
from tests.facts_helpers import fact_keys, quote_speakers, roles, summit_of


def test_a_city_state_a_colon_dateline_a_byline_place_and_a_dotless_saint():
    body = ("Leaders hail ASEAN unity\n\nBy STAFF WRITER\n\nSINGAPORE: Prime Minister Tan Wei said the 40th ASEAN Summit, "
            "which ended here yesterday, was a success.")
    summit = summit_of(body, published_at=datetime(2031, 11, 16))
    assert (summit.city, summit.country) == ("Singapore", "Singapore")
    notebook = ("Notebook: a long dinner at the G20 summit\n\nAnna Berg, St Petersburg\nSunday 11 May 2031\n\nThe palace "
                "chosen for this year's G20 summit sits on the gulf. Syria dominated the talks, and Damascus was the "
                "word on every lip.")
    summit = summit_of(notebook, published_at=datetime(2031, 5, 11))
    assert (summit.city, summit.country) == ("St Petersburg", "Russia")
    assert summit.end_date is None or summit.end_date.isoformat() != "2031-05-11"  # the date line is the filing date


def test_an_agency_dateline_a_meeting_completed_today_and_a_deadline_are_read_right():
    head = "APEC leaders agree on green goods\n\nOSLO, 9 September. /Nord News/. The leaders met."
    an = analyse(head)
    assert head[an.dateline_start:an.dateline_end] == "OSLO, 9 September. /Nord News/. "
    body = ("APEC leaders agree on green goods\n\nThe leaders of APEC today completed their meeting in Oslo. The "
            "central result of the two-day meeting is a list of goods. On Saturday the host met a guest, who promised "
            "an answer by Wednesday.")
    summit = summit_of(body, published_at=datetime(2031, 9, 9))  # a Tuesday in 2031; Saturday is the 6th
    assert (summit.start_date.isoformat(), summit.end_date.isoformat()) == ("2031-09-08", "2031-09-09")


def test_a_fact_checks_dash_source_an_officials_tail_and_the_head_of_state():
    body = ("The G20 met in Oslo.\n\nCLAIM 2: \"We came to build, not to break.\" - President Ana Lopes, closing news "
            "conference, Friday.\n\nThe host was \"not pleased\", one Norwegian diplomat said.\n\nThe President of the "
            "Republic of Ghana Kofi Mensah chaired the talks. \"Africa is ready,\" the Head of State said.")
    assert quote_speakers(body) == {"We came to build, not to break": "person:ana-lopes",
                                    "not pleased": "country:no", "Africa is ready": "person:kofi-mensah"}
    assert roles(body)["person:kofi-mensah"] == "President"


def test_more_cues_newspapers_names_and_acronyms():
    body = ("The SCO met in Oslo. Li Wen used his speech to criticise \"bullying and blocs\". Aide Ivan Petrov evaluated "
            "the summit as \"a real success\". He proposed the acronym \"CARE\", for culture and research. Politiken "
            "notes that the host \"kept the peace\". Minister Sergey Orlov spoke last.")
    assert quote_speakers(body) == {"bullying and blocs": "person:li-wen", "a real success": "person:ivan-petrov",
                                    "kept the peace": "org:politiken"}
    assert "person:sergei-orlov" in roles(body)


def test_attendance_absences_and_first_appearances():
    pre = "ASEAN leaders met in Oslo on Tuesday for a three-day summit. "
    assert fact_keys(pre + "President Ana Lopes did not; she sent her vice-president, Tom Ries.") \
        == {"outcome:person:ana-lopes:stay-away"}
    assert fact_keys(pre + "The delegation of Chile was headed by Foreign Minister Tom Ries, as President Ana Lopes "
                     "remained in Santiago.") == {"outcome:person:ana-lopes:stay-away"}
    assert "outcome:person:ivan-petrov:stay-away" in fact_keys(
        pre + "Vice-President Tom Ries, who attended the summit in place of President Ivan Petrov, spoke first.")
    assert fact_keys(pre + "President Ivan Petrov skipped several meetings, including the gala dinner.") \
        == {"outcome:person:ivan-petrov:stay-away"}
    assert fact_keys(pre + "President Ivan Petrov attended the Oslo Forum for the first time.") \
        == {"outcome:person:ivan-petrov:first-attendance"}


def test_talks_that_resume_talks_not_concluded_and_troops_offered():
    pre = "NATO leaders met in Oslo on Friday for a two-day summit. "
    assert fact_keys(pre + "Formal meetings of the Arctic Council, frozen since the crisis of last spring, will "
                     "resume.") == {"decision:org:nato:resume"}
    assert fact_keys(pre + "On trade, leaders failed to conclude negotiations on the Nordic Trade Pact.") \
        == {"outcome:org:nato:no-deal"}
    assert any(key.startswith("pledge:") and key.endswith(":country:af") for key in fact_keys(
        pre + "European allies offered about 3,000 more troops for Afghanistan."))
