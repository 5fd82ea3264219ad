"""Who speaks at a Chinese cue: its subject, a citer, or a speaker carried over from before; and the
outlets the words came through.

A part of the extractor in `kg/extract/zh.py`: its methods read the article state set up there.
"""

from __future__ import annotations

import re

from kg.extract import zh_lexicon as lx
from kg.extract.zh_anchors import Anchor
from kg.extract.zh_resolve import Who
from kg.extract.zh_speakers import looks_like_name
from kg.extract.zh_statements import Draft
from kg.models import Outlet
from kg.outlets import known_outlet, outlet_named
from kg.text import name_key, to_simplified

# 甫一开门见人就说 : an "as soon as" clause goes on with the subject before, as an adverb does.
_AS_SOON_AS = re.compile(r"^(?:甫|刚|才)?一[\u4e00-\u9fff]{1,6}就$")  # its subject: one who speaks in the article
# …，但认为… / …，因此认为… : 'but' and 'so' go on with the same speaker, as 并 and 还 do.
_ZERO_OK = re.compile(rf"^(?:并|还|也|同时|则|又|且|亦|更|随后|随即|一直|始终|再次|一再|不断|曾|已|首次|首度|再度|"
                      rf"(?:于|在){lx.TIME_WORD}|"
                      r"但是?|不过|却|因此|所以|因而|坚决|断然|公开|强烈|只是|只|(?:对|向)[\u4e00-\u9fff]{1,6}$|"
                      # …，并于周五在其网站上发布消息称 : where, then the speech act
                      r"在[^，,]{1,12}?[上中里]|(?:发布|发表|发出)了?(?:消息|声明|公告|文章|讲话|公报)|"
                      r"(?:甫|刚|才)?一[\u4e00-\u9fff]{1,6}就|"
                      # …，并亲切地称呼他 / 态度强硬地质疑了… : manner
                      r"(?:态度|语气|口气)?(?:很|非常|十分)?(?<![当基各本外内])[\u4e00-\u9fff]{2}地)*$")
