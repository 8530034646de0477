"""Round-47 mechanisms (issue 6 round 47, read from the burned heldout46 set's misses). Every sentence is invented for
the test, with wordings that differ from the gold articles."""

from __future__ import annotations

from datetime import datetime

from tests.facts_helpers import fact_keys, quote_speakers, roles, summit_fields, summit_of


def test_trades_a_service_before_a_rank_and_an_active_appointment_give_roles():
    found = roles("ASEAN leaders met in Vientiane for their summit. Dara Sok, 58, a retired pharmacist who moved "
                  "here in 1990, watched on television. Pete Lindqvist, a retired Navy captain who now farms, was "
                  "unmoved. The leaders appointed Kao Kim Hourn of Cambodia as Secretary-General. Noy Phommavong, "
                  "who sells noodles to the police on duty, said trade was brisk.")
    assert found["person:dara-sok"] == "retired pharmacist"
    assert found["person:pete-lindqvist"] == "retired Navy captain"
    assert found["person:kao-kim-hourn"] == "Secretary-General"
    assert found["person:noy-phommavong"] == "sells noodles"


def test_bhutanese_forms_of_address_are_no_part_of_the_name():
    body = ("SAARC leaders met in Thimphu for their summit. Dasho Karma Ura, the chief of protocol, was "
            'busy. "Every road was swept twice," said Aum Pema Lhamo, a weaver. Lyonpo Sonam Tobgay, the Home '
            "Minister, said the police were ready.")
    found = roles(body)
    assert found["person:karma-ura"] == "chief of protocol"
    assert found["person:pema-lhamo"] == "weaver"
    assert found["person:sonam-tobgay"] == "Home Minister"
    assert quote_speakers(body)["Every road was swept twice"] == "person:pema-lhamo"


def test_a_headline_opening_with_a_surname_that_is_also_a_month_gives_the_quote_its_speaker():
    body = ('May at the Gulf summit? No. May in Doha: "Our markets are open to you"\nTrade Weekly | News\n\n'
            "Theresa May travelled to Doha for talks with Gulf leaders. She promised more flights.")
    assert quote_speakers(body)["Our markets are open to you"] is None  # (not the headline's first word: no subject)
    body = ('May in Doha: "Our markets are open to you"\nTrade Weekly | News\n\n'
            "Theresa May travelled to Doha for talks with Gulf leaders. She promised more flights.")
    assert quote_speakers(body)["Our markets are open to you"] == "person:theresa-may"


def test_a_stated_run_of_days_gives_both_ends_of_the_meeting():
    body = ("Gulf Courier | Opinion | Thursday, May 8, 2031\n\n"
            "For three days last weekend, from Friday to Sunday, Oman had a seat at the table in Riyadh. The Gulf "
            "Cooperation Council summit's main business was done on Saturday, when they agreed to study a customs "
            "union.")
    summit = summit_of(body, datetime(2031, 5, 8))  # (a date the summit calendar does not cover)
    assert summit_fields(summit)[3:] == ("2031-05-02", "2031-05-04")


def test_a_sentence_reporting_two_decisions_gives_two_facts_but_a_relative_clause_is_no_second_decision():
    keys = fact_keys("SICA leaders met in San Salvador for their summit. On trade, they recognised the coffee crisis as "
                     '"a grave threat" and launched a dialogue with Mexico and Colombia.')
    assert any(k.startswith("decision:org:sica:recognise") for k in keys)
    assert any(k.startswith("decision:org:sica:launch-dialogue") for k in keys)
    keys = fact_keys("SICA leaders met in San Salvador for their summit. The leaders endorsed a levy of 2%, agreed "
                     "last month by the finance ministers, to pay for the regional fund.")
    assert not any(k.split(":")[3].startswith("agree") for k in keys if k.count(":") >= 3)
