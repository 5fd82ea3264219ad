"""Who is speaking: split a clause into subject and adverbials, and the subject into name, role, affiliation."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from kg.extract import zh_lexicon as lx
from kg.outlets import known_outlet, outlet_pattern
from kg.text import to_traditional

_DOT = re.compile(r"[·・‧•]")  # the dot between the parts of a transliterated name
_PAREN = re.compile(r"\s*[（(]([^（）()]{0,60})[)）]\s*")
_LATIN = re.compile(r"[A-Za-z]")
_DATEISH = re.compile(r"^[\d０-９年月日号时分:：\s./-]+$|^(?:星期|周)")
_NAME = re.compile(
    r"^(?:(?:[A-Z]\.?[·・•‧])*[\u4e00-\u9fff]{1,6}(?:[·・•‧\-－‐][\u4e00-\u9fffA-Z]{1,8}){1,3}|[\u4e00-\u9fff]{2,6}"
    r"|(?:[A-Z]\.?[·・•‧])+[\u4e00-\u9fff]{1,8}"  # M·L·夏尔马
    r"|[A-Za-z][A-Za-z.'\- ]{1,40})$"
)
_QUOTED = re.compile(r"[“「\"]([^”」\"]{1,20})[”」\"]")
# 【北湾网讯】, （北辰社记者韩默南岛15日电）, 北辰社北京3月16日电␣ : the publisher's dateline opening a paragraph.
# 〔记者韩默／台北报导〕 (Taiwan), 北辰社南岛3月16日电（记者韩默） : the same, with the day and the reporter.
_DAY_WIRE = r"[\u4e00-\u9fff]{2,20}?(?:\d{1,2}月)?\d{1,2}日[电讯](?:[（(][^（）()]{1,20}[）)])?"
DATELINE = (r"【[^】]{1,20}】|〔[^〕]{1,30}〕|[（(][^（）()]{1,30}[电讯][）)]|"
            rf"{_DAY_WIRE}|[\u4e00-\u9fff\d]{{2,20}}?[电讯][\s\u3000]+")
DATELINE_RE = re.compile(
    r"^\s*(?:【[^】]{1,20}】|〔[^〕]{1,30}〕|[（(][^（）()]{1,30}[电讯][）)]|"
    rf"{_DAY_WIRE}|[\u4e00-\u9fff\d]{{2,20}}?[电讯])\s*$")
_LEAD_TIME = re.compile(  # 巴格达——军方官员称
    rf"^(?:(?:于|於)?(?:{lx.TIME_WORD})|[，,\s]|[\u4e00-\u9fff]{{2,8}}——|{DATELINE})+")
_TAIL_ADVERB = re.compile(
    rf"(?:{lx.TIME_WORD}|[也还则曾均都又亦已更并却只仍再就便才去]|(?<=[他她们方])正|(?<![上中少])将|{lx.NOT_MODAL_HUI}会|"
    r"(?<=[这那哪录件告明信目章])里|一边|(?:又|再|第|头)一次|正在|已经|曾经|一直|同样|这样|大力|纷纷|非常|接着|最终|一度|进而|似乎|或许|也许|显然|恰恰|首先|之前|坚持|当时|"
    r"特意|特地|专门|特别|再三|反复|一再|真的|确实|的确|迅速|紧接[着著]|接[着著]|"
    r"(?<![所没拥只还唯具享持占仅国私公共])有|"  # 外界有质疑 : what the public has is its doubt, 外界 speaks
    r"平静地|明确地|坚定地|公开地|直接地|简短地|坦率地|冷静地|激动地|强硬地|严肃地|自豪地|谨慎地|无奈地|"
    # 吕新华笑着, 傅莹耐心, 曾庆红气冲冲 : the manner of speaking, not the speaker.
    r"笑着|哭着|苦笑着|耐心|气冲冲|怒气冲冲|兴奋|激动|感慨|淡定)+$"
)
# 孩子爹愤愤地, 一位警官兴奋地, 老师吞吞吐吐、十分不好意思又很无奈地 : manner adverbs with 地 (not 当地, 基地…).
# A chain's earlier pieces must look like manner (an idiom, AABB, a degree word), not a bare name.
_STRONG_MANNER = (
    r"怒气冲冲|兴致勃勃|气势汹汹|喜气洋洋|得意洋洋|忧心忡忡|小心翼翼|兴高采烈|直言不讳|毫不讳言|斩钉截铁|意味深长|语重心长|"
    r"开门见山|一针见血|毫不客气|毫不犹豫|不假思索|([\u4e00-\u9fff])\1([\u4e00-\u9fff])\2|"
    r"(?:态度|语气|口气|神情)?(?:很|非常|十分|更加|有些|有点|颇为|略显|略带|极为|相当|格外|一脸|满脸)[\u4e00-\u9fff]{2,4}?"
)
_MANNER_LAST = re.compile(rf"(?:{_STRONG_MANNER}|(?:态度|语气|口气|神情)?[\u4e00-\u9fff]{{2}})$")
_MANNER_MORE = re.compile(rf"(?:{_STRONG_MANNER})$")
_MANNER_JOIN = re.compile(r"(?:、|，|而又|而且|而|又|且)$")


def _manner_start(sub: str) -> int | None:
    """Where a chain of manner adverbs ending in 地 starts in sub, or None."""
    if not sub.endswith("地") or _PLACE_DI.search(sub):
        return None
    m = _MANNER_LAST.search(sub, 0, len(sub) - 1)
    if not m:
        return None
    start = m.start()
    while True:
        j = _MANNER_JOIN.search(sub, 0, start)
        more = _MANNER_MORE.search(sub, 0, j.start()) if j else None
        if not more:
            return start
        start = more.start()


_PLACE_DI = re.compile(r"(?:当|基|土|各|内|本|外|该|此|两|产|工|营|领|阵|属|驻|墓|草|湿|园|绿)地$")
_GROUP_NAMED = re.compile(
    rf"(?P<role>{lx.GROUP_HEADS})(?P<name>[\u4e00-\u9fff]{{2,4}}|[\u4e00-\u9fff]{{1,6}}[·・‧][\u4e00-\u9fff]{{1,8}})$"
)
_ONLY_ADVERB = re.compile(r"(?:一直|始终|随后|不断|再次|一再|也|还|又|则|更|并|亦|均|都|曾|已)+")
_PLACE_END = re.compile(r"(?:时|中|上|后|里|下|前|间|之际|期间)$")
_STRONG_STOP = re.compile(
    rf"{lx.TIME_WORD}|正在|(?<![存现所实自内外])在(?!于)|(?<![反针面相绝应核争])对(?!于|此|手)|(?<![方倾导面走动意指])向|就(?![是算职任读业])|透过|通过|经由|接受|跟|于(?=[\d今昨本上下当周星]|[^，,。：:]{{0,10}}?(?:会上|会中|报告中|声明中|书中|文中|节目中|采访中|时))|回覆|回复|答复|致函|致电|"
    r"发文|贴文|发帖|发推|撰文|受访|发表|发声明|发出声明|举行|召开|出席|再次|再度|一再|多次|普遍|公开|随即|首次|就此|对此|"
    r"进一步|似乎|好像|一直|始终|不断|纷纷|甚至|私下|正式|这样|如此|早已|经常|常常|时常|屡次|一向|向来|长期|多年来|过去|"
    r"很快|立即|曾经|仍然|依然|聚集|齐聚|集结|云集|亦|也|还|均|则|(?<=[局部会府署院处厅委方国党军们他她])又|都(?=[\u4e00-\u9fff]{0,4}$)|"
    r"(?<![继连延持陆后手存])续$|"  # 她续指 : 'went on to' in Hong Kong papers
    # 一位父亲紧握着儿子的照片说 : what the speaker holds or wears is no part of the speaker.
    r"(?:紧|高|手)?[握拿举抱捧牵挥戴穿披指望看搂拉](?:着|住)|(?<=[他她])(?!们)[\u4e00-\u9fff]{1,3}?着|"
    # 一名女性拒绝回答问题，并表示… : a refusal is no part of the subject.
    r"拒绝|婉拒|"
    r"(?<=先生|女士|小姐|太太)曾|"  # 韩默先生曾参加那次记者会 : the honorific ends the name, 曾 is 'once'
    r"(?<![新刚甫才再连获])当选(?!人)|"  # 韩默当选总理后 : the one elected, not the office
    # 叶城县官方发布“敌情通报”称 : the issuer speaks, the quoted title is what it issued.
    r"(?:发布|发出|公布)(?=[“「《])|"
    # 几名议员通过推特发布信息，称… : what they posted is no part of them (发布会 is a name's part).
    r"(?:发布|发出|公布|贴出)了?(?:一[条份则篇段])?(?:信息|消息|声明|公告|推文|帖子|视频|文章|讯息)|"
    # 卡洛斯一开门就说 : the speaker stops before an "as soon as" clause.
    r"(?:甫|刚|才)?一(?=[\u4e00-\u9fff]{1,6}就$)"
)
_AS_SOON_AS = re.compile(r"(?:甫|刚|才)?一[\u4e00-\u9fff]{1,6}就$")

_GLOSSED_NAME_END = re.compile(r"[\u4e00-\u9fff]{1,2}\s*[（(]\s*[A-Z][a-z]+[ -][A-Z]")
# 罗志军, 王建军 : a common surname and one given character before 军 name a person, not an army.
_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蔡蒋余杜叶程苏魏吕丁任沈姚卢"
    "姜崔钟谭陆汪范金石廖贾夏韦付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常汤康易乔赖文"
    "温傅翟储施葛倪颜庞殷聂岳詹祝俞伍阎柴"
)

_CALLED = re.compile(
    r"(?:名叫|名为|叫做|名字叫)(?P<name>[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,6}[·・‧][\u4e00-\u9fff]{1,8})$"
)
_KIN = re.compile(
    r"父亲|母亲|儿子|女儿|妻子|丈夫|哥哥|姐姐|弟弟|妹妹|爷爷|奶奶|男子|女子|男孩|女孩|妇女|老人|少年|青年"
)


@dataclass
class NP:
    """A parsed subject noun phrase."""

    name: str
    kind: str = "person"
    aliases: list[str] = field(default_factory=list)
    role: str | None = None
    affiliation: str | None = None
    backref: str | None = None  # "pronoun", "outlet", "doc" or "np" when the speaker must be resolved
    head: str = ""  # the noun a back-reference or group is about (消息人士, 官员)
    several: bool = False  # X和Y: named speakers together


def split_subject(region: str) -> tuple[int, int] | None:
    """(start, end) of the subject inside a clause that ends right before a cue, or None."""
    a = 0
    while True:
        # Anchored at a (re's ^ ignores pos): 但坚决否认 has two openers before an empty subject.
        m = lx.LEADING_JUNK_RE.match(region[a:]) or _LEAD_TIME.match(region[a:])
        if not m or not m.end():
            break
        a += m.end()
    if lx.NON_SUBJECT_START_RE.match(region[a:]):  # (its ^ would not match at pos a)
        de = region.find("的", a)
        if de < 0:
            return None
        a = de + 1
    if a >= len(region) or _AS_SOON_AS.match(region, a):
        return None  # 甫一开门见人就说 : a subjectless "as soon as" clause
    end = _subject_end(region, a, a)
    if end < len(region) and region[end] == "在" and _LOCATED.fullmatch(region, a, end):
        # 总部在香港的北湾基金的韩默在声明中说 : 总部在…的 is a modifier, the subject goes on past its 的
        de = region.find("的", end)
        if de > 0:
            end = _subject_end(region, a, de + 1)
    de = region.rfind("的", a)
    if a < end < de and region[end] == "在":
        # 总部在新加坡的…研究员X : the 在 sits inside a modifier of a titled head.
        tail = region[de + 1:]
        if tail and not _STRONG_STOP.search(tail) and not _PLACE_END.search(tail) and (
                lx.TITLE_RE.search(tail) or lx.GROUP_RE.search(tail)):
            end = len(region)
    while end > a and region[end - 1] in "“”「」『』\" \u3000":
        end -= 1
    sub = region[a:end]
    manner = _manner_start(sub)
    if manner:
        end = a + manner
        sub = region[a:end]
    elif manner == 0:
        return None  # 并亲切地称呼他… : the manner alone, the subject is elsewhere
    t = _TAIL_ADVERB.search(sub)
    if t and t.start() > 0:
        end = a + t.start()
    elif t and _ONLY_ADVERB.fullmatch(sub):
        return None  # 随后一直强调… : adverbs only, the subject is elsewhere
    while end > a and region[end - 1] in " \u3000，,":
        end -= 1
    return (a, end) if end > a else None


_LOCATED = re.compile(r"(?:总部|总部设|总部就|总部仍|基地|驻地|住所)")


def _subject_end(region: str, a: int, start: int) -> int:
    """Where the subject that opens at a stops: the first stop word from start on, outside parentheses."""
    depth = 0
    for i in range(start, len(region)):
        ch = region[i]
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth = max(0, depth - 1)
        elif depth == 0 and i > a and ch != "的":
            m = _STRONG_STOP.match(region, i)
            if m and m.group() == "在" and _GLOSSED_NAME_END.match(region, i + 1):
                continue  # 院长咸在凤(Hahm Chaibong) : 在 inside a name glossed in Latin letters
            if m and not _inside_name(region, a, i):
                return i
    return len(region)


def _inside_name(region: str, a: int, i: int) -> bool:
    """A stop word right after 1 char is likely part of a short name (向华强 after nothing)."""
    return i - a < 1


_NOT_SUBJECT = re.compile(
    # Words that also open names stay: 以色列, 以方, 能源部, 自由之家, 最高法院, 和平组织, 让-… (Jean-), 曾 (surname).
    r"^(?:尚无|并无|无人|没有人|可|能(?!源)|会|将|要|应|需|必须|可以|应该|需要|是|被|把|让(?![-－·‧])|使|令|给|从|自(?!由|动|然|治|民党|卫队|贸)|"
    r"当(?!地|局|事|选|前|今|代|年|红)|若|如果|虽然|因为|所以|以(?![色方])|而|并|且|由|一直|始终|"
    r"就|才|都|也|还|又|再|不|没|未|已|曾(?=经|任|在|于|是|多|一|两|\d)|很(?!多.)|最(?!高|新)|更|太(?!平洋|空)|那|其中|有关(?!官员|部门|人士|方面|当局|负责人|机构|单位|专家|国家|政府)|关于|"
    r"以及|及|和(?!平)|与|对(?!手)|向|在|据)"
)


_SHARE_OF_PEOPLE = re.compile(r"(?:超过|逾|近|将近|约|大约)?(?:一半|半数|过半|[\d一二三四五六七八九十]+成|"
                              r"[\d.]+\s*[%％]|百分之[\d一二三四五六七八九十]+)(?:以上)?的(?:人|民众|受访者|选民|网民)")
_PEOPLE_WHO = re.compile(r"[\u4e00-\u9fff]{2,}的人$")
_MANNER_NOUNS = frozenset(("态度", "语气", "口吻", "口气", "立场", "表情", "神情", "脸色", "措辞", "言辞"))
_SIDE = re.compile(r"(?:国|省|市|州|政府|当局|军|党)$")  # 东原国方面, 华盛顿方面 speak; 经济方面 does not
# 北湾方面表示 : a side the lexicon lacks speaks too, unless its name is a field or a determiner (经济方面, 这方面).
_TOPIC_SIDE = re.compile(
    r"^(?:[这那各其另一两多些本此该]|许多|很多|有关|相关)|(?:经济|政治|军事|安全|技术|科技|贸易|外交|人权|法律|司法|文化|教育|"
    r"卫生|健康|医疗|环境|环保|能源|财政|金融|投资|市场|价格|生产|管理|制度|政策|生活|工作|社会|民生|产业|资金|人事|监管|"
    r"质量|数量|服务|设施|宣传|舆论|心理|身体|精神|思想|理论|实践|业务|运营|税收|预算|防疫|防务|国防)$")
_SIDE_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")  # 北湾方面 : a side named in two to four characters
_TOPIC_END = re.compile(r"(?:一事|问题|事件|情况|方面|之际|时|后|期间|以来)$")
_MEDIA_NAME = re.compile(
    r"[\u4e00-\u9fffA-Za-z]{1,10}(?:日报|时报|晚报|早报|邮报|周刊|杂志|电视台|通讯社|新闻网|新闻社|回声报|报)"
)
# 我曾和学生开玩笑说, 我们发现, 笔者认为 : the writer narrating, not a source.
_FIRST_PERSON = re.compile(r"^(?:我|咱们|笔者|你|您)")  # …, or the reader addressed (你以为…)
_STRONG_CUE_IN = re.compile(r"誓言|表示|指出|宣布|认为|强调|声称|警告|承诺|呼吁|透露|说")
# 为了让别人说…, 利用这种算法分析… : the cue is what someone is made to say, or a tool's work, not a report.
_CAUSED = re.compile(r"为了|以便|.让(?![-－·‧])|利用|借助|运用")


_COPULA_IN = re.compile(r"(?:不是|并非|就是|也是|都是|只是|乃是|是)(?:一|两|几)[个次种名位件场项]")


def plausible_subject(text: str) -> bool:
    """Cheap sanity check that a clause's subject can name a speaker."""
    core = text.strip()
    if core in lx.PRONOUNS:
        return True
    if len(core) < 2 or _FIRST_PERSON.match(core):
        return False
    if lx.BACKREF_RE.match(core) or re.match(r"^(?:有人|有民众|有专家|有学者|有网友|有网民|有分析)", core):
        return True
    if _SHARE_OF_PEOPLE.fullmatch(core):
        return True  # 超过一半的人认为… : a share of the people polled
    head = core.rsplit("的", 1)[1] if "的" in core else core
    side = head[:-2]
    if _TOPIC_END.search(head) and not (head.endswith("方面") and (side in lx.PLACE_SPEAKERS or _SIDE.search(side)
                                                                   or len(side) >= 3 and lx.ORG_RE.search(side)
                                                                   or _SIDE_NAME.fullmatch(side)
                                                                   and not _TOPIC_SIDE.search(side))):
        return False  # 经济方面 is a topic, 委内瑞拉方面 a speaker
    if _STRONG_CUE_IN.search(head) or head.endswith("是"):  # a verb inside (…一是): the clause was misread
        return False
    if _COPULA_IN.search(head):
        return False  # 这次选举不是一次对…表示认可 : a copula and what it counts, a predicate, not a speaker
    if _CAUSED.search(core) or re.match(r"了(?!解)|[吗呢吧）)」』】]", core):  # 了）: the end of another clause
        return False
    if head in _MANNER_NOUNS:  # …，态度强硬地质疑 : how the one before spoke, not a speaker
        return False
    if head == "人" and _PEOPLE_WHO.search(core):
        return True  # 一位了解交易的人说 : the people a relative clause describes (人士 without 士)
    return len(head) >= 2 and not _NOT_SUBJECT.match(head)


