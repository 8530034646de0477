"""Round-96 mechanisms (issue 6 round 96, read from the burned heldout95 set's misses). Every sentence is invented
for the test, with wordings that differ from the gold articles."""

from __future__ import annotations

from datetime import datetime

from extractors.facts import analyse
from tests.facts_helpers import fact_keys, quote_speakers, summit_of

_SADC = "SADC leaders met in Livingstone, Zambia, on Thursday for a summit. "


def test_a_state_that_took_part_for_the_first_time():
    keys = fact_keys("The leaders of seven industrial nations ended their summit in Dorado on Monday. Canada took "
                     "part for the first time.", published_at=datetime(1976, 6, 29))
    assert "outcome:country:ca:first-attendance" in keys, keys


def test_an_acronym_after_an_article_or_a_party_word_is_a_body_not_a_person():
    for body in ("\u201cThe region has named the violence,\u201d the MDC said in a statement.",
                 "Zimbabwe's opposition MDC said it was pleased."):
        assert [f.kind for f in analyse(body).found if analyse(body).body[f.start:f.end] == "MDC"] == ["org"], body
    assert [f.kind for f in analyse("PRRD said the talks went well.").found] == ["person"]  # (a leader's initials)


def test_livingstone_and_a_body_founded_without_the_word_summit():
    assert (summit_of(_SADC).city, summit_of(_SADC).country) == ("Livingstone", "Zambia")
    body = ("VISKULI, Belarus - The leaders of Russia, Ukraine and Belarus founded the Commonwealth of Independent "
            "States on Sunday at a hunting lodge near the Polish border.")
    found = summit_of(body, published_at=datetime(1991, 12, 9))
    assert (found.organization, found.city, found.country) == ("Commonwealth of Independent States", "Viskuli",
                                                              "Belarus")


def test_a_subject_with_no_name_speaks_past_the_chair_its_aside_names():
    speakers = quote_speakers(_SADC + "The troika, chaired by Zambia's President Rupiah Banda, said it noted \"with "
                                      "grave concern\" the violence.")
    assert speakers == {"with grave concern": "org:sadc"}
    keys = fact_keys(_SADC + "The troika said it noted \"with grave concern\" the violence.")
    assert any(k.startswith("reaction:org:sadc:voice-concern") for k in keys), keys  # (the meeting's own concern)


def test_zimbabwes_parties_speak_by_name():
    speakers = quote_speakers(_SADC + "\"SADC is not a court,\" a ZANU-PF spokesman said on Saturday. \"We are "
                                      "pleased,\" the Movement for Democratic Change said.")
    assert speakers == {"SADC is not a court": "org:zanu-pf", "We are pleased": "org:mdc"}
