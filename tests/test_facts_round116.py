"""Round-116 mechanisms (issue 6 round 116: tune misses read while the held-out sets were being written, then the
burned heldout115 set's misses). Every sentence is invented for the test, with wordings that differ from the gold
articles."""

from __future__ import annotations

from tests.facts_helpers import quote_speakers


def test_the_host_said_is_the_person_named_as_host():
    body = ("President Alan Garcia, the host, received the presidents of Bolivia and Ecuador. The leaders agreed "
            "to trade. \"This bloc is no antique,\" the host said as he closed the session.")
    assert quote_speakers(body)["This bloc is no antique"] == "person:alan-garcia"
    body = ("The summit, hosted by President Alan Garcia, opened on Monday. \"This bloc is no antique,\" the host "
            "told the leaders.")
    assert quote_speakers(body)["This bloc is no antique"] == "person:alan-garcia"
