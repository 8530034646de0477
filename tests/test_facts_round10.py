"""Round-10 mechanisms (issue 6 round 10, read from the burned heldout9 set's misses): the host city is not a city
another summit met in ("Next year the G7 meets in X", "the inaugural summit in Y in 1994"), a city that names the
summit's text is evidence of the venue ("the Melbourne Declaration"), "flew into X" names the venue, and a proper
summit name no standing body owns ("the US-Africa Leaders Summit") outweighs a body mentioned in passing. Every
sentence is invented for the test, with names and wordings that differ from the gold articles."""

from __future__ import annotations

from datetime import datetime

from extractors.facts import analyse, extract_facts
from extractors.facts.summit import detect_summit
from tests.facts_helpers import fact_keys, quote_speakers, summit_of
from tests.facts_helpers import roles as _roles


_summit = summit_of


def test_another_summits_city_is_not_the_venue():
    body = ("G7 leaders closed their summit on Friday with a pledge on food. Next year the G7 meets in Hiroshima. "
            "The first such summit in Rambouillet in 1975 was smaller.")
    assert _summit(body).city is None


def test_a_city_naming_the_summits_text_and_flying_into_a_city_name_the_venue():
    assert _summit("Leaders who flew into Nairobi this week praised the summit.").city == "Nairobi"
    assert _summit("The summit ended with the Accra Declaration. Critics in Lagos were unimpressed.").city == "Accra"


def test_a_proper_summit_name_outweighs_a_body_mentioned_in_passing():
    body = ("The African Union's chairperson attended as the Canada-Africa Leaders Summit closed on Friday. The "
            "African Union welcomed it. The African Union will meet in February.")
    assert detect_summit(analyse(body), published_at=datetime(2031, 5, 10))[1] == "org:canada-africa-leaders-summit"
    # a standing body's own summit with a capital S is the body's
    assert detect_summit(analyse("The G20 Summit closed in Osaka on Friday."),
                         published_at=datetime(2031, 5, 10))[1] == "org:g20"


_quotes = quote_speakers


_MEETING = "NATO leaders met in Madrid on Thursday for a two-day summit. "


def test_campaign_groups_speak_as_bodies():
    body = _MEETING + "\"A pledge without money,\" Oxfam said in a statement. Greenpeace called it \"hot air\"."
    assert _quotes(body) == {"A pledge without money": "org:oxfam", "hot air": "org:greenpeace"}


def test_a_middle_initial_is_part_of_the_name():
    body = _MEETING + "US President Harold T. Brennan praised the outcome. \"It is a good day,\" Mr Brennan said."
    roles = _roles(body)
    assert roles == {"person:harold-t-brennan": "President"}
    assert _quotes(body) == {"It is a good day": "person:harold-t-brennan"}


def test_the_allies_speak_for_the_summit_and_a_split_quote_goes_on_after_a_long_attribution():
    body = _MEETING + ("\"We will keep the door open,\" the allies said in their declaration. \"The door is open,\" said "
                       "Marta Ruiz, a fellow at the Elcano Royal Institute in Madrid, \"but nobody is walking through it.\"")
    quotes = _quotes(body)
    assert quotes["We will keep the door open"] == "org:nato"
    assert quotes["but nobody is walking through it"] == "person:marta-ruiz"


def test_the_first_of_two_coordinated_offices_is_the_role():
    body = _MEETING + ("Tavita Ulu, the Samoan prime minister and this year's forum chair, said the talks had been "
                       "\"frank\".")
    roles = _roles(body)
    assert roles["person:tavita-ulu"] == "prime minister"


_facts = fact_keys


def test_a_states_own_future_act_with_a_number_is_its_pledge():
    keys = _facts(_MEETING + "Under the plan, Spain will resettle 8,000 refugees over three years, and Portugal will "
                  "take in up to 900 more by 2030. Italy will host the next meeting in 2032.")
    assert any(k.startswith("pledge:country:es:") for k in keys) and any(k.startswith("pledge:country:pt:") for k in keys)
    assert not any(k.startswith("pledge:country:it:") for k in keys)  # hosting a later meeting is no pledge


