"""Word lists and patterns for Chinese attribution (Simplified; text is matched after t2s folding).

Only generic words live here: speech verbs, titles, organisation suffixes, group nouns,
hedges and time words. No person, article or sentence is special-cased.
"""

from __future__ import annotations

import re


def words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _alt(words: str) -> str:
    """A regex alternation of space-separated words, longest first so 副主任 beats 主任."""
    items = sorted(set(words.split()), key=len, reverse=True)
    return "|".join(re.escape(w) for w in items)


# Speech and belief verbs. Strong cues may take their content without a comma
# ("特朗普指责中国是…"); weak ones need a comma, colon or quote after them.
STRONG_CUES = _alt(
    "表示 称 声称 宣称 指称 坚称 说 指出 认为 强调 透露 坦言 警告 呼吁 否认 证实 承认 宣布 指责 谴责 "
    "敦促 誓言 承诺 暗示 确信 深信 相信 重申 预计 质疑 批评 抨击 分析 写道 坦承 直言 驳斥 反驳 "
    "预测 估计 猜测 担心 担忧 怒斥 斥责 痛批 主张 指控 抱怨 建议 "
    "说是"  # 在会议期间说是很快要加大援助 : one cue, the 是 no part of the words
)
WEAK_CUES = _alt(
    "回应 回复 回覆 说道 报道 报导 报道称 报导称 补充 解释 提到 提及 问道 反问 分析认为 分析指出 分析称 称为 "
    "观察到 注意到 声明 要求 补充道 回应道 解释道 强调道 警告道 坦言道 透露道 反问道 追问道 表示道 "
    "发现 表态 答道 回答 感叹 感慨 指出称 透露称 表示称 警告称 发文称 发文表示 告诉 告知 透露说 补充说 "
    "写到 声明称 宣布称 认为称 提醒 抱怨 总结 说明 提议 估算 引述指 引述称 引述说 "
    # A verb run on into 说/称 is one cue (回应说 is not 回应 + a modal 应 before 说).
    "回应说 回应称 回应指出 回应表示 举例说 介绍说 解释说 警告说 强调说 承认说 批评说 反驳说 辩称 辩解说 "
    "抱怨说 质疑说 指责说 坦承说 强调称 承认称 否认称 回答说 答复说 答复称 回复说 回复称 回覆说 回覆称 形容 "
    "文告 公告称 通告称 "
    # 北湾军区批复称：“…” : a body's written reply to a request (批复, 批示, 复函) run on into 称/说 is one cue
    "批复称 批复说 批示称 批示说 复函称 "
    # 称呼他“吉米” : the name one calls someone, quoted (only with whom and a quotation after it)
    "称呼 "
    # A court speaks by its ruling: 法院裁定，… (a comma after, so 裁定有罪 is none).
    "裁定 裁决 裁定称 裁决称 "
    # 把/将X描述为“…” : the quoted words are the subject's (as 称为).
    "描述为 形容为 描绘为 定性为 称作 "
    # 路透社强调出，… : a cue run on into 出 before a comma
    "强调出 透露出 表示出 "
    "分析说 提议说 回忆说 建议说 笑说 笑称 感慨说 感叹说 打趣说 调侃说 开玩笑说 形容说 表态说 承诺说 回忆称 补充指出 "
    # 网友X评论称 : the commenter is X, 评论称 the cue.
    "评论称 评论道 评论说 评论表示 留言称 留言说 留言道 发帖称 发帖说 炫耀称 炫耀说 吹嘘称 吹嘘说 夸口说 夸耀说 "
    # Press verbs of Taiwan and Hong Kong papers (炮轰, 喊话, 直指), with a comma.
    "炮轰 砲轰 喊话 怒批 狠批 直指 嘲讽 讽刺 爆料 揭露 披露 直呼 示警 研判 断言 澄清 预言 觉得 推测 质问 痛斥 "
    # 研究显示，… / 该报告显示，… : a document shows (only with a document as subject, checked by the anchor).
    "显示"
)
STRONG_SET = frozenset(STRONG_CUES.split("|"))
# Cues that are also nouns: after "…的X" in the adverbials they are objects (通过所谓的新基线声明).
NOUN_CUES = words("声明 要求 主张 批评 警告 回应 分析 承诺 呼吁 质疑 指控 文告")
# 路透社报道说 / 英国《金融时报》报道指出 : the outlet reports, one cue; 这篇报道说 is a report that speaks.
# The lookahead first: the lookbehinds run only where 报道/报导 starts, not at every position.
_REPORTED_SAID = (r"(?=报[道导])"
                  r"(?<!这篇)(?<!那篇)(?<!一篇)(?<!该篇)(?<!这则)(?<!这份)(?<!该)(?<!此)(?<!其)(?<!上述)(?<!的)(?<!新闻)"
                  r"(?:报道|报导)(?:说|指出|表示)")
