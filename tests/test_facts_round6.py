"""Round-6 rules (issue 6 round 6), written while reading the burned heldout5 set's misses: reaction wordings of
wire copy (characterisations in quoted words, stances such as "was dismissive", quoted verdicts), outcome wordings
(reviews, omissions, no breakthrough, offers, rules for members, the summit's own concern, future joining), summit
dates and venues (quoted future tense, reaction days, past-tense windows, "home town of", "CITY:" datelines),
quotation cues and speakers, and names with a listed first name. Every sentence here is invented for the test."""

from __future__ import annotations

from datetime import date, datetime

from extractors.facts import analyse, extract_facts
from extractors.facts.frames import CATALOGUE
from extractors.facts.outcomes import _CATALOGUE_FAST
from extractors.facts.precheck import fast_pattern
from extractors.facts.sentences import _single_quote_close, find_quote_spans

_SUMMIT = "NATO leaders met in Brussels on Tuesday for a one-day summit. "


def _quotes(body: str, **kw):
    return [(q.text, q.speaker_key) for q in extract_facts(body, **kw).quotes]


def _facts(body: str, **kw):
    return [(f.kind, f.key) for f in extract_facts(body, **kw).facts]


def _reactions(body: str, **kw):
    return [key for kind, key in _facts(body, **kw) if kind == "reaction"]


def _kinds(body: str, **kw):
    return [kind for kind, _ in _facts(body, **kw)]


def _summit(body: str, published: str, title: str | None = None):
    return extract_facts(body, title=title, published_at=datetime.fromisoformat(published)).summit


# --- reactions --------------------------------------------------------------------------------------------------

def test_a_neutral_characterisation_in_quoted_words_is_a_reaction_at_a_summit():
    body = _SUMMIT + 'Pia Lund, an analyst at the Nordic Policy Centre, called the outcome "careful but workable".'
    assert any(k.startswith("reaction:person:pia-lund:react") for k in _reactions(body))
    # without a summit there is nothing to react to
    assert _reactions('Pia Lund called the outcome "careful but workable".') == []


def test_described_as_a_quoted_phrase_and_a_talks_with_object():
    body = _SUMMIT + ('Polish President Adam Nowak described the enlargement as a "new chapter". '
                      'He called his talks with Emmanuel Macron on the sidelines "long and useful".')
    keys = _reactions(body)
    assert "reaction:country:pl:react:org:nato" in keys or "reaction:country:pl:welcome:org:nato" in keys
    assert "reaction:country:pl:welcome:person:emmanuel-macron" in keys


def test_said_in_a_statement_that_the_approach_had_failed():
    body = _SUMMIT + ("The rights group Amnesty International said in a statement that the bloc's approach had "
                      "'utterly failed' civilians.")
    assert "reaction:org:amnesty-international:criticize:org:nato" in _reactions(body)


def test_said_the_alliance_was_demonising_is_a_criticism_but_a_prescription_is_not():
    body = _SUMMIT + 'Kremlin spokesman Ivan Orlov said the alliance was "demonizing" Russia.'
    assert any(":criticize:" in k for k in _reactions(body))
    prescription = _SUMMIT + ('Belgian Prime Minister Jan Peeters told colleagues that the bloc must not become '
                              '"a club".')
    # (since round 26 a quoted person reacts to the summit: neutrally, never as a criticism)
    assert _reactions(prescription) == ["reaction:country:be:react:org:nato"]  # (keyed by whom he speaks for)


def test_stances_dismissive_cautious_played_down_singled_out():
    assert any(":criticize:" in k for k in _reactions(_SUMMIT + "Moscow was dismissive."))
    assert any(":criticize:" in k for k in _reactions(_SUMMIT + "Russia reacted with scorn."))
    assert any(":react:" in k for k in _reactions(_SUMMIT + "Turkey was more cautious."))
    assert any(k.startswith("reaction:country:cn:criticize")
               for k in _reactions(_SUMMIT + "China played down the significance of the meeting."))
    assert any(":criticize:" in k for k in _reactions(
        _SUMMIT + "U.S. President Tom Hale singled Madrid out at a news conference."))


def test_said_x_was_in_quoted_words_but_not_an_offer():
    body = _SUMMIT + "Prime Minister Ana Ruiz said her country was 'closer than ever' to a seat."
    assert any(k.startswith("reaction:") for k in _reactions(body))
    offer = _SUMMIT + "Prime Minister Ana Ruiz said Madrid was 'ready to do the heavy lifting'."
    # (the said-X-was frame leaves an offer alone: since round 26 the quoted person's reaction is neutral)
    assert _reactions(offer) == ["reaction:person:ana-ruiz:react:org:nato"]