def test_announcing_that_a_state_would_send_troops_is_a_pledge_but_a_year_is_no_amount():
    keys = _facts(_MEETING + "Macron announced that France would send a battalion of 600 troops to Romania. Sanchez "
                  "announced that Spain would chair the group in 2032.")
    assert any(k.startswith("pledge:country:fr:") for k in keys)
    assert not any(k.startswith("pledge:country:es:") for k in keys)


def test_an_invitation_to_begin_talks_on_joining_is_one_membership_fact_naming_each_country():
    keys = [k for k in _facts(_MEETING + "The allies invited Moldova and Georgia to begin talks on joining the "
                                         "alliance.") if k.startswith("membership:")]
    assert keys == ["membership:org:nato:invite:country:md+country:ge"]  # (one act, as the gold sets count it)


def test_announced_or_added_sums_grants_and_invitations_withheld():
    keys = _facts(_MEETING + "Sanchez announced a $3 billion Mediterranean Resilience Facility. The allies did not "
                  "grant Moldova a Membership Action Plan. Belarus and Iran were not invited, nor was Syria. The "
                  "host had left Venezuela off the guest list.")
    assert any(k.startswith("pledge:") and ":fund" in k for k in keys), keys
    assert any(k.startswith("outcome:") and ":no-grant-" in k for k in keys), keys
    assert sum(1 for k in keys if k.endswith(":not-invited")) == 2, keys
    assert not any(":defer-membership" in k for k in keys)  # a seat at the meeting is not membership


def test_closing_ceremony_today_and_the_close_bound_the_summits_days():
    # published Saturday 2031-05-10
    body = ("The summit, which opened on Wednesday, heard a plea from Chile. The Santiago Declaration was unveiled at "
            "the closing ceremony on Friday.")
    s = _summit(body)
    assert (s.start_date.isoformat(), s.end_date.isoformat()) == ("2031-05-07", "2031-05-09")
    body = ("NATO leaders meeting in Oslo on Thursday invited Moldova. Its president is attending a meeting today, "
            "the final day of the summit, which opened on Wednesday evening.")
    s = _summit(body)
    assert (s.start_date.isoformat(), s.end_date.isoformat()) == ("2031-05-07", "2031-05-10")
    body = ("The three days of talks that ended on Thursday were a success for the G7 summit host. Russia's president "
            "replied on Friday from a summit in Ashgabat.")
    assert _summit(body).end_date.isoformat() == "2031-05-08"


def test_countries_act_together_and_accepting_is_a_decision_unless_it_is_a_motive():
    keys = _facts(_MEETING + "Twenty countries endorsed a joint plan to manage migration. The allies also accepted "
                  "that gas could serve as a temporary bridge.")
    assert any(k.startswith("decision:") and ":endorse-joint-plan" in k for k in keys), keys
    assert any(k.startswith("decision:") and ":acknowledge-" in k for k in keys), keys
    assert not any(":acknowledge-" in k for k in _facts(
        _MEETING + "The allies accepted largely to keep the president on board."))


def test_the_office_named_after_a_roleless_person_is_theirs():
    body = ("Tomas Varga had a simple pitch for the visiting leaders: Slovakia wants to be a partner. By the time the "
            "summit wrapped up on Friday, the prime minister had put a price on it.")
    roles = _roles(body)
    assert roles == {"person:tomas-varga": "prime minister"}
    # two people before: the office is nobody's in particular
    body = ("Tomas Varga met Ivan Horak on Thursday. By the time the summit wrapped up on Friday, the prime minister "
            "had put a price on it.")
    assert not extract_facts(body).participants


def test_no_admission_or_pledge_read_from_nouns_and_relative_questions():
    keys = _facts(_MEETING + "The chancellor brought the leaders back to the castle to prove the club could hold. The "
                  "host, he said, could not decide who was admitted. Critics said Turkey had made similar promises before.")
    assert not any(k.startswith(("membership:", "pledge:")) for k in keys), keys
    assert any(k.startswith("membership:") for k in _facts(_MEETING + "The allies welcomed Finland back into the fold "
                                                                    "as a member."))
