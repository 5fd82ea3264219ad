"""The outlet gazetteer's wider coverage: outlets found in every script and language, and no alias
caught inside an ordinary word (如日中天, 政客们, 外交政策, 独立报道…), on written sentences and on the
real Chinese corpus (aggregator dumps and the greatfire feeds)."""

from __future__ import annotations

import json
from collections import Counter
from importlib import resources

import pytest

from kg.outlets import find_outlets, known_outlet, outlet_pattern
from kg.text import has_cjk, name_key, to_traditional
from loaders import load_paths
from tests.conftest import CORPUS

# Outlets added for real articles: key -> (Simplified name, Traditional name, English name).
ADDED = {
    "singtao": ("星岛日报", "星島日報", "Sing Tao Daily"),
    "orientaldaily": ("东方日报", "東方日報", "Oriental Daily News"),
    "appledaily": ("苹果日报", "蘋果日報", "Apple Daily"),
    "appledailytw": ("台湾苹果日报", "台灣蘋果日報", "Apple Daily Taiwan"),
    "hket": ("香港经济日报", "香港經濟日報", "Hong Kong Economic Times"),
    "hkej": ("信报财经新闻", "信報財經新聞", "Hong Kong Economic Journal"),
    "takungpao": ("大公报", "大公報", "Ta Kung Pao"),
    "wenweipo": ("文汇报", "文匯報", "Wen Wei Po"),
    "tvb": ("香港无线电视", "香港無線電視", "TVB"),
    "icable": ("香港有线电视", "香港有線電視", "i-Cable"),
    "nownews": ("now新闻", "now新聞", None),
    "standnews": ("立场新闻", "立場新聞", "Stand News"),
    "hkfp": ("香港自由新闻", "香港自由新聞", "Hong Kong Free Press"),
    "headlinedaily": ("头条日报", "頭條日報", "Headline Daily"),
    "crntt": ("中评社", "中評社", "China Review News"),
    "ftv": ("民视新闻", "民視新聞", "Formosa TV"),
    "setn": ("三立新闻", "三立新聞", "SET News"),
    "tvbs": ("TVBS新闻", "TVBS新聞", "TVBS"),
    "ebc": ("东森新闻", "東森新聞", "EBC"),
    "ettoday": ("ETtoday新闻云", "ETtoday新聞雲", "ETtoday"),
    "ctitv": ("中天新闻", "中天新聞", "CTi News"),
    "pts": ("公视新闻", "公視新聞", "PTS News"),
    "rti": ("中央广播电台", "中央廣播電台", "Radio Taiwan International"),
    "taipeitimes": ("台北时报", "台北時報", "Taipei Times"),
    "stormmedia": ("风传媒", "風傳媒", "Storm Media"),
    "newslens": ("关键评论网", "關鍵評論網", "The News Lens"),
    "newtalk": ("新头壳", "新頭殼", "Newtalk"),
    "mirrormedia": ("镜周刊", "鏡週刊", "Mirror Media"),
    "cw": ("天下杂志", "天下雜誌", "CommonWealth Magazine"),
    "ttv": ("台视新闻", "台視新聞", "TTV News"),
    "ctv_tw": ("中视新闻", "中視新聞", "CTV News Taiwan"),
    "cts": ("华视新闻", "華視新聞", "CTS News"),
    "phoenixtv": ("凤凰卫视", "鳳凰衛視", "Phoenix TV"),
    "ifeng": ("凤凰网", "鳳凰網", "ifeng"),
    "bjnews": ("新京报", "新京報", "The Beijing News"),
    "infzm": ("南方周末报", "南方週末報", "Southern Weekly"),
    "nddaily": ("南方都市报", "南方都市報", "Southern Metropolis Daily"),
    "jiemian": ("界面新闻", "界面新聞", "Jiemian"),
    "yicai": ("第一财经", "第一財經", "Yicai"),
    "21jingji": ("21世纪经济报道", "21世紀經濟報道", "21st Century Business Herald"),
    "guancha": ("观察者网", "觀察者網", "Guancha"),
    "cyol": ("中国青年报", "中國青年報", "China Youth Daily"),
    "gmw": ("光明日报", "光明日報", "Guangming Daily"),
    "pladaily": ("解放军报", "解放軍報", "PLA Daily"),
    "bjyouth": ("北京青年报", "北京青年報", "Beijing Youth Daily"),
    "jfdaily": ("解放日报", "解放日報", "Jiefang Daily"),
    "eeo": ("经济观察报", "經濟觀察報", "Economic Observer"),
    "cankao": ("参考消息网", "參考消息網", "Reference News"),
    "inewsweek": ("中国新闻周刊", "中國新聞週刊", "China Newsweek"),
    "qstheory": ("求是网", "求是網", "Qiushi"),
    "cnr": ("中央人民广播电台", "中央人民廣播電台", "China National Radio"),
    "caijing": ("《财经》杂志", "《財經》雜誌", "Caijing"),
    "dwnews": ("多维新闻", "多維新聞", "Duowei News"),
    "ntdtv": ("新唐人电视台", "新唐人電視台", "NTDTV"),
    "soh": ("希望之声电台", "希望之聲電台", "Sound of Hope"),
    "boxun": ("博讯", "博訊", "Boxun"),
    "secretchina": ("看中国网站", "看中國網站", "Vision Times"),
    "aboluo": ("阿波罗新闻网", "阿波羅新聞網", "Aboluowang"),
    "worldjournal": ("世界日报", "世界日報", None),
    "straitstimes": ("海峡时报", "海峽時報", "The Straits Times"),
    "cnasg": ("亚洲新闻台", "亞洲新聞台", "CNA Singapore"),
    "sinchew": ("星洲日报", "星洲日報", "Sin Chew Daily"),
    "nanyang": ("南洋商报", "南洋商報", "Nanyang Siang Pau"),
    "bernama": ("马来西亚国家新闻社", "馬來西亞國家新聞社", "Bernama"),
    "malaysiakini": ("当今大马新闻网", "當今大馬新聞網", "Malaysiakini"),
    "rt": ("今日俄罗斯电视台", "今日俄羅斯電視台", "RT"),
    "interfax": ("国际文传电讯社", "國際文傳電訊社", "Interfax"),
    "izvestia": ("俄罗斯消息报", "俄羅斯消息報", "Izvestia"),
    "kommersant": ("俄罗斯生意人报", "俄羅斯生意人報", "Kommersant"),
    "rg": ("《俄罗斯报》", "《俄羅斯報》", "Rossiyskaya Gazeta"),
    "moscowtimes": ("《莫斯科时报》", "《莫斯科時報》", "The Moscow Times"),
    "novayagazeta": ("俄罗斯《新报》", "俄羅斯《新報》", "Novaya Gazeta"),
    "meduza": (None, None, "Meduza"),
    "ukrinform": ("乌克兰国家通讯社", "烏克蘭國家通訊社", "Ukrinform"),
    "kyivindependent": ("《基辅独立报》", "《基輔獨立報》", "The Kyiv Independent"),
    "rferl": ("自由欧洲电台", "自由歐洲電台", "Radio Free Europe/Radio Liberty"),
    "times": ("泰晤士报", "泰晤士報", "The Times of London"),
    "sundaytimes": ("星期日泰晤士报", "星期日泰晤士報", "The Sunday Times"),
    "independent": ("英国独立报", "英國獨立報", "The Independent newspaper"),
    "dailymail": ("每日邮报", "每日郵報", "Daily Mail"),
    "mirror": ("每日镜报", "每日鏡報", "Daily Mirror"),
    "thesun": ("英国太阳报", "英國太陽報", None),
    "standard": ("标准晚报", "標準晚報", "Evening Standard"),
    "itv": ("英国独立电视台", "英國獨立電視台", "ITV News"),
    "faz": ("法兰克福汇报", "法蘭克福匯報", "Frankfurter Allgemeine Zeitung"),
    "sz": ("南德意志报", "南德意志報", "Süddeutsche Zeitung"),
    "welt": ("德国世界报", "德國世界報", "Die Welt"),
    "zeit": ("德国时代周报", "德國時代週報", "Die Zeit"),
    "bild": ("德国图片报", "德國圖片報", "Bild"),
    "ard": ("德国电视一台", "德國電視一台", "ARD"),
    "zdf": ("德国电视二台", "德國電視二台", "ZDF"),
    "figaro": ("费加罗报", "費加羅報", "Le Figaro"),
    "liberation": ("法国解放报", "法國解放報", "Libération"),
    "lesechos": ("回声报", "回聲報", "Les Echos"),
    "corriere": ("晚邮报", "晚郵報", "Corriere della Sera"),
    "repubblica": ("意大利共和报", "意大利共和報", "La Repubblica"),
    "elpais": ("西班牙国家报", "西班牙國家報", "El País"),
    "nzz": ("新苏黎世报", "新蘇黎世報", "Neue Zürcher Zeitung"),
    "euronews": ("欧洲新闻台", "歐洲新聞台", "Euronews"),
    "chicagotribune": ("芝加哥论坛报", "芝加哥論壇報", "Chicago Tribune"),
    "bostonglobe": ("波士顿环球报", "波士頓環球報", "The Boston Globe"),
    "time": ("时代周刊", "時代週刊", "Time magazine"),
    "foreignpolicy": ("《外交政策》杂志", "《外交政策》雜誌", "Foreign Policy magazine"),
    "foreignaffairs": ("《外交事务》杂志", "《外交事務》雜誌", "Foreign Affairs magazine"),
    "newyorker": ("纽约客杂志", "紐約客雜誌", "The New Yorker"),
    "wired": ("连线杂志", "連線雜誌", "Wired magazine"),
    "forbes": ("福布斯杂志", "福布斯雜誌", "Forbes magazine"),
    "businessweek": ("彭博商业周刊", "彭博商業週刊", "Bloomberg Businessweek"),
    "propublica": (None, None, "ProPublica"),
    "buzzfeed": (None, None, "BuzzFeed News"),
    "dailybeast": ("每日野兽", "每日野獸", "The Daily Beast"),
    "intercept": (None, None, "The Intercept"),
    "newsmax": (None, None, "Newsmax"),
    "dailycaller": (None, None, "The Daily Caller"),
    "nationalreview": ("《国家评论》", "《國家評論》", "National Review"),
    "pbs": ("美国公共电视台", "美國公共電視台", "PBS"),
    "cspan": (None, None, "C-SPAN"),
    "upi": ("合众国际社", "合衆國際社", "UPI"),
    "businessinsider": (None, None, "Business Insider"),
    "marketwatch": (None, None, "MarketWatch"),
    "semafor": (None, None, "Semafor"),
    "nydailynews": ("纽约每日新闻报", "紐約每日新聞報", "New York Daily News"),
    "phillyinquirer": ("费城询问报", "費城詢問報", "The Philadelphia Inquirer"),
    "miamiherald": ("迈阿密先驱报", "邁阿密先驅報", "Miami Herald"),
    "sfchronicle": ("旧金山纪事报", "舊金山紀事報", "San Francisco Chronicle"),
    "houstonchronicle": ("休斯敦纪事报", "休斯敦紀事報", "Houston Chronicle"),
    "dallasnews": ("达拉斯晨报", "達拉斯晨報", "The Dallas Morning News"),
    "ajc": (None, None, "The Atlanta Journal-Constitution"),
    "desmoines": (None, None, "The Des Moines Register"),
    "sankei": ("产经新闻", "產經新聞", "Sankei Shimbun"),
    "mainichi": ("日本每日新闻", "日本每日新聞", "Mainichi Shimbun"),
    "jiji": ("时事通讯社", "時事通訊社", "Jiji Press"),
    "tokyoshimbun": ("《东京新闻》", "《東京新聞》", "Tokyo Shimbun"),
    "japantimes": ("日本时报", "日本時報", "The Japan Times"),
    "fujitv": ("富士电视台", "富士電視台", "Fuji TV"),
    "tvasahi": ("朝日电视台", "朝日電視台", "TV Asahi"),
    "tbs": ("TBS电视台", "TBS電視台", "Tokyo Broadcasting System"),
    "chosun": ("朝鲜日报", "朝鮮日報", "Chosun Ilbo"),
    "joongang": ("韩国中央日报", "韓國中央日報", "JoongAng Ilbo"),
    "donga": ("东亚日报", "東亞日報", "Dong-A Ilbo"),
    "hankyoreh": ("韩民族日报", "韓民族日報", "Hankyoreh"),
    "kbs": ("韩国放送公社", "韓國放送公社", "KBS"),
    "mbc": ("韩国文化广播公司", "韓國文化廣播公司", "MBC"),
    "sbs": ("韩国SBS", "韓國SBS", "SBS"),
    "koreaherald": ("韩国先驱报", "韓國先驅報", "The Korea Herald"),
    "koreatimes": ("韩国时报", "韓國時報", "The Korea Times"),
    "kcna": ("朝中社", None, "Korean Central News Agency"),
    "rodong": ("劳动新闻", "勞動新聞", "Rodong Sinmun"),
    "kctv": ("朝鲜中央电视台", "朝鮮中央電視台", "Korean Central Television"),
    "alarabiya": ("阿拉伯卫星电视台", "阿拉伯衛星電視台", "Al Arabiya"),
    "timesofisrael": ("以色列时报", "以色列時報", "The Times of Israel"),
    "haaretz": ("国土报", "國土報", "Haaretz"),
    "jpost": ("耶路撒冷邮报", "耶路撒冷郵報", "The Jerusalem Post"),
    "ynet": ("以色列新消息报", "以色列新消息報", "Yedioth Ahronoth"),
    "irna": ("伊朗伊斯兰共和国通讯社", "伊朗伊斯蘭共和國通訊社", "IRNA"),
    "tasnim": ("塔斯尼姆通讯社", "塔斯尼姆通訊社", "Tasnim News Agency"),
    "fars": ("法尔斯通讯社", "法爾斯通訊社", "Fars News Agency"),
    "presstv": ("伊朗新闻电视台", "伊朗新聞電視台", "Press TV"),
    "anadolu": ("阿纳多卢通讯社", "阿納多盧通訊社", "Anadolu Agency"),
    "ahram": ("金字塔报", "金字塔報", "Al-Ahram"),
    "sana": ("叙利亚通讯社", "敘利亞通訊社", "Syrian Arab News Agency"),
    "thehindu": ("印度教徒报", "印度教徒報", "The Hindu newspaper"),
    "hindustantimes": ("印度斯坦时报", "印度斯坦時報", "Hindustan Times"),
    "indianexpress": ("印度快报", "印度快報", "The Indian Express"),
    "pti": ("印度报业托拉斯", "印度報業托拉斯", "Press Trust of India"),
    "dawn": ("巴基斯坦黎明报", "巴基斯坦黎明報", "Dawn newspaper"),
    "jakartapost": ("雅加达邮报", "雅加達郵報", "The Jakarta Post"),
    "antara": ("安塔拉通讯社", "安塔拉通訊社", "Antara"),
    "bangkokpost": ("曼谷邮报", "曼谷郵報", "Bangkok Post"),
    "vna": ("越南通讯社", "越南通訊社", "Vietnam News Agency"),
    "vnexpress": (None, None, "VnExpress"),
    "inquirerph": ("菲律宾每日询问者报", "菲律賓每日詢問者報", "Philippine Daily Inquirer"),
    "abcau": ("澳大利亚广播公司", "澳大利亞廣播公司", "ABC Australia"),
    "smh": ("悉尼先驱晨报", "悉尼先驅晨報", "The Sydney Morning Herald"),
    "theaustralian": ("澳大利亚人报", "澳大利亞人報", "The Australian newspaper"),
    "legaldaily": ("法治日报", "法治日報", "Legal Daily"),
    "workercn": ("工人日报", "工人日報", "Workers' Daily"),
    "stdaily": ("科技日报", "科技日報", "Science and Technology Daily"),
    "redstar": ("红星新闻", "紅星新聞", "Red Star News"),
    "nfdaily": ("南方日报", "南方日報", "Nanfang Daily"),
    "ycwb": ("羊城晚报", "羊城晚報", "Yangcheng Evening News"),
    "xinmin": ("新民晚报", "新民晚報", "Xinmin Evening News"),
    "yangtse": ("扬子晚报", "揚子晚報", "Yangtse Evening Post"),
    "qjwb": ("钱江晚报", "錢江晚報", "Qianjiang Evening News"),
    "wccdaily": ("华西都市报", "華西都市報", "West China City Daily"),
    "bjwb": ("北京晚报", "北京晚報", "Beijing Evening News"),
    "lifeweek": ("三联生活周刊", "三聯生活週刊", "Sanlian Life Week"),
    "crhk": ("香港商业电台", "香港商業電台", "Commercial Radio Hong Kong"),
    "orangenews": ("橙新闻", "橙新聞", "Orange News"),
    "ctee": ("工商时报", "工商時報", "Commercial Times"),
    "shinmin": ("新明日报", "新明日報", "Shin Min Daily News"),
    "oushinet": ("欧洲时报", "歐洲時報", "Nouvelles d'Europe"),
    "observer": ("英国观察家报", "英國觀察家報", "The Observer newspaper"),
    "express": ("英国每日快报", "英國每日快報", "Daily Express"),
    "channel4": ("英国第四频道", "英國第四頻道", "Channel 4 News"),
    "leparisien": ("巴黎人报", "巴黎人報", "Le Parisien"),
    "elmundo": ("西班牙世界报", "西班牙世界報", "El Mundo"),
    "kp": ("共青团真理报", "共青團真理報", "Komsomolskaya Pravda"),
    "pravda": ("俄罗斯真理报", "俄羅斯真理報", "Pravda"),
    "hankookilbo": ("《韩国日报》", "《韓國日報》", "Hankook Ilbo"),
    "ytn": ("韩国YTN", "韓國YTN", "YTN"),
    "jtbc": ("韩国JTBC", "韓國JTBC", "JTBC"),
    "newsis": ("纽西斯通讯社", "紐西斯通訊社", "Newsis"),
    "i24": (None, None, "i24NEWS"),
    "arabnews": ("阿拉伯新闻报", "阿拉伯新聞報", "Arab News"),
    "spa": ("沙特通讯社", "沙特通訊社", "Saudi Press Agency"),
    "isna": ("伊朗学生通讯社", "伊朗學生通訊社", "Iranian Students' News Agency"),
    "mehr": ("迈赫尔通讯社", "邁赫爾通訊社", "Mehr News Agency"),
    "trt": ("土耳其广播电视台", "土耳其廣播電視台", "TRT"),
    "dailysabah": (None, None, "Daily Sabah"),
    "hurriyet": ("土耳其自由报", "土耳其自由報", "Hürriyet"),
    "almonitor": (None, None, "Al-Monitor"),
    "ndtv": ("印度新德里电视台", "印度新德里電視台", "NDTV"),
    "geo": ("巴基斯坦Geo电视台", "巴基斯坦Geo電視台", "Geo News"),
    "rappler": (None, None, "Rappler"),
    "philstar": ("菲律宾星报", "菲律賓星報", "The Philippine Star"),
    "abscbn": (None, None, "ABS-CBN"),
    "gma": (None, None, "GMA News"),
    "kompas": ("罗盘报", "羅盤報", "Kompas"),
    "phnompenhpost": ("金边邮报", "金邊郵報", "The Phnom Penh Post"),
    "khmertimes": ("高棉时报", "高棉時報", "Khmer Times"),
    "nzherald": ("新西兰先驱报", "新西蘭先驅報", "The New Zealand Herald"),
    "rnz": ("新西兰广播电台", "新西蘭廣播電台", "RNZ"),
    "sbsau": ("SBS中文", None, "SBS Australia"),
    "folha": ("圣保罗页报", "聖保羅頁報", "Folha de S.Paulo"),
    "oglobo": ("巴西环球报", "巴西環球報", "O Globo"),
    "clarin": ("阿根廷号角报", "阿根廷號角報", "Clarín"),
}