def test_said_a_quoted_phrase_was_opening():
    body = _SUMMIT + 'Argentine President Luis Paz said a "new era" was opening for his country.'
    assert any(k.startswith("reaction:country:ar:") for k in _reactions(body))


def test_a_quoted_verdict_opening_its_sentence_is_its_speakers_reaction():
    body = _SUMMIT + '"This is a quantum leap," NATO Secretary-General Mark Rutte told reporters.'
    assert "reaction:person:mark-rutte:welcome:org:nato" in _reactions(body)
    plain = _SUMMIT + '"We will meet again in June," Mark Rutte told reporters.'
    # (no verdict, so no welcome: since round 26 only the quoted person's neutral reaction)
    assert _reactions(plain) == ["reaction:person:mark-rutte:react:org:nato"]


def test_not_disappointed_is_no_criticism():
    assert any(":welcome:" in k for k in _reactions(
        _SUMMIT + "Ukrainian President Ivan Koval said he was not disappointed."))
    assert any(":criticize:" in k for k in _reactions(
        _SUMMIT + "Ukrainian President Ivan Koval said he was disappointed."))


def test_he_said_calling_the_result_is_the_speakers_reaction():
    body = _SUMMIT + ('U.S. President Tom Hale arrived late. "We are with them," he said, calling the result '
                      '"a big win for everybody."')
    assert any(k.startswith("reaction:") and ":welcome:" in k for k in _reactions(body))


def test_a_longer_contrastive_not_is_no_criticism():
    body = _SUMMIT + ('"This is a partnership of values, not of opposition to any one country," Canadian Prime '
                      'Minister Ella Stone told reporters.')
    assert not any(":criticize:" in k for k in _reactions(body))


def test_a_move_a_leader_said_showed_is_a_reaction_even_without_tone():
    body = _SUMMIT + ("Leaders created a partner category, a step that President Ivan Koval said showed the bloc "
                      "was growing.")
    assert any(":react:" in k or ":welcome:" in k for k in _reactions(body))


# --- outcomes ---------------------------------------------------------------------------------------------------

def test_review_omission_no_breakthrough():
    assert ("decision", "decision:org:nato:review") in _facts(_SUMMIT + "Progress will be reviewed in 2028.")
    assert "outcome" in _kinds(_SUMMIT + "The declaration dropped any reference to Georgia's membership bid.")
    assert "outcome" in _kinds(_SUMMIT + "The declaration did not include a timetable.")
    assert ("outcome", "outcome:unknown:omit") not in _facts("Mr. Lee made no mention of rolling back any levies.")
    body = ("ASEAN leaders ended their summit in Jakarta on Friday without a breakthrough on Myanmar, agreeing to "
            "keep the junta out of their meetings.")
    kinds = _kinds(body)
    assert "outcome" in kinds and "decision" in kinds  # the missing breakthrough does not swallow the agreement


def test_offer_to_host_and_allow_members_to_count():
    assert ("pledge", "pledge:country:th:offer") in _facts(_SUMMIT + "Thailand offered to host talks on Myanmar.")
    assert ("decision", "decision:org:nato:allow") in _facts(
        _SUMMIT + "The text let allies count aid to Kyiv toward the goal.")


def test_the_summits_own_concern_is_its_reaction():
    # (a decision until round 95; the later gold sets mostly write the meeting's concern as its reaction, like its
    # calls and condemnations)
    body = ('The Quad summit in Tokyo ended on Saturday. The leaders\' declaration said they were "seriously '
            'concerned" about the South China Sea.')
    assert any(kind == "reaction" and ":voice-concern" in key for kind, key in _facts(body))


def test_countries_that_will_formally_join_the_bloc_are_admitted():
    body = "BRICS leaders met in Durban on Thursday. Chile and Peru will formally join the bloc on January 1."
    assert any(kind == "membership" and ":admit:" in key for kind, key in _facts(body))


def test_reaffirmed_is_a_decision_and_described_as_a_threat_names_a_threat():
    body = _SUMMIT + "Leaders reaffirmed their commitment to Article 5. It described Russia as a long-term threat."
    facts = _facts(body)
    assert any(kind == "decision" and ":reaffirm-" in key for kind, key in facts)
    assert ("decision", "decision:org:nato:designate-threat:country:ru") in facts


def test_a_head_of_government_refusing_to_sign_on_is_his_states_outcome():
    body = _SUMMIT + "Spanish Prime Minister Luis Mora refused to sign on to the full target."
    assert any(kind == "outcome" and key.startswith("outcome:country:es:no-sign") for kind, key in _facts(body))


