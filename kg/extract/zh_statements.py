"""Chinese statements: the draft each rule makes, and the Statements built from the drafts at the end.

A part of the extractor in `kg/extract/zh.py`: its methods read the article state set up there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.extract import zh_lexicon as lx
from kg.extract.zh_modality import hedges_in, is_denial, is_question
from kg.extract.zh_resolve import Who
from kg.models import Outlet, Statement
from kg.outlets import known_outlet, outlet_named
from kg.text import to_simplified

_CREDIT = re.compile(
    r"^(?:此文|本文|本报道)?(?:参考了?|依据了?|根据|综合|编译自|摘编自|摘自|来源[：:]?)|(?:的)?(?:报道|报导)?。?$"
)
# 报道, 港媒, 外媒, 官媒 : reports and media are sources of their own, not people a report quotes.
_MEDIA_SPEAKER = re.compile(r"(?:报道|报导|消息|媒体?|传媒)$")
# 在记者会上说, 接受采访时表示 : words heard where they were said, not through a report.
_SCENE = re.compile(r"记者会|发布会|吹风会|采访|受访|专访|访谈|节目|演讲|讲话|致辞|会上|会议上|声明|新闻稿")
_BYLINE = re.compile(r"[（(]([^（）()]{1,40})[)）]\s*$")


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


class StatementRules:
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

    def _report_zones(self, direct: set[str]) -> dict[int, list[Outlet]]:
        """据北辰社报道，韩默…。…韩默表示，… : someone an outlet's report names (or quotes inside it) is heard
        through that report from there on, up to the next outlet's report; not one heard in a place the cue
        names (在记者会上说) or by the publisher itself, nor unnamed reports and media."""
        zoned = {sid for sid, zone in self.zones if self.res.heard_here(*zone) or _SCENE.search(self.s, *zone)}
        out: dict[int, list[Outlet]] = {}
        report: Draft | None = None
        chain: list[Outlet] = []
        for d in sorted(self.drafts, key=lambda x: x.span[0]):
            sp = d.who.speaker
            if sp.kind == "outlet":
                if d.who.outlet is not None and not self.res.is_self(d.who.outlet.name):
                    report, chain = d, [d.who.outlet, *(o for o in d.via if o.key != d.who.outlet.key)]
                continue
            if (report is None or d.via or sp.kind not in ("person", "group") or sp.id in direct or sp.id in zoned
                    or sp.id in self.channels or _MEDIA_SPEAKER.search(sp.name)):
                continue
            said = self.s[report.span[0]:report.span[1]]
            names = {to_simplified(n) for n in (sp.name, *sp.aliases, d.who.head) if len(n) >= 2}
            near = d.para <= report.para + 2  # 韩默 in a report three paragraphs back is the publisher's again
            if report.span[0] <= d.span[0] < report.span[1] or near and any(n in said for n in names):
                out[id(d)] = chain
        return out

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
        reported = self._report_zones(direct)
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
            if not via and id(d) in reported:
                via = list(reported[id(d)])
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
