"""Attribution anchors in one sentence: speech cues, 据…报道, X引述Y, quotes before their speaker.

Anchors are found on the masked text (quotations filled in), so nothing inside a quotation
starts an attribution. Offsets are absolute.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract import zh_lexicon as lx
from kg.extract.zh_segment import FILL, QUOTE_CLOSERS, QUOTE_OPENERS, Quote
from kg.extract.zh_speakers import DATELINE_RE, looks_like_name, plausible_subject, split_subject
from kg.text import to_simplified

BOUNDARY = "，,；;：:。！？!?\n"
_JU = re.compile(
    r"(?:据|根据|综合)(?P<src>[^，,。；;：:]{0,40}?)(?:的)?(?:独家)?"
    r"(?P<verb>发布的消息|公布的消息|发布的|报道称|报导称|报道|报导|消息|透露|表示|说法|指出|称|披露|分析|说|公布|"
    r"统计数据|统计数字|统计|数据)[，,]"
)
_DATA_GIVEN = re.compile(r"(?:所|最新)?(?:披露|公布|发布|提供|显示|收集|统计|汇总)(?:的)?$")
# 根据美国疾病预防与控制中心(CDC)，… : an organisation alone, with no verb, is the source.
_JU_ORG = re.compile(r"(?:据|根据|依据)(?P<src>[^，,。；;：:“”「」]{2,30}?)(?:\s*[（(][^（）()]{1,30}[)）])?[，,]")
_JU_BAD_SRC = re.compile(r"^(?:悉|了解|统计|估计|介绍|调查|估算|测算|观察|分析|推算|初步|此|称|传|闻|说|信)?$")
# …，消息是由其中四名女性的律师在周五透露的。 : the clauses before are the words of whoever 由 names.
_CLEFT = re.compile(r"[，,]\s*(?P<lead>(?:这一?|该|此|上述)?(?:消息|说法|信息|情况|细节)?(?:是|则是|均是|都是)?由)"
                    r"(?P<src>[^，,。；;“”「」]{2,30}?)(?P<verb>透露|证实|宣布|公布|披露|提供|发布|证实|确认|告诉记者)的?"
                    r"\s*[。！!]?\s*$")
# 根据一份官方内部通报，… : a document alone is the source too.
_DOC_END = re.compile(r"(?:通报|报告|文件|备忘录|公告|通告|民调|调查报告|研究报告|内部文件)$")
_IN_VIEW = re.compile(r"在(?P<src>[^，,。；;：:“”「」]{1,30}?)(?P<verb>看来)[，,]")
_VIEW_LEAD = re.compile(r"(?:好像|似乎|显然|也许|或许|可能|看起来|而|但|但是|不过|至少|尤其)?")
_DASH = re.compile(r"(?:——|--|—)(?!.*(?:——|--|—))")  # the last dash before a cue
_AS_SAID = re.compile(r"(?:正如|就像|如同)(?P<src>[^，,。；;：:“”「」]{1,20}?)(?:(?:对|向|跟)[^，,。；;：:“”]{1,8}?)?"
                      r"所(?P<verb>说|言|指出|说的那样|言的那样|指出的那样)(?:的那样)?[：:，,]")
_CITE = re.compile(r"(?:引述|援引|引用|转引|转述)")
_CITE_TAIL = re.compile(
    r"(?:的话|的说法|消息|的消息|说法|的报道|的报导)?"
    r"(?:(?:报道|报导)(?:称|说|指出|表示)|报道|报导|表示|指出|说|称|透露)?称?[，,：:]\s*"
    r"(?:(?:表示|指出|说|称|透露)[，,：:]?)?"
)
_SAID = re.compile(r"表示|指出|透露|说|称")
# Where the cited source ends: 的话, 消息 (but 消息人士 is a source), 的报道.
_CITED_WORDS = re.compile(r"的话|的说法|的?消息(?!人士)|说法|的报道|的报导")
_ADDRESSEE = re.compile(r"[^，,。；;：:“「]{0,14}?[：:，,]")
_SUBORDINATE_END = re.compile(r"(?:时|后|之后|以前|之前|之际|期间|以来|的时候)$")
# 称缅甸军机在打击…时，进入… : the 在…时 frame has its own subject before it, so it opens the content.
_OWN_FRAME = re.compile(r"^[^，,在当]{2,}(?:在|当)(?!野)[^，,]*$")
# A passive agent: the topic, 由 (not 由于, 理由, 自由, 经由), the one who reported it.
_PASSIVE_BY = re.compile(r"^\s*[^，,由]*[^，,由自理经缘因来]由(?!于|此|衷)(?P<agent>[^，,由]{2,30}?)"
                         r"(?:首先|最先|最早|率先|独家|正式)?\s*$")
_GIVEN_ACTS = frozenset(("否认", "驳斥", "反驳", "谴责", "批评", "澄清", "证实", "确认", "回应", "拒绝"))
_TOPIC_WORDS = ("一事", "问题", "事件", "事宜")
_CLOSED_PLACE = re.compile(r"[上中时后里下前内外]|方面|期间")
_LATER = re.compile(r"(?:之?后|之际|期间)[^，,。；;]")
_TIME_CLAUSE = re.compile(rf"\s*[，,]?\s*(?:{lx.TIME_WORD}|一天|那天|某天|这天|有一天|的一天)+\s*[，,]\s*")
_TOPIC_PREDICATE = re.compile(r"(?:正在|已经|将要|将会|都在|也在|还在|仍在|一直|开始|不再|越来越)")
_CLAUSE_OPENER = re.compile(r"即便|即使|如果|假如|假若|虽然|尽管|因为|由于|只要|一旦|除非|无论|不管|要是|哪怕")
_RELATIVE = re.compile(r"^[^，,的]{1,5}的")
_PREDICATE = re.compile(r"[是不没会将已正太很应要能可有被让使了过都仍还更]|必须|需要|无法|拒绝|试图|企图|"
                        r"在[减增下上恶扩缩变加降提]|减弱|增强|下降|上升|"  # 战斗力在减弱
                        r"非常|十分|相当|极其|极为|越来越|日益|"  # 当年的谈判非常艰难 : a degree adverb, a predicate
                        r"纯属|属于|等于|等同于|意味着|构成")  # 她的死亡纯属意外 : a copula of its own
_PREDICATE_ONLY = re.compile(r"^(?:并没有|并未|并不|没有|也|都|仍|已经|被)")  # 各种猜测并没有平息 : a noun before
_VIEW = re.compile(
    r"(?:赞同|同意|认同|支持|引用|重申|呼应|反驳|驳斥|不同意|反对)(?P<np>[^，,。；;“”]{2,30}?)的"
    r"(?P<noun>看法|观点|说法|判断|评估|分析|主张|意见)[，,]\s*即"
)
_ZHI = re.compile(r"[，,]\s*(?:并|更|又|还|则)?(?P<cue>指)"
                  r"(?![出责控称挥导示定望向明数标南引点摘令派使教正的甲纹尖头日])")
_WROTE = re.compile(r"撰文|发文|声明|讲话|表态|社论|致信|演讲|受访|裁决|裁定|判决|报告|贴文|发帖|发推")
_TOPIC_OPEN = re.compile(r"\s*(?:以及|和|与|及|并)?\s*(?:对|对于|关于|针对)")
# What a criticism is aimed at: 批评蔡总统两岸政策，表示… (a thing or a body, not a proposition).
_TARGET_END = re.compile(r"(?:政府|当局|政权|政策|做法|行为|决定|言论|表态|立场|态度|计划|方案|法案|举措|措施|提议|"
                         r"领导层|领导人|总统|总理|首相|部长|官员|政党|媒体|报道|声明|讲话|路线|外交部|国防部|委员会|办公室)$")
_CAUSE = re.compile(r"(?:因为|因|由于)(?=[^，,。]{2})")
# 否认…关于…的断言 : the object is a noun phrase about words, not a proposition.
# 表示开始处理拖欠款项 : having begun to do something is a proposition, not an act of speech like 表示感谢.
_BEGUN = re.compile(r"开始(?![了的])[\u4e00-\u9fff]{2,}")
_NP_OBJECT = re.compile(r"的(?:断言|说法|指控|报道|报导|言论|传言|传闻|观点|看法|主张|评论|批评|声明)$")
# Verbs that close a sentence as speech (…，一名官员说。), not as a noun (进行了谴责。, 一篇报道。).
# 强调两国关系的重要性 : a quality of something named, no proposition (重要性 is no 要 predicate).
_QUALITY = re.compile(r"的(?:重要性|必要性|紧迫性|迫切性|严重性|复杂性|合法性|正当性|意义|价值|作用|决心|立场|关切)$")
_UTTERANCE = re.compile(r"^(?:该|这|此|这番|这一|上述|其)?(?:言论|说法|讲话|发言|话|表态|声明|推文|文章)$")
_GOES_ON = re.compile(r"(?:随后|然后|之后|接着|但|而|并|又|还|也|同时|便|就|于是|此后|当天|当时|他|她|其后|旋即)")
_ADDRESSING = frozenset(("警告", "敦促", "呼吁", "提醒", "告诫", "劝告", "警告称", "警告说"))
_ADVISING = frozenset(("建议", "称呼", "提醒", "劝", "劝告", "告诫", "嘱咐", "叮嘱", "警告", "敦促", "呼吁", "要求",
                       "提议"))
# the one advised, right before a quotation: a pronoun, 大家, or a short person noun
_TOLD_QUOTE = re.compile(r"(?:他们|她们|他|她|你们|你|大家|各位|对方|"
                         r"[\u4e00-\u9fff]{0,4}(?:记者|官员|民众|网友|学生|家长|同事|下属|年轻人))(?=[“「『])")
# 承认开枪, 否认曾经受贿 : an act admitted or denied, a verb (not a noun: 否认指控, 承认错误), ending the clause
_ADMITTED_ACT = re.compile(r"(?:曾经|曾|自己|有|参与了?|参与)?(?:开枪|开火|杀人|杀害|行凶|受贿|行贿|贪污|作弊|"
                           r"撒谎|说谎|造假|抄袭|泄密|盗窃|偷窃|纵火|袭击|殴打|吸毒|贩毒|诈骗|逃税|违规|违法|犯罪|施暴|投毒|"
                           r"刺杀|谋杀|作案|认罪|酒驾|醉驾)(?:了|过)?(?=[，,。；;！!]|$)")
# 访问, 疑问, 顾问, 学问, 慰问, 审问, 请问, 发问, 反问, 质问 : 问 ending another word, no asking here.
_NOT_ASKING = r"(?<![访疑顾学慰审请发反质])"
# 问大陆是否会… / 询问他们为何… : asking whether, why or how, the question in the clause after the verb
_ASKED_WHETHER = re.compile(_NOT_ASKING + r"(?P<cue>询问|追问|问)(?![题候世责卷津号话])"
                            r"(?=[^，,。；;？?！!“”]{1,24}?(?:是否|会不会|能否|能不能|有没有|是不是|为什么|为何|如何|怎样|怎么))")
_ASKED_QUOTE = re.compile(_NOT_ASKING + r"(?P<cue>提问|追问|问)(?P<to>[\u4e00-\u9fff·]{1,8}?)(?=[“「『])")
# 有記者問：「…？」 / 一名記者向台上高喊：「…」 : the asker's question or shout, just the quotation after the colon
_ASKED_COLON = re.compile(_NOT_ASKING + r"(?P<cue>提问|追问|发问|问|高喊|大喊|喊道)[：:](?=[“「『])")
# 经依法审查查明，… / 北湾法院经审理认为，… : what a court, procuratorate or inquiry found (经… is how, no subject)
_FINDING = re.compile(r"(?:经过?|通过)(?:依法)?(?:审查|审理|调查|侦查|核查|查证|复核|复查|庭审|公开审理)后?"
                      r"(?P<cue>查明|认为|认定|确认)[，,：:]")
_QUOTE_THEN_WHEN = re.compile(r"(?:之后|以后|后|时|的时候|之际)[，,]")
_REMINDING = frozenset(("提醒", "告诫", "嘱咐", "叮嘱", "劝告"))
_REMINDED = re.compile(r"(?:大家|各位|他们|她们|他|她|你们|民众|市民|公众|游客|家长|学生|记者|网友)"
                       r"(?:要|应|应该|应当|必须|务必|注意|不要|别|千万)")
_DISCLOSING = frozenset(("透露", "宣布", "证实", "承认", "表示", "指出", "强调", "披露"))
# 了, a subject of its own (no 的 in it), a modal and a preposition: a clause, not what was disclosed as a thing
_DISCLOSED_CLAUSE = re.compile(r"了[^，,。；;的了]{2,12}?(?:将|会|已经|已|正在|计划|准备)(?:对|就|在|于|与|向|把|为)")
_CRITICISE = frozenset(("批评", "抨击", "谴责", "指责", "怒斥", "斥责", "痛批"))
_CALLED = frozenset(("称为", "描述为", "形容为", "描绘为", "定性为", "称作"))
_TAIL_CUES = frozenset(("说", "表示", "透露", "指出", "写道", "说道", "补充说", "补充道", "称", "强调", "告诉记者"))
# 要求政府保持2%的目标 : whom a demand is made of, then what they must do (not 要求很高, 要求的…).
# 要求停播这个节目, 要求国际社会对…展开调查, 要求在3月15日之前提交… : no addressee, or an adverbial (对/就/在…)
# before the verb, as long as the verb is one a demand asks for.
_DEMANDED = (r"立即|尽快|马上|停止|撤回|撤销|公开|释放|道歉|取消|停播|停演|叫停|中止|暂停|终止|关闭|撤出|撤军|下台|"
             r"辞职|赔偿|归还|交出|澄清|公布|禁止|彻查|查明|严惩|惩处|追究|展开调查|开展调查|进行调查|提交")
_DEMAND = re.compile(r"(?:(?:政府|当局|当局者|国会|议会|官方|警方|校方|公司|企业|学校|各方|双方|对方|美方|中方|"
                     r"他们|他|她|其|该国|国际社会|联合国|各国|"
                     r"[\u4e00-\u9fff]{1,6}?(?:政府|当局|部门|国家|方面))"
                     r"(?:(?:对|就)[^，,。；;：:“”]{1,20}?)?"
                     r"(?:立即|尽快|马上|必须|应|应当|应该|不得|不要|停止|保持|撤回|撤销|公开|释放|道歉|承认|取消|恢复|允许|"
                     r"放弃|改变|修改|调查|解释|提供|采取|履行|遵守|尊重|保障|兑现|重新|继续|" + _DEMANDED + ")|"
                     r"(?:(?:在|于)[^，,。；;：:“”]{1,12}?(?:前|之前|以前|内|之内))?(?:" + _DEMANDED + "))")
_DOC_SPEAKER = re.compile(r"(?:接获|收到|接到|获得|获悉|看到)(?P<doc>消息|通知|文件|报告|信函|备忘录|公告)$")


@dataclass
class Anchor:
    kind: str  # "cue", "ju" (据…报道), "cite" (X引述Y)
    clause_start: int
    cue: tuple[int, int]
    subject: tuple[int, int] | None = None
    zone: tuple[int, int] | None = None  # adverbials between subject and cue
    content_start: int = -1
    sep: bool = False  # a comma, colon or quotation follows the cue
    citer: tuple[int, int] | None = None  # X of X引述Y
    quote_first: Quote | None = None  # “…”，X说 : the quotation before the clause
    doc: str | None = None  # 接获消息指出: the document speaks
    addressee: tuple[int, int] | None = None
    dropped: bool = False
    single_quote: bool = False  # the content is just the quotation that follows
    tail: bool = False  # …，一名官员说。 : the cue closes the sentence; the content is what came before
    said: tuple[int, int] | None = None  # X引述Y表示: the speech verb, a better cue than 引述
    colon_end: bool = False  # X说： closing the paragraph : the next paragraph holds the words
    silent: bool = False  # 批评蔡总统两岸政策，表示… : a speaker for the cue after it, no statement of its own
    demand: bool = False  # 要求政府保持… without a comma: part of a statement running on, when one does
    one_clause: bool = False  # 提醒大家要吃饭了，… : the content is the clause after the cue, no more
    finding: bool = False  # 经依法审查查明，… : a court's or procuratorate's finding, the body named just before

    @property
    def cue_text_span(self) -> tuple[int, int]:
        return self.cue


def _clause_start(m: str, lo: int, pos: int) -> int:
    i = pos
    # inside 《…》 a colon or comma is part of a title (《政道：仇和十年》一书作序时指出), inside （…） part of
    # a gloss (河口广见（Hiromi Kawaguchi，音）说)
    depth = 0
    while i > lo and (m[i - 1] not in BOUNDARY or depth > 0):
        ch = m[i - 1]
        if ch in "》）":
            depth += 1
        elif ch in "《（" and depth:
            depth -= 1
        i -= 1
    return i if depth == 0 else _plain_clause_start(m, lo, pos)


def _plain_clause_start(m: str, lo: int, pos: int) -> int:
    i = pos
    while i > lo and m[i - 1] not in BOUNDARY:
        i -= 1
    return i


def _quote_at(quotes: list[Quote], end: int) -> Quote | None:
    for q in quotes:
        if q.end == end and q.closed:
            return q
    return None


def skip(m: str, i: int, hi: int, chars: str = " \u3000") -> int:
    """The first position from i (before hi) whose character is not one of chars."""
    while i < hi and m[i] in chars:
        i += 1
    return i


def find_anchors(s: str, m: str, a: int, b: int, quotes: list[Quote],
                 mentions: list[tuple[int, int]] | None = None) -> list[Anchor]:
    """Every attribution anchor in the sentence s[a:b], in text order (subjects of empty cues go to mentions)."""
    found: list[Anchor] = []
    taken: list[tuple[int, int]] = []
    has_ju = m.find("据", a, b) >= 0 or m.find("综合", a, b) >= 0
    for mt in (_JU.finditer(m, a, b) if has_ju else ()):
        src = mt.group("src")
        cs = _clause_start(m, a, mt.start())
        bare = not src.strip() and mt.group("verb") in ("报道", "报导")  # 据报道，… : reports no one names
        lead = m[cs:mt.start()].strip(" \u3000")
        if lead and not DATELINE_RE.match(lead) or _JU_BAD_SRC.match(src.strip()) and not bare or FILL in src:
            continue
        if bare:
            verb = (mt.start("verb"), mt.end("verb"))
            found.append(Anchor("ju", cs, verb, subject=verb, content_start=skip(m, mt.end(), b), sep=True))
            taken.append((mt.start(), mt.end()))
            continue
        if mt.group(0).startswith("综合") and not re.search(r"报道|报导|消息", mt.group("verb")):
            continue
        if _CITE.search(src):
            continue  # 据法新社引述《华盛顿邮报》报道 : a relay, read by the 引述 anchor below
        st = mt.start() + (1 if mt.group(0)[0] == "据" else 2)
        if mt.group("verb") == "数据":  # 据视频披露的数据 : the source is the 视频, not a verb
            src = _DATA_GIVEN.sub("", src)
            if not src.strip() or FILL in src:
                continue
        found.append(Anchor("ju", cs, (mt.start("verb"), mt.end("verb")), subject=(st, st + len(src)),
                            content_start=skip(m, mt.end(), b), sep=True))
        taken.append((mt.start(), mt.end()))
    for mt in (_JU_ORG.finditer(m, a, b) if m.find("据", a, b) >= 0 else ()):
        src = mt.group("src").strip()
        cs = _clause_start(m, a, mt.start())
        if (any(x <= mt.start() < y for x, y in taken) or m[cs:mt.start()].strip(" \u3000") or FILL in src
                or not (lx.ORG_RE.search(src) and "的" not in src or _DOC_END.search(src)) or _JU_BAD_SRC.match(src)):
            continue
        st = mt.start() + (1 if mt.group(0)[0] == "据" else 2)
        found.append(Anchor("ju", cs, (mt.start(), st), subject=(st, mt.end("src")),
                            content_start=skip(m, mt.end(), b), sep=True))
        taken.append((mt.start(), mt.end()))
    for mt in (_IN_VIEW.finditer(m, a, b) if m.find("看来", a, b) >= 0 else ()):
        # 在多名专家看来，… : the view of whoever sits between 在 and 看来.
        cs = _clause_start(m, a, mt.start())
        dash = m.rfind("——", cs, mt.start())
        cs = dash + 2 if dash >= 0 else cs  # …不同的看法——好像在他们看来，… : the dash opens a clause
        if not _VIEW_LEAD.fullmatch(m[cs:mt.start()].strip(" \u3000")) or FILL in mt.group("src"):
            continue  # (好像在他们看来，… : a hedge on whose view it is, not on the view)
        found.append(Anchor("ju", cs, (mt.start("verb"), mt.end("verb")), subject=(mt.start("src"), mt.end("src")),
                            content_start=skip(m, mt.end(), b), sep=True))
        taken.append((mt.start(), mt.end()))
    for mt in (_AS_SAID.finditer(m, a, b) if m.find("所", a, b) >= 0 else ()):
        # 正如一名高级官员对我所说的那样：“…” : the words are the official's.
        cs = _clause_start(m, a, mt.start())
        src = mt.group("src")
        if m[cs:mt.start()].strip(" \u3000") or FILL in src or not plausible_subject(src.strip()):
            taken.append((mt.start(), mt.end()))  # 正如我们所说 : the writer's own words, no one else's
            continue
        found.append(Anchor("ju", cs, (mt.start("verb"), mt.end("verb")), subject=(mt.start("src"), mt.end("src")),
                            content_start=skip(m, mt.end(), b), sep=True))
        taken.append((mt.start(), mt.end()))
    cleft = _CLEFT.search(m, a, b) if m.find("由", a, b) >= 0 else None
    if cleft:
        span = split_subject(s[cleft.start("src"):cleft.start("verb")])
        if span:
            src = cleft.start("src")
            found.append(Anchor("cue", cleft.start("lead"), (cleft.start("verb"), cleft.end("verb")),
                                subject=(src + span[0], src + span[1]), content_start=b, tail=True))
            taken.append((cleft.start(), cleft.end()))
    for mt in _CITE.finditer(m, a, b):
        if any(x <= mt.start() < y for x, y in taken):
            continue
        anchor = _cite(s, m, a, b, mt)
        if anchor:
            found.append(anchor)
            taken.append((anchor.clause_start, anchor.content_start))
    for mt in (_FINDING.finditer(m, a, b) if m.find("经", a, b) >= 0 or m.find("通过", a, b) >= 0 else ()):
        if lx.CUE_RE.search(m, a, mt.start()):
            continue  # 韩默说，经调查认为，… : a finding inside what someone says
        cs = _clause_start(m, a, mt.start())
        region = s[cs:mt.start()]
        span = split_subject(region) if region.strip() else None
        if region.strip() and not span:
            continue
        subject = (cs + span[0], cs + span[1]) if span else None
        found.append(Anchor("cue", cs, (mt.start("cue"), mt.end("cue")), subject=subject,
                            zone=(subject[1], mt.start("cue")) if subject else (cs, mt.start("cue")),
                            content_start=mt.end(), sep=True, finding=subject is None))
        taken.append((mt.start(), mt.end()))
    for mt in lx.CUE_RE.finditer(m, a, b):
        if any(x <= mt.start() < y for x, y in taken):
            continue
        anchor = _cue(s, m, a, b, mt, quotes, mentions)
        if anchor:
            found.append(anchor)
    for mt in (_ASKED_QUOTE.finditer(m, a, b) if m.find("问", a, b) >= 0 else ()):
        # 凤凰卫视记者提问李克强“…” : the one asked, then the question, quoted
        to = mt.group("to")
        if (not (to in lx.PRONOUNS or looks_like_name(to_simplified(to))) or FILL in to
                or not any(q.start == mt.end() and q.closed for q in quotes)):
            continue
        cs = _clause_start(m, a, mt.start())
        span = split_subject(s[cs:mt.start()])
        if not span:
            continue
        subject = (cs + span[0], cs + span[1])
        found.append(Anchor("cue", cs, (mt.start("cue"), mt.end("cue")), subject=subject,
                            zone=(subject[1], mt.start("cue")), content_start=mt.end(), sep=True,
                            single_quote=True, addressee=(mt.start("to"), mt.end("to"))))
        taken.append((mt.start(), mt.end()))
    for mt in (_ASKED_COLON.finditer(m, a, b) if m.find("：", a, b) >= 0 or m.find(":", a, b) >= 0 else ()):
        if (any(x <= mt.start() < y for x, y in taken) or any(f.cue[0] <= mt.start() < f.cue[1] for f in found)
                or not any(q.start == mt.end() and q.closed for q in quotes)):
            continue
        cs = _clause_start(m, a, mt.start())
        region = s[cs:mt.start()]
        to = region.rfind("向")
        span = split_subject(region[:to] if to > 0 else region)
        if not span:
            continue
        subject = (cs + span[0], cs + span[1])
        found.append(Anchor("cue", cs, (mt.start("cue"), mt.end("cue")), subject=subject,
                            zone=(subject[1], mt.start("cue")), content_start=mt.end(), sep=True,
                            single_quote=True))
        taken.append((mt.start(), mt.end()))
    for mt in (_ASKED_WHETHER.finditer(m, a, b) if m.find("问", a, b) >= 0 else ()):
        # 台湾《联合报》亦得到提问机会，问大陆是否会举行军事演习 : an indirect question, one clause
        if any(x <= mt.start() < y for x, y in taken) or any(f.cue[0] <= mt.start() < f.cue[1] for f in found):
            continue
        cs = _clause_start(m, a, mt.start())
        region = s[cs:mt.start()]
        if lx.NOT_SAID_RE.search(region.strip()):
            continue
        span = split_subject(region) if region.strip() else None
        subject = (cs + span[0], cs + span[1]) if span else None
        found.append(Anchor("cue", cs, (mt.start("cue"), mt.end("cue")), subject=subject,
                            zone=(subject[1], mt.start("cue")) if subject else (cs, mt.start("cue")),
                            content_start=mt.end("cue"), sep=True, one_clause=True))
    for mt in (_ZHI.finditer(m, a, b) if m.find("指", a, b) >= 0 else ()):
        # 在报章撰文，指… : 指 (claims) after a clause that wrote or declared something.
        cs = _clause_start(m, a, mt.start())
        if _WROTE.search(m, cs, mt.start()):
            i = mt.end("cue")
            found.append(Anchor("cue", mt.end(), (mt.start("cue"), i), zone=(mt.end(), mt.start("cue")),
                                content_start=skip(m, i, b), sep=True))
    found.sort(key=lambda x: x.cue[0])
    # A cue inside a later cue's subject clause is not its own attribution (宣布新关税时指出).
    for i, x in enumerate(found):
        for y in found[i + 1:]:
            if y.clause_start <= x.cue[0] < y.cue[0] and x.kind == "cue" and not x.sep:
                x.dropped = True
    return [x for x in found if not x.dropped]


def _cite(s: str, m: str, a: int, b: int, mt: re.Match[str]) -> Anchor | None:
    cs = _clause_start(m, a, mt.start())
    src_start = mt.end()
    # Y runs to a cue, 的话/消息 or the comma.
    j = src_start
    while j < b and m[j] not in "，,。；;：:":
        j += 1
    seg = m[src_start:j]
    if seg[:1] in ("指", "称", "说") and len(seg) == 1:
        return None  # 向传媒引述指，… : no one cited; 引述指 is the cue
    cut = len(seg)
    said = _CITED_WORDS.search(seg, 1)
    if said:
        cut = said.start()
    for c in lx.CUE_RE.finditer(seg):
        if 0 < c.start() < cut:
            cut = c.start()
        break
    if cut <= 0:
        return None
    tail = _CITE_TAIL.match(m, src_start + cut)
    if not tail or tail.end() > b:
        return None
    verb = _SAID.search(m, tail.start(), tail.end())
    return Anchor("cite", cs, (mt.start(), mt.end()), subject=(src_start, src_start + cut),
                  citer=(cs, mt.start()) if mt.start() > cs else None,
                  content_start=skip(m, tail.end(), b), sep=True,
                  said=(verb.start(), verb.end()) if verb else None)


def _cue_ok(m: str, mt: re.Match[str]) -> bool:
    word = mt.group()
    before = m[max(0, mt.start() - 4):mt.start()]
    after = m[mt.end():mt.end() + 4]
    bad = lx.BAD_BEFORE.get(word)
    if bad and bad.search(before) and not (before.endswith("还") and after[:1] in "，,：:“「\""):
        return False  # 还说 is 'also said' when a comma, colon or quotation follows
    bad = lx.BAD_AFTER.get(word)
    if bad and bad.match(after):
        return False
    return not lx.NOMINAL_AFTER.match(after) and not lx.NOMINAL_BEFORE.search(before)


def _cue(s: str, m: str, a: int, b: int, mt: re.Match[str], quotes: list[Quote],
         mentions: list[tuple[int, int]] | None = None) -> Anchor | None:
    if not _cue_ok(m, mt):
        if mt.group() in _GIVEN_ACTS and m[max(a, mt.start() - 2):mt.start()] in ("予以", "给予"):
            # 一名官员对…的说法予以否认 : a denial with its object before it, no words after, but the one who
            # denied it is the 他 of the sentences that follow
            cs = _clause_start(m, a, mt.start())
            region = s[cs:mt.start()]
            span = split_subject(region)
            if span and not lx.NOT_SAID_RE.search(region):
                _mention(mentions, (cs + span[0], cs + span[1]))
        return None
    word = mt.group()
    cs = _clause_start(m, a, mt.start())
    quote_first = None
    # “…”，X说 / “…”X说: the clause starts after the quotation.
    for q in quotes:
        if cs <= q.start and q.end <= mt.start() and q.closed and not m[cs:q.start].strip(" \u3000"):
            inner = s[q.inner[0]:q.inner[1]].rstrip("’'\"」”』 ")
            after = m[q.end:q.end + 1]
            if (inner and inner[-1] in "。，,！？!?…") or (after and after in "，,") or len(inner) >= 15:
                quote_first = q
                cs = skip(m, q.end, mt.start(), " \u3000，,")
        elif (q.closed and q.end <= cs and _TIME_CLAUSE.fullmatch(m, q.end, cs)
              and not m[a:q.start].strip(" \u3000") and s[q.inner[1] - 1:q.inner[1]] in "。，,！？!?…"):
            quote_first = q  # “…，”最近一天下午，她在茶馆里说 : a time clause between the words and their speaker
    if word in _CALLED:
        return _called(s, m, b, mt, cs)
    end = mt.end()
    if m[end:end + 1] == "过" and m[end + 1:end + 2] in ("，", ",", "：", ":") and word in _TAIL_CUES:
        end += 1  # 他们真的说过，… : what was once said
    addressee = None
    if word in ("告诉", "告知"):
        ad = _ADDRESSEE.match(m, end)
        if not ad or ad.end() > b:
            return None
        addressee = (end, ad.end() - 1)
        end = ad.end() - 1
    i = skip(m, end, b)
    sep = False
    if i < b and m[i] in "，,：:":
        sep = True
        i = skip(m, i + 1, b)
    elif i < b and m[i] in QUOTE_OPENERS + '"':
        sep = True
    if word in ("担心", "担忧") and not (sep and lx.CUE_RE.match(m, i)):
        return None  # a worry reports no words; 表达了担忧，认为… only lends its subject to 认为
    dash = _DASH.search(m, cs, mt.start())
    if dash and dash.end() < mt.start() and plausible_subject(s[dash.end():mt.start()].strip()):
        cs = dash.end()  # 事情我没有记错——袭击者对我说，… : the dash closes the writer's clause, a new one opens
    region = s[cs:mt.start()]
    if word == "显示" and not (sep and lx.DOC_RE.match(region.strip())):
        return None  # 研究显示，… speaks; 图片显示, 有迹象显示 and 显示出 do not
    if lx.NOT_SAID_RE.search(re.sub(r"[“”「」『』\"\s]", "", region)):
        return None
    by = _PASSIVE_BY.match(region)
    if by and plausible_subject(by.group("agent")):
        return None  # 这笔投资由彭博社首先报道 : what was reported stands before 由, no words come after
    span = split_subject(region)
    subject = (cs + span[0], cs + span[1]) if span else None
    if region.rstrip().endswith(_TOPIC_WORDS):
        # 加藤在记者会上，就…，…一事表示：… : the speaker stands before 就, clauses back.
        j = max(m.rfind("就", a, cs), m.rfind("针对", a, cs))
        head = split_subject(s[a:j]) if j > a else None
        if head:
            cs, subject = a, (a + head[0], a + head[1])
    cause = _CAUSE.search(s, subject[1], mt.start()) if subject else None
    if cause:
        # 场外则因前总统马英九批评… : the cue sits in a causal clause; its subject follows 因.
        inner = split_subject(s[cause.end():mt.start()])
        if not inner:
            return None
        subject = (cause.end() + inner[0], cause.end() + inner[1])
    zone = (subject[1], mt.start()) if subject else (cs, mt.start())
    if subject and lx.NEG_ZONE_RE.match(s[zone[0]:zone[1]]):
        return None
    if word in lx.NOUN_CUES and ("的" in s[zone[0]:zone[1]] or "、" in region or _TOPIC_OPEN.match(region)):
        return None  # 环境标准、采购要求 / 以及对南海的主权要求 : the noun, not the verb
    # X表示，但… says nothing; X说，但中国依然… reports words that open with 但.
    but = m[i:i + 2] in ("但是", "然而", "不过", "可是") or m[i:i + 1] in "但而"
    if sep and but and not word.endswith(("说", "称")):
        return None
    doc = None
    d = _DOC_SPEAKER.search(s[zone[0]:zone[1]])
    if d:
        doc = d.group("doc")
    anchor = Anchor("cue", cs, (mt.start(), mt.end()), subject=subject, zone=zone, content_start=i, sep=sep,
                    quote_first=quote_first, doc=doc, addressee=addressee)
    if i < b and m[i] in QUOTE_OPENERS:
        q = next((q for q in quotes if q.start == i and q.closed), None)
        if q is not None and _QUOTE_THEN_WHEN.match(m, q.end, b):
            anchor.single_quote = True  # 主持人宣布“最后一个问题”后，… : the words, then what happened after
    if quote_first is not None:
        return anchor
    if m[mt.end():mt.end() + 1] in ("完", "罢"):
        anchor.silent = True  # 韩默说完这句话后，… : having finished speaking, no words, a subject for what follows
        return anchor
    if (i >= b and sep and subject and m[end:i].strip(" \u3000")[:1] in "：:"
            and m[b:b + 80].lstrip(" \u3000")[:1] in ("\n", "")):
        anchor.colon_end = True  # 北湾总统韩默说：⏎“…” : the words open the next paragraph
        return anchor
    if i >= b or m[i] in "。！？!?" + QUOTE_CLOSERS:
        if (word in _TAIL_CUES and subject and cs > a + 1 and m[cs - 1] in "，," and (i >= b or m[i] in "。！!")
                and not _quote_open(m, a, cs) and skip(s, a, cs) < cs and s[skip(s, a, cs)] not in QUOTE_OPENERS
                and not s[cs:mt.start()].strip(" \u3000").startswith(("有", "没", "无"))
                and not re.search(r"[）)]", s[subject[0]:subject[1]])
                and split_subject(s[cs:mt.start()]) == (subject[0] - cs, mt.start() - cs)):
            anchor.tail = True  # 美国将派遣更多军队，一名官员说。
            return anchor
        return _mention(mentions, subject)
    if not sep and word in ("预计", "预料") and m[i:i + 1] in ("将", "于"):
        return None  # 美联储预计将降息 : the Fed is expected to, no forecast of its own
    told = _TOLD_QUOTE.match(m, i, b) if not sep and word in _ADVISING else None
    if told and any(q.start == told.end() and q.closed for q in quotes):
        # 赵启正建议记者“不要做过多的想象” : whom the advice is for, then its words, quoted
        anchor.addressee = (i, told.end())
        anchor.content_start = told.end()
        anchor.sep = anchor.single_quote = True
        return anchor
    if not sep and word in ("承认", "否认") and _ADMITTED_ACT.match(m, i, b):
        anchor.one_clause = True
        return anchor  # 该男子已承认开枪 : the act admitted (or denied) is what he said
    if not sep and word in _REMINDING and _REMINDED.match(m, i, b):
        anchor.one_clause = True
        return anchor  # 韩默提醒大家要吃饭了 : whom he reminds, and what they should do
    if not sep and word in _DISCLOSING and _DISCLOSED_CLAUSE.match(m, i, b):
        anchor.content_start = i + 1
        return anchor  # 并透露了北湾议会将对《行政法》进行修订 : 了, then a clause with its own subject
    if not sep:
        base = word.rstrip("称说道") or word
        # 炫耀称, 发文称, 回应说 : a verb run on into 称/说 takes its content as 称/说 do, without a comma.
        demand = word == "要求" and _DEMAND.match(m, i) is not None  # 要求政府保持…的目标 : a demand
        if base not in lx.STRONG_SET and word not in lx.STRONG_SET and word[-1:] not in "称说" and not demand:
            return _mention(mentions, subject)
        anchor.demand = demand
        opened = s.rfind("在", zone[0], zone[1])
        if opened >= 0 and not _CLOSED_PLACE.search(s, opened, zone[1]) and _LATER.search(m, i, b):
            return None  # 她批评一些国家在以色列指责…后暂停资金 : the cue sits inside 在…后
        clause_end = i
        while clause_end < b and m[clause_end] not in BOUNDARY:
            clause_end += 1
        obj = m[i:clause_end]
        if obj[:1] == "了" and 2 <= len(obj) <= 30 and clause_end < b and m[clause_end] in "：:" and FILL not in obj:
            qi = skip(m, clause_end + 1, b)
            if any(q.start == qi and q.closed for q in quotes):
                # 态度强硬地质疑了北湾的试验：“…” : what was questioned, then the words, quoted
                anchor.content_start, anchor.sep, anchor.single_quote = qi, True, True
                return anchor
        if (word in _ADDRESSING and clause_end < b and m[clause_end] in "，," and 2 <= len(obj) <= 8
                and not _PREDICATE.search(s[i:clause_end]) and FILL not in obj):
            # 他还警告南岛，不要越过红线 : the one warned, then the words
            nxt = skip(m, clause_end + 1, b)
            if nxt < b and not lx.CUE_RE.match(m, nxt) and not _GOES_ON.match(m, nxt):
                anchor.content_start = nxt
                anchor.sep = True
                return anchor
        # 强调两国关系的重要性 names a thing; 强调印度媒体的新闻自由不容干涉 states something.
        relative = _RELATIVE.match(obj)
        if relative and (not _PREDICATE.search(relative.group()) and _PREDICATE.search(obj, relative.end())
                         or _CLAUSE_OPENER.match(obj)):
            relative = None  # 说即便是约会的男生…，他都会… : a conjunction opens a clause, not a noun phrase
        if (relative and clause_end < b and m[clause_end] in "，," and FILL not in obj
                and _TOPIC_PREDICATE.match(m, skip(m, clause_end + 1, b))):
            relative = None  # 说我们的一些大学，正在培养… : the noun phrase is the subject of the clause after
        noun_like = word in lx.NOUN_CUES or word in ("猜测", "预测", "估计", "担忧", "担心")
        if (word in _CRITICISE and obj[:1] == "了" and clause_end < b and m[clause_end] in "，," and len(obj) <= 24
                and FILL not in obj and _TARGET_END.search(s[i + 1:clause_end])):
            anchor.silent = True  # 含蓄地批评了南岛关于…的决定，表示… : the target, then the words
            return anchor
        if (obj[:1] in "了过着出" or len(obj) < 4 or lx.ACT_OBJECT_RE.match(obj) and not _BEGUN.match(obj)
                or _NP_OBJECT.search(obj) or _QUALITY.search(obj)
                or _SUBORDINATE_END.search(obj) and not _OWN_FRAME.match(obj)
                or relative or (noun_like and _PREDICATE_ONLY.match(obj))):
            return _mention(mentions, subject)
        target = s[i:clause_end]
        if (clause_end < b and m[clause_end] in "，," and len(target) <= 14 and not _PREDICATE.search(target)
                and _TARGET_END.search(target)):
            # 马英九批评蔡总统两岸政策，表示… / ，国庆…沦为配角 : whom or what is criticised, no words; the
            # anchor stays as the subject a next cue goes on with.
            anchor.silent = True
    return anchor


def _quote_open(m: str, a: int, cs: int) -> bool:
    """A quotation still open before the clause (“…，他说。…”): the sentence is a quotation's."""
    return sum(m.count(c, a, cs) for c in QUOTE_OPENERS) > sum(m.count(c, a, cs) for c in QUOTE_CLOSERS)


