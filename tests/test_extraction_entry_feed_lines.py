"""A blog entry whose theme closes the text with the entry's meta line offering its comments feed and trackback ("You
can follow any responses to this entry through the RSS 2.0 feed"), worded in any language: no line of the text. A
writer's sentence linking some other feed stays."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://notes.example.org/2024/03/05/winter-garden-notes/"
TITLE = "Notes from the winter garden"
PARAGRAPHS = [
    "The frost came late this year, and the kale in the raised beds stood green until the second week of February, "
    "long after the neighbours had given up on theirs.",
    "We tried a cold frame of old windows on the south wall, and the lettuce under it kept growing slowly through "
    "the darkest weeks without any heating at all.",
    "Next winter the frame will be twice as wide, and the seed order is already sitting on the kitchen table.",
]


def _page(closing: str) -> str:
    text = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (f"<html lang='en'><head><title>{TITLE}</title><meta property='og:type' content='article'></head><body>"
            f"<div id='content'><div class='post'><h2>{TITLE}</h2><small>March 5th, 2024</small>"
            f"<div class='entry'>{text}{closing}</div></div></div></body></html>")


def test_the_entrys_line_offering_its_comments_feed_goes():
    """Fails before: the meta line, a sentence long and linking only the entry's own addresses, closed the body."""
    closing = (f"<p class='small'>Replies to this note may be followed through the <a href='{URL}feed/'>RSS 2.0</a> "
               f"feed. You may <a href='#respond'>write a reply</a>, or <a href='{URL}trackback/' rel='trackback'>"
               f"trackback</a> from a site of your own.</p>")
    found = extract_article(_page(closing), URL)
    assert found.body.split("\n\n") == PARAGRAPHS


def test_the_entrys_line_in_another_language_goes_too():
    closing = (f"<div class='singlepostmeta'>Von <a href='/author/ines'>Ines</a> am 05/03/2024. Abgelegt unter "
               f"<a href='/category/garten'>Garten</a>. Antworten auf diesen Eintrag folgen Sie über den "
               f"<a href='{URL.rstrip('/')}/feed'>RSS 2.0</a>.</div>")
    found = extract_article(_page(closing), URL)
    assert found.body.split("\n\n") == PARAGRAPHS


def test_a_sentence_linking_another_sites_feed_stays():
    closing = ("<p>The growers' radio show talks about cold frames every week; its episodes come through "
               "<a href='https://radio.example.net/garden-hour/feed/'>the show's feed</a>.</p>")
    found = extract_article(_page(closing), URL)
    assert found.body.split("\n\n")[:3] == PARAGRAPHS
    assert found.body.split("\n\n")[3].startswith("The growers' radio show")
