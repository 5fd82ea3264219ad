"""Speakers in context: back-references, outlets and the chains statements travel through."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from kg.extract import zh_lexicon as lx
from kg.extract.zh_speakers import NP, looks_like_name, parse_np, plausible_subject, split_subject, traditional
from kg.models import Outlet, Speaker
from kg.outlets import known_outlet, outlet_named, outlet_pattern
from kg.text import name_key as _name_key

_ALIAS_MENTION = re.compile(r"[（(]\s*([A-Z][A-Za-z.'\- ]{1,40}?)\s*[)）]")
_HONORIFIC_MENTION = re.compile(r"(?:(?<=[，,。的、\s])|^)[\u4e00-\u9fff](?:先生|女士|小姐)")
_MENTION_CUT = re.compile(r"[，,。；;：:、的在对向和与及“”「」]")


name_key = lru_cache(maxsize=8192)(_name_key)
# A transliterated name (唐纳德·特朗普) after words whose characters transliterations do not use.
_DOTTED_END = re.compile(
    r"(?<=[了认员叫个到见是在和与及对向等称说示出官长家者人士])"
    r"(?:(?![了认员叫个到见是在和与及对向等称说示出官长家者人士])[\u4e00-\u9fff]){1,5}"
    r"(?:[·・‧\-－][\u4e00-\u9fffA-Z]{1,8}){1,3}\s*$"
)
_CJK_NAME = re.compile(r"[\u4e00-\u9fff]{2,20}")
_CLAUSE_STOP = re.compile(r"[，,。；;！？!?：:\n“”「」]")
_HEARD_HERE = re.compile(r"本台|本网|本报|本社")
_DOTS = re.compile(r"[·・‧•]")
_ONE = re.compile(r"(?:^|的)(?:一名|一位|该名|这名)")
_AND = re.compile(r"[和与及]")
_VIEW_OPEN = re.compile(r"(?:好像|似乎|显然|也许|或许|看起来)?在?")
_ONE_OF = re.compile(r"^(?:这位|这名|那位|那名|此位|该名|该位|该)")
_LEAD_BRACKET = re.compile(r"\s*(?:[（(][^（）()]{0,30}[)）]\s*)?")
_NOT_NAME = re.compile(r"^[不没是有在被把对向从这那该此其每各]|[他她我你们是的了不也都还就在和与及]")
# The shape of a name: 特朗普, 丹·布卢门撒尔 (a bare name, or one opening a clause; checked against the
# rest of the article). The dotted form first, so a prefix match takes the whole transliteration.
_NAME_SHAPE = re.compile(r"[\u4e00-\u9fff]{1,6}[·・‧][\u4e00-\u9fff]{1,8}|[\u4e00-\u9fff]{2,4}")
_SPEAK_AFTER = (r"(?:[^，,。；;：:“”「」\n]{0,4}?)(?:说|表示|称|指出|认为|强调|透露|警告|呼吁|承认|否认|写道|回应|抱怨|"
                r"批评|宣布|重申)")


_TIME_FIRST = re.compile(rf"[ \u3000]*(?:{lx.TIME_WORD})+[ \u3000]*[，,][ \u3000]*")


def _clause_end(m: str, a: int, b: int) -> int:
    depth = 0
    for k in range(a, b):
        ch = m[k]
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth = max(0, depth - 1)
        elif depth == 0 and ch in "，,；;：:":
            return k
    return b


@lru_cache(maxsize=1024)
def _speaks_re(name: str) -> re.Pattern[str]:
    return re.compile(r"(?:^|[，,。！？；;\n”」])[^，,。！？；;\n“”「」]{0,4}?" + re.escape(name) + _SPEAK_AFTER)


def _speaks(s: str, name: str) -> str | None:
    """The longest start of name that opens a clause with a speech verb somewhere in the article."""
    for n in range(len(name), 1, -1):
        if _speaks_re(name[:n]).search(s):
            return name[:n]
    return None


@lru_cache(maxsize=4096)
def _speaker(name: str, aliases: tuple[str, ...], kind: str, role: str | None, affiliation: str | None) -> Speaker:
    return Speaker(name=name, aliases=list(aliases), kind=kind, role=role, affiliation=affiliation)  # type: ignore[arg-type]


@dataclass
class Who:
    """A resolved speaker and the outlets its words are known to have passed through."""

    speaker: Speaker
    chain: list[Outlet] = field(default_factory=list)
    head: str = ""
    outlet: Outlet | None = None
    resolved_from: str | None = None
    pos: int = 0
    several: bool = False  # X和Y: no antecedent for 他/她


# 发表评论《…》, 撰文《…》, 题为《…》 : the title that follows is a work, not an outlet.
_WORK_BEFORE = re.compile(r"(?:发表|撰写|撰文|题为|名为|评论|文章|一文|著作|新书|专栏|社论)$")


class Resolver:
    """Keeps the speakers, people and outlets seen so far in one article."""

    def __init__(self, s: str, publisher: Outlet | None, m: str | None = None) -> None:
        self.s = s
        self.m = m if m is not None else s
        self.narration: list[tuple[int, int]] = []  # sentences that attributed nothing
        self.publisher = publisher
        self.history: list[Who] = []
        self.people: dict[str, Who] = {}
        self.mentions: list[tuple[int, Who]] = []
        self.gender: dict[str, str] = {}  # speaker id -> 他 or 她, as the article refers to them
        self._self_re: re.Pattern[str] | None = None

    # -- outlets -------------------------------------------------------------------------
    def is_self(self, name: str) -> bool:
        bare = name.strip("《》 ").removesuffix("中文网").removesuffix("中文")
        if lx.SELF_REFS.match(bare):
            return True
        if not self.publisher:
            return False
        hit = known_outlet(bare) or known_outlet(name)
        return bool(hit and hit.key == self.publisher.key)

    def generic_outlet(self, name: str, pos: int) -> Who:
        """综合媒体报道: unnamed media as a speaker."""
        return Who(Speaker(name=name, aliases=[f"综合{name}报道"], kind="outlet"), [], head=name, pos=pos)

    def commenter(self, handle: str, pos: int) -> Who:
        """A reader's handle in a comment list (以下为网友评论：⏎handle：words), a speaker of its own."""
        return Who(_speaker(handle, ("网友",), "person", "网友", None), [], head=handle, pos=pos)

    def reporter(self, outlet: Who, pos: int) -> Who:
        """CNN问朱镕基：… : an outlet asking in person is its reporter (CNN记者, the outlet's names as aliases)."""
        name = outlet.speaker.name + "记者"
        aliases = (outlet.speaker.name, *(a + "记者" for a in outlet.speaker.aliases), *outlet.speaker.aliases)
        return Who(_speaker(name, aliases, "group", "记者", outlet.speaker.name), [], head="记者", pos=pos)

    def unnamed(self, name: str, pos: int) -> Who:
        """据报道: reports whose source the article does not name, as a speaker of their own."""
        return self._make(NP(name="报道", kind="organization", aliases=[name, "报导"]), pos)  # one name, both words

    def heard_here(self, a: int, b: int) -> bool:
        """The adverbials name the publisher itself (接受美国之音采访, 对本台表示)."""
        zone = self.s[a:b]
        if _HEARD_HERE.search(zone):
            return True
        if self.publisher is None:
            return False
        if self._self_re is None:
            names = [self.publisher.name, *self.publisher.aliases]
            self._self_re = re.compile("|".join(re.escape(n) for n in sorted(names, key=len, reverse=True) if n))
        return bool(self._self_re.search(zone))

    def channel(self, a: int, b: int) -> list[Outlet]:
        """Outlets named among the adverbials of a clause (对福克斯新闻说, 向路透社表示, 在…频道受访)."""
        zone = self.s[a:b]
        found: list[tuple[int, Outlet]] = []
        for mt in outlet_pattern().finditer(zone):
            found.append((mt.start(), outlet_named(mt.group())))
        if not found:
            for mt in lx.MEDIA_SUFFIX_RE.finditer(zone):
                if mt.group().startswith("《") and _WORK_BEFORE.search(zone, 0, mt.start()):
                    continue  # 发表评论《中国需要怎样的改革家》说 : a title of the speaker's own work
                found.append((mt.start(), outlet_named(lx.media_name(mt.group()).strip("《》"))))
        # Only the first: 福克斯新闻节目《周日早间期货》 is one channel, not two hops.
        for _, o in sorted(found, key=lambda x: x[0]):
            if not self.is_self(o.name):
                return [o]
        return []

    def leading_outlet(self, a: int, b: int) -> Who | None:
        """A known outlet opening s[a:b], after a bracketed dateline (（德国之声中文网）美联社获取了…)."""
        mt = _LEAD_BRACKET.match(self.s, a, b)
        k = mt.end() if mt else a
        hit = outlet_pattern().match(self.s, k, b)
        if not hit or self.is_self(hit.group()):
            return None
        return self._make(NP(name=hit.group(), kind="outlet"), k)

    # -- people --------------------------------------------------------------------------
    def note_mentions(self, a: int, b: int) -> None:
        """Register 'Name（Latin name）' and 'X先生' mentions: aliases and antecedents for 他/她."""
        text = self.s[a:b]
        for mt in _ALIAS_MENTION.finditer(text):
            start = mt.start()
            k = start
            while k > 0 and not _MENTION_CUT.match(text[k - 1]) and start - k < 24:
                k -= 1
            np = parse_np(text[k:mt.end()])
            dotted = _DOTTED_END.search(text, k, start)
            if dotted and np.name.endswith(dotted.group().strip()) and np.name != dotted.group().strip():
                # 塔利班官员否认唐纳德·特朗普(Donald Trump) : the transliterated name alone.
                np = parse_np(text[dotted.start():mt.end()])
            if np.kind == "person" and not np.backref and np.name:
                who = self._make(np, a + k)
                self._remember_person(who)
                self.mentions.append((a + k, who))
        for mt in _HONORIFIC_MENTION.finditer(text):
            np = parse_np(mt.group())
            self.mentions.append((a + mt.start(), self._make(np, a + mt.start())))

    def note_person(self, a: int, b: int) -> None:
        """A named person as a clause subject (蔡英文…表示了感谢): an antecedent for a later 他/她."""
        text = self.s[a:b].strip()
        if not text or not plausible_subject(text):
            return
        np = parse_np(text)
        single = np.kind == "group" and bool(_ONE.search(text))  # 一名高级官员 is one person
        if (np.kind == "person" or single) and not np.backref and np.name:
            who = self._make(np, a)
            self._remember_person(who)
            self.mentions.append((a, who))

    def yield_zone(self, zone: tuple[int, int], who: Who) -> None:
        """People named in the adverbials between a speaker and the cue (接受记者X采访时, 与X会谈后) are
        no antecedent for a later 他/她: the speaker, the sentence's subject, is."""
        self.mentions = [(pos, w) for pos, w in self.mentions
                         if not zone[0] <= pos < zone[1] or w.speaker.id == who.speaker.id]

    def _remember_person(self, who: Who) -> None:
        names = [who.speaker.name, *who.speaker.aliases]
        for n in names:
            for part in {n, _DOTS.split(n)[-1]}:
                k = name_key(part)
                if k and (k not in self.people or who.speaker.role and not self.people[k].speaker.role
                          and self.people[k].speaker.name == who.speaker.name):
                    self.people[k] = who  # a bare name first, its title later: the titled one is remembered

    def _enrich(self, np: NP) -> NP:
        if np.kind != "person" or np.backref:
            return np
        known = self.people.get(name_key(np.name))
        if not known and np.role in lx.NAME_FIRST_TITLES and np.affiliation and np.name == np.affiliation + np.role:
            known = self.people.get(name_key(np.affiliation))  # 拜登总统 after 乔·拜登: name, then title
        if not known:
            return np
        sp = known.speaker
        aliases = [a for a in [*np.aliases, *([np.name] if np.name != sp.name else []), *sp.aliases]]
        out: list[str] = []
        for x in aliases:
            if x and x != sp.name and x not in out:
                out.append(x)
        return NP(name=sp.name, kind="person", aliases=out, role=np.role or sp.role,
                  affiliation=np.affiliation or sp.affiliation)

    # -- resolution ------------------------------------------------------------------------
    def _make(self, np: NP, pos: int) -> Who:
        if np.kind == "outlet":
            outlet = known_outlet(np.name) or Outlet(name=np.name, aliases=[a for a in np.aliases if a != np.name])
            extra = [np.name] if np.name != outlet.name else []
            aliases = list(dict.fromkeys([*outlet.aliases, *np.aliases, *extra]))
            sp = _speaker(outlet.name, tuple(a for a in aliases if a != outlet.name), "outlet", None, None)
            return Who(sp, [], head=np.head, outlet=outlet, pos=pos)
        np = self._enrich(np)
        aliases = [a for a in np.aliases if a and a != np.name]
        trad = traditional(np.name)
        if trad != np.name and trad not in aliases:
            aliases.append(trad)
        sp = _speaker(np.name, tuple(aliases), np.kind, np.role, np.affiliation)
        return Who(sp, [], head=np.head or np.name, pos=pos, several=np.several)

    def resolve(self, a: int, b: int, original: str | None = None) -> Who | None:
        """The speaker named by s[a:b] (a subject), resolving pronouns and back-references."""
        text = self.s[a:b].strip()
        if len(text) == 1 and text not in lx.PRONOUNS:
            return self.by_surname(text, a)  # 许说 after 局长许正宇表示
        if not text or not plausible_subject(text):
            return None
        np = parse_np(text)
        if not np.name:
            return None
        if _PIECE.fullmatch(np.name):
            who = self._published_before(a)  # 这篇文章/该文 : the outlet the sentence before says published it
            if who is not None:
                return who
        if np.backref == "pronoun":
            who = self._antecedent(np.name, a)
        elif np.backref == "outlet":
            who = self._last(lambda w: w.outlet is not None, a)
            if who is None and np.name.endswith(("文章", "报告")):
                # 文章说 with no outlet named before: the piece itself is the source.
                return self._make(NP(name=np.name, kind="organization"), a)
        elif np.backref == "doc":
            # 声明警告 / 该报告指出: the document of the speaker named last.
            who = self._last(lambda w: w.speaker.kind not in ("group", "outlet"), a)  # an outlet reports, not issues
            if who is None:
                return self._make(NP(name=np.name, kind="organization"), a)
        elif np.backref == "np":
            who = self._backref_np(np, a)
            if who is None:
                # 前述尼日利亚高官 with no earlier one to point to: named by its description, without 前述.
                br = lx.BACKREF_RE.match(np.name)
                name = br.group("head") if br and len(br.group("head")) > len(np.head) else np.name
                who = self._make(NP(name=name, kind=np.kind, aliases=[np.head] if np.head != name else [],
                                    head=np.head), a)
                return who
        else:
            named = self._titled_earlier(np, a) or self.surname_titled(np, a) or self._shorter_name(np, a)
            if named is not None:
                return named
            who = self._make(np, a)
            if who.outlet is not None:
                prev = self._last(lambda w: w.outlet is not None and w.outlet.key == who.outlet.key, a)
                if prev:
                    who.chain = list(prev.chain)
            return who
        if who is None:
            return None
        return Who(who.speaker, list(who.chain), who.head, who.outlet, resolved_from=text, pos=a)

    def _published_before(self, pos: int) -> Who | None:
        """“实话实说”…在网站上发表了题为…的文章。这篇文章援引… : the outlet that published the piece, named
        in the sentence before."""
        lo = max(0, pos - 400)
        start = max(self.m.rfind(c, lo, pos) for c in "。！？!?\n")
        if start < 0:
            return None
        prev = max(max(self.m.rfind(c, lo, start) for c in "。！？!?\n"), lo)
        found = None
        for mt in _PUBLISHED.finditer(self.s, prev, start + 1):
            found = mt
        if found is None:
            return None
        who = self._make(NP(name=found.group("name").strip(), kind="outlet"), found.start("name"))
        return Who(who.speaker, [], who.head, who.outlet, resolved_from="文章", pos=pos)

    def by_surname(self, ch: str, pos: int) -> Who | None:
        """A surname alone (许, 王) for the person with a Chinese name of 2-3 characters named last with it."""
        if not "\u4e00" <= ch <= "\u9fff":
            return None
        w = self._last(lambda w: w.speaker.kind == "person" and 2 <= len(w.speaker.name) <= 3
                       and w.speaker.name[0] == ch and bool(_CJK_NAME.fullmatch(w.speaker.name)), pos)
        if w is None:
            return None
        return Who(w.speaker, list(w.chain), w.head, w.outlet, resolved_from=ch, pos=pos)

    def surname_titled(self, np: NP, pos: int) -> Who | None:
        """李教授, 李银河教授 : a surname or a name before a title, for the person named before."""
        if (np.kind != "person" or not np.role or np.backref or not np.affiliation
                or np.role not in lx.NAME_FIRST_TITLES):
            return None
        if len(np.affiliation) == 1:
            return self.by_surname(np.affiliation, pos)
        w = self.people.get(name_key(np.affiliation))
        return Who(w.speaker, list(w.chain), w.head, w.outlet, resolved_from=np.name, pos=pos) if w else None

    def _titled_earlier(self, np: NP, pos: int) -> Who | None:
        """法国总统 after 法国总统马克龙: a bare title with its affiliation is the person named with it before."""
        if np.kind != "person" or np.backref or not np.role or np.name != (np.affiliation or "") + np.role:
            return None
        # Speakers, and people named as a clause's subject in narration (德国总统X周二抵达北京。德国总统表示…).
        seen = sorted([*self.history, *(w for _, w in self.mentions)], key=lambda w: w.pos)
        for w in reversed(seen):
            sp = w.speaker
            if (w.pos <= pos and sp.kind == "person" and _same_office(sp.role, np.role) and sp.name != np.name
                    and (not np.affiliation or sp.affiliation == np.affiliation)):  # 总理 after 中国总理李克强
                return Who(sp, list(w.chain), w.head, w.outlet, resolved_from=np.name, pos=pos)
        return self._titled_in_narration(np, pos)

    def _titled_in_narration(self, np: NP, pos: int) -> Who | None:
        """德国总统X周二抵达北京。…德国总统表示… : the title with a name after it, earlier in the narration."""
        if not np.affiliation:
            return None  # a bare 总统 is too loose to look for in the text
        lo = max(0, pos - 3000)
        for mt in reversed(list(re.finditer(re.escape(np.name), self.s[lo:pos]))):
            start = lo + mt.start()
            stop = _CLAUSE_STOP.search(self.s, start)
            region = self.s[start:stop.start() if stop else pos]
            span = split_subject(region)
            if not span or span[1] <= len(np.name):
                continue
            cand = parse_np(region[span[0]:span[1]])
            if (cand.kind == "person" and not cand.backref and cand.name != np.name and _same_office(cand.role, np.role)
                    and cand.affiliation == np.affiliation and not lx.CUE_RE.search(cand.name)):
                who = self._make(cand, start)
                return Who(who.speaker, [], who.head, who.outlet, resolved_from=np.name, pos=pos)
        return None

    def _shorter_name(self, np: NP, pos: int) -> Who | None:
        """外交部 after 加拿大外交部, 加藤 after 加藤胜信: a shorter form of a speaker named before."""
        name = np.name
        person = np.kind == "person" and len(name) == 2
        org = np.kind == "organization" and bool(lx.ORG_RE.search(name))
        if not (person or org) or np.backref or np.role or not _CJK_NAME.fullmatch(name):
            return None
        for w in reversed(self.history):
            sp = w.speaker
            if w.pos > pos or sp.name == name or len(sp.name) <= len(name) or not _CJK_NAME.fullmatch(sp.name):
                continue
            if np.kind == "organization" and sp.kind == "organization" and lx.ORG_RE.search(name) and (
                    sp.name.endswith(name) and (sp.name[:-len(name)] in lx.PLACE_SPEAKERS
                                                or len(sp.name) - len(name) <= 4
                                                or lx.ORG_RE.search(sp.name[:-len(name)]))):  # 监管机构X办公室
                return Who(sp, list(w.chain), w.head, w.outlet, resolved_from=name, pos=pos)
            if (np.kind == "person" and sp.kind == "person" and len(name) == 2 and len(sp.name) >= 4
                    and sp.name.startswith(name)):  # 加藤 for 加藤胜信; 孩子 is not 孩子爹
                return Who(sp, list(w.chain), w.head, w.outlet, resolved_from=name, pos=pos)
        return None

    def resolve_outlet_ref(self, text: str, pos: int) -> Who | None:
        """据该报道 / 据报道: the outlet named last."""
        who = self._last(lambda w: w.outlet is not None, pos)
        if who is None:
            return None
        return Who(who.speaker, list(who.chain), who.head, who.outlet, resolved_from=text.strip(), pos=pos)

    def _last(self, pred, pos: int) -> Who | None:  # type: ignore[no-untyped-def]
        for w in reversed(self.history):
            if w.pos <= pos and pred(w):
                return w
        return None

    def other_antecedent(self, pronoun: str, pos: int, not_id: str) -> Who | None:
        """他说，习近平的… : the 他 is not the person the content itself names; the one before them."""
        who = self._antecedent(pronoun, pos, not_id)
        if who is None or who.speaker.id == not_id:
            return None
        return Who(who.speaker, list(who.chain), who.head, who.outlet, resolved_from=pronoun, pos=pos)

    def _antecedent(self, pronoun: str, pos: int, not_id: str = "") -> Who | None:
        who = self._antecedent_of(pronoun, pos, not_id)
        if pronoun in ("他", "她") and who is not None and who.speaker.kind == "person":
            known = self.gender.get(who.speaker.id) or _gender_of(who.speaker)
            if known and known != pronoun and not not_id:
                # 她 is not the one the article calls 他 (nor 先生 a 她): the one before that
                other = self._antecedent_of(pronoun, pos, who.speaker.id)
                if other is not None and (self.gender.get(other.speaker.id) or _gender_of(other.speaker)) != known:
                    who = other
            elif not known:
                self.gender[who.speaker.id] = pronoun
        return who

    def _antecedent_of(self, pronoun: str, pos: int, not_id: str = "") -> Who | None:
        if pronoun in ("他", "她"):
            best = self._last(lambda w: w.speaker.kind == "person" and w.speaker.id != not_id, pos)
            for mpos, who in reversed(self.mentions):
                if mpos < pos and who.speaker.id != not_id:
                    if best is None or mpos > best.pos:
                        best = who
                    break
            told = self._told(pos, best.pos if best else -1, ("person",))
            if told is not None and told.speaker.id != not_id:
                return told
            # 他/她 never points back to an outlet, nor to several people named together.
            # 河口广见在海啸中失去了母亲…。“…，”他说。: a bare name opening the sentence right before is the
            # 他 sooner than someone mentioned earlier, a group or an organisation.
            bare = self._bare_name_before(pos)
            if bare is not None and bare.speaker.id != not_id and (best is None or bare.pos > best.pos):
                best = bare
            here = self._sentence_subject(pos)
            if here is not None and here.speaker.id != not_id and (best is None or here.pos > best.pos):
                best = here  # 北湾总统韩默周一抵达南岛，他说，… : the person opening this very sentence
            return best or self._last(lambda w: w.outlet is None and w.speaker.kind != "outlet" and not w.several
                                      and w.speaker.id != not_id, pos)
        if pronoun in ("他们", "她们"):
            here = self._sentence_group(pos)
            if here is not None:
                return here  # X的官员和Y的议员都在迫使…，他们辩称… : the people this sentence opened on
            last = self._last(lambda w: w.speaker.kind in ("group", "organization"), pos)
            told = self._told(pos, last.pos if last else -1, ("group", "organization"))
            if told is not None:
                return told
            return last or self._last(lambda w: w.speaker.kind in ("group", "organization"), pos) or self._last(
                lambda w: True, pos)
        return self._last(lambda w: True, pos)

    def _sentence_group(self, pos: int) -> Who | None:
        """The group or the people named together opening an earlier clause of the sentence a 他们 is in."""
        start = max(self.m.rfind(c, 0, pos) for c in "。！？!?\n") + 1
        comma = max(self.m.rfind("，", start, pos), self.m.rfind(",", start, pos))
        dash = self.m.rfind("——", start, pos)
        if dash > comma:  # 但选民们有着不同的看法——好像在他们看来，… : the dash opens the 他们's clause
            comma = dash
            if not _VIEW_OPEN.fullmatch(self.m, dash + 2, pos):
                return None
        elif comma < 0 or self.m[comma + 1:pos].strip(" \u3000"):
            return None
        k = start
        while k < comma:
            end = _clause_end(self.m, k, comma)
            span = split_subject(self.s[k:end])
            if span and k + span[1] < end:
                np = parse_np(self.s[k + span[0]:k + span[1]].strip())
                if (np.kind == "group" or np.several) and not np.backref and np.name:
                    return self._make(np, k + span[0])
            k = end + 1
        return None

    def _sentence_subject(self, pos: int) -> Who | None:
        """The person opening the sentence's first clause when a 他/她 opens a later clause of it."""
        start = max(self.m.rfind(c, 0, pos) for c in "。！？!?\n") + 1
        comma = max(self.m.rfind("，", start, pos), self.m.rfind(",", start, pos))
        if comma < 0 or self.m[comma + 1:pos].strip(" \u3000"):
            return None  # the 他 opens a clause of its own
        lead = _TIME_FIRST.match(self.m, start, comma + 1)
        if lead:
            start = lead.end()  # 2003年，韩默当选总理后…，他说 : the person opens the clause after the time
        end = start
        while end < comma and self.m[end] not in "，,；;：:“”「」":
            end += 1
        span = split_subject(self.s[start:end])
        if not span or start + span[1] >= end:
            return None
        text = self.s[start + span[0]:start + span[1]].strip()
        np = parse_np(text)
        if np.kind != "person" or np.backref or not np.name:
            return None
        if not (np.role or _DOTS.search(np.name) or looks_like_name(name_key(np.name))):
            return None
        return self._make(np, start + span[0])

    def _bare_name_before(self, pos: int) -> Who | None:
        for a, b in reversed(self.narration):
            if b > pos:
                continue
            if self.m[b:pos].strip(" \u3000\n“”「」，,＿"):
                return None  # not the sentence right before (a quotation between is the 他's own)
            span = split_subject(self.s[a:_clause_end(self.m, a, b)])
            if not span:
                return None
            text = self.s[a + span[0]:a + span[1]]
            if not _NAME_SHAPE.fullmatch(text) or _NOT_NAME.search(text) or (
                    _speaks(self.s, text) != text and not looks_like_name(name_key(text))):
                return None  # a name that speaks somewhere in the article, or looks like one (法律规定 does not)
            np = parse_np(text)
            titled = self.surname_titled(np, a + span[0])  # 李教授没有拐弯抹角。“…，”她写道。
            if titled is not None:
                return titled
            return self._make(np, a + span[0]) if np.kind == "person" and not np.backref and np.name == text else None
        return None

    def _told(self, pos: int, after: int, kinds: tuple[str, ...], back: int = 1) -> Who | None:
        """特朗普发出了…信号。他表示… : the subject of the sentence right before, which attributed nothing
        (该监管机构: of one of the last few such sentences).

        Only a subject that names someone: a titled or transliterated person, a person named
        before, or one who speaks somewhere in the article; an organisation by its suffix;
        several of these named together."""
        seen = 0
        for a, b in reversed(self.narration):
            if b > pos:
                continue
            if a <= after or seen >= back:
                return None
            gap = self.s[b:pos].strip(" \u3000\n")
            if not seen and back == 1 and gap and not _TIME_FIRST.fullmatch(gap):
                return None  # not the sentence right before (…。2014年3月12日，他… : a time between is none)
            seen += 1
            k = a
            while k < b:
                end = _clause_end(self.m, k, b)
                who = self.clause_subject(k, end, kinds)
                if who is not None:
                    return Who(who.speaker, [], who.head, who.outlet, pos=k, several=who.several)
                k = end + 1
        return None

    def clause_subject(self, a: int, b: int, kinds: tuple[str, ...], known_only: bool = False) -> Who | None:
        span = split_subject(self.s[a:b])
        if not span:
            return None
        a, end = a + span[0], a + span[1]
        text = self.s[a:end]
        if end < b:  # the subject stops before adverbials (星期一, 在…, 对…)
            np = parse_np(text)
            if np.kind in kinds and self._names_someone(np, text):
                return self._make(np, a)
        if "person" not in kinds:
            # 非营利组织和众多承包商自…以来被拖欠了… : named together, up to a group or organisation noun.
            for n in range(min(len(text), 24), 3, -1):
                pre = text[:n]
                if _AND.search(pre, 1) and (lx.GROUP_RE.search(pre) or lx.ORG_RE.search(pre)):
                    np = parse_np(pre)
                    if np.several:
                        return self._make(np, a)
            return None
        for n in range(min(len(text) - 1, 12), 1, -1):
            who = self.people.get(name_key(text[:n]))
            if who is not None:
                return who
        if known_only:
            return None
        # 特朗普发出了…, 北湾国总统卡洛斯发出了… : a name (after a title) that speaks elsewhere in the article.
        starts = [0] + [t.end() for t in lx.TITLE_RE.finditer(text, 0, 16)]
        for k in starts:
            mt = _NAME_SHAPE.match(text, k)
            name = _speaks(self.s, mt.group()) if mt and not _NOT_NAME.search(mt.group()) else None
            if name:
                np = parse_np(text[:k] + name)
                if np.kind == "person" and not np.backref:
                    return self._make(np, a)
        return None

    @staticmethod
    def _names_someone(np: NP, text: str) -> bool:
        if np.backref or not np.name:
            return False
        if np.several:
            return True
        if np.kind == "person":
            return bool(np.role and np.name != (np.affiliation or "") + np.role) or bool(_DOTS.search(np.name))
        if np.kind == "organization":
            return bool(lx.ORG_RE.search(np.name)) or np.name in lx.PLACE_SPEAKERS
        return np.kind == "group" and np.name == text and len(text) <= 12

    def _backref_np(self, np: NP, pos: int) -> Who | None:
        head = np.head
        if np.kind == "group":
            who = self._last(lambda w: w.speaker.kind == "group" and head in w.speaker.name, pos)
            full = lx.BACKREF_RE.match(np.name)
            if who is None and full and _ONE_OF.match(np.name):
                # 这位发言人 after 外交部发言人李明 : one person, the last one holding that title
                role = full.group("head")
                who = self._last(lambda w: w.speaker.kind == "person" and role in (w.speaker.role or ""), pos)
            return who
        if np.kind == "organization":
            last = self._last(lambda w: w.speaker.kind == "organization", pos)
            return self._told(pos, last.pos if last else -1, ("organization",), back=3) or last
        if lx.OUTLET_BACKREFS_RE.match(head):
            return self._last(lambda w: w.outlet is not None, pos)
        return self._last(lambda w: w.speaker.kind == "person", pos)

    def remember(self, who: Who) -> None:
        self.history.append(who)
        if who.speaker.kind == "person":
            self._remember_person(who)

    def subject_of(self, a: int, b: int) -> tuple[int, int] | None:
        span = split_subject(self.s[a:b])
        return (a + span[0], a + span[1]) if span else None


