"""What every loader shares: the error type, decoding, language guess and the Loader protocol."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Protocol

from pydantic import BaseModel

from kg.models import Article

MAX_BYTES = 64 * 1024 * 1024  # one article file; bigger inputs are refused, not loaded into memory


class LoadError(BaseModel):
    """One input that could not be loaded: where, and what is wrong, in one line."""

    source: str
    item: str | None = None
    message: str

    def line(self) -> str:
        where = f"{self.source} [{self.item}]" if self.item else self.source
        return f"{where}: {self.message}"


class BadInput(Exception):
    """Raised by a loader for a file it cannot read; becomes a LoadError."""


class Loader(Protocol):
    name: str

    def sniff(self, head: str, path: str) -> bool:
        """True when the text's beginning (or the file name) looks like this format."""
        ...

    def load(self, text: str, source: str, url: str | None = None) -> Iterator[Article | LoadError]:
        """Articles from one decoded input (fetched from url, if given); raise BadInput for a broken
        input, yield a LoadError for one broken item of a good one (a feed's item)."""
        ...


# Legacy Chinese encodings tried, strictly, after UTF-8. GB18030 decodes almost any byte string,
# so a result must also read as Chinese text (see _plausible) before it is believed.
_LEGACY = ("gb18030", "big5")
_XML_DECL = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']""")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", re.I)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]")
# About 900 of the most frequent Han characters, Simplified and Traditional.
_COMMON_HAN = re.compile("[" + (
    "的一是不了在人有我他这這个個们們中来來上大为為和国國地到以说說时時要就出会會可也你对對生能而子那得于於着著下自之年过過发發后後作里裡用道行所然家种種事成方多经經么麼去法学學如都同现現当當没沒动動面起看"
    "定天分还還进進好小部其些主样樣理心她本前开開但因只从從想实實日军軍者意无無力它与與长長把机機十民第公此已工使情明性知全三又关關点點正业業外将將两兩高间間由问問很最重并併物手应應战戰向头頭文体體政美相见"
    "見被利什二等产產或新己制身果加西斯月话話合回特代内內信表化老给給世位次度门門任常先海通教儿兒原东東声聲提立及比员員解水名真论論处處走义義各入几幾口认認条條平系气氣题題活尔爾更别別打女变變四神总總何电電"
    "数數安少报報才结結反受目太量再感建务務做接必场場件计計管期市直德资資命山金指克许許统統区區保至队隊形社便空决決治展马馬科司五基眼书書非则則听聽白却界达達光放强強即像难難且权權思王象完设設式色路记記南品"
    "住告类類求据據程北边邊死张張该該交规規万萬取拉格望觉覺术術领領共确確传傳师師观觀清今切院让讓识識候带帶导導争爭运運笑飞飛风風步改收根干幹造言联聯持组組每济濟车車亲親极極林服快办辦议議往元英士证證近失转"
    "轉夫令准準布始怎呢存未远遠叫台单單影具罗羅字爱愛击擊流备備兵连連调調深商算质質团團集百需价價花党黨华華城石级級整府离離况況亚亞请請技际際约約示复復病息究线線似官火断斷精满滿支视視消越器容照须須九增研写"
    "寫称稱企八功吗嗎包片史委乎查轻輕易早曾除农農找装裝广廣显顯吧阿李标標谈談吃图圖念六引历歷首医醫局突专專费費号號尽盡另周较較注语語仅僅考落青随隨选選列武红紅响響虽雖推势勢参參希古众眾构構房半节節土投某案"
    "黑维維革划劃敌敵致陈陳律足态態护護七兴興派孩验驗责責营營星够夠章音跟志底站严嚴巴例防族供效续續施留讲講型料终終答紧緊黄黃绝絕奇察母京段依批群项項故按河米围圍江织織害斗鬥双雙境客纪紀采採举舉杀殺攻父苏蘇"
    "密低朝友诉訴止细細愿願千值仍男钱錢破网網热熱助倒育属屬坐帝限船脸臉职職速刻乐樂否刚剛威毛状狀率甚独獨球般普怕弹彈校苦创創假久错錯承印晚兰蘭试試股拿脑腦预預谁誰益阳陽若哪微尼继繼送急血惊驚伤傷素药藥适適"
    "波夜省初喜卫衛源食险險待述陆陸习習置居劳勞财財环環排福纳納欢歡雷警获獲模充负負云雲停木游遊龙龍树樹疑层層冷洲冲衝射略范範竟句室异異激汉漢村哈策演简簡卡罪判担擔州静靜退既衣您宗积積余痛检檢差富灵靈协協角"
    "占配征修皮挥揮胜勝降阶階审審沉坚堅善妈媽刘劉读讀啊超免压壓银銀买買皇养養伊怀懷执執副乱亂抗犯追帮幫宣佛岁歲航优優怪香著田铁鐵控税稅左右份穿艺藝背阵陣草脚腳概恶惡块塊顿頓敢守酒岛島托央户戶烈洋哥索胡款靠"
    "评評版宝寶座释釋景顾顧弟登货貨互付伯慢欧歐换換闻聞危忙核暗姐介坏壞讨討丽麗良序升监監临臨亮露永呼味野架域沙掉括舰艦鱼魚杂雜误誤湾灣吉减減编編楚肯测測败敗屋跑梦夢散温溫困剑劍渐漸封救贵貴枪槍缺楼樓县縣尚"
    "毫移娘朋画畫班智亦耳恩短掌恐遗遺固席松秘谢謝鲁魯遇康虑慮幸均销銷钟鐘诗詩藏赶趕剧劇票损損忽巨炮旧舊端探湖录錄叶葉春乡鄉附吸予礼禮港雨呀板庭妇婦归歸睛饭飯额額含顺順输輸摇搖招婚脱脫补補谓謂督毒油疗療旅泽"
    "澤材灭滅逐莫笔筆亡鲜鮮词詞圣聖择擇寻尋厂廠睡博勒烟煙授诺諾伦倫岸奥奧唐卖賣俄炸载載洛健堂旁宫宮喝借君禁阴陰园園谋謀宋避抓荣榮姑孙孫逃牙束跳顶頂玉镇鎮雪午练練迫爷爺篇肉嘴馆館遍凡础礎洞卷坦牛宁寧纸紙诸諸"
    "训訓私庄莊祖丝絲翻暴森塔默握戏戲隐隱熟骨访訪弱蒙歌店鬼软軟典欲萨薩伙遭盘盤爸扩擴盖蓋弄雄稳穩忘亿億刺拥擁徒姆杨楊齐齊赛賽趣曲刀床迎冰虚虛玩析窗醒妻透购購替塞努休虎扬揚途侵刑绿綠兄迅套贸貿毕畢唯谷轮輪库"
    "庫迹跡尤竞競街促延震弃棄甲伟偉麻川申缓緩潜潛闪閃售灯燈针針哲络絡抵朱埃抱鼓植纯純夏忍页頁杰筑築折郑鄭贝貝尊吴吳秀混臣雅振染盛怒舞圆圓搞狂措姓残殘秋培迷诚誠宽寬宇猛摆擺梅毁毀伸摩盟末乃悲拍丁赵趙"
) + "]")


