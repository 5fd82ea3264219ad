"""The English attribution extractor: span identity on real text, score floors, small shapes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.extract import extract, result_json
from kg.extract.en import extract_en
from kg.models import Article, Statement
from loaders import LoadError, load_paths
from tests.conftest import shared_scorer

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = SHARED / "corpus"
needs_shared = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared corpus not available")

# A little under what the extractor achieves, so that a regression fails.
FLOORS = {
    "en-ggt": {"f1": 0.86, "strict": 0.79, "speaker": 0.91},
    # PolNeAR's gold speaker is the phrase as written: each statement's speaker carries its mention as an alias
    "en-polnear-dev": {"f1": 0.65, "strict": 0.61, "speaker": 0.90},
}


def run(text: str) -> list[Statement]:
    return extract_en(Article(text=text, language="en"))


def one(text: str) -> Statement:
    found = run(text)
    assert len(found) == 1, [s.content for s in found]
    return found[0]


def _articles(name: str) -> list[Article]:
    return [a for a in load_paths([str(CORPUS / name)]) if not isinstance(a, LoadError)]


@needs_shared
@pytest.mark.parametrize("name", ["en-ggt", "en-polnear-dev"])
def test_every_content_is_the_text_at_its_span(name: str) -> None:
    articles = _articles(name)
    assert articles
    for art in articles:
        for s in extract_en(art):
            assert art.text[s.span[0]:s.span[1]] == s.content
            assert s.article_id == art.id




@needs_shared
@pytest.mark.parametrize("name", sorted(FLOORS))
def test_scores_stay_above_floor(name: str) -> None:
    scorer = shared_scorer()
    preds = [json.loads(json.dumps(result_json(extract(a)))) for a in _articles(name)]
    gold = scorer.load_jsonl(str(SHARED / "gold" / f"{name}.jsonl"))
    res = scorer.score(gold, preds, 0.5)
    floor = FLOORS[name]
    assert res["statements"]["f1"] >= floor["f1"]
    assert res["strict"]["f1"] >= floor["strict"]
    assert res["speaker_accuracy"] >= floor["speaker"]


def test_quote_then_speaker_after_comma() -> None:
    s = one('"We will rebuild the bridge by spring," Mayor Anna Berg said.')
    assert s.content == '"We will rebuild the bridge by spring,"'
    assert s.speaker.name == "Anna Berg"
    assert s.speaker.role == "Mayor"
    assert s.quote_type == "direct"
    assert s.cue == "said"


def test_split_quote_gives_two_statements_of_one_speaker() -> None:
    text = ('Maria Lopez runs the shelter. "We are full every night," she said. '
            '"Nobody should sleep outside in this cold."')
    found = run(text)
    assert [s.content for s in found] == ['"We are full every night,"', '"Nobody should sleep outside in this cold."']
    assert {s.speaker.name for s in found} == {"Maria Lopez"}
    assert found[0].resolved_from == "she"


def test_according_to() -> None:
    s = one("The plant will close in March, according to a company spokesperson.")
    assert s.content == "The plant will close in March"
    assert s.speaker.kind == "group"
    s = one("According to the Ministry of Health, 40 cases were reported on Monday.")
    assert s.content == "40 cases were reported on Monday"
    assert s.speaker.kind == "organization"


def test_indirect_without_that_marker_and_with_that() -> None:
    s = one("Lonechild said she started her work with police because of her own life.")
    assert s.content == "she started her work with police because of her own life"
    assert s.quote_type == "indirect"
    s = one("Officials said that the border would reopen next week.")
    assert s.content == "that the border would reopen next week"  # annotators keep the complementiser
    assert s.speaker.kind == "group"


def test_pronoun_resolves_to_latest_compatible_person() -> None:
    text = ("Brian Hemming met Anna Kowal on Friday. Mr. Hemming said the deal was fair. "
            '"It is a good day for the town," he said.')
    found = run(text)
    assert [s.speaker.name for s in found] == ["Brian Hemming", "Brian Hemming"]
    assert found[1].resolved_from == "he"


def test_title_is_split_from_name() -> None:
    s = one("Foreign Minister Wang Yi said the talks had been useful.")
    assert s.speaker.name == "Wang Yi"
    assert s.speaker.role == "Foreign Minister"
    assert "Foreign Minister Wang Yi" in s.speaker.aliases


def test_surname_uses_fullest_name_in_article() -> None:
    text = "Darian Lonechild is new to advocacy work.\n\nLonechild said she is hopeful for the future."
    s = one(text)
    assert s.speaker.name == "Darian Lonechild"
    assert "Lonechild" in s.speaker.aliases


def test_hedge_marks_speculation() -> None:
    s = one("Analysts said the central bank could raise rates again in June.")
    assert s.modality == "speculation"
    assert "could" in s.hedges
    s = one("Analysts said the central bank raised rates in June.")
    assert s.modality == "assertion"


def test_outlet_relay_becomes_via() -> None:
    found = run("Reuters reported that officials said the talks had collapsed.")
    inner = [s for s in found if s.speaker.name == "officials"]
    assert inner and [o.name for o in inner[0].via] == ["Reuters"]
    assert inner[0].content == "the talks had collapsed"


def test_multi_paragraph_quote_goes_to_one_speaker_paragraph_by_paragraph() -> None:
    text = '"The first part goes on and on.\n\n"And the second part ends it," said Tom Reid.'
    found = run(text)
    assert [s.content for s in found] == ['"The first part goes on and on.', '"And the second part ends it,"']
    assert {s.speaker.name for s in found} == {"Tom Reid"}
    assert {s.quote_type for s in found} == {"direct"}


def test_mixed_quote_type() -> None:
    s = one('She said police were responsive and "very committed" to the work, Jane Doe wrote.')
    assert s.quote_type in ("mixed", "indirect")


def test_appositive_gives_role_and_continuation_keeps_speaker() -> None:
    text = ('Joe Neal, a county commissioner in Kent County, said the photo "misrepresents the school" '
            'and added: "I promise you, those people got talked to."')
    found = run(text)
    assert [s.speaker.name for s in found] == ["Joe Neal", "Joe Neal"]
    assert found[0].speaker.role == "a county commissioner in Kent County"
    assert found[0].quote_type == "mixed"
    assert found[1].content == '"I promise you, those people got talked to."'


def test_quote_then_inverted_speaker_with_role() -> None:
    s = one('"Nobody saw it coming," said Luis Rubio, who heads a research centre in Mexico City.')
    assert s.speaker.name == "Luis Rubio"
    assert s.content == '"Nobody saw it coming,"'


def test_transcript_labels() -> None:
    text = "WALLACE: Will she be there tomorrow?\n\nPENCE: She will not be attending the debate.\n\n" \
           "WALLACE: Thank you, governor.\n\nPENCE: Thank you."
    found = run(text)
    assert [s.speaker.name.lower() for s in found][:2] == ["wallace", "pence"]
    assert found[1].content == "She will not be attending the debate"


def test_hostile_input_never_raises() -> None:
    for text in ["", '"', '"""', "said said said", "“unclosed quote, he said", "\n\n\n", "According to"]:
        for s in run(text):
            assert text[s.span[0]:s.span[1]] == s.content


