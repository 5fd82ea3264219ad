"""Chinese attribution extraction: who said what, through which outlets, in an Article.

Rules only (cue lexicons, clause structure, back-references); Simplified and Traditional
text are both read through a Simplified copy of the same length, so spans stay exact.

The extractor is one class in parts: this module drives each paragraph and each sentence with
anchors; `zh_qa` reads transcripts, `zh_subjects` finds who speaks and through which outlets,
`zh_content` where the content starts and ends, `zh_continue` the sentences without a cue that
carry on the last speaker, `zh_statements` builds the `Statement`s.
"""

from __future__ import annotations

import logging
import re

from kg.extract import zh_lexicon as lx
from kg.extract.zh_anchors import Anchor, find_anchors, find_views
from kg.extract.zh_content import _FIRST_PERSON, _PUNCTUATED, _TRIM, ContentRules
from kg.extract.zh_continue import ContinueRules
from kg.extract.zh_modality import said_on
from kg.extract.zh_qa import _CUE_END, _LABEL, TranscriptRules
from kg.extract.zh_resolve import Resolver, Who
from kg.extract.zh_segment import FILL, QUOTE_CLOSERS, QUOTE_OPENERS, Paragraph, segment
from kg.extract.zh_statements import Draft, StatementRules
from kg.extract.zh_subjects import SubjectRules
from kg.models import Article, Outlet, Statement

log = logging.getLogger(__name__)

# 图为…, 资料图片：…, …（法新社图片） : a photo caption, whose words are the picture's, not a statement.
_CAPTION = re.compile(
    r"^\s*(?:[（(]?(?:图|上图|下图|左图|右图|题图|图片|照片|配图|图说|图注|资料图|资料图片|资料照|资料照片|档案照片|视频截图|截图)"
    r"(?:为|[：:]|[)）]))|(?:图片|照片|截图|摄|图源[^（）()]{0,20}|图片来源[^（）()]{0,20})[)）]\s*$"
)
# 相关阅读：, 相关内容：互动问答：… : a list of links to other pieces; its "Name：title" lines are no statements.
_LINKS = re.compile(r"^\s*[【\[]?(?:相关阅读|相关内容|相关文章|相关新闻|相关报道|相关链接|延伸阅读|推荐阅读|更多阅读|"
                    r"更多报道|往期回顾|阅读更多)[】\]]?\s*(?:[：:]|$)")
# Gilles Sabrie for The New York Times, Jim Wilson/The New York Times, Getty Images : a photo credit alone
# on its line; the short paragraph after it is the photo's caption (which repeats the article).
_PHOTO_CREDIT = re.compile(r"^\s*[A-Z][A-Za-z.'’\- ]{1,50}(?: for |/)[A-Z][A-Za-z.'’\- ]{2,40}\s*$"
                           r"|^\s*[A-Z][A-Za-z.'’\- ]{1,50}/?(?:Getty Images|Associated Press|Agence France-Presse|"
                           r"European Pressphoto Agency|Reuters)\s*$")
_ADVERBIAL_CLAUSE = re.compile(r"(?:之际|时|后|之后|以来|期间|之前|前夕)$|^(?:在|当|随着|就在)")
_CLAUSE_END = "，,；;。！？!?"
# 超过一半的人, 六成民众, 多数受访者 : a share of the people polled.
_SHARE = re.compile(r"(?:超过|逾|近|将近|约|大约|有)?(?:一半|半数|过半|多数|大多数|绝大多数|少数|"
                    r"[\d一二三四五六七八九十]+成|[\d.]+\s*[%％]|百分之[\d一二三四五六七八九十]+)(?:以上)?的?"
                    r"(?:人|民众|受访者|选民|网民|[\u4e00-\u9fff]{1,4}人)$")
_SELF = re.compile(r"(?:他|她)?自己(?!的)")  # X说，Y表示自己曾… : Y speaking of themself, a report of their own
_ANSWERS = frozenset(("回答", "答复", "回复", "回覆", "回应", "答"))
_CONCESSIVE = re.compile(r"尽管|虽然|即使|即便|虽说")
# 对英国正在丧失关键性的军事能力表达了担忧 : a worry about a proposition, stated before its cue.
_CONCERN_WORD = re.compile(r"担忧|担心|忧虑|关切")
_CONCERN = re.compile(r"(?<![反针绝相])对(?P<what>[^，,。；;：:！？!?]{4,40}?)"
                      r"(?P<cue>(?:表达|表示|深表|流露出?)了?(?:严重|深切|强烈)?的?(?:担忧|担心|忧虑|关切))")
