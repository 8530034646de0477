"""Round-11 mechanisms (issue 6 round 11, read from the burned heldout10 set's misses): "Prince X" joins the longer
name it shortens, "His Majesty" is the article's one monarch, a newspaper named after "daily" speaks for itself, the
head of an appositive speaks for ", who told ...", "the declaration said" inside a clause is the text speaking, and a
later clause's own speaker beats an earlier "according to". Every sentence is invented for the test, with names and
wordings that differ from the gold articles."""

from __future__ import annotations

from datetime import datetime

from tests.facts_helpers import fact_keys, quote_speakers, summit_of
from tests.facts_helpers import roles as _roles


_quotes = quote_speakers


_MEETING = "Arab League leaders met in Riyadh on Friday for a one-day summit. "


def test_prince_and_his_majesty_resolve_to_the_named_royal():
    body = (_MEETING + "Kuwaiti Crown Prince Mishal al-Ahmad al-Sabah opened the session. Prince Mishal said \"the "
            "door is open\". Bahrain's King Hamad arrived late. His Majesty said the league must \"act, not talk\".")
    quotes = _quotes(body)
    assert quotes["the door is open"] == "person:mishal-al-ahmad-al-sabah"
    assert quotes["act, not talk"] == "person:hamad"
    assert not any("majesty" in k or k == "person:prince-mishal" for k in quotes.values())


def test_a_daily_named_after_its_kind_speaks_for_itself():
    body = _MEETING + "In Amman, the pro-government daily Al-Rai hailed \"a new Arab dawn\"."
    assert _quotes(body) == {"a new Arab dawn": "org:al-rai"}


def test_the_head_of_an_appositive_speaks_for_who_told():
    body = (_MEETING + "The host handed the presidency to Ismail Guelleh, the president of the Republic of Djibouti, "
            "who told the leaders that the league worked best when it was \"united on the essentials.\"")
    assert _quotes(body) == {"united on the essentials": "person:ismail-guelleh"}


def test_a_text_saying_inside_a_clause_and_a_later_clauses_own_speaker():
    body = (_MEETING + "The leaders addressed Iran, whose regional role the declaration said poses \"grave risks\". "
            "According to the Egyptian presidency, the two leaders discussed trade, and Mr Tebboune said a gas "
            "pipeline was \"feasible\".")
    quotes = _quotes(body)
    assert quotes["grave risks"] == "org:arab-league"
    assert quotes["feasible"].startswith("person:") and "tebboune" in quotes["feasible"]


def _summit(body: str, published: datetime = datetime(2031, 5, 10, 12)):
    return summit_of(body, published)


def test_a_bodys_leaders_leaving_a_place_is_a_summit_without_the_word():
    body = ("When the Group of Seven leaders left Carbis Bay on Sunday, the mood was warm. The G7 promised vaccines. "
            "Tax reform gains momentum before a G20 meeting in Venice next month.")
    s = _summit(body)
    assert s is not None and s.organization == "G7" and s.city == "Carbis Bay"


def test_a_meeting_elsewhere_next_month_or_in_another_month_is_not_the_venue():
    body = ("CELAC leaders met at a hotel in Montevideo on Tuesday for their summit. The next big date, a summit with "
            "the European Union in Brussels in July, gives the bloc a reason to keep talking.")
    assert _summit(body).city == "Montevideo"


def test_an_arrival_before_a_one_day_summit_is_not_its_start():
    body = ("Syria's president arrived in Riyadh on Thursday. The Riyadh Declaration was adopted at the close of "
            "the one-day summit on Friday.")
    s = _summit(body, datetime(2031, 5, 10, 9))  # Saturday
    assert (s.start_date.isoformat(), s.end_date.isoformat()) == ("2031-05-09", "2031-05-09")


_facts = fact_keys


_NATO = "NATO leaders met in Oslo on Wednesday for a two-day summit. "


def test_calls_on_tasks_asked_and_grants_of_status_are_decisions_and_membership():
    keys = _facts(_NATO + "The communique called on Russia to withdraw its troops. The allies also asked the "
                  "secretary-general to lead a review of the alliance's political role. Georgia, Moldova and Serbia "
                  "were granted the status of dialogue partners.")
    assert any(":call-for-" in k for k in keys), keys
    assert any(":task-" in k for k in keys), keys
    assert {k for k in keys if ":grant-status:" in k} == {
        "membership:org:nato:grant-status:country:ge+country:md+country:rs"}


def test_more_ways_of_leaving_early():
    for sentence in ("The US president cancelled his closing news conference and flew home early.",
                     "Qatar's emir left the hall before the Syrian president spoke.",
                     "He left Nato's 75th-anniversary meeting early."):
        assert any(k.endswith(":leave-early") for k in _facts(_NATO + sentence)), sentence


def test_more_quotation_cues():
    body = (_NATO + "For the first time, the communique underscored \"the importance of open sea lanes.\" Mr Store said "
            "he had a \"very good relationship\" with the host. State media said the capitals had recognised that "
            "\"Norway was right.\" Ms Solberg had a simple message for the allies: \"Norway is back.\" \"We are back,\" "
            "she declared.")
    quotes = _quotes(body)
    assert quotes["the importance of open sea lanes"] == "org:nato"
    assert "very good relationship" in quotes and "Norway was right" in quotes
    assert "Norway is back" in quotes and "We are back" in quotes


def test_a_full_name_joins_its_cued_short_form_and_arab_is_no_name():
    body = (_NATO + "When Jonas Gahr Store walked into the hall on Wednesday, Norway was back. Store, Norway's prime "
            "minister again since October, had a simple message: \"We are here.\" Arab states sent observers. "
            "President al-Assad said nothing.")
    roles = _roles(body)
    assert roles.get("person:jonas-gahr-store") == "prime minister", roles
    assert "person:arab" not in roles and "person:store" not in roles


def test_a_verdict_on_the_body_itself_is_a_reaction():
    keys = _facts(_NATO + "Kremlin spokesman Dmitry Peskov said NATO remained a tool of confrontation.")
    assert [k for k in keys if k.startswith("reaction:")] == ["reaction:country:ru:criticize:org:nato"]
    keys = _facts("G7 leaders met in Elmau on Wednesday for a two-day summit. German Chancellor Olaf Scholz said the "
                  "G7 was not a bloc against anyone.")
    assert [k for k in keys if k.startswith("reaction:")] == ["reaction:country:de:criticize:org:g7"]