def test_intentions_and_demands_are_attributed() -> None:
    s = one("The governor wants to triple the size of the program by 2020.")
    assert (s.speaker.name, s.cue, s.content) == ("The governor", "wants", "to triple the size of the program by 2020")
    s = one("Senator Jane Roe called for an independent inquiry into the contracts.")
    assert s.speaker.name == "Jane Roe" and s.content == "an independent inquiry into the contracts"


def test_a_noun_that_looks_like_an_object_cue_is_not_one() -> None:
    assert run("The Liberal plan was spread across 32 different departments and agencies.") == []


def test_signed_quotation_paragraph() -> None:
    s = one("“Nothing he says matters to the people I know in this town.” ― Karen Bobadilla, a nurse")
    assert s.speaker.name == "Karen Bobadilla" and s.quote_type == "direct"
    assert s.content.startswith("“Nothing") and s.content.endswith("town.”")


def test_naming_verb_attributes_the_quoted_word() -> None:
    s = one("Michelle Rempel called the minister “chicken” on Twitter.")
    assert s.speaker.name == "Michelle Rempel" and s.content == "the minister “chicken”"


def test_naming_verb_with_a_pronoun_object_attributes_the_name_given() -> None:
    found = run("Dana Holt said the bylaw was rushed. She now calls it a costly mistake for the whole city. "
                "The mayor described herself as “deeply frustrated” by the vote.")
    got = {(s.speaker.name, s.cue, s.content) for s in found}
    assert ("Dana Holt", "calls", "a costly mistake for the whole city") in got
    assert any(c == "described" and t == "“deeply frustrated”" for _, c, t in got)


def test_a_cue_restating_its_own_speakers_statement_gives_one_statement() -> None:
    s = one("Nora Blake said she believes the new bridge will be finished by spring.")
    assert s.cue == "said" and s.content == "she believes the new bridge will be finished by spring"


def test_a_belief_or_plan_told_inside_a_statement_is_the_tellers_claim() -> None:
    s = one("Ana Ruiz said the union plans to meet the owners early in the new year.")
    assert s.speaker.name == "Ana Ruiz" and s.content == "the union plans to meet the owners early in the new year"
    s = one("Inspector Paul Dray said investigators believe the driver fled on foot.")
    assert s.speaker.name == "Paul Dray" and s.content.startswith("investigators believe")


def test_words_after_told_that_name_the_listener_are_no_statement() -> None:
    s = one("“The roof has leaked for years,” Mara Quinn told CBC Radio host Tom Berry.")
    assert s.speaker.name == "Mara Quinn" and s.content == "“The roof has leaked for years,”"
    s = one("“We ran for the stairs,” Joel Otieno told Reuters outside the station.")
    assert s.content == "“We ran for the stairs,”"


def test_read_more_link_lines_are_no_statements() -> None:
    text = ("The rail line reopened on Friday.\n\n"
            "READ MORE: Provincial budget won’t be balanced until 2040, Finance Department says\n\n"
            "Crews worked through the night.")
    assert run(text) == []


def test_naming_verb_without_a_name_given_is_no_statement() -> None:
    text = "Omar Reyes called it quits on Monday. Lena Park called him on Thursday. Ravi Das called them back."
    assert run(text) == []


def test_the_name_is_the_name_and_the_appositive_phrase_only_an_alias_of_the_statement() -> None:
    s = one("Len Burman, head of the centrist Tax Policy Center, said the plan would cost $3 trillion.")
    assert s.speaker.name == "Len Burman"
    assert "Len Burman, head of the centrist Tax Policy Center" in s.speaker.mentions
    assert s.speaker.id == one("Len Burman said the plan would cost $3 trillion.").speaker.id
    s = one("Sen. Lindsey Graham said the bill would pass.")
    assert s.speaker.name == "Lindsey Graham"


def test_hedges_mark_speculation_only_when_they_qualify_the_claim() -> None:
    s = one("The minister said the talks could collapse next week.")
    assert s.modality == "speculation" and s.hedges == ["could"]
    s = one("The minister said a possible visit to Beijing was discussed on Monday.")
    assert s.modality == "assertion" and s.hedges == []
    s = one("Analysts said the deal is likely to fail before the summer.")
    assert s.hedges == ["likely"]


def test_inverted_speaker_appositive_is_not_content() -> None:
    s = one("Ticket sales doubled over the winter, said Ada Moreno, owner and founder of the cinema.")
    assert s.speaker.name == "Ada Moreno"
    assert s.content == "Ticket sales doubled over the winter"


def test_absolute_phrase_after_cue_is_not_content() -> None:
    found = run('Rosa Dunn lost her brother. "He was my hero," she said, her voice breaking.')
    assert [s.content for s in found] == ['"He was my hero,"']


def test_clause_before_inverted_cue_is_not_an_appositive_of_the_speaker() -> None:
    s = one("Two guards and a driver were among the injured, said police Chief Omar Haddad.")
    assert s.speaker.name == "Omar Haddad"
    assert s.content == "Two guards and a driver were among the injured"


def test_place_after_cue_modifier_is_skipped() -> None:
    s = one("Ella Price said in Dayton, Ohio, that the plant would stay open.")
    assert s.content == "that the plant would stay open"


def test_aside_cue_keeps_the_main_clause_but_not_a_trailing_subordinate() -> None:
    s = one("The new plan, Mayor Ruth Ames said, is cheaper than the old one.")
    assert s.content == "The new plan, Mayor Ruth Ames said, is cheaper than the old one"
    s = one("Some people are spreading fear about the plan, Ruth Ames said, though she named nobody.")
    assert s.content == "Some people are spreading fear about the plan"


def test_opening_adverbial_before_subject_of_and_said() -> None:
    found = run("In a radio interview on Friday, Finance Minister Lena Holt praised the deal "
                "and said she did not expect prices to rise.")
    said = [s for s in found if s.cue == "said"]
    assert said and said[0].speaker.name == "Lena Holt"
    assert said[0].content == "she did not expect prices to rise"


def test_title_with_a_cue_word_inside_is_a_title() -> None:
    s = one("U.S. Secretary of State Ann Cole said the embassy would reopen.")
    assert s.speaker.name == "Ann Cole"


def test_modifier_before_a_pronoun_clause_and_gerund_subject() -> None:
    s = one("Omar Ali said in his annual address he was ready to resign.")
    assert s.content == "he was ready to resign"
    s = one("Coach Dana Wirth said getting her top scorer back was a big relief.")
    assert s.content == "getting her top scorer back was a big relief"
    assert run("Coach Dana Wirth said during the break.") == []