# Forms seen in Hong Kong, Taiwan and mainland text, and names added to outlets already known.
USUAL_FORMS = {
    "蘋果日報": "appledaily", "東方日報": "orientaldaily", "星島日報": "singtao", "香港經濟日報": "hket",
    "香港《信報》": "hkej", "《信報》": "hkej", "無綫新聞": "tvb", "香港無綫電視": "tvb", "香港有線新聞": "icable",
    "now新聞": "nownews", "立場新聞": "standnews", "民視新聞": "ftv", "三立新聞台": "setn", "東森新聞": "ebc",
    "中天新聞台": "ctitv", "公視新聞網": "pts", "中央廣播電臺": "rti", "鳳凰衛視": "phoenixtv", "鳳凰網": "ifeng",
    "《南方週末》": "infzm", "《南方周末》": "infzm", "今日俄羅斯（RT）": "rt", "Russia Today": "rt",
    "《政客》": "politico", "美国《政客》": "politico", "《纽约客》": "newyorker", "《連線》": "wired",
    "《外交政策》": "foreignpolicy", "《外交事务》": "foreignaffairs", "法国《世界报》": "lemonde",
    "德國《世界報》": "welt", "西班牙《国家报》": "elpais", "韩国《中央日报》": "joongang",
    "日本《每日新闻》": "mainichi",
    "毎日新聞": "mainichi", "産経新聞": "sankei", "朝鮮中央通訊社": "kcna", "雪梨晨鋒報": "smh",
    "ABC": "abcnews", "美国国家广播公司": "nbc", "有线新闻网": "cnn", "人民网": "peoplesdaily", "中新网": "cns",
    "央视新闻": "cctv", "中時新聞網": "chinatimes", "伦敦旗帜晚报": "standard", "RT America": "rt",
}

