"""Round-15 mechanisms (issue 6 round 15, read from the burned heldout14 set's misses). Every sentence is invented for
the test, with names and wordings that differ from the gold articles."""

from __future__ import annotations

from datetime import date, datetime

from tests.facts_helpers import fact_keys, quote_speakers, roles, summit_of  # noqa: F401


def test_days_of_talks_and_a_weekday_named_as_the_final_day_set_the_window():
    closing = ("Leaders of the Group of 20 closed their summit in Osaka on Sunday after three days of talks on trade "
               "and climate.")
    summit = summit_of(closing, published_at=datetime(2031, 6, 3))  # a Tuesday
    assert (summit.start_date, summit.end_date) == (date(2031, 5, 30), date(2031, 6, 1))
    blog = ("Here is how Sunday, the second and final day of the G20 summit in Osaka, unfolded. 09:10 A catch-up on "
            "Saturday: two leaders agreed a truce, starting on Monday.")
    summit = summit_of(blog, published_at=datetime(2031, 6, 1))  # a Sunday
    assert (summit.start_date, summit.end_date) == (date(2031, 5, 31), date(2031, 6, 1))


def test_the_last_of_the_summits_days():
    body = ("BRICS leaders met in Durban. On Thursday, the last of the summit's three days, they adopted a "
            "declaration.")
    summit = summit_of(body, published_at=datetime(2031, 6, 6))  # a Friday
    assert (summit.start_date, summit.end_date) == (date(2031, 6, 3), date(2031, 6, 5))


def test_an_earlier_summit_named_for_its_city_is_not_the_host():
    body = ("In Durban this week the bloc finally agreed. At the Lagos summit last year the same wording was kept "
            "out of the BRICS declaration.")
    assert summit_of(body).city == "Durban"


def test_a_body_and_a_region_hold_their_summit_together():
    body = ("Leaders of the EU and the six Western Balkans partners met in Zagreb on Thursday. The EU-Western Balkans "
            "summit adopted a declaration.")
    assert summit_of(body).key == "eu-western-balkans-summit-2031"


def test_a_numbered_meeting_of_a_standing_forum_is_its_summit():
    body = ("The Pacific Islands Forum rarely makes headlines. The 52nd forum, which ran from Monday to Thursday in "
            "Honiara, ended with a declaration on fisheries.")
    summit = summit_of(body, published_at=datetime(2031, 6, 2))  # a Monday, a week later
    assert summit.organization == "Pacific Islands Forum" and summit.city == "Honiara"
    assert (summit.start_date, summit.end_date) == (date(2031, 5, 26), date(2031, 5, 29))


def test_an_appositive_after_the_quotation_names_the_speaker():
    body = ("\"The alliance needs an enemy,\" the Kremlin spokesman, Ivan Sorokin, told reporters. \"We will answer,\" "
            "Belarus's president, Pavel Orlov, said.")
    assert quote_speakers(body) == {"The alliance needs an enemy": "person:ivan-sorokin",
                                    "We will answer": "person:pavel-orlov"}


def test_names_in_quotation_marks_are_not_quotes():
    body = ("Police said 90 officers were hurt when a \"Stop the Summit\" march turned violent. The states, gathered "
            "under the forum's \"Ocean Family\" banner, want more. Mr Lee promoted a scheme that he calls \"Asia "
            "Connect\".")
    assert quote_speakers(body) == {}


def test_the_charity_and_the_party_speak_for_the_body_named_before():
    body = ("Oxfam was unimpressed. The charity said the summit had \"let down the poorest\". The Civic Platform party "
            "said the deal was \"the fruit of our work\". The Samoa Observer called the walkout \"a disgrace\".")
    assert quote_speakers(body) == {"let down the poorest": "org:oxfam", "the fruit of our work": "org:civic-platform",
                                    "a disgrace": "org:samoa-observer"}


def test_a_capitalised_topic_label_does_not_speak():
    body = ("Group of 20 leaders met in Osaka on Friday.\n\nIRAN: The leaders said they \"regret the missile test\" "
            "carried out on Sunday.")
    assert quote_speakers(body) == {"regret the missile test": "org:g20"}


def test_agreed_wording_thanks_and_hailing_are_cues():
    body = ("Group of 20 leaders met in Osaka on Friday. On trade, leaders agreed to keep markets open and to \"resist "
            "all unfair practices,\" while recognising \"legitimate defence tools,\" as Washington wanted. Afghan "
            "President Omar Rahimi thanked the allies for an \"unbroken commitment\". President Ana Kova hailed the "
            "decisions, hailing them as \"historic\" for the region.")
    assert quote_speakers(body) == {"resist all unfair practices": "org:g20", "legitimate defence tools": "org:g20",
                                    "unbroken commitment": "person:omar-rahimi", "historic": "person:ana-kova"}
    named = ("The two leaders agreed to build a \"Laos-Chile partnership for a shared tomorrow\" and to speed up work on "
             "the port.")
    assert quote_speakers(named) == {}