def test_purpose_clauses_relative_perfects_and_dinners_are_no_acts():
    assert not any(":maintain-" in k for _, k in _facts(
        _SUMMIT + "Allies accepted the target largely to keep President Tom Hale on board."))
    assert not any(":maintain-" in k for _, k in _facts(
        _SUMMIT + "Myanmar sent a diplomat under an arrangement that has kept its leader away."))
    assert not any(":defer-membership" in k for _, k in _facts(
        _SUMMIT + "Ukraine's president joined a dinner but was not invited to the leaders' working session."))
    assert not any(k.startswith("pledge:") for _, k in _facts(
        "The financier Jeffrey Epstein reportedly committed suicide in August."))


# --- summit -----------------------------------------------------------------------------------------------------

def test_a_future_word_inside_a_quotation_does_not_move_a_weekday_forward():
    body = ("VIENTIANE, Laos — ASEAN leaders ended their annual summit on Friday. Lao Prime Minister Vong Keo, who "
            "chaired the three-day gathering that opened on Wednesday, said the region would act. 'We will keep "
            "the door open,' he said.")
    summit = _summit(body, "2024-10-11")
    assert (summit.start_date, summit.end_date) == (date(2024, 10, 9), date(2024, 10, 11))


def test_next_year_and_a_later_reaction_day_are_not_summit_days():
    body = ("Leaders of the United States, India, Japan and Australia agreed on Saturday to launch patrols next year "
            "at a Quad summit. Chinese spokesman Lin Wei said on Monday that the grouping was a clique.")
    summit = _summit(body, "2024-09-23")
    assert (summit.start_date, summit.end_date) == (date(2024, 9, 21), date(2024, 9, 21))


def test_a_three_day_summit_reported_on_its_last_day_ends_on_the_publication_day():
    body = ("DURBAN, Aug 24 — BRICS leaders invited two countries to join the bloc on Thursday. The host, who "
            "chaired the three-day summit, said more would follow.")
    summit = _summit(body, "2023-08-24")
    assert (summit.start_date, summit.end_date) == (date(2023, 8, 22), date(2023, 8, 24))


def test_one_day_within_a_known_summit_window_takes_the_calendar_window():
    body = "JOHANNESBURG: Prime Minister Ravi Rao on Thursday backed the BRICS summit's decision to admit new members."
    summit = _summit(body, "2023-08-24")
    assert (summit.city, summit.start_date, summit.end_date) == ("Johannesburg", date(2023, 8, 22), date(2023, 8, 24))


def test_home_town_venue_beats_an_institutes_city():
    body = ("The Quad leaders met in Tom Hale's home town of Wilmington, Delaware, on Saturday for a summit. Ann Lee, "
            "a fellow at the Lowy Institute in Sydney, said the summit was solid.")
    assert _summit(body, "2024-09-23").city == "Wilmington"


# --- quotes and names -------------------------------------------------------------------------------------------

def test_a_sentence_may_open_with_a_single_quotation_mark():
    body = ("Malaysian Prime Minister Anwar Ibrahim took over the chair. 'ASEAN must speak with one voice,' Anwar "
            "said.")
    assert ("ASEAN must speak with one voice,", "person:anwar-ibrahim") in _quotes(body)


def test_new_cues_reaffirmed_opposed_named_as_called_for_said_a():
    body = _SUMMIT + ('Leaders reaffirmed their "ironclad commitment" to Article 5 and named Russia as a "direct '
                      'threat" to security. The statement condemned the launches and called for a "just peace" in '
                      'Ukraine.')
    quotes = dict(_quotes(body))
    assert quotes.get("ironclad commitment") == "org:nato"
    assert quotes.get("direct threat") == "org:nato"
    assert quotes.get("just peace") == "org:nato"


def test_reported_clause_after_and_that_keeps_the_speaker():
    body = ('Chinese spokesman Lin Wei said on Monday that the group ran counter to "the trend of the times" and '
            'that China firmly opposed countries "forming cliques" against others.')
    assert dict(_quotes(body)).get("forming cliques") == "person:lin-wei"


def test_a_quotation_ending_its_sentence_may_stand_further_from_its_cue():
    body = ('Foreign Minister Prince Khalid bin Saad told a television channel that the kingdom would study the '
            'details before the proposed joining date in January and take "the appropriate decision."')
    assert dict(_quotes(body)).get("the appropriate decision.") == "person:khalid-bin-saad"
    roles = {p.entity_key: p.role for p in extract_facts(body).participants}
    assert roles.get("person:khalid-bin-saad") == "Foreign Minister"