# Ordinary words an alias must not stand for: known_outlet on the bare word finds nothing.
NOT_OUTLETS = [
    "政客", "美国政客", "纽约客", "外交政策", "外交事务", "有线电视", "无线电视", "无线新闻台", "看中国", "连线",
    "时代", "信报", "世界报", "国家报", "中央日报", "经济日报", "每日新闻", "今日俄罗斯", "南方周末", "消息报",
    "独立报", "希望之声", "新唐人", "公视", "中天", "三立", "民视", "东森", "中视", "华视", "台视", "福布斯",
    "东京新闻", "每日快报", "观察家报", "商台", "环球报", "真理报",
    "当今大马", "生意人报", "俄罗斯报", "图片报", "时事社", "南都", "东网", "镜报",
    "Foreign Affairs", "Foreign Policy", "Time", "TIME", "Wired", "The Times", "New Yorker", "The Independent",
    "Insider", "Guardian", "The Sun", "Forbes", "Dawn", "The Hindu", "The Australian", "World Journal", "Liberation",
    "Sana", "ISNA", "The Observer",
]

# Sentences with those words in their ordinary sense: no outlet at all in them.
ORDINARY = [
    "他的事业如日中天，一些政客们说这项政策不会改变。",
    "美国的外交政策正在调整，外交事务委员会主席表示反对。",
    "有线电视网络覆盖全国，无线电视信号也在改善。",
    "双方进行了视频连线，新时代的政治家需要新思路。",
    "记者坚持独立报道，国家报告显示经济放缓。",
    "他在消息报道中说，俄罗斯报道称最新消息报道有误。",
    "生意人报价很高，图片报道引起关注。",
    "外国人怎么看中国的崛起？如何看中国网民的反应？",
    "中东网络安全问题突出，办公视频会议增多，集中视线看中华视频。",
    "他关心时事社论，也关心时事社会新闻。",
    "南方周末将迎来强降雨，纽约的新唐人街很热闹。",
    "市政府举行每日新闻发布会，东京新闻发布会上官员回答提问。",
    "当今大马社会关注物价，一位纽约客说他喜欢这座城市。",
    "我们倾听希望之声，今日俄罗斯宣布新措施。",
    "中国新闻网站纷纷转载，各大财经网站也有报道。",
    "广东森林公园开放，从人民视角出发，短信报警和通信报告都很重要。",
    "有观察者指出，三立方米的水，中天门景区开放。",
    "请看本台的每日快报，有观察家报告说工商台账已更新，真理报道出来了。",
    "The Foreign Affairs Minister said Time will tell, and a New Yorker agreed.",
    "U.S. Foreign Policy was debated; the Guardian Council met; Insider trading rose.",
]
ORDINARY_BOTH = ORDINARY + [to_traditional(s) for s in ORDINARY if has_cjk(s)]