def test_a_colon_after_a_subject_and_a_pronoun_after_the_quotation():
    body = ("Prof. Anna Berg, a political scientist at Lund University, was more cautious: \"A battalion is a symbol.\" "
            "The envoy had been \"rude\", according to Mr Tola Vaka, the host. Then came the line that travelled far: "
            "\"He wants to bully us.\" President Jean Morel was blunt. Sanctions would be \"pointless\", he said. \"I do "
            "not want enlargement before a real reform\" of the union, he told reporters.")
    assert quote_speakers(body) == {"A battalion is a symbol": "person:anna-berg", "rude": "person:tola-vaka",
                                    "He wants to bully us": "person:tola-vaka", "pointless": "person:jean-morel",
                                    "I do not want enlargement before a real reform": "person:jean-morel"}


def test_troop_pledges_invitees_classed_matters_and_a_published_communique():
    pre = "NATO leaders met in Riga on Friday for a two-day summit. "
    assert fact_keys(pre + "Latvian President Ana Kova said about 800 soldiers would go to Estonia.") \
        == {"pledge:country:lv:send-troops:country:ee"}
    assert "pledge:country:ca:send-troops:country:lv" in fact_keys(
        pre + "Canadian Prime Minister Paul Roy said Canada would send 450 troops to Latvia.")
    assert fact_keys(pre + "Finland's president took part in a NATO summit as an invitee for the first time.") \
        == {"outcome:country:fi:attend-as-invitee"}
    assert fact_keys(pre + "Sweden's king, who attended as a guest of the hosts, spoke on Arctic security.") == set()
    assert fact_keys(pre + "The allies recognised outer space as an operational domain.") == {"decision:org:nato:recognise-as"}
    assert fact_keys(pre + "The communique is out.") == {"decision:org:nato:adopt-declaration"}


def test_a_pronoun_subject_pledges_and_staying_at_home_is_staying_away():
    pre = "BRICS leaders met in Durban on Monday. "
    assert fact_keys(pre + "Chinese President Li Wen was generous. He pledged $300m for a fund to help poorer states.") \
        == {"pledge:country:cn:pledge-m-fund-help"}
    assert fact_keys(pre + "Australian Prime Minister Tom Reid stayed at home and sent his trade minister, Ann Lowe.") \
        == {"outcome:person:tom-reid:stay-away"}


def test_more_attendance_and_omission_wordings():
    pre = "EU leaders met their Balkan counterparts in Skopje on Thursday for a one-day summit. "
    assert fact_keys(pre + "Greece's prime minister, Nikos Pappas, attended the dinner on Wednesday but skipped "
                           "Thursday's summit.") == {"outcome:person:nikos-pappas:stay-away"}
    assert fact_keys(pre + "Malta's prime minister, Ray Camilleri, managed a single day.") \
        == {"outcome:person:ray-camilleri:leave-early"}
    assert fact_keys(pre + "The word membership does not appear in the declaration.") == {"outcome:org:eu:omit"}
    assert fact_keys(pre + "The leaders backed the plan, but there is no timetable.") >= {"outcome:org:eu:no-date"}
    withdrawn = fact_keys(pre + "Leaders agreed to keep the trade deal, after the US pulled out of it last week.")
    assert not any("stay-away" in k for k in withdrawn)  # leaving a deal is not staying away from the summit


def test_a_public_figures_short_name_is_keyed_by_the_full_name():
    body = ("Turkish President Tayyip Erdogan met Indian Foreign Secretary S. Jaishankar. Mexico's president, Andrés "
            "Manuel López Obrador, stayed home. \"We agree,\" Mr Erdogan said.")
    assert roles(body) == {"person:recep-tayyip-erdogan": "President", "person:subrahmanyam-jaishankar": "Foreign Secretary",
                           "person:andres-manuel-lopez-obrador": "president"}
    assert quote_speakers(body) == {"We agree": "person:recep-tayyip-erdogan"}


def test_a_lower_reaction_threshold_can_apply_to_quoting_sentences_only():
    from extractors.facts import analyse
    from extractors.facts.classify import Model, add_classified_facts, load_model
    from extractors.facts.quotes import extract_quotes
    from extractors.facts.summit import detect_summit
    body = ("NATO leaders met in Riga on Friday. Latvian President Ana Kova said the talks went well and called the "
            "plan \"a real step\". Polish President Jan Nowak thought the result was mixed.")
    an = analyse(body)
    _, org = detect_summit(an, published_at=datetime(2031, 5, 10))
    quotes = tuple(extract_quotes(an, org))
    shipped = load_model()
    only_quoted = Model(shipped.weights, shipped.bias, {"outcome": None, "reaction": 1.0, "reaction_quoted": 0.0})
    facts = add_classified_facts(an, [], org, only_quoted, quotes)
    assert [f.actor for f in facts] == ["Latvia"]  # the quoting sentence only; Nowak's needs the 1.0 threshold
    assert add_classified_facts(an, [], org, only_quoted) == []  # without the quotes nothing is quoted