# A cue run on into 说/称/道 is one cue (驳斥说, 证实称), not a subject ending in a cue: 说服, 称为 are other words.
_RUN_ON = r"(?:说(?![服明])|称(?![为赞号作])|道(?![歉路理德]))?"
# Hong Kong papers' 指 ('states'): only right before its comma or colon (指挥部, 指令 are other words).
_ZHI_SAID = r"指(?=\s*[，,：:]|$)"
# 其他一些新闻报道称 : 新闻报道 is the noun that speaks, 称 the cue.
CUE_RE = re.compile(_REPORTED_SAID + "|" + _ZHI_SAID + "|(?!(?<=新闻)报[道导])(?:"
                    + _alt(STRONG_CUES.replace("|", " ") + " " + WEAK_CUES.replace("|", " ")) + ")" + _RUN_ON)

# Where 说/称 are part of another word (据说, 小说, 说明, 名称, 称赞), per cue.
BAD_BEFORE = {
    "说": re.compile(r"(?:据|听|小|传|演|游|可以|也就是|就是|所以|换句话|不用|虽|难|再|怎么|这么|那么|解|学|邪|假|胡|"
                    r"乱|瞎|劝|诉|述|叙|评|论|(?<!真)的|来|坦白|老实|比如|譬如|好|还|没|别|不)$"),
    "分析": re.compile(r"(?:据|的|经|和|与|及)$"),
    "说是": re.compile(r"(?:据|听|传|可以|也就是|就是|所以|换句话|虽|难|再|怎么|这么|那么|不|没|别|还|的|来|好)$"),
    "称": re.compile(r"(?:据|名|号|堪|简|俗|职|通|统|昵|尊|对|著|匀|相|总|合|泛|的)$"),
    "认为": re.compile(r"(?:被|所|公|自)$"),
    # 手指, 意指, 是指 : other words.
    "指": re.compile(r"(?:手|所|意|是|乃|即|系|泛|特|专|暗|实|首|屈|遥|戒|食|拇|无名)$"),
}
BAD_AFTER = {
    # 说得好, 分析得有理有据 : a verb with a complement judges the talk, it reports none.
    "说": re.compile(r"^(?:明|服|法|话|谎|笑|唱|书|起|到|得|不定|不清|白了|实话|一句|出|好(?![，,。：:]))"),
    "称": re.compile(r"^(?:之为|为|作|霸|职|赞|号|颂|呼|得上|心|王|谓)"),
    "分析": re.compile(r"^(?:师|人士|家|员|报告|认为|指出|称|人|显示|表明|得)"),
    # 批评者应该… : the critics, a noun
    "批评": re.compile(r"^(?:者|家|声|人士|意见)"),
    "建议": re.compile(r"^(?:书|案|稿|者|箱|性|权|价|零售价)"),
    "指责": re.compile(r"^(?:者|声)"),
    "质疑": re.compile(r"^(?:者|声)"),
}
# A nominalised cue (他所说的, 必须指出的是, 印度的担忧) is no attribution.
NOMINAL_AFTER = re.compile(r"^(?:的|之)")
NOMINAL_BEFORE = re.compile(
    r"(?:(?<!真)的|之|其|做出了?|作出了?|予以|给予|进行了?|相关|有关|这些|这项|该项|上述|多项|各项|这个|这一|此一|该|"
    r"一些|历史性|里程碑式|"  # 做出了一些裁决，… : rulings made, not a court speaking
    r"[做作]了?(?:太多|过多|更多|很多|任何|多少|大量)|"  # 无须做太多反驳 : how much rebutting to do, a noun
    r"[一这那每][则篇段条张]|"  # 有一则声称是…的视频 : a relative clause on a counted thing
    r"[\d二三四五六七八九十百千万亿两几多数][个篇则份条项])$"  # 创作了10亿个报道 : counted things, a noun
)
# 委员会, 协会, 基金会, 联合会, 董事会, 教会, 红十字会… : the 会 of a body's name is no modal 'will'.
NOT_MODAL_HUI = r"(?<![员协学议商工社理机年委金合事教字监])"
# A zone opening with a negation: 尚未对…发表评论, 拒绝透露.
NEG_ZONE_RE = re.compile(
    r"^(?:\s|也|都|还|则|均|仍)*(?:尚未|并未|从未|未|没有|没|不愿|不肯|拒绝|无法|避免|不)(?!断|久|少|同|仅|但)"
)
# Negated or future speech acts (未表明, 拒绝透露, 将宣布) report no statement.
NOT_SAID_RE = re.compile(
    r"(?:(?:未|没有|没|并未|从未|尚未|拒绝|无法|不愿|不肯|不会|不再|避免了?|不)(?:清楚|明确|公开|正式|直接|正面|再|愿|敢)?|"
    # 委员会/协会/基金会/联合会/董事会/教会/红十字会 and 回应/反应 end in 会/应 without being modals.
    r"被|将|将会|" + NOT_MODAL_HUI + r"会|要|打算|计划|准备|拟|可能|预定|预计将|或将|将于|可以|能|能够|有理由|"
    r"(?<![回反响答供适呼对])应|应该|必须|需要|须)"
    r"(?:很快|立即|马上|随即|即将|尽快|再次|正式|公开)?$"
)
# No-comma objects that are feelings or acts, not propositions (表示感谢).
ACT_OBJECT_RE = re.compile(
    r"^(?:了|过|着)?(?:热烈|衷心|诚挚|高度|深切|极大|十分|非常|深深|强烈)?的?(?:感谢|欢迎|祝贺|哀悼|遗憾|同情|赞赏|敬意|谢意|慰问|满意|关切|关注|震惊|愤慨|不满|抗议|反对|支持|"
    r"担忧|失望|强烈|愤怒|歉意|道歉|感激|怀疑|赞同|赞扬|肯定|称赞|谴责|欢迎|辞职|退出|破产|停火|戒严|独立|结束|开始|"
    r"成立|启动|暂停|取消|推迟|延长|实施|任命|解散|否决)"
)

