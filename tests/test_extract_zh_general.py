"""Does Chinese extraction depend on the script or on the gazetteer? The dev articles, rewritten.

The hidden test articles come in both scripts and cite outlets the gazetteer may lack, so the dev
articles are scored again after (a) conversion to Traditional Chinese (Taiwan and Hong Kong forms)
(b) renaming every cited outlet to an invented one and (c) renaming every person who speaks to an
invented name: the figures must hold.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import opencc
import pytest

from kg.extract import extract, result_json
from kg.extract.zh import extract_zh
from kg.outlets import known_outlet
from loaders import LoadError, load_paths
from tests.conftest import CORPUS, GOLD, shared_scorer
from tests.test_extract_zh import _article

ZH_FEEDX = CORPUS / "zh-feedx"
GOLD_FILES = [GOLD / "seed.jsonl", GOLD / "zh-dev.jsonl"]
needs_shared = pytest.mark.skipif(not ZH_FEEDX.exists(), reason="../shared corpus not available")

# Invented outlets, none of them in the gazetteer (checked below).
INVENTED = ["北辰通讯社", "南屏日报", "东湖时报", "西岭电视台", "青禾新闻社", "白石晚报"]


def _gold() -> list[dict]:
    return [json.loads(line) for f in GOLD_FILES for line in f.read_text("utf-8").splitlines() if line.strip()]


def _score(gold: list[dict], folder: Path) -> dict:
    paths = [folder / g["doc"] for g in gold]
    preds = [result_json(extract(a)) for a in load_paths(paths) if not isinstance(a, LoadError)]
    assert len(preds) == len(gold)
    return shared_scorer().score(gold, preds, 0.5)


def _figures(res: dict) -> dict:
    return {"f1": res["statements"]["f1"], "strict": res["strict"]["f1"], "speaker": res["speaker_accuracy"],
            "chain": res["chain_accuracy"], "speculation": res["speculation"]["f1"]}


@needs_shared
def test_traditional_scripts_score_as_simplified(tmp_path: Path) -> None:
    gold = _gold()
    base = _figures(_score(gold, ZH_FEEDX))
    for config in ("s2tw", "s2hk"):
        convert = opencc.OpenCC(config).convert
        out = tmp_path / config
        out.mkdir()
        for g in gold:
            (out / g["doc"]).write_text(convert((ZH_FEEDX / g["doc"]).read_text("utf-8")), "utf-8")
        # The scorer folds Traditional to Simplified, so the same gold applies.
        got = _figures(_score(gold, out))
        assert got == base, (config, got, base)


def _rename_outlets(gold: list[dict], tmp_path: Path) -> tuple[list[dict], int]:
    """Every gazetteer outlet cited in a gold chain becomes an invented outlet, in text and gold."""
    new_gold, renamed = [], 0
    for g in gold:
        text = (ZH_FEEDX / g["doc"]).read_text("utf-8")
        mapping: dict[str, str] = {}
        outlets = {}
        for st in g["statements"]:
            for hop in st.get("via") or []:
                hit = next((known_outlet(n) for n in hop if known_outlet(n)), None)
                if hit is not None and hit.key not in outlets:
                    outlets[hit.key] = hit
        for hit in outlets.values():
            invented = INVENTED[len(mapping) % len(INVENTED)]
            names = [n for n in [hit.name, *hit.aliases] if len(n) >= 2 and n in text]
            if not names:
                continue
            renamed += 1
            for n in sorted(names, key=len, reverse=True):
                mapping[n] = invented
        for old in sorted(mapping, key=len, reverse=True):
            text = text.replace(old, mapping[old])
        doc = json.loads(json.dumps(g))
        for st in doc["statements"]:
            st["content"] = _replace_all(st["content"], mapping)
            if st.get("speaker"):
                st["speaker"] = _renamed(st["speaker"], mapping)
            st["alt_speakers"] = [_renamed(a, mapping) for a in st.get("alt_speakers") or []]
            if st.get("via"):
                st["via"] = [_renamed(hop, mapping) for hop in st["via"]]
        (tmp_path / g["doc"]).write_text(text, "utf-8")
        new_gold.append(doc)
    return new_gold, renamed


def _renamed(names: list[str], mapping: dict[str, str]) -> list[str]:
    """A gold name list that also accepts the invented name."""
    return [*names, *(mapping[n] for n in names if n in mapping)]


def _replace_all(text: str, mapping: dict[str, str]) -> str:
    for old in sorted(mapping, key=len, reverse=True):
        text = text.replace(old, mapping[old])
    return text


@needs_shared
def test_chains_through_outlets_the_gazetteer_lacks(tmp_path: Path) -> None:
    assert not any(known_outlet(n) for n in INVENTED)
    gold = _gold()
    base = _figures(_score(gold, ZH_FEEDX))
    renamed_gold, renamed = _rename_outlets(gold, tmp_path)
    assert renamed >= 5  # the dev set cites NYT, CNA, Reuters, Guangzhou Daily…
    got = _figures(_score(renamed_gold, tmp_path))
    assert got["chain"] >= base["chain"] - 0.05, got
    assert got["f1"] >= base["f1"] - 0.01 and got["strict"] >= base["strict"] - 0.02, got


# Invented names, none of them a real public figure's; transliterations and Chinese names by length.
INVENTED_PEOPLE = {
    2: ["钟岚", "韦珂", "贺川", "石砚"],
    3: ["卡斯珀", "奥德曼", "贝尔索", "伦德维", "费恩斯", "贺文清", "莫里昂", "塔瓦雷", "齐思远", "科尔宾"],
    4: ["康斯坦丁", "马赫洛娃", "埃德温森"],
    5: ["弗洛伦蒂诺", "奥古斯塔娜"],
}
# Speaker names that are groups, offices, places or outlets, not people (the gold does not type them).
_NOT_A_PERSON = re.compile(r"政府|部|厅|公司|办公室|发言人|人士|专家|官员|民众|媒体|人员|工程师|学家|有人|消息"
                           r"|通知|欧盟|中国|乌克兰|基辅|俄乌|台湾|报|先生|女士|苏丹|路透")


def _people(gold: list[dict]) -> list[str]:
    """Person names that speak in the gold and appear in the text, split at ·: 唐纳德·特朗普 → 唐纳德, 特朗普."""
    parts: set[str] = set()
    for g in gold:
        text = (ZH_FEEDX / g["doc"]).read_text("utf-8")
        for st in g["statements"]:
            for name in st.get("speaker") or []:
                if (re.fullmatch(r"[\u4e00-\u9fff·]{2,10}", name) and name in text and not known_outlet(name)
                        and not _NOT_A_PERSON.search(name)):
                    parts.update(p for p in name.split("·") if len(p) >= 2)
    return sorted(parts)


def _rename_people(gold: list[dict], tmp_path: Path) -> tuple[list[dict], dict[str, str]]:
    used: dict[int, int] = {}
    mapping: dict[str, str] = {}
    for name in _people(gold):
        pool = INVENTED_PEOPLE[min(max(len(name), 2), 5)]
        mapping[name] = pool[used.get(len(name), 0) % len(pool)]
        used[len(name)] = used.get(len(name), 0) + 1
    new_gold = []
    for g in gold:
        text = _replace_all((ZH_FEEDX / g["doc"]).read_text("utf-8"), mapping)
        doc = json.loads(json.dumps(g))
        for st in doc["statements"]:
            st["content"] = _replace_all(st["content"], mapping)
            if st.get("speaker"):
                st["speaker"] = [*st["speaker"], *(_replace_all(n, mapping) for n in st["speaker"])]
            st["alt_speakers"] = [[*a, *(_replace_all(n, mapping) for n in a)] for a in st.get("alt_speakers") or []]
        (tmp_path / g["doc"]).write_text(text, "utf-8")
        new_gold.append(doc)
    return new_gold, mapping


@needs_shared
def test_people_the_rules_have_never_seen(tmp_path: Path) -> None:
    """Every person who speaks in the dev articles renamed (罗素 → 卡斯珀, 唐纳德·特朗普 → 贝尔索·奥德曼…):
    speakers come from the sentence's shape, not from names the rules were written around."""
    gold = _gold()
    base = _figures(_score(gold, ZH_FEEDX))
    renamed_gold, mapping = _rename_people(gold, tmp_path)
    assert len(mapping) >= 10 and len(set(mapping.values())) == len(mapping), mapping
    got = _figures(_score(renamed_gold, tmp_path))
    assert got["speaker"] >= base["speaker"] - 0.02, (got, mapping)
    assert got["f1"] >= base["f1"] - 0.01 and got["strict"] >= base["strict"] - 0.02, (got, mapping)


