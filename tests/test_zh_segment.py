"""Chinese segmentation: paragraphs, quotations and sentences as offsets into the text."""

from __future__ import annotations

from kg.extract.zh_segment import segment


def _quoted(text: str) -> list[str]:
    s, _, paragraphs = segment(text)
    return [s[q.inner[0]:q.inner[1]] for p in paragraphs for q in p.quotes]


def test_a_closing_mark_typed_for_the_opening_one_after_a_colon() -> None:
    text = "韩默说：”如果你把钻石放在大街上，肯定会有狗把它叼走。”她笑了。"
    s, _, _ = segment(text)
    assert len(s) == len(text)  # offsets into the original text hold
    assert _quoted(text) == ["如果你把钻石放在大街上，肯定会有狗把它叼走。"]
    assert _quoted("韓默說：”我們不會退讓。”") == ["我们不会退让。"]  # on the Simplified copy


def test_a_lone_closing_mark_after_a_colon_opens_nothing() -> None:
    assert _quoted("韩默说：”好的") == []
    assert _quoted("“我们不会退让，”韩默说：“这是原则。”") == ["我们不会退让，", "这是原则。"]