def test_according_to_any_source_phrase() -> None:
    s = one("About 400 families live in the valley, according to census figures released last year.")
    assert s.content == "About 400 families live in the valley"
    assert s.speaker.name == "census figures released last year"
    s = one("According to a report published in May, the river was never cleaned.")
    assert s.content == "the river was never cleaned"
    assert run("The town grew, according to him.") == []


def test_possessive_role_appositive_and_clause_before_that() -> None:
    s = one("Dr. Ines Kaur, Ontario's chief coroner, says it's been clear for years that the rules fail.")
    assert s.speaker.name == "Ines Kaur"
    assert s.content == "it's been clear for years that the rules fail"


def test_question_quote_then_speaker_stays_one_sentence() -> None:
    found = run('Nora Blake runs the shelter. "Where will they sleep tonight?" Blake said.')
    assert [(s.content, s.cue, s.speaker.name) for s in found] == [
        ('"Where will they sleep tonight?"', "said", "Nora Blake")]


def test_told_with_an_unknown_addressee() -> None:
    s = one("Mira Tan told the host, “the budget is a fantasy.”")
    assert s.content == "“the budget is a fantasy.”"
    s = one("Mira Tan told followers in a late-night post she would run again.")
    assert s.content == "she would run again"
    assert run("Mira Tan told host Sam Reed.") == []
    assert run("Mira Tan told everyone outside the hall.") == []
    s = one("Mira Tan told the staff never to speak to the press.")
    assert s.content == "the staff never to speak to the press"


def test_documents_with_participle_phrases_are_sources() -> None:
    s = one("A statement released by the city on Friday said the pool would stay closed.")
    # the document speaks for its issuer; the phrase as written stays among the names
    assert s.speaker.name == "the city" and "A statement released by the city on Friday" in s.speaker.aliases
    assert s.content == "the pool would stay closed"
    s = one("The report said the river was never cleaned.")
    assert s.speaker.name == "The report"
    assert run("Authorities announced on Friday the arrest of a man.") == []


def test_a_cue_word_after_a_determiner_is_a_noun() -> None:
    found = run("The former secretary of state met voters in Ohio on Monday.")
    assert found == []


def test_a_quote_alone_continues_an_organisation() -> None:
    found = run('"Crews are out across the island," the utility said.\n\n"Some areas will wait days for power."')
    assert [(s.content, s.speaker.name) for s in found] == [
        ('"Crews are out across the island,"', "the utility"),
        ('"Some areas will wait days for power."', "the utility")]


def test_party_tags_places_and_possessors_are_not_speakers() -> None:
    s = one("Rep. Ada Lowe, D-Calif., the incoming chairwoman, said her office is drafting a bill.")
    assert s.speaker.name == "Ada Lowe"
    s = one("Tom Reyes, a mechanic in Kansas City, Mo., and a union organizer, said the cold breaks parts.")
    assert s.speaker.name == "Tom Reyes"
    found = run('"Mixing the drugs is risky," says Dr. Lea Moss, Nova Scotia\'s chief examiner. '
                '"We see it in the morgue."')
    assert [s.speaker.name for s in found] == ["Lea Moss", "Lea Moss"]


def test_a_contraction_is_no_speaker() -> None:
    found = run("“We’re going to do our job,” said Rep. Jim Cole, D-Mass., the chairman, vowing to pass a bill.")
    assert {s.speaker.name for s in found} == {"Jim Cole"}


def test_questions_are_flagged() -> None:
    s = one('"Where will they sleep tonight?" Nora Blake asked.')
    assert s.question and not s.denial
    s = one("Nora Blake asked whether the shelter would stay open.")
    assert s.content == "whether the shelter would stay open" and s.question
    s = one("Nora Blake said the shelter would stay open.")
    assert not s.question and not s.denial


def test_denials_are_flagged() -> None:
    s = one("The minister denied that she had misled the committee.")
    assert s.denial and not s.question
    s = one('"The allegations in this morning\'s story are false," Ana Ruiz said.')
    assert s.denial
    s = one("Ana Ruiz said she never said the plant would close.")
    assert s.denial
    s = one("Ana Ruiz said she did not know about the payments.")
    assert s.denial
    s = one("Ana Ruiz rejected the allegations as baseless.")
    assert s.denial
    # a negative statement is not a denial; rejecting a proposal is not denying a claim
    assert not one("Ana Ruiz said she did not think the plant would close.").denial
    assert not one("Ana Ruiz said the plan did not work.").denial


def test_medium_between_cue_and_clause() -> None:
    s = one("Roman, a tour operator, said by text message the weather had been fine.")
    assert (s.speaker.name, s.content) == ("Roman", "the weather had been fine")
    s = one("Ana Ruiz said in a statement the company would appeal.")
    assert s.content == "the company would appeal"
    assert run("Michael Chong said in an interview this summer.") == []


def test_a_pronoun_finds_a_recent_subject_of_unknown_gender() -> None:
    filler = "The program began in 2016 and grew over three years across four provinces and many towns. " * 3
    text = ('"We need more help," Dana Fisk said.\n\nImmigration lawyer Ronalee Carey works with refugees. '
            + filler + '"They cannot pay the fees," she said.')
    found = run(text)
    assert [s.speaker.name for s in found] == ["Dana Fisk", "Ronalee Carey"]
    found = run("Unlike Patriot, the firm grew. Multiple IPs sent threats. Kim Lee said the group is the same.")
    assert {s.speaker.name for s in found} == {"Kim Lee"}


def test_a_document_speaks_for_its_issuer() -> None:
    s = one("A statement from the EU said the detention was arbitrary.")
    assert s.speaker.name == "EU" and "A statement from the EU" in s.speaker.aliases
    s = one("A statement released by the Prime Minister's Office said the leaders discussed trade.")
    assert s.speaker.name == "Prime Minister's Office"
    s = one("The union's Friday release said the workers would be represented.")
    assert s.speaker.name.lower() == "the union"
    found = run("Premier Ana Ruiz spoke on Monday. Her statement said the plan would go ahead.")
    assert [(f.speaker.name, f.resolved_from) for f in found] == [("Ana Ruiz", "Her statement")]
    found = run("The parole board decision said he was not a danger. It also said he had behaved well.")
    assert [f.speaker.name for f in found] == ["The parole board", "The parole board"]
    s = one("The report said the river was never cleaned.")
    assert s.speaker.name == "The report"


def test_a_role_with_prepositions_before_a_lower_case_title_and_name() -> None:
    s = one("Former Bank of Canada governor David Dodge said the stimulus was oversold.")
    assert s.speaker.name == "David Dodge" and "governor" in (s.speaker.role or "")
    s = one("University of the Fraser Valley political scientist Hamish Telford said the method is old.")
    assert s.speaker.name == "Hamish Telford"
    s = one("A spokesperson for Health Canada said the rules would change.")
    assert s.speaker.name == "A spokesperson for Health Canada"