_ZERO_CUES = lx.words(
    "称 说 表示 强调 指出 认为 承诺 敦促 呼吁 警告 透露 坦言 补充 声称 宣布 重申 暗示 承认 否认 证实 写道 解释 "
    "表示称 补充说 指出称 警告称 透露称 说道 坦承 直言 指 "
    "预测 断言 "  # 发表文章，预测… : the writer forecasting
    "指责 指控 驳斥 反驳"  # …，并指责他公然撒谎 : the same speaker accusing (谴责/批评 mostly take a noun)
)
# …，并谴责自己所在的政党拒绝… : 谴责/批评 go on with the speaker when a clause (not a noun) follows.
_THERE_ARE = re.compile(r"(?:另外|另|还|也|亦|更|又|则|但)?有")  # 有报道称 : reports there are, no outlet named
_CLAIM_CUES = frozenset(("谴责", "批评", "抨击"))
_CLAUSE_AFTER = re.compile(r"[^，,。；;]{2,}?(?:拒绝|是|不|没有|未|将|会|已经|正在|必须|仍|试图|企图)")
_SPEECH_ACT = re.compile(
    r"发表声明|发出声明|发表讲话|发布声明|发表评论|发文|发推|发帖|发表文章|致函|回应|表态|受访|声明中|"
    # 向各银行发出了通知，要求… / 发起了一个运动，要求… : a notice or a campaign makes the demand
    r"发(?:出|布|表)了?(?:一[份项则封])?(?:声明|通知|公告|公开信)|发起了?(?:一[个场项])?[^，,]{0,8}?(?:运动|请愿|联署|倡议)|"
    r"撰文|发表社论|致信|发表演讲|发布报告|发表报告|做出(?:[^，,]{0,6})?(?:裁决|裁定|判决)|作出(?:[^，,]{0,6})?(?:裁决|裁定|判决)"
)
_SOURCE_TAIL = re.compile(r"[，,]\s*(?:请看|详见|请参阅|请收看)(.{1,30}?)(?:的)?(?:报道|报导|节目|视频)")
_GENERIC_MEDIA = re.compile(
    "^(?:" + "|".join(sorted(lx.PLACE_SPEAKERS, key=len, reverse=True)) + ")?"
    r"(?:各|多家|境外|外国|国际|西方|官方|当地|海外)?(?:官方)?(?:媒体|外电|外媒|官媒|报章|报纸|传媒)$"
)
_DETERMINER = re.compile(r"^(?:该|这|此|这篇|这份|上述|前述|同一)?$")
_DOTS = re.compile(r"[·・‧•]")
_SUBJECTLESS = re.compile(rf"\s*(?:并|又|还|也|再|更|随后|同时|而且|(?:{lx.TIME_WORD})+\s*$)")
_PLACE_OPENS = re.compile(
    "(?:" + "|".join(sorted(lx.PLACE_SPEAKERS, key=len, reverse=True))
    + r")(?=[不也还则并曾将正再没仍更都又一对向在于已早始近首随即加宣坚积强发提采推认支反拒])"
)
_PLACE_FRAME = re.compile(r"在[^，,]{1,30}?(?:上|中|里|内|期间|之际|前后)")
_MEDIA_END = re.compile(r"..(?:通讯社|新闻社|社|电视台?|卫视|电台|广播|日报|时报|晚报|周刊|报|网)$")
_COUNTED = re.compile(r"^(?:[一两二三四五六七八九十几数多\d]+)[名位个批]")
_AFTER_CLAUSE = re.compile(r"(?:完|过|了)?(?:后|之后|以后|时|之时|的时候|之际)\s*$")  # 他接受…采访时，回忆说…
_SURNAME_VERB = re.compile(r"[\u4e00-\u9fff](?=没有|未|并未|拒绝|不|则|也|还|又|随后|表示|回应)")
# 报告预测了…，认为… : a document opening an earlier clause of the chain speaks.
_DOC_OPENS = re.compile(r"(?:该|这份|这项|此|上述)?(?:报告|研究|调查|民调|文件|声明)"
                        r"(?=[\u4e00-\u9fff])(?!人|员|者|中|显示)")
_PRONOUN_IS = re.compile(r"[他她](?:也|还|则|一直|曾|更)?(?:是|成为|作为)")  # 她是少数几名…之一，称…
# 他对…的灾情表示了哀悼和慰问，并表示… : a pronoun opening a clause that expressed a feeling speaks on
_PRONOUN_EXPRESSED = re.compile(r"[他她](?!们)[^，,。]{0,30}?(?:表示了|表达了|致以了?|转达了)")
_TURN = re.compile(r"(?:但|而|却|可是|不过|然而)|[^，,]*(?:遭到|受到|被|遭)")
_DONE = re.compile(r"[了过]|[他她]")  # 他批评了北湾的韩默 : the name after 的 is an object, not the subject
_DATA_CITED = re.compile(r"(?:民调|民意调查|调查|数据|统计|研究|资料|报告|数字)$")
_REBUTS = re.compile(
    r"(?:否定|否认|驳斥|反驳|批驳|驳回|回应)了?(?:这种|这一|此|该|上述|这些|以上)?(?:说法|指控|报道|消息|传言|批评)$")