# 有 + a group or title noun (not 有人, 有的, 有关…, 有所…): existential, the noun is the speaker.
# (有媒体 names no outlet and refers back to none.)
_THERE_IS = re.compile(r"(?:另外|另|还|也|亦|更|又|则|但|却|甚至)?有(?=[\u4e00-\u9fff]{2})"
                       r"(?!关|所|的|些|时|人[^士]|媒体|外媒|报道|报导|文章)")

_NAME_HONORIFICS = ("先生", "女士", "小姐", "太太")


@lru_cache(maxsize=8192)
def parse_np(np: str) -> NP:
    """Name, kind, role and affiliation of a subject noun phrase (Simplified text); callers must not mutate it."""
    english: list[str] = []

    def _paren(m: re.Match[str]) -> str:
        inner = m.group(1).strip()
        # Only a gloss closing the phrase names the speaker; 理事会(…)的副总裁X glosses the body.
        if _LATIN.search(inner) and not _DATEISH.match(inner) and "的" not in np[m.end():]:
            english.extend(x.strip() for x in re.split(r"[，,;；]", inner) if _LATIN.search(x))  # (…Office，ICO)
        return ""

    core = _PAREN.sub(_paren, np).strip(" \u3000，,：:")
    core = lx.LEADING_JUNK_RE.sub("", core)
    quoted = [q.strip() for q in _QUOTED.findall(core)]
    plain = core.replace("“", "").replace("”", "").replace("「", "").replace("」", "").replace('"', "").strip()
    there = _THERE_IS.match(plain)
    if there:  # 另有官员表示, 也有分析人士认为 : "there are officials who…": the officials speak
        info = _classify(plain[there.end():], core[there.end():] if core.startswith(there.group()) else core)
        if info.name != plain and plain not in info.aliases:
            info.aliases.append(plain)
    else:
        info = _classify(plain, core)
    if info.kind == "person" and len(info.name) >= 4 and info.name.endswith(_NAME_HONORIFICS):
        full = _full_name_before(info.name[:-2])
        if full == info.name[:-2]:  # 记者王丽女士, 马英九先生 : the name without the honorific
            info.aliases = [info.name, full[0] + info.name[-2:], *info.aliases]
            info.name = full
    for e in english:
        if e not in info.aliases:
            info.aliases.insert(0, e)
    for q in quoted:
        if q and q != info.name and q not in info.aliases:
            info.aliases.append(q)
    return info


