"""Lines that are not article text: share blocks, newsletter and app promos, copyright lines,
aggregator footers. Whole short lines only: a paragraph that merely mentions Instagram stays."""

from __future__ import annotations

import re

_MAX_LEN = 160  # a promo or share line is short; longer lines are kept whatever they say

_BOILER = re.compile(
    r"^(?:"
    r"(?:分享|share)\s*(?:[:：]|到|this|on\b|via\b|article|story)"
    r"|(?:DW|BBC|RFI|VOA|RFA)\s*中文(?:网|網)?\s*有\s*(?:Instagram|Facebook|YouTube|Telegram|X|推特|脸书|臉書)"
    r"|.{0,40}(?:欢迎|歡迎)(?:订阅|訂閱|关注|關注|搜寻|搜尋|下载|下載)"
    r"|(?:订阅|訂閱|下载|下載|关注|關注).{0,30}(?:电子报|電子報|通讯|通訊|newsletter|App|应用|應用|频道|頻道|账号|賬號)"
    r"|(?:sign up|subscribe)\b.{0,60}\b(?:newsletter|updates|alerts)"
    r"|(?:follow us|like us)\b.{0,40}\b(?:twitter|facebook|instagram|x)\b"
    r"|(?:download|get)\s+(?:the|our)\s+.{0,30}\bapp\b"
    r"|(?:read more|related|recommended|advertisement|advertising|广告|廣告)\s*[:：]?$"
    r"|©|\(c\)\s*\d{4}|copyright\b|版权所有|版權所有|.{0,12}版权声明|.{0,12}版權聲明"
    r"|获取更多RSS|獲取更多RSS|https?://feedx\.\w+$"
    r")", re.I)


def is_boilerplate(line: str) -> bool:
    return len(line) <= _MAX_LEN and bool(_BOILER.match(line.strip()))


def drop_boilerplate(lines: list[str]) -> list[str]:
    return [ln for ln in lines if not is_boilerplate(ln)]