# Titles that sit between an affiliation and a name: 外交部发言人汪文斌.
TITLES = _alt(
    "发言人 新闻发言人 部长 副部长 外长 外交部长 国防部长 商务部长 财政部长 主任 副主任 总统 副总统 总理 副总理 "
    "首相 主席 副主席 国务卿 副国务卿 常务副国务卿 大使 前大使 顾问 国家安全顾问 经理 总经理 负责人 记者 特派记者 "
    "特派员 教授 副教授 研究员 高级研究员 访问学者 分析师 首席分析师 首席气象分析师 议员 参议员 众议员 市长 州长 省长 "
    "书记 总书记 局长 副局长 厅长 处长 司长 院长 校长 所长 会长 理事长 董事长 总裁 首席执行官 执行长 秘书长 主编 "
    "律师 法官 大法官 首席大法官 将军 上将 中将 少将 司令 司令员 指挥官 最高指挥官 主管 特使 气候特使 总监 创办人 "
    "创始人 联合创始人 委员 主任委员 党魁 领导人 领袖 候选人 总统候选人 署长 总干事 高级专员 专员 代表 特别代表 "
    "首席经济学家 经济学家 学者 专家 作家 导演 医生 医师 教练 队长 主持人 编辑 总编辑 国王 女王 王储 总督 "
    "总召 副总召 党团总召 召集人 主委 副主委 预报员 首席预报员 蓝委 绿委 白委 立法委员 新闻秘书 秘书 "
    "政委 团长 社长 行长 董事 常委 总参谋长 参谋长 部长助理 助理国务卿 事务卿 司法部长 内政部长 卫生部长 "
    "首席部长 特首 行政长官 立委 议长 副议长 检察官 总检察长 检察长 警长 局长助理 官员 成员 工程师 居民 市民 村民 "
    "网友 选民 主任委员 政务官 军官 负责人员 "
    "研究人员 监察长 特别监察长 大臣 财政大臣 外务大臣 官房长官 策展人 首席策展人 町长 村长 镇长 县长 区长 "
    "政治学家 社会学家 历史学家 科学家 汉学家 人类学家 法学家 副总裁 执行主任 执行董事 首脑 政府首脑 "
    # Scholars by discipline (性学家李银河 is 李银河).
    "性学家 心理学家 哲学家 数学家 物理学家 化学家 生物学家 医学家 文学家 语言学家 天文学家 地质学家 考古学家 "
    "气象学家 遗传学家 病毒学家 流行病学家 免疫学家 神经科学家 人口学家 统计学家 伦理学家 神学家 民族学家 "
    "生态学家 气候学家 气候科学家 海洋学家 古生物学家 动物学家 植物学家 营养学家 教育学家 美学家 史学家 "
    "犯罪学家 精神病学家 社会心理学家 未来学家 数据科学家 计算机科学家 核科学家 政治学者 法律学者 "
    "大校 上校 中校 少校 上尉 中尉 少尉 准将 元帅 经销商 企业家 艺术家 挑战者 竞争对手 对手 首富 富豪 亿万富翁 "
    # Kin before a name: 韩默的妻子李丽 is 李丽.
    "妻子 丈夫 遗孀 儿子 女儿 父亲 母亲 哥哥 姐姐 弟弟 妹妹 未婚妻 未婚夫 女友 男友"
)
# Titles that may follow a bare name (拜登总统, 耿雁生大校): the name comes first when it is a known person.
NAME_FIRST_TITLES = words(
    "总统 总理 主席 首相 国务卿 部长 外长 大使 教授 将军 上将 中将 少将 大校 上校 中校 少校 "
    "法官 议员 参议员 众议员 州长 市长 律师 医生"
)
TITLE_RE = re.compile(rf"(?:{TITLES})")
# Words that make a role more specific when they precede a title (前驻华大使).
ROLE_PREFIX_RE = re.compile(r"(?:前|副|首席|常务|高级|资深|代理|特派|驻[\u4e00-\u9fff]{1,2}|现任|时任|新任)+$")

