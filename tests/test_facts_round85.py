"""Round-85 mechanisms (issue 6 round 85 and on, read from the burned heldout84 set's misses and later ones). Every
sentence is invented for the test, with wordings that differ from the gold articles."""

from __future__ import annotations

from datetime import datetime

from extractors.facts import extract_facts
from extractors.facts.gazetteer import load_gazetteer
from tests.facts_helpers import fact_keys, quote_speakers, roles, summit_of


def test_a_page_furniture_line_in_capitals_is_no_dateline_and_a_palace_names_its_town():
    body = ("ARCHIVE EDITION - Page 3 of 12 - from the bound volumes\n\n"
            "The heads of the Arab League states, meeting for a summit on Saturday and Sunday at the summer palace of "
            "Bloudan, in the hills of Syria, resolved that the question of Palestine was their common cause.\n\n"
            "Their ministers left for Damascus and Beirut on Monday.")
    summit = summit_of(body, published_at=datetime(1946, 6, 12))
    assert summit.city == "Bloudan"
    assert summit.country == "Syria"


def test_a_pasha_after_a_name_is_an_honorific_before_1953_and_a_surname_after():
    body = ("The communique was read at the Arab League summit by Mahmud Fahmi Nokrashy Pasha, Prime Minister of "
            "Egypt. Nokrashy Pasha said the rulers were of one mind.")
    then = {p.entity_key for p in extract_facts(body, published_at=datetime(1947, 3, 2)).participants}
    assert "person:mahmud-fahmi-nokrashy" in then
    later = ("The Indonesian presidential spokesman, Julian Aldrin Pasha, briefed reporters at the ASEAN summit. "
             "Pasha said the talks had gone well.")
    now = {p.entity_key for p in extract_facts(later, published_at=datetime(2010, 4, 9)).participants}
    assert "person:julian-aldrin-pasha" in now


def test_an_appositive_office_of_a_state_outranks_the_emir_style_and_regent_is_an_office():
    found = roles("Seated at the summit table were the Emir Faisal bin Turki, Crown Prince of Saudi Arabia, and the Emir "
                  "Abd al-Karim, Regent of Iraq, who both signed the resolution.")
    assert found["person:faisal-bin-turki"] == "Crown Prince"
    assert found["person:abd-al-karim"] == "Regent"


def test_the_state_after_a_titled_name_is_its_affiliation_not_the_state_named_before_it():
    body = ("At the summit sat the Regent of Iraq; President Adib Karam of Syria; and President Fuad Saade of the "
            "Lebanon, who all spoke.")
    affiliations = {p.entity_key: p.affiliation for p in extract_facts(body).participants}
    assert affiliations["person:adib-karam"] == "Syria"
    assert affiliations["person:fuad-saade"] == "Lebanon"


def test_appointing_a_dame_as_the_first_woman_secretary_general_gives_the_office():
    found = roles("The Forum summit ended after appointing Dame Lisa Kowaro of Vanuatu as the first woman secretary "
                  "general of the Pacific Islands Forum.")
    assert found["person:lisa-kowaro"] == "secretary general"


def test_a_quoted_phrase_after_a_speech_verbs_that_is_a_partial_quote_and_a_titled_text_is_not_a_quote():
    speakers = quote_speakers("Ahmed Zayan, the League's Secretary-General, spoke at the summit on Monday. Pressed "
                              "on the funding, he answered only that \"all options\" remained open.")
    assert speakers == {"all options": "person:ahmed-zayan"}
    titled = quote_speakers("The leaders adopted a declaration at the summit, titled \"The Reef: Home and "
                            "Heritage\", which asks for marine parks.")
    assert titled == {}


def test_a_text_span_inside_the_calendar_span_that_the_text_writes_out_is_kept():
    summit = summit_of("Pacific Islands Forum leaders gathered in Koror, Palau, on July 29-31 for their annual "
                       "summit and named a new secretary general.", published_at=datetime(2014, 8, 5))
    assert (str(summit.start_date), str(summit.end_date)) == ("2014-07-29", "2014-07-31")


def test_transjordan_is_jordan_and_is_named_so_before_1949():
    gaz = load_gazetteer()
    assert gaz.lookup("Transjordan").key == "country:jo"
    assert gaz.name_on("country:jo", "1946-05-28", gaz.country_names["country:jo"]) == "Transjordan"
    assert gaz.name_on("country:jo", "1950-01-01", gaz.country_names["country:jo"]) == "Jordan"