def _one(text: str) -> list[tuple[str, str, list[str]]]:
    return [(st.speaker.name, st.content, [v.name for v in st.via]) for st in extract_zh(_article(text))]


@pytest.mark.parametrize(("text", "speaker", "via"), [
    # A place before an outlet's title: the outlet relays or speaks.
    ("香港《南华早报》引述消息人士说，政府将放宽措施。", "消息人士", ["南华早报"]),
    ("香港《青禾日报》引述消息人士說，政府將放寬措施。", "消息人士", ["青禾日报"]),
    ("据美国《华尔街日报》报道，白宫将放宽措施。", "Wall Street Journal", []),
    # X报道说 is one cue: the outlet speaks, not "X报道".
    ("路透社报道说，白宫将放宽措施。", "Reuters", []),
    ("英国《金融时报》报道指出，白宫将放宽措施。", "Financial Times", []),
    ("《纽约时报》周一报道，白宫正在考虑新政策。该报报道说，白宫将放宽措施。", "纽约时报", []),
    # Outlets the gazetteer lacks, named by their media word.
    ("根据北辰通讯社周一（10月12日）独家报导，美国白宫已经通知国会。", "北辰通讯社", []),
    ("中国驻美大使馆透过电邮回覆北辰通讯社表示，北京呼吁华盛顿停止对台军售。", "中国驻美大使馆", ["北辰通讯社"]),
    # Relays: the outlet quoted speaks, the one quoting relays, however the report is worded.
    ("法新社引述《华盛顿邮报》报道说，白宫将放宽措施。", "Washington Post", ["AFP"]),
    ("法新社引述美国《华盛顿邮报》的报道说，白宫将放宽措施。", "Washington Post", ["AFP"]),
    ("据法新社引述美国《华盛顿邮报》报道，白宫将放宽措施。", "Washington Post", ["AFP"]),
    ("據北辰通訊社引述南屏日報報導，白宮將放寬措施。", "南屏日报", ["北辰通讯社"]),
    ("路透社援引政府消息人士的话说，首相将访问美国。", "政府消息人士", ["Reuters"]),
    # Descriptions around a title in book marks; a cue run on into 说/称.
    ("著名民族主义报纸《青禾日报》驳斥说，这些论据全部失实。", "青禾日报", []),
    ("第二天中共官媒《东湖网》称，问题依然严重。", "东湖网", []),
    ("香港最新一期《白石》杂志报导，官员进行了慰问。", "白石", []),
    ("外交部证实称，两国将举行会谈。", "外交部", []),
    ("据中国官方通讯社新华社报道，前官员因病去世。", "新华社", []),
    ("所长蔡定剑发表评论《中国需要怎样的改革家》说，改革需要制衡。", "蔡定剑", []),  # a work, not a relay
])
def test_outlet_phrases(text: str, speaker: str, via: list[str]) -> None:
    got = _one(text)
    assert got[-1][0] == speaker and got[-1][2] == via, got


def test_closing_credit_of_an_outlet_the_gazetteer_lacks() -> None:
    got = _one("外交部长表示：“我们将继续努力。”\n\n（北辰通讯社）")
    assert got and all(v == ["北辰通讯社"] for _, _, v in got), got


@pytest.mark.parametrize("text", [
    "他永远活在别人的评判里，所做的事都是为了让别人说他懂事。",   # made to say: no report
    "一家报社利用这种算法分析地质数据，然后发布报道。",               # a tool's analysis
    "老师提到了几所学校（她说了名字，但我不转述了），如果它们都错了呢？",  # the end of an aside is no speaker
])
def test_no_statement_from_purpose_tools_or_asides(text: str) -> None:
    assert [x for x in _one(text) if x[0] in ("所做的事都是为了让别人", "一家报社利用这种算法", "了）")] == []

