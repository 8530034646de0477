"""Round-18 mechanisms (issue 6 round 18, read from the burned heldout17 set's misses). Every sentence is invented for
the test, with names and wordings that differ from the gold articles."""

from __future__ import annotations

from datetime import datetime

from tests.facts_helpers import fact_keys, quote_speakers, roles, summit_of


def test_as_he_put_it_inside_a_clause_and_a_pronoun_chain_over_several_sentences():
    body = ("NATO leaders met in Oslo. Chancellor Greta Lund said little at first. The goal, as she put it, is "
            "\"a careful exit\", and next year is \"a milestone, not a deadline\".\n\n"
            "President Tomas Varga faced hard questions. He was pressed on the budget. He promised more, and he "
            "dismissed any cuts: \"Out of the question.\" Then he turned on his critics at home. \"They have run out "
            "of ideas,\" he said.")
    assert quote_speakers(body) == {
        "a careful exit": "person:greta-lund", "a milestone, not a deadline": "person:greta-lund",
        "Out of the question": "person:tomas-varga", "They have run out of ideas": "person:tomas-varga"}


def test_a_short_party_name_is_the_party_named_before_and_called_that_is_a_characterisation():
    body = ("The G20 met in Oslo. The march was backed by the Norwegian Farmers Party and two unions. The Farmers "
            "Party said the summit was \"a feast for the powerful.\" Oxfam called that \"a fair point\".")
    assert quote_speakers(body) == {"a feast for the powerful": "org:norwegian-farmers-party",
                                    "a fair point": "org:oxfam"}


def test_a_relative_clauses_quoted_verb_is_a_quote():
    body = "The G20 met in Oslo. Its next chair, Ana Lopes, told the leaders she wanted a G20 that \"listens\"."
    assert quote_speakers(body) == {"listens": "person:ana-lopes"}


def test_quotations_on_the_bulleted_points_of_a_text_are_the_texts():
    body = ("G20 closes in Oslo\n\n11:05\nThe G20 summit ends today. The final statement is out. Highlights:\n"
            "– Trade: leaders reject \"all forms of protectionism\" as before.\n"
            "– Debt: they are \"seriously concerned\" about poor countries.\n\nWe will be back after lunch.")
    assert quote_speakers(body) == {"all forms of protectionism": "org:g20", "seriously concerned": "org:g20"}


def test_a_dateline_under_the_headline_does_not_speak_and_a_newspapers_editorial_does():
    body = ("ALERT -- G7 sets \"firm course\" on trade\n\nOSLO, Norway, June 4 (NWS) -- Leaders of the Group of Seven "
            "ended their summit in northern Norway on Friday by calling free trade \"a shared duty,\" officials said. "
            "The Yomiuri Shimbun, in an editorial on Saturday, called the summit \"a missed chance\".")
    speakers = quote_speakers(body)
    assert speakers["a shared duty"] == "org:g7"
    assert speakers["a missed chance"] == "org:yomiuri-shimbun"


def test_letters_after_a_name_and_the_queen_and_a_foreign_affairs_department():
    body = ("CHOGM closes in Perth\n\nPERTH, 12 March 2031 – Leaders concluded the Commonwealth summit in the Western "
            "Australian capital today, a statement from the Prime Minister, the Hon Mary Quill MP, said. Her Majesty "
            "Queen Elizabeth II opened the meeting. The Queen called for \"a new spirit of service\". The Minister for "
            "Trade, the Rt Hon Lewis Carter SC MP, said it was \"a good week\". A spokesman for the Department of "
            "Foreign Affairs and Trade said all delegations were \"safely home\".")
    assert quote_speakers(body) == {"a new spirit of service": "person:elizabeth-ii",
                                    "a good week": "person:lewis-carter", "safely home": "country:au"}
    assert roles(body)["person:mary-quill"] == "Prime Minister"
    summit = summit_of(body, published_at=datetime(2031, 3, 12))
    assert (summit.city, summit.country) == ("Perth", "Australia")


def test_last_friday_filed_on_a_friday_is_the_week_before_and_so_is_friday_night():
    body = ("OSLO - NATO leaders left the Norwegian capital last Saturday after two days of meetings. The host gave "
            "a dinner on Friday night. The plan was approved last Friday, the first day of the summit. The minister "
            "told this newspaper on Monday that the summit had gone well.")
    summit = summit_of(body, published_at=datetime(2031, 5, 16))  # a Friday
    assert (summit.start_date.isoformat(), summit.end_date.isoformat()) == ("2031-05-09", "2031-05-10")


