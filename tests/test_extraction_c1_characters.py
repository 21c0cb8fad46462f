"""A release pasted from a word processor into an old CMS carries its curly quotes and dashes as C1 control characters:
raw U+0091-U+0097 (Windows-1252 text once taken for Latin-1) or numeric references such as "&#146;", which a browser
shows as the Windows-1252 character. The title, lead and text read them as those characters, never as controls, in
the extractor's own parse and in the tree the crawler hands it alike."""
from scrapy.http import HtmlResponse

from news_archive.archive.c1_characters import read_c1_as_windows_1252
from news_archive.pipelines.extraction import extract_article
from news_archive.pipelines.extraction.html_input import decode_html
from news_archive.spiders.markup import page_text, page_tree

URL = "https://press.example/story_page_id_4411.html"
TITLE = "Institute\u2019s wave tank opens"
OPENING = "The harbour institute\u2019s new wave tank \u2013 the largest on the coast \u2013"
QUOTED = "\u201ca place for students to test what they build\u201d"


def page(quote: str, dash: str, left: str, right: str, charset: str = "utf-8") -> str:
    text = "".join(
        f"<p>The harbour institute{quote}s new wave tank {dash} the largest on the coast {dash} opened on Monday, "
        f"paragraph {n}, and its director called it {left}a place for students to test what they build{right}.</p>"
        for n in range(1, 4))
    return (f'<!DOCTYPE html><html><head><meta charset="{charset}"><title>Newsroom</title>'
            f'<meta property="og:title" content="Institute{quote}s wave tank opens"></head><body>'
            f'<div id="content"><h1>Institute{quote}s wave tank opens</h1><p class="info">March 3, 2010</p>{text}'
            f'</div></body></html>')


RAW = page("\x92", "\x96", "\x93", "\x94")


def no_c1(text: str) -> bool:
    return not any("\x80" <= character <= "\x9f" for character in text)


def test_raw_c1_controls_read_as_windows_1252():
    # Fails before: the stored title was "Institute\x92s wave tank opens" and the text kept \x96, \x93 and \x94.
    for markup in (RAW, RAW.encode("utf-8")):
        article = extract_article(markup, URL)
        assert article.title == TITLE
        assert article.body.startswith(OPENING)
        assert QUOTED in article.body
        assert no_c1(article.title + article.body + article.lead)


def test_a_page_declaring_latin_1_reads_its_bytes_as_windows_1252():
    # Fails before: bytes that are no UTF-8 were decoded as Latin-1, their 0x92 a control, as browsers never read it.
    data = page("\x92", "\x96", "\x93", "\x94", charset="iso-8859-1").encode("latin-1")
    assert no_c1(decode_html(data))
    assert extract_article(data, URL).title == TITLE


def test_numeric_references_to_c1_read_as_windows_1252():
    # The parser reads these so already; the raw controls' twin, kept so both forms stay read alike.
    article = extract_article(page("&#146;", "&#150;", "&#147;", "&#148;"), URL)
    assert article.title == TITLE
    assert article.body.startswith(OPENING)


def test_the_crawler_reads_the_page_as_the_extractor_does():
    # Fails before: the spider's tree, parsed from the response's bytes, reached the extractor with its controls.
    response = HtmlResponse(URL, body=RAW.encode("utf-8"), encoding="utf-8")
    root = page_tree(response)
    assert root.findtext(".//h1") == TITLE
    assert root.find(".//meta[@property='og:title']").get("content") == TITLE
    assert extract_article(root, URL).body == extract_article(RAW, URL).body
    assert no_c1(page_text(response))


def test_a_page_without_c1_controls_keeps_its_own_text():
    # The common case pays a search only: the very text object, so the tree is parsed from the bytes as before.
    plain = page("\u2019", "\u2013", "\u201c", "\u201d")
    response = HtmlResponse(URL, body=plain.encode("utf-8"), encoding="utf-8")
    assert page_text(response) is response.text
    assert read_c1_as_windows_1252(plain) is plain
    # A no-break space and a copyright sign share the C1 lead byte in UTF-8 (\xc2): they are no controls.
    sign = HtmlResponse(URL, body="<p>\u00a0\u00a9 2010</p>".encode("utf-8"), encoding="utf-8")
    assert page_text(sign) is sign.text


def test_codes_windows_1252_leaves_unassigned_stay():
    assert read_c1_as_windows_1252("a\x81b\x85c\x9dd") == "a\x81b\u2026c\x9dd"