def _full_name_before(before: str) -> str | None:
    """侯文卓 in 人权活动人士侯文卓女士: a surname two or three characters back starts the name (家属王女士: none)."""
    for n in (3, 2):
        if len(before) >= n and before[-n] in _SURNAMES and not lx.TITLE_RE.search(before[-n:]):
            return before[-n:]
    return None


def _classify(core: str, raw: str) -> NP:
    if core in lx.PRONOUNS:
        return NP(name=core, backref="pronoun", head=core)
    if lx.OUTLET_BACKREFS_RE.match(core) and not lx.DOC_RE.match(core):
        return NP(name=core, kind="outlet", backref="outlet", head=core)
    doc = _document(core)
    if doc:
        return doc
    ally = _ALLY.search(core.rsplit("的", 1)[-1])
    if ally and ally.group("place") in lx.PLACE_SPEAKERS:
        # 盟友和邻国波兰 : descriptions of the state named last.
        return NP(name=ally.group("place"), kind="organization", aliases=[core, *_script(ally.group("place"))])
    both = _conjoined(core) if _CONJ.search(core) else None
    if both is not None:
        return both
    if "、" in core:
        last = core.rsplit("、", 1)[1]
        if last:
            core = last
    m = lx.BACKREF_RE.match(core)
    owner = _OWNER.match(m.group("head")) if m and not _PERSON_DET.match(core) else None
    if owner and (lx.ORG_RE.search(owner.group(1)) or _OWNER_PLACE.fullmatch(owner.group(1))):
        m = None  # 该地区的高级官员, 该公司的发言人 : the determiner points at the place, the speaker is described
    if m and (not _generic_head(m.group("head")) or re.match(r"(?:名叫|名为|叫做|名字叫)", m.group("head"))):
        core = m.group("head")  # (这个名叫韩立的男子 : the name given, no back-reference)
        m = None
    if m:
        head = m.group("head")
        kind = "group" if lx.GROUP_RE.search(head) else "organization" if lx.ORG_RE.search(head) else "person"
        g = lx.GROUP_RE.search(head)
        return NP(name=core, kind=kind, backref="np", head=g.group() if g else head)
    outlet = _outlet(core)
    if outlet:
        return outlet
    head = core
    pre = ""
    if "的" in core:
        pre, head = core.rsplit("的", 1)
        if not head:
            head, pre = core, ""
    called = _CALLED.search(pre) if pre else None
    if called and (lx.GROUP_RE.search(head) or lx.TITLE_RE.search(head) or _KIN.fullmatch(head)):
        # 一位名叫韩立的父亲, 名为X(Latin)的官员 : the person is the one named.
        name = called.group("name")
        return NP(name=name, kind="person", aliases=_script(name), role=head)
    if pre:
        br = lx.BACKREF_RE.match(head)
        if br:
            g = lx.GROUP_RE.search(br.group("head"))
            kind = "group" if g else "person"
            return NP(name=core, kind=kind, backref="np", head=g.group() if g else br.group("head"))
        generic = _generic(head)
        if generic:
            if generic.kind == "group" and generic.name not in generic.aliases:
                generic.aliases.append(generic.name)  # 四名女性的律师 : also 律师, as 5名知情人士 is 知情人士
            generic.name = core
            return generic
        if _OWNED_HEAD.fullmatch(head) and plausible_subject(pre):
            owner = parse_np(pre)  # 北湾总统韩默的办公室 : 韩默办公室, as 马英九办公室 is written
            if owner.name and not owner.backref and owner.kind in ("person", "organization"):
                name = owner.name + head  # 北湾动物园的网站 : the zoo's site, not a news site (checked after)
                return NP(name=name, kind="organization", aliases=[core, *_script(name)])
        outlet = _outlet(head)
        if outlet:
            return outlet
    generic = _generic(head)
    if generic:
        return generic
    person = _titled(head)
    if person:
        return person
    named = _GROUP_NAMED.search(head)
    if (named and len(head) - len(named.group()) <= 6 and len(named.group("role")) >= 2
            and named.group("role") not in ("方面", "双方", "各方", "官方")
            and not _NOT_SUBJECT.match(named.group("name")) and not re.search(r"[有是的了在和与]", named.group("name"))
            and not (lx.ORG_RE.search(named.group("name")) or lx.GROUP_RE.search(named.group("name"))
                     or lx.TITLE_RE.search(named.group("name")))):
        # 退休工作人员河口广见 : a person named after the group noun that describes them.
        name = named.group("name")
        return NP(name=name, kind="person", aliases=_script(name), role=named.group("role"),
                  affiliation=head[:named.start()] or None)
    hon = lx.HONORIFIC_RE.search(head)
    long_hon = _LONG_HONORIFIC.fullmatch(head) if hon else None
    if long_hon and (_DOT.search(long_hon.group(1)) or len(long_hon.group(1)) >= 3
                     and all(c in lx.TRANSLIT_CHARS for c in long_hon.group(1))):
        # 阿尔巴内斯女士, 马英九先生 : the whole name before the honorific, not just its last character.
        name = long_hon.group(1)
        return NP(name=name, kind="person", aliases=[head, *_script(name)])
    if hon:
        full = _full_name_before(head[:-2]) if head.endswith(_NAME_HONORIFICS) else None
        if full:  # 侯文卓女士, 韩默女士 : the whole name, and 侯女士 as it is also called
            return NP(name=full, kind="person", aliases=[full[0] + head[-2:], *_script(full)])
        return NP(name=hon.group(1), kind="person", aliases=_script(hon.group(1)))
    if len(head) == 3 and head[2] == "军" and head[0] in _SURNAMES and head[1] not in "放愿路四红国":
        return NP(name=head, kind="person", aliases=_script(head))
    if lx.ORG_RE.search(head) or head in lx.PLACE_SPEAKERS:
        return NP(name=head, kind="organization", aliases=_script(head))
    if _NAME.match(head):
        kind = "person" if len(head) <= 5 or re.search(r"[·\-]", head) or _LATIN.match(head) else "organization"
        aliases = _script(head)
        if _DOT.search(head):
            aliases.append(_DOT.split(head)[-1])
        return NP(name=head, kind=kind, aliases=aliases)
    return NP(name=head, kind="organization", aliases=_script(head))