ORG_SUFFIXES = _alt(
    "部 局 厅 署 处 委员会 协会 学会 研究所 研究院 研究中心 大学 学院 政府 公司 集团 银行 组织 机构 办公室 "
    "馆 院 所 会 社 台 团 队 站 大使馆 使馆 领事馆 总领事馆 法院 议会 国会 党 军 中心 "
    "基金会 基金 联盟 联合会 委员会 检察院 警方 检方 控方 辩方 资方 当局 央行 "
    "国务院 白宫 秘书处 代表处 指挥部 气象台 电视台 法庭 当局 内阁 政府 军方 部门 办事处 联合国 欧盟 北约 "
    "总部 商会 工会 企业 交易所 医院 议院 参议院 众议院 行政院 立法院 外交部 国防部 卫健委 公安局 "
    "联邦 共和国 王国 邦 州政府 市政府 省政府 团队 阵营 党团 民进党 国民党 共产党 合众国"
)
ORG_RE = re.compile(rf"(?:{ORG_SUFFIXES})$")
# Metonyms and short state names that speak as organisations.
PLACE_SPEAKERS = words(
    "中国 美国 日本 韩国 朝鲜 俄罗斯 俄国 乌克兰 法国 德国 英国 欧盟 北约 台湾 印度 以色列 伊朗 北京 华盛顿 "
    "莫斯科 基辅 东京 首尔 台北 巴黎 柏林 伦敦 新德里 加拿大 墨西哥 澳大利亚 澳洲 越南 菲律宾 联合国 "
    "白宫 克里姆林宫 五角大楼 中南海 香港 澳门 瑞典 芬兰 波兰 匈牙利 土耳其 叙利亚 巴勒斯坦 哈马斯 塔利班 "
    "阿富汗 巴基斯坦 委内瑞拉 圭亚那 新西兰 荷兰 比利时 意大利 西班牙 梵蒂冈 梵蒂冈教廷 教廷 俄乌 美中 中美 "
    # Further states and capitals (generic world knowledge, not taken from any article).
    "斯洛伐克 捷克 奥地利 瑞士 挪威 丹麦 冰岛 爱尔兰 葡萄牙 希腊 罗马尼亚 保加利亚 塞尔维亚 克罗地亚 斯洛文尼亚 "
    "立陶宛 拉脱维亚 爱沙尼亚 白俄罗斯 摩尔多瓦 格鲁吉亚 亚美尼亚 阿塞拜疆 哈萨克斯坦 乌兹别克斯坦 吉尔吉斯斯坦 "
    "塔吉克斯坦 土库曼斯坦 蒙古 泰国 缅甸 老挝 柬埔寨 马来西亚 新加坡 印尼 印度尼西亚 文莱 东帝汶 孟加拉国 尼泊尔 "
    "不丹 斯里兰卡 马尔代夫 伊拉克 约旦 黎巴嫩 沙特 沙特阿拉伯 阿联酋 卡塔尔 科威特 巴林 阿曼 也门 埃及 利比亚 "
    "突尼斯 阿尔及利亚 摩洛哥 苏丹 南苏丹 埃塞俄比亚 肯尼亚 索马里 尼日利亚 南非 加纳 刚果 安哥拉 津巴布韦 "
    "乌干达 卢旺达 坦桑尼亚 马里 尼日尔 乍得 巴西 阿根廷 智利 秘鲁 哥伦比亚 厄瓜多尔 玻利维亚 巴拉圭 乌拉圭 "
    "古巴 巴拿马 尼加拉瓜 洪都拉斯 危地马拉 萨尔瓦多 哥斯达黎加 海地 牙买加 多米尼加 斐济 瓦努阿图 "
    "所罗门群岛 巴布亚新几内亚 汤加 萨摩亚 基里巴斯 图瓦卢 帕劳 马绍尔群岛 瑙鲁 "
    "伊斯兰堡 喀布尔 德黑兰 巴格达 大马士革 利雅得 开罗 安卡拉 华沙 布达佩斯 布拉格 维也纳 罗马 马德里 "
    "里斯本 雅典 斯德哥尔摩 奥斯陆 赫尔辛基 哥本哈根 布鲁塞尔 海牙 阿姆斯特丹 渥太华 堪培拉 惠灵顿 曼谷 "
    "河内 马尼拉 雅加达 吉隆坡 平壤 明斯克 第比利斯 加拉加斯 哈瓦那 巴西利亚 布宜诺斯艾利斯 耶路撒冷 特拉维夫 "
    "中方 美方 俄方 日方 韩方 欧方 台方 英方 法方 德方 印方 朝方 港府 北约"
)