_CONCERN_CLAIM = re.compile(r"正在|将会|将要|可能|已经|无法|不再|不能|难以|会(?!议|谈|面|晤)|越来越|日益|"
                            r"在[减增下上恶扩缩变加降]")
_CONCERN_NP = re.compile(r"(?:正在|将会|将要|可能|已经|将|会)[\u4e00-\u9fff]{1,3}的")  # 可能举行的军演 : a thing
# 该记者询问了…, 这位官员随后… : a clause opening on a determiner and a noun names its own subject.
_OWN_SUBJECT = re.compile(
    r"(?:该|这位|这名|那位|此|这些|该名)[\u4e00-\u9fff]{1,6}?(?:询问|提问|问|随后|接着|则|也|还|又|是|在|曾|已)"
)
_MEANWHILE = re.compile(r"一边|边(?=[\u4e00-\u9fff]{1,3}着)|随即|随后|然后|接着|便")
_DATELINE = re.compile(r"\s*[\u4e00-\u9fff]{2,12}——(?:[^，,。]{1,8}[，,])?")  # 北京——, 香港——周日，


def extract_zh(article: Article) -> list[Statement]:
    """Every attributed statement in a Chinese article."""
    return _Run(article).run()


class _Run(ContentRules, ContinueRules, StatementRules, SubjectRules, TranscriptRules):
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
        self.labelled: set[str] = set()  # people who spoke on lines labelled with their names (X：…)
        self.comments = False  # inside a list of readers' comments (handle：words a line)
        self.pending: Draft | None = None  # X说： closed the last paragraph; its words open the next
        self.links = False  # after 相关阅读： : lines of links until a paragraph of prose
        self.credit = False  # the paragraph before was a photo credit: this one is its caption
        self.you_said: list[tuple[str, str, tuple[int, int], int]] = []  # 您曾说过，… in a question: the answerer's

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
        credit, self.credit = self.credit, bool(_PHOTO_CREDIT.match(text))
        if self.credit:
            return True
        if credit and len(text) < 200:
            return True  # Gilles Sabrie for The New York Times⏎李教授（左）… : the caption of the photo credited
        if _LINKS.match(text):
            self.links = True
            return True
        if self.links:
            if len(text) < 80 and text.rstrip()[-1:] not in "。！？!?”」":
                return True  # 冉云飞：再论… / 南方周末 | … : one more link
            self.links = False
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
            if "对" in self.m[a:b] and _CONCERN_WORD.search(self.m, a, b):
                self._concerns(pi, a, b)
            if anchors and all(an.demand for an in anchors) and self._continue(pi, p, a, b):
                continue  # …。巡视船反复要求其停止… : a demand inside a statement running on
            if anchors and all(_CONCESSIVE.match(self.m, an.clause_start) for an in anchors):
                # …。相比之下，中方仅捐助了…，尽管中国外长说是… : words reported in a concession inside an
                # argument running on are part of it, and a statement of their own.
                self._continue(pi, p, a, b)
            if anchors:
                n = len(self.drafts)
                if not self._sentence(pi, p, a, b, anchors):
                    self._continue(pi, p, a, b)  # cues whose speaker is unknown do not stop a statement running on
                self._reported_people(mentions, n)
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

    # -- one sentence with anchors ----------------------------------------------------------
    def _sentence(self, pi: int, p: Paragraph, a: int, b: int, anchors: list[Anchor]) -> bool:
        """The statements at a sentence's anchors; False when no anchor had a speaker."""
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
        if not live:
            self._views(pi, p, a, b, [])
            return False
        # An explicit clause opening a non-outlet speaker's content is part of that content.
        kept: list[tuple[Anchor, Who, list[Outlet]]] = []
        for item in live:
            inner = bool(kept) and item[0].subject is not None and item[0].clause_start <= kept[-1][0].content_start
            share = bool(kept) and item[1].speaker.kind == "group" and _SHARE.match(item[1].speaker.name)
            if share and kept[-1][0].content_start <= item[0].clause_start and item[0].kind == "cue":
                # 报告指出，…，超过一半的人认为… : a share of the people polled, a finding inside the report
                self._nested_quote(pi, p, b, item[0], item[1], clause=True)
                continue
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
            via = self._via(an, who, chain, a)
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
                if an.one_clause:
                    end = min(end, next((i for i in range(an.content_start, end) if self.m[i] in "，,；;。"), end))
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
            if qtype == "mixed" and self._gist_then_quote(pi, p, span, who, cue, via, date, an.kind):
                made.append((an, None, who))
                continue
            if qtype == "direct" and not an.single_quote:
                span = self._direct_span(span[0], span[1], [q for q in p.quotes if span[0] <= q.start < span[1]])
            d = Draft(who, cue, span, qtype, list(via), date, pi, an.kind,
                      ends_sentence=nxt is None and span[1] >= self._trim(a, b)[1] - 1,
                      colon=an.kind == "cue" and self.m[:an.content_start].rstrip()[-1:] in "：:")
            self._add(d)
            made.append((an, d, who))
        self._quote_then_cite(made)
        self._views(pi, p, a, b, [x[0] for x in kept])
        return True

    def _gist_then_quote(self, pi: int, p: Paragraph, span: tuple[int, int], who: Who, cue: str,
                         via: list[Outlet], date: object, kind: str) -> bool:
        """X认为，这是A和B的结合：“…” : the gist in X's words, then the quotation that spells it out."""
        for q in p.quotes:
            if not (span[0] < q.start < span[1] and q.closed) or self.s[q.start - 1:q.start] not in ("：", ":"):
                continue
            gist = self._trim(span[0], q.start - 1)
            if gist[1] - gist[0] < 4 or any(span[0] <= x.start < q.start for x in p.quotes):
                return False
            if self.s[q.end:span[1]].strip(_TRIM + QUOTE_CLOSERS + "。！？!?"):
                return False  # words after the quotation: one mixed statement
            self._add(Draft(who, cue, gist, "indirect", list(via), date, pi, kind))
            qs, qe = self._direct_span(*q.inner, [q])
            self._add(Draft(who, cue, (qs, qe), "direct", list(via), date, pi, kind))
            return True
        return False

    def _reported_people(self, mentions: list[tuple[int, int]], n: int) -> None:
        """北辰社报道称，一名官员对…予以否认。他表示，… : someone the outlet's report names is heard through it."""
        for a, _b in mentions:
            d = next((d for d in self.drafts[n:] if d.who.outlet is not None and d.span[0] <= a < d.span[1]), None)
            who = next((w for pos, w in self.res.mentions if pos == a), None)
            if d is None or who is None or any(x.who.speaker.id == who.speaker.id for x in self.drafts):
                continue
            self.channels.setdefault(who.speaker.id, [d.who.outlet, *d.via])

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

    def _nested_quote(self, pi: int, p: Paragraph, b: int, an: Anchor, who: Who, clause: bool = False) -> None:
        """X称，Y呼吁「…」 : Y's words inside X's statement are Y's statement too."""
        if who.speaker.kind == "outlet" or who.resolved_from:
            return
        cue = self.t[an.cue[0]:an.cue[1]]
        q = next((q for q in p.quotes if q.start == an.content_start and q.closed), None)
        if q is None:
            if (an.sep or clause or an.one_clause or _SELF.match(self.s, an.content_start)) and an.kind == "cue":
                # X表示，Y告诉他，… / X说，Y表示自己… : Y's words, reported inside X's
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
        if self.m[an.content_start] in ("完", "罢"):
            return True  # “…！”吕新华说完这句后，面带微笑… : the words were the quotation, then what he did
        rest = self.s[an.content_start:b].strip(_TRIM + "。！？!?")
        if self.m[an.cue[0]:an.cue[1]] in _ANSWERS and len(rest) <= 12 and not _PUNCTUATED.search(rest):
            return True  # “…”，仇和这样回答南方周末记者。 : whom the words were for, no words of their own
        k = an.content_start
        while k < b and self.m[k] not in _CLAUSE_END:
            k += 1
        if _MEANWHILE.match(self.s, an.content_start, k):
            return True  # “…，”他一边说，一边笑着… : what the speaker did meanwhile
        return bool(_OWN_SUBJECT.match(self.s, an.content_start, k))

    def _concerns(self, pi: int, a: int, b: int) -> None:
        """韩默对南岛正在丧失军事能力表达了担忧 : the worry is about a proposition, which is the statement."""
        for mt in _CONCERN.finditer(self.m, a, b):
            c0, c1 = mt.span("what")
            if not _CONCERN_CLAIM.search(self.m, c0, c1) or _CONCERN_NP.search(self.m, c0, c1) or FILL in self.m[c0:c1]:
                continue  # 对该决定表示担忧 : a thing, not a proposition
            cs = max(a, max(self.m.rfind(ch, a, mt.start()) for ch in _CLAUSE_END) + 1)
            span = self.res.subject_of(cs, mt.start())
            who = self.res.resolve(*span) if span else None
            if who is None:
                continue
            self.res.remember(who)
            cue = self.t[mt.start("cue"):mt.end("cue")]
            self._add(Draft(who, cue, (c0, c1), "indirect", [], None, pi, "concern"))

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
