"""A post's closing paragraph in Chinese or Japanese may be one short sentence ("請繼續收看。" - stay tuned): it ends
on the ideographic full stop, exclamation or question mark, and is the writer's last line, not a sign-off."""
import pytest

from news_archive.pipelines.extraction import extract_article

PARAGRAPHS = [
    "這個計畫邀請各地的志工一起翻譯授權條款，讓更多創作者能用自己熟悉的語言了解授權的內容與意義，並在地方社群中推廣分享的文化。",
    "今年我們在三個城市舉辦了工作坊，參加的人數比去年多出一倍，也有不少學校老師帶著學生一起來討論開放教材的做法與經驗。",
    "接下來我們會整理工作坊的紀錄，放在網站上供大家參考，也歡迎各位讀者提供意見，讓下一次的活動辦得更好、更貼近需要。",
]


def _page(last: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + f"<p>{last}</p>"
    return f"""<!DOCTYPE html><html lang="zh-Hant"><head><meta charset="utf-8"><title>工作坊紀錄 | 計畫</title></head>
<body class="html not-front node-type-indepth"><header><a href="/">首頁</a></header><div id="content">
<h1 id="page-title">工作坊紀錄</h1><article class="node node-indepth view-mode-full"><p class="submitted">2014-09-05</p>
<div class="field field-name-body"><div class="field-item">{body}</div></div></article></div>
<footer><p>計畫網站</p></footer></body></html>"""


@pytest.mark.parametrize("last", ["請繼續收看。", "祝大家羊年行大運！", "你準備好了嗎？", "下一次的通信會是這一系列的最末一篇文章。",
                                  "註五：同前註，頁 53-54。"])
def test_a_short_closing_sentence_in_chinese_ends_the_text(last):
    found = extract_article(_page(last), "https://cc.example/in-depth/12")
    assert found.body.endswith(last)
    assert found.published == "2014-09-05"


def test_a_short_closing_line_without_a_sentence_end_is_still_a_sign_off():
    # a closing name line with no full stop stays out, as before
    found = extract_article(_page("編輯部"), "https://cc.example/in-depth/12")
    assert found.body.endswith(PARAGRAPHS[-1])


def test_a_call_to_follow_the_site_after_the_related_posts_headings_is_not_the_text():
    # A Japanese paper closes its article element with "related articles" and "keywords" boxes (their links dropped)
    # and a social box's call ("…を読もう！"): not the text's last line, however it ends.
    tail = ("<h2>■関連記事</h2><ul class='related'><li><a href='/a/1'>別の記事</a></li></ul><h2>■関連キーワード</h2>"
            "<p class='sns-list-lead'>新聞デジタルを読もう！</p><ul class='sns-list'><li><a href='https://x.com/np'>X</a>"
            "</li></ul>")
    page = _page("今日はここまで。").replace("<p>今日はここまで。</p>", "<p>今日はここまで。</p>" + tail)
    found = extract_article(page, "https://cc.example/in-depth/12")
    assert found.body.endswith("今日はここまで。")