GROUP_HEADS = _alt(
    "专家 学者 学者专家 专家学者 人士 消息人士 知情人士 官员 经济学家 分析人士 分析家 分析师 观察人士 观察家 民众 "
    "居民 网民 网友 人们 议员 消息来源 批评者 支持者 抗议者 示威者 工作人员 值班人员 人员 员工 医生 村民 "
    "市民 学生 家长 业内人士 知情者 目击者 研究人员 科学家 律师 选民 官方 外交官 外交人士 军官 士兵 记者 "
    "投资者 商人 企业家 评论员 评论人士 政界人士 业者 党员 代表 人 双方 各方 方面 团体 专业人士 业界 "
    "承包商 供应商 制造商 开发商 零售商 厂商 商家 主义者 保护者 倡导者 参与者 受害者 幸存者 消费者 使用者 用户 "
    "研究者 工作者 劳动者 目击者 反对者 袭击者 攻击者 施暴者 加害者 作案者 "
    "维权人士 活动人士 外界 平民 家属 亲属 遗属 家人 亲人 父母 难民 游客 球迷 粉丝 高官 渔民 农民 牧民 "
    "传言 传闻"
)
GROUP_RE = re.compile(rf"(?:{GROUP_HEADS})(?:们)?$")
# Counting words in front of a group noun: 多名, 3名, 许多, 一些, 有些…
QUANT_RE = re.compile(
    r"^(?:有|其中|另有|还有)?(?:[\d０-９]+|[一二三四五六七八九十两几数多许诸若干]+)?"
    r"(?:名|位|个|些|批|众|多|部分|大批|大量|不少|许多|一些|多数|大多数|少数)?"
)
HONORIFIC_RE = re.compile(
    r"((?:欧阳|司马|诸葛|上官|司徒|东方|夏侯|慕容|令狐|皇甫)?[\u4e00-\u9fff]"
    r"(?:先生|女士|小姐|太太|阿姨|大爷|老师|教授|博士))$"
)

