"""Chinese sentences without a cue that carry on the last speaker: a statement running on, a lone
quotation, a colon and a quotation.

A part of the extractor in `kg/extract/zh.py`: its methods read the article state set up there.
"""

from __future__ import annotations

import re

from kg.extract.zh_anchors import skip
from kg.extract.zh_content import _PUNCTUATED, _TRIM, _speechy
from kg.extract.zh_resolve import Who
from kg.extract.zh_segment import QUOTE_CLOSERS, Paragraph
from kg.extract.zh_statements import Draft

_WHEN_THEN = re.compile(r"([^，,。；;：:“”]{2,30}(?:时|之时|的时候|后|之后|以后))[，,]\s*(?:又|随即|便|就|即)?"
                        r"(?:站起来|起身|转身|笑着|回头)?(?P<verb>回答|回应|答复|谈到|谈起|描述|解释|补充|总结)"
                        r"[^，,。；;“”]{0,20}[：:]$")
_GO_ON = re.compile(
    r"^(?:为了|因为|由于|其中|受此影响|受其影响|此外|另外|同时|而且|并且|"
    # …的人道援助。相比之下，… / 在这期间，… / 要达到…的标准，… : the argument going on.
    r"相比之下|相较之下|与此相比|相反|反之|在这期间|在此期间|换言之|换句话说|也就是说|不仅如此|更重要的是|"
    r"要(?=达到|实现|做到|保持|维持)|于是|"
    # …增长率达到36%。而春节所在的二月份，… : 而 and a fronted topic, the finding going on
    r"而(?![且是言已])(?=[^，,。“”]{2,12}[，,])|"
    # 但他为了保持压力… / 但他的提议并没有说服… : the argument turning, about someone already named (not
    # 但他没有透露…, the reporter on what was not said).
    r"(?:但是?|然而|不过)[，,]?(?:他|她|它|其|这|此)(?![^，,。]{0,6}?(?:没有|并未|未|拒绝|不愿|不肯)(?:详细|具体|进一步)?"
    r"(?:透露|说明|解释|回应|置评|提供|回答|评论))|"
    r"这(?![时样里些篇份则条位名]|[一种]?(?:消息|言论|说法|表态|讲话|番|观点|看法|论调)|些言论|个?(?:估计|估算|预测|数字|数据|统计))|因此|所以|"
    # 该计划将持续两年 goes on; 该航线曾遭遇…抗议, 该研究所位于台北 : background the reporter adds.
    # 该被告是一名… : the reporter glossing who someone is.
    r"该(?![国地])(?![^，,。]{0,8}?(?:曾|位于|成立于|创立于|始建于|早在|是(?:一名|一位|一个|一家|一所|一种))))"
)
_COLON_STOP = re.compile(r"^(?:他|她|它|其|该|据|此前|此外|另外|同时|不过|但)")  # the reporter again


class ContinueRules:
    # -- sentences without anchors -------------------------------------------------------------
    def _continue(self, pi: int, p: Paragraph, a: int, b: int) -> bool:
        """An indirect statement running on into the next sentence (为了…, 其中…, 这…)."""
        if not self.drafts:
            return False
        d = self.drafts[-1]
        ends = d.ends_sentence
        for x in self.drafts[-4:-1]:
            if x.para == d.para and x.span[1] == d.span[1] and x.span[0] < d.span[0]:
                d = x  # 林朵举例说，…，北湾宣布… : the outer statement runs on, not the one nested at its end
        if d.para != pi or d.quote_type == "direct" or not ends:
            return False
        if self.s[d.span[1]:a].strip(_TRIM + "。！？!?”」』\"\n"):
            return False  # a sentence between did not go on: neither does this one
        head = self.s[a:b].lstrip()
        if not (d.colon and not _COLON_STOP.match(head)) and not _GO_ON.match(head):
            return False
        if head[:1] == "该" and self._is_speaker(d.who, head[1:7]):
            return False  # …。该委员会肯定了… : the speaker in the third person, the reporter narrating
        if any(len(n) >= 3 and re.search(rf"[，,]\s*{re.escape(n)}", head)
               for n in (d.who.speaker.name, *d.who.speaker.aliases)):
            return False  # …。由于…，北湾检察院对韩默作出… : the speaker named as a clause's subject, narration
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
        when = _WHEN_THEN.match(head)  # 韩默将要离开现场时，站起来回答了…：“…” : the person opens the 时 clause
        if (not head.endswith(("：", ":")) or _PUNCTUATED.search(head) and not when
                or self.s[q.end:b].strip(_TRIM + QUOTE_CLOSERS + "。！？!?")):
            return
        inner = self.s[q.inner[0]:q.inner[1]]
        if len(inner) < 6 or not _speechy(inner):
            return
        head_end = a + len(head.rstrip("：: "))
        k = skip(self.s, a, head_end, " \u3000\n")
        if when:
            head_end = a + when.end(1)
        if self.s[k:k + 1] in ("他", "她") and self.s[k + 1:k + 2] != "们":
            who = self.res.resolve(k, k + 1)
        else:
            who = self.res.clause_subject(k, head_end, ("person",))
        if who is None or who.speaker.kind != "person":
            return
        qspan = self._direct_span(*q.inner, [q])
        if qspan[1] > qspan[0]:
            self.res.remember(who)
            cue = self.t[a + when.start("verb"):a + when.end("verb")] if when else self.t[head_end:head_end + 1]
            self._add(Draft(who, cue, qspan, "direct", [], None, pi, "colon-quote"))