class SubjectRules:
    claimer: Who | None = None  # who made the last demand or accusation without a subject (要求…，并谴责…)

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
            ytext = self.s[an.subject[0]:an.subject[1]] if an.subject else ""
            if (citer is not None and citer.outlet is None and self.s[an.cue[0]:an.cue[1]] == "引用"
                    and _DATA_CITED.search(ytext)):
                return citer, chain  # 一份报告引用一份民调指出… : the report speaks, the poll is its evidence
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
            if an.subject and an.subject[0] == an.cue[0]:  # 据报道，… : the reports themselves, no outlet named
                return self.res.unnamed(src, an.subject[0]), chain
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
        if an.subject and _THERE_ARE.fullmatch(self.s, *an.subject) and self.s.startswith(("报道", "报导"), an.cue[0]):
            return self.res.unnamed(self.s[an.subject[0]:an.cue[0] + 2], an.subject[0]), chain  # 有报道称 : as 据报道
        if an.subject:
            return self.res.resolve(*an.subject), chain
        if an.finding:  # …侦查终结，移送审查起诉。经依法审查查明，… : the body the sentence before names
            return self.res._told(an.clause_start, -1, ("organization",)), chain
        # No subject: the clause continues the previous speaker (…，并承诺…).
        cue = self.s[an.cue[0]:an.cue[1]]
        lead = self.s[an.clause_start:an.cue[0]].strip()
        if cue.startswith(("报道", "报导")) and _ZERO_OK.match(lead):
            return self.res.resolve_outlet_ref(cue, an.cue[0]), chain  # 报道称，… : the outlet named last
        # …，要求…, …，并谴责… after a clause that is no speech: a demand or accusation of the sentence's subject
        # (after another cue in the sentence they are part of what it reports).
        claim = (cue in _CLAIM_CUES and _CLAUSE_AFTER.match(self.s, an.content_start) is not None
                 or cue == "要求") and (prev is None or prev is self.claimer)
        quoted = an.single_quote  # …，并建议他“…” / …，质疑了…：“…” : advice or a challenge, quoted
        quoted = quoted or an.one_clause and cue in ("问", "询问", "追问")  # …，问南岛是否会… : a question
        if (cue not in _ZERO_CUES and cue[-1:] not in "说称" and not claim and not quoted) or not _ZERO_OK.match(lead):
            return None, chain  # (建议说, 回答说 : a verb run on into 说/称 goes on as 说 does)
        if claim:
            if prev is not None:
                return prev, chain  # 要求…，并谴责… : one subject's demands and accusations in a row
            self.claimer = self._zero_speaker(an, None, a, cue, lead)
            return self.claimer, chain
        return self._zero_speaker(an, prev, a, cue, lead), chain

    def _zero_speaker(self, an: Anchor, prev: Who | None, a: int, cue: str, lead: str) -> Who | None:
        """The speaker of a cue without a subject: the one before, or the subject of an earlier clause."""
        rebut = self._rebuttal(a, an)
        if rebut is not None:
            return rebut
        if prev is not None and self._near(prev, an):
            return prev
        first = self._first_clause(a, an.clause_start)
        if first:
            return first
        # 斯洛伐克总理昨天在谈及此事时，强调…，并且称，… : the sentence's named subject goes on speaking.
        first = None if prev is not None else self._first_clause(a, an.clause_start, any_verb=True)
        if first is not None and first.resolved_from is None and _named_subject(first):
            return first
        end = an.clause_start - 1
        k = max(a, max(self.m.rfind("，", a, end), self.m.rfind(",", a, end)) + 1)
        if _PRONOUN_EXPRESSED.match(self.s, k, end):
            who = self.res.resolve(k, k + 1)  # …，他对…表示了哀悼和慰问，并表示… : the 他 goes on
            if who is not None:
                return who
        verbs = 0
        if prev is None or prev.outlet is not None:  # 报导说，…，曾庆红…，甫一开门见人就说
            # 上个月，习近平与…举行了会面，敦促… : a person named before opens the clause before, or one
            # before clauses that go on without a subject (温家宝回答后，又感到…，说…).
            end = an.clause_start - 1
            while end > a:
                k = max(self.m.rfind("，", a, end), self.m.rfind(",", a, end)) + 1 or a
                k = max(k, a)
                who = self.res.clause_subject(k, end, ("person",), known_only=not _AS_SOON_AS.match(lead))
                if who is not None:
                    return who
                span = self.res.subject_of(k, end)
                if span and span[1] < end:  # 周五，一名女性拒绝回答问题，并表示… : an explicit subject before a verb
                    who = self.res.resolve(*span)
                    if who is not None and who.resolved_from is None and _named_subject(who):
                        return who
                if span and _AFTER_CLAUSE.search(self.s, k, end):
                    who = self._after_subject(span[0])  # 发言人傅莹回答完港媒记者后，说：… / 他回答完后，说…
                    if who is None and self.s[span[1]:span[1] + 1] == "在":
                        who = self.res.resolve(*span)  # 政府官员在遭到法官警告后，于周三首次表示…
                        who = who if who is not None and who.resolved_from is None else None
                    if who is not None:
                        return who
                if _SURNAME_VERB.match(self.s, k, end):  # 许没有正面回应，只是说… : 许 of 许正宇
                    who = self.res.by_surname(self.s[k], k)
                    if who is not None:
                        return who
                place = _PLACE_OPENS.match(self.s, k, end)
                if place:  # 北京加强了…合作，但坚决否认… : a state opening the clause before speaks
                    who = self.res.resolve(place.start(), place.end())
                    if who is not None:
                        return who
                who = self._chain_subject(k, end)
                if who is not None:
                    return who
                if not _SUBJECTLESS.match(self.s, k, end):
                    # 韩默提倡…，赞扬…，并呼吁… : a clause opening on its verb goes on with the subject
                    # before it; walk back over at most three such clauses.
                    verbs += 1
                    if verbs > 3 or not self._opens_on_verb(k, end):
                        break
                end = k - 1
        return None

    def _chain_subject(self, k: int, end: int) -> Who | None:
        """The subject of an earlier clause in a chain of verb phrases: 她是…之一 (a pronoun opening it),
        报告预测了… (a document), 曾在…的韩默提倡… (a person named already, after a modifier's 的)."""
        if _PRONOUN_IS.match(self.s, k, end):
            return self.res.resolve(k, k + 1)
        doc = _DOC_OPENS.match(self.s, k, end)
        if doc:
            return self.res.resolve(doc.start(), doc.end())
        j = self.s.find("的", k, end)
        if j < 0 or _DONE.search(self.s, k, j):
            return None
        for n in range(min(12, end - j - 1), 1, -1):
            who = self.res.people.get(name_key(self.s[j + 1:j + 1 + n]))
            if who is not None and who.speaker.kind == "person":
                return who
        return None

    def _opens_on_verb(self, k: int, end: int) -> bool:
        """A clause without a subject of its own: nothing that names someone before its first verb."""
        if _TURN.match(self.s, k, end):
            return False  # …，但遭到王岐山的批驳，称… : 'but' or a passive hands the words to someone else
        span = self.res.subject_of(k, end)
        return span is None or span[1] >= end - 1 and not self.res.clause_subject(k, end, ("person", "organization"))

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
        if _PLACE_FRAME.fullmatch(clause.strip()):
            return None  # 在来年的总理答记者问上，… : where, no one's clause
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

    def _via(self, an: Anchor, who: Who, chain: list[Outlet], a: int = -1) -> list[Outlet]:
        via: list[Outlet] = []
        if an.zone and an.kind == "cue":
            via += self.res.channel(*an.zone)
            if (not via and an.subject is None and who.pos is not None and a <= who.pos < an.clause_start
                    and _SPEECH_ACT.search(self.s, who.pos, an.clause_start)):
                # 韩默在《北辰日报》发表文章，预测… : the subject's piece in an outlet carries the words after it
                via += self.res.channel(who.pos, an.clause_start)
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



def _named_subject(who: Who) -> bool:
    """A person named with a title or a transliterated name, or a known organisation or state."""
    sp = who.speaker
    if sp.kind in ("person", "group") and _COUNTED.match(sp.name):
        return True  # 一名女性, 两名官员 : a counted description is a subject as explicit as a name
    if sp.kind == "group" and sp.name.endswith("记者") and (
            known_outlet(sp.name[:-2]) is not None or _MEDIA_END.search(sp.name[:-2])):
        return True  # 美联社记者 : an outlet's reporter, named by the outlet
    if sp.kind == "person":  # 韩默周一会见…，表示… : a bare name shaped like one names someone too
        return bool(sp.role) or bool(_DOTS.search(sp.name)) or looks_like_name(to_simplified(sp.name))
    if sp.kind == "outlet":
        return True  # 《北湾日报》周一关注…，并指出，…
    return sp.kind == "organization" and (bool(lx.ORG_RE.search(sp.name)) or sp.name in lx.PLACE_SPEAKERS)
