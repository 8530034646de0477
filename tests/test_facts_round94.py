"""Round-94 mechanisms (issue 6 round 94, read from the burned heldout94 set's misses). Every sentence is invented
for the test, with wordings that differ from the gold articles."""

from __future__ import annotations

from datetime import date, datetime

from extractors.facts import analyse, extract_facts
from tests.facts_helpers import fact_keys, roles, summit_of


def test_the_andean_groups_names_and_a_meeting_of_the_body_in_a_town():
    body = ("The Andean Pact becomes a community\n\n"
            "At a meeting of the Andean Presidential Council in Trujillo, Peru, on Sunday, the five presidents "
            "signed a protocol that renames the bloc. Its secretariat will sit in Lima.")
    found = summit_of(body, published_at=datetime(1996, 3, 12))
    assert (found.organization, found.city, found.country) == ("Andean Community", "Trujillo", "Peru")
    assert found.start_date == date(1996, 3, 10)


def test_non_aligned_leaders_are_the_movements():
    body = "BELGRADE, Sept. 6 - Non-Aligned leaders from 25 countries ended their conference in Belgrade on Wednesday."
    found = summit_of(body, published_at=datetime(1961, 9, 6))
    assert (found.organization, found.city) == ("Non-Aligned Movement", "Belgrade")


def test_an_initial_after_a_first_name_keeps_a_surname_that_is_also_a_town():
    an = analyse("The conference wrote to President John F. Kennedy on Wednesday. Kennedy did not reply.")
    assert [(f.key, f.kind) for f in an.found] == [("person:john-f-kennedy", "person")] * 2


def test_a_surname_named_in_full_earlier_is_the_person_not_the_town():
    an = analyse("Prime Minister Joseph Muscat spoke first. Muscat then left for the airport. The Gulf leaders met "
                 "in Muscat.")
    assert [(f.key, f.kind) for f in an.found] == [("person:joseph-muscat", "person")] * 2 + [("city:muscat", "city")]


def test_an_archbishops_office_is_the_one_his_appositive_names():
    found = roles("The conference of non-aligned states closed in Belgrade on Wednesday. Archbishop Makarios III, "
                  "the President of Cyprus, spoke last. Archbishop Tom Ndulu said the talks were good.")
    assert found == {"person:makarios-iii": "President", "person:tom-ndulu": "Archbishop"}


def test_the_office_someone_steps_down_from_is_the_role():
    found = roles("EU leaders met at their summit in Essen on Friday. It was also the last summit for Pierre "
                  "Dumoulin, who steps down as President of the European Commission after ten years.")
    assert found["person:pierre-dumoulin"] == "President"


def test_a_meeting_that_ended_this_afternoon_ended_on_the_filing_day():
    body = ("Council of Europe summit agrees single court\n\n"
            "Good evening. For the first time the Council of Europe has held a summit of its heads of state, in "
            "Vienna. The meeting at the Hofburg ended this afternoon. Our correspondent has been there since it "
            "opened yesterday.")
    found = summit_of(body, published_at=datetime(1993, 10, 9))
    assert (found.start_date, found.end_date) == (date(1993, 10, 8), date(1993, 10, 9))


def test_states_that_join_the_body_are_a_membership_fact_but_not_those_that_wish_to():
    base = "EU leaders met at their summit in Essen on Saturday. "
    assert "membership:org:eu:join:country:at+country:fi+country:se" in fact_keys(
        base + "Austria, Finland and Sweden join the Union on January 1.")
    for sentence in ("Poland hopes to join the Union by 2000.", "Norway never joined the Union.",
                     "Greece joined the Community in 1981.", "Trade grew after Spain joined the Community."):
        assert not any(":join:" in k for k in fact_keys(base + sentence)), sentence


def test_a_door_kept_open_to_new_democracies_is_a_promise():
    keys = fact_keys("The Council of Europe held its first summit in Vienna on Saturday. The leaders promised that "
                     "the Council would remain open to the new democracies of Central and Eastern Europe.")
    assert "pledge:org:council-of-europe:keep-door-open" in keys, keys
    assert not any(":keep-door-open" in k for k in fact_keys(
        "The Council of Europe held its first summit in Vienna on Saturday. The museum will remain open to visitors."))


def test_the_full_name_gives_a_participant_for_the_initialled_president():
    facts = extract_facts("Non-aligned leaders ended their Belgrade conference on Wednesday by writing to President "
                          "John F. Kennedy and Premier Nikita Khrushchev.", published_at=datetime(1961, 9, 6))
    assert {p.entity_key for p in facts.participants} >= {"person:john-f-kennedy"}