_OWNED_HEAD = re.compile(r"办公室|团队|竞选团队|阵营|竞选阵营|家族|律师团队|总部|发言人办公室|新闻办公室|"
                         r"网站|官网|官方网站|网页|主页|官方微博|微博账号|推特账号|官方账号")
_CONJ = re.compile(r"以及|和|与|及|、")
_ALLY = re.compile(r"(?:(?:盟友|盟国|邻国|邻邦|伙伴|伙伴国|东道国|成员国|友邦|宿敌|近邻|对手)[和与及、]?)+"
                   r"(?P<place>[^和与及、]+)$")
_OWNER = re.compile(r"^(?:其|他的|她的|他们的|该国|该党)")


def _conjoined(core: str) -> NP | None:
    """以色列外长X和内政部长Y, 特朗普和他的挑战者乔·拜登: two speakers named together speak as one group.

    Every part must name someone (a titled or transliterated person, an organisation or a state,
    a group); a bare two- or three-character part counts as a person only beside a titled one,
    so 经济和财政部长X and 国防和国家安全总秘书处 stay one name."""
    parts = [_OWNER.sub("", x) for x in _CONJ.split(core)]
    if len(parts) < 2 or any(len(x) < 2 or "的" in x for x in parts):
        return None  # 为国务院和国防部提供咨询的专家X : the conjunction sits in a modifier
    names: list[str] = []
    sure = bare = 0
    for part in parts:
        np = _classify(part, part)
        if np.backref or not np.name or np.kind == "outlet":
            return None
        if np.kind == "person":
            if np.role and np.name == (np.affiliation or "") + np.role:
                return None  # 民主党参议员、委员会成员墨菲 : titles of one person in apposition
            if np.role or _DOT.search(np.name) or lx.HONORIFIC_RE.search(part):
                sure += 1
            elif _NAME.match(np.name) and len(np.name) <= 4 and not _LATIN.match(np.name) and "、" not in core:
                bare += 1  # 、 also strings a person's descriptions together (他的邻居、经理X)
            else:
                return None
        elif np.kind == "group":
            if "、" in core:
                return None
        elif np.kind != "organization" or not (lx.ORG_RE.search(np.name) or np.name in lx.PLACE_SPEAKERS):
            return None
        names.append(np.name)
    if bare and not sure:
        return None
    return NP(name=core, kind="group", aliases=list(dict.fromkeys(names)), head=core, several=True)


