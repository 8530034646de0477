"""Round-12 mechanisms (issue 6 round 12, read from the burned heldout11 set's misses): "the Rome summit" of a
standing body is that body's and names its city; "Gen", "Samdech" and "Dato" are forms of address; "the US
president" / "The Prime Minister" resolve to the one office holder (and to the person named just before, who takes
the office); a summit series such as TICAD is a body. Every sentence is invented for the test, with names and
wordings that differ from the gold articles."""

from __future__ import annotations

from datetime import datetime

from extractors.facts import analyse, extract_facts
from extractors.facts.summit import detect_summit
from tests.facts_helpers import fact_keys, quote_speakers, summit_of
from tests.facts_helpers import roles as _roles


_quotes = quote_speakers


def test_a_place_named_summit_of_a_standing_body_is_the_bodys_and_names_its_city():
    body = ("Olaf Scholz wanted the Berlin summit to prove that the Group of 20 could act. The leaders then flew to "
            "negotiators in Lisbon, where the talks went on.")
    summit, org = detect_summit(analyse(body), published_at=datetime(2031, 5, 10))
    assert org == "org:g20" and summit.city == "Berlin"


def test_military_and_southeast_asian_forms_of_address():
    body = ("Prime Minister Gen Somchai Wongsa opened the meeting. \"We are ready,\" Gen Somchai told reporters. "
            "Samdech Sok Chenda, the Prime Minister of Cambodia, said the bloc had \"opened its door\". The "
            "Secretary-General of ASEAN, Dato Tan Wei Ming, said the secretariat stood \"ready to help\".")
    quotes = _quotes(body)
    assert quotes == {"We are ready": "person:somchai-wongsa", "opened its door": "person:sok-chenda",
                      "ready to help": "person:tan-wei-ming"}


def test_the_demonym_president_is_the_person_named_before():
    body = ("Jan Novak spent barely a day at the alliance's headquarters on Monday. \"Article 5 is sacred,\" the "
            "Czech president said as he arrived. The Prime Minister called it \"a good day\".")
    quotes = _quotes(body)
    assert quotes["Article 5 is sacred"] == "person:jan-novak"
    assert {p.entity_key: p.role for p in extract_facts(body).participants} == {"person:jan-novak": "president"}


def test_a_summit_series_is_a_body():
    body = "Leaders met in Tunis on Saturday for the TICAD summit. Japan pledged $30 billion."
    assert detect_summit(analyse(body), published_at=datetime(2031, 5, 10))[1] == "org:ticad"


def test_academic_fields_and_coordinated_offices_in_roles():
    body = ("The summit ended on Friday. Dr Mele Fifita, a lecturer in international relations at the University "
            "of the South Pacific, said it was \"a start\". Ana Lopes, a senior fellow in China studies at the "
            "Lowy Institute, said \"not yet\". Mr Tomas Reyes, the former Prime Minister and President of the "
            "opposition party, said \"too little\". Ruth Kele, the former Attorney General of England and Wales, "
            "said \"fine\".")
    roles = _roles(body)
    assert roles == {"person:mele-fifita": "lecturer in international relations",
                     "person:ana-lopes": "senior fellow in China studies",
                     "person:tomas-reyes": "former Prime Minister",
                     "person:ruth-kele": "former Attorney General of England and Wales"}


_summit = summit_of


def test_a_reactions_day_and_a_relative_clauses_tense_do_not_move_the_summit():
    # published Wednesday 2031-05-14
    body = ("NATO leaders spent barely a day at the summit in Oslo on Monday. China's mission to the EU said on "
            "Tuesday that the communique was a slander.")
    s = _summit(body, datetime(2031, 5, 14, 9))
    assert (s.start_date.isoformat(), s.end_date.isoformat()) == ("2031-05-12", "2031-05-12")
    # published Monday 2031-05-12: Sunday's ceremony is yesterday's, whatever "who will lead" says
    body = ("Southeast Asian leaders ended three days of summits in Manila on Sunday. At Sunday's closing ceremony, "
            "the host handed the ASEAN chairmanship to Vietnam's president, who will lead the bloc next year.")
    assert _summit(body, datetime(2031, 5, 12, 9)).end_date.isoformat() == "2031-05-11"


def test_another_bodys_summit_in_another_city_is_not_this_ones():
    body = ("Apec leaders met in Bangkok on Friday. Apec members adopted the Bangkok Goals. In the end the leaders "
            "used the formula agreed at the G20 summit in Bali on Wednesday. The Apec year passes to the US.")
    assert detect_summit(analyse(body), published_at=datetime(2031, 5, 10))[1] == "org:apec"


_facts = fact_keys


_G20 = "G20 leaders met in Lisbon on Saturday for a two-day summit. "


def test_deadlines_not_set_empty_seats_representation_accession_and_taskings():
    keys = _facts(_G20 + "They set no date for phasing out coal at home. Myanmar's chair stood empty throughout the "
                  "day. Russia was represented at the summit by its foreign minister. Moldova became the latest "
                  "country to accede to the Treaty of Amity and Cooperation in Southeast Asia. The leaders asked "
                  "officials to draw up a roadmap to full membership.")
    assert "outcome:org:g20:no-date" in keys, keys
    assert sum(1 for k in keys if k.endswith(":stay-away")) == 2, keys
    assert any(k.startswith("membership:") and ":accede" in k and "country:md" in k for k in keys), keys
    assert any(k.startswith("decision:") and ":task-" in k for k in keys), keys  # a tasking, not a membership act
    # a membership timetable stays a membership matter
    assert not any(k.endswith(":no-date") for k in _facts(_G20 + "They set no date for Ukraine's membership."))


def test_as_he_put_it_and_spoken_of_introduce_quotations():
    body = (_G20 + "Ana Pires, the UN envoy, said she was leaving Lisbon with her hopes \"dimmed\" but, as she put it, "
            "\"not dead\". Two years earlier, in Rome, the group had spoken only of \"shared concerns\".")
    quotes = _quotes(body)
    assert quotes["not dead"] == "person:ana-pires"
    assert "shared concerns" in quotes
