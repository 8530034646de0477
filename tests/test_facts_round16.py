"""Round-16 mechanisms (issue 6 round 16, read from the burned heldout15 set's misses). Every sentence is invented for
the test, with names and wordings that differ from the gold articles."""

from __future__ import annotations

from datetime import date, datetime

from tests.facts_helpers import fact_keys, quote_speakers, roles, summit_of  # noqa: F401


def test_a_transcripts_lead_paragraph_ending_in_a_colon_names_the_speaker():
    body = ("APEC leaders met in Lima on Friday.\n\nPresident Jan Kova told the business leaders that the old pacts "
            "were finished:\n\n\"We will sign deals one by one.\"\n\nHe went on:\n\n\"Nobody will take advantage of us.\""
            "\n\nPresident Li Wen spoke an hour later, from the same stage:\n\n\"Openness brings progress.\"\n\n"
            "Peru's trade minister Rosa Vega, who co-chaired the talks with Chile's minister Hugo Diaz, said:\n\n"
            "\"The text is agreed.\"")
    assert quote_speakers(body) == {"We will sign deals one by one": "person:jan-kova",
                                    "Nobody will take advantage of us": "person:jan-kova",
                                    "Openness brings progress": "person:li-wen",
                                    "The text is agreed": "person:rosa-vega"}


def test_a_colon_after_a_body_or_after_a_sentence_naming_the_speaker():
    body = ("G7 leaders met in Rome on Friday. The Elysee put out a statement: \"Cooperation cannot be dictated.\"\n\n"
            "10:25 President Ana Kova is speaking. The key line, for a region wary of Washington: \"Those days are past.\"")
    assert quote_speakers(body) == {"Cooperation cannot be dictated": "country:fr",
                                    "Those days are past": "person:ana-kova"}


def test_mr_opens_a_name_and_a_fronted_day_ends_at_the_day():
    body = ("President Donald Trump spoke. On Air Force One Mr Trump said: \"I believe him.\" On Friday Donald Trump, "
            "America's president, told a hall he would deal with \"any fair nation\" that asked.")
    assert quote_speakers(body) == {"I believe him": "person:donald-trump", "any fair nation": "person:donald-trump"}


def test_irish_names_keys_a_trust_speaks_and_accusation_wording():
    body = ("Prime Minister Peter O'Brien said the talks went well. The Rainbow Trust, a charity, called the omission "
            "\"a failure\" by the club. Mr Lane accused Mr O'Brien of a \"betrayal\". Mr Lane proposed a club with \"no "
            "walls, no fees\" and no rules.")
    assert roles(body)["person:peter-obrien"] == "Prime Minister"
    assert quote_speakers(body) == {"a failure": "org:rainbow-trust", "betrayal": "person:lane",
                                    "no walls, no fees": "person:lane"}


def test_a_body_met_elsewhere_is_not_the_summits_body():
    body = ("President Li Wen praised the Shanghai Cooperation Organisation as leaders of the bloc ended a two-day "
            "summit in Qingdao on Sunday, as the G7 in Canada was descending into acrimony. The G7 row went on. Asked "
            "about the G7, Mr Li smiled.")
    assert summit_of(body).organization == "Shanghai Cooperation Organisation"


def test_an_unknown_dateline_place_is_capitalised_and_next_summers_host_is_not_this_one():
    body = ("LA PLAGE, France (Wire) - G7 leaders ended their summit on Saturday. Italy takes over the presidency, "
            "and the prime minister will be the host in Rome next summer.")
    summit = summit_of(body, published_at=datetime(2031, 5, 10))
    assert summit.city == "La Plage" and summit.country == "France"


def test_its_heads_of_government_meeting_a_stated_run_of_days_and_entering_the_final_day():
    body = ("The Commonwealth likes to call itself a family. At its heads of government meeting in Valletta last "
            "weekend, it avoided hard topics. With a climate conference opening on Monday, the Valletta meeting, which "
            "ran from Friday to Sunday, was a warm-up.")
    summit = summit_of(body, published_at=datetime(2031, 5, 15))  # a Thursday
    assert summit.organization == "Commonwealth" and summit.city == "Valletta"
    assert (summit.start_date, summit.end_date) == (date(2031, 5, 9), date(2031, 5, 11))
    blog = ("09:05 Welcome back to Lima, where the Summit of the Americas enters its second and final day. A minister "
            "met his US counterpart on Thursday.")
    summit = summit_of(blog, published_at=datetime(2031, 5, 10))  # a Saturday
    assert (summit.start_date, summit.end_date) == (date(2031, 5, 9), date(2031, 5, 10))


def test_a_body_inside_a_possessed_noun_or_after_across_is_not_the_actor():
    pre = "Commonwealth leaders met in Valletta on Friday for a three-day summit. "
    assert fact_keys(pre + "Canadian Prime Minister Paul Roy made his first Commonwealth outing count, pledging C$2bn to "
                           "help poorer countries cope with climate change.") == {"pledge:country:ca:climate-target"}
    assert fact_keys(pre + "The Rainbow Trust, a charity that campaigns across the Commonwealth, condemned the text.") \
        == {"reaction:org:rainbow-trust:criticize:org:commonwealth"}


def test_more_attendance_adoption_election_and_omission_wordings():
    pre = "G7 leaders met in Bari on Friday for a two-day summit. "
    assert fact_keys(pre + "President Jan Kova left the summit in Bari on Saturday morning, hours before it ended.") \
        == {"outcome:person:jan-kova:leave-early"}
    assert fact_keys(pre + "A dinner on Friday had been called off after Prime Minister Paul Roy failed to attend.") \
        == {"outcome:person:paul-roy:stay-away"}
    assert fact_keys(pre + "The Bari Declaration, signed by the leaders of the seven member states, was short.") \
        == {"decision:org:g7:adopt-declaration"}
    assert fact_keys(pre + "The final communique, released on Sunday, made no mention of migration.") \
        >= {"outcome:org:g7:omit"}
    assert fact_keys(pre + "Mr Kova made no mention of migration in his speech.") == set()
    assert fact_keys(pre + "After a long session, the leaders chose Ana Lopes, a former judge, over candidates from "
                           "Chile and Peru.") == {"decision:org:g7:elect:person:ana-lopes"}
    assert fact_keys(pre + "President Jan Kova shook hands with Prime Minister Paul Roy, but the two held no talks.") \
        == {"outcome:person:jan-kova:no-bilateral"}
    assert "decision:org:g7:create-body:new-body" in fact_keys(
        pre + "Leaders agreed to set up a Climate Finance Access Hub, to be based in Malta.")


def test_a_new_office_holders_role_is_the_office():
    body = "Paul Roy, Canada's new prime minister, made his debut. Ana Lopes, the newly elected president, spoke."
    assert roles(body) == {"person:paul-roy": "prime minister", "person:ana-lopes": "president"}