_FEMALE = re.compile(r"女士|小姐|太太|夫人|妻子|母亲|女儿|姐姐|妹妹|女友|遗孀|未婚妻|祖母|奶奶|外婆|女王|王后|修女|"
                     r"妈妈")
_MALE = re.compile(r"先生|丈夫|父亲|儿子|哥哥|弟弟|男友|未婚夫|祖父|爷爷|外公|国王|王子|神父|爸爸")


def _gender_of(sp: Speaker) -> str | None:
    """他 or 她 from a word of the speaker's name or role (韩女士, 其妻子李丽), else None."""
    text = (sp.role or "") + sp.name
    if _FEMALE.search(text):
        return "她"
    if _MALE.search(text):
        return "他"
    return None


_PIECE = re.compile(r"(?:这篇|该篇|此篇|该|此|这)?(?:文章|文|社论)|该文")
# 新闻机构“实话实说”…发表了题为“…”的文章 / 《北湾日报》刊登了一篇文章 : who published the piece.
_PUBLISHED = re.compile(r"[“「《](?P<name>[^”」》“「《，。]{2,20})[”」》][^。！？!?“”「」]{0,60}?"
                        r"(?:发表|刊登|刊发|刊出|发布|登出)了?(?:[^。！？!?]{0,80}?)(?:文章|社论|评论文章|专栏|专文)")


# Titles naming one office: 瑞典政府首脑 after 瑞典首相克里斯特森 is the same person.
_OFFICES = (frozenset(("首相", "总理", "政府首脑")), frozenset(("总统", "国家元首")))


def _same_office(a: str | None, b: str | None) -> bool:
    return a == b or any(a in o and b in o for o in _OFFICES)