def test_a_complement_opening_with_a_subordinate_clause_or_an_amount() -> None:
    s = one("Eric Stubbs said as police entered the camp, one person locked himself to a gate.")
    assert s.content == "as police entered the camp, one person locked himself to a gate"
    s = one("Marie Howell says about 550 students attend the school.")
    assert s.content == "about 550 students attend the school"
    assert run("Marie Howell said as much.") == []
    assert run("Marie Howell spoke while the crowd waited.") == []


def test_cue_trie_regex_matches_like_the_plain_alternation() -> None:
    import re

    from kg.extract.en_lex import CUE_FORMS
    from kg.text import trie_regex

    words = sorted(CUE_FORMS, key=len, reverse=True)
    plain = re.compile(rf"\b(?:{'|'.join(map(re.escape, words))})\b")
    trie = re.compile(rf"\b(?:{trie_regex(words)})\b")
    text = ("She said the talks had stalled, he says; they were saying it, called for calm, calls on "
            "the council, told reporters, tells, telling, added and adds, but sayings and callers are not cues.")
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert len(list(trie.finditer(text))) >= 10


def test_a_participle_cue_takes_a_clause_but_not_a_plain_object() -> None:
    found = run("The mayor announced the closure on Monday, saying the budget needs another review.")
    assert [s.content for s in found][-1] == "the budget needs another review"
    assert found[-1].speaker.name == "The mayor" or "mayor" in found[-1].speaker.name.lower()
    found = run("Ana Ruiz stood by the gate, saying goodbye to the last visitors.")
    assert all("goodbye" not in s.content for s in found)


def test_a_bare_weekday_after_the_cue() -> None:
    s = one("The new bridge will open in the spring, an engineer said Monday.")
    assert s.content == "The new bridge will open in the spring" and s.speaker.name == "an engineer"
    s = one("Ana Ruiz said Thursday evening one person was hurt.")
    assert s.content == "one person was hurt"


def test_a_person_noun_with_a_participle_phrase_is_a_speaker() -> None:
    s = one("Tenants evicted last spring said that the repairs were never done.")
    assert s.speaker.name == "Tenants evicted last spring" and s.content.startswith("that the repairs")
    s = one("An engineer cited in the audit said the bridge needs new cables.")
    assert s.speaker.name == "An engineer cited in the audit"
    s = one("The bridge was closed to all traffic, a security professional present during the inspection "
            "told Reuters.")
    assert s.content == "The bridge was closed to all traffic"
    found = run("Officials announced on Friday the closure of the bridge.")
    assert all("Officials announced" not in s.speaker.name for s in found)


def test_an_embedded_post_signed_with_a_handle_and_date() -> None:
    text = ("The storm knocked out power across the island.\n\n"
            "Crews are working through the night on the worst-hit lines. Thanks for your patience! #StormWatch "
            "pic.twitter.com/AbC123 — Island Power (@islandpower) March 3, 2019\n\n"
            "\u201cIt was a long night,\u201d Dana Smith said. \u201cWe are all tired but safe now.\u201d")
    found = run(text)
    post = next(s for s in found if s.speaker.name == "Island Power")
    assert post.content == "Crews are working through the night on the worst-hit lines. Thanks for your patience"
    assert text[post.span[0]:post.span[1]] == post.content
    assert all(s.speaker.name == "Dana Smith" for s in found if s is not post)


def test_according_to_between_subject_and_predicate() -> None:
    found = run("Local farmers, according to the regional survey, are worried about the early frost.")
    assert [s.content for s in found] == ["Local farmers", "are worried about the early frost"]
    assert {s.speaker.name for s in found} == {"the regional survey"}
    found = run("Lily Chen, according to her lawyer, a former judge, will appeal.")
    assert all(not s.content.startswith("a former judge") for s in found)


def test_a_name_that_is_also_a_month_or_a_modal() -> None:
    s = one("On Tuesday, Ms. May said a time limit on the plan could be a solution.")
    assert s.speaker.name == "May" and s.content == "a time limit on the plan could be a solution"
    s = one("Prime Minister Theresa May said the talks would go on.")
    assert s.speaker.name == "Theresa May"


def test_a_thousands_comma_is_no_clause_break() -> None:
    found = run("The index rose to 7,108.82 as the minister and the union agreed to more talks.")
    assert all(not s.content.endswith("to 7") for s in found)


def test_a_section_label_opens_a_sentence_but_a_link_label_does_not() -> None:
    s = one("Markets were calm.\n\nEARNINGS: Acme Electronics Co. said it posted a small drop in profit.")
    assert s.speaker.name.startswith("Acme") and s.content == "it posted a small drop in profit"
    assert run("Markets were calm.\n\nWATCH: Mayor says the budget is balanced") == []


def test_a_quote_attributed_with_according_to_and_a_but_said_clause() -> None:
    found = run('"The system is not working for anyone," according to Dr. Ana Ruiz, a family doctor. '
                '"In fact, it is getting worse."')
    assert [s.content for s in found] == ['"The system is not working for anyone,"', '"In fact, it is getting worse."']
    assert {s.speaker.name for s in found} == {"Ana Ruiz"}
    s = one('In a statement, the ministry gave no details about the case, but said "the law was followed."')
    assert s.content == '"the law was followed."' and s.speaker.name == "the ministry"


def test_a_repeated_link_label_is_no_transcript_speaker() -> None:
    text = ("The park plan drew criticism.\n\nWATCH BELOW: The minister is firing back at critics of the plan.\n\n"
            "The sessions were cancelled.\n\nWATCH BELOW: Upcoming sessions have been cancelled amid complaints.")
    assert all(s.speaker.name.lower() != "watch below" for s in run(text))


def test_a_later_cue_with_its_own_pronoun_subject_ends_the_content() -> None:
    found = run("Judge Ana Ruiz said she was reluctant to fine the charity, she believed the board had acted badly.")
    assert [s.content for s in found] == ["she was reluctant to fine the charity", "the board had acted badly"]
    s = one("Kevin Vickers said that if he decides to run, he would hope to heal old rifts.")
    assert s.content == "that if he decides to run, he would hope to heal old rifts"


def test_the_speaker_phrase_as_written_is_among_the_mentions() -> None:
    s = one('"The bridge will open in May," said Ana Ruiz, head of the regional transit board, on Friday.')
    assert s.speaker.name == "Ana Ruiz"
    assert {"Ana Ruiz, head of the regional transit board"} <= set(s.speaker.mentions)
    found = run("Mayor Tom Hale spoke first. The mayor said the budget was balanced.")
    assert found[-1].speaker.name == "Tom Hale" and "The mayor" in found[-1].speaker.mentions
    s = one("Tom Hale, 64, a retired teacher, said the school had been neglected for years.")
    assert "Tom Hale, 64, a retired teacher" in s.speaker.mentions


