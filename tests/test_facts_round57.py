"""Round-57 mechanisms (issue 6 round 57, read from the burned heldout56 set's misses). Every sentence is invented for
the test, with wordings that differ from the gold articles."""

from __future__ import annotations

from datetime import datetime

from extractors.facts import extract_facts


def test_a_weekday_of_a_meeting_whose_dates_are_written_is_the_written_day_and_cordoba_keeps_its_accent():
    body = ("The Pampas Weekly | Friday, 23 May 2031\n\n"
            "Meeting in Cordoba, Argentina, on 16 and 17 May for their summit, the Mercosur presidents agreed a tariff. "
            "Paraguay objected to two passages, and on Friday night, to save the talks, the bloc sent its trade chief to "
            "Asuncion with a new text. After late-night talks the Paraguayan president accepted, and on Saturday he "
            "flew to Cordoba to join the leaders.")
    summit = extract_facts(body, published_at=datetime(2031, 5, 23, 9, 0)).summit
    assert summit is not None and summit.city == "Córdoba"
    assert (summit.start_date.isoformat(), summit.end_date.isoformat()) == ("2031-05-16", "2031-05-17")
