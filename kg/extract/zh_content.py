"""Where a Chinese statement's content starts and ends, and whether it is quoted (direct, mixed, indirect).

A part of the extractor in `kg/extract/zh.py`: its methods read the article state set up there.
"""

from __future__ import annotations

import re

from kg.extract import zh_lexicon as lx
from kg.extract.zh_resolve import Who
from kg.extract.zh_segment import QUOTE_CLOSERS, QUOTE_OPENERS, Quote

_TRIM = "。，,；;、：: \u3000\t"
_SEMI_GO_ON = re.compile(
    r"^\s*(?:或|或者|或是|也|亦|而且|并且|甚至|以及|还有|而|[“「『\"]|"
    r"[二三四五六七八九十][是则来、]|其[二三四五六七八九十]|第[二三四五六七八九十])"  # 一是…；二是… : one list
)
_SEMI_STOP = re.compile(r"\s*(?:此前|之前|据|但|不过|然而|另外|此外|同时|与此同时|目前|[他她]们?(?:还|也|则|曾))")
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
    # …侵犯了其领空，这是自战争开始以来的第三起此类事件 : the reporter counting the event.
    r"|[，,]\s*(?:这|此|这已|这也)(?:已经)?是[^，,。；;“”「」]{0,30}?第[\d一二三四五六七八九十两几]+(?:起|次|宗|例|轮|个|位|名)"
    # …，但这正是让我担忧的地方 : the writer's own reaction to what was said.
    r"|[，,]\s*(?:但|而|不过)?(?:这|此)(?:正|恰恰|恰|也|就)?是(?:让|令|使)?(?:我|笔者)"
    # …的盟友，由于…，这种观点在这里十分流行 : the reporter on how the view is received.
    r"|[，,]\s*(?:(?:由于|因为|鉴于)[^。；;！？!?“”]{0,60}?[，,]\s*)?(?:这种|这一|此种|此一|这个|该)"
    r"(?:观点|看法|说法|论调|论点|主张|立场)(?:在[^，,。]{0,10})?(?:十分|很|非常|颇为|颇|相当|越来越|日益|一直)?"
    r"(?:流行|普遍|盛行|常见|得到|受到|引起|引发|遭到|获得)"
)
# 建议…，以至于… : a consequence after a request or advice is the reporter's; what was asked stops there.
# …不得亲密接触，但仍然没有明确罚则 : what the rule lacks is the reporter's remark too.
_CONSEQUENCE = re.compile(r"[，,]\s*(?:以至于|以至|以致于|以致|致使|"
                          r"(?:但|不过|然而)(?:仍然?|依然|却|并)?(?:没有|未|并未)(?:明确|规定|具体|相应|任何))")
# X宣布…，这段恋情意外赢得了接受 : how what was announced was received is the reporter's account.
_RECEPTION = re.compile(r"[，,]\s*(?:这|此)[段个项一种则条次]?[\u4e00-\u9fff]{0,4}?(?:在[^，,。；;]{0,15}?)?"
                        r"(?:意外|迅速|随即|立即|很快|已经|也)?(?:赢得|获得|受到|遭到|引发|引起|招致)")
_ANNOUNCING = frozenset(("宣布", "公布", "披露", "透露", "证实", "发布"))
_DIRECTIVE_CUES = frozenset(("建议", "呼吁", "要求", "敦促", "主张", "促请", "吁请", "劝告", "提议", "重申"))
_QUOTE_DASH = re.compile(r"[”」』]\s*——")
_SPEECHY = re.compile(r"[不没无非很太最都也还就才有是了得将为要会能过于极更、，。！？吗呢吧我你您他她]")
_QUOTEMARKS = "“”「」『』\"«»"
_PUNCTUATED = re.compile(r"[，,。！？!?；;]")
_LATIN_NAME = re.compile(r"[A-Za-z]")
_THEN = re.compile(r"[，,](?:但|也|并|从而|进而|因而)")
_DISTANCING_CUES = frozenset(("声称", "宣称", "号称", "自称", "坚称", "指称"))
_BUT_OTHER = re.compile(
    r"[，,]\s*(?:但是?|不过|然而|可是)\s*(" + "|".join(sorted(lx.PLACE_SPEAKERS, key=len, reverse=True))
    + r"|[\u4e00-\u9fff]{2,8}?(?:" + lx.ORG_SUFFIXES + r"))"
)
_THEIR = re.compile(r"政府|政权|团队|阵营|家族|当局|内阁|总统府|办公室|本人|自己")
_FIRST_PERSON = re.compile(r"[我您你](?!国|军|方|党|院|校|台|司|部)")


class ContentRules:
    # -- content -----------------------------------------------------------------------------
    def _content(self, start: int, end: int, b: int, quotes: list[Quote]) -> tuple[int, int]:
        end = min(end, b)
        k = start
        while k < end:
            ch = self.m[k]
            if (ch in "；;" and not _SEMI_GO_ON.match(self.s[k + 1:k + 6]) and not self._parallel(start, k)
                    and not self._listed(start, end)):
                end = k
                break
            k += 1
        tail = _NARRATION_TAIL.search(self.m, start, end)
        if tail:
            end = tail.start()
        # 评论写道：“…”——我有点不理解… : a dash right after a closing quotation opens the writer's rejoinder.
        dash = _QUOTE_DASH.search(self.m, start, end)
        if dash:
            end = dash.start() + 1
        # “…。”他在…发表了这番言论 : a quotation closed by a full stop ends the statement.
        for q in quotes:
            closes = q.closed and self.s[q.start:q.end - 1].rstrip()[-1:] in ("。", "！", "？")  # “…！ »
            if start <= q.start and q.end < end and closes and self.s[q.end:end].strip(_TRIM + QUOTE_CLOSERS):
                end = q.end
                break
        return self._trim(start, end)

    def _listed(self, start: int, end: int) -> bool:
        """…说，A；B；C。 : three or more items parted by semicolons in one sentence are one list of what was
        said (the reporter adds to a statement with one semicolon at most), unless an item is narration."""
        semis = [k for k in range(start, end) if self.m[k] in "；;"]
        return len(semis) >= 2 and not any(_SEMI_STOP.match(self.m, k + 1) for k in semis)

    def _parallel(self, start: int, k: int) -> bool:
        """…超过一半的人认为…；认为…的只有16% : after a semicolon, the same verb of saying or thinking
        as inside the content before: one list of findings, not a new statement."""
        mt = lx.CUE_RE.match(self.m, k + 1)
        return bool(mt) and self.m.find(mt.group(), start, k) >= 0

    def _but_narration(self, span: tuple[int, int], who: Who, cue: str = "") -> tuple[int, int]:
        """…辩论，但是特朗普感染新冠病毒的问题引起了疑问 / …，也引发民进党反击马英九 : after 但/也/并 the
        speaker is named in the third person, so the reporter speaks again."""
        then = (_CONSEQUENCE.search(self.m, span[0], span[1]) if cue in _DIRECTIVE_CUES
                else _RECEPTION.search(self.m, span[0], span[1]) if cue in _ANNOUNCING else None)
        if then:
            span = self._trim(span[0], then.start())
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


def _speechy(quoted: str) -> bool:
    """A quotation of words (mixed quote) rather than a quoted name or term."""
    return len(quoted) >= 12 or bool(_SPEECHY.search(quoted))
