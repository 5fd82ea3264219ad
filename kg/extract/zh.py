"""Chinese attribution extraction: who said what, through which outlets, in an Article.

Rules only (cue lexicons, clause structure, back-references); Simplified and Traditional
text are both read through a Simplified copy of the same length, so spans stay exact.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

from kg.extract import zh_lexicon as lx
from kg.extract.zh_anchors import Anchor, find_anchors, find_views, skip
from kg.extract.zh_modality import hedges_in, is_denial, is_question, said_on
from kg.extract.zh_resolve import Resolver, Who
from kg.extract.zh_segment import QUOTE_CLOSERS, QUOTE_OPENERS, Paragraph, Quote, segment
from kg.extract.zh_speakers import looks_like_name
from kg.models import Article, Outlet, Statement
from kg.outlets import known_outlet, outlet_named
from kg.text import to_simplified

log = logging.getLogger(__name__)

_TRIM = "。，,；;、：: \u3000\t"
_LABEL = re.compile(r"([^\s：:，,。“”「」（）()《》]{1,12})[：:]\s*")
# 图为…, 资料图片：…, …（法新社图片） : a photo caption, whose words are the picture's, not a statement.
_CAPTION = re.compile(
    r"^\s*(?:[（(]?(?:图|上图|下图|左图|右图|题图|图片|照片|配图|图说|图注|资料图|资料图片|资料照|资料照片|档案照片|视频截图|截图)"
    r"(?:为|[：:]|[)）]))|(?:图片|照片|截图|摄|图源[^（）()]{0,20}|图片来源[^（）()]{0,20})[)）]\s*$"
)
# 以下为网友评论： / 部分网友留言如下： : a list of comments follows, one handle and its words a line.
_COMMENTS_HEAD = re.compile(r"(?:评论|留言|跟帖|回帖|回复|网友|网民|微博|推文)[^：:]{0,8}[：:]\s*$")
_HANDLE = re.compile(r"[^\s：:，,。“”「」]{1,30}[：:]\s*\S")  # a commenter's handle, Latin ones long
# CNN问朱镕基： / 一名记者向韩默提问： : the label is a question clause: the asker asks, the one asked answers.
_ASKS = re.compile(r"^(?P<asker>.*?)(?:向(?P<to1>[^向]{1,10}?))?(?<![顾访学疑咨质])(?:问道|追问|提问|发问|问)"
                   r"(?!题)(?P<to2>.{0,10})$")
_ANSWER_LABELS = frozenset(("答", "回答", "答复"))
_THING_LABEL = re.compile(r"(?:[写印标贴挂刻]着|上写|说明|注明|标明|提示|图片|照片|图说|视频|标题|摘要|编者按)$")
_CUE_END = re.compile(rf"(?:{lx.CUE_RE.pattern})(?:道|说)?$")
_SEMI_GO_ON = re.compile(
    r"^\s*(?:或|或者|或是|也|亦|而且|并且|甚至|以及|还有|而|[“「『\"]|"
    r"[二三四五六七八九十][是则来、]|其[二三四五六七八九十]|第[二三四五六七八九十])"  # 一是…；二是… : one list
)
_NARRATION_TAIL = re.compile(
    r"[，,]\s*(?:请看|详见|请参阅|请收看|以下是|见下)|[，,]\s*(?:但|而|并)?(?:随后|之后|后来|旋即|接着|稍后)"
    # …，但没有详细说明 / …，这一判决可能… : the reporter speaking again.
    # …，但北湾政府尚未证实 : the reporter on another party not confirming
    r"|[，,]\s*(?:但|不过)[^，,。；;“”「」]{1,12}?(?:尚未|并未|没有|未|仍未)(?:对此)?(?:证实|确认|回应|置评)"
    r"(?:此事|这一消息|这一说法|该消息|该报道)?[。！!]?$"
    r"|[，,]\s*(?:但|不过)(?:他们|她们|他|她|其|并)?(?:没有|并未|未|拒绝|不愿)(?:详细|具体|进一步|明确)?"
    r"(?:说明|透露|解释|阐述|回答|置评|提供|细说|评论|交代)"
    r"|[，,]\s*(?:这一|此一)(?:里程碑式的|历史性的)?(?:判决|裁决|言论|表态|讲话|消息|说法)"
    r"|[，,]\s*但(?:目前|暂时)?(?:没有|并无|尚无|未有|未见)[^，,。]{0,20}?(?:的)?(?:报道|报导|报告)"
    # …，可能是担心“冲淡两会氛围”，迄今未见…报道 : the reporter guessing at a motive, then narrating.
    r"|[，,]\s*(?:这|此)?(?:可能|或许|也许|大概|显然)是(?:因为|由于|出于|担心|害怕|为了)"
    # …的危险”，此前以色列曾对她提出批评 : the reporter adding what happened before.
    r"|[，,]\s*此前[^，,。；;“”]{1,12}?曾(?:经)?"
    # …，并在上星期三…之前重申了这点 : the reporter on when it was said.
    r"|[，,]\s*(?:并|而且|还|也|此前|之后|随后)?[^，,。；;]{0,30}?(?:重申|重复|强调|坚持|提出|表示|说)了?"
    r"(?:这一?点|此点|这一?说法|这一?观点|这番话|这些话|此一说法)"
    # …，当时49架民航飞机被迫… : narration of the moment, unless 当时 looks back to an era named just before.
    r"|(?<!时代|时期|年代|时候|期间|之前|以前|那年|当年)(?<![年代])[，,]\s*当时"
    # …以减少有毒的雾霾——这是一部…纪录片的主题 : after a dash, the writer glosses what was said.
    r"|——\s*(?:这|此)(?:是|也是|正是|就是|些|一)"
    # …，他又赞扬… : the speaker named again by a pronoun doing something more is the reporter's account.
    r"|[，,]\s*(?:他|她)(?:又|还|更|同时|随后|接着)(?:赞扬|称赞|赞赏|表扬|肯定|感谢|谈到|谈及|提到|提及|介绍|回顾|列举)"
)
_GO_ON = re.compile(
    r"^(?:为了|因为|由于|其中|受此影响|受其影响|此外|另外|同时|而且|并且|"
    r"这(?![时样里些篇份则条位名]|一?(?:消息|言论|说法|表态|讲话|番)|些言论|个?(?:估计|估算|预测|数字|数据|统计))|因此|所以|"
    # 该计划将持续两年 goes on; 该航线曾遭遇…抗议, 该研究所位于台北 : background the reporter adds.
    r"该(?![国地])(?![^，,。]{0,8}?(?:曾|位于|成立于|创立于|始建于|早在)))"
)
_CREDIT = re.compile(
    r"^(?:此文|本文|本报道)?(?:参考了?|依据了?|根据|综合|编译自|摘编自|摘自|来源[：:]?)|(?:的)?(?:报道|报导)?。?$"
)
_ADVERBIAL_CLAUSE = re.compile(r"(?:之际|时|后|之后|以来|期间|之前|前夕)$|^(?:在|当|随着|就在)")
# 甫一开门见人就说 : an "as soon as" clause goes on with the subject before, as an adverb does.
_AS_SOON_AS = re.compile(r"^(?:甫|刚|才)?一[\u4e00-\u9fff]{1,6}就$")  # its subject: one who speaks in the article
# …，但认为… / …，因此认为… : 'but' and 'so' go on with the same speaker, as 并 and 还 do.
_ZERO_OK = re.compile(rf"^(?:并|还|也|同时|则|又|且|亦|更|随后|随即|一直|始终|再次|一再|不断|曾|已|首次|首度|再度|"
                      rf"(?:于|在){lx.TIME_WORD}|"
                      r"但是?|不过|却|因此|所以|因而|坚决|断然|公开|强烈|只是|只|(?:对|向)[\u4e00-\u9fff]{1,6}$|"
                      r"(?:甫|刚|才)?一[\u4e00-\u9fff]{1,6}就)*$")
_ZERO_CUES = lx.words(
    "称 说 表示 强调 指出 认为 承诺 敦促 呼吁 警告 透露 坦言 补充 声称 宣布 重申 暗示 承认 否认 证实 写道 解释 "
    "表示称 补充说 指出称 警告称 透露称 说道 坦承 直言 指 "
    "指责 指控 驳斥 反驳"  # …，并指责他公然撒谎 : the same speaker accusing (谴责/批评 mostly take a noun)
)
_SPEECH_ACT = re.compile(
    r"发表声明|发出声明|发表讲话|发布声明|发表评论|发文|发推|发帖|发表文章|致函|回应|表态|受访|声明中|"
    r"撰文|发表社论|致信|发表演讲|发布报告|发表报告|做出(?:[^，,]{0,6})?(?:裁决|裁定|判决)|作出(?:[^，,]{0,6})?(?:裁决|裁定|判决)"
)
_BYLINE = re.compile(r"[（(]([^（）()]{1,40})[)）]\s*$")
_SOURCE_TAIL = re.compile(r"[，,]\s*(?:请看|详见|请参阅|请收看)(.{1,30}?)(?:的)?(?:报道|报导|节目|视频)")
_GENERIC_MEDIA = re.compile(
    "^(?:" + "|".join(sorted(lx.PLACE_SPEAKERS, key=len, reverse=True)) + ")?"
    r"(?:各|多家|境外|外国|国际|西方|官方|当地|海外)?(?:官方)?(?:媒体|外电|外媒|官媒|报章|报纸|传媒)$"
)
_SPEECHY = re.compile(r"[不没无非很太最都也还就才有是了得将为要会能过于极更、，。！？吗呢吧我你您他她]")
_DETERMINER = re.compile(r"^(?:该|这|此|这篇|这份|上述|前述|同一)?$")
_QUOTEMARKS = "“”「」『』\"«»"
_PUNCTUATED = re.compile(r"[，,。！？!?；;]")
_DOTS = re.compile(r"[·・‧•]")
_COLON_STOP = re.compile(r"^(?:他|她|它|其|该|据|此前|此外|另外|同时|不过|但)")  # the reporter again
_SUBJECTLESS = re.compile(rf"\s*(?:并|又|还|也|再|更|随后|同时|而且|(?:{lx.TIME_WORD})+\s*$)")
_LATIN_NAME = re.compile(r"[A-Za-z]")
_THEN = re.compile(r"[，,](?:但|也|并|从而|进而|因而)")
_DISTANCING_CUES = frozenset(("声称", "宣称", "号称", "自称", "坚称", "指称"))
_BUT_OTHER = re.compile(
    r"[，,]\s*(?:但是?|不过|然而|可是)\s*(" + "|".join(sorted(lx.PLACE_SPEAKERS, key=len, reverse=True))
    + r"|[\u4e00-\u9fff]{2,8}?(?:" + lx.ORG_SUFFIXES + r"))"
)
_THEIR = re.compile(r"政府|政权|团队|阵营|家族|当局|内阁|总统府|办公室|本人|自己")
_PLACE_OPENS = re.compile(
    "(?:" + "|".join(sorted(lx.PLACE_SPEAKERS, key=len, reverse=True))
    + r")(?=[不也还则并曾将正再没仍更都又一对向在于已早始近首随即加宣坚积强发提采推认支反拒])"
)
_CLAUSE_END = "，,；;。！？!?"
# 该记者询问了…, 这位官员随后… : a clause opening on a determiner and a noun names its own subject.
_OWN_SUBJECT = re.compile(
    r"(?:该|这位|这名|那位|此|这些|该名)[\u4e00-\u9fff]{1,6}?(?:询问|提问|问|随后|接着|则|也|还|又|是|在|曾|已)"
)
_MEANWHILE = re.compile(r"一边|边(?=[\u4e00-\u9fff]{1,3}着)|随即|随后|然后|接着|便")
_COUNTED = re.compile(r"^(?:[一两二三四五六七八九十几数多\d]+)[名位个批]")
_AFTER_CLAUSE = re.compile(r"(?:完|过|了)?(?:后|之后|以后)\s*$")
_SURNAME_VERB = re.compile(r"[\u4e00-\u9fff](?=没有|未|并未|拒绝|不|则|也|还|又|随后|表示|回应)")
_DATELINE = re.compile(r"\s*[\u4e00-\u9fff]{2,12}——(?:[^，,。]{1,8}[，,])?")  # 北京——, 香港——周日，
_REBUTS = re.compile(
    r"(?:否定|否认|驳斥|反驳|批驳|驳回|回应)了?(?:这种|这一|此|该|上述|这些|以上)?(?:说法|指控|报道|消息|传言|批评)$")
_FIRST_PERSON = re.compile(r"[我您你](?!国|军|方|党|院|校|台|司|部)")


@dataclass
class Draft:
    who: Who
    cue: str
    span: tuple[int, int]
    quote_type: str
    via: list[Outlet] = field(default_factory=list)
    said: object = None
    para: int = 0
    kind: str = "cue"
    ends_sentence: bool = False
    colon: bool = False  # X指出：… : the statement runs on to the paragraph's end


def extract_zh(article: Article) -> list[Statement]:
    """Every attributed statement in a Chinese article."""
    return _Run(article).run()


class _Run:
    def __init__(self, article: Article) -> None:
        self.article = article
        self.t = article.text or ""
        self.s, self.m, self.paras = segment(self.t)
        self.res = Resolver(self.s, article.outlet, self.m)
        self.drafts: list[Draft] = []
        self.channels: dict[str, list[Outlet]] = {}
        self.zones: list[tuple[str, tuple[int, int]]] = []  # adverbials of cues naming no channel
        self.qa: Who | None = None
        self.qa_answer: Who | None = None  # the interviewee, while an interviewer's question waits for its answer
        self.interview = False  # an interviewer's line was seen: the article is a transcript
        self.comments = False  # inside a list of readers' comments (handle：words a line)
        self.pending: Draft | None = None  # X说： closed the last paragraph; its words open the next

    # -- driver ----------------------------------------------------------------------------
    def run(self) -> list[Statement]:
        byline = self._byline()
        for pi, p in enumerate(self.paras):
            try:
                self._paragraph(pi, p)
            except Exception:
                log.exception("zh extraction: paragraph %d of %s", pi, self.article.source_file)
        return self._finish(byline)

    def _skip(self, p: Paragraph) -> bool:
        text = self.s[p.start:p.end]
        if len(text) < 200 and ("图" in text or "照" in text or "摄" in text) and _CAPTION.search(text):
            return True
        if lx.BOILERPLATE_RE.search(text) and len(text) < 160:
            return True
        last = text.rstrip()[-1:]
        label = _LABEL.match(text)
        if len(text) < 50 and last not in "。！？!?”」』»’…\".：:" and "，" not in text and (
                not label or _CUE_END.search(label.group(1))):
            return True
        # 为何汛期未到 暴雨致灾情惨重？ : a spaced headline, whatever its last mark.
        return len(text) < 30 and "，" not in text and bool(re.search(r"[\u4e00-\u9fff]\s+[\u4e00-\u9fff]", text))

    def _paragraph(self, pi: int, p: Paragraph) -> None:
        pending, self.pending = self.pending, None
        if pending is not None and self._colon_words(pi, p, pending):
            return
        if self._skip(p):
            self.qa = self.qa_answer = None  # a heading, caption or credit line ends an answer
            return
        if self._qa_line(pi, p):
            return
        for a, b in p.sentences:
            self.res.note_mentions(a, b)
            mentions: list[tuple[int, int]] = []
            anchors = find_anchors(self.s, self.m, a, b, p.quotes, mentions)
            for span in mentions:
                self.res.note_person(*span)
            if anchors:
                self._sentence(pi, p, a, b, anchors)
                self.qa = None
            elif not self._continue(pi, p, a, b):
                n = len(self.drafts)
                self._lone_quote(pi, p, a, b)
                if len(self.drafts) == n and ("：" in self.s[a:b] or ":" in self.s[a:b]):
                    self._colon_quote(pi, p, a, b)
                if len(self.drafts) == n:
                    self.res.narration.append((a, b))  # its subject may be the antecedent of a 他 that follows

    def _colon_words(self, pi: int, p: Paragraph, d: Draft) -> bool:
        """北湾总统韩默说：⏎“…” : a paragraph that is one quotation, or words in the first person, after a
        cue and colon closing the paragraph before."""
        start, end = self._trim(p.start, p.end)
        if end <= start:
            return False
        qs = [q for q in p.quotes if q.start >= start]
        if qs and qs[0].start == start and (qs[-1].end >= end or qs[-1].end == p.end):
            span = self._direct_span(start, end, qs)
        elif (self.s[start] not in QUOTE_OPENERS and _FIRST_PERSON.search(self.m, start, end)
              and not any(find_anchors(self.s, self.m, a, b, p.quotes) for a, b in p.sentences)):
            span = (start, end)
        else:
            return False
        if span[1] <= span[0]:
            return False
        self._add(Draft(d.who, d.cue, span, "direct", d.via, d.said, pi, d.kind))
        self.res.remember(d.who)
        return True

    # -- Q/A transcripts ---------------------------------------------------------------------
    def _qa_line(self, pi: int, p: Paragraph) -> bool:
        mt = _LABEL.match(self.m, p.start, p.end)
        text = self.s[p.start:p.end]
        if len(text) < 60 and text.rstrip()[-1:] in "：:" and _COMMENTS_HEAD.search(text):
            self.comments = True
            return True
        if self.comments:
            if _HANDLE.match(text):
                return True
            self.comments = False
        if not mt or any(q.start < mt.end() for q in p.quotes if q.start >= p.start and q.start < mt.start(1)):
            who = self.qa or self.qa_answer
            # An unlabelled paragraph goes on with the interviewee's answer; one in the first or second
            # person (我认为…, 您…) does so even when it reports someone else's words.
            if (who is not None and len(self.s[p.start:p.end]) >= 20
                    and (self.interview and _FIRST_PERSON.search(self.m, p.start, p.end)
                         # outside a transcript (CNN问朱镕基：…), an answer goes on only in the first person
                         or (self.interview or _FIRST_PERSON.search(self.m, p.start, p.end))
                         and not any(find_anchors(self.s, self.m, a, b, p.quotes) for a, b in p.sentences))
                    and not self._names(who, p.start, p.end)):
                self._add(Draft(who, "：", self._trim(p.start, p.end), "direct", para=pi, kind="qa"))
                self.qa, self.qa_answer = who, None
                return True
            if who is not None and len(self.s[p.start:p.end]) >= 20:
                self.qa = self.qa_answer = None  # the reporter narrates: the answer is over
            return False
        label = mt.group(1)
        if lx.QA_INTERVIEWER.match(label) or (self.article.outlet and self.res.is_self(label)):
            self.qa_answer = self.qa or self.qa_answer
            self.qa = None
            self.interview = True
            return True
        if (_CUE_END.search(label) or re.search(r"[A-Za-z]{3,}", label) and len(label) > 10
                or _THING_LABEL.search(label)):
            return False  # 标语上写着：“…”, 图片说明：… : a thing that bears words, no one answering
        asks = _ASKS.match(label)
        if asks:
            return self._asks(pi, p, mt, asks)
        if label in _ANSWER_LABELS and self.interview:
            # 问：…/答：… after 发言人X主持例行记者会 : the one asked answers; else the person the intro names.
            who = self.qa_answer or self.qa or self._intro_person(p.start)
            start, end = self._trim(mt.end(), p.end)
            if who is None or end <= start:
                return who is not None
            self._add(Draft(who, "答", (start, end), "direct", para=pi, kind="qa"))
            self.res.remember(who)
            self.qa, self.qa_answer = who, None
            return True
        body = self.s[mt.end():p.end]
        if _LABEL.search(body) and re.search(r"(?:记者|编|摄影)[：:]", body):
            return True
        who = self.res.resolve(mt.start(1), mt.end(1))
        if who is None:
            return False
        start, end = self._trim(mt.end(), p.end)
        if end - start < 15 and not _PUNCTUATED.search(self.s, start, p.end):
            return True  # 作者：林和, 节目重温：… : a label and its value, no statement
        qs = [q for q in p.quotes if q.start >= start]
        if qs and qs[0].start == start and (qs[-1].end >= end or qs[-1].end == p.end):
            start, end = self._direct_span(start, end, qs)
        if end > start:
            self._add(Draft(who, "：", (start, end), "direct", para=pi, kind="qa"))
            self.res.remember(who)
            self.qa, self.qa_answer = who, None
        return True

    def _intro_person(self, pos: int) -> Who | None:
        """The titled person named as the subject of a sentence before a transcript (发言人X主持记者会)."""
        for a, b in reversed(self.res.narration):
            if b > pos:
                continue
            who = self.res.clause_subject(a, b, ("person",))
            if who is not None and who.speaker.role:
                return who
        return None

    def _asks(self, pi: int, p: Paragraph, mt: re.Match[str], asks: re.Match[str]) -> bool:
        """CNN问朱镕基：“…？” : the asker's question, and the one asked answers the lines that follow."""
        base = mt.start(1)
        to = "to1" if asks.group("to1") else "to2"
        asked = self.res.resolve(base + asks.start(to), base + asks.end(to)) if asks.group(to) else None
        asker = self.res.resolve(base, base + asks.end("asker")) if asks.group("asker") else None
        start, end = self._trim(mt.end(), p.end)
        qs = [q for q in p.quotes if q.start >= start]
        if qs and qs[0].start == start:
            start, end = self._direct_span(start, end, qs)
        if asker is not None and end > start:
            self._add(Draft(asker, "问", (start, end), "direct", para=pi, kind="qa"))
        self.qa_answer = asked or self.qa or self.qa_answer
        self.qa = None
        return True

    def _names(self, who: Who, a: int, b: int) -> bool:
        """The paragraph names the answerer in the third person: the reporter narrates again."""
        text = self.s[a:b]
        sp = who.speaker
        return any(len(n) >= 2 and n in text for n in (sp.name, *sp.aliases) if not _LATIN_NAME.match(n))

    # -- one sentence with anchors ----------------------------------------------------------
    def _sentence(self, pi: int, p: Paragraph, a: int, b: int, anchors: list[Anchor]) -> None:
        # Pass 1: who speaks at each anchor; anchors without a speaker do not cut contents.
        live: list[tuple[Anchor, Who, list[Outlet]]] = []
        prev_who: Who | None = None
        for k, an in enumerate(anchors):
            outer = anchors[k - 1] if k else None
            if outer is not None and an.clause_start <= outer.content_start and an.subject is None:
                # 发表声明，称… : the inner cue carries the statement; the outer one is dropped below.
                outer.dropped = True
            who, chain = self._speaker(an, prev_who, a)
            if who is None:
                continue
            told = None
            if an.addressee and self.s[an.addressee[0]:an.addressee[1]].strip() in ("他", "她"):
                told = self.res.other_antecedent(self.s[an.addressee[0]:an.addressee[1]].strip(),
                                                 an.addressee[0], who.speaker.id)
            prev_who = who
            self.res.remember(who)
            if an.zone and an.subject and who.speaker.kind == "person":
                self.res.yield_zone(an.zone, who)  # 王健林在接受记者岳林达专访时说 : a later 他 is 王健林
            if told is not None:
                self.res.remember(told)  # 李婷婷告诉他，… : the one told is still the 他 of what follows
            live.append((an, who, chain))
        # An explicit clause opening a non-outlet speaker's content is part of that content.
        kept: list[tuple[Anchor, Who, list[Outlet]]] = []
        for item in live:
            inner = bool(kept) and item[0].subject is not None and item[0].clause_start <= kept[-1][0].content_start
            if inner and kept[-1][1].outlet is None and not kept[-1][0].dropped and item[0].kind == "cue":
                self._nested_quote(pi, p, b, item[0], item[1])
                continue
            kept.append(item)
        # Pass 2: contents, nesting and quotations.
        made: list[tuple[Anchor, Draft | None, Who]] = []
        relay: list[Outlet] = []
        for k, (an, who, chain) in enumerate(kept):
            nxt = kept[k + 1][0] if k + 1 < len(kept) else None
            chain = chain + relay
            relay = []
            via = self._via(an, who, chain)
            date = said_on(self.s, an.clause_start, an.cue[0], self.article.published_at)
            cue = self.t[slice(*(an.said or an.cue))]
            if an.quote_first is not None:
                qs, qe = self._direct_span(*an.quote_first.inner, [an.quote_first])
                if qe > qs:
                    self._add(Draft(who, cue, (qs, qe), "direct", list(via), date, pi, an.kind))
            if an.dropped or an.silent or an.quote_first is not None and self._narrates_after(an, b):
                made.append((an, None, who))
                continue
            if an.colon_end:
                self.pending = Draft(who, cue, (0, 0), "direct", list(via), date, pi, an.kind)
                made.append((an, None, who))
                continue
            if an.tail:
                if k == 0:  # 美国将派遣更多军队，一名官员说。 (after another cue in the sentence it only ends that one)
                    self._tail_statement(pi, p, a, an, who, via, date, cue)
                made.append((an, None, who))
                continue
            lead = self.s[an.content_start:nxt.clause_start].strip(_TRIM) if nxt else ""
            if nxt and (nxt.clause_start <= an.content_start < b or (
                    who.outlet is not None and lead and "，" not in lead and _ADVERBIAL_CLAUSE.search(lead))):
                # 路透社报导，X透露，… : the outer outlet relays the inner statement.
                if who.outlet is not None:
                    relay = [who.outlet, *who.chain]
                made.append((an, None, who))
                continue
            if an.single_quote:
                q = next((q for q in p.quotes if q.start == an.content_start), None)
                span = self._direct_span(*q.inner, [q]) if q else (0, 0)
            else:
                end = nxt.clause_start if nxt else b
                if (nxt is not None and an.sep and who.outlet is None and nxt.subject is not None and lead
                        and not _PUNCTUATED.search(lead) and _ADVERBIAL_CLAUSE.search(lead)):
                    # X举例说，在冲突期间，美国宣布… : the adverbial opens a clause X reports, with its own cue.
                    end = kept[k + 2][0].clause_start if k + 2 < len(kept) else b
                span = self._content(an.content_start, end, b, p.quotes)
            if span[1] <= span[0]:
                made.append((an, None, who))
                continue
            via = via + [o for o in self._tail_source(span[1], b) if all(o.key != x.key for x in via)]
            span = self._but_narration(span, who, cue)
            who = self._not_named_inside(who, span, an.clause_start)
            qtype = "direct" if an.single_quote else self._quote_type(span, p.quotes)
            if qtype == "direct" and not an.single_quote:
                span = self._direct_span(span[0], span[1], [q for q in p.quotes if span[0] <= q.start < span[1]])
            d = Draft(who, cue, span, qtype, list(via), date, pi, an.kind,
                      ends_sentence=nxt is None and span[1] >= self._trim(a, b)[1] - 1,
                      colon=an.kind == "cue" and self.m[:an.content_start].rstrip()[-1:] in "：:")
            self._add(d)
            made.append((an, d, who))
        self._quote_then_cite(made)
        self._views(pi, p, a, b, [x[0] for x in kept])

    def _tail_statement(self, pi: int, p: Paragraph, a: int, an: Anchor, who: Who, via: list[Outlet],
                        date: object, cue: str) -> None:
        """…，一名官员说。 : the sentence before the closing speaker and cue is what they said."""
        start = a
        dl = _DATELINE.match(self.s, a, an.clause_start)
        if dl:
            start = dl.end()
        span = self._trim(start, an.clause_start)
        if span[1] - span[0] >= 6:
            self._add(Draft(who, cue, span, self._quote_type(span, p.quotes), list(via), date, pi, an.kind))

    def _nested_quote(self, pi: int, p: Paragraph, b: int, an: Anchor, who: Who) -> None:
        """X称，Y呼吁「…」 : Y's words inside X's statement are Y's statement too."""
        if who.speaker.kind == "outlet" or who.resolved_from:
            return
        cue = self.t[an.cue[0]:an.cue[1]]
        q = next((q for q in p.quotes if q.start == an.content_start and q.closed), None)
        if q is None:
            if an.sep and an.kind == "cue":  # X表示，Y告诉他，… : Y's words, reported inside X's
                span = self._content(an.content_start, b, b, p.quotes)
                if span[1] > span[0]:
                    self._add(Draft(who, cue, span, self._quote_type(span, p.quotes), [], None, pi, "nested"))
            return
        if self.s[q.end:b].strip(_TRIM + QUOTE_CLOSERS):
            return
        span = self._direct_span(*q.inner, [q])
        if span[1] > span[0]:
            self._add(Draft(who, cue, span, "direct", [], None, pi, "nested"))

    def _narrates_after(self, an: Anchor, b: int) -> bool:
        """“…，”李克强回答时说，该记者询问了… : after a quotation and its speaker, a clause with its own
        subject is the reporter's."""
        if an.content_start >= b or self.m[an.content_start] in QUOTE_OPENERS + '"':
            return False
        k = an.content_start
        while k < b and self.m[k] not in _CLAUSE_END:
            k += 1
        if _MEANWHILE.match(self.s, an.content_start, k):
            return True  # “…，”他一边说，一边笑着… : what the speaker did meanwhile
        return bool(_OWN_SUBJECT.match(self.s, an.content_start, k))

    def _views(self, pi: int, p: Paragraph, a: int, b: int, anchors: list[Anchor]) -> None:
        for an in find_views(self.s, self.m, a, b):
            who = self.res.resolve(*an.subject) if an.subject else None
            if who is None:
                continue
            later = [x.clause_start for x in anchors if x.clause_start > an.content_start]
            span = self._content(an.content_start, min(later) if later else b, b, p.quotes)
            if span[1] > span[0]:
                cue = self.t[an.cue[0]:an.cue[1]]
                self._add(Draft(who, cue, span, self._quote_type(span, p.quotes), [], None, pi, "view"))
                self.res.remember(who)

    def _tail_source(self, end: int, b: int) -> list[Outlet]:
        """…，请看France24报道: the outlet named in a closing pointer is the statement's source."""
        mt = _SOURCE_TAIL.match(self.m, end, b)
        if not mt:
            return []
        found = self.res.channel(mt.start(1), mt.end(1))
        name = mt.group(1).strip()
        if not found and re.fullmatch(r"[A-Za-z][\w .&'-]{1,30}", name):
            found = [outlet_named(name)]
        return found

    def _speaker(self, an: Anchor, prev: Who | None, a: int) -> tuple[Who | None, list[Outlet]]:
        chain: list[Outlet] = []
        if an.kind == "cite":
            citer = self.res.resolve(*self._subject(an.citer)) if an.citer else None
            ctext = self.s[an.citer[0]:an.citer[1]].strip() if an.citer else ""
            if ctext and _GENERIC_MEDIA.match(ctext):
                g = self.res.generic_outlet(ctext, an.citer[0])  # 韩国官方媒体援引消息人士的话说 : a relay
                citer = Who(g.speaker, [], g.head, outlet_named(ctext), pos=g.pos)
            if citer is None and (not an.citer or _ZERO_OK.match(self.s[an.citer[0]:an.citer[1]].strip())):
                citer = prev or self._first_clause(a, an.clause_start, any_verb=True)
                if citer is None or citer.outlet is None and citer.resolved_from is None:
                    # 美联社获取了一份备忘录，并引述其内容报道称… : an outlet opens the sentence.
                    citer = self.res.leading_outlet(a, an.clause_start) or citer
            if citer is not None and citer.outlet is None and citer.resolved_from is None:
                citer = None
            if citer is not None:
                self.res.remember(citer)
            who = self.res.resolve(*self._subject(an.subject)) if an.subject else None
            if who is not None and who.speaker.kind == "outlet" and citer is not None:
                who.chain = [citer.outlet, *citer.chain] if citer.outlet else list(citer.chain)
                self.res.remember(who)
                return who, chain
            if who is None or self.s[an.subject[0]:an.subject[0] + 1] == "其":
                who = citer
                if who is None:
                    return None, chain
            elif citer is not None:
                chain += [citer.outlet] if citer.outlet else []
                chain += citer.chain
            return who, chain
        if an.kind == "ju":
            src = self.s[an.subject[0]:an.subject[1]].strip() if an.subject else ""
            if _GENERIC_MEDIA.match(src):
                return self.res.generic_outlet(src, an.subject[0] if an.subject else a), chain
            if an.subject and _DETERMINER.match(self.s[an.subject[0]:an.subject[1]].strip()):
                who = self.res.resolve_outlet_ref(self.s[an.subject[0]:an.cue[1]], an.subject[0])
            else:
                who = self.res.resolve(*self._subject(an.subject)) if an.subject else None
            return who, chain
        if an.doc:
            who = self.res.resolve(an.zone[1] - len(an.doc), an.zone[1]) if an.zone else None
            return who, chain
        if an.subject:
            return self.res.resolve(*an.subject), chain
        # No subject: the clause continues the previous speaker (…，并承诺…).
        cue = self.s[an.cue[0]:an.cue[1]]
        lead = self.s[an.clause_start:an.cue[0]].strip()
        if cue.startswith(("报道", "报导")) and _ZERO_OK.match(lead):
            return self.res.resolve_outlet_ref(cue, an.cue[0]), chain  # 报道称，… : the outlet named last
        if (cue not in _ZERO_CUES and cue[-1:] not in "说称") or not _ZERO_OK.match(lead):
            return None, chain  # (建议说, 回答说 : a verb run on into 说/称 goes on as 说 does)
        rebut = self._rebuttal(a, an)
        if rebut is not None:
            return rebut, chain
        if prev is not None and self._near(prev, an):
            return prev, chain
        first = self._first_clause(a, an.clause_start)
        if first:
            return first, chain
        # 斯洛伐克总理昨天在谈及此事时，强调…，并且称，… : the sentence's named subject goes on speaking.
        first = None if prev is not None else self._first_clause(a, an.clause_start, any_verb=True)
        if first is not None and first.resolved_from is None and _named_subject(first):
            return first, chain
        if prev is None or prev.outlet is not None:  # 报导说，…，曾庆红…，甫一开门见人就说
            # 上个月，习近平与…举行了会面，敦促… : a person named before opens the clause before, or one
            # before clauses that go on without a subject (温家宝回答后，又感到…，说…).
            end = an.clause_start - 1
            while end > a:
                k = max(self.m.rfind("，", a, end), self.m.rfind(",", a, end)) + 1 or a
                k = max(k, a)
                who = self.res.clause_subject(k, end, ("person",), known_only=not _AS_SOON_AS.match(lead))
                if who is not None:
                    return who, chain
                span = self.res.subject_of(k, end)
                if span and span[1] < end:  # 周五，一名女性拒绝回答问题，并表示… : an explicit subject before a verb
                    who = self.res.resolve(*span)
                    if who is not None and who.resolved_from is None and _named_subject(who):
                        return who, chain
                if span and _AFTER_CLAUSE.search(self.s, k, end):
                    who = self._after_subject(span[0])  # 发言人傅莹回答完港媒记者后，说：… / 他回答完后，说…
                    if who is None and self.s[span[1]:span[1] + 1] == "在":
                        who = self.res.resolve(*span)  # 政府官员在遭到法官警告后，于周三首次表示…
                        who = who if who is not None and who.resolved_from is None else None
                    if who is not None:
                        return who, chain
                if _SURNAME_VERB.match(self.s, k, end):  # 许没有正面回应，只是说… : 许 of 许正宇
                    who = self.res.by_surname(self.s[k], k)
                    if who is not None:
                        return who, chain
                place = _PLACE_OPENS.match(self.s, k, end)
                if place:  # 北京加强了…合作，但坚决否认… : a state opening the clause before speaks
                    who = self.res.resolve(place.start(), place.end())
                    if who is not None:
                        return who, chain
                if not _SUBJECTLESS.match(self.s, k, end):
                    break
                end = k - 1
        return None, chain

    def _rebuttal(self, a: int, an: Anchor) -> Who | None:
        """…，一名官员周日否定了这种说法，称… : the one who rebuts opens the clause before the cue, and
        what was said before ends there."""
        end = an.clause_start - 1
        k = max(a, max(self.m.rfind("，", a, end), self.m.rfind(",", a, end)) + 1)
        mt = _REBUTS.search(self.s, k, end)
        if not mt or mt.end() != end:
            return None
        span = self.res.subject_of(k, mt.start())
        who = self.res.resolve(*span) if span else None
        if who is None or who.resolved_from is not None or not _named_subject(who):
            return None
        an.clause_start = k
        return who

    def _after_subject(self, pos: int) -> Who | None:
        """The person opening a clause 'when/after X did …', named there or by 他/她."""
        for mpos, who in reversed(self.res.mentions):
            if mpos == pos and who.speaker.kind == "person":
                return who
        if self.s[pos:pos + 1] in ("他", "她") and self.s[pos + 1:pos + 2] != "们":
            return self.res.resolve(pos, pos + 1)
        return None

    def _near(self, prev: Who, an: Anchor) -> bool:
        """…警告X，强调Y : a subjectless cue continues a speaker only one clause back."""
        gap = self.m[prev.pos:an.clause_start]
        # 指出，…，而…，呼吁… : a speaker goes on three clauses on; an outlet's report hands over sooner
        return gap.count("，") + gap.count(",") <= (2 if prev.outlet is not None else 3)

    def _first_clause(self, a: int, upto: int, any_verb: bool = False) -> Who | None:
        """The subject of a sentence's first clause when that clause is a speech act (发表声明，称…)."""
        k = a
        while k < upto and self.m[k] not in "，,；;":
            k += 1
        clause = self.s[a:k]
        act = _SPEECH_ACT.search(clause)
        if not act and not any_verb:
            return None
        span = self.res.subject_of(a, a + act.start() if act else k)
        return self.res.resolve(*span) if span else None

    def _subject(self, span: tuple[int, int] | None) -> tuple[int, int]:
        if not span:
            return (0, 0)
        sub = self.res.subject_of(*span)
        return sub or span

    def _via(self, an: Anchor, who: Who, chain: list[Outlet]) -> list[Outlet]:
        via: list[Outlet] = []
        if an.zone and an.kind == "cue":
            via += self.res.channel(*an.zone)
        if an.addressee:
            via += self.res.channel(*an.addressee)
        if via:
            key = who.speaker.id
            self.channels.setdefault(key, list(via))
        elif an.zone and an.kind == "cue" and an.zone[1] > an.zone[0]:
            self.zones.append((who.speaker.id, an.zone))  # checked in _finish: 接受美国之音采访时说
        if who.outlet is not None:
            via += who.chain
        via += chain
        out: list[Outlet] = []
        for o in via:
            if o is None or self.res.is_self(o.name):
                continue
            if who.outlet is not None and o.key == who.outlet.key:
                continue
            if all(o.key != x.key for x in out):
                out.append(o)
        return out

    def _quote_then_cite(self, made: list[tuple[Anchor, Draft | None, Who]]) -> None:
        """据该报道，“…”，报导引述X表示… : the quotation is X's, relayed by the outlet."""
        for (_an, d, who), (an2, d2, who2) in zip(made, made[1:], strict=False):
            if d is None or d.quote_type != "direct" or who.outlet is None:
                continue
            if an2.kind == "cite" and d2 is not None and who.outlet.key in {
                    o.key for o in d2.via}:
                d.who = Who(who2.speaker, who2.chain, who2.head, who2.outlet,
                            resolved_from=who.resolved_from or who2.resolved_from, pos=who2.pos)
                d.via = list(d2.via)

    # -- content -----------------------------------------------------------------------------
    def _content(self, start: int, end: int, b: int, quotes: list[Quote]) -> tuple[int, int]:
        end = min(end, b)
        k = start
        while k < end:
            ch = self.m[k]
            if ch in "；;" and not _SEMI_GO_ON.match(self.s[k + 1:k + 6]):
                end = k
                break
            k += 1
        tail = _NARRATION_TAIL.search(self.m, start, end)
        if tail:
            end = tail.start()
        # “…。”他在…发表了这番言论 : a quotation closed by a full stop ends the statement.
        for q in quotes:
            closes = q.closed and self.s[q.start:q.end - 1].rstrip()[-1:] in ("。", "！", "？")  # “…！ »
            if start <= q.start and q.end < end and closes and self.s[q.end:end].strip(_TRIM + QUOTE_CLOSERS):
                end = q.end
                break
        return self._trim(start, end)

    def _but_narration(self, span: tuple[int, int], who: Who, cue: str = "") -> tuple[int, int]:
        """…辩论，但是特朗普感染新冠病毒的问题引起了疑问 / …，也引发民进党反击马英九 : after 但/也/并 the
        speaker is named in the third person, so the reporter speaks again."""
        mt = _THEN.search(self.m, span[0], span[1])
        if not mt:
            return span
        k = mt.start()
        if cue in _DISTANCING_CUES:
            # 中国声称…是自己的领土，但台湾只控制… : after a claim the writer keeps at a distance, a 但
            # opening on another state or body is the writer's rejoinder.
            other = _BUT_OTHER.match(self.s, k)
            if other and other.group(1) != who.speaker.name and other.group(1) not in who.speaker.aliases:
                return self._trim(span[0], k)
        sp = who.speaker
        names = [n for n in (sp.name, *sp.aliases) if len(n) >= 2 and not _LATIN_NAME.match(n)]
        rest = self.s[k:span[1]]
        for n in names:
            j = rest.find(n)
            if j > 0 and not _THEIR.match(rest, j + len(n)):
                return self._trim(span[0], k)
        return span

    def _not_named_inside(self, who: Who, span: tuple[int, int], pos: int) -> Who:
        """他表示，习近平的反腐… : a 他 is not the person the content names in the third person."""
        if who.resolved_from not in ("他", "她") or who.speaker.kind != "person":
            return who
        content = self.s[span[0]:span[1]]
        names = [n for n in (who.speaker.name, *who.speaker.aliases) if len(n) >= 2 and not _LATIN_NAME.match(n)]
        for n in names:
            j = content.find(n)
            while j > 0 and content[j - 1] in "·・‧•":  # 乔蒂·辛格 is not 穆克什·辛格
                j = content.find(n, j + 1)
            if j >= 0 and not _THEIR.match(content, j + len(n)) and not _FIRST_PERSON.search(content):
                return self.res.other_antecedent(who.resolved_from, pos, who.speaker.id) or who
        return who

    def _trim(self, start: int, end: int) -> tuple[int, int]:
        while end > start and self.s[end - 1] in _TRIM:
            end -= 1
        while start < end and self.s[start] in " \u3000":
            start += 1
        return start, end

    def _quote_type(self, span: tuple[int, int], quotes: list[Quote]) -> str:
        inside = [q for q in quotes if q.start >= span[0] and q.start < span[1]]
        if not inside:
            return "indirect"
        rest = self.m[span[0]:span[1]]
        for q in inside:
            rest = rest.replace(self.m[q.start:min(q.end, span[1])], "")
        if not rest.strip(_TRIM + _QUOTEMARKS):
            return "direct"
        for q in inside:
            if _speechy(self.s[q.inner[0]:q.inner[1]]):
                return "mixed"
        return "indirect"

    def _direct_span(self, start: int, end: int, quotes: list[Quote]) -> tuple[int, int]:
        while start < end and self.s[start] in QUOTE_OPENERS + '" \u3000':
            start += 1
        while end > start and self.s[end - 1] in _TRIM + QUOTE_CLOSERS + '"':
            inner = self.s[start:end - 1]
            if self.s[end - 1] == "’" and inner.count("‘") > inner.count("’"):
                break  # …是‘杀手锏’ : the closing mark of a quotation inside the content stays
            end -= 1
        return start, end

    # -- sentences without anchors -------------------------------------------------------------
    def _continue(self, pi: int, p: Paragraph, a: int, b: int) -> bool:
        """An indirect statement running on into the next sentence (为了…, 其中…, 这…)."""
        if not self.drafts:
            return False
        d = self.drafts[-1]
        if d.para != pi or d.quote_type == "direct" or not d.ends_sentence:
            return False
        head = self.s[a:b].lstrip()
        if not (d.colon and not _COLON_STOP.match(head)) and not _GO_ON.match(head):
            return False
        if head[:1] == "该" and self._is_speaker(d.who, head[1:7]):
            return False  # …。该委员会肯定了… : the speaker in the third person, the reporter narrating
        end = self._trim(a, b)[1]
        d.span = (d.span[0], end)
        if any(q.start >= a and q.start < end for q in p.quotes) and d.quote_type == "indirect":
            d.quote_type = self._quote_type(d.span, p.quotes)
        return True

    @staticmethod
    def _is_speaker(who: Who, text: str) -> bool:
        """Whether text opens on the speaker's name or its last word (委员会 of 挪威诺贝尔委员会)."""
        names = [n for n in (who.speaker.name, *who.speaker.aliases) if len(n) >= 2]
        return any(n.endswith(text[:k]) for n in names for k in range(2, min(len(text), 5) + 1))

    def _lone_quote(self, pi: int, p: Paragraph, a: int, b: int) -> None:
        """A sentence that is one whole quotation continues the last speaker."""
        qs = [q for q in p.quotes if a <= q.start < b]
        if len(qs) != 1 or not self.drafts:
            return
        q = qs[0]
        if self.s[a:q.start].strip() or self.s[q.end:b].strip(_TRIM + QUOTE_CLOSERS):
            return
        last = self.drafts[-1]
        if pi - last.para > 1 or last.kind == "qa":
            return
        span = self._direct_span(*q.inner, [q])
        if span[1] > span[0]:
            self._add(Draft(last.who, last.cue, span, "direct", list(last.via), last.said, pi, "lone"))

    def _colon_quote(self, pi: int, p: Paragraph, a: int, b: int) -> None:
        """韩默描述了当时的情况：“我们都很害怕。” : one clause without a speech verb opened by someone already
        speaking in the article (or 他/她), a colon, and one quotation of words ending the sentence."""
        qs = [q for q in p.quotes if a <= q.start < b]
        if len(qs) != 1 or not qs[0].closed or self.qa is not None:
            return
        q = qs[0]
        head = self.s[a:q.start].rstrip(" \u3000")
        if (not head.endswith(("：", ":")) or _PUNCTUATED.search(head)
                or self.s[q.end:b].strip(_TRIM + QUOTE_CLOSERS + "。！？!?")):
            return
        inner = self.s[q.inner[0]:q.inner[1]]
        if len(inner) < 6 or not _speechy(inner):
            return
        head_end = a + len(head.rstrip("：: "))
        k = skip(self.s, a, head_end, " \u3000\n")
        if self.s[k:k + 1] in ("他", "她") and self.s[k + 1:k + 2] != "们":
            who = self.res.resolve(k, k + 1)
        else:
            who = self.res.clause_subject(k, head_end, ("person",))
        if who is None or who.speaker.kind != "person":
            return
        qspan = self._direct_span(*q.inner, [q])
        if qspan[1] > qspan[0]:
            self.res.remember(who)
            cue = self.t[head_end:head_end + 1]
            self._add(Draft(who, cue, qspan, "direct", [], None, pi, "colon-quote"))

    # -- output ---------------------------------------------------------------------------------
    def _add(self, d: Draft) -> None:
        if d.span[1] > d.span[0]:
            self.drafts.append(d)

    def _byline(self) -> Outlet | None:
        """A closing '(路透社)' credit: every statement reached the publisher through that outlet."""
        for p in reversed(self.paras[-3:]):
            text = self.s[p.start:p.end]
            mt = _BYLINE.search(text)
            if not mt or len(text) > 40:
                continue
            inner = _CREDIT.sub("", mt.group(1))
            parts = [x for x in re.split(r"[\s、,，/和及]+", inner) if x]
            if len(parts) == 1 and "等" not in inner:
                hit = known_outlet(parts[0])
                if hit is None and lx.MEDIA_SUFFIX_RE.fullmatch(parts[0]):
                    hit = outlet_named(parts[0])  # (奥地利通讯社): an outlet the gazetteer lacks
                if hit and not self.res.is_self(hit.name):
                    return hit
        return None

    def _named_later(self) -> None:
        """台湾外交部长表示… before 台湾外交部长吴钊燮表示…: a bare title is the one person named with it."""
        named: dict[tuple[str, str], set[str]] = {}
        people: dict[str, Who] = {}
        for d in self.drafts:
            sp = d.who.speaker
            if sp.kind == "person" and sp.role and sp.name != (sp.affiliation or "") + sp.role:
                named.setdefault((sp.affiliation or "", sp.role), set()).add(sp.id)
                people[sp.id] = d.who
        if not named:
            return
        for d in self.drafts:
            sp = d.who.speaker
            if sp.kind != "person" or not sp.role or sp.name != (sp.affiliation or "") + sp.role:
                continue
            ids = named.get((sp.affiliation or "", sp.role))
            if ids and len(ids) == 1:
                w = people[next(iter(ids))]
                d.who = Who(w.speaker, list(d.who.chain), w.head, w.outlet,
                            resolved_from=d.who.resolved_from or sp.name, pos=d.who.pos)

    def _finish(self, byline: Outlet | None) -> list[Statement]:
        self._named_later()
        out: list[Statement] = []
        seen: set[tuple[int, int]] = set()
        # A speaker heard through an outlet once (对福克斯新闻说) is heard through it throughout; one relayed
        # by a report (据新华社报道，X强调…) from there on only, not in what the publisher wrote before.
        since: dict[str, int] = {}
        for d in self.drafts:
            if d.via and d.who.outlet is None:
                if d.who.speaker.id not in self.channels:
                    since[d.who.speaker.id] = d.span[0]
                self.channels.setdefault(d.who.speaker.id, [o for o in d.via])
        # …but not one the publisher heard itself (接受美国之音采访时说): then no channel is carried over.
        direct = {sid for sid, zone in self.zones if sid in self.channels and self.res.heard_here(*zone)}
        for d in self.drafts:
            if d.span in seen:
                continue
            seen.add(d.span)
            via = list(d.via)
            chan = None if d.who.speaker.id in direct else self.channels.get(d.who.speaker.id)
            if chan and d.span[0] < since.get(d.who.speaker.id, -1):
                chan = None
            if chan and not via:
                via = list(chan)
            relayed = byline and not (d.who.outlet and d.who.outlet.key == byline.key)
            if byline and relayed and all(o.key != byline.key for o in via):
                via.append(byline)
            content = self.t[d.span[0]:d.span[1]]
            hedges = hedges_in(self.s[d.span[0]:d.span[1]], d.cue)
            out.append(Statement(
                article_id=self.article.id, speaker=d.who.speaker, cue=d.cue, content=content, span=d.span,
                quote_type=d.quote_type, modality="speculation" if hedges else "assertion",  # type: ignore[arg-type]
                hedges=hedges, via=via, said_on=d.said, resolved_from=d.who.resolved_from,  # type: ignore[arg-type]
                question=is_question(self.s[d.span[0]:d.span[1]], d.cue),
                denial=is_denial(self.s[d.span[0]:d.span[1]], d.cue),
            ))
        return out


def _named_subject(who: Who) -> bool:
    """A person named with a title or a transliterated name, or a known organisation or state."""
    sp = who.speaker
    if sp.kind in ("person", "group") and _COUNTED.match(sp.name):
        return True  # 一名女性, 两名官员 : a counted description is a subject as explicit as a name
    if sp.kind == "person":  # 韩默周一会见…，表示… : a bare name shaped like one names someone too
        return bool(sp.role) or bool(_DOTS.search(sp.name)) or looks_like_name(to_simplified(sp.name))
    if sp.kind == "outlet":
        return True  # 《北湾日报》周一关注…，并指出，…
    return sp.kind == "organization" and (bool(lx.ORG_RE.search(sp.name)) or sp.name in lx.PLACE_SPEAKERS)


def _speechy(quoted: str) -> bool:
    """A quotation of words (mixed quote) rather than a quoted name or term."""
    return len(quoted) >= 12 or bool(_SPEECHY.search(quoted))