def test_a_poll_or_study_shows_its_finding_without_that() -> None:
    s = one("The latest county poll showed the mayor trailing by four points.")
    assert s.content == "the mayor trailing by four points" and s.cue == "showed"
    s = one("One study found most small farms would pay less under the plan.")
    assert s.content == "most small farms would pay less under the plan"
    assert run("The old barn showed signs of rot after the storm.") == []


def test_a_relative_that_after_the_object_is_no_complement() -> None:
    assert run("The council announced a levy that echoed an older tax on barges.") == []
    s = one("The mayor proposed a bridge toll that would pay for the ferry.")
    assert s.content == "a bridge toll that would pay for the ferry"
    s = one("Ana Ruiz told the board on Monday that the ferry would run late.")
    assert s.content == "that the ferry would run late"


def test_a_share_of_those_polled_speaks_as_a_group() -> None:
    s = one("Nearly six of 10 farmers say the levy is too high.")
    assert s.speaker.name == "Nearly six of 10 farmers" and s.speaker.kind == "group"
    assert s.content == "the levy is too high"
    s = one("However, 41 percent said the ferry should stay.")
    assert s.speaker.name == "41 percent" and s.content == "the ferry should stay"
    assert one("The board said 40 percent of its ferries would stop.").speaker.name == "The board"


def test_a_transcript_turn_belongs_to_its_label_not_to_a_quote_running_over_it() -> None:
    text = ('Ana Ruiz spoke with Mayor Tom Hale.\n\n"RUIZ: Will the ferry run on Sunday?\n\n'
            '"HALE: Well, the council thinks this is an episode of “Ferry Wars.” But the ferry will run, and —.\n\n'
            '"(CROSSTALK.)\n\n"RUIZ: If I may, sir. Is the bridge plan finished?\n\n'
            '"HALE: The bridge plan is finished and goes to council.')
    found = run(text)
    assert all(not s.content.startswith(('"RUIZ', '"HALE', '"(')) for s in found), [s.content for s in found]
    assert {s.speaker.name for s in found} == {"Ana Ruiz", "Tom Hale"} and len(found) == 4


def test_subjects_with_a_cue_word_as_modifier_a_dotted_acronym_and_a_no_clause() -> None:
    s = one("Federal and state officials said the ferry had been inspected twice.")
    assert s.speaker.name == "Federal and state officials" and s.content == "the ferry had been inspected twice"
    assert one("The F.A.A. said it would review the ferry permits.").speaker.name == "F.A.A."
    s = one("A lawyer for the town, Ana Ruiz, said no decision had been made.")
    assert s.speaker.name == "Ana Ruiz" and s.content == "no decision had been made"
    assert run("He said no when reporters asked about the ferry.") == []
    s = one('Asked about the toll, Hale said, "We will not raise it."')
    assert s.content == '"We will not raise it."'


def test_adding_after_a_quote_attributed_before_it_continues_the_speaker() -> None:
    found = run('"The ferry is safe," the mayor said, adding that it would run "as usual" on Sunday.')
    assert [(s.speaker.name, s.content) for s in found] == [
        ("the mayor", '"The ferry is safe,"'), ("the mayor", 'that it would run "as usual" on Sunday')]


def test_unnamed_groups_and_roles_as_speakers() -> None:
    s = one("Those familiar with the plan say the bridge will open in May.")
    assert s.speaker.name == "Those familiar with the plan" and s.content == "the bridge will open in May"
    s = one("Elected officials from both parties say the toll is too high.")
    assert s.speaker.kind == "group" and s.content == "the toll is too high"
    s = one('As the bell rang, the announcer said, "The race is on."')
    assert s.speaker.name == "the announcer" and s.content == '"The race is on."'
    assert run("Ana Ruiz generally supported Democrats in the town, and worked hard.") == []


def test_called_an_object_a_name_or_a_judging_adjective() -> None:
    s = one("The council called the charges unfounded and driven by rivals.")
    assert s.cue == "called" and s.content == "the charges unfounded and driven by rivals"
    assert one("Ana Ruiz called Tom Hale a liar.").content == "Tom Hale a liar"
    assert run("The mayor called the meeting to order.") == []
    assert run("Tom Hale called the police in a panic.") == []


def test_a_time_after_the_cue_or_a_programme_title_before_it_is_no_content() -> None:
    s = one('"The toll stays," Ana Ruiz said last week.')
    assert s.content == '"The toll stays,"'
    s = one('"It is a fair toll," Hale told Tom Reed of City Radio this week.')
    assert s.content == '"It is a fair toll,"'
    s = one('In an interview on City Radio\'s "Morning Talk," Ana Ruiz said the toll would stay.')
    assert s.content == "the toll would stay"
    s = one('On Sunday\'s edition of "Town Hall," Ana Ruiz said the toll would stay.')
    assert s.content == "the toll would stay"


def test_a_cue_after_went_on_to_or_continued_to() -> None:
    s = one("Ana Ruiz went on to explain how the toll would pay for the ferry.")
    assert s.cue == "explain" and s.content == "how the toll would pay for the ferry"
    s = one("Small groups of residents continued to call for a new ferry.")
    assert s.speaker.name == "Small groups of residents" and s.content == "a new ferry"


def test_a_claim_named_by_a_noun_with_its_owner() -> None:
    found = run("The council rejected Tom Hale's claim that the ferry had lost money every year, which surprised many.")
    claim = [s for s in found if s.cue == "claim"]
    assert len(claim) == 1 and claim[0].speaker.name == "Tom Hale"
    assert claim[0].content == "that the ferry had lost money every year"
    assert "Tom Hale's" in claim[0].speaker.mentions
    assert all(s.cue != "claim" for s in run("The claim that was filed in May is still open."))


def test_an_object_ends_before_a_clause_about_a_named_person_or_a_participle_phrase() -> None:
    s = one("The mayor cited criticism of Ana Ruiz, who took heat for the ferry toll.")
    assert s.content == "criticism of Ana Ruiz"
    s = one("Residents continued to call for a new ferry, marching through the streets.")
    assert s.content == "a new ferry"
    s = one("Tom Hale accused Ana Ruiz, who runs the ferry, of raising the toll.")
    assert s.content == "Ana Ruiz, who runs the ferry, of raising the toll"


def test_endorse_and_attack_are_attributions_and_who_stands_for_the_name_before_it() -> None:
    found = run("Mayor Tom Hale endorses Ana Ruiz, who says she is honored by the support.")
    assert ("Ana Ruiz", "she is honored by the support") in [(s.speaker.name, s.content) for s in found]
    s = one("Tom Hale attacked the ferry plan as a waste of money.")
    assert s.cue == "attacked" and s.content == "the ferry plan as a waste of money"
    s = one("An officer present during the attack said the doors were locked.")
    assert s.speaker.name == "An officer present during the attack"