def _plausible(text: str) -> bool:
    """Does a legacy decoding read as Chinese? Few control characters, and common Han characters
    make up a good share of the Han text (GB18030 decoding of random bytes gives rare ones)."""
    sample = text[:20000]
    if len(_CONTROL.findall(sample)) > max(2, len(sample) // 1000):
        return False
    han = _CJK.findall(sample)
    if not han:
        return True  # ASCII-only cannot be mis-decoded
    return len(_COMMON_HAN.findall(sample)) >= 0.25 * len(han)


def _declared(data: bytes) -> str | None:
    """The encoding an XML declaration or HTML meta tag names, if any."""
    head = data[:2048]
    m = _XML_DECL.match(head) or _META_CHARSET.search(head)
    if not m:
        return None
    name = m.group(1).decode("ascii", "ignore").lower()
    aliases = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "big5-hkscs": "big5hkscs", "cp936": "gb18030"}
    return aliases.get(name, name)


def decode(data: bytes, source: str, charset: str | None = None) -> str:
    """Text from UTF-8 (BOM allowed), UTF-16 with a BOM, GB18030/GBK or Big5, or BadInput saying why not.

    Legacy encodings are decoded strictly and kept only when the result reads as Chinese, so a file
    is never silently turned into the wrong characters: what fits none is refused.
    """
    if not data.strip():
        raise BadInput("empty file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return _newlines(data.decode("utf-16"))
        except UnicodeDecodeError:
            raise BadInput("invalid UTF-16") from None
    if b"\x00" in data[:8192]:
        raise BadInput("binary file (NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        utf8_error = exc.start
    else:
        if _CONTROL.search(text[:8192]) and len(_CONTROL.findall(text[:8192])) > 8:
            raise BadInput("binary file (control characters), not text")
        return _newlines(text)
    declared = _declared(data) or (charset or "").lower() or None
    order = [declared] if declared and declared not in ("utf-8", "utf8") else []
    order += [e for e in _LEGACY if e not in order]
    for enc in order:
        try:
            text = data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
        if _plausible(text):
            return _newlines(text)
    raise BadInput(f"invalid UTF-8 at byte {utf8_error}, and not GB18030 or Big5 Chinese either")


def _newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z]")


def guess_language(text: str) -> str:
    sample = text[:4000]
    cjk = len(_CJK.findall(sample))
    latin = len(_LATIN.findall(sample))
    return "zh" if cjk and cjk * 3 >= latin else "en"