def test_the_day_a_meeting_closed_ends_it_and_a_resort_and_a_where_clause_name_the_venue():
    body = ("Commentary\n\nThe G7 summit, hosted last week in the seaside resort of Shima, ended well. The declaration, "
            "agreed on Friday as the two-day meeting closed, was short. An editorial in Tokyo on Saturday mocked it.")
    summit = summit_of(body, published_at=datetime(2031, 5, 20))  # a Tuesday
    assert summit.city == "Shima"
    assert (summit.start_date.isoformat(), summit.end_date.isoformat()) == ("2031-05-15", "2031-05-16")
    live = ("Live: G20 day two\n\n09:00\nGood morning from Antalya, where the G20 summit enters its second and final "
            "day. Talk here is all of the attacks in Paris. In Paris the mood is grim.")
    assert summit_of(live, published_at=datetime(2031, 5, 20)).city == "Antalya"


def test_the_summits_text_states_a_position_and_it_goes_on_acting_after_and():
    pre = "G7 leaders met in Oslo on Thursday for a two-day summit. "
    assert fact_keys(pre + "The declaration says that a trade war would be a grave risk to growth.") \
        == {"decision:org:g7:text-states"}
    assert fact_keys(pre + "The final text said nothing about the currency.") == set()
    keys = fact_keys(pre + "The second, a short statement on piracy, came late. It condemns the Lagos raids, and it "
                     "commits the G7 to go after the ransom money.")
    assert "pledge:org:g7:commit-g7-go-after" in keys
    assert not any(key.split(":")[1:3] == ["country", "ng"] for key in keys)  # the Lagos raids do not act


def test_who_stayed_away_when_someone_sat_in_his_place():
    pre = "G20 leaders met in Oslo on Sunday for a two-day summit. "
    assert fact_keys(pre + "Peru is here without its president.") == {"outcome:country:pe:stay-away"}
    assert fact_keys(pre + "President Luis Ramos stayed in Lima after the floods, and Foreign Minister Ana Vela is at "
                     "the table in his place.") == {"outcome:person:luis-ramos:stay-away"}
    # a leader who took part by video did not stay away, though someone attended in his place
    keys = fact_keys(pre + "President Luis Ramos took part by video link. Foreign Minister Ana Vela attended in his "
                     "place.")
    assert "outcome:person:luis-ramos:stay-away" not in keys and "outcome:person:ana-vela:stay-away" not in keys


def test_a_body_and_its_partner_act_together_and_a_what_clause_is_no_act():
    pre = "NATO leaders met in Oslo on Friday for a two-day summit. "
    assert fact_keys(pre + "NATO and President Omar Dazi also signed a long-term partnership.") \
        == {"decision:org:nato:sign-long-term-partnership"}
    assert fact_keys("Explainer: What NATO decided in Oslo\n\n" + pre) == set()


def test_history_since_a_first_meeting_and_an_arrival_are_not_the_opening():
    body = ("OSLO, May 11 (NWS) -- Pacific leaders ended their annual summit in Norway on Sunday without a joint "
            "statement, the first time since the forum's leaders began meeting in 1989. Talks on Saturday, the first "
            "day of the two-day meeting, were tense. Li Wen, who arrived in Oslo on Thursday for a state visit, "
            "spoke first.")
    summit = summit_of(body, published_at=datetime(2031, 5, 11))  # a Sunday
    assert (summit.start_date.isoformat(), summit.end_date.isoformat()) == ("2031-05-10", "2031-05-11")
    blog = ("Live: G20, day two\n\nThe G20 summit in Oslo goes on. Li Wen opened proceedings yesterday. On Saturday, "
            "before the summit began, two leaders signed a deal. He was asked about his arrival on Saturday.")
    assert summit_of(blog, published_at=datetime(2031, 5, 12)).start_date.isoformat() == "2031-05-11"


def test_a_quotation_the_declaration_says_after_it():
    body = ("G7 summit ends in Oslo\n\n4. TRADE: Tariffs are \"a last resort\" for the members, the declaration says. "
            "Prices were \"not yet settled\", the statement said.")
    assert quote_speakers(body) == {"a last resort": "org:g7"}


def test_a_nominee_an_engineers_title_and_letters_after_a_name():
    body = ("NATO leaders met in Oslo. The Prime Minister, Eng. Rui Matos, spoke. Joe Blake, the presumptive "
            "Republican presidential nominee, stayed home.")
    assert roles(body) == {"person:rui-matos": "Prime Minister",
                           "person:joe-blake": "presumptive Republican presidential nominee"}
