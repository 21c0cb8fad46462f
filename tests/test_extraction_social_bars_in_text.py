"""A follow or share bar a theme sets inside the post's text element after its last paragraph (a "Follow us" heading
over <br>-parted links to the site's profiles, a "Share" heading over share buttons) is the site's furniture: it goes
from the stored body, on a page alone and in a crawl where every post repeats it. A writer's own closing line naming
one account in a sentence, or their sources on a social network (posts, not profiles), stays."""
from __future__ import annotations

from pathlib import Path

import pytest
import sqlite_utils

from news_archive.archive.crawl.run import run_crawl
from news_archive.archive.sources import load_sources
from news_archive.pipelines.extraction import extract_article
from fault_site import FaultServer, page

URL = "https://walkers.example/2024/03/spring-meeting/"
FIRST = ("The walkers' association met in the old library on Saturday to plan the spring season, with twenty members "
         "present and several new faces from the villages nearby who had heard of the walks from friends.")
LAST = ("We agreed on six walks between April and June, each led by a member who knows the route well, and on a "
        "picnic at the end of the season by the lake if the weather allows it.")

FOLLOW_PROFILES = ('<h3>Follow us</h3><p><a href="https://www.facebook.com/walkersx">Facebook</a><br>'
                   '<a href="https://www.instagram.com/walkersx/">Instagram</a><br>'
                   '<a href="https://www.youtube.com/@walkersx">YouTube</a></p>')
SHARE_BUTTONS = ('<h4>Share</h4><p><a href="https://www.facebook.com/sharer/sharer.php?u={url}">Facebook</a> '
                 '<a href="https://twitter.com/intent/tweet?url={url}">Twitter</a> '
                 '<a href="https://www.linkedin.com/shareArticle?mini=true&amp;url={url}">LinkedIn</a> '
                 '<a href="mailto:?subject=Spring%20meeting&amp;body={url}">Email</a></p>').format(url=URL)
LABELLED_BAR = ('<div class="sharing"><strong>Teilen:</strong> <a href="https://wa.me/?text=Spring">WhatsApp</a> '
                '<a href="https://t.me/share/url?url=' + URL + '">Telegram</a></div>')
NORWEGIAN_FOLLOW = ('<h3>Følg oss</h3><p><a href="https://facebook.com/walkersx">Facebook</a><br>'
                    '<a href="https://www.linkedin.com/company/walkersx/">LinkedIn</a></p>')


def post(closing: str, number: int = 0) -> str:
    """A WordPress-like post: headline and date in the entry header, the writer's paragraphs in .entry-content."""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Spring meeting {number or ''} | Walkers</title><meta property="og:type" content="article"></head>
<body><header class="site-header"><a href="/">Walkers</a><nav><a href="/news/">News</a></nav></header>
<main><article class="post type-post"><header class="entry-header"><h1 class="entry-title">Spring meeting {number or ''}</h1>
<time class="entry-date" datetime="2024-03-0{number % 9 + 1}">March {number % 9 + 1}, 2024</time></header>
<div class="entry-content"><p>{FIRST.replace("Saturday", f"Saturday {number}") if number else FIRST}</p>
<p>{LAST.replace("six walks", f"{number + 5} walks") if number else LAST}</p>{closing}</div></article></main>
<footer class="site-footer"><p>Walkers' association, Mill Street 4</p></footer></body></html>"""


@pytest.mark.parametrize("closing", [FOLLOW_PROFILES, SHARE_BUTTONS, LABELLED_BAR, NORWEGIAN_FOLLOW])
def test_a_follow_or_share_bar_closing_the_text_element_goes(closing):
    """Fails before: the bar's line of links to other sites was kept as the writer's closing link line, and the
    heading above it with it ("Follow us" / "Facebook Instagram YouTube")."""
    body = extract_article(post(closing), URL).body
    assert body.endswith(LAST)
    assert body.startswith(FIRST[:40])


@pytest.mark.parametrize("closing, last", [
    ('<p>Follow the project on Mastodon: <a href="https://mastodon.social/@walkersx">@walkersx@mastodon.social</a></p>',
     "Follow the project on Mastodon: @walkersx@mastodon.social"),
    ('<p>Find us on <a href="https://www.facebook.com/walkersx">Facebook</a> where we post the routes.</p>',
     "Find us on Facebook where we post the routes."),
])
def test_a_writers_own_line_naming_an_account_stays(closing, last):
    assert extract_article(post(closing), URL).body.endswith(last)


def test_a_writers_sources_on_a_social_network_are_no_bar():
    """Two posts on a social network (their addresses go on past the account) are sources, not a follow bar."""
    closing = ('<p><a href="https://twitter.com/anna/status/1765432109876543210">Anna\'s photos from the walk</a><br>'
               '<a href="https://www.instagram.com/p/C4abcDEF123/">The lake at dusk</a></p>')
    body = extract_article(post(closing), URL).body
    assert body.endswith("The lake at dusk")


# Profiles on federated networks' own servers (any Mastodon instance) beside the big networks': the bar is told by
# each address being an account's handle alone ("/@name"), not by its host.
FEDERATED_FOLLOW = ('<h3>Follow us</h3><p><a href="https://hills.social.example/@walkersx">Mastodon</a><br>'
                    '<a href="https://bsky.app/profile/walkers.example">Bluesky</a><br>'
                    '<a href="https://www.threads.net/@walkersx">Threads</a></p>')


def test_a_follow_bar_of_profiles_on_any_server_goes():
    """Fails before: the Mastodon instance was no host of ours, so the bar was kept as the writer's link line."""
    assert extract_article(post(FEDERATED_FOLLOW), URL).body.endswith(LAST)


def test_a_writers_links_to_posts_on_a_federated_server_stay():
    """Posts under an account ("/@name/1234") are the writer's sources, however bare the line."""
    closing = ('<p><a href="https://hills.social.example/@anna/111234567890">Anna\'s photos from the walk</a><br>'
               '<a href="https://hills.social.example/@per/111234567999">The lake at dusk</a></p>')
    assert extract_article(post(closing), URL).body.endswith("The lake at dusk")

def _site(tmp_path: Path):
    server = FaultServer()
    posts = [f"/2024/03/spring-meeting-{n}/" for n in range(1, 6)]
    for n, path in enumerate(posts, 1):
        server.routes[path] = page(post(FOLLOW_PROFILES + SHARE_BUTTONS.replace(URL, server.base_url + path), n))
    links = "".join(f'<li><a href="{path}">Spring meeting {n}</a></li>' for n, path in enumerate(posts, 1))
    server.routes["/news/"] = page(f'<!DOCTYPE html><html lang="en"><head><title>News | Walkers</title></head><body>'
                                   f'<main><h1>News</h1><ul class="posts">{links}</ul></main></body></html>')
    sources = tmp_path / "sources.toml"
    sources.write_text(f'[[source]]\nid = "walkers"\nname = "Walkers"\nstart_urls = ["{server.base_url}/news/"]\n',
                       encoding="utf-8")
    return server, load_sources(sources)


def test_a_crawl_stores_no_bar_its_posts_repeat(tmp_path):
    """Fails before: every stored post closed on "Follow us", its profiles, "Share" and its buttons."""
    server, sources = _site(tmp_path)
    try:
        run_crawl(sources, tmp_path / "a.db", show_progress=False, warc_dir=tmp_path / "warc")
    finally:
        server.stop()
    bodies = [row["body"] for row in sqlite_utils.Database(tmp_path / "a.db").query("select body from articles")]
    assert len(bodies) == 5
    assert all(body.endswith("if the weather allows it.") for body in bodies), bodies