def test_an_abbreviation_in_the_attribution_does_not_hide_the_speaker():
    body = '"Countries can choose their partners," U.S. State Department spokesman Matthew Miller told reporters.'
    assert dict(_quotes(body)).get("Countries can choose their partners,") == "person:matthew-miller"


def test_a_title_case_theme_is_a_name_not_a_quotation():
    body = "Anwar Ibrahim said Malaysia would adopt 'Inclusivity and Sustainability' as the theme of its year."
    assert all(text != "Inclusivity and Sustainability" for text, _ in _quotes(body))


def test_the_last_speech_verb_of_a_lead_in_introduces_the_quotation():
    body = ('U.S. President Tom Hale spoke on Tuesday. On Wednesday, asked again, he said: "We are with them all '
            'the way."')
    assert dict(_quotes(body)).get("We are with them all the way.") == "person:tom-hale"


def test_a_relative_clause_whose_subject_is_a_summit_speaks_for_the_body():
    body = _SUMMIT + ("The text dropped any reference to Ukraine's membership, which last year's summit had called "
                      "\u201cirreversible.\u201d")
    assert dict(_quotes(body)).get("irreversible.") == "org:nato"


def test_a_listed_first_name_and_a_surname_make_a_person_and_roles_are_cut():
    keys = {m.entity_key for m in extract_facts("Patrols start in Joe Biden's home town of Wilmington.").mentions}
    assert "person:joe-biden" in keys
    roles = {p.entity_key: p.role for p in extract_facts(
        "In Lima, opposition presidential candidate Javier Milei said no. Kyaw Zaw, a spokesman for the president's "
        "office of the National Unity Government, said yes. An arrangement has kept military leader Min Aung Hlaing "
        "away.").participants}
    assert roles.get("person:javier-milei") == "opposition presidential candidate"
    assert roles.get("person:kyaw-zaw") == "spokesman"
    assert roles.get("person:min-aung-hlaing") == "military leader"


# --- speed (same results, less work) ----------------------------------------------------------------------------

def test_quote_span_search_skips_to_marks_with_the_same_spans():
    def char_by_char(body: str) -> list[tuple[int, int]]:  # the round-5 loop, one character at a time
        spans, pos, size = [], 0, len(body)
        while pos < size:
            char, before = body[pos], body[pos - 1] if pos else " "
            if char in "\u201c\"":
                close = body.find("\u201d" if char == "\u201c" else '"', pos + 1)
                nxt = body.find("\n\n", pos + 1)
                if close != -1 and (nxt == -1 or close < nxt):
                    spans.append((pos, close))
                    pos = close + 1
                    continue
            elif char in "\u2018'" and (before.isspace() or before in "(\u2014") and pos + 1 < size \
                    and body[pos + 1].isalpha():
                close = _single_quote_close(body, pos + 1, size)
                if close != -1:
                    spans.append((pos, close))
                    pos = close + 1
                    continue
            pos += 1
        return spans

    for body in ("He said \u201cyes\u201d and 'no' then \"maybe\".", "it's 'a' \u2018b\u2019", "''", "\"open",
                 "(\u2018Quoted\u2019) \u2014'dash' and \"a\n\nb\"", _SUMMIT * 3):
        assert find_quote_spans(body) == char_by_char(body)


def test_the_precomputed_fast_triggers_match_the_catalogue():
    assert [frame for frame, _ in _CATALOGUE_FAST] == list(CATALOGUE)
    for frame, fast in _CATALOGUE_FAST:
        assert (fast is None) == (fast_pattern(frame.trigger) is frame.trigger)


def test_analysis_of_a_dateline_with_a_colon_names_the_city():
    an = analyse("JOHANNESBURG: Leaders met.")
    assert [f.key for f in an.found if f.kind == "city"] == ["city:johannesburg"]


def test_the_summits_text_restating_a_position_and_urging_and_an_earlier_act():
    body = ("ASEAN leaders ended their summit in Jakarta on Friday, urging an immediate end to the fighting. In a "
            "statement, the bloc said the Five-Point Consensus, agreed with the junta in April 2021, remained its "
            "'main reference' for the crisis.")
    facts = _facts(body)
    assert ("decision", "decision:org:asean:restate") in facts
    assert any(key.startswith("reaction:org:asean:call-for-immediate-end") for _, key in facts)
    assert not any(":agree-" in key for _, key in facts)  # the 2021 agreement is not this summit's act