PRONOUNS = {"他", "她", "他们", "她们", "它", "它们", "其", "对方", "该人", "此人", "后者", "前者"}
OUTLET_BACKREFS_RE = re.compile(r"^(?:该|这篇|这份|此|上述|同一|此篇|这家|该家)?(?:报道|报导|报|媒体|新闻|报告|文章|"
                                r"社|台|刊|通讯社|通讯|报纸|报社|日报|电视台|电台|广播电台|网站|杂志|周刊|新闻网|新闻社|"
                                r"媒体机构)$")
# Documents that speak for whoever issued them (声明警告, 美国国防部的一份报告发现, 康利公布的备忘录说).
DOC_RE = re.compile(
    r"^(?P<det>该|这份|这项|此|上述|一份|一项|这篇|该份|其)?(?P<doc>声明|报告|备忘录|文件|文告|公告|通报|新闻稿|调查|民调|"
    r"研究|调查报告|研究报告|报告书|信函|公开信|文章|文件备忘录)(?:中|里)?$"
)
DOC_OWNER_VERB_RE = re.compile(r"(?:公布|发布|发表|发出|提交|公开|撰写|出具|所做|做|推出|开发|研发|打造)$")
# A product speaks for its maker (北湾科技推出的模型声称): the maker before 的 is the speaker.
PRODUCT_RE = re.compile(r"^(?:新|最新|新款|新一代)?(?:AI|人工智能|智能)?"
                        r"(?:大?模型|聊天机器人|人工智能|AI|应用程序?|软件|产品|系统|平台|APP|App)$")
PRODUCT_MAKER_RE = re.compile(r"(?:推出|开发|研发|打造|发布)$")
BACKREF_RE = re.compile(r"^(?:这位|这名|这个|该|此|上述|前述|这些|那位|那名|此位|这两位|这两名)(?P<head>.+)$")

# Generic media words that end an outlet name in running text.
MEDIA_SUFFIX_RE = re.compile(
    r"(?:《[^》]{1,20}》|[^\W的在对向于和与及接受采访\d]{1,8}?"
    r"(?:频道|电视台|电台|广播电台|日报|时报|晚报|早报|邮报|新闻网|通讯社|广播公司|杂志|周刊|新闻社|新闻台|卫视))"
)
# Words that run into an unknown outlet's name from before: 根据X报导, 透过电邮回覆X表示.
_MEDIA_LEAD = re.compile(
    r"^.*(?:根据|依据|透过|通过|经由|回复|回覆|答复|告诉|致电|致函|电邮|邮件|引述|援引|转引|引用|据)"
)


