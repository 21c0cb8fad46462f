"""Posts embedded from a social network (the <blockquote class="twitter-tweet"> its script turns into a card) only
illustrate a text of the writer's, and stay out of it; but a page that is a roundup of them (a few lines of the writer's
between travellers' posts about a closed station) is read for them: there they are the text, the line naming who
posted each when too."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://citybeat.example/2019/01/14/central-station-closed-by-flooding/"
TITLE = "Central station closed by flooding, stranding commuters"
WRITER = ["Flooding closed Central station on Monday morning, and commuters took to social media to share their "
          "stories of the long walk to work.",
          "The station reopened shortly after noon, the operator said."]
POSTS = ["Water up to the second step at the north entrance of Central, staff turning everyone away #flooding",
         "Three buses packed to the doors and no trains at all, so I am walking to the office in the rain today",
         "The escalators at Central look like a waterfall this morning, never seen anything like it in ten years",
         "Update: all lines through Central are suspended until further notice, please use the replacement buses",
         "Made it to work two hours late, soaked through, but at least the coffee machine is working again here"]


def _post(text: str, n: int) -> str:
    return (f'<blockquote class="twitter-tweet" lang="en"><p>{text}</p>&mdash; Commuter {n} (@commuter{n}) '
            f'<a href="https://social.example/commuter{n}/status/10{n}">January 14, 2019</a></blockquote>'
            '<script async src="//platform.social.example/widgets.js" charset="utf-8"></script>')


def _page(article: str) -> str:
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{TITLE} | City Beat</title></head>
<body><header><a href="/">City Beat</a> <a href="/news/">News</a> <a href="/sport/">Sport</a></header>
<main><article><h1>{TITLE}</h1><time datetime="2019-01-14T11:00:00Z">January 14, 2019</time>
<section class="article-content">{article}</section></article></main>
<footer><a href="/about/">About</a> <a href="/privacy/">Privacy</a></footer></body></html>"""


def test_a_roundup_of_embedded_posts_keeps_them():
    """Fails before: the posts went as furniture ("twitter" in their class), leaving the writer's two lines."""
    article = f"<p>{WRITER[0]}</p>" + "".join(_post(text, n) for n, text in enumerate(POSTS)) + f"<p>{WRITER[1]}</p>"
    body = extract_article(_page(article), URL).body
    assert body.startswith(WRITER[0]) and body.endswith(WRITER[1])
    for text in POSTS:
        assert text in body


def test_a_roundup_post_keeps_the_line_naming_who_posted_it_when():
    """Fails before: "— Commuter 0 (@commuter0) January 14, 2019" went as a date line."""
    article = f"<p>{WRITER[0]}</p>" + "".join(_post(text, n) for n, text in enumerate(POSTS)) + f"<p>{WRITER[1]}</p>"
    body = extract_article(_page(article), URL).body
    for n in range(len(POSTS)):
        assert f"— Commuter {n} (@commuter{n}) January 14, 2019" in body


def test_one_post_embedded_in_a_long_text_stays_out():
    paragraphs = [f"{WRITER[0]} The operator said the pumps had failed overnight, and that engineers worked for "
                  f"hours to clear the water from the tunnels before the first trains could run again."] * 1
    paragraphs += ["Passengers were told to expect delays for the rest of the day, as trains and drivers were in the "
                   "wrong places after the morning's closure, and some services would be cancelled at short notice.",
                   "The city council said it would review the drainage around the station, which has flooded three "
                   "times in the past two years, and report back to the transport committee in the spring.",
                   WRITER[1]]
    article = (f"<p>{paragraphs[0]}</p>" + _post(POSTS[0], 0)
               + "".join(f"<p>{p}</p>" for p in paragraphs[1:]))
    body = extract_article(_page(article), URL).body
    assert POSTS[0] not in body
    assert body.startswith(paragraphs[0]) and body.endswith(WRITER[1])
