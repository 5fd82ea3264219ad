"""The Chinese attribution extractor: the seed article, span identity, and small sentences."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from kg.extract import extract, result_json
from kg.extract.zh import extract_zh
from kg.models import Article
from loaders import LoadError, load_paths
from tests.conftest import shared_scorer

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = SHARED / "corpus" / "zh-feedx"
SEED = CORPUS / "rfi-20230904-biden-china-visits.txt"
needs_shared = pytest.mark.skipif(not SEED.exists(), reason="../shared corpus not available")




def _article(text: str, published: datetime | None = None) -> Article:
    return Article(url="https://example.org/a", title="t", text=text, language="zh",
                   published_at=published or datetime(2024, 3, 6, 12, 0, tzinfo=ZoneInfo("Asia/Taipei")))


@needs_shared
def test_seed_scores_perfectly() -> None:
    scorer = shared_scorer()
    preds = [result_json(extract(a)) for a in load_paths([SEED]) if not isinstance(a, LoadError)]
    gold = [json.loads(line) for line in (SHARED / "gold" / "seed.jsonl").read_text("utf-8").splitlines() if line]
    res = scorer.score(gold, preds, 0.5)
    assert res["statements"]["f1"] == 1.0
    assert res["strict"]["f1"] == 1.0
    for key in ("speaker_accuracy", "modality_accuracy", "quote_type_accuracy", "via_accuracy", "chain_accuracy"):
        assert res[key] == 1.0, key


@needs_shared
def test_spans_match_content_over_corpus() -> None:
    count = 0
    for art in load_paths([CORPUS]):
        if isinstance(art, LoadError) or not art.language.startswith("zh"):
            continue
        for st in extract_zh(art):
            assert art.text[st.span[0]:st.span[1]] == st.content
            assert st.content.strip()
            count += 1
    assert count > 100


def test_colon_direct_quote() -> None:
    (st,) = extract_zh(_article("外交部发言人汪文斌说：“我们坚决反对。”"))
    assert st.speaker.name == "汪文斌"
    assert st.speaker.role == "发言人" and st.speaker.affiliation == "外交部"
    assert st.content == "我们坚决反对" and st.quote_type == "direct"


def test_quote_before_speaker_and_pronoun() -> None:
    text = "“这是一个错误。”美国国务卿布林肯（Antony Blinken）周一说。他表示，双方仍可能继续对话。"
    a, b = extract_zh(_article(text))
    assert a.content == "这是一个错误" and a.quote_type == "direct"
    assert "Antony Blinken" in a.speaker.aliases
    assert b.speaker.name == "布林肯" and b.resolved_from == "他"
    assert b.modality == "speculation" and "可能" in b.hedges
    assert a.said_on is not None and a.said_on.weekday() == 0


def test_traditional_script_corner_quotes() -> None:
    text = "國防部長顧立雄表示：「國軍已做好準備。」"
    (st,) = extract_zh(_article(text))
    assert st.speaker.name in ("顾立雄", "顧立雄")
    assert {"顾立雄", "顧立雄"} <= {st.speaker.name, *st.speaker.aliases}
    assert st.content == "國軍已做好準備" and st.quote_type == "direct"


def test_hedge_in_noun_modifier_is_not_speculation() -> None:
    (st,) = extract_zh(_article("白宫表示，双方正在为可能举行的会晤做准备。"))
    assert st.modality == "assertion" and st.hedges == []


def test_outlet_chain_and_backreference() -> None:
    text = "中央社今天引述路透社消息，谈判已经破裂。报导引述一名官员表示，会谈或将延期。"
    a, b = extract_zh(_article(text))
    assert a.speaker.kind == "outlet" and [o.name for o in a.via] == ["中央社"]
    assert [o.name for o in b.via] == ["Reuters", "中央社"]
    assert b.modality == "speculation"


def test_unnamed_group_and_no_attribution() -> None:
    (st,) = extract_zh(_article("多名学者专家认为，局势恐将进一步恶化。今天天气很好。"))
    assert st.speaker.kind == "group" and "学者专家" in st.speaker.aliases
    assert st.modality == "speculation"
    assert extract_zh(_article("台北今天下雨，气温下降。")) == []


def test_traditional_outlet_report_and_qa_transcript() -> None:
    text = "據《廣州日報》報導，事故原因可能是洪水所致。\n記者：現在情況如何？\n值班人員：目前暫時還沒有最新情況。"
    a, b = extract_zh(_article(text))
    assert a.speaker.kind == "outlet" and a.modality == "speculation"
    assert a.content == "事故原因可能是洪水所致"
    assert b.speaker.name in ("值班人员", "值班人員") and b.quote_type == "direct"
    assert b.content == "目前暫時還沒有最新情況"


def test_negated_and_future_speech_are_not_statements() -> None:
    text = "白宫尚未对此发表评论。特朗普将很快宣布新的关税措施。"
    assert extract_zh(_article(text)) == []


def test_cite_takes_the_speech_verb_as_cue() -> None:
    text = "路透社引述一名不愿具名的官员表示，谈判将在下周恢复。"
    [st] = extract_zh(_article(text))
    assert st.cue == "表示"
    assert st.content == "谈判将在下周恢复"
    assert [o.name for o in st.via] == ["Reuters"]


def test_questions_and_denials_are_flagged() -> None:
    found = extract_zh(_article("记者问道：“这项计划是否已经获得批准？”外交部发言人汪文斌表示，计划会按时完成。"))
    flags = {s.content: (s.question, s.denial) for s in found}
    assert flags["这项计划是否已经获得批准？"] == (True, False)
    assert flags["计划会按时完成"] == (False, False)
    (st,) = extract_zh(_article("汪文斌否认，美方的说法符合事实。"))
    assert st.cue == "否认" and st.denial and not st.question
    (st,) = extract_zh(_article("外交部发言人汪文斌说：“这一说法纯属捏造。”"))
    assert st.denial and not st.question


AUDIT = Path(__file__).resolve().parent / "data" / "zh_audit"


@pytest.mark.skipif(not (SHARED / "tools" / "score_attributions.py").exists(), reason="shared scorer not available")
def test_audit_articles_score_with_the_shared_scorer() -> None:
    """Invented articles in both scripts, each built around a way the extractor once failed on unseen news:
    委员会表示, 回应说, adverbs in speakers (最终, 一度, 坚持), a bare title for a named person, a document
    speaking for its issuer, credits phrased '本文依据了…的报道', 在…看来, 报導稱, interview answers,
    文告, X國方面, 還說, ‧ names, a channel not carried over an interview with the publisher itself.
    Before the audit fixes: statements F1 .854, strict .561, speaker .657, speculation .80, chain .308.
    Articles 6 and 7 add a second round: 他/他们 after a sentence that attributed nothing, speakers named
    together, a bare title named later, 撰文，指…, a court's 裁决，称…, narration after ，当时…/，并…重申了这点,
    一是…；二是…, a cue in a causal clause, an aside to the listener, the manner of speaking; before that
    round the seven articles scored statements F1 .984, strict .839, speaker .853, speculation .857.
    Article 8 adds a third round (〝…〞 quotes, the writer in the first person, 网友X评论称, 名叫X的父亲,
    a name with 在 glossed in Latin letters, 罗志军, a hedge late in a long answer, 声称…，但<another state>,
    a 他 the content names, 甫一开门见人就说); before that round it scored F1 .933, strict .467, speaker .5."""
    scorer = shared_scorer()
    paths = sorted(AUDIT.glob("*.txt"))
    preds = [result_json(extract(a)) for a in load_paths(paths) if not isinstance(a, LoadError)]
    gold = [json.loads(line) for line in (AUDIT / "gold.jsonl").read_text("utf-8").splitlines() if line]
    assert len(preds) == len(gold) == 8
    res = scorer.score(gold, preds, 0.5)
    assert res["statements"]["f1"] >= 0.97
    assert res["strict"]["f1"] >= 0.95
    assert res["speaker_accuracy"] >= 0.95
    assert res["speculation"]["f1"] >= 0.95
    assert res["chain_accuracy"] >= 0.9


def test_audit_rules_in_small_sentences() -> None:
    (st,) = extract_zh(_article("挪威诺贝尔委员会表示，今年的和平奖授予一个国际组织。"))
    assert st.speaker.name == "挪威诺贝尔委员会"  # 会 before the cue is no modal
    (st,) = extract_zh(_article("财政部长卡瓦里回应说，这种说法不属实。"))
    assert st.speaker.name == "卡瓦里" and st.cue == "回应说"
    a, b = extract_zh(_article("北湾国总统兰茨表示，谈判将继续。北湾国总统随后说，会谈不会改变立场。"))
    assert b.speaker.name == "兰茨" and b.resolved_from == "北湾国总统"
    a, b = extract_zh(_article("南岛外交部发表声明，称巡逻是例行任务。声明警告：“挑衅将带来后果。”"))
    assert b.speaker.name == "南岛外交部" and b.quote_type == "direct"
    (st,) = extract_zh(_article("研究员韩默说：“在我看来，双方都不希望冲突升级。”"))
    assert st.modality == "assertion" and st.hedges == []
    (st,) = extract_zh(_article("在多名安全专家看来，这起事故暴露出监管不足的问题。"))
    assert st.speaker.kind == "group" and st.content == "这起事故暴露出监管不足的问题"
    (st,) = extract_zh(_article("卡瓦里说，南岛将把争端提交国际法庭，但没有详细说明时间表。"))
    assert st.content == "南岛将把争端提交国际法庭"
    assert extract_zh(_article("前总理卡洛斯被指控泄露谈判文件。")) == []
    (st,) = extract_zh(_article("特使潘雅丽对双方的克制表示了赞赏。她说，下一轮谈判将在日内瓦举行。"))
    assert st.speaker.name == "潘雅丽" and st.resolved_from == "她"
    (st,) = extract_zh(_article("官房长官韩立在记者会上，就邻国渔船进入争议海域，接近本国渔船一事表示：已经提出抗议。"))
    assert st.speaker.name == "韩立" and st.content == "已经提出抗议"
    assert extract_zh(_article("她还批评了一些国家在北湾国指责该机构员工失职后暂停向该机构提供资金。")) == []
    a, b = extract_zh(_article("路透社报道称，两国将恢复对话。"
                               "报道接着引述新华社说，外交部长王平表示，会谈将在下月举行。"))
    assert b.speaker.name == "王平" and [o.name for o in b.via] == ["新华社", "Reuters"]
    a, b, c, d = extract_zh(_article("南岛外交部表示，抗议已经提出。官房长官加藤正人指出：局势平稳。"
                                     "外交部表示，大使已被召回。加藤指出：巡逻仍在继续。"))
    assert (c.speaker.name, c.resolved_from) == ("南岛外交部", "外交部")
    assert (d.speaker.name, d.resolved_from) == ("加藤正人", "加藤")


def test_conjoined_speakers_speak_together() -> None:
    text = ("东岛外交部长玛丽·卡恩和内政部长约翰·贝尔在一份声明中认为这些言论是可耻的。"
            "他们补充说，移民当局已接到指示。")
    a, b = extract_zh(_article(text))
    assert a.speaker.kind == "group" and {"玛丽·卡恩", "约翰·贝尔"} <= set(a.speaker.aliases)
    assert a.content == "这些言论是可耻的"
    assert b.speaker.name == a.speaker.name and b.resolved_from == "他们"
    (st,) = extract_zh(_article("周二，韩默和他的竞争对手乔·兰茨都说，他们盼望着下周的辩论。"))
    assert {"韩默", "乔·兰茨"} <= set(st.speaker.aliases)
    # Titles of one person strung together, a conjunction inside a modifier, 经济和财政部长: one person.
    (st,) = extract_zh(_article("民主党参议员、外交委员会成员韩默表示，政府无视国会。"))
    assert st.speaker.name == "韩默"
    (st,) = extract_zh(_article("为国务院和国防部提供咨询的专家伯尔曼说，影响很大。"))
    assert st.speaker.name == "伯尔曼"
    (st,) = extract_zh(_article("北湾国经济和财政部长卡洛斯·韩坦承，洗钱问题严重。"))
    assert st.speaker.name == "卡洛斯·韩"


def test_names_opening_with_function_words() -> None:
    (st,) = extract_zh(_article("以色列外交部长卡茨认为，这些言论是可耻的。"))
    assert st.speaker.name == "卡茨"
    (st,) = extract_zh(_article("曾庆元表示，会议将在下月举行。"))
    assert st.speaker.name == "曾庆元"
    (st,) = extract_zh(_article("最高法院表示，裁决将在下月公布。"))
    assert st.speaker.name == "最高法院"


def test_subject_of_the_sentence_before_is_the_antecedent() -> None:
    text = ("研究员韩默说，演习没有太大意义。但对于如何合作，卡洛斯发出了自相矛盾的信号。"
            "他表示希望达成协议。后来卡洛斯说，立场不会改变。")
    a, b, c = extract_zh(_article(text))
    assert (b.speaker.name, b.resolved_from) == ("卡洛斯", "他")
    # A person named in narration but never speaking is no antecedent: 他 stays with the speaker.
    a, b = extract_zh(_article("研究员韩默说，演习没有意义。政府发布了新的预算。他表示，预算太少。"))
    assert b.speaker.name == "韩默"
    text = "非营利组织和众多承包商被拖欠了数十亿美元。他们认为，合同终止是为了规避命令。"
    (st,) = extract_zh(_article(text))
    assert st.speaker.name == "非营利组织和众多承包商" and st.resolved_from == "他们"
    text = ("南岛隐私监管机构审计办公室(Audit Office，AO)周一针对平台进行调查。算法可能导致儿童接触有害信息。"
            "该岛监管机构表示，正在调查。审计办公室在一份声明中表示，将听取说明。")
    a, b = extract_zh(_article(text))
    assert a.speaker.name == b.speaker.name == "南岛隐私监管机构审计办公室"
    assert a.resolved_from == "该岛监管机构" and "AO" in a.speaker.aliases


def test_names_with_titles_and_honorifics_after_them() -> None:
    (st,) = extract_zh(_article("不过，韩默总统曾一再表示，北湾国将进行干预。"))
    assert st.speaker.name == "韩默" and st.speaker.role == "总统" and "韩默总统" in st.speaker.aliases
    (st,) = extract_zh(_article("法国总统表示，谈判将继续。"))
    assert st.speaker.name == "法国总统"
    (st,) = extract_zh(_article("阿尔巴内斯女士此前还表示，她感到失望。"))
    assert st.speaker.name == "阿尔巴内斯"
    (st,) = extract_zh(_article("矿工家属王女士说，家属已经等了两天。"))
    assert st.speaker.name == "矿工家属王女士" or st.speaker.name.endswith("王女士")
    (st,) = extract_zh(_article("同日，北湾国的盟友和邻国波兰宣布，导弹侵犯了其领空。"))
    assert st.speaker.name == "波兰"


def test_a_bare_title_is_the_person_named_with_it_later() -> None:
    text = "南岛外交部长周三表示，邻国已建立军事基地。被问及此事时，南岛外交部长韩默说，政府将捍卫主权。"
    a, b = extract_zh(_article(text))
    assert a.speaker.name == b.speaker.name == "韩默" and a.resolved_from == "南岛外交部长"


def test_subjectless_cues_after_a_named_clause() -> None:
    text = "身兼委员会副主任的韩默今日在报章撰文，指会见旨在打消外商疑虑。他更指出，商会去年没有参加。"
    a, b = extract_zh(_article(text))
    assert a.speaker.name == b.speaker.name == "韩默" and a.cue == "指"
    assert a.content == "会见旨在打消外商疑虑" and b.resolved_from == "他"
    (st,) = extract_zh(_article("国际法院东道国荷兰2015年做出历史性裁决，称保护公民是一项人权。"))
    assert st.speaker.name == "荷兰" and st.content == "保护公民是一项人权"
    text = "北湾国总统韩默周五强调，要提升安全水平。上个月，韩默与几位企业家举行了罕见会面，敦促其保持信心。"
    a, b = extract_zh(_article(text))
    assert b.speaker.name == "韩默" and b.cue == "敦促"
    # …but not across a clause with another agent (但遭到X的批驳，称…).
    text = "卡洛斯表示，愿意谈判。在谈话中，卡洛斯态度傲慢，但遭到主席的严词批驳，称此次谈话十分严肃。"
    assert [s.speaker.name for s in extract_zh(_article(text))] == ["卡洛斯"]
    assert extract_zh(_article("他用手指了指远处的山。")) == []


def test_outlets_opening_a_sentence_and_relays_carried_forward_only() -> None:
    text = ("（南岛之声）美联社获取了一份内部备忘录，并引述其内容报道称，政府计划终止九成援助合同。"
            "文件备忘录提到，政府正在清理浪费。")
    a, b = extract_zh(_article(text))
    assert a.speaker.name == "AP" and a.content == "政府计划终止九成援助合同"
    assert b.speaker.name == "文件备忘录"
    text = ("北湾国总统韩默周五强调，要提升安全水平。据新华社周六报道，韩默在会上强调：“要把安全摆在首位。”"
            "韩默还说，合作将继续。")
    a, b, c = extract_zh(_article(text))
    assert a.via == [] and [o.name for o in b.via] == ["新华社"] and [o.name for o in c.via] == ["新华社"]


def test_narration_after_the_statement_is_cut() -> None:
    (st,) = extract_zh(_article("上周，南岛海军表示，它们正在进行演习，当时40架民航飞机被迫改变航线。"))
    assert st.content == "它们正在进行演习"
    (st,) = extract_zh(_article("韩默指出，这是回归到毛泽东时代，当时北京是最积极的后援。"))
    assert st.content == "这是回归到毛泽东时代，当时北京是最积极的后援"
    (st,) = extract_zh(_article("卡洛斯称，基地处于北湾国控制之下，并在上周内阁会议之前重申了这点。"))
    assert st.content == "基地处于北湾国控制之下"
    (st,) = extract_zh(_article("南岛官员表示，首都也是空袭的目标，但没有人员伤亡的报道。"))
    assert st.content == "首都也是空袭的目标"
    (st,) = extract_zh(_article("周二，韩默和他的对手乔·兰茨都说，他们盼望着辩论，但是韩默感染病毒的问题引起了疑问。"))
    assert st.content == "他们盼望着辩论"
    (st,) = extract_zh(_article("南岛外交部表示，使馆一直提供服务，但不能提供具体细节。"))
    assert st.content == "使馆一直提供服务，但不能提供具体细节"
    (st,) = extract_zh(_article("发言人韩默说，有两条值得关注：一是开放媒体；二是培训记者。"))
    assert st.content == "有两条值得关注：一是开放媒体；二是培训记者"


def test_causal_clauses_and_asides() -> None:
    text = "场内一起祝贺，但场外则因前总统韩默批评政府两岸政策失败，国庆沦为配角，也引发执政党反击韩默。"
    (st,) = extract_zh(_article(text))
    assert st.speaker.name == "韩默" and st.content == "政府两岸政策失败，国庆沦为配角"
    text = "场内一起祝贺，但场外则因前总统韩默批评政府两岸政策，国庆沦为配角，也引发执政党反击韩默。"
    assert extract_zh(_article(text)) == []  # what he criticised, not words of his
    text = "韩默：“去年九月份的时候，大家可能在电视新闻上也看到了，当时领事馆举行了升旗活动。”"
    (st,) = extract_zh(_article(text))
    assert st.modality == "assertion" and st.hedges == []
    (st,) = extract_zh(_article("韩默说，局势可能进一步恶化。"))
    assert st.modality == "speculation"


def test_noun_cues_adverbs_and_bare_titles() -> None:
    text = "北湾国国家主席韩默对腐败宣战，随后一直强调勤俭节约。"
    (st,) = extract_zh(_article(text))
    assert st.speaker.name == "韩默" and st.content == "勤俭节约"
    assert extract_zh(_article("这包括对南海大部分海域的主权要求，邻国对此有争议。")) == []
    (st,) = extract_zh(_article("北湾国方面表示保留意见，理由是该银行达不到环境标准、采购要求，以及透明度。"))
    assert st.speaker.name == "北湾国方面"
    a, b = extract_zh(_article("北湾国总理韩默表示，政府决心坚定。总理承认，成效还有差距。"))
    assert (b.speaker.name, b.resolved_from) == ("韩默", "总理")
    (st,) = extract_zh(_article("检方称，他是一名示威者。"))
    assert st.speaker.kind == "organization"
    (st,) = extract_zh(_article("动物保护者说，这种互动对动物残忍。"))
    assert st.speaker.kind == "group"


def test_people_named_after_a_group_noun_and_initials() -> None:
    (st,) = extract_zh(_article("退休工作人员河口见表示，离开的人不止这个数。"))
    assert st.speaker.name == "河口见" and st.speaker.kind == "person"
    (st,) = extract_zh(_article("M·L·韩默表示，这部影片是阴谋。"))
    assert st.speaker.kind == "person"
    (st,) = extract_zh(_article("两名平民坚称，没有参与这个组织。"))
    assert st.speaker.kind == "group"
    (st,) = extract_zh(_article("经济学家韩默估计，实际利率高于10％。这个估计是基于平均贷款利率。"))
    assert st.speaker.name == "韩默"


def test_manner_of_speaking_and_verb_compounds() -> None:
    for text, name in (("“要是没效，就把信交给校长。”孩子爹愤愤地说。", "孩子爹"),
                       ("一位警官兴奋地说：“重庆必须反思！”", "一位警官"),
                       ("孩子爹兴致勃勃地宣布：你以后不用背书了！", "孩子爹"),
                       ("发言人韩默笑着说：“我只能回答成这样了。”", "韩默"),
                       ("当地居民表示，水位还在上涨。", "当地居民"),
                       # a chain of manner adverbs: AABB, degree words, joined by 、 and 又
                       ("班会上，老师吞吞吐吐、十分不好意思又很无奈地问：“谁家里有车？”", "老师"),
                       ("班會上，老師吞吞吐吐、十分不好意思又很無奈地問：「誰家裡有車？」", "老师"),
                       ("韩默支支吾吾、满脸通红地说，他不知道。", "韩默"),
                       ("教授韩默又一次语重心长地说，改革必须继续。", "韩默"),
                       ("韩默又很无奈地表示，他不知道。", "韩默")):
        (st,) = extract_zh(_article(text))
        assert st.speaker.name == name, text
    (st,) = extract_zh(_article("研究员韩默分析说，一方面问题没有回答完。"))
    assert st.speaker.name == "韩默" and st.cue == "分析说"
    a, b = extract_zh(_article("研究员韩默说，这是必然。孩子说，今天没有背书。"))
    assert b.speaker.name == "孩子"
    assert extract_zh(_article("人们有理由担心，案件不会彻查。")) == []


def test_quote_styles() -> None:
    (st,) = extract_zh(_article("韩默一开门就说：〝不必年年劳驾了，这一套要改革掉。〞"))
    assert st.content == "不必年年劳驾了，这一套要改革掉" and st.quote_type == "direct"
    (st,) = extract_zh(_article("〝我们不会让步。〞韩默说。"))
    assert st.content == "我们不会让步" and st.speaker.name == "韩默"
    (st,) = extract_zh(_article("韩默说：‘我们不会让步。’"))
    assert st.content == "我们不会让步" and st.quote_type == "direct"
    (st,) = extract_zh(_article('韩默说："我们不会让步。"'))
    assert st.content == "我们不会让步" and st.quote_type == "direct"
    (st,) = extract_zh(_article("“‘还有更多合同即将被终止！’”一名官员在邮件中写道。"))
    assert st.content == "还有更多合同即将被终止！"
    (st,) = extract_zh(_article("韩默说：“执法不是‘棉花棒’，是‘杀手锏’。”"))
    assert st.content == "执法不是‘棉花棒’，是‘杀手锏’"
    (st,) = extract_zh(_article("韩默在《我们不会让步》一书中写道，改革必须继续。"))
    assert st.content == "改革必须继续" and st.quote_type == "indirect"


def test_the_writer_in_the_first_person_is_no_source() -> None:
    for text in ("我曾和学生开玩笑说，一年就够了。", "我们发现，校门口的牌子消失了。", "笔者认为，这种做法不妥。",
                 "我们最后达成了妥协：校本课程不会变。", "我们有理由相信，改革将继续。"):
        assert extract_zh(_article(text)) == [], text
    (st,) = extract_zh(_article("韩默说：“我们发现，校门口的牌子消失了。”"))
    assert st.speaker.name == "韩默"


def test_commenters_holders_and_names_that_look_like_other_words() -> None:
    (st,) = extract_zh(_article("南岛的网友海风明月评论称，“低调做得好！！”"))
    assert (st.speaker.name, st.speaker.role, st.cue) == ("海风明月", "网友", "评论称")
    assert extract_zh(_article("全文分析得有理有据，很能让人信服。")) == []
    assert extract_zh(_article("韩默说得非常好，这是零售。")) == []
    (st,) = extract_zh(_article("“我们希望依法审判，”一位名叫韩默的父亲紧握着儿子的照片说。"))
    assert st.speaker.name != "照片"
    (st,) = extract_zh(_article("南岛省委书记王志军表态说，南岛有个好传统。王志军表示，落实见成效。"))[-1:]
    assert st.speaker.name == "王志军" and st.speaker.kind == "person"
    (st,) = extract_zh(_article("北湾政策研究院(Bay Institute)院长韩在明(Han Zaiming)说，声明很可能引发争论。"))
    assert st.speaker.name == "韩在明" and st.speaker.role == "院长"
    (st,) = extract_zh(_article("解放军表示，演习已经结束。"))
    assert st.speaker.kind == "organization"
    (st,) = extract_zh(_article("北湾国高官透露，战况发生了变化。"))
    assert st.speaker.kind == "group"


def test_modality_follows_the_lead_proposition() -> None:
    (st,) = extract_zh(_article("韩默：“反腐运动引发了极大不安。一旦停下来，不满情绪可能会变得更强烈。”"))
    assert st.content.endswith("更强烈") and st.modality == "assertion" and st.hedges == []
    (st,) = extract_zh(_article("韩默指出，局势可能恶化。政府必须准备。"))[:1]
    assert st.modality == "speculation" and st.hedges == ["可能"]
    (st,) = extract_zh(_article("韩默说，这种模式根本不可能改。"))
    assert st.modality == "assertion"
    (st,) = extract_zh(_article("韩默说，美方不太可能放宽限制。"))
    assert st.modality == "speculation"


def test_a_rejoinder_after_a_distanced_claim_is_cut() -> None:
    (st,) = extract_zh(_article("菲律宾声称海峡大部分地区是自己的领土，但越南只控制其中一个小岛。"))
    assert st.content == "海峡大部分地区是自己的领土"
    (st,) = extract_zh(_article("韩默坚称，这个问题不是当前的话题，但也不排除未来这种可能性。"))
    assert st.content.endswith("可能性")
    (st,) = extract_zh(_article("韩默表示，北湾国已建立了基地，但南岛并不打算加剧紧张局势。"))
    assert st.content.endswith("紧张局势")


def test_he_is_not_the_person_the_content_names() -> None:
    text = ("北湾检察官罗伯特·P·韩默说，一名男子受到指控。"
            "韩默称，这个名叫杰弗里·卡洛斯(Jeffrey Carlos)的男子已承认开枪。他说，“至少有几枪”是卡洛斯在车内射出的。")
    st = extract_zh(_article(text))[-1]
    assert st.speaker.name == "罗伯特·P·韩默" and st.resolved_from == "他"
    text = "已被定罪的穆克什·卡洛斯说，只有少数人是好人。他还表示，他和其他人攻击乔蒂·卡洛斯是为了给她教训。"
    st = extract_zh(_article(text))[-1]
    assert st.speaker.name == "穆克什·卡洛斯"


def test_he_after_a_bare_name_and_a_title_given_later() -> None:
    text = "灾区民众表示，重建太慢。韩默在海啸中失去了母亲。“我们还基本是个灾区，”他说。韩默表示，人走了。"
    st = extract_zh(_article(text))[-2]
    assert (st.speaker.name, st.resolved_from) == ("韩默", "他")
    text = "韩默提到了这起事件。北湾国总理韩默表示，政府决心坚定。韩默说，成效还有差距。"
    assert {st.speaker.role for st in extract_zh(_article(text))} == {"总理"}


def test_named_as_and_as_soon_as_clauses() -> None:
    (st,) = extract_zh(_article("“我们希望依法审判，”一位名叫韩立的父亲紧握着儿子的照片说。"))
    assert (st.speaker.name, st.speaker.role) == ("韩立", "父亲")
    text = ("杂志报导，代表到卡洛斯的住宅进行慰问。报导说，卡洛斯竟然不顾礼节，甫一开门见人就说：〝不必劳驾了。〞"
            "随后，卡洛斯气冲冲表示，已经受够了。")
    st = [s for s in extract_zh(_article(text)) if s.content == "不必劳驾了"]
    assert st and st[0].speaker.name == "卡洛斯"
    (st,) = extract_zh(_article("韩默一开门就说：“不必劳驾了。”"))
    assert st.speaker.name == "韩默"


def test_but_and_so_go_on_with_the_speaker_and_compound_cues_without_a_comma() -> None:
    text = "韩默透露，会上聚焦经济。他承认，会上有个别商会谈及立法，但认为商会整体是支持的。"
    assert [s.content for s in extract_zh(_article(text))][1:] == ["会上有个别商会谈及立法", "商会整体是支持的"]
    (a, b) = extract_zh(_article("北灣國商會會長韓默指出，北灣早已立法，因此認為立法並無問題。"))
    assert (a.content, b.content, b.speaker.name) == ("北灣早已立法", "立法並無問題", "韩默")
    (st,) = extract_zh(_article("自撤军以来，中国加强了与南岛的合作，但坚决否认在南岛有任何军事存在。"))
    assert (st.speaker.name, st.content, st.denial) == ("中国", "在南岛有任何军事存在", True)
    for text in ("网友韩默炫耀称自己认识三位部长。", "網友韓默炫耀稱自己認識三位部長。"):
        (st,) = extract_zh(_article(text))
        assert st.speaker.name in ("韩默", "韓默") and st.content.startswith("自己")
    (st,) = extract_zh(_article("北湾警方发布“敌情通报”称，3月8日两人受伤。"))
    assert st.speaker.name == "北湾警方"
    (st,) = extract_zh(_article("有传言称，有部分武警部队将在近期调入。"))
    assert (st.speaker.name, st.speaker.aliases[0]) == ("传言", "有传言")
    (st,) = extract_zh(_article("韩默指着坐在他旁边的部长卡洛斯说，“我告诉他要研究一下。”"))
    assert st.speaker.name == "韩默"


def test_captions_comment_lists_question_labels_and_narration_after_an_answer() -> None:
    for text in ("资料图片：北湾国总理韩默在国会发表讲话称，经济将增长5%。",
                 "图为北湾国总统韩默在记者会上表示，不会让步。",
                 "北湾国总统韩默在记者会上表示，不会让步。（法新社图片）",
                 "圖為北灣國總統韓默在記者會上表示，不會讓步。"):
        assert extract_zh(_article(text)) == [], text
    text = ("韩默表示，不会让步。\n以下为网友评论：\n小明：这太离谱了，政府必须负责。\n"
            "long_handle_name_2015：支持！\n卡洛斯说，这是好事。")
    # A readers' comment list: each line is that reader's words (blind set J's annotator counted them, as
    # any quoted words under a name); the list ends where narration resumes.
    got = [(s.speaker.name, s.content, s.quote_type) for s in extract_zh(_article(text))]
    assert [g[0] for g in got] == ["韩默", "小明", "long_handle_name_2015", "卡洛斯"]
    assert got[1][1:] == ("这太离谱了，政府必须负责", "direct") and got[2][1] == "支持！"
    text = ("CNN问韩默：“您对选举有什么看法？”\n韩默：我们不会承诺放弃。\n"
            "记者会持续了两个小时，韩默回答了十多个问题。")
    found = [(s.speaker.name, s.content, s.question) for s in extract_zh(_article(text))]
    assert found == [("CNN记者", "您对选举有什么看法？", True), ("韩默", "我们不会承诺放弃", False)]
    text = ("CNN問韓默：「您對選舉有什麼看法？」\n韓默：我們不會承諾放棄。\n"
            "此次發布會，外媒記者更接地氣，不少記者使用流利的中文提問。")
    assert [s.speaker.name for s in extract_zh(_article(text))] == ["CNN记者", "韩默"]


def test_statistics_estimates_proposals_dash_glosses_and_narration_after_a_quote() -> None:
    (st,) = extract_zh(_article("据北湾国环境部统计，去年只有8个城市达到了清洁标准。"))
    assert (st.speaker.name, st.content) == ("北湾国环境部", "去年只有8个城市达到了清洁标准")
    (st,) = extract_zh(_article("據北灣國政府的統計數據，去年煤炭消費總量下降了2.9％。"))
    assert st.content == "去年煤炭消費總量下降了2.9％"
    assert extract_zh(_article("据统计，去年煤炭消费总量下降了2.9％。")) == []
    (st,) = extract_zh(_article("人大代表韩默律师提议，部长应像总理那样做工作报告。"))
    assert (st.speaker.name, st.cue) == ("韩默", "提议")
    (st,) = extract_zh(_article("科学家韩默估算，排放量降低了0.8%。"))
    assert st.cue == "估算"
    (st,) = extract_zh(_article("韩默表示，政府今后将加重处罚，以减少雾霾——这是一部纪录片的主题。"))
    assert st.content == "政府今后将加重处罚，以减少雾霾"
    text = "“这是人们普遍关注的问题，”韩默在回答记者的提问时说，该记者询问了政府遇到的阻力。"
    assert [s.content for s in extract_zh(_article(text))] == ["这是人们普遍关注的问题"]
    text = "“我们不会让步，”韩默说，政府会坚持到底。"
    assert [s.content for s in extract_zh(_article(text))] == ["我们不会让步", "政府会坚持到底"]


def test_quotes_nested_in_a_statement_and_reported_acts_after_it() -> None:
    text = "北湾商会主席韩默会后称，卡洛斯呼吁「商界能够放心去投资」。"
    found = {(s.speaker.name, s.content) for s in extract_zh(_article(text))}
    assert found == {("卡洛斯", "商界能够放心去投资"), ("韩默", "卡洛斯呼吁「商界能够放心去投资」")}
    (st,) = extract_zh(_article("韓默向本地代表稱，北灣是企業家的天堂，他又讚揚北灣的法治水平屬國際一流。"))
    assert st.content == "北灣是企業家的天堂"
    (st,) = extract_zh(_article("局长韩默会后向传媒引述指，卡洛斯鼓励业界更多说好北湾故事。"))
    assert (st.speaker.name, st.cue) == ("韩默", "引述指")
    assert extract_zh(_article("南岛官员否认北湾国总统最近关于南岛控制基地的断言。")) == []
    (st,) = extract_zh(_article("经济学家韩默估计，实际利率高于10％。这个估计是基于平均贷款利率。"))
    assert st.content == "实际利率高于10％"


def test_words_reported_inside_a_statement_and_the_one_told_stays_the_antecedent() -> None:
    text = "律师韩默表示，他周四见到了卡丽。他表示，卡丽告诉他，警察没有出具逮捕证。他说，“我们会提出控诉。”"
    found = [(s.speaker.name, s.content) for s in extract_zh(_article(text))]
    assert ("卡丽", "警察没有出具逮捕证") in found and ("韩默", "卡丽告诉他，警察没有出具逮捕证") in found
    assert found[-1] == ("韩默", "我们会提出控诉")
    text = "北灣國防部表示，南島艦艇曾警告，他們計劃在島南部舉行實彈射擊訓練。"
    assert {s.speaker.name for s in extract_zh(_article(text))} == {"北湾国防部", "南岛舰艇"}
    (st,) = extract_zh(_article("北湾委员会表示，去年全球有1亿人遭受饥饿。该委员会肯定了粮食署的努力。"))
    assert st.content == "去年全球有1亿人遭受饥饿"
    (st,) = extract_zh(_article("北灣委員會表示，去年全球有1億人遭受飢餓。該計劃將持續兩年。"))
    assert st.content.endswith("該計劃將持續兩年")


def test_counted_and_titled_subjects_before_a_refusal_go_on_speaking() -> None:
    text = "周五，看守所接电话的一名女性拒绝回答问题，并表示需要有人以书面形式递交这些问题。"
    (st,) = extract_zh(_article(text))
    assert (st.speaker.name, st.content) == ("一名女性", "需要有人以书面形式递交这些问题")
    (st,) = extract_zh(_article("發言人韓默拒絕回答問題，並表示需要書面提問。"))
    assert st.speaker.name == "韩默"
    (st,) = extract_zh(_article("一名北湾高级官员周日否定了这种说法，称雷达记录显示，战机并未越境。"))
    assert st.speaker.name == "一名北湾高级官员"
    assert extract_zh(_article("韩默拒绝透露细节。")) == []


def test_one_office_under_two_titles_and_a_statement_issued_by_a_ministry() -> None:
    text = "北湾首相韩默表示，目前不派兵。北湾政府首脑强调：“我们正集中于运送武器。”"
    assert {s.speaker.name for s in extract_zh(_article(text))} == {"韩默"}
    (st,) = extract_zh(_article("南島外交部發聲明表示：「這些水域不屬於北灣。」"))
    assert st.speaker.name == "南岛外交部"


BLIND = Path(__file__).resolve().parent / "data" / "zh_blind"
BLIND_SETS = {  # gold file, the real articles it annotates, floors a little under the figures after this round
    "gold.jsonl": (["rss/greatfire_feeds__nyt.xml", "rss/greatfire_feeds__cdt.xml", "zh-feedx/dw-1046332.md",
                    "zh-feedx/voa-1008524.md", "zh-feedx/rfi-999975.md"], 0.92, 0.92),
    "gold-b.jsonl": (["rss/greatfire_feeds__nyt.xml", "zh-feedx/rfi-1042197.md", "zh-feedx/voa-1045787.md"],
                     0.97, 0.97),
    "gold-c.jsonl": (["zh-feedx/rfi-999959.md", "zh-feedx/voa-1008530.md", "zh-feedx/dw-1022615.md"], 0.97, 0.97),
    "gold-d.jsonl": (["rss/greatfire_feeds__bbc.xml", "rss/greatfire_feeds__dw.xml", "zh-feedx/nyt-1041899.md",
                      "zh-feedx/dw-1022613.md", "zh-feedx/voa-1045847.md", "zh-feedx/rfi-999965.md",
                      "zh-feedx/rfi-999954.md"], 0.96, 0.95),
    "gold-e.jsonl": (["zh-feedx/dw-1046207.md", "zh-feedx/rfi-1042122.md", "zh-feedx/rfi-1042182.md",
                      "zh-feedx/rfi-999974.md", "zh-feedx/voa-1010634.md", "zh-feedx/voa-1008520.md"], 0.93, 0.93),
    "gold-f.jsonl": (["zh-feedx/rfi-999951.md", "zh-feedx/rfi-999966.md", "zh-feedx/rfi-999999.md",
                      "zh-feedx/voa-1008523.md"], 0.98, 0.98),
    "gold-g.jsonl": (["rss/greatfire_feeds__nyt.xml", "rss/greatfire_feeds__cdt.xml"], 0.84, 0.83),
    "gold-h.jsonl": (["rss/greatfire_feeds__nyt.xml"], 0.88, 0.88),
    "gold-i.jsonl": (["rss/greatfire_feeds__nyt.xml", "rss/greatfire_feeds__bbc.xml", "rss/greatfire_feeds__dw.xml"],
                     0.77, 0.77),
    "gold-j.jsonl": (["rss/greatfire_feeds__nyt.xml", "rss/greatfire_feeds__cdt.xml"], 0.96, 0.96),
    "gold-k.jsonl": (["rss/greatfire_feeds__cdt.xml"], 0.69, 0.68),
}


@needs_shared
@pytest.mark.parametrize("name", sorted(BLIND_SETS))
def test_blind_sets_of_real_articles_do_not_fall_back(name: str) -> None:
    """Real articles annotated before their output was looked at (README, Quality: the figures held out and
    after). The floors guard what this round fixed; they are no estimate of unseen text."""
    from kg.evaluate import score

    rel, floor_f1, floor_strict = BLIND_SETS[name]
    preds = [result_json(extract(a)) for a in load_paths([SHARED / "corpus" / r for r in rel])
             if not isinstance(a, LoadError)]
    gold = [json.loads(line) for line in (BLIND / name).read_text("utf-8").splitlines() if line]
    res = score(gold, preds, 0.5)
    assert res["statements"]["f1"] >= floor_f1 and res["strict"]["f1"] >= floor_strict


def test_a_speaker_and_cue_closing_the_sentence() -> None:
    (st,) = extract_zh(_article("北湾将在下个月派遣更多军队，一名官员说。"))
    assert (st.speaker.name, st.content, st.quote_type) == ("一名官员", "北湾将在下个月派遣更多军队", "indirect")
    (st,) = extract_zh(_article("北灣——來自南島的僱傭軍正在發揮關鍵作用，一名高級官員透露。"))
    assert st.content == "來自南島的僱傭軍正在發揮關鍵作用"
    text = "韩默表示，经济会好转。明年增长将达到5%，他说。"
    found = [(s.speaker.name, s.content) for s in extract_zh(_article(text))]
    assert found == [("韩默", "经济会好转"), ("韩默", "明年增长将达到5%")]
    (st,) = extract_zh(_article("韩默指出，明年增长将达到5%，他说。"))
    assert st.content == "明年增长将达到5%"
    for text in ("至今北湾始终未清楚表明，如果南岛开战，北湾将如何回应。",
                 "南岛外交部和一名军事指挥官都已对袭击进行了谴责。",
                 "他们在公司公布收益几分钟之后，就发表了一篇报道。"):
        assert extract_zh(_article(text)) == [], text
    (st,) = extract_zh(_article("《北湾日报》周一关注总统提出的计划，并指出，总统不允许内部改革。"))
    assert (st.speaker.name, st.content) == ("北湾日报", "总统不允许内部改革")


def test_the_one_who_answered_goes_on_speaking() -> None:
    text = "发布会上，发言人韩默回答完港媒记者后，说：“举手的人很多，我想请一位老朋友提问。”"
    (st,) = extract_zh(_article(text))
    assert (st.speaker.name, st.quote_type) == ("韩默", "direct")
    text = "韩默表示，会议很成功。他回答完后，对全场说：“言犹未尽，后会有期。”"
    assert [s.speaker.name for s in extract_zh(_article(text))] == ["韩默", "韩默"]
    text = "北灣國總理韓默回答完法新社關於西藏的問題後，隨後建議說：「如果不累的話，我們再提兩個問題。」"
    (st,) = extract_zh(_article(text))
    assert (st.speaker.name, st.cue) == ("韩默", "建議說")
    text = "韩默说，改革必须继续。“原始，”她转动着眼睛说。"
    assert [s.speaker.name for s in extract_zh(_article(text))] == ["韩默", "韩默"]
    text = "韩默表示，会议很成功，并向记者透露，明年将再次举办。"
    assert [s.content for s in extract_zh(_article(text))] == ["会议很成功", "明年将再次举办"]


def test_a_surname_alone_names_the_person_named_before_with_it() -> None:
    text = "局长许正宇表示，会议很成功。许说，明年将再次举办。"
    assert [s.speaker.name for s in extract_zh(_article(text))] == ["许正宇", "许正宇"]
    text = "局長許正宇表示，會議很成功。當被問及股市時，許沒有正面回應，只是說已向上級匯報。"
    found = [(s.speaker.name, s.content) for s in extract_zh(_article(text))]
    assert found[-1] == ("许正宇", "已向上級匯報")
    text = "外长王毅表示，会议很成功。这说明，明年将再次举办。"
    assert [s.speaker.name for s in extract_zh(_article(text))] == ["王毅"]


def test_a_colon_inside_a_book_title_and_manner_nouns() -> None:
    text = "北湾省人大常委会原副主任韩默在为2009年出版的《政道：十年》一书作序时指出，有争议是好事。"
    (st,) = extract_zh(_article(text))
    assert (st.speaker.name, st.content) == ("韩默", "有争议是好事")
    text = "美联社记者两年后再次提问，态度强硬地质疑了北湾的试验：“这是负责任的大国的行为吗？”"
    assert all(s.speaker.name != "态度" for s in extract_zh(_article(text)))
    text = ("记者：您怎么看这件事？\n韩默：我们党和政府及时采取了措施，结论不会改变。\n（图片来自网络）\n相关专题：\n"
            "文_周至美\n回顾以往，还是有不少记者在这个大舞台上表现出色，抓住了转瞬即逝的机会。")
    assert [s.speaker.name for s in extract_zh(_article(text))] == ["韩默"]


def test_a_next_sentence_on_its_own_noun_subject_or_background_is_the_reporters() -> None:
    text = "学者韩默说，北湾的演习不应被视为表演。这些演习背后有真实的能力。"
    (st,) = extract_zh(_article(text))
    assert st.content == "北湾的演习不应被视为表演"
    (st,) = extract_zh(_article("北灣國防部表示，南島開始測試一條新航線。該航線曾遭遇北灣的強烈抗議。"))
    assert st.content == "南島開始測試一條新航線"
    (st,) = extract_zh(_article("学者韩默说，北湾正试图说服各国。这包括北湾对南岛的主张。"))
    assert st.content.endswith("这包括北湾对南岛的主张")


def test_a_person_named_in_the_speakers_adverbials_is_no_antecedent_and_richest_is_a_title() -> None:
    text = "北湾总统韩默在接受记者岳林达（Linda Yueh）专访时说，南岛的市场很自由。他说，最想在南岛投资。"
    assert [s.speaker.name for s in extract_zh(_article(text))] == ["韩默", "韩默"]
    text = "北灣首富韓默在接受記者岳林達（Linda Yueh）專訪時說，南島的市場很自由。他說，最想在南島投資。"
    found = [(s.speaker.name, s.speaker.role) for s in extract_zh(_article(text))]
    assert found == [("韩默", "首富"), ("韩默", "首富")]


def test_a_frame_with_its_own_subject_opens_the_content_and_a_rebuttal_names_the_next_speaker() -> None:
    text = ("北湾外交部称南岛军机在巡逻时，进入北湾领空，"
            "一名南岛高级官员周日否定了这种说法，称雷达显示，军机未进入北湾。")
    found = [(s.speaker.name, s.content) for s in extract_zh(_article(text))]
    assert found == [("北湾外交部", "南岛军机在巡逻时，进入北湾领空"), ("一名南岛高级官员", "雷达显示，军机未进入北湾")]
    text = "北灣外交部稱南島軍機在巡邏時，進入北灣領空，一名南島高級官員週日否認了這種說法，稱軍機並未進入北灣。"
    assert [s.speaker.name for s in extract_zh(_article(text))] == ["北湾外交部", "一名南岛高级官员"]
    for text in ("韩默批评在野党时，语气强硬。", "韩默批评政府时，语气强硬。"):
        assert extract_zh(_article(text)) == [], text
    text = "韩默表示，北湾政府已经撤回了提案，并称将继续谈判。"
    assert [s.speaker.name for s in extract_zh(_article(text))] == ["韩默", "韩默"]


def test_a_subject_before_an_after_clause_and_time_adverbs_before_the_cue() -> None:
    text = "北灣政府官員在遭到法官多次警告後，於週三首次表示，開始處理拖欠款項。"
    (st,) = extract_zh(_article(text))
    assert (st.speaker.name, st.content) == ("北湾政府官员", "開始處理拖欠款項")
    (st,) = extract_zh(_article("北湾外交部于周三表示，将处理拖欠款项。"))
    assert st.speaker.name == "北湾外交部"
    (st,) = extract_zh(_article("北灣政府官員在遭到法官警告後，於週三首次表示開始審查拖欠款項。"))
    assert (st.speaker.name, st.content) == ("北湾政府官员", "開始審查拖欠款項")
    assert extract_zh(_article("韩默宣布开始。")) == []
    (st,) = extract_zh(_article("北湾外交部在会谈结束后，随即发表声明，称双方达成共识。"))
    assert (st.speaker.name, st.content) == ("北湾外交部", "双方达成共识")


def test_worries_and_being_expected_to_are_not_statements() -> None:
    for text in ("北湾当局担心，疫情会再次爆发。", "但北灣當局擔心這些信貸數額過度增長。",
                 "北湾央行预计将在下个月降息。", "北灣央行預計將於下月降息。"):
        assert extract_zh(_article(text)) == [], text
    (st,) = extract_zh(_article("北湾央行预计，今年将降息两次。"))
    assert (st.speaker.name, st.modality) == ("北湾央行", "speculation")
    text = "北湾总统韩默对南岛正在丧失军事能力表达了担忧，认为它的战斗力在减弱。"
    # 表达了担忧 expresses (a speech act) a worry about a proposition: that is a statement too.
    assert [(s.speaker.name, s.content) for s in extract_zh(_article(text))] == [
        ("韩默", "南岛正在丧失军事能力"), ("韩默", "它的战斗力在减弱")]
    text = "一位開會打瞌睡的官員遭免職，被歸結為人治之舉，事後證實韓默並未作出罷免指示。"
    assert all(s.speaker.name != "遭免职" for s in extract_zh(_article(text)))


def test_a_product_speaks_for_its_maker() -> None:
    (st,) = extract_zh(_article("NorthAI推出的模型声称，它的性能超过了对手。"))
    assert st.speaker.name == "NorthAI"
    (st,) = extract_zh(_article("北灣科技公司推出的聊天機器人聲稱，它能理解所有語言。"))
    assert st.speaker.name == "北湾科技公司"
    (st,) = extract_zh(_article("近期，NorthAI推出的最新AI模型聲稱其性能可與對手的產品相媲美。"))
    assert (st.speaker.name, st.content) == ("NorthAI", "其性能可與對手的產品相媲美")


def test_according_to_an_organisation_or_its_data() -> None:
    (st,) = extract_zh(_article("根据北湾疾病控制中心(CDC)，患者可能要在感染三周后产生抗体。"))
    assert (st.speaker.name, st.modality) == ("北湾疾病控制中心", "speculation")
    assert st.content == "患者可能要在感染三周后产生抗体"
    (st,) = extract_zh(_article("根據北灣大學的數據，病毒已經奪去21萬人的生命。"))
    assert (st.speaker.name, st.content) == ("北湾大学", "病毒已經奪去21萬人的生命")
    for text in ("根据北湾疾控中心的指导原则，他参加辩论有可能构成健康风险。", "根据协议，双方将撤军。",
                 "根据北湾法律，双方将撤军。"):
        assert extract_zh(_article(text)) == [], text


def test_a_cleft_naming_who_revealed_the_news() -> None:
    text = "北京——北湾警方正式拘留了五名年轻的女性活动人士，消息是由其中四名女性的律师在周五透露的。"
    (st,) = extract_zh(_article(text))
    assert (st.content, st.cue) == ("北湾警方正式拘留了五名年轻的女性活动人士", "透露")
    assert "律师" in st.speaker.aliases
    (st,) = extract_zh(_article("北灣警方正式拘留了五名活動人士，這一消息是由律師韓默證實的。"))
    assert (st.speaker.name, st.content) == ("韩默", "北灣警方正式拘留了五名活動人士")
    assert extract_zh(_article("北湾警方拘留了五名活动人士，由律师韩默陪同的家属前往。")) == []


def test_answers_in_a_press_conference_transcript_are_the_spokespersons() -> None:
    text = ("外交部發言人韓默週一主持例行記者會。以下為部分內容：\n問：北灣是否會派兵前往南島？\n"
            "答：我們一貫主張通過對話解決分歧，不會採取軍事行動。\n問：你能否證實會談的消息？\n答：我目前沒有可以發佈的消息。\n")
    found = [(s.speaker.name, s.quote_type) for s in extract_zh(_article(text))]
    assert found == [("韩默", "direct"), ("韩默", "direct")]


def test_according_to_a_document_and_the_reporter_guessing_a_motive() -> None:
    text = "根据一份官方内部通报，今年3月在北湾连续发生两起暴力事件，可能是担心“冲淡气氛”，迄今未见官方报道。"
    (st,) = extract_zh(_article(text))
    assert (st.speaker.name, st.modality) == ("一份官方内部通报", "assertion")
    assert st.content == "今年3月在北湾连续发生两起暴力事件"
    (st,) = extract_zh(_article("根據北灣國防部的一份報告，南島軍機三次越界。"))
    assert (st.speaker.name, st.content) == ("北湾国防部", "南島軍機三次越界")
    (st,) = extract_zh(_article("据视频披露的数据，这家孵化场每天要处理15万只小鸡。"))
    assert st.speaker.name == "视频"


def test_an_adverbial_opening_a_reported_clause_with_its_own_cue() -> None:
    text = "韓默舉例說，在衝突期間，北灣宣布給予南島一億美元的援助。"
    found = [(s.speaker.name, s.content) for s in extract_zh(_article(text))]
    assert found == [("韩默", "在衝突期間，北灣宣布給予南島一億美元的援助"), ("北湾", "給予南島一億美元的援助")]


def test_what_happened_before_is_the_reporters() -> None:
    (st,) = extract_zh(_article("聯合國專家韓默警告稱，南島人「面臨飢荒的危險」，此前北灣曾對她提出批評。"))
    assert st.content == "南島人「面臨飢荒的危險」"


def test_ranks_after_names_meanwhile_clauses_counted_relatives_and_tag_lines() -> None:
    text = "周六，北灣高級指揮官、軍委副主席韓默上將還警告稱，南島軍方必須防止戰爭蔓延。"
    (st,) = extract_zh(_article(text))
    assert st.speaker.name == "韩默"
    text = "北湾教授韩默表示，研究很有趣。“我只是一个研究对象，”他一边说，一边笑着瞟了一下。"
    found = [(s.speaker.name, s.content) for s in extract_zh(_article(text))]
    assert found == [("韩默", "研究很有趣"), ("韩默", "我只是一个研究对象")]
    for text in ("前两年，有一则声称是北湾某养鸡场的视频在网络上热传。", "Tags: 韩默, 李明, 北湾",
                 "北湾日报发表了文章。這篇反駁文章產生了廣泛影響。"):
        assert extract_zh(_article(text)) == [], text
    (st,) = extract_zh(_article("北湾外交部发表了一份声明，“深表关切”。"))
    assert st.speaker.name == "北湾外交部"


def test_a_dateline_before_the_speaker_and_the_reader_addressed() -> None:
    (st,) = extract_zh(_article("北灣——軍方官員稱，政府軍奪取了西部社區。"))
    assert st.speaker.name == "军方官员"
    for text in ("你以为不背就可以不背了吗？", "你们凭什么说不好——专家说好，就一定是好吗？"):
        assert extract_zh(_article(text)) == [], text


def test_an_office_or_team_keeps_its_owner_in_its_name() -> None:
    (st,) = extract_zh(_article("北湾总统韩默的办公室在一份声明中表示，总统身体健康。"))
    assert (st.speaker.name, st.speaker.kind) == ("韩默办公室", "organization")
    (st,) = extract_zh(_article("北灣總統韓默的競選團隊表示，總統身體健康。"))
    assert st.speaker.name == "韩默竞选团队"


def test_unnamed_media_relaying_a_source() -> None:
    (st,) = extract_zh(_article("韓國官方媒體援引消息人士的話說，韓默將訪問南島。"))
    assert (st.speaker.name, [o.name for o in st.via]) == ("消息人士", ["韩国官方媒体"])
    (st,) = extract_zh(_article("外媒援引消息人士的话说，韩默将访问南岛。"))
    assert [o.name for o in st.via] == ["外媒"]


def test_a_cue_and_colon_closing_a_paragraph_takes_the_next_paragraphs_words() -> None:
    text = "北灣總統韓默說：\n「我們不會退讓。南島必須道歉。」\n他補充說：「這是底線。」"
    found = [(s.speaker.name, s.content, s.quote_type) for s in extract_zh(_article(text))]
    assert found == [("韩默", "我們不會退讓。南島必須道歉", "direct"), ("韩默", "這是底線", "direct")]
    text = "北湾总统韩默表示：\n我们不会退让，南岛必须道歉。"
    (st,) = extract_zh(_article(text))
    assert (st.content, st.quote_type) == ("我们不会退让，南岛必须道歉", "direct")
    text = "北湾总统韩默表示：\n南岛外长李明随后抵达会场。"
    assert extract_zh(_article(text)) == []


def test_he_after_a_sentence_of_plain_narration_opened_by_a_bare_name() -> None:
    for text in ("韩默周一抵达南岛访问。他说，两国关系正在改善。", "韓默週一抵達南島訪問。他說，兩國關係正在改善。",
                 "安东尼·布林肯周一抵达北湾。他说，两国关系正在改善。"):
        (st,) = extract_zh(_article(text))
        assert st.speaker.name in ("韩默", "安东尼·布林肯") and st.resolved_from == "他", text
    text = "韩默表示，局势稳定。李安周一抵达北湾。他说，两国关系正在改善。"
    assert [s.speaker.name for s in extract_zh(_article(text))] == ["韩默", "李安"]
    # A place or an office opening the sentence before is no antecedent.
    for text in ("王府井周一人潮汹涌。他说，生意很好。", "韩国周一宣布戒严。他说，局势紧张。"):
        assert all(s.speaker.name not in ("王府井", "韩国") for s in extract_zh(_article(text))), text


def test_a_court_speaks_by_its_ruling() -> None:
    (st,) = extract_zh(_article("北湾最高法院周二裁定，该法律违反宪法，政府必须在六个月内修改。"))
    assert (st.speaker.name, st.content) == ("北湾最高法院", "该法律违反宪法，政府必须在六个月内修改")
    (st,) = extract_zh(_article("地區法院裁決，公司必須賠償工人損失。"))
    assert st.speaker.name == "地区法院" and st.content == "公司必須賠償工人損失"
    (st,) = extract_zh(_article("南島法院做出歷史性裁決，稱保護公民是一項人權。"))
    assert st.speaker.name in ("南岛法院", "南島法院") and st.content == "保護公民是一項人權"
    for text in ("韩默被裁定有罪。", "全球各地之前做出了一些裁决，要求各国政府加紧减排。", "法院的裁定，公司不服。"):
        assert extract_zh(_article(text)) == [], text


def test_what_is_criticised_is_no_statement_and_its_critic_goes_on_speaking() -> None:
    for text in ("韩默批评南岛政府，表示南岛的政策不可持续。", "韩默含蓄地批评南岛政府，并表示南岛的政策不可持续。",
                 "韓默批評南島政府，表示南島的政策不可持續。"):
        (st,) = extract_zh(_article(text))
        assert st.speaker.name == "韩默" and st.content.startswith(("南岛的政策", "南島的政策")), text
    for text in ("马英九批评蔡总统两岸政策，国庆中华民国沦为配角。",
                 "馬英九批評蔡總統兩岸政策，國慶中華民國淪為配角。"):
        assert extract_zh(_article(text)) == [], text
    (st,) = extract_zh(_article("韩默批评南岛政府软弱无能。"))
    assert st.content == "南岛政府软弱无能"
    found = [s.content for s in extract_zh(_article("韩默警告南岛别轻易尝试武力犯台，强调登陆非常困难。"))]
    assert found == ["南岛别轻易尝试武力犯台", "登陆非常困难"]


def test_a_bare_name_opening_a_clause_of_narration_speaks_in_the_next() -> None:
    for text in ("韩默周一会见南岛外长，表示两国关系良好。", "韓默週一會見南島外長，表示兩國關係良好。"):
        (st,) = extract_zh(_article(text))
        assert st.speaker.name == "韩默" and st.content in ("两国关系良好", "兩國關係良好"), text
    assert extract_zh(_article("王府井周一人潮汹涌，表示生意很好。")) == []


def test_predicates_of_degree_and_objects_that_name_a_quality() -> None:
    for text in ("韩默表示当年的谈判非常艰难。", "北湾总统韩默接受采访时，回忆说当年的谈判十分艰难。"):
        (st,) = extract_zh(_article(text))
        assert st.speaker.name == "韩默" and st.content.startswith("当年的谈判"), text
    for text in ("韩默强调两国关系的重要性。", "韓默強調出兩國合作的重要性。", "韩默说出了真相。"):
        assert extract_zh(_article(text)) == [], text
    (st,) = extract_zh(_article("韩默表示不排除与南岛合作。"))
    assert st.modality == "speculation"


def test_kin_before_a_name_is_a_role() -> None:
    (st,) = extract_zh(_article("韩默的妻子李丽告诉记者，她丈夫是无辜的。"))
    assert (st.speaker.name, st.speaker.role) == ("李丽", "妻子")
    (st,) = extract_zh(_article("韓默的兒子韓小明說，他父親是無辜的。"))
    assert st.speaker.name in ("韩小明", "韓小明")


def test_their_refusal_after_the_words_is_the_reporters() -> None:
    for text in ("北湾官员说，经济会好转，但他们拒绝透露细节。", "北灣官員說，經濟會好轉，但他們拒絕透露細節。"):
        (st,) = extract_zh(_article(text))
        assert st.content in ("经济会好转", "經濟會好轉"), text


def test_what_a_speaker_calls_something_in_quotation_marks() -> None:
    for text in ("韩默将这次袭击描述为“本世纪最严重的恐怖袭击”。", "韓默把這次襲擊形容為「本世紀最嚴重的恐怖襲擊」。"):
        (st,) = extract_zh(_article(text))
        assert st.speaker.name == "韩默" and st.content in ("本世纪最严重的恐怖袭击", "本世紀最嚴重的恐怖襲擊"), text
    for text in ("该公司将在下月把产品定性为“高端”。", "该言论将这次袭击描述为“本世纪最严重的恐怖袭击”。",
                 "韩默把这次袭击形容为一场灾难。"):
        assert extract_zh(_article(text)) == [], text


def test_this_spokesman_is_the_one_last_named_with_that_title() -> None:
    for det in ("这位", "该"):
        text = f"北湾外交部发言人李明周一表示，局势稳定。{det}发言人还说，北湾不会让步。"
        assert [s.speaker.name for s in extract_zh(_article(text))] == ["李明", "李明"], det
    text = "北灣外交部發言人李明週一表示，局勢穩定。這位發言人還說，北灣不會讓步。"
    assert [s.speaker.name for s in extract_zh(_article(text))] == ["李明", "李明"]


def test_the_outlet_named_again_as_this_news_agency_or_paper() -> None:
    text = "北辰通讯社报道，韩默已经辞职。该通讯社援引一名官员的话说，辞职立即生效。"
    a, b = extract_zh(_article(text))
    assert (b.speaker.name, [o.name for o in b.via]) == ("一名官员", ["北辰通讯社"])
    for text in ("南屏日报报道，韩默已经辞职。这家报纸还说，辞职立即生效。",
                 "南屏電視台報導，韓默已經辭職。該電視台還說，辭職立即生效。"):
        a, b = extract_zh(_article(text))
        assert b.speaker.name == a.speaker.name and b.resolved_from, text


def test_a_colon_and_quotation_after_a_clause_opened_by_someone_speaking_in_the_article() -> None:
    for text in ("韩默表示，局势稳定。韩默描述了当时的情况：“我们都很害怕。”",
                 "韓默表示，局勢穩定。他回憶當時的情景：「我們都很害怕。」"):
        a, b = extract_zh(_article(text))
        assert (b.speaker.name, b.quote_type) == ("韩默", "direct") and b.content in ("我们都很害怕", "我們都很害怕")
    assert extract_zh(_article("韩默描述了当时的情况：“我们都很害怕。”")) == []  # no one known speaks there


def test_the_one_warned_then_a_comma_and_the_words() -> None:
    text = "韩默说，北湾不会让步。他还警告南岛，不要越过红线。"
    assert [(s.speaker.name, s.content) for s in extract_zh(_article(text))] == [
        ("韩默", "北湾不会让步"), ("韩默", "不要越过红线")]
    (st,) = extract_zh(_article("韓默敦促南島政府，立即停止挑釁。"))
    assert st.content == "立即停止挑釁"
    for text in ("韩默警告南岛，随后离开了会场。", "韩默警告南岛，但没有透露细节。", "韩默警告南岛，并召回了大使。"):
        assert extract_zh(_article(text)) == [], text


def test_and_accused_goes_on_with_the_same_speaker_and_critics_are_a_noun() -> None:
    text = "韩默表示，北湾不会让步，并指责南岛“公然撒谎”。"
    assert [s.content for s in extract_zh(_article(text))] == ["北湾不会让步", "南岛“公然撒谎”"]
    (st,) = extract_zh(_article("支持韩默的舆论认为，批评者应该减少争议。"))
    assert st.content == "批评者应该减少争议"
    (st,) = extract_zh(_article("支持韓默的輿論認為，批評者應該減少爭議。"))
    assert st.content == "批評者應該減少爭議"


def test_a_subjectless_cue_three_clauses_on_continues_the_speaker() -> None:
    text = "韩默指出，金融是经济的血脉，而科技则是最大支撑，呼吁业界「团结一致」努力巩固地位。"
    found = [(s.speaker.name, s.content) for s in extract_zh(_article(text))]
    assert found == [("韩默", "金融是经济的血脉，而科技则是最大支撑"), ("韩默", "业界「团结一致」努力巩固地位")]


def test_a_recommendation_and_a_name_ending_in_zheng() -> None:
    (st,) = extract_zh(_article("北湾疾控中心建议保持至少两米的社交距离。"))
    assert (st.speaker.name, st.content) == ("北湾疾控中心", "保持至少两米的社交距离")
    for text in ("在专家的建议下，政府推迟了选举。", "韩默接受了李安的建议。", "这项建议书遭到了反对。"):
        assert extract_zh(_article(text)) == [], text
    (st,) = extract_zh(_article("发言人韩启正表示，记者不要做过多的想象。"))
    assert st.speaker.name == "韩启正"


def test_he_opening_a_later_clause_of_the_sentence_is_its_opening_person() -> None:
    for text in ("李安表示，局势稳定。北湾总统韩默周一抵达南岛访问，他说，两国关系正在改善。",
                 "李安表示，局勢穩定。韓默週一抵達南島訪問，他說，兩國關係正在改善。"):
        a, b = extract_zh(_article(text))
        assert (b.speaker.name, b.resolved_from) == ("韩默", "他"), text
    text = "李安表示，局势稳定。王府井周一人潮汹涌，他说，生意很好。"
    assert [s.speaker.name for s in extract_zh(_article(text))] == ["李安", "李安"]


def test_a_cue_run_on_into_chu_before_a_comma() -> None:
    (st,) = extract_zh(_article("北辰通讯社强调出，与南岛签署条约代表着北湾的外交胜利。"))
    assert (st.speaker.name, st.content) == ("北辰通讯社", "与南岛签署条约代表着北湾的外交胜利")
    assert extract_zh(_article("韩默强调出两国合作的重要性。")) == []


def test_a_thing_bearing_words_is_no_speaker_label() -> None:
    assert extract_zh(_article("标语上写着：“我们要自由。”")) == []
    (st,) = extract_zh(_article("韩默：“我们不会让步。”"))
    assert st.speaker.name == "韩默"


def test_another_party_not_confirming_is_the_reporters() -> None:
    for text in ("消息人士称，韩默已经辞职，但北湾政府尚未证实。", "韓默說，經濟會好轉，但北灣央行尚未證實此事。"):
        (st,) = extract_zh(_article(text))
        assert st.content in ("韩默已经辞职", "經濟會好轉"), text


def test_an_organisation_side_speaks() -> None:
    (st,) = extract_zh(_article("北辰电子公司方面表示，产品没有问题。"))
    assert st.speaker.name.startswith("北辰电子公司") and st.content == "产品没有问题"
    assert extract_zh(_article("经济方面表示，停火协议仍然有效。")) == []


def test_taiwanese_dates_and_a_council_are_not_cut_into_the_speaker() -> None:
    (st,) = extract_zh(_article("韓默昨（2）日表示，兩岸關係穩定。"))
    assert st.speaker.name == "韩默"
    for text in ("陸委會今天表示，兩岸關係穩定。", "陆委会表示，两岸关系稳定。"):
        (st,) = extract_zh(_article(text))
        assert st.speaker.name == "陆委会", text


@pytest.mark.parametrize(("text", "speaker", "content"), [
    # Hong Kong papers' 指 ('states'), with a comma or colon, and 续指 ('went on').
    ("卫生署发言人指，暂未发现新个案。", "卫生署发言人", "暂未发现新个案"),
    ("衛生署發言人指：暫未發現新個案。", "卫生署发言人", "暫未發現新個案"),
    ("韩默认为，当局应检讨机制。她续指，市民非常关注。", "韩默", "市民非常关注"),
    ("韩默表示，政府会全力支援。他又指，详情会尽快公布。", "韩默", "详情会尽快公布"),
    # Taiwan and Hong Kong press verbs.
    ("民進黨團總召韓默砲轟，國民黨只會扯後腿。", "韩默", "國民黨只會扯後腿"),
    ("國防部長韓默喊話，國軍會堅守崗位。", "韩默", "國軍會堅守崗位"),
    ("北辰周刊披露，韩默已被拘留。", "北辰周刊", "韩默已被拘留"),
])
def test_hong_kong_and_taiwan_press_verbs(text: str, speaker: str, content: str) -> None:
    st = extract_zh(_article(text))[-1]
    assert (st.speaker.name, st.content) == (speaker, content), text


def test_zhi_inside_other_words_is_no_cue() -> None:
    (st,) = extract_zh(_article("路透社引述该指挥部一名官员说，救援顺利。"))
    assert st.speaker.name == "指挥部一名官员" and [v.name for v in st.via] == ["Reuters"]
    assert extract_zh(_article("对于另一篇有关节俭指令的文章，他没有评论。")) == []
    assert extract_zh(_article("这里所指，是北湾的港口。")) == []


def test_discipline_title_before_name_is_split() -> None:
    # 性学家/心理學家 are titles like 经济学家: the speaker is the name after them.
    text = "北湾社会学者、性学家韩默周二宣布，自己已经退休。心理學家林朵表示，這是一個好消息。"
    out = extract(_article(text)).statements
    assert [(s.speaker.name, s.content) for s in out] == [("韩默", "自己已经退休"), ("林朵", "這是一個好消息")]


def test_content_stops_at_the_reporters_comment() -> None:
    # 这是…第三起 counts the event, 这种观点…流行 reports how the view is received, 但这正是让我… is the
    # writer's reaction, 以至于 after advice is a consequence: none of them is the speaker's.
    text = ("北湾宣布，南岛一枚导弹侵犯了其领空约四十秒钟，这是自战争开始以来发生的第三起此类事件。\n\n"
            "韩默強調，北灣將是南島忠實而不盲從的盟友，由於被認為是一場慘敗的戰爭，這種觀點在這裡十分流行。\n\n"
            "林朵建议，候选人要少讲话，以至于国防甚至没有被提出来。\n\n"
            "自动化通讯则称它的专长是写得像一个人，但这正是让我担忧的地方。这种说法已经成为一段插入语。")
    out = extract(_article(text)).statements
    assert [(s.speaker.name, s.content) for s in out] == [
        ("北湾", "南岛一枚导弹侵犯了其领空约四十秒钟"), ("韩默", "北灣將是南島忠實而不盲從的盟友"),
        ("林朵", "候选人要少讲话"), ("自动化通讯", "它的专长是写得像一个人")]


def test_counted_report_is_a_noun() -> None:
    # 10亿个报道 : a counted noun, not 其软件 reporting; the statement is 指出's.
    text = "北湾通讯公司指出，其软件去年一共创作了10亿个报道，许多都没有人工干预；它的主页上展示着客户标志。"
    out = extract(_article(text)).statements
    assert [(s.speaker.name, s.cue) for s in out] == [("北湾通讯公司", "指出")]


def test_cue_late_in_a_chain_of_verb_phrases() -> None:
    # The subject of the first verb phrase speaks at a cue two or three phrases on: a person already named
    # after a modifier's 的, a pronoun with a copula (她是…之一，称…), a document (报告预测了…，认为…), a body
    # that criticised something (批评了…的决定，表示…), a demand then an accusation (要求…，并谴责…).
    text = ("北湾性学家韩默说，这里的人很开放。曾在南岛学社会学的韩默提倡一夜情，赞扬虐恋，并呼吁政府将色情资料合法化。"
            "2010年，在警方逮捕了22名成员后，她是少数几名为被捕者出声辩解的公众人物之一，称相关指控有违基本人权。\n\n"
            "北灣研究院在一份報告中警告，今年軍費將縮減。報告預測了悲觀的前景，認為今後四年，南島實際軍費開支將縮減10%。\n\n"
            "北湾国家安全委员会含蓄地批评了南岛关于这个银行的决定，表示此决定违背了林朵的愿望。\n\n"
            "周四，保守党议员、前陆军军官林朵(Lin Duo)在议会引导了一场有关军费的辩论，要求政府保持2%的目标，"
            "并谴责自己所在的政党拒绝致力于完成这一目标。")
    out = [(s.speaker.name, s.cue, s.content) for s in extract(_article(text)).statements]
    assert out == [
        ("韩默", "说", "这里的人很开放"), ("韩默", "呼吁", "政府将色情资料合法化"),
        ("韩默", "称", "相关指控有违基本人权"),
        ("北湾研究院", "警告", "今年軍費將縮減"), ("北湾研究院", "認為", "今後四年，南島實際軍費開支將縮減10%"),
        ("北湾国家安全委员会", "表示", "此决定违背了林朵的愿望"),
        ("林朵", "要求", "政府保持2%的目标"), ("林朵", "谴责", "自己所在的政党拒绝致力于完成这一目标")]


def test_chain_stops_at_a_turn_and_demands_inside_running_statements() -> None:
    # …，但遭到韩默的批驳，称… : the words are not the first clause's subject's. A 要求 inside a statement
    # running on (指出：…。…反复要求其…) stays part of it.
    text = ("北湾学者林朵说，会谈很顺利。在谈话中，林朵态度傲慢，并故作姿态要交换看法，"
            "但遭到韩默的严词批驳，称此次谈话是严肃谈话。\n\n"
            "北湾官员韩默指出：南岛船只直到现在还停留在北湾领海之内。"
            "在现场海域，巡视船面向南岛船只，反复要求其马上停止接近渔船的行为。")
    out = [(s.speaker.name, s.content) for s in extract(_article(text)).statements]
    assert ("林朵", "此次谈话是严肃谈话") not in out
    assert out[-1] == ("韩默", "南岛船只直到现在还停留在北湾领海之内。"
                              "在现场海域，巡视船面向南岛船只，反复要求其马上停止接近渔船的行为")


def test_warm_welcome_then_a_published_notice() -> None:
    # 表示热烈欢迎 is an act, not words; 并于周五在其网站上发布消息称 carries the statement.
    text = "北湾财政部对南岛的决定表示热烈欢迎，并于周五在其网站上发布消息称，如一切顺利，南岛将于3月底正式成为成员国。"
    out = [(s.speaker.name, s.cue, s.content) for s in extract(_article(text)).statements]
    assert out == [("北湾财政部", "称", "如一切顺利，南岛将于3月底正式成为成员国")]


def test_bare_according_to_reports() -> None:
    # 据报道/據報導 with no source named: the reports speak (one name for both words).
    out = extract(_article("北湾周日遭到袭击。據報導，南港的能源和港口基础设施遭到破坏。")).statements
    assert [(s.speaker.name, s.content) for s in out] == [("报道", "南港的能源和港口基础设施遭到破坏")]


def test_link_lists_and_reception_of_an_announcement() -> None:
    # 相关阅读：/相關內容： open a list of links whose "Name：title" lines say nothing; how an announcement
    # was received (，这段恋情…意外赢得了…) is the reporter's.
    text = ("北湾性学家韩默宣布自己长达17年的伴侣是跨性别男性，这段恋情在这个国度意外赢得了接受和尊重。\n\n"
            "林朵说，这里很好。\n\n相关阅读：\n冉云飞：再论图书馆管理\n南方周末 | 一个县的养成\n\n"
            "相關內容：互動問答：這是人還是電腦寫的？你能區分嗎？來試試。\n")
    out = [(s.speaker.name, s.content) for s in extract(_article(text)).statements]
    assert out == [("韩默", "自己长达17年的伴侣是跨性别男性"), ("林朵", "这里很好")]


def test_she_is_not_the_one_called_he_and_surname_titles_are_antecedents() -> None:
    # 她 does not go back to 韩默, whom the article calls 他; 李教授 (surname + title) is 李雯 named before.
    text = ("北湾学者李雯说，这里很好。\n\n“神要我们在一起，”韩默说。“我只想和她相伴后半生，”他说。\n\n"
            "“愛情從來是超凡脫俗的，”她寫道。\n\n"
            "就在这时，韩默来到茶馆。但在宣布两人的关系时，李教授没有拐弯抹角。“它根本不管阶级阶层，”她写道。")
    out = [(s.speaker.name, s.content) for s in extract(_article(text)).statements]
    assert out[3:] == [("李雯", "愛情從來是超凡脫俗的"), ("李雯", "它根本不管阶级阶层")]


def test_they_is_the_plural_subject_of_the_sentence() -> None:
    # 他们 in a later clause goes back to the people named together opening the sentence, not to a state.
    text = ("在軍事方面，北灣政府的高層官員和南島執政黨的一些資深議員都在迫使韓默增加軍費，"
            "他們辯稱，俄羅斯正在步步進逼。")
    (st,) = extract(_article(text)).statements
    assert (st.speaker.name, st.content) == ("北湾政府的高层官员和南岛执政党的一些资深议员", "俄羅斯正在步步進逼")


def test_this_article_is_the_outlet_that_published_it() -> None:
    # 這篇文章/文章 after "“北辰之声”…发表了…的文章" : that outlet relays the scholar and speaks itself.
    text = ("致力于提供独立报道的非营利性新闻机构“北辰之声”去年底在网站上发表了题为“南岛正在阻碍和平”的文章。"
            "這篇文章援引北湾大学一位学者的话说：“这种说法极其有问题。”文章说，南岛实际上是在想借着这次冲突提升影响力。")
    out = [(s.speaker.name, [v.name for v in s.via]) for s in extract(_article(text)).statements]
    assert out == [("北湾大学一位学者", ["北辰之声"]), ("北辰之声", [])]


def test_a_report_citing_a_poll_speaks_itself() -> None:
    # X引用Y指出 with Y a poll, survey or data: X draws the conclusion, Y is its evidence.
    text = ("北灣國家安全研究所2024年底發布的一份報告引用2024年9月的一份民調指出，"
            "北灣民眾當中，超過一半的人認為南島不友好。")
    out = [(s.speaker.name, s.content) for s in extract(_article(text)).statements]
    assert ("北湾国家安全研究所", "北灣民眾當中，超過一半的人認為南島不友好") in out


def test_indirect_speech_runs_on_only_over_contiguous_connected_sentences() -> None:
    # 要达到…/相比之下/但他的… go on with the argument; 该被告是一名… glosses who someone is, and a sentence
    # after one that did not go on (去年，…) does not go on either.
    text = ("韩默还是认为，一名拒绝认罪的被告被判处三年半有期徒刑是一种进步。该被告是一名中年计算机科学教授。"
            "去年，上海一名博士生被控一项类似的罪名。这一次涉及几名在网上认识的男子。\n\n"
            "北湾研究院本周在一份报告中警告，下一个财年，北湾的军费开支将仅为GDP的1.95%。要達到北約的標準，軍費應該增加30億英鎊。\n\n"
            "北辰通讯社报道，南岛家族已提出收购该公司。但他的提议并没有说服北湾集团。")
    out = [(s.speaker.name, s.content) for s in extract(_article(text)).statements]
    assert out == [("韩默", "一名拒绝认罪的被告被判处三年半有期徒刑是一种进步"),
                   ("北湾研究院", "下一个财年，北湾的军费开支将仅为GDP的1.95%。要達到北約的標準，軍費應該增加30億英鎊"),
                   ("北辰通讯社", "南岛家族已提出收购该公司。但他的提议并没有说服北湾集团")]


def test_shuo_shi_is_one_cue() -> None:
    # 说是/說是 before a clause is one cue (the 是 is no part of the words); 可以说是, 据说是 are not cues.
    text = ("南島僅僅捐助了兩百萬美元，儘管南島外長在一次會議期間說是很快要加大援助。\n\n"
            "这可以说是一个好消息。据说是北湾干的。")
    out = [(s.speaker.name, s.cue, s.content) for s in extract(_article(text)).statements]
    assert out == [("南岛外长", "說是", "很快要加大援助")]


def test_expressed_concern_about_a_proposition() -> None:
    # 对X表达了担忧/深表关切 with X a proposition (正在, 可能, 将…) states X; 对该决定表示担忧 and
    # 对…可能举行的军演深表关切 are about things.
    text = ("北灣對南島可能會退出協議深表關切。\n\n林朵对该决定表示担忧。北湾对南岛可能举行的军演深表关切。")
    out = [(s.speaker.name, s.cue, s.content) for s in extract(_article(text)).statements]
    assert out == [("北湾", "深表關切", "南島可能會退出協議")]


def test_answers_of_a_transcript_by_name_run_over_paragraphs() -> None:
    # Lines labelled by two or more people's names make a transcript: an answer goes on over unlabelled
    # paragraphs in the first person, even one reporting someone's words or opening 我们…坚信：.
    text = ("韩默：两位老师怎么看这个问题？\n"
            "林朵：我认为这个问题很复杂，需要从多个方面来看待，不能一概而论。\n"
            "孩子从小受到的教育，我估摸起来主要是服从。官员就不高兴，批评她，说运动员首先应该感谢国家。\n"
            "我們大家似乎都堅信：課堂講授是最重要的知識來源，這種看法需要改變。\n"
            "相关阅读：\n")
    out = [(s.speaker.name, s.content[:6]) for s in extract(_article(text)).statements]
    assert out[1:] == [("林朵", "我认为这个问"), ("林朵", "孩子从小受到"), ("林朵", "我們大家似乎")]


def test_a_study_shows_and_said_before_a_conditional_clause() -> None:
    # 研究显示，… : a study speaks (not 图片显示, 披露的文件显示); 他说即便是…的男生…，他都会… : a clause that
    # opens on a conjunction is no noun phrase.
    text = ("林朵开展了一项研究。研究顯示，當看到類似的體育報道時，調查對象無法辨別其中的區別。"
            "圖片显示，现场一片混乱。\n\n"
            "“神要我们在一起，”韩默说。\n\n回忆起20岁那会儿，他说即便是约会的男生做出最轻微的举动，他都会往后缩。")
    out = [(s.speaker.name, s.cue, s.content[:4]) for s in extract(_article(text)).statements]
    assert out == [("研究", "顯示", "當看到類"), ("韩默", "说", "神要我们"), ("韩默", "说", "即便是约")]


def test_dash_after_a_closing_quote_and_another_part() -> None:
    # ”——… after a quotation is the writer's rejoinder; 另一部分评论/另一名外交官 keep 另 (另外 is an adverb);
    # 特意/再三 between a speaker and the cue are manner, not the speaker.
    text = ("有的评论写道：“现在孩子如果熟读这本书，出丑几率就基本消失了”——我有点不理解，难道出丑都是因为没有背书？\n\n"
            "另一名外交官表示，武装分子来自多个国家。\n\n林朵再三强调，这说明校长周末还在办公。")
    out = [(s.speaker.name, s.content) for s in extract(_article(text)).statements]
    assert out == [("评论", "现在孩子如果熟读这本书，出丑几率就基本消失了"), ("另一名外交官", "武装分子来自多个国家"),
                   ("林朵", "这说明校长周末还在办公")]


def test_a_cue_without_a_known_speaker_does_not_stop_a_statement_running_on() -> None:
    # 在这期间，…，但是权衡之后，认为… : the 认为 has no speaker of its own here, so the sentence goes on
    # with the statement before (在这期间 carries the argument on).
    text = ("北湾学者林朵也认为，南岛的立场是想要扩大其影响力。"
            "在這期間，南島不是沒有預料到負面影響，但是權衡之後，認為利大於弊。")
    out = [(s.speaker.name, s.content) for s in extract(_article(text)).statements]
    assert out == [("林朵", "南岛的立场是想要扩大其影响力。"
                            "在這期間，南島不是沒有預料到負面影響，但是權衡之後，認為利大於弊")]


def test_words_reported_in_a_concession_inside_a_running_argument() -> None:
    # …。相比之下，…，尽管南岛外长…说是… : the argument (the outer 举例说, not the 宣布 nested at its end) runs
    # on over the sentence, and the minister's words are a statement of their own.
    text = ("林朵举例说，在冲突期间，北湾宣布给予人道援助。"
            "相比之下，南島僅僅捐助了兩百萬美元，儘管南島外長在一次會議期間說是很快要加大援助。")
    out = [(s.speaker.name, s.content) for s in extract(_article(text)).statements]
    assert ("林朵", "在冲突期间，北湾宣布给予人道援助。相比之下，南島僅僅捐助了兩百萬美元，"
                   "儘管南島外長在一次會議期間說是很快要加大援助") in out
    assert ("南岛外长", "很快要加大援助") in out


def test_photo_captions_glossed_names_and_a_time_clause_before_the_speaker() -> None:
    # A short paragraph after a photo credit line is the photo's caption (it repeats the article); a comma
    # inside a name's gloss （Han Mo，音） does not end the speaker's clause; “…，”最近一天下午，她在…说 has a
    # time clause between the words and their speaker; “…”，X这样回答记者 says no more than the quotation.
    text = ("Jane Doe for The New York Times\n\n“我发现这里的人很开放，”北湾学者林雯（左）说。她宣布了恋情。\n\n"
            "北湾学者林雯说，她很好。\n\n"
            "“我发现这里的人接受能力很强，思想很开放，”最近一天下午，她在自家公寓附近的一家茶馆里说。\n\n"
            "“似乎大家都以为这里已经恢复常态了，其实我们还是个灾区，”66岁的韩默（Han Mo，音）说。\n\n"
            "「中國要用五十多年，走完西方三百多年的路。」2004年，韓默這樣回答南方週末記者。")
    out = [(s.speaker.name, s.content) for s in extract(_article(text)).statements]
    assert out == [("林雯", "她很好"), ("林雯", "我发现这里的人接受能力很强，思想很开放"),
                   ("韩默", "似乎大家都以为这里已经恢复常态了，其实我们还是个灾区"),
                   ("韩默", "中國要用五十多年，走完西方三百多年的路")]


def test_semicolon_before_the_same_verb_continues_a_list_of_findings() -> None:
    # …超过一半的人認為…；認為…的只有16% : the same verb after the semicolon, one list; a new subject stops it.
    text = ("北湾研究所的报告指出，北湾民众当中，超过一半的人認為南岛是不友好的；認為南岛是友邦的只有16%。\n\n"
            "韩默表示，经济很好；林朵则认为经济不好。")
    out = [(s.speaker.name, s.content) for s in extract(_article(text)).statements]
    assert out[0] == ("北湾研究所", "北湾民众当中，超过一半的人認為南岛是不友好的；認為南岛是友邦的只有16%")
    assert ("韩默", "经济很好") in out


def test_a_share_of_the_people_polled_inside_a_report() -> None:
    # 报告指出，…，超过一半的人认为… : the report's finding is whole, and the share's belief a statement too.
    text = "北湾研究所的报告指出，北湾民众当中，超過一半的人認為南岛是不友好的；認為南岛是友邦的只有16%。"
    out = [(s.speaker.name, s.content) for s in extract(_article(text)).statements]
    assert out == [("北湾研究所", "北湾民众当中，超過一半的人認為南岛是不友好的；認為南岛是友邦的只有16%"),
                   ("超过一半的人", "南岛是不友好的")]


def test_someone_named_speaks_inside_an_answer() -> None:
    # 林朵：…李明说我们的一些大学，正在培养…，其实… : 李明's words are a statement inside the answer (up to
    # the answerer's 其实); 说我们的一些大学，正在… is a clause, not a noun phrase; 有人说 names no one.
    text = ("韩默：两位老师怎么看这个问题？\n"
            "林朵：我们的基础教育培养的都是功利主义者。李明说我们的一些大学，正在培养“精致的利己主义者”，"
            "其实在进大学之前就开始了。有人说这是好事。\n")
    out = [(s.speaker.name, s.content) for s in extract(_article(text)).statements]
    assert out[2:] == [("李明", "我们的一些大学，正在培养“精致的利己主义者”")]


def test_a_determiner_stays_with_the_word_it_counts_or_points_at() -> None:
    # 另外一些人 are other people than 一些人 (另外 before a count is a determiner; 另外，… an adverb);
    # 该地区的高级官员: 该 points at the region, the officials are described, not referred back to.
    text = ("一些人赞成修建防浪墙。另外一些人则指出，这样的护墙并未拯救北湾的居民。\n\n"
            "雇佣军正在发挥关键作用，該地區的高級官員透露。\n\n"
            "另外，韩默表示，重建需要十年。")
    out = [(s.speaker.name, s.content) for s in extract(_article(text)).statements]
    assert out == [("另外一些人", "这样的护墙并未拯救北湾的居民"), ("该地区的高级官员", "雇佣军正在发挥关键作用"),
                   ("韩默", "重建需要十年")]


def test_a_base_or_a_website_in_the_speakers_description() -> None:
    # 总部在香港的北湾基金的韩默 : 总部在…的 is a modifier, 韩默 speaks; 北湾动物园的网站 is the zoo's own
    # site speaking, not a news site called 网站.
    text = ("“应该停播这个节目，”總部在香港的北灣基金的韓默在一則聲明中說。\n\n"
            "北湾动物园的网站介绍说，动物园有2万只野生动物。")
    out = [(s.speaker.name, s.content) for s in extract(_article(text)).statements]
    assert out == [("韩默", "应该停播这个节目"), ("北湾动物园网站", "动物园有2万只野生动物")]
    assert "北湾动物园的网站" in extract(_article(text)).statements[1].speaker.aliases


def test_a_body_whose_name_ends_in_hui_speaks() -> None:
    # 基金会/联合会/董事会/教会/红十字会表示 : the 会 ends the body's name, it is no modal 'will' (他就会认为 is).
    text = ("北湾基金会表示，节目应该停播。\n\n北灣聯合會表示，節目應該停播。\n\n北湾公司董事会表示，股价被低估。\n\n"
            "韩默的孩子就会认为，节目应该停播。")
    out = [(s.speaker.name, s.content) for s in extract(_article(text)).statements]
    assert out == [("北湾基金会", "节目应该停播"), ("北湾联合会", "節目應該停播"), ("北湾公司董事会", "股价被低估")]


def test_a_demand_without_an_addressee_or_after_a_notice_or_campaign() -> None:
    # 要求停播…, 要求在3月15日之前提交… : what is demanded, with no addressee or after a time adverbial; a notice
    # sent (发出了通知) or a campaign started (发起了一个运动) makes the demand of its subject; 要求很高 and
    # 这项工作要求保持专注 are no demands.
    text = ("北湾动物基金发起了一个运动，要求停播这个节目。\n\n"
            "北湾银监会向各银行發出了通知，要求在3月15日之前提交合规计划。\n\n"
            "这项工作要求保持高度专注。韩默的要求很高。")
    out = [(s.speaker.name, s.content) for s in extract(_article(text)).statements]
    assert out == [("北湾动物基金", "停播这个节目"), ("北湾银监会", "在3月15日之前提交合规计划")]


def test_a_view_after_a_dash_and_a_copula_that_is_no_speaker() -> None:
    # …不同的看法——好像在他们看来，… : 在X看来 after a dash and a hedge on whose view it is; 他们 are the
    # voters opening the sentence (似乎 ends their subject). 这次选举不是一次对…表示认可 has no speaker.
    text = ("但選民們似乎有着不同的看法——好像在他们看来，这次选举不是一次对现政府表示认可的机会，"
            "而是一个抗议的时机。\n\n"
            "这次选举不是一次对现政府表示认可的机会。")
    out = [(s.speaker.name, s.content) for s in extract(_article(text)).statements]
    assert out == [("选民们", "这次选举不是一次对现政府表示认可的机会，而是一个抗议的时机")]


def test_a_report_going_on_after_er_and_a_fronted_topic() -> None:
    # 根据《北辰日报》报道，…。而二月份，… : 而 with a fronted topic carries the report's findings on; 而且/而是
    # do not open that shape, and a sentence with a speaker of its own stops it.
    text = ("根据《北辰日报》报道，北湾去年票房增长率达到36%。而春节所在的二月份，北湾的票房首次超越南岛，跃居第一。"
            "\n\n"
            "韩默表示，北湾经济很好。而林朵，则認為经济不好。")
    out = [(s.speaker.name, s.content) for s in extract(_article(text)).statements]
    assert out[0] == ("北辰日报", "北湾去年票房增长率达到36%。而春节所在的二月份，北湾的票房首次超越南岛，跃居第一")
    assert out[1] == ("韩默", "北湾经济很好")


def test_a_possessive_subject_with_its_own_copula_after_bing_cheng() -> None:
    # …，并称她的死亡纯属“意外” : 她的死亡纯属… is a clause (纯属/属于 a copula), not a noun phrase, so 并称
    # speaks again for the same speaker; 强调北湾的重要性 still names a thing.
    text = "韓默還表示，他攻击林朵是为了给她一个教训，并稱她的死亡纯属“意外”。\n\n韩默强调北湾的重要性。"
    out = [(s.speaker.name, s.content) for s in extract(_article(text)).statements]
    assert out == [("韩默", "他攻击林朵是为了给她一个教训"), ("韩默", "她的死亡纯属“意外”")]


def test_three_items_parted_by_semicolons_are_one_statement() -> None:
    # X说，A；B；C。 : a list of what was said; one semicolon (or an item opening on 此前/但/据) still ends it.
    text = ("韓默說，只有约两成的选民是“忠实选民”；年轻人晚上外出是在自寻麻烦；如果他们不投票，那就该忍受。\n\n"
            "林朵说，北湾经济很好；南岛则很差。\n\n"
            "李明说，北湾经济很好；南岛很差；此前，北湾曾多次抗议。")
    out = [(s.speaker.name, s.content) for s in extract(_article(text)).statements]
    assert out == [("韩默", "只有约两成的选民是“忠实选民”；年轻人晚上外出是在自寻麻烦；如果他们不投票，那就该忍受"),
                   ("林朵", "北湾经济很好"), ("李明", "北湾经济很好")]


def test_a_speaker_after_a_dash_and_what_was_once_said() -> None:
    # 我没有记错--袭击者对我说，… / ——袭击者对我说 : the dash closes the writer's clause, the attackers speak;
    # 他们真的说过，… : 说过 and 真的 (not the nominal 的) report words; 他们 are the attackers (a group).
    text = ("北湾部表示，节目应该停播。\n\n"
            "那天晚上的事情我没有记错--襲擊者对我说，他们伤害我都是我的错。他们真的说过，是在帮我的忙。\n\n"
            "韩默——北湾的总统——说了很多。")
    out = [(s.speaker.name, s.content) for s in extract(_article(text)).statements]
    assert out == [("北湾部", "节目应该停播"), ("袭击者", "他们伤害我都是我的错"), ("袭击者", "是在帮我的忙")]


def test_as_someone_said() -> None:
    # 正如X对我所说的那样：“…” / 正如X所言，… : X's words; 正如我们所说 is the writer's own.
    text = ("正如一名高級官員对我所说的那样：“什么事也做不成。什么重大决定也做不了。”\n\n"
            "正如韩默所言，北湾的经济很好。\n\n正如我们所说，经济很好。")
    st = extract(_article(text)).statements
    assert [(s.speaker.name, s.content, s.quote_type) for s in st] == [
        ("一名高级官员", "什么事也做不成。什么重大决定也做不了", "direct"), ("韩默", "北湾的经济很好", "indirect")]


def test_a_body_that_passes_on_a_ban_and_restates_it() -> None:
    # 林业局又传达禁令，重申… : 又 after a body's name ends the subject, the chain's subject restates the rule;
    # ，但仍然没有明确罚则 is the reporter on what the rule lacks.
    text = "事后，北湾林业局又传达禁令，重申游客与野生动物不得亲密接触，但仍然没有明确罚则。"
    out = [(s.speaker.name, s.content) for s in extract(_article(text)).statements]
    assert out == [("北湾林业局", "游客与野生动物不得亲密接触")]


def test_parents_who_gather_and_demand() -> None:
    # 几十名遇害士兵的父母聚集在…，举着…，要求… : 父母/亲属/家人 are a group (the whole description names
    # them), 聚集 ends their subject; the demand and the 称 after it are theirs, and so is a later 他们表示.
    text = ("几十名遇害士兵的父母聚集在北湾广场，举着各自儿子的照片，要求國際社會对士兵的死因展开调查，"
            "称他们不相信官员能查明真相。\n\n他们表示，乐于看到武装分子落败。")
    out = [(s.speaker.name, s.content) for s in extract(_article(text)).statements]
    assert out == [("几十名遇害士兵的父母", "國際社會对士兵的死因展开调查"),
                   ("几十名遇害士兵的父母", "他们不相信官员能查明真相"),
                   ("几十名遇害士兵的父母", "乐于看到武装分子落败")]


def test_news_reports_that_speak() -> None:
    # 其他一些新闻报道称，… : 新闻报道 is the noun that speaks and 称 the cue (not 新闻 + 报道称); an outlet's
    # 报道称 stays one cue.
    text = "其他一些新闻報導称，来自北湾的雇佣军也应征加入了。\n\n北辰通讯社报道称，经济很好。"
    st = extract(_article(text)).statements
    assert [(s.speaker.name, s.cue, s.content) for s in st] == [
        ("其他一些新闻报导", "称", "来自北湾的雇佣军也应征加入了"), ("北辰通讯社", "报道称", "经济很好")]


def test_a_source_after_a_passive_report() -> None:
    # X由北辰通讯社首先报道，据…的人说，… : what was reported stands before 由, the outlet relays nothing;
    # 一位了解交易的人 (…的人, people a relative clause describes) speaks.
    text = ("北湾的这笔投资由北辰通讯社首先報導，据一位了解交易的人说，这笔投资不在计划之内。\n\n"
            "接近韓默的人說，他不会辞职。")
    st = extract(_article(text)).statements
    assert [(s.speaker.name, s.content, [v.name for v in s.via]) for s in st] == [
        ("一位了解交易的人", "这笔投资不在计划之内", []), ("接近韩默的人", "他不会辞职", [])]


def test_a_denial_in_a_report_names_the_next_speaker() -> None:
    # 北辰通讯社报道称，一名官员对…的说法予以否认。他表示，… : 予以否认 has its object before it and no words,
    # but the official is the 他 that follows (not 韩默, named before), heard through the outlet's report.
    text = ("韩默表示，北湾居民受到了损失。\n\n"
            "北辰通讯社在周日报導称，南岛总统办公室的一名高级官员对该国飞机应为事件负责的说法予以否认。"
            "他表示，此事或许是一群人所为，但他还承诺会与北湾进行合作。")
    st = extract(_article(text)).statements
    assert [(s.speaker.name, s.content, [v.name for v in s.via]) for s in st][2:] == [
        ("南岛总统办公室的一名高级官员", "此事或许是一群人所为", ["北辰通讯社"]),
        ("南岛总统办公室的一名高级官员", "会与北湾进行合作", ["北辰通讯社"])]


def test_the_person_opening_a_sentence_after_its_time() -> None:
    # 2003年，X当选总理后…，当回答完…后，他说 : the time clause first, then X (当选 ends the subject) is the 他,
    # not the speaker named before; 温/傅/翟… are surnames.
    text = ("发言人李明说：“好。”\n\n"
            "2003年，溫嘉言当选总理后举行第一次发布会，当回答完北辰电视记者的提问后，他说：“我希望跟大家交流。”")
    st = extract(_article(text)).statements
    assert [(s.speaker.name, s.content) for s in st] == [("李明", "好"), ("温嘉言", "我希望跟大家交流")]


def test_the_public_has_doubts() -> None:
    # 外界有质疑，… : what the public has is its doubt; 外界 speaks (所有人 keeps its 有).
    text = "外界有质疑，北湾的发布会上会不会存在“托儿”？\n\n所有人都說，北湾的经济不好。"
    st = extract(_article(text)).statements
    assert [(s.speaker.name, s.cue) for s in st] == [("外界", "质疑"), ("所有人", "說")]


def test_someone_reported_speaking_of_themself() -> None:
    # 韩默说，李大同表示自己曾… : inside 韩默's statement, 李大同's words about himself are his statement too
    # (a nested cue with no comma, its object opening on 自己); 韩默说，北湾宣布打算… gives no nested one.
    text = ("北湾检察官韩默说，李大同表示自己曾与一些人發生争执，“而这与示威没有任何关系”。\n\n"
            "韩默说，北湾宣布打算加入该组织。")
    st = extract(_article(text)).statements
    assert [(s.speaker.name, s.content) for s in st] == [
        ("韩默", "李大同表示自己曾与一些人發生争执，“而这与示威没有任何关系”"),
        ("李大同", "自己曾与一些人發生争执，“而这与示威没有任何关系”"), ("韩默", "北湾宣布打算加入该组织")]


def test_leaders_who_post_a_message() -> None:
    # 几名抗议领袖迅速通过推特发布信息，称… : 领袖 is a title (several of them, a group), 迅速 is manner and
    # 发布信息 ends the subject; the 称 after the comma is theirs.
    text = "几名抗议領袖迅速通过推特发布信息，称身为北湾人的李大同不是抗议队伍中的一员。\n\n宗教领袖韩默说，经济很好。"
    st = extract(_article(text)).statements
    assert [(s.speaker.name, s.speaker.kind, s.content) for s in st] == [
        ("几名抗议领袖", "group", "身为北湾人的李大同不是抗议队伍中的一员"), ("韩默", "person", "经济很好")]


def test_advice_and_a_name_given_in_quotation_marks() -> None:
    # 建议记者“…”，并建议他“…” / 并亲切地称呼他“…” : whom the advice or the name is for, then the quoted words,
    # each a statement of the subject (亲切地 is manner, no speaker); the 回答 before says nothing itself.
    text = ("发言人韩默建议记者“不要做过多的想象”，并建议他“你如果有兴趣，可以去采访李明。”\n\n"
            "随后北辰电视记者提问，林朵耐心回答，并親切地称呼他“吉米”。")
    st = extract(_article(text)).statements
    assert [(s.speaker.name, s.cue, s.content, s.quote_type) for s in st] == [
        ("韩默", "建议", "不要做过多的想象", "direct"), ("韩默", "建议", "你如果有兴趣，可以去采访李明", "direct"),
        ("林朵", "称呼", "吉米", "direct")]


def test_having_finished_speaking_reports_nothing() -> None:
    # “…”韩默说完这句后，面带微笑… / 说罢 : the quotation is his, what follows is what he did; 回答完…后，说：
    # still lends its subject to the 说 after it.
    text = ("“我只能回答成这样了，你懂的！”韩默说完这句后，面带微笑，双手向前一摊。\n\n"
            "林朵說完这句话后，就离开了。\n\n李明回答完记者后，说：“好。”")
    st = extract(_article(text)).statements
    assert [(s.speaker.name, s.content) for s in st] == [("韩默", "我只能回答成这样了，你懂的！"), ("李明", "好")]


def test_he_recalled_in_an_interview_the_day_after() -> None:
    # X先生曾参加那次记者会。2014年3月12日，他接受…采访时，回忆说：“…” : 曾 after an honorific is 'once'
    # (X先生 is the sentence's subject), a date between does not part 他 from it, and a subjectless cue after
    # a 他…时 clause is his.
    text = ("李明说：“好。”\n\n北湾学者韩默先生曾参加那次记者会。2014年3月12日，他接受《北辰周刊》记者採訪时，"
            "回忆说：“当时我感到很震惊。”")
    st = extract(_article(text)).statements
    assert [(s.speaker.name, s.content) for s in st] == [("李明", "好"), ("韩默", "当时我感到很震惊")]


def test_the_gist_then_the_quotation() -> None:
    # X认为，这是A和B的结合：“…” : the gist in the reporter's words, indirect, then the quotation, direct;
    # words after the quotation keep one mixed statement.
    text = ("北湾大学教授韩默认为，这是必然性和偶然性的结合："
            "“如果从必然角度而言，这是趋势。從偶然性而言，在于开明。”\n\n"
            "林朵说，她的看法是：“经济很好”，但仍需观察。")
    st = extract(_article(text)).statements
    assert [(s.speaker.name, s.content, s.quote_type) for s in st] == [
        ("韩默", "这是必然性和偶然性的结合", "indirect"),
        ("韩默", "如果从必然角度而言，这是趋势。從偶然性而言，在于开明", "direct"),
        ("林朵", "她的看法是：“经济很好”，但仍需观察", "mixed")]


def test_what_the_one_asked_once_said() -> None:
    # 记者：…您曾说过，…，请问… / 北辰电视问林朵：你說過，… : the words the question recalls are the one
    # asked's (the next labelled answerer, or the one the question is put to), up to the question itself.
    text = ("北辰电视记者：当年的事件有没有经验可以吸取？您曾说过，不管北湾成为什么基地您都会去北湾，请问您怎么看？\n\n"
            "韩默：对于那次风波，我们及时采取了果断措施。\n\n"
            "北辰电视问林朵：你說過，经济很快会好起来，那么现在呢？")
    st = extract(_article(text)).statements
    assert [(s.speaker.name, s.content) for s in st][1:3] == [
        ("韩默", "不管北湾成为什么基地您都会去北湾"), ("韩默", "对于那次风波，我们及时采取了果断措施")]
    assert ("林朵", "经济很快会好起来") in [(s.speaker.name, s.content) for s in st]


def test_he_expressed_condolences_and_said() -> None:
    # …，他对…表示了哀悼和慰问，并表示… : the 表示了 clause reports no words, but its 他 speaks on in the
    # subjectless 并表示 after it, even far from the speaker named before.
    text = ("韩默说：“好。”\n\n在会上，韩默“延长十分钟”，说：“在座的有北湾记者吗？”随后，他对北湾三天前的灾情"
            "表示了哀悼和慰问，并表示愿意提供必要的帮助。")
    st = extract(_article(text)).statements
    assert [(s.speaker.name, s.content) for s in st][-1] == ("韩默", "愿意提供必要的帮助")


def test_when_leaving_he_answered_a_question() -> None:
    # X将要离开现场时，站起来回答了一位记者的问题：“…” : the person opening the 时 clause answers, in the
    # quotation after the colon (the cue is the verb of answering).
    text = ("韩默说：“好。”\n\n韩默将要离开现场时，站起来回答了一位记者的問題："
            "“凡是有利于北湾的事，我们都会去做。谢谢。”")
    st = extract(_article(text)).statements
    assert [(s.speaker.name, s.cue, s.content) for s in st][-1] == (
        "韩默", "回答", "凡是有利于北湾的事，我们都会去做。谢谢")


def test_exclaiming_in_quotation_marks() -> None:
    # X亦感慨“…” : 感慨 with a comma, colon or quotation after it reports words; 感慨万千 none.
    text = "不少记者用流利的中文提问，韩默亦感慨“确实很佩服你们这些驻华记者”。\n\n林朵感慨萬千。"
    st = extract(_article(text)).statements
    assert [(s.speaker.name, s.cue, s.content, s.quote_type) for s in st] == [
        ("韩默", "感慨", "确实很佩服你们这些驻华记者", "direct")]


def test_a_challenge_or_a_remark_then_its_quotation() -> None:
    # X…，态度强硬地质疑了Y：“…” / X签名后说了一句话：“…” : a speech verb with 了, what it was about, a colon,
    # then the quoted words; 态度强硬地 is manner (no speaker), the reporter of a 社 is named by it and speaks on.
    text = ("北辰社记者两年后再次摘得幸运星，態度强硬地质疑了北湾的空间试验：“这是负责任的大国的行为吗？”\n\n"
            "韩默当时在拘捕证上签名后说了一句话：“人生如戏，我饱受了。”")
    st = extract(_article(text)).statements
    assert [(s.speaker.name, s.cue, s.content, s.quote_type) for s in st] == [
        ("北辰社记者", "质疑", "这是负责任的大国的行为吗？", "direct"), ("韩默", "说", "人生如戏，我饱受了", "direct")]


def test_reminding_people_what_to_do() -> None:
    # 韩默提醒大家要吃饭了，… : whom he reminds and what they should do (大家/民众… + 要/应/不要/注意…) is the
    # reminder, one clause; 提醒大家的注意 is none.
    text = "回答完毕后，韩默提醒大家要吃饭了，还有记者继续提问。\n\n林朵提醒大家的注意。"
    st = extract(_article(text)).statements
    assert [(s.speaker.name, s.cue, s.content) for s in st] == [("韩默", "提醒", "大家要吃饭了")]


def test_disclosing_a_clause_after_le() -> None:
    # 并透露了北湾议会将对《行政法》进行修订 : after 了, a subject of its own, a modal and a preposition make a
    # clause that was disclosed; 宣布了将于下月举行的会议 names a thing.
    text = "韩默坦率地承认了，并透露了北湾议会将对《行政法》進行比较全面的修订。\n\n林朵宣布了将于下月举行的会议。"
    st = extract(_article(text)).statements
    assert [(s.speaker.name, s.cue, s.content) for s in st] == [
        ("韩默", "透露", "北湾议会将对《行政法》進行比较全面的修订")]


def test_an_act_admitted_or_denied() -> None:
    # 这个名叫李大同的男子已承认开枪 (inside 韩默's statement) / 否认受贿 : the act admitted or denied is a
    # statement of the one named (这个名叫X的男子 names X, no back-reference); 否认指控 and 承认错误 name things.
    text = ("北湾检察官韩默称，这个名叫李大同的男子已承認开枪。\n\n林朵否认受贿。\n\n李明否认指控。\n\n王刚承认错误。")
    st = extract(_article(text)).statements
    assert [(s.speaker.name, s.cue, s.content) for s in st] == [
        ("韩默", "称", "这个名叫李大同的男子已承認开枪"), ("李大同", "承認", "开枪"), ("林朵", "否认", "受贿")]


def test_asking_whether() -> None:
    # …，北湾《晨报》亦得到提问机会，问南岛是否会举行军事演习 : an indirect question (问/询问/追问 + a clause
    # with 是否/为什么/如何…) of the clause's subject before (在…上 is where, no subject); 访问 and 问题 are none.
    text = ("在来年的记者会上，北辰电视记者先后提问后，北湾《晨报》亦得到提问机会，问南岛是否会举行軍事演习。\n\n"
            "记者问韩默为什么辞职。\n\n他访问北湾是否成功还不清楚。")
    st = extract(_article(text)).statements
    assert [(s.speaker.name, s.cue, s.content) for s in st] == [
        ("晨报", "问", "南岛是否会举行軍事演习"), ("记者", "问", "韩默为什么辞职")]


def test_a_question_put_to_someone_in_quotation_marks() -> None:
    # …，以及南岛卫视记者提问林朵“…” / 记者问他“…” : the one asked (a name or a pronoun), then the question,
    # quoted: the asker's words, direct.
    text = ("如上述提及的北辰电视记者提问韩默的经历，以及南岛卫视记者提问林朵“从政生涯一路走来您个人的情怀”。\n\n"
            "北辰电视记者问他“您还好吗”。")
    st = extract(_article(text)).statements
    assert [(s.speaker.name, s.cue, s.content, s.quote_type) for s in st] == [
        ("南岛卫视记者", "提问", "从政生涯一路走来您个人的情怀", "direct"),
        ("北辰电视记者", "问", "您还好吗", "direct")]


def test_an_outlet_asking_in_person_is_its_reporter() -> None:
    # 北辰电视台问韩默：… (a labelled question at a press conference) : the outlet's reporter asks.
    st = extract(_article("北辰电视台问韩默：哪些问题令总理难以入睡？")).statements
    assert [(s.speaker.name, s.speaker.role, s.content) for s in st] == [
        ("北辰电视台记者", "记者", "哪些问题令总理难以入睡？")]
    assert "北辰电视台" in st[0].speaker.aliases


def test_speculation_as_a_noun_is_no_hedge() -> None:
    # 只有靠猜测 / 外界的猜测 / 引发猜测 : the noun, the claim is not hedged; 韩默猜测，… still speculates.
    text = "韩默表示，权力没有在阳光下运行，自然只有靠猜测。\n\n林朵说，此事引发猜测。\n\n李明猜测，北湾会赢。"
    st = extract(_article(text)).statements
    assert [(s.speaker.name, s.modality) for s in st] == [
        ("韩默", "assertion"), ("林朵", "assertion"), ("李明", "speculation")]


def test_words_quoted_then_what_happened_after() -> None:
    # 主持人宣布“最后一个问题”后，… : the quotation is what was announced; 后/时 after it opens the narration.
    text = "原本，主持人宣布“最后一个问题”后，《北湾日报》“幸运获得”。\n\n韩默說“我们会赢”时，全场鼓掌。"
    st = extract(_article(text)).statements
    assert [(s.speaker.name, s.content, s.quote_type) for s in st] == [
        ("主持人", "最后一个问题", "direct"), ("韩默", "我们会赢", "direct")]


def test_a_rebuttal_carried_out_reports_no_words() -> None:
    # 北湾的《晨報》對這篇文章進行了駁斥，《南岛評論》…也發表了…文章，稱… : 进行了/作出了 + a cue is the noun
    # (the rebuttal made), no words follow; the clause after the comma is another's.
    text = ("除了北湾的《晨報》對這篇文章進行了駁斥，《南岛評論》雜誌網站也發表了一篇署名北湾大學教授韩默的文章，"
            "稱林朵的理论「全部失实」。\n\n北湾外交部对此作出了回应，表示不会让步。")
    st = extract(_article(text)).statements
    assert [(s.speaker.name, s.cue, s.content) for s in st if s.speaker.name != "韩默"] == [
        ("北湾外交部", "表示", "不会让步")]


def test_people_a_report_names_are_heard_through_it() -> None:
    # 據北辰通訊社報導，韓默…。韓默說：「…」 : someone an outlet's report names is heard through that report in
    # the next paragraphs; one speaking at a press conference (在記者會上說) is heard there, not through it.
    text = ("據北辰通訊社報導，今年1月下旬，韓默向北湾政府打報告，要求到南島考察。\n\n"
            "韓默當時在文件上簽名後說了一句話：「人生如戲。」\n\n"
            "林朵在記者會上說，北湾不會讓步。")
    st = extract(_article(text)).statements
    assert [(s.speaker.name, [v.name for v in s.via]) for s in st] == [
        ("北辰通讯社", []), ("韩默", ["北辰通讯社"]), ("林朵", [])]


def test_a_dateline_opening_the_paragraph_is_no_part_of_the_sentence() -> None:
    # 【北湾網訊】據…網站消息，… / 北辰社北京3月16日电 据…消息，… / （北辰社記者…電）X表示 : the publisher's
    # dateline comes before the clause; 据 still opens it and the speaker is named after the dateline.
    text = ("【北湾網訊】據北湾監察部網站消息，南岛省委副書記韩默涉嫌嚴重違紀違法。\n\n"
            "北辰社北京3月16日电 据北湾监察部消息，林朵已被免职。\n\n"
            "（北辰社記者李明南岛15日電）北湾外交部發言人王刚表示，北湾不會讓步。")
    st = extract(_article(text)).statements
    assert [(s.speaker.name, s.content) for s in st] == [
        ("北湾监察部网站", "南岛省委副書記韩默涉嫌嚴重違紀違法"), ("北湾监察部", "林朵已被免职"),
        ("王刚", "北湾不會讓步")]


def test_a_written_reply_run_on_into_its_cue() -> None:
    # 北湾军区批复称：“…” / 韩默批示说，… : a body's or official's written reply or instruction run on into
    # 称/说 is one cue; the speaker is the body, not 北湾军区批复.
    text = "北湾军区批复称：“节后休假到京批复。”\n\n韩默批示说，要尽快处理。"
    st = extract(_article(text)).statements
    assert [(s.speaker.name, s.cue, s.content) for s in st] == [
        ("北湾军区", "批复称", "节后休假到京批复"), ("韩默", "批示说", "要尽快处理")]


def test_how_much_rebutting_to_do_is_no_speaker() -> None:
    # 对林朵的反駁無須做太多反駁，很快… : 做 + a quantity (太多/任何/更多…) + a cue is the noun, no one speaks.
    text = "这方面，对林朵的反駁無須做太多反駁，很快人們將看到經濟放緩帶來的後果。\n\n韩默说，北湾不会让步。"
    st = extract(_article(text)).statements
    assert [(s.speaker.name, s.content) for s in st] == [("韩默", "北湾不会让步")]


def test_a_question_asked_with_a_colon_then_answered() -> None:
    # 有記者問：「…？」韓默說：「不會。」 / 有記者向台上高喊：「…」 : the asker's quotation, not the next
    # speaker's, and a paragraph that goes on after it is no transcript line (the answer is a statement of its own).
    text = ("有記者問：「北湾會讓步嗎？」韓默說：「不會。」\n\n"
            "會場一陣討論，有現場記者向主席臺高喊：「請問市長上哪兒去了？」 主持會議的林朵表示，市長另有安排。")
    st = extract(_article(text)).statements
    assert [(s.speaker.name, s.content) for s in st] == [
        ("记者", "北湾會讓步嗎？"), ("韩默", "不會"), ("现场记者", "請問市長上哪兒去了？"),
        ("林朵", "市長另有安排")]


def test_a_finding_after_an_inquiry_is_the_body_named_before() -> None:
    # …侦查终结，移送审查起诉。经依法审查查明，… / 北湾法院經審理認為，… : 经… is how the finding was made, no
    # subject; the body the sentence before names found it, and the sentence after naming it again is narration.
    text = ("2月3日，北湾检察院对韩默涉嫌受贿案侦查终结，移送审查起诉。经依法审查查明，韩默涉嫌受贿犯罪事实清楚，"
            "证据确实、充分，应当追究其刑事责任。由于韩默病亡，北湾检察院对韩默作出不起诉决定。\n\n"
            "北湾法院經審理認為，林朵收受他人財物。")
    st = extract(_article(text)).statements
    assert [(s.speaker.name, s.cue, s.content) for s in st] == [
        ("北湾检察院", "查明", "韩默涉嫌受贿犯罪事实清楚，证据确实、充分，应当追究其刑事责任"),
        ("北湾法院", "認為", "林朵收受他人財物")]


def test_a_piece_published_in_an_outlet_carries_the_words_after_it() -> None:
    # 韓默在《北辰日報》發表文章《…》，預測… : a subjectless cue after the writer's piece is the writer's, heard
    # through the outlet that ran it (as 發表文章稱 already is); a forecast (預測) goes on with the subject.
    text = ("北湾大學教授韓默日前在《北辰日報》發表文章《北湾即將崩潰》，預測北湾已經步入最後階段。\n\n"
            "林朵日前發表聲明，預測北湾經濟將下滑。")
    st = extract(_article(text)).statements
    assert [(s.speaker.name, s.cue, [v.name for v in s.via]) for s in st] == [
        ("韩默", "預測", ["北辰日报"]), ("林朵", "預測", [])]


def test_existential_and_side_subjects() -> None:
    for text, name in (("另有官员表示，谈判将继续。", "官员"), ("也有分析人士認為，經濟將放緩。", "分析人士"),
                       ("有消息人士称，韩默已经辞职。", "消息人士"), ("有关官员表示，谈判将继续。", "有关官员"),
                       ("北湾方面表示，将继续谈判。", "北湾方面"), ("南島方面回應稱，不會接受。", "南岛方面")):
        (st,) = extract_zh(_article(text))
        assert st.speaker.name == name, text
    (st,) = extract_zh(_article("另有官员表示，谈判将继续。"))
    assert "有官员" in st.speaker.aliases  # the phrase as written stays an accepted name
    for text in ("有报道称，北湾将派遣更多军队。", "另有報導稱，北灣將派遣更多軍隊。"):
        (st,) = extract_zh(_article(text))
        assert st.speaker.name == "报道" and st.via == [], text  # reports no one names, as 据报道
    # a field of policy is no side that speaks; 有媒体 is no back-reference to the outlet named before
    assert extract_zh(_article("经济方面表示，增长放缓。")) == []
    text = "新华社报道了此事。去年，有媒体援引官员的话称，韩默患病。"
    assert all(s.via == [] for s in extract_zh(_article(text)) if s.content == "韩默患病")


def test_speakers_in_taiwan_hong_kong_and_wire_styles() -> None:
    for text, name in (("人权活动人士侯文卓女士说，官方的行为自相矛盾。", "侯文卓"), ("韩默女士说，这不公平。", "韩默"),
                       ("记者王丽女士说，这不公平。", "王丽"), ("矿工家属王女士说，这不公平。", "王女士"),
                       ("〔記者韓默／台北報導〕北灣衛生署今日表示，目前沒有社區傳播。", "北湾卫生署"),
                       ("北辰社南岛9月21日电（记者林朵）韩默21日呼吁，有关各方保持克制。", "韩默"),
                       ("北湾警方于新闻发布会上表示，嫌疑人已落网。", "北湾警方"),
                       ("北湾银行经济学家韩默于报告中指出，出口带动成长。", "韩默"),
                       ("北湾总统新闻秘书韩默表示，谈判将继续。", "韩默"),
                       ("首席预报员韩默特别提醒，渔民需留意风浪。", "韩默"), ("綠委韓默表示，台中是最好地點。", "韩默"),
                       ("韓默緊接著說，「我覺得很奇怪」。", "韩默"), ("于正于记者会上表示，他会出席。", "于正")):
        (st,) = extract_zh(_article(text))
        assert st.speaker.name == name, text
    (st,) = extract_zh(_article("人权活动人士侯文卓女士说，官方的行为自相矛盾。"))
    assert "侯女士" in st.speaker.aliases


def test_a_bare_title_names_the_person_introduced_with_it_in_narration() -> None:
    text = "法国总统马克龙周二抵达北京，受到热烈欢迎。\n\n法国总统在演讲中说，两国应加强合作。"
    (st,) = extract_zh(_article(text))
    assert st.speaker.name == "马克龙"
    text = "法國總統馬克龍週二抵達北京。法國總統表示，兩國應加強合作。"
    (st,) = extract_zh(_article(text))
    assert st.speaker.name in ("马克龙", "馬克龍")
    (st,) = extract_zh(_article("法国总统表示，两国应加强合作。"))  # nobody introduced: the title stays
    assert st.speaker.name == "法国总统"
