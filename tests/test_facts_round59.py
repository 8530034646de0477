"""Round-59 mechanisms (issue 6 round 59, read from the burned heldout58 set's misses). Every sentence is invented for
the test, with wordings that differ from the gold articles."""

from __future__ import annotations

from datetime import datetime

from tests.facts_helpers import fact_keys, quote_speakers, roles, summit_fields, summit_of


def test_a_bodys_name_used_as_a_place_is_the_town_and_leaders_signing_a_declaration_meet():
    body = ("VISEGRAD, Hungary, March 4 (Wire) - The leaders of Slovakia, Hungary and Poland signed a declaration on "
            "Tuesday in the river town of Visegrad pledging to build a joint power grid. The Visegrad countries "
            "will meet again next year.")
    summit = summit_of(body)
    assert summit is not None
    assert summit_fields(summit)[:3] == ("Visegrad Group", "Visegrád", "Hungary")


def test_a_town_the_gazetteer_does_not_know_is_the_host_when_named_as_the_meetings_town():
    body = ("The presidents of the Pacific Alliance held their summit on Friday in Frutillar, a lakeside town in "
            "southern Chile's Los Lagos region. The leaders signed a declaration on services.")
    summit = summit_of(body)
    assert summit is not None
    assert (summit.city, summit.country) == ("Frutillar", "Chile")


def test_the_european_commissions_president_at_a_summit_makes_it_the_unions():
    body = ("Thursday's summit in Hangzhou was the fifteenth of its kind. On one side sat Ana Duarte, President of "
            "the European Commission; her host was Premier Li Wen. The two sides signed a pact on research.")
    summit = summit_of(body)
    assert summit is not None and summit.organization == "European Union"


def test_yesterday_in_a_clause_about_something_else_is_not_a_summit_day():
    body = ("The summit that met in Lyon on Saturday was the last under the old charter: the new treaty came into "
            "force yesterday, and future summits will be chaired by a permanent president.")
    summit = summit_of(body, published_at=datetime(2031, 5, 12))
    assert summit is not None
    assert (str(summit.start_date), str(summit.end_date)) == ("2031-05-10", "2031-05-10")


def test_a_plural_office_over_names_each_for_a_country_and_trades_ending_in_maker_or_manager():
    body = ("NATO leaders met in Oslo on Monday. Their defence ministers, Anna Lind-Berg for Sweden, Pekka Rautio "
            "for Finland and Jonas Vik for Norway, will meet every month. \"We decide together now,\" said Marek "
            "Zielinski-Hart, a retired cabinet maker who left Lodz in 1981. \"It is about time,\" said Carla "
            "Fuentes-Brio, export manager at a fish processor.")
    found = roles(body)
    assert found["person:pekka-rautio"] == "defence minister"
    assert found["person:jonas-vik"] == "defence minister"
    assert found["person:marek-zielinski-hart"] == "retired cabinet maker"
    assert found["person:carla-fuentes-brio"] == "export manager"


def test_a_name_a_capital_likes_to_call_something_is_no_quotation_and_former_states_are_demonyms():
    body = ("Leaders of the three states met in Esztergom on Friday for a summit. The declaration opens what Warsaw "
            "likes to call the \"road home\" to Europe. Soviet President Mikhail Gorbachev sent a message.")
    assert "road home" not in quote_speakers(body)
    assert roles(body)["person:mikhail-gorbachev"] == "President"


_LEAD = "ASEAN leaders met in Hue on Monday for their summit. "


def test_what_a_declaration_commits_members_to_is_a_decision_not_a_pledge():
    keys = fact_keys(_LEAD + "The declaration commits members to a single power grid by 2040.")
    assert any(k.startswith("decision:org:asean:commit-") for k in keys)
    assert not any(k.startswith("pledge:") for k in keys)


def test_a_leader_who_came_as_a_guest_attends_but_one_who_attended_as_a_guest_and_said_something_said_it():
    assert "outcome:person:sitiveni-rabuka:attend-as-invitee" in fact_keys(
        _LEAD + "Fiji's Prime Minister Sitiveni Rabuka came as a guest.")
    assert "outcome:person:sitiveni-rabuka:attend-as-invitee" in fact_keys(
        _LEAD + "Fiji's Prime Minister Sitiveni Rabuka and Samoa's leader Fiame Naomi Mata'afa also attended as "
                "observers.")
    said = fact_keys(_LEAD + "Fiji's Prime Minister Sitiveni Rabuka, who attended as a guest, said Fiji would send "
                             "rice.")
    assert not any(":attend-as-invitee" in k for k in said)


def test_a_state_that_now_holds_the_rotating_presidency_takes_the_chair_and_emphatic_did_sign_signs():
    assert "decision:org:asean:take-chair" in fact_keys(_LEAD + "Laos now holds the rotating presidency.")
    assert "decision:org:asean:take-chair" in fact_keys(_LEAD + "HOST: Laos chairs the bloc until next November.")
    assert any(k.startswith("decision:org:asean:sign-") for k in fact_keys(
        _LEAD + "The two sides did sign a pact on fisheries."))


def test_represented_at_a_summit_for_the_first_time_is_a_first_attendance_not_a_stand_in():
    keys = fact_keys(_LEAD + "Fiji was represented at an ASEAN summit for the first time by its prime minister.")
    assert "outcome:country:fj:first-attendance" in keys and "outcome:country:fj:stay-away" not in keys
