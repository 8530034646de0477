"""Round-46 mechanisms (issue 6 round 46, read from the burned heldout45 set's misses). Every sentence is invented for
the test, with wordings that differ from the gold articles."""

from __future__ import annotations

from tests.facts_helpers import quote_speakers, roles


def test_roles_cut_before_a_span_kept_before_a_capitalised_field_and_cut_before_an_acronyms_body():
    found = roles("G20 leaders met in Seoul for their summit. The applause went to Kevin Rudd, Australia's Prime "
                  "Minister for barely a year. Losa Tavita, who lectures in Oceanian history at the University of "
                  'Auckland, watched. "We ship squash," said Aroha Ngata, Chair of HORTNZ.')
    assert found["person:kevin-rudd"] == "Prime Minister"
    assert found["person:losa-tavita"] == "lectures in Oceanian history"
    assert found["person:aroha-ngata"] == "Chair"


def test_the_leaders_right_before_the_cue_speak_whatever_a_fronted_phrase_names():
    body = ("G20 leaders met in Seoul for their summit. On currencies, with pressure on China mounting, the leaders "
            'say they will move toward "more market-determined exchange rate systems".')
    assert quote_speakers(body)["more market-determined exchange rate systems"] == "org:g20"


def test_turkic_is_no_name_and_a_consultant_is_a_participant():
    body = ("Turkic Council leaders met in Baku for their summit. The leaders said the Turkic states should trade "
            'more. Aysel Mammadova, a shipping consultant in Sumgait, was pleased. "The ferries will be full," she said.')
    assert quote_speakers(body)["The ferries will be full"] == "person:aysel-mammadova"
    found = roles(body)
    assert "person:turkic" not in found and found["person:aysel-mammadova"] == "shipping consultant"
