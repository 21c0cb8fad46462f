"""Chinese, Japanese and Korean are written without spaces between words: a sentence of them is many words, not one,
when a rule weighs a line by its words (a sentence pointing to its source, a line of links)."""
from __future__ import annotations

from news_archive.archive.word_measure import word_count
from news_archive.pipelines.extraction import extract_article

URL = "https://xinghe.example/zh-CN/blog/graduation/"
OPENING = "北岸开源基金会<a href='https://news.example.org/entry/graduation'>正式宣布星河项目已从孵化器毕业</a>，成为顶级项目。"
PARAGRAPHS = ["星河是一个开放的问答平台，帮助团队和社区建立属于自己的知识库。它让人们以清楚而高效的方式一起创建、寻找和分享知识。",
              "项目负责人说：“成为顶级项目是我们旅程中的重要一步，这不仅反映了社区的合作精神，也说明平台已经相当成熟。”",
              "自从两年前发布以来，星河在社区中得到了很多关注，收到了许多贡献者的代码和建议，也被许多学校和公司使用。",
              "感谢每一位贡献者和用户的支持，我们期待与大家一起继续前进。"]


def graduation_post(opening: str) -> str:
    text = "".join(f"<p>{paragraph}</p>" for paragraph in [opening, *PARAGRAPHS])
    return ("<html lang='zh-CN'><head><title>星河项目毕业了 | 星河</title></head><body>"
            "<nav class='navbar'><a href='/zh-CN/'>星河</a><a href='/zh-CN/docs/'>文档</a><a href='/zh-CN/blog/'>博客</a></nav>"
            "<main><article><header><h1>星河项目毕业了</h1><time datetime='2024-03-12'>2024年3月12日</time></header>"
            f"<div class='markdown'>{text}</div></article></main><footer><p>版权所有 2024 星河</p></footer></body></html>")


def test_a_short_chinese_opening_sentence_mostly_one_link_stays_in_the_body():
    # Fails before: with no space in it the sentence counted as one word, was no "linked sentence", and went as a
    # line of links.
    body = extract_article(graduation_post(OPENING), URL).body
    assert body.startswith("北岸开源基金会正式宣布星河项目已从孵化器毕业，成为顶级项目。\n\n星河是一个开放的问答平台")


def test_words_are_counted_as_before_in_languages_spaced_into_words():
    for text in ("The March newsletter is out.", "Föreningen  berättar\tom vecka 12", "", "Read <here>"):
        assert word_count(text) == len(text.split())
    assert word_count("正式宣布星河项目已从孵化器毕业") == 8  # 15 characters
    assert word_count("Apache 软件基金会 宣布") == 3 + 2 + 1
