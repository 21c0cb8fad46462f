"""Posts whose text is mostly short lists: a lead line and two lists under a theme whose <h1>s name the site, and a
post closing on a one-point list that links off-site."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

INTRO = ("<section id='site-intro'><a href='/'><img src='/logo.png' alt='Logo'></a><header><h1>Harbour Research Network"
         "</h1></header><main><p>Bringing careful and open research to every harbour town of the coast.</p></main></section>")
SIDEBAR = ("<section id='sidebar'><header><h1>News</h1></header><article class='mini-post'><header><h1>"
           "<a href='/news/winter-school/'>Winter school on tide data</a></h1><time>May 2, 2020</time></header></article>"
           "<article class='mini-post'><header><h1><a href='/news/data-day/'>A day for open harbour data</a></h1>"
           "<time>April 9, 2020</time></header></article></section>")


def _page(title: str, content: str) -> str:
    return (f"<html lang='en'><head><title>{title} - HRN</title>"
            f"<meta property='og:title' content='{title}'></head><body><div id='wrapper'>"
            f"{INTRO}<main id='site-main'><article class='post'><header><div class='title'><h2>"
            f"<a href='/news/{title.lower()}/'>{title}</a></h2></div><div class='meta'><time class='published'>"
            f"May 17, 2020</time><span class='author'>Ola Berg</span></div></header><div class='content'>{content}"
            f"</div><footer><ul class='stats'><li><a href='/categories/outreach'>Outreach</a></li></ul></footer>"
            f"</article></main>{SIDEBAR}<footer id='site-footer'><p class='copyright'>&copy; 2024 HRN. <br>Theme: "
            f"<a href='https://themes.example.org/'>Harbour</a></p></footer></div></body></html>")


def test_a_post_of_a_lead_line_and_two_short_lists_under_an_h2_headline_is_its_text_not_the_tagline():
    """Fails before: the site's tagline above the post outweighed its lead line, and the post was stored with the
    tagline as its body."""
    content = ("<p>One of our focus areas is outreach:</p><ul><li>Sharing new findings</li>"
               "<li>Spreading good habits</li><li>Changing how labs work</li></ul><hr><h4>What we offer</h4>"
               "<ul><li>Reports</li><li>Briefings</li><li>Checklists</li></ul>")
    found = extract_article(_page("Outreach", content), "https://harbour.example/news/outreach/")
    assert found.is_article and found.title == "Outreach"
    assert found.body.startswith("One of our focus areas is outreach:")
    assert found.body.endswith("Checklists") and "tagline" not in found.body and "Bringing careful" not in found.body


def test_a_post_closing_on_a_one_point_list_linking_off_site_keeps_it():
    """Fails before: the list's only point ("Direct link for <a>registration</a>") was dropped as a short item."""
    content = ("<p>The network's spring meeting takes place in the old customs house on two days in June, with talks "
               "from the member labs and a workshop on sharing tide data.</p>"
               "<p>The fee covers the talks, the coffee breaks and the lunches of both days. Seats in the workshop are "
               "limited, so book yours early.</p>"
               "<ul><li>Direct link for <a href='https://tickets.example.org/spring/register'>registration</a></li></ul>"
               "<hr>")
    found = extract_article(_page("Meeting", content), "https://harbour.example/news/meeting/")
    assert found.body.endswith("so book yours early.\n\nDirect link for registration")
    # A list of one point linking to the site's own page is no source line: it stays out as before.
    inward = content.replace("https://tickets.example.org/spring/register", "/news/")
    assert extract_article(_page("Meeting", inward), "https://harbour.example/news/meeting/").body \
        .endswith("so book yours early.")