def _mention(mentions: list[tuple[int, int]] | None, subject: tuple[int, int] | None) -> None:
    """A speaker-like subject whose cue says nothing (表示了感谢): still an antecedent for 他/她."""
    if mentions is not None and subject is not None:
        mentions.append(subject)
    return None


def _called(s: str, m: str, b: int, mt: re.Match[str], cs: int) -> Anchor | None:
    """X把Y称为“…”: the quoted name is X's words."""
    ba = max(m.rfind("把", cs, mt.start()), m.rfind("将", cs, mt.start()))  # 将…描述为“…” as 把…称为“…”
    i = mt.end()
    if m[i:i + 1] == "是":
        i += 1
    if ba < 0 or i >= b or m[i] not in QUOTE_OPENERS:
        return None
    span = split_subject(s[cs:ba])
    if not span or m[ba] == "把" and m.find("将", cs, ba) >= 0:
        return None  # 该公司将在下月把产品定性为“高端” : what it will call it, not yet said
    if _UTTERANCE.match(s[cs + span[0]:cs + span[1]]):
        return None  # 该言论将…描述为“…” : the remark's author speaks, named elsewhere
    return Anchor("cue", cs, (mt.start(), mt.end()), subject=(cs + span[0], cs + span[1]),
                  zone=(cs + span[1], ba), content_start=i, sep=True, single_quote=True)


def find_views(s: str, m: str, a: int, b: int) -> list[Anchor]:
    """赞同X的看法，即…: X's view, reported inside someone else's statement."""
    out: list[Anchor] = []
    for mt in _VIEW.finditer(m, a, b):
        out.append(Anchor("view", mt.start("np"), (mt.start("noun"), mt.end("noun")),
                          subject=(mt.start("np"), mt.end("np")), content_start=skip(m, mt.end(), b), sep=True))
    return out