def _meeting(body: str, title: str | None = None, published_at: datetime = datetime(2031, 5, 10)):
    facts = [f for f in extract_facts(body, title=title, published_at=published_at).facts if f.action == "hold-summit"]
    assert len(facts) <= 1
    return facts[0] if facts else None


def test_the_meeting_itself_is_an_outcome_told_by_the_sentence_that_reports_it_not_one_carrying_a_decision():
    body = ("Andean leaders adopt a water plan at Cuenca summit\n\n"
            "The Riverside Courier | World | Saturday, May 10, 2031\n\n"
            "CUENCA, Ecuador - Leaders of the Andean Community adopted a plan to share river data at their summit in "
            "Cuenca on Friday. The two-day meeting, which opened on Thursday in the colonial centre of Cuenca, was "
            "chaired by the host president. \"We will meet again in La Paz next year,\" the host said.")
    fact = _meeting(body, title="Andean leaders adopt a water plan at Cuenca summit")
    assert fact is not None and fact.kind == "outcome"
    assert body[fact.char_start:fact.char_end].startswith("The two-day meeting, which opened on Thursday")
    assert fact.key == "outcome:org:andean-community:hold-summit:city:cuenca"


def test_a_meeting_still_to_come_is_not_the_meeting_and_no_summit_gives_no_meeting_fact():
    body = ("The leaders of the Andean Community will meet in Cuenca next month. On Friday the Andean Community "
            "summit met in Quito and agreed to share river data.")
    fact = _meeting(body)
    assert fact is not None and body[fact.char_start:fact.char_end].startswith("On Friday the Andean Community")
    assert _meeting("The river rose on Friday and the bridge in Cuenca was closed to traffic.") is None


def test_two_reports_of_one_summit_share_the_meeting_fact():
    one = _meeting("Leaders of the Andean Community met in Cuenca on Friday for their annual summit.")
    two = _meeting("The Andean Community summit, held in Cuenca on Friday, was short and quiet.")
    assert one is not None and two is not None and one.key == two.key


def test_who_came_who_missed_a_session_and_who_was_not_represented_are_attendance_outcomes():
    base = "Leaders of the Group of Seven met at their summit in Toronto on Saturday. "
    keys = fact_keys(base + "Prime Minister Jean Tremblay, who broke off his campaign for the autumn election to "
                     "attend, spoke first.")
    assert "outcome:person:jean-tremblay:attend" in keys
    assert "outcome:person:kenji-mori:stay-away" in fact_keys(
        base + "Prime Minister Kenji Mori missed Saturday's opening session after a fall.")
    assert "outcome:country:it:stay-away" in fact_keys(base + "Italy came without its prime minister.")
    assert "outcome:country:eg:stay-away" in fact_keys(
        base + "Egypt, suspended from the group last year, was not represented.")
    assert "outcome:person:paul-marchetti:first-attendance" in fact_keys(
        base + "Among the heads of government was President Paul Marchetti, attending his first summit since May.")


def test_founding_members_the_seat_of_the_secretariat_entry_into_force_and_a_chair_now_held():
    base = "Leaders of the Andean Community met at their summit in Cuenca on Friday and signed a new treaty. "
    assert "membership:org:andean-community:founding-members" in fact_keys(
        base + "The five countries are the founding members of the new body.")
    assert "decision:org:andean-community:seat" in fact_keys(
        base + "Its secretariat will be based in Lima.")
    assert "decision:org:andean-community:seat" in fact_keys(
        base + "The signatories chose Quito as the seat of the secretariat.")
    assert "decision:org:andean-community:entry-into-force" in fact_keys(
        base + "The treaty is to enter into force for the five on March 1.")
    assert any(k.endswith(":take-chair") for k in fact_keys(
        base + "The meeting ended in Ecuador, which now holds the Community chair for a year."))


def test_an_intention_with_a_target_and_a_sum_offered_to_a_state_are_pledges():
    base = "Leaders of the Group of Seven met at their summit in Toronto on Saturday. "
    assert any(k.startswith("pledge:org:g7:pledge-cut-coal") for k in fact_keys(
        base + "The leaders intend to cut coal's share of their power supply to 20 percent by 2000."))
    assert "pledge:org:g7:fund" in fact_keys(
        base + "The leaders ended the summit by offering Moldova up to $2 billion in loans.")
    assert "pledge:org:g7:fund" not in fact_keys(
        base + "The offer matched the one from Japan, which offered Moldova $1 billion last year.")