def _document(core: str) -> NP | None:
    """A document as subject speaks for its issuer: the owner before 的, else the last speaker (backref)."""
    pre, _, head = core.rpartition("的")
    m = lx.DOC_RE.match(head)
    if not m and not (lx.PRODUCT_RE.match(head) and lx.PRODUCT_MAKER_RE.search(pre)):
        return None
    pre = lx.DOC_OWNER_VERB_RE.sub("", pre.strip())
    if len(pre) >= 2 and plausible_subject(pre):
        owner = parse_np(pre)
        if owner.backref:
            return replace(owner)
        if owner.name and owner.kind != "group":
            return NP(name=owner.name, kind=owner.kind, aliases=[*owner.aliases, core], role=owner.role,
                      affiliation=owner.affiliation)
    if pre or m is None:
        return NP(name=head, kind="organization", aliases=_script(head))
    if m.group("doc") != "文章" and m.group("det") in (None, "该", "这份", "这项", "此", "上述", "该份", "其"):
        return NP(name=head, kind="organization", backref="doc", head=m.group("doc"))
    return NP(name=head, kind="organization", aliases=_script(head))


_OWNER = re.compile(r"^([\u4e00-\u9fff]{1,4}?)的")
_PERSON_DET = re.compile(r"^(?:这位|这名|那位|那名|此位|这两位|这两名)")  # 这位国务院的第二号人物 : the person's
_OWNER_PLACE = re.compile(r"地区|国家?|市|省|州|县|城市?|镇|村|岛|区|地|国政府")


