"""Entities, participants and sentences (entities.py, participants.py, sentences.py, gazetteer.py)."""

from __future__ import annotations

from extractors.facts import extract_facts
from extractors.facts.gazetteer import load_gazetteer, slugify
from extractors.facts.sentences import find_quote_spans, split_sentences


def test_gazetteer_knows_countries_demonyms_orgs_cities():
    gaz = load_gazetteer()
    assert gaz.lookup("Belgian").key == "country:be"
    assert gaz.lookup("Group of Seven").key == "org:g7"
    assert gaz.lookup("Vilnius").extra == "country:lt"
    assert gaz.lookup("Türkiye").key == "country:tr"
    assert slugify("Viktor Orbán") == "viktor-orban"


def test_sentences_skip_abbreviations_and_quotes():
    body = "U.S. President Joe Biden spoke. “We act. We win,” he said.\n\nNew paragraph here."
    spans = split_sentences(body).spans
    assert [body[s:e] for s, e in spans] == [
        "U.S. President Joe Biden spoke.", "“We act. We win,” he said.", "New paragraph here."]


def test_quote_spans_straight_curly_single():
    body = "He said \"yes\" and “no” and 'maybe' but it's Sweden's."
    assert [body[a + 1:b] for a, b in find_quote_spans(body)] == ["yes", "no", "maybe"]


def test_participants_roles_affiliations_and_authors():
    body = ("Amanda Sloat, senior director of European affairs for the U.S. National Security Council, spoke. "
            "Kremlin spokesman Dmitry Peskov disagreed. Reporter Joshua Brown said little.")
    x = extract_facts(body, authors=("Joshua Brown",))
    got = {(p.name, p.role, p.affiliation) for p in x.participants}
    assert got == {("Amanda Sloat", "senior director of European affairs", "National Security Council"),
                   ("Dmitry Peskov", "spokesman", "Kremlin")}


def test_surname_alias_resolves_to_full_name():
    body = "U.S. President Joe Biden met allies. Biden said nothing."
    x = extract_facts(body)
    keys = {m.entity_key for m in x.mentions if body[m.char_start:m.char_end] == "Biden"}
    assert keys == {"person:joe-biden"}


def test_empty_body_is_empty():
    assert extract_facts("").quotes == () and extract_facts("   ").summit is None


def _people(body: str):
    return {(p.entity_key, p.role) for p in extract_facts(body).participants}


def test_suffix_and_contained_name_aliases():
    body = ("Chilean President Gabriel Boric Jr. met Premier Wang Lei. Boric said little. "
            "Wang told reporters the talks went well.")
    x = extract_facts(body)
    keys = {body[m.char_start:m.char_end]: m.entity_key for m in x.mentions if m.entity_key.startswith("person:")}
    assert keys["Boric"] == "person:gabriel-boric-jr"
    assert keys["Wang"] == "person:wang-lei"


def test_family_name_first_and_article_prefix_aliases():
    body = ("Chinese Vice Premier Ding Xuexiang arrived. Egyptian Foreign Minister Sameh Hassan al-Shoukry spoke. "
            "Ding said trade mattered. Shoukry said the same.")
    x = extract_facts(body)
    keys = {body[m.char_start:m.char_end]: m.entity_key for m in x.mentions if m.entity_key.startswith("person:")}
    assert keys["Ding"] == "person:ding-xuexiang"
    assert keys["Shoukry"] == "person:sameh-hassan-al-shoukry"


def test_rank_yields_to_appositive_role_and_is_not_part_of_the_name():
    body = "The junta replied. Its spokesman, General Zaw Htun, said the vote was unfair."
    assert _people(body) == {("person:zaw-htun", "spokesman")}
    assert _people("Colonel Ahmed Saleh met the envoys.") == {("person:ahmed-saleh", "Colonel")}


def test_role_phrases_drop_employer_and_keep_modifiers():
    body = ("Maria Lopez, the foreign ministry spokeswoman, spoke first. Tom Reed, chief Latin America economist at "
            "a London bank, disagreed. Kremlin foreign policy aide Igor Petrov said nothing. Ana Diaz, Chile's "
            "minister for women and gender equity, and Raul Soto, the prime minister of Peru, also spoke.")
    assert _people(body) == {
        ("person:maria-lopez", "spokeswoman"), ("person:tom-reed", "chief Latin America economist"),
        ("person:igor-petrov", "foreign policy aide"), ("person:ana-diaz", "minister for women and gender equity"),
        ("person:raul-soto", "prime minister")}
