"""How many words a text holds, in scripts written with spaces and in those written without (Han, kana, Hangul)."""
from __future__ import annotations

import re

# Ideographs and kana carry about a word each.
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def word_count(text: str) -> int:
    """Words as spaces part them, a run of Han, kana or Hangul (written without spaces) counted as a word per two of
    its characters: a Chinese sentence is no one word. Text with no such character counts as `len(text.split())`."""
    words = text.split()
    return len(words) + sum(len(CJK.findall(word)) // 2 for word in words)