def _generic_head(head: str) -> bool:
    """这位官员, 该组织, 上述消息人士: a determiner before a bare common noun refers back."""
    head = head.rsplit("的", 1)[-1]
    return len(head) <= 8 and bool(
        lx.GROUP_RE.search(head) or lx.TITLE_RE.fullmatch(head) or lx.ORG_RE.search(head)
        or lx.OUTLET_BACKREFS_RE.match(head) or re.search(r"(?:人物|人士|官员|领导人|女子|男子|人)$", head))


# 美国《纽约时报》, 著名民族主义报纸《环球时报》, 中共官媒《新华网》, 香港最新一期《动向》杂志 : words
# before a title in book marks (and a media word after it) describe the title's outlet.
_PLACED_TITLE = re.compile(
    r"(?P<pre>[\u4e00-\u9fff]{0,14}?)《(?P<title>[^《》]{1,20})》(?P<media>杂志|周刊|月刊|网站|电视台)?"
)
_MEDIA_WORD = re.compile(r"(?:报纸|报章|官媒|党媒|媒体|杂志|刊物|网站|大报|小报|通讯社|电视台)$")


def _outlet(core: str) -> NP | None:
    placed = _PLACED_TITLE.fullmatch(core)
    if placed and (placed.group("pre") or placed.group("media")) and not lx.DOC_RE.search(placed.group("title")):
        title = placed.group("title")
        if known_outlet(title) or _MEDIA_NAME.fullmatch(title) or placed.group("media") \
                or _MEDIA_WORD.search(placed.group("pre")):
            return NP(name=title, kind="outlet", aliases=[core, *_script(title)])
    bare = core.strip("《》")
    if known_outlet(bare):
        return NP(name=bare, kind="outlet", aliases=[core] if core != bare else [])
    hit = None
    for m in outlet_pattern().finditer(core):
        hit = m
    if hit and hit.end() == len(core) and (len(core) - len(hit.group()) <= 6
                                           or _MEDIA_WORD.search(core, 0, hit.start())):  # 中国国家电视台中央电视台
        return NP(name=hit.group(), kind="outlet", aliases=[core] if core != hit.group() else [])
    if core.startswith("《") and core.endswith("》"):
        return NP(name=bare, kind="outlet", aliases=[core])
    if _MEDIA_NAME.fullmatch(core):
        name = lx.media_name(core)
        return NP(name=name, kind="outlet", aliases=[core] if name != core else [])
    return None


