"""A post's closing section calling the reader to its own form stays in its text (issue 9, point 5): a converter sets
the text in sections classed alike ("level2"), the last one a heading, a line ending on a colon ("Please sign up
through this short form:") and a centred button ("Sign up"). The line and its heading are the writer's; a site's
sign-up box (its own element with a form, or naming the newsletter) and a line repeated on the site's other pages go.
"""
from __future__ import annotations

import pytest

from news_archive.pipelines.extraction import BoilerplateMemory, extract_article

EN_URL = "https://cafe.example/news/past/cluster-workshop.html"
EN_TITLE = "Cluster computing workshop"
EN_PARAGRAPHS = (
    "You are welcome to a half-day introduction to the university's computing cluster on the tenth of October in "
    "the biology building, room 214, for anyone starting a project that needs more than a laptop.",
    "We go through logging in, the file system, installing software in environments and sending your first jobs "
    "to the queue, with exercises you run on the cluster yourself during the session.",
)
EN_SECTION = ("Programme", "Signing up", "Please sign up through this very short online form:", "Sign up")
SV_URL = "https://kafe.example/nyheter/tidigare/klusterkurs.html"
SV_TITLE = "Kurs i klusterberäkningar"
SV_PARAGRAPHS = (
    "Välkommen till en halvdags introduktion till universitetets beräkningskluster den tionde oktober i "
    "biologihuset, sal 214, för alla som börjar ett projekt som behöver mer än en bärbar dator.",
    "Vi går igenom inloggning, filsystemet, hur man installerar program i miljöer och skickar sina första jobb "
    "till kön, med övningar som du själv kör på klustret under passet.",
)
SV_SECTION = ("Program", "Anmälan", "Anmäl dig till kursen genom det här korta formuläret:", "Anmäl dig")


def page(title: str, lang: str, paragraphs: tuple[str, str], section: tuple[str, str, str, str],
         after: str = "") -> str:
    """A converter's post: the title block, an opening paragraph, then the text's sections classed by their rank,
    the last one a heading, the call's line, an empty paragraph and the button; `after` follows in the main element."""
    programme, heading, line, button = section
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title} - Cafe</title></head>
<body><nav class="navbar"><a href="/">Cafe</a> <a href="/news.html">News</a> <a href="/docs.html">Docs</a></nav>
<main class="content" id="document-content"><header id="title-block-header"><h1 class="title">{title}</h1>
<p class="date">October 1, 2024</p></header>
<p>{paragraphs[0]}</p>
<section id="programme" class="level2"><h2 class="anchored">{programme}</h2>
<p>{paragraphs[1]}</p>
<p>{paragraphs[1][:90]}, and time for your own questions at the end of the day.</p>
</section>
<section id="signing-up" class="level2"><h2 class="anchored">{heading}</h2>
<p>{line}</p>
<p>&nbsp;</p>
<p align="center"><a href="https://forms.example/e/1FAIpQL" style="padding: 30px 20px;"> {button} </a></p>
</section>
{after}
</main><footer><p>Cafe, University Park 1</p></footer></body></html>"""


@pytest.mark.parametrize("url, title, lang, paragraphs, section", [
    (EN_URL, EN_TITLE, "en", EN_PARAGRAPHS, EN_SECTION),
    (SV_URL, SV_TITLE, "sv", SV_PARAGRAPHS, SV_SECTION),
])
def test_a_writers_closing_call_over_its_button_stays(url, title, lang, paragraphs, section):
    """Fails before: the line ending on a colon was a sign-off (short, no full stop, "sign up" a furniture phrase),
    its heading then a closing heading, because the text's last paragraph stood in a section classed by the
    converter and the sections after it were not read as the text's."""
    body = extract_article(page(title, lang, paragraphs, section), url).body
    assert body.startswith(paragraphs[0][:40])
    assert body.endswith(f"{section[1]}\n\n{section[2]}")


@pytest.mark.parametrize("line", [
    "Sign up for our newsletter to hear about new sessions:",
    "Prenumerera på vårt nyhetsbrev om nya kurser:",
])
def test_a_line_calling_to_the_sites_newsletter_goes(line):
    section = (EN_SECTION[0], "Stay in touch", line, "Sign up")
    body = extract_article(page(EN_TITLE, "en", EN_PARAGRAPHS, section), EN_URL).body
    assert line not in body
    assert body.endswith("at the end of the day.")


def test_a_sign_up_box_with_its_form_after_the_text_goes():
    """The site's box sets its own element with a form: not the text's run, whatever its line says."""
    box = ('<div class="signup-box"><h3>Cafe news</h3><p>Sign up here to hear about every new session:</p>'
           '<form action="/signup"><input name="email"><button>Sign up</button></form></div>')
    section = (EN_SECTION[0], "Date and location", "October 10th, 11:00, the biology building, room 214.", "Map")
    body = extract_article(page(EN_TITLE, "en", EN_PARAGRAPHS, section, after=box), EN_URL).body
    assert "Sign up here" not in body


def test_a_call_repeated_on_the_sites_other_pages_goes():
    """The same section under every post is the site's: the boilerplate memory drops it, as any repeated line."""
    memory = BoilerplateMemory()
    bodies = [extract_article(page(f"{EN_TITLE} {number}", "en", EN_PARAGRAPHS, EN_SECTION),
                              EN_URL.replace(".html", f"-{number}.html"), boilerplate=memory).body
              for number in range(4)]
    assert bodies[0].endswith(EN_SECTION[2])
    assert not bodies[3].endswith(EN_SECTION[2])
