"""Round-14 mechanisms (issue 6 round 14, read from the burned heldout13 set's misses): namesakes (several people
with one surname) stay apart and a bare surname joins the one its title or the last mention names; "Head of State"
is one office. Every sentence is invented for the test, with names and wordings that differ from the gold articles."""

from __future__ import annotations

from datetime import date, datetime

from tests.facts_helpers import fact_keys, quote_speakers, roles, summit_of  # noqa: F401


def test_namesakes_stay_apart_and_a_bare_surname_joins_the_right_one():
    body = ("DAKAR - The Head of State, His Excellency Ibou Ndiaye, opened the forum. \"This is a proud day,\" said "
            "Dr Fatou Binta Ndiaye, the director of the national institute. President Ndiaye said the region would "
            "press on. \"We will not wait,\" Mr Ndiaye said. The Minister of Foreign Affairs, Mrs Awa Kane Ndiaye, said the "
            "country respected \"the free choices\" of its neighbours.")
    assert roles(body) == {"person:ibou-ndiaye": "Head of State",
                           "person:fatou-binta-ndiaye": "director of the national institute",
                           "person:awa-kane-ndiaye": "Minister of Foreign Affairs"}
    assert quote_speakers(body) == {"This is a proud day": "person:fatou-binta-ndiaye",
                                    "We will not wait": "person:ibou-ndiaye",
                                    "the free choices": "person:awa-kane-ndiaye"}


def test_a_sentence_opening_adverb_is_no_first_name_of_a_namesake():
    body = ("President Donald Trump left early. Afterwards Trump told reporters the allies had agreed to pay "
            "\"much more\".")
    assert quote_speakers(body) == {"much more": "person:donald-trump"}


def test_gulf_forms_of_address_and_offices():
    body = ("MUSCAT: His Highness the Amir Sheikh Khalid bin Saud Al Nasser opened the meeting. The Minister of "
            "Foreign Affairs, HE Sheikh Faisal bin Omar Al Nasser, called it \"a day of unity\". Kuwait was "
            "represented by HH Sayyid Badr bin Yusuf Al Hamad, Deputy Prime Minister.")
    assert roles(body) == {"person:khalid-bin-saud-al-nasser": "Amir",
                           "person:faisal-bin-omar-al-nasser": "Minister of Foreign Affairs",
                           "person:badr-bin-yusuf-al-hamad": "Deputy Prime Minister"}
    assert quote_speakers(body) == {"a day of unity": "person:faisal-bin-omar-al-nasser"}


def test_a_newspaper_named_after_a_city_is_one_speaker():
    body = "Gulf leaders met at a summit in Muscat on Monday. The Saudi daily Al Riyadh hailed \"a summit of hope\"."
    assert quote_speakers(body) == {"a summit of hope": "org:al-riyadh"}


def test_a_summit_two_bodies_hold_together_is_keyed_by_both():
    body = ("European and African leaders ended the seventh European Union-African Union summit in the Belgian capital "
            "on Friday. The declaration called for \"a partnership of equals\".")
    assert summit_of(body).key == "eu-au-summit-2031" and summit_of(body).city == "Brussels"
    assert quote_speakers(body) == {"a partnership of equals": "org:eu-au"}
    named = "Leaders closed the ASEAN-Japan Commemorative Summit in Tokyo on Sunday."
    assert summit_of(named).key == "asean-japan-summit-2031"
    bilateral = "Leaders met at the EU-Japan summit in Tokyo on Sunday, the EU's first with Japan in four years."
    assert summit_of(bilateral).organization == "European Union"  # a body's summit with one state is the body's


def test_a_standing_bodys_summit_named_for_its_venue_is_the_bodys():
    body = ("Leaders of NATO's member states met at a golf resort near Newport on Thursday and Friday. The Wales "
            "Summit Declaration called the annexation \"illegal\".")
    summit = summit_of(body)
    assert summit.organization == "NATO" and summit.city == "Newport"
    assert quote_speakers(body) == {"illegal": "org:nato"}


def test_a_one_day_summit_with_a_numbered_name_keeps_its_day():
    body = ("Gulf leaders yesterday signed a declaration at the one-day 43rd GCC Summit in Muscat, a day after Oman "
            "reopened its borders on Monday evening.")
    summit = summit_of(body, published_at=datetime(2031, 5, 14))
    assert (summit.start_date, summit.end_date) == (date(2031, 5, 13), date(2031, 5, 13))


def test_quoted_wording_with_a_clauses_joints_is_a_quote_not_a_term():
    body = ("Leaders met at a G20 summit in Lima on Friday. Ms Holm said Peru would buy a \"large, "
            "but not yet settled\" amount of grain. The leaders' text backed \"the overdue overhaul\" of "
            "the trade rules. Each country has a \"membership action plan\".")
    quotes = quote_speakers(body)
    assert "large, but not yet settled" in quotes and "the overdue overhaul" in quotes
    assert quotes["the overdue overhaul"] == "org:g20"
    assert "membership action plan" not in quotes


def test_a_pronoun_aside_before_a_colon_introduces_the_quote():
    body = ("Mr Arno Weiss said he was \"hopeful\". But, he added, the rebels would have to prove it: "
            "\"It must be tested.\"")
    assert quote_speakers(body)["It must be tested"] == "person:arno-weiss"


def test_an_office_held_by_predicate_and_a_sentence_final_appositive():
    body = ("Lena Holm had been Norway's prime minister for barely a week when she arrived, alongside the host, "
            "Japan's prime minister, Kenji Mori.")
    assert roles(body) == {"person:lena-holm": "prime minister", "person:kenji-mori": "prime minister"}


_GCC = "Gulf leaders met at a GCC summit in Muscat on Tuesday. "


def test_more_outcome_wordings():
    assert "outcome:person:layla-haddad:stay-away" in fact_keys(
        _GCC + "Prime Minister Layla Haddad missed the opening day after her plane broke down.")
    assert "outcome:org:gcc:omit" in fact_keys(_GCC + "Iran is not named anywhere in the text.")
    assert "decision:org:gcc:adopt-declaration" in fact_keys(_GCC + "The summit ended with the adoption of a joint "
                                                                    "declaration.")
    assert any(k.startswith("decision:country:sa:reopen-") for k in fact_keys(
        _GCC + "Saudi Arabia reopened its airspace and its land borders to Qatar on Monday evening."))


def test_a_question_subhead_states_no_fact():
    assert not any("stay-away" in k for k in fact_keys(_GCC + "Who stayed away?"))


def test_a_possessive_before_quoted_words_in_a_reported_clause_and_answers():
    body = ("Leaders met at a summit in Lima on Friday. Lena Holm, Norway's defence minister, said she had conveyed "
            "her \"deep unease\" to both capitals. The day before, President Arno Weiss had answered \"no\" when "
            "asked about troops.")
    quotes = quote_speakers(body)
    assert quotes.get("deep unease") == "person:lena-holm" and quotes.get("no") == "person:arno-weiss"