def test_a_description_after_the_name_is_no_name_and_the_surface_form_keeps_titles() -> None:
    s = one("Rep. Ana Ruiz, the top Democrat on the transit committee, said the toll was unfair.")
    assert s.speaker.name == "Ana Ruiz"
    assert "Rep. Ana Ruiz, the top Democrat on the transit committee" in s.speaker.mentions
    assert one("Senator Tom Hale, Democrat of Ohio, said the toll was unfair.").speaker.name == "Tom Hale"
    s = one("Tom Hale, a developer who introduced Mr. Reed to the bank, said the deal was sound.")
    assert "Tom Hale, a developer who introduced Mr. Reed to the bank" in s.speaker.mentions


def test_a_second_speaker_after_and_ends_the_first_content() -> None:
    found = run("Ana Ruiz stressed that the toll was fair, and local business groups warned that it would hurt trade.")
    assert [(s.speaker.name, s.content) for s in found] == [
        ("Ana Ruiz", "that the toll was fair"), ("local business groups", "that it would hurt trade")]


def test_the_subject_of_an_opening_subordinate_clause_speaks_only_up_to_the_main_clause() -> None:
    text = ('Ana Ruiz said the ferry would run. Although the union has claimed that the ferry is unsafe, '
            'the board is not worried. "We checked every boat," she said.')
    found = run(text)
    union = [s for s in found if s.speaker.name == "the union"]
    assert [s.content for s in union] == ["that the ferry is unsafe"]
    assert found[-1].speaker.name == "Ana Ruiz"
    assert run("If many voters expect lower tolls, the board will have a problem.") == []


def test_a_time_between_subject_and_cue_a_study_by_someone_and_an_opening_preposition() -> None:
    s = one("The ferry company just this month announced it would cut the toll.")
    assert s.speaker.name == "The ferry company" and s.content == "it would cut the toll"
    s = one("A 2019 study by transit researcher Ana Ruiz found 31 ferries running late every week.")
    assert s.cue == "found" and s.content == "31 ferries running late every week"
    assert "A 2019 study by transit researcher Ana Ruiz" in s.speaker.mentions
    s = one("Along with the toll dispute, the council this month rejected a request to extend the ferry route.")
    assert s.speaker.name == "council" or s.speaker.name.endswith("council")
    s = one('Following a short meeting, the council issued a statement calling the toll "a fair price".')
    assert s.speaker.name.endswith("council") and s.cue == "calling"


def test_a_possessive_before_a_noun_cue_is_no_speaker_but_s_for_has_is() -> None:
    assert run("Editor’s note: Tom Hale regularly runs the ferry late.") == []
    s = one("Tom Hale’s called for a new ferry.")
    assert s.speaker.name == "Tom Hale" and s.content == "a new ferry"
    s = one("There are many residents who believe the toll is unfair.")
    assert s.speaker.name == "many residents" and s.content == "the toll is unfair"


def test_an_object_ends_before_a_contrasting_clause_or_a_weekday() -> None:
    s = one("The union endorsed Ana Ruiz for mayor on Thursday, another sign of labour's support.")
    assert s.content == "Ana Ruiz for mayor"
    s = one("Tom Hale demands a new ferry from the province, yet refuses to pay for it.")
    assert s.content == "a new ferry from the province"


def test_a_subordinate_clause_subject_read_by_the_name_parser_also_stops_at_the_main_clause() -> None:
    s = one("While a judge found that the toll was unlawful, his ruling was overturned on appeal.")
    assert s.speaker.name == "a judge" and s.content == "that the toll was unlawful"


def test_a_majority_at_a_place_says_yes_to_something() -> None:
    found = run("The union said a majority of the 40 workers at the Main Street plant said yes to joining.")
    assert ("a majority of the 40 workers at the Main Street plant", "yes to joining") in [
        (s.speaker.name, s.content) for s in found]


def test_according_to_a_long_document_source_which_is_no_antecedent() -> None:
    text = ("Harbour officials said the ferry was safe. According to a 12-page complaint filed by the provincial "
            "transport regulator and a second complaint by the town, the operator skipped inspections for years. "
            "They said the inspections would resume.")
    found = run(text)
    src = [s for s in found if s.cue == "according to"]
    assert len(src) == 1 and src[0].content == "the operator skipped inspections for years"
    assert found[-1].speaker.name == "Harbour officials"


def test_a_cue_ending_its_paragraph_with_a_colon_introduces_the_next_paragraph() -> None:
    found = run("Mayor Tom Hale spoke at the rally and added:\n\nIt is typical of the council. They know nothing "
                "about ferries.\n\nThe rally ended at noon.")
    assert [(s.speaker.name, s.content) for s in found] == [
        ("Tom Hale", "It is typical of the council. They know nothing about ferries")]


def test_remind_and_advise_attribute_the_infinitive_after_the_addressee() -> None:
    s = one("The ferry company reminded passengers to carry their tickets at all times.")
    assert s.cue == "reminded" and s.content == "to carry their tickets at all times"
    s = one("Health officials advised residents never to drink water from the harbour.")
    assert s.content == "never to drink water from the harbour"
    assert run("The photo reminded him of the old ferry.") == []


def test_it_opening_a_sentence_after_an_organisation_and_state_as_a_modifier() -> None:
    found = run("The harbour authority sent a letter on Thursday. It says the operator broke federal and state law.")
    assert [(s.speaker.name, s.content) for s in found] == [
        ("The harbour authority", "the operator broke federal and state law")]
    assert run("The rain stopped. It says nothing about the ferry.") == []


def test_initials_inside_a_name_end_no_sentence_and_no_name() -> None:
    s = one('"The ferry must run," said Rep. T.J. Hale (D-Ohio), head of the transit caucus.')
    assert s.speaker.name == "T.J. Hale" and s.content == '"The ferry must run,"'
    assert one("Former CEO A.J. Ruiz said the bank was sound.").speaker.name == "A.J. Ruiz"


def test_participle_adjectives_before_a_speaker_noun_and_no_left_content_for_object_verbs() -> None:
    s = one("In Richmond, restructuring experts say some judges move cases quickly.")
    assert s.speaker.name == "restructuring experts" and s.content == "some judges move cases quickly"
    text = "The ferry line is under review, said to be a firm with a hand in many transit projects."
    assert all(s.cue != "projects" for s in run(text))


def test_a_contact_clause_in_the_subject() -> None:
    s = one("Residents we spoke to said the ferry was late again.")
    assert s.speaker.name == "Residents we spoke to" and s.content == "the ferry was late again"


def test_a_participle_after_a_cue_continues_its_speaker_and_no_quote_opens_a_subject() -> None:
    found = run('"Ferry deals should not be secret," Councillor Ada Moss said in a statement, adding that the '
                'contracts were handed out "like candy."')
    assert [(s.speaker.name, s.cue) for s in found] == [("Ada Moss", "said"), ("Ada Moss", "adding")]


def test_a_sentence_adverb_or_a_common_word_is_no_speaker() -> None:
    text = ("Nonetheless, she told the crowd the ferry would run. Harbour fees rose.\n\n"
            "Fees also came up, saying the port had failed.\n\n"
            "(Having said that, the port has some critics.)")
    assert run(text) == []