def _generic(head: str) -> NP | None:
    """Unnamed groups and officials: 多名学者专家, 5名知情人士, 一名美国国务院发言人."""
    bare = lx.QUANT_RE.sub("", head) or head
    g = lx.GROUP_RE.search(bare)
    if g and (g.start() == 0 or not _titled(bare)):
        aliases = [bare] if bare != head else []
        word = g.group()
        if word not in aliases and word != head:
            aliases.append(word)
        kind = "group"
        return NP(name=head, kind=kind, aliases=aliases, head=word)
    titles = list(lx.TITLE_RE.finditer(bare))
    t = titles[-1] if titles else None
    if t and len(titles) > 1 and t.group() in lx.NAME_FIRST_TITLES and _titled(bare):
        return None  # 发言人耿雁生大校: a name between two titles
    if t and t.end() == len(bare):
        aliases = [bare] if bare != head else []
        if t.start() > 0:
            short = bare[t.start() - 3 if t.start() >= 3 else 0:]
            if short not in aliases and short != head:
                aliases.append(short)
        plural = bool(_PLURAL.search(head[:len(head) - len(bare)]))  # 两位以色列部长 are not one person
        name = bare[:t.start()]
        if (not plural and head == bare and t.group() in _AFTER_NAME and _BARE_NAME.fullmatch(name)
                and not _PLACE_LIKE.search(name) and not lx.ORG_RE.search(name)
                and not any(name.startswith(p) for p in lx.PLACE_SPEAKERS)):
            # 拜登总统 : a name, then its title (the whole kept as an alias).
            return NP(name=name, kind="person", aliases=[head, *_script(name)], role=t.group(), head=t.group())
        return NP(name=head, kind="group" if plural else "person", aliases=aliases, role=t.group(),
                  affiliation=bare[:t.start()] or None, head=t.group())
    return None


