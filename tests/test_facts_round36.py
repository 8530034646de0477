"""Round-36 mechanisms (issue 6 round 36, read from the burned heldout35 set's misses). Every sentence is invented for
the test, with names and wordings that differ from the gold articles; the bodies named are real, since the
organisations and cities tables are what the tests check."""

from __future__ import annotations

from extractors.facts.gazetteer import _rows, normalize
from tests.facts_helpers import quote_speakers, summit_of


def test_a_city_keeps_its_accented_name_when_written_without_the_accent():
    assert summit_of("Ibero-American leaders ended their summit in Cadiz on Saturday.").city == "Cádiz"


def test_no_two_cities_share_a_surface_form_once_accents_are_folded():
    seen: dict[str, str] = {}
    for row in _rows("cities.tsv"):
        for alias in [row[0], *filter(None, (row[2] if len(row) > 2 else "").split("|"))]:
            owner = seen.setdefault(normalize(alias), row[0])
            assert owner == row[0] or {owner, row[0]} == {"Apulia", "Borgo Egnazia"}, (alias, owner, row[0])


def test_a_body_named_with_a_lower_case_on_is_found_and_its_summit_of_wins():
    body = ("More than forty African heads of state were in Sandton for the Johannesburg summit of the Forum on "
            "China-Africa Cooperation. The African Union's chairman spoke first.")
    assert summit_of(body).organization == "FOCAC"


def test_a_lead_on_a_conference_of_heads_of_state_makes_a_bodys_meeting_without_the_word_summit():
    body = ("After TICAD, the city counts the money.\n\nThe great conference of Japan and Africa has ended in Nairobi. "
            "For two days the convention centre belonged to more than thirty heads of state.")
    assert summit_of(body).organization == "TICAD"


def test_swahili_forms_of_address_and_a_presidents_long_name_form():
    body = ('"Africa wants partners who come to build," said Mheshimiwa Rais Idriss Déby Itno, the chairman of the '
            "African Union.")
    assert quote_speakers(body)["Africa wants partners who come to build"] == "person:idriss-deby"


def test_hh_the_amir_said_is_the_emir_named_before():
    body = ("Gulf leaders met in Kuwait City for their summit. His Highness the Amir Sheikh Jaber Al-Ahmad opened the "
            'session. HH the Amir said the Council had passed through "painful events" in the past months.')
    assert quote_speakers(body)["painful events"] == "person:jaber-al-ahmad"