def test_a_one_word_name_that_is_also_a_common_word_keeps_its_full_name() -> None:
    found = run("Ada Brown spoke at the harbour. The brown ferries are old. Brown said the port would reopen.")
    assert [(s.speaker.name, s.content) for s in found] == [("Ada Brown", "the port would reopen")]


def test_the_speaker_phrase_as_written_keeps_its_appositives() -> None:
    s = one('"The ferry is late," said the Rev. Paul Hale, of Harbour Street Baptist Church.')
    assert "the Rev. Paul Hale, of Harbour Street Baptist Church" in s.speaker.mentions
    s = one('"The ferry is late," said Ann Ruiz, Senate editor for the Harbour Report, a liberal think tank.')
    assert "Ann Ruiz, Senate editor for the Harbour Report" in s.speaker.mentions
    assert "Ann Ruiz, Senate editor for the Harbour Report, a liberal think tank" in s.speaker.mentions


def test_a_quote_after_a_colon_belongs_to_the_subject_of_the_clause_before() -> None:
    found = run('Dr. Ann Lee, the port doctor, says the ferries are safe. The crews are trained, she says.\n\n'
                'Hale, the harbour master on the South Shore, is more blunt: "The ferries are old and the '
                'crews are tired."\n\nToo often, he says, nobody listens.')
    assert [(s.speaker.name, s.content) for s in found][-2:] == [
        ("Hale", '"The ferries are old and the crews are tired."'), ("Hale", "Too often, he says, nobody listens")]


def test_a_photo_caption_reports_nothing_and_introduces_no_one() -> None:
    found = run('Ann Lee wrote the history of the ferry porters. "They were never paid," she says.\n\n'
                'Tom Hale, a retired porter, says he worked 20 years on the ferries. (Toronto Star file photo)\n\n'
                '"These men were brave," he says.')
    assert [(s.speaker.name, s.content) for s in found] == [
        ("Ann Lee", '"They were never paid,"'), ("Ann Lee", '"These men were brave,"')]


def test_an_opening_adverb_before_a_subject_is_no_name() -> None:
    found = run("The Harbour Fund said on Monday that fares will rise. Overall, the fund predicted that ferry traffic "
                "will grow 2 percent.\n\nHence, the port director and his team thought the plan was sound.")
    assert [s.speaker.name for s in found] == ["Harbour Fund", "Harbour Fund", "the port director and his team"]


def test_a_capitalised_body_with_a_plural_speaker_noun_is_a_group() -> None:
    s = one("University of Harbourtown researchers say the ferries are safe.")
    assert s.speaker.name == "University of Harbourtown researchers" and s.speaker.kind == "group"


def test_no_content_after_an_abbreviation_and_no_inverted_subject_after_that() -> None:
    found = run('"Family may be included in treatment," said Tom Hale in an Aug. 28 email.')
    assert [(s.speaker.name, s.content) for s in found] == [("Tom Hale", '"Family may be included in treatment,"')]
    found = run("At the meeting the mayor said that U.S. involvement in the ferry plan may shrink.")
    assert all(s.speaker.name != "U.S" and not s.content.startswith(".") for s in found)


def test_a_photo_credit_run_into_a_caption_is_no_part_of_the_name() -> None:
    found = run("Ann Carson / PA Images via Getty Images Tom Hale at a ceremony in Dublin.\n\n"
                'Hale said he would run. "It is a long haul," he said.')
    assert {s.speaker.name for s in found} == {"Tom Hale"}


def test_a_description_after_an_inverted_cue_goes_back_to_the_person_just_named() -> None:
    found = run("Ada Moss steered the ferry in late on Sunday.\n\n"
                '"It was a rough crossing," said the veteran skipper, sister of the harbour master.')
    assert len(found) == 1 and found[0].speaker.name == "Ada Moss"
    assert any(m.startswith("the veteran skipper") for m in found[0].speaker.mentions)
    assert run('"It was rough," said the program changed his life.') == []


def test_a_description_before_the_name_is_kept_with_it_and_an_opening_adverb_is_dropped() -> None:
    s = one("The harbour's chief engineer, Ada Moss, said the ferry was safe.")
    assert s.speaker.name == "Ada Moss" and "The harbour's chief engineer, Ada Moss" in s.speaker.mentions
    s = one("Perhaps the ferry officials will say the fares are too high.")
    assert s.speaker.name == "the ferry officials"


def test_a_title_whose_object_runs_over_commas_is_walked_back_to_the_name() -> None:
    s = one("Ada Moss, Minister of Transport, Ports and Harbour Development, said the ferry would run.")
    assert s.speaker.name == "Ada Moss" and s.content == "the ferry would run"


def test_speech_verbs_taking_a_bare_clause_and_a_given_name_that_is_a_modal() -> None:
    s = one("Ada Moss stated the ferry isn't done taking feedback on the fares.")
    assert s.cue == "stated" and s.content == "the ferry isn't done taking feedback on the fares"
    assert run("The mechanic added the part to the engine on Monday.") == []
    s = one("Will Hale, a ferry mechanic based in Halifax, N.S., and an organizer at the union, said cold weather "
            "takes a toll on the engines.")
    assert s.speaker.name == "Will Hale"


def test_a_description_with_a_person_noun_by_its_ending_speaks_by_a_speech_verb() -> None:
    s = one("The 32-year-old welder says each day he learns more about the ferries.")
    assert s.content == "each day he learns more about the ferries"
    assert run("The attackers threatened to sink the ferry unless they were paid.") == []


def test_an_inverted_description_needs_a_quote_before_and_a_capitalised_group_needs_a_short_tail() -> None:
    found = run("Ann Lee wrote the ferry report. Ann Lee, the port's chief economist, explains the numbers.")
    assert all(s.content != "Ann Lee, the port's chief economist" for s in found)
    found = run("Inflows on track for all-time high in February as global fund managers seek cheaper ferries.")
    assert all(not s.speaker.name.startswith("Inflows on track") for s in found)


def test_a_body_named_with_of_keeps_its_whole_name() -> None:
    s = one("According to the province's Department of Harbour Services, 795 ferries remain in service.")
    assert s.speaker.name == "Department of Harbour Services"
    s = one("The Ministry of Ports and Long-Term Care said the ferries would run.")
    assert s.speaker.name == "Ministry of Ports and Long-Term Care" and s.speaker.kind == "organization"
    assert one("Secretary of State Ada Moss said the ferries would run.").speaker.name == "Ada Moss"


def test_outlet_mentions_finds_gazetteer_names_only() -> None:
    from kg.extract.en_via import outlet_mentions

    text = "Ada Moss told The New York Times and Reuters that the Harbour Gazette Weekly was wrong."
    names = [n for _, _, n in outlet_mentions(text)]
    assert "Reuters" in names and any("New York Times" in n for n in names)
    assert not any("Moss" in n or "Harbour" in n for n in names)