_LONG_HONORIFIC = re.compile(r"([\u4e00-\u9fff]{2,6}(?:[·・‧][\u4e00-\u9fff]{1,8})*)(?:先生|女士|小姐|太太|博士|教授)")
_AFTER_NAME = frozenset(("总统", "总理", "首相", "国务卿", "主席", "大使"))
_BARE_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")
_PLACE_LIKE = re.compile(r"[国州省市县区岛洲邦府党部院会方]$|^[该这此其本前原新副]|国家|联邦|政府")
_PLURAL = re.compile(r"[两二三四五六七八九十百千多数几些众诸]|[2-9]|\d\d")


def looks_like_name(name: str) -> bool:
    """A bare name by its shape (Simplified): a transliteration with a dot, or a common surname and one or
    two characters that are not a place or an office (韩默, 丹·布卢门撒尔; not 王府井, 李家村委会)."""
    if _DOT.search(name):
        return True
    return (len(name) in (2, 3) and name[0] in _SURNAMES and not _PLACE_LIKE.search(name)
            and not _PLACE_END.search(name) and not lx.ORG_RE.search(name)
            and not any(name.startswith(p) for p in lx.PLACE_SPEAKERS))


_PLACE_END = re.compile(r"[井街路村镇寺庙桥港站场馆楼园湾]$")


def _titled(core: str) -> NP | None:
    """Affiliation + title + name: 亚洲协会亚洲社会政策研究所副主任罗素."""
    best = None
    for t in lx.TITLE_RE.finditer(core):
        rest = core[t.end():].strip()
        if rest[:1] in "会部院处局厅所组团队" or lx.ORG_RE.fullmatch(rest):
            continue  # 信息专员办公室 is an office, not a 专员 named 办公室
        if rest and _NAME.match(rest) and not (lx.ORG_RE.search(rest) and len(rest) > 3):
            best = t
    if not best:
        return None
    name = core[best.end():].strip()
    rank = lx.TITLE_RE.search(name)
    if rank and rank.end() == len(name) and rank.start() >= 2 and rank.group() in lx.NAME_FIRST_TITLES:
        name = name[:rank.start()]  # 发言人耿雁生大校: a rank after the name
    start = best.start()
    pre = lx.ROLE_PREFIX_RE.search(core[:start])
    if pre:
        start = pre.start()
    role = core[start:best.end()]
    affiliation = core[:start].strip("的 ") or None
    aliases = _script(name)
    if _DOT.search(name):
        aliases.append(_DOT.split(name)[-1])
    return NP(name=name, kind="person", aliases=aliases, role=role, affiliation=affiliation)


@lru_cache(maxsize=8192)
def traditional(name: str) -> str:
    return to_traditional(name)


def _script(name: str) -> list[str]:
    trad = traditional(name)
    return [trad] if trad != name else []
