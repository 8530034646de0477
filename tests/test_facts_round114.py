"""Round-114 mechanisms (issue 6 round 114, read from the burned heldout113 set's misses). Every sentence is invented
for the test, with wordings that differ from the gold articles."""

from __future__ import annotations

from datetime import datetime

from extractors.facts import extract_facts
from tests.facts_helpers import fact_keys, quote_speakers, roles, summit_of


def test_a_village_outside_a_known_city_gives_the_city():
    body = ("The leaders of the Andean Community met in Quebrada Honda, outside the Peruvian city of Arequipa, on "
            "Friday for their summit. A trader in Lima and a banker in Lima said little.")
    found = summit_of(body, published_at=datetime(2001, 7, 28))
    assert (found.city, found.country) == ("Arequipa", "Peru")


def test_a_declaration_named_for_an_unknown_town_the_leaders_came_to_names_the_venue():
    body = ("Andean Community presidents came to Sorata for their summit this week. A lawyer in La Paz and a "
            "banker in Santa Cruz watched. The presidents closed the meeting by signing the Declaration of Sorata, "
            "in which they promise to defend the rights of rural workers. Bolivia's minister spoke of Bolivia.")
    found = summit_of(body, published_at=datetime(2002, 5, 4))
    assert found.city == "Sorata"
    assert found.country == "Bolivia"  # the country the text names most, with its cities


def test_a_capitalised_from_opens_a_written_run_of_days():
    body = ("For the first time, the General Assembly of the Organization of American States met in Peru. From "
            "July 3 to 6, delegations from across the hemisphere gathered at a seaside hotel in Lima. The assembly "
            "adopted a declaration on democracy.")
    found = summit_of(body, published_at=datetime(1998, 7, 12))
    assert (found.start_date.isoformat(), found.end_date.isoformat()) == ("1998-07-03", "1998-07-06")


def test_a_weekly_market_day_is_no_day_of_the_summit():
    body = ("The presidents left Cusco yesterday, and the town went back to its usual business. For two days the "
            "town, famous for its Sunday market, was the seat of an Andean Community summit which opened on "
            "Thursday.")
    found = summit_of(body, published_at=datetime(2004, 7, 10))  # a Saturday
    assert found.start_date.isoformat() == "2004-07-08"
    assert found.end_date.isoformat() in ("2004-07-08", "2004-07-09")  # (not the market's Sunday)


def test_each_name_in_a_list_of_leading_appositives_keeps_its_own_office():
    got = roles("Present were Peru's president, Ramon Quispe, Chile's president, Tomas Arancibia, and Ecuador's "
                "vice-president, Lucia Pazmino, who stood in for President Jorge Larrea.")
    assert got["person:tomas-arancibia"] == "president"
    assert got["person:ramon-quispe"] == "president"


def test_a_front_office_manager_is_one_trade():
    got = roles("\"We were full for a week,\" said Halil Demirtas-Oakes, front office manager at a beach hotel.")
    assert got["person:halil-demirtas-oakes"] == "front office manager"


def test_what_a_trader_sells_keeps_where_the_goods_come_from_or_the_cart():
    assert roles("In the bazaar, Gul Ahmadzai-Pennock, who sells rugs from Iran and Pakistan, shrugged.")[
        "person:gul-ahmadzai-pennock"] == "sells rugs from Iran and Pakistan"
    assert roles("By the station, Gul Ahmadzai-Pennock, who sells tea from a cart, shrugged.")[
        "person:gul-ahmadzai-pennock"] == "sells tea from a cart"
    assert roles("By the station, Gul Ahmadzai-Pennock, who sells tea from a stall, shrugged.")[
        "person:gul-ahmadzai-pennock"] == "sells tea"


def test_a_speaker_of_an_unnamed_house_keeps_the_house_but_not_the_league():
    assert roles("Jordan's ailing king, Faisal Nasser, was represented at the summit by the speaker of the "
                 "lower house of parliament, Omar Haddad-Whitby.")[
        "person:omar-haddad-whitby"] == "speaker of the lower house of parliament"
    assert roles("The session was opened by the secretary-general of the league, Omar Haddad-Whitby.")[
        "person:omar-haddad-whitby"] == "secretary-general"


def test_appealed_to_them_to_and_in_a_named_persons_words_attribute_partial_quotes():
    got = quote_speakers("Prime Minister Imran Qadir appealed to the rival factions to \"lay down their guns and "
                         "talk,\" and left for home.")
    assert got["lay down their guns and talk"] == "person:imran-qadir"
    got = quote_speakers("President Tomas Arancibia spoke first. The fund, in President Arancibia's words, will "
                         "lend \"without strings from Washington.\"")
    assert got["without strings from Washington"] == "person:tomas-arancibia"


_ALBA = "Leaders of ALBA held their summit in Caracas on Sunday. "


def test_a_treaty_under_which_a_member_undertakes_something_is_a_decision():
    keys = fact_keys(_ALBA + "The main result was a gas treaty, under which Bolivia undertakes to supply gas to the "
                             "other members.")
    assert any(k.startswith("decision:") for k in keys), keys
    assert not any(k.startswith(("membership:", "pledge:")) for k in keys), keys


def test_joint_work_is_no_joining():
    keys = fact_keys(_ALBA + "Venezuela commits to joint work on refining with the other members.")
    assert not any(k.startswith("membership:") for k in keys), keys


def test_the_second_of_a_listed_pair_is_a_decision_of_the_meeting():
    keys = fact_keys(_ALBA + "The second is a decision to create a development bank for joint projects.")
    assert any(k.startswith("decision:org:alba:") for k in keys), keys


def test_blocked_roads_a_town_council_and_oil_blocks_are_no_outcomes():
    keys = fact_keys(_ALBA + "On Friday police blocked the road to the venue. The town council has asked visitors "
                             "to leave their cars outside. Critics said the treaty's promises could trouble "
                             "governments that want to open new oil blocks.")
    assert not any(":block" in k or ":task-" in k or k.startswith("pledge:") for k in keys), keys


def meeting_evidence(body: str, published_at: datetime) -> str:
    """The sentence the meeting's own fact ("holds its summit") cites."""
    held = [f for f in extract_facts(body, published_at=published_at).facts if f.action == "hold-summit"]
    assert len(held) == 1, held
    return body[held[0].char_start:held[0].char_end]


def test_police_closing_roads_is_no_meeting_sentence():
    found = meeting_evidence("MUSCAT, Feb 15 - Leaders of the Economic Cooperation Organization ended a two-day summit in "
                     "Muscat on Monday by adopting a plan to build roads. Security was tight in Muscat, where police "
                     "closed several main roads on Monday.", published_at=datetime(1993, 2, 15))
    assert found.startswith("MUSCAT, Feb 15 - Leaders of the Economic"), found