def test_told_with_no_listener_before_a_subject_pronoun_is_passive() -> None:
    assert run("Hale, then 29, had been diagnosed with cancer and told he had three months to live.") == []
    assert one("Ada Moss told reporters she would run the ferry.").content == "she would run the ferry"


def test_a_plural_owner_is_no_speaker_and_a_clause_after_a_quote_cue_is_the_circumstance() -> None:
    assert run("The candidates' plans don't hold out much hope for ferry riders.") == []
    found = run('"Subpoenas are not optional," Ada Moss said after Hale failed to show up at the hearing he '
                'was called to.')
    assert [s.content for s in found] == ['"Subpoenas are not optional,"']


def test_subjects_with_particles_compound_titles_company_nouns_and_appositive_clauses() -> None:
    s = one("Somali group al-Harbour, an affiliate fighting to close the port, said they carried out the attack.")
    assert s.speaker.name == "al-Harbour"
    s = one("The Calgary-based railway said in the report that it also runs more locomotives in winter.")
    assert s.speaker.name == "The Calgary-based railway" and s.content.startswith("that it also runs")
    s = one("An expert cited in the report, which looked at ferry trends across the country, said fares will rise.")
    assert s.speaker.name == "An expert cited in the report" and s.content == "fares will rise"
    s = one("The former sergeant-at-arms of the harbour said Monday he is considering a run for mayor.")
    assert s.content == "he is considering a run for mayor"
    assert run("But unlike the old ferry line, the German manufacturer expects to make money at once.") == []


def test_a_described_person_and_according_to_after_a_dash() -> None:
    found = run('Ada Moss, speaking after the mayor at the forum, cited problems at the port.\n\n'
                '"We need change," the New York businesswoman said.')
    assert [(s.speaker.name, s.content) for s in found][-1] == ("Ada Moss", '"We need change,"')
    s = one("And more than half of the ferry fares are wrong — or flat out made up — according to the harbour audit.")
    assert s.speaker.name == "the harbour audit" and s.content.startswith("And more than half")


def test_the_name_with_its_title_is_kept_apart_from_its_appositive_and_dateline() -> None:
    s = one("Dr. Ada Moss, who as a captain ran the harbour clinic, said the ferry was safe.")
    assert "Dr. Ada Moss" in s.speaker.mentions
    s = one("HALIFAX -- Mayor Tom Hale, opening the new terminal on Saturday, said it would run all winter.")
    assert "Mayor Tom Hale" in s.speaker.mentions


def test_a_label_before_a_colon_is_no_name_for_the_group_after_it() -> None:
    s = one("Anger at the port: Ferry workers say the managers have been too harsh with the crews.")
    assert s.speaker.name == "Ferry workers"


def test_a_participle_opening_the_sentence_is_no_speaker() -> None:
    found = run("Chastened by the audit, Ada Moss revised her plan, promising to cut ferry fares for commuters.")
    assert [s.speaker.name for s in found] == ["Ada Moss"]


def test_a_second_clause_with_its_own_pronoun_subject_ends_the_content() -> None:
    found = run("Ferry backers say the new line will open trade routes and they criticize the port for delays.")
    assert ("Ferry backers", "the new line will open trade routes") in [(s.speaker.name, s.content) for s in found]


def test_the_bare_head_noun_goes_back_to_the_group_it_names() -> None:
    found = run("A person familiar with the talks said the ferry deal was done. The deal was done largely to cut "
                "costs, the person said.")
    assert len({s.speaker.id for s in found}) == 1


def test_a_name_before_was_and_a_place_is_an_antecedent_a_victim_is_not() -> None:
    found = run("Ada Moss, a ferry clerk, said the line was closed.\n\n"
                "Tom Hale was on a business trip when he got stuck at the pier.\n\n"
                '"They told us nothing for hours," he said.')
    assert found[-1].speaker.name == "Tom Hale"
    found = run("Ada Moss said the ferry was late.\n\nTom Hale was killed in the crash.\n\n"
                '"It is a tragedy," she said.')
    assert found[-1].speaker.name == "Ada Moss"


def test_pronouns_inside_a_quote_are_no_evidence_of_the_speakers_sex() -> None:
    found = run("Ann Lee said she had clients who were worried about the ferry.\n\n"
                '"I have interpreted for one man, he was frantic. He had almost a breakdown. He cried," she said.')
    assert [(s.speaker.name, s.cue) for s in found] == [("Ann Lee", "said"), ("Ann Lee", "said")]


def test_a_pull_quote_ending_with_the_speakers_name() -> None:
    text = ("I'm not happy the ferry is late, but I'm thankful for the crew. Ada Moss\n\n"
            "Ada Moss rides the ferry every day. \"I'm not happy the ferry is late,\" she said.")
    found = run(text)
    assert ("Ada Moss", "I'm not happy the ferry is late, but I'm thankful for the crew") in [
        (s.speaker.name, s.content) for s in found]
    assert run("The ferry was late again on Monday morning. Harbour Street") == []


def test_what_x_says_ends_the_content_with_its_relative_clause() -> None:
    s = one("The gap between what Ada Moss says her ferry plan would do, and what it would do, began last year.")
    assert s.content == "her ferry plan would do"


def test_only_a_name_with_its_title_becomes_an_alias() -> None:
    found = run("Sen. Ada Moss (D-Ohio) said the ferry was late. Both Hale and Moss said the port was closed.")
    aliases = {a for s in found for a in s.speaker.aliases}
    assert "Sen. Ada Moss (D-Ohio)" in aliases and not any(a.startswith("Both") for a in aliases)


def test_an_acronym_speaker_takes_the_name_the_article_spells_out() -> None:
    found = run("Harbour Development Canada (HDC), the national port agency, runs the ferries.\n\n"
                "HDC said it would not comment on the fares.")
    assert [(s.speaker.name, s.speaker.aliases) for s in found] == [("Harbour Development Canada", ["HDC"])]


def test_a_gerund_after_a_preposition_is_no_cue_unless_it_is_a_verb_of_saying() -> None:
    found = run("Ada Moss accused the port and other officials of dismissing anyone who questions the fares.")
    assert [s.cue for s in found] == ["accused"]


def test_a_participle_after_a_degree_adverb_is_an_adjective() -> None:
    assert run("The Harbour Open has been no more demanding under Hale than it was under Moss.") == []


def test_said_x_colon_before_a_quote() -> None:
    found = run('Ferry experts say the fares are too high. Said Hale: "I do not think the port cares about riders."')
    assert found[-1].speaker.name == "Hale" and found[-1].content.startswith('"I do not think')


def test_a_nationality_before_a_plural_noun_is_no_name() -> None:
    found = run('Ada Moss, a ferry lawyer, said disputes are rising. "There have been big awards," she said. '
                'Prominent Canadian examples include the harbour case.\n\n'
                '"Obviously those are the high end," she added.')
    assert {s.speaker.name for s in found} == {"Ada Moss"}
