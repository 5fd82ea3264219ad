"""Chinese transcripts: labelled lines (问：/答：, X：…), questions put to someone, readers' comments.

A part of the extractor in `kg/extract/zh.py`: its methods read the article state set up there.
"""

from __future__ import annotations

import re

from kg.extract import zh_lexicon as lx
from kg.extract.zh_anchors import find_anchors
from kg.extract.zh_content import _FIRST_PERSON, _LATIN_NAME, _PUNCTUATED
from kg.extract.zh_resolve import Who
from kg.extract.zh_segment import Paragraph
from kg.extract.zh_statements import Draft
from kg.extract.zh_subjects import _named_subject

_LABEL = re.compile(r"([^\s：:，,。“”「」（）()《》]{1,12})[：:]\s*")
# 以下为网友评论： / 部分网友留言如下： : a list of comments follows, one handle and its words a line.
_COMMENTS_HEAD = re.compile(r"(?:评论|留言|跟帖|回帖|回复|网友|网民|微博|推文)[^：:]{0,8}[：:]\s*$")
_HANDLE = re.compile(r"(?P<handle>[^\s：:，,。“”「」]{1,30})[：:]\s*\S")  # a commenter's handle, Latin ones long
# CNN问朱镕基： / 一名记者向韩默提问： : the label is a question clause: the asker asks, the one asked answers.
_ASKS = re.compile(r"^(?P<asker>.*?)(?:向(?P<to1>[^向]{1,10}?))?(?<![顾访学疑咨质])(?:问道|追问|提问|发问|问)"
                   r"(?!题)(?P<to2>.{0,10})$")
_YOU_SAID = re.compile(r"(?:您|你)(?:曾经|曾|以前|过去|此前|之前|也)?"
                       r"(?P<cue>说过|表示过|讲过|提到过|强调过|指出过)[，,：:]\s*")
_ASKS_NOW = re.compile(r"[，,。？?]\s*(?:请问|那么|那|我想问|想问|但是?|可是|现在|如今)|[。？?]")
_ASIDE = re.compile(r"[，,]\s*(?:其实|但是?|不过|然而|可是|而)|——")
_ANSWER_LABELS = frozenset(("答", "回答", "答复"))
_THING_LABEL = re.compile(r"(?:[写印标贴挂刻]着|上写|说明|注明|标明|提示|图片|照片|图说|视频|标题|摘要|编者按)$")
_CUE_END = re.compile(rf"(?:{lx.CUE_RE.pattern})(?:道|说)?$")


class TranscriptRules:
    # -- Q/A transcripts ---------------------------------------------------------------------
    def _qa_line(self, pi: int, p: Paragraph) -> bool:
        mt = _LABEL.match(self.m, p.start, p.end)
        text = self.s[p.start:p.end]
        if len(text) < 60 and text.rstrip()[-1:] in "：:" and _COMMENTS_HEAD.search(text):
            self.comments = True
            return True
        if self.comments:
            handle = _HANDLE.match(self.s, p.start, p.end)
            if handle:
                # Each line is one reader's words under their handle (the editor picked and quoted them).
                start, end = self._trim(handle.end("handle") + 1, p.end)
                if end > start:
                    self._add(Draft(self.res.commenter(handle.group("handle"), p.start), "：", (start, end),
                                    "direct", para=pi, kind="qa"))
                return True
            self.comments = False
        if mt and _FIRST_PERSON.match(mt.group(1)):
            mt = None  # 我们大家似乎都坚信：… : the answerer going on, no one's label
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
                self._cited_in_answer(pi, p, who)
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
            self._answerer_said(who)
            self._add(Draft(who, "：", (start, end), "direct", para=pi, kind="qa"))
            self._you_said(pi, start, end, who)
            self._cited_in_answer(pi, p, who)
            self.res.remember(who)
            self.qa, self.qa_answer = who, None
            if who.speaker.kind == "person":
                # 凌绝岭：… 邓晓芒：… 项贤明：… : lines of two or more people by name make a transcript, whose
                # answers run on over unlabelled paragraphs.
                self.labelled.add(who.speaker.id)
                self.interview = self.interview or len(self.labelled) >= 2
        return True

    def _cited_in_answer(self, pi: int, p: Paragraph, who: Who) -> None:
        """邓晓芒：…钱理群说我们的一些大学，正在培养… : someone named who speaks inside an answer."""
        for a, b in p.sentences:
            for an in find_anchors(self.s, self.m, a, b, p.quotes):
                if an.kind != "cue" or an.subject is None or an.quote_first is not None:
                    continue
                cited = self.res.resolve(*an.subject)
                if (cited is None or cited.resolved_from or cited.speaker.kind != "person"
                        or cited.speaker.id == who.speaker.id or not _named_subject(cited)):
                    continue
                span = self._content(an.content_start, b, b, p.quotes)
                aside = _ASIDE.search(self.m, span[0], span[1])
                if aside:  # …，其实在进大学之前… : the one answering takes the word back
                    span = self._trim(span[0], aside.start())
                if span[1] - span[0] >= 6:
                    cue = self.t[an.cue[0]:an.cue[1]]
                    self._add(Draft(cited, cue, span, self._quote_type(span, p.quotes), [], None, pi, "nested"))

    def _you_said(self, pi: int, start: int, end: int, asker: Who) -> None:
        """记者：…您曾说过，不管…您都会去香港，请问… : words the one asked said before, theirs once they answer."""
        self.you_said = []
        for mt in _YOU_SAID.finditer(self.m, start, end):
            stop = _ASKS_NOW.search(self.m, mt.end(), end)
            span = self._trim(mt.end(), stop.start() if stop else end)
            if span[1] - span[0] >= 6:
                self.you_said.append((asker.speaker.id, self.t[mt.start("cue"):mt.end("cue")], span, pi))

    def _answerer_said(self, who: Who) -> None:
        for asker, cue, span, pi in self.you_said:
            if asker != who.speaker.id:
                self._add(Draft(who, cue, span, self._quote_type(span, []), para=pi, kind="nested"))
        self.you_said = []

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
        if asker is not None and asker.speaker.kind == "outlet":
            asker = self.res.reporter(asker, base)  # 北辰电视问韩默：… : its reporter asks
        start, end = self._trim(mt.end(), p.end)
        qs = [q for q in p.quotes if q.start >= start]
        if (not self.interview and asker is not None and qs and qs[0].start == start and qs[0].closed
                and self.s[qs[0].end:p.end].strip(" \u3000\n。，,.！!？?")):
            # 有記者問：「…？」韓默說：「不會。」 : a question quoted inside a paragraph that goes on is no
            # transcript line; the sentences read it (the asker's quotation, then the answer of its own).
            return False
        if qs and qs[0].start == start:
            start, end = self._direct_span(start, end, qs)
        if asker is not None and end > start:
            self._add(Draft(asker, "问", (start, end), "direct", para=pi, kind="qa"))
            if asked is not None:  # CNN问韩默：您曾说过，… : the one asked said it
                self._you_said(pi, start, end, asker)
                self._answerer_said(asked)
        self.qa_answer = asked or self.qa or self.qa_answer
        self.qa = None
        return True

    def _names(self, who: Who, a: int, b: int) -> bool:
        """The paragraph names the answerer in the third person: the reporter narrates again."""
        text = self.s[a:b]
        sp = who.speaker
        return any(len(n) >= 2 and n in text for n in (sp.name, *sp.aliases) if not _LATIN_NAME.match(n))
