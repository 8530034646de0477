"""Round-4 rules: name particles, first-name cities, organisation speakers, fronted clauses, participle cues,
post-posed attribution, quoted modifiers, reaction wording, nominal/passive outcomes, summit venue and dates."""

from __future__ import annotations

from datetime import date, datetime

from extractors.facts import extract_facts
from tests.facts_helpers import rule_facts


def _quotes(body: str):
    return [(q.text, q.speaker_key) for q in extract_facts(body).quotes]


def _kinds(body: str, **kw):
    return [(f.kind, f.key) for f in rule_facts(extract_facts(body, **kw))]


def test_portuguese_particle_stays_in_the_name():
    body = ("Former Angolan President Jose Eduardo dos Santos attended. "
            '"We are here to listen," dos Santos said.')
    x = extract_facts(body)
    assert [p.entity_key for p in x.participants] == ["person:jose-eduardo-dos-santos"]
    assert _quotes(body) == [("We are here to listen,", "person:jose-eduardo-dos-santos")]


def test_city_that_is_a_first_name_before_a_surname_is_a_person():
    body = "The plan is sound, said Florence Mbeki, a senior researcher at the Kigali institute, on Monday."
    keys = [p.entity_key for p in extract_facts(body).participants]
    assert keys == ["person:florence-mbeki"]


def test_ministry_of_x_is_not_a_person():
    body = 'Japan\'s Ministry of Finance said the bonds would "calm the markets for a while."'
    x = extract_facts(body)
    assert not any(e.key.startswith("person:") for e in x.entities)
    assert _quotes(body) == [("calm the markets for a while.", "country:jp")]


def test_fronted_clause_person_is_not_the_pronoun():
    body = ("Canadian Prime Minister Mark Carney spoke before French President Emmanuel Macron. "
            'After meeting Carney, he said: "Europe stands ready."')
    assert _quotes(body) == [("Europe stands ready.", "person:emmanuel-macron")]


def test_participle_cue_takes_the_main_clause_subject():
    body = ("Poland's foreign ministry said Chancellor Olaf Scholz had misread the situation, "
            'calling his remarks "a gift to the Kremlin."')
    assert _quotes(body) == [("a gift to the Kremlin.", "country:pl")]


def test_post_posed_according_to():
    body = ('The fund will be "small but quick to pay out," according to Kenyan Finance Minister John Mbadi.')
    assert _quotes(body) == [("small but quick to pay out,", "person:john-mbadi")]


def test_quoted_modifier_is_wording_not_a_term():
    body = 'The leaders issued a statement calling for a "fair and durable" settlement in Sudan.'
    assert [t for t, _ in _quotes(body)] == ["fair and durable"]
    term = 'The bloc created a new "Friends of Sudan" group.'
    assert _quotes(term) == []


def test_reaction_wording_satisfaction_objection_regret_accusation():
    summit = "The NATO summit in Oslo ended on Tuesday. "
    assert any(k == "reaction" for k, _ in _kinds(summit + "Turkey was satisfied with the final text."))
    assert any(k == "reaction" for k, _ in _kinds(summit + "Hungary objected to the language on sanctions."))
    assert any(k == "reaction" for k, _ in _kinds(summit + "Serbian President Aleksandar Vucic accused NATO of "
                                                           "double standards."))
    assert any(k == "reaction" for k, _ in _kinds(summit + 'Russia said it "deeply regretted" the decision.'))
    assert any(k == "reaction" for k, _ in _kinds(summit + "Belgrade was less pleased."))


def test_said_the_meeting_had_been_is_a_characterisation():
    body = ("The NATO summit in Oslo ended on Tuesday. Norwegian Prime Minister Jonas Gahr Store told reporters "
            "that the meeting had been constructive.")
    assert any(k == "reaction" for k, _ in _kinds(body))


def test_nominal_launch_passive_status_and_announced_host():
    body = ("The summit of the Group of 20 opened with the launch of a Global Alliance for Clean Water. "
            "Nine countries have been offered observer status. "
            "Xi also announced that China would host the next meeting.")
    got = _kinds(body)
    assert any(k == "decision" and ":launch-" in key for k, key in got)
    assert any(k == "membership" for k, _ in got)
    assert any(key.startswith("decision:country:cn:announce") for _, key in got)


def test_noun_is_not_a_verb_and_restatement_is_not_a_fact():
    body = ("At the G20 summit, the leaders agreed to tax billionaires, the first time the group has endorsed "
            "the idea. Milei said he did not support a pledge on gender equality.")
    got = _kinds(body)
    assert [k for k, _ in got if k != "reaction"] == ["decision"]


def test_next_summit_venue_is_not_the_host_and_runs_until_is_future():
    body = ("The three-day summit of the Arab League in the Bahraini capital Manama opened on Tuesday and runs "
            "until Thursday. The leaders agreed that Iraq would host next year's summit in Baghdad.")
    x = extract_facts(body, published_at=datetime(2024, 5, 14))
    assert (x.summit.city, x.summit.country) == ("Manama", "Bahrain")
    assert (x.summit.start_date, x.summit.end_date) == (date(2024, 5, 14), date(2024, 5, 16))