def media_name(found: str) -> str:
    """An outlet name found by its media suffix, without the words that ran into it."""
    if found.startswith("《"):
        return found
    cut = _MEDIA_LEAD.match(found)
    return found[cut.end():] if cut and cut.end() < len(found) else found


SELF_REFS = re.compile(r"^(?:本台|本网|本报|本社|本刊|本站|记者|本台记者)$")

HEDGES = (
    "可能 或许 也许 恐怕 大概 似乎 预计 预料 料将 或将 不排除 猜测 看来 恐将 恐 料 应该 估计 有望 或会 可望 "
    "据信 不一定 未必 大约 想必 或者 或是"
)
# 不可能 (绝不可能, 根本不可能) is a certain negative; 不太可能 hedges.
HEDGE_RE = re.compile(
    # 靠猜测, 各种猜测, 外界的猜测, 引发猜测 : the noun, no hedge on the claim
    r"不太可能|不大可能|(?<![的不])可能(?!性)|或许|也许|恐怕|大概|似乎|预计|预料|料将|或将|不排除|(?<![靠凭种些的发起])猜测|看来|"
    r"(?<![反惊惶])恐(?![怖惧慌吓龙])|(?<![资预])料(?=[将会])|应该(?=[^，。；]{0,4}(?:会|能|就|是))|估计|有望|或会|可望|据信|未必|想必"
)
# 可能 modifying a noun (可能举行的会晤) does not hedge the claim.
NP_HEDGE_RE = re.compile(r"可能(?P<mid>[^，。；的“”]{1,8})的[\u4e00-\u9fff]")
NP_HEDGE_BLOCK = re.compile(r"[不会将是要能已对在向从把被给与和跟为]")
# "may X, but will Y": the claim is Y, so a conceded possibility does not hedge it.
CERTAIN_RE = re.compile(r"最终|终将|必将|一定|肯定|将|仍将|还是会|必然")
CONCESSIVE_RE = re.compile(r"[，,](?:但是?|不过|然而|可是)")

# Time words that sit between a speaker and the cue (星期日(3月2日), 周一, 7日, 今天, 上周…).
TIME_WORD = (
    r"(?:星期[一二三四五六日天]|周[一二三四五六日末]|礼拜[一二三四五六日天]|今天|昨天|前天|今日|昨日|当天|当日|日前|"
    r"近日|近期|稍早|早前|早些时候|晚些时候|上周[一二三四五六日末]?|本周[一二三四五六日末]?|上星期[一二三四五六日天]?|"
    r"本星期|上个月|本月|上月|今年|去年|今晨|今早|昨晚|今晚|当地时间|此前|随后|最近|目前|日内|当晚|前一天|同一天|"
    r"会后|会前|会上|赛后|稍后|事后|刚刚|"
    r"[一二三四五六七八九十两几数\d]+个?(?:月|周|星期|天|年|小时)(?:前|后|以来)|"
    r"[\d０-９]{1,4}年(?:[\d０-９]{1,2}月)?(?:[\d０-９]{1,2}日)?|[\d０-９]{1,2}月(?:[\d０-９]{1,2}日)?(?:间|初|底|中)?|"
    r"[\d０-９]{1,2}日|[一二三四五六七八九十]+月(?:初|底|中)?|[上下]午|早上|晚间|晚上|凌晨|清晨|"
    r"[今昨前明][（(][\d０-９]{1,2}日?[)）]日?)"  # 昨（2）日, 今（3日） : Taiwanese dates
)
# Places where a clause's subject stops and adverbials begin.
SUBJECT_STOP_RE = re.compile(
    rf"(?:{TIME_WORD}|在|对|向|透过|通过|经由|接受|跟|于(?=[\d今昨本上下当周星])|回覆|回复|答复|致函|发文|贴文|"
    r"发帖|发推|撰文|受访|发表|举行|召开|出席|也|还|则|曾|均|都|又|亦|已|再次|再度|一再|多次|普遍|公开|"
    r"随即|当时|同时|更|就此|对此|并|首次|进一步|专门|特别|强烈|坚决|明确|最终|早已|一直|始终|同样|却|只|仍|"
    r"这样|如此|这么|私下|正式|随后|不断|纷纷|甚至|一度)"
)
# Words a clause may open with that are not part of its subject.
LEADING_JUNK_RE = re.compile(r"^(?:" + _alt(
    "总的来说 另一方面 与此同时 实际上 并且 不久前 对于此 而且 而 但是 但 事实上 进一步 "
    "之后 不过 即使 不仅 主动 即便 至于 再次 最后 同样 因此 其中 同时 后来 首先 稍早 然后 "
    "郑重 虽然 比如 明确 例如 早前 多次 随后 其次 于是 反复 一再 随即  "
    "当然 总之 坚决 此外 此前 然而 尽管 所以 哪怕 鉴于 日前 严正 "
    "就算 如果 强烈 对此 正式 公开 就此 还 也 就 又 则 且 并 "
    "据 以及 似乎 或许 也许 显然 只是 首次 首度 再度 第一次")
    + r"|另外(?![一两三四五六七八九十几些多数\d])|另(?![一两几些外]))\s*")
