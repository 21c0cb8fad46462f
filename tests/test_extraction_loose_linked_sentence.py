"""A short post whose text is one sentence left bare in the post's element, no paragraph around it, a good part of it
linked (the host, the seminar's page) and ending right after a link: the writer's words, the post's whole text, not a
line of links. The CMS's editor leaves a post so when its writer typed no paragraph break."""
from news_archive.pipelines.extraction import extract_article

URL = "http://society.example/index4d2a.html?option=com_content&view=article&id=77&Itemid=9"
TITLE = "Guest lecture at the Maritime Academy"
SENTENCE = ('On 4 March 2013 our chair, Ruth Ahlgren, and the archive\'s keeper, Tom Berg, were invited by '
            '<a href="http://academy.example/">the Maritime Academy of the North Coast</a> to speak to its students '
            'during the lecture series "<a href="http://academy.example/lectures/2013/">Harbours and Their Records '
            'Through Two Centuries</a>".')


def page(text: str) -> str:
    return f"""<html lang="en"><head><title>{TITLE}</title></head><body id="bd">
<table><tr><td id="left"><ul class="menu"><li><a href="index.html">Home</a></li>
<li><a href="index3d02.html?option=com_content&view=article&id=3">About the society</a></li></ul></td>
<td id="content"><div class="contentpaneopen">
<h2 class="contentheading"><a href="{URL}" class="contentpagetitle">{TITLE}</a></h2>
<div class="article-tools"><div class="article-meta"><span class="createdate">Monday, 04 March 2013</span></div></div>
<div class="article-content">
{text}

</div><span class="article_separator">&nbsp;</span></div></td></tr></table></body></html>"""


def test_a_post_of_one_loose_linked_sentence_keeps_it_as_its_text():
    # Fails before: the bare sentence, over a third of it linked, weighed as page furniture, so the page had no text
    # element at all and was judged empty.
    article = extract_article(page(SENTENCE), URL)
    assert article.page_type == "article"
    assert article.body.startswith("On 4 March 2013 our chair, Ruth Ahlgren")
    assert article.body.rstrip().endswith('Through Two Centuries".')