# An outlet's last character followed by one that makes a longer ordinary word: 独立报+道, 中东网+络.
RUN_ON = {"报": "道告价", "网": "络民友站", "社": "会论区团", "闻": "发"}


@pytest.mark.parametrize(("key", "names"), sorted(ADDED.items()))
def test_added_outlets_in_every_script_and_language(key: str, names: tuple[str | None, ...]) -> None:
    for name in (n for n in names if n):
        hit = known_outlet(name)
        assert hit is not None and hit.key == key, (name, hit)


@pytest.mark.parametrize(("name", "key"), sorted(USUAL_FORMS.items()))
def test_usual_forms(name: str, key: str) -> None:
    hit = known_outlet(name)
    assert hit is not None and hit.key == key, (name, hit)
    assert [o.key for _, _, o in find_outlets(f"据{name}报道")] == [key]


@pytest.mark.parametrize("word", NOT_OUTLETS)
def test_ordinary_words_are_not_outlets(word: str) -> None:
    assert known_outlet(word) is None


@pytest.mark.parametrize("text", ORDINARY_BOTH)
def test_no_alias_inside_ordinary_words(text: str) -> None:
    assert find_outlets(text) == []
    assert outlet_pattern().search(text) is None


def test_every_name_and_domain_has_one_outlet() -> None:
    rows = json.loads(resources.files("kg").joinpath("data/outlets.json").read_text("utf-8"))
    keys = Counter(r["key"] for r in rows)
    assert [k for k, c in keys.items() if c > 1] == []
    owners: dict[str, set[str]] = {}
    for r in rows:
        for n in [r["name"], *r.get("aliases", [])]:
            owners.setdefault(name_key(n), set()).add(r["key"])
    assert {k: v for k, v in owners.items() if len(v) > 1} == {}
    domains = Counter(d for r in rows for d in r.get("domains") or [])
    assert [d for d, c in domains.items() if c > 1] == []


def _chinese_texts() -> list[str]:
    paths = [CORPUS / "zh-feedx", *sorted((CORPUS / "rss").glob("greatfire_*"))]
    return [t for a in load_paths(paths) if has_cjk(t := getattr(a, "text", "") or "")]


def test_real_chinese_text_matches_end_on_word_boundaries() -> None:
    texts = _chinese_texts()
    assert len(texts) > 100
    run_on = []
    for text in texts:
        spans = find_outlets(text)
        assert [(s, e) for s, e, _ in spans] == [(m.start(), m.end()) for m in outlet_pattern().finditer(text)]
        run_on += [text[max(0, s - 8):e + 4] for s, e, _ in spans
                   if text[e:e + 1] and text[e] in RUN_ON.get(text[e - 1], "")]
    assert run_on == []