# 另一部分评论, 另外一些人 keep 另/另外: a determiner before a count; 另外，… is an adverb
# Clauses that open with these are not a subject: the subject follows the modifier's 的.
NON_SUBJECT_START_RE = re.compile(
    r"^(?:从|正在|在|自(?!动|然|治|民党|卫队|由|贸)|当(?!地|局|事|选|前|今|代|年|红)|随着|由于|对于|面对|作为|除了|为了|根据|按照|通过|经过|凭借|"
    r"发表|发布|发出|作出|做出|"  # 随即发表声明，称… : a speech act, its subject before
    r"对(?![手方话])(?=[^的]*$)|向(?=记者|媒体|外界|公众|传媒|本台|本报|听众|读者|民众|全场|大家|在场))"
    # 对全场说, 向记者透露 : an addressee, no subject
)

DATE_WORDS = {
    "今天": 0, "今日": 0, "当天": 0, "当日": 0, "今晨": 0, "今早": 0, "今晚": 0,
    "昨天": -1, "昨日": -1, "昨晚": -1, "前天": -2,
}
WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}

# Interviewer and boilerplate labels in Q/A transcripts and credit lines.
QA_INTERVIEWER = re.compile(
    r"^(?:记者|本台记者|主持人|问|提问|采访者|采访记者|德国之声|DW|本台|编者|编按|编者按|注|图片来源|来源|资料|资料来源|背景|"
    r"Tags|TAGS|tags|"
    r"责编|网编|编辑|撰稿|翻译|摄影|文|图|视频|相关|延伸阅读|阅读|更多|标签|关键词)$"
)
BOILERPLATE_RE = re.compile(
    r"欢迎搜寻|责编|网编|获取更多|版权所有|订阅|点击|致力于为您提供|仅代表作者|有Instagram|有 Instagram|"
    r"免责声明|本文|转载|关注我们|下载.*App|Copyright|©"
)
# Characters of transliterated foreign names (阿尔巴内斯, 布卢门撒尔): a run of only these before 女士/先生
# is a whole name, where 矿工家属王女士 is a description and a surname.
TRANSLIT_CHARS = frozenset(
    "阿埃艾爱安奥巴拜班邦贝本比彼宾波伯布查达丹道德登迪蒂丁东杜顿多厄恩尔法菲费芬丰弗福盖甘戈格贡古哈海汉豪赫"
    "亨胡霍基吉加贾杰金卡凯坎康柯科克肯库拉莱赖兰朗劳勒雷里利莉林琳卢鲁伦罗洛马迈麦曼梅蒙米明莫姆穆纳奈南内尼"
    "涅纽努诺欧帕潘佩皮普奇齐恰乔切钦琼丘萨塞桑瑟森沙莎尚舍什施斯松苏索塔泰坦汤唐特滕提托图瓦旺威韦维温沃乌"
    "西希锡夏谢辛休雅亚扬耶伊因英尤于扎泽詹兹佐茨娜娅丽妮蕾黛莱琪"
)
