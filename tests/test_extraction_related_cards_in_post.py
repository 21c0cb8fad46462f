"""A post whose theme sets a "Related posts" box inside its own <article>, each related post a nested <article>
headed by a linked <h1> and dated by its own <time>: the box is no part of the text, its dates are not the post's,
and its headlines make no listing of a short post."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://tools.example/blog/2021/03/release-4.2.1/"


def card(slug: str, headline: str, day: str, shown: str, excerpt: str) -> str:
    return ("<article class='blog doc'><header aria-label='Blog post'><a href='../../../../blog/" + slug + "/'><h1>"
            + headline + "</h1></a><time itemprop='published' datetime='" + day + "'>" + shown + "</time>, by "
            "<span rel='author'>Ines Okafor</span></header><p>" + excerpt + "</p><p><a class='continue' "
            "href='../../../../blog/" + slug + "/'>Continue reading</a></p></article>")


CARDS = [
    card("2021/02/release-4.2.0", "Release 4.2.0", "2021-02-11", "February 11, 2021",
         "The toolkit community announces the new feature release 4.2.0 with a faster parser and three new adapters "
         "for queues. The artifacts are on the central repository."),
    card("2021/01/release-4.1.3", "Release 4.1.3", "2021-01-20", "January 20, 2021",
         "The toolkit community announces the patch release 4.1.3 with eleven fixes on the 4.1 branch."),
    card("2020/12/release-4.1.2", "Release 4.1.2", "2020-12-22", "December 22, 2020",
         "The toolkit community announces the patch release 4.1.2 with seven fixes on the 4.1 branch."),
    card("2020/11/release-4.1.0", "Release 4.1.0", "2020-11-30", "November 30, 2020",
         "The toolkit community announces the feature release 4.1.0 with a new command line and better logging."),
    card("2020/10/release-4.0.5", "Release 4.0.5", "2020-10-14", "October 14, 2020",
         "The toolkit community announces the patch release 4.0.5 with four fixes on the 4.0 branch."),
]


def post(cards: list[str]) -> str:
    return ("<html lang='en'><head><title>Release 4.2.1 - Toolkit</title></head><body class='article'>"
            "<header class='header'><nav><a href='../../../../blog/'>Blog</a><a href='../../../../docs/'>Docs</a>"
            "</nav></header><div class='body'><main role='main blog'><article class='blog doc'>"
            "<header aria-labelledby='title'><a class='category' href='../../../../categories/Releases/'>RELEASES</a>"
            "<h1 id='title'>Release 4.2.1</h1></header><div class='post'><aside aria-label='Post details'>"
            "<div class='summary'>The toolkit community announces the new patch release 4.2.1</div>"
            "Posted on <time itemprop='published' datetime='2021-03-18' title='Thursday, March 18, 2021'>"
            "March 18, 2021</time>, by <figure><figcaption rel='author'>Ines Okafor</figcaption></figure>"
            "<p><a class='arrow prev' href='../../../../blog/2021/03/summit-talks/' title='Previous post'>&lt;</a>"
            "<a class='arrow next' href='../../../../blog/2021/04/queue-adapter/' title='Next post'>&gt;</a></p>"
            "</aside><div class='post-content'><p>The toolkit community announces the new patch release 4.2.1 with "
            "fifteen fixes applied on the 4.2 branch.</p><p>The artifacts are published on the central repository. "
            "Many thanks to all who made this release possible.</p><div class='related'><h3 id='related'>"
            "Related posts</h3>" + "".join(cards) + "</div></div></div></article></main></div>"
            "<footer><p>Toolkit, a project of a software foundation.</p></footer></body></html>")


def test_a_related_posts_box_of_cards_inside_the_post_is_no_part_of_its_text():
    # Fails before: the body ran on into the related posts' excerpts.
    result = extract_article(post(CARDS[:2]), URL)
    assert result.page_type == "article", result.page_reason
    assert result.body.rstrip().endswith("Many thanks to all who made this release possible."), result.body[-200:]
    assert "4.2.0" not in result.body and "Related posts" not in result.body


def test_a_related_cards_date_is_not_the_posts():
    # Fails before: the first related card's <time> (outside the side column) dated the post 2021-02-11.
    for cards in (CARDS[:1], CARDS[:3]):
        result = extract_article(post(cards), URL)
        assert result.published[:10] == "2021-03-18", (len(cards), result.published, result.published_from)


def test_a_short_post_over_five_related_cards_is_no_listing():
    # Fails before: "5 linked headlines over short teasers" made the two-paragraph post a listing.
    result = extract_article(post(CARDS), URL)
    assert result.page_type == "article", result.page_reason
    assert result.published[:10] == "2021-03-18"


def test_a_listing_of_article_cards_stays_a_listing():
    page = ("<html lang='en'><head><title>Blog - Toolkit</title></head><body><main><article class='blog-list'>"
            "<h2>Blog</h2>" + "".join(CARDS) + "</article></main></body></html>")
    result = extract_article(page, "https://tools.example/blog/page/4/")
    assert result.page_type == "listing", result.page_reason


def test_the_writers_sign_off_above_a_headed_box_of_related_posts_closes_the_text():
    # Fails before: the box after it made "On behalf of ..." a label of that box, dropped with the furniture.
    page = post(CARDS[:2]).replace("made this release possible.</p>", "made this release possible.</p>"
                                   "<p>On behalf of the Toolkit PMC, Ines Okafor</p>")
    result = extract_article(page, URL)
    assert result.body.rstrip().endswith("On behalf of the Toolkit PMC, Ines Okafor"), result.body[-200:]


def test_a_line_above_an_unheaded_box_of_links_still_labels_it():
    page = post([]).replace("made this release possible.</p>", "made this release possible.</p><p>Share it with</p>"
                            "<div class='share'><a href='https://social.example/share'>Mastodon</a> "
                            "<a href='https://other.example/share'>Matrix</a></div>")
    result = extract_article(page, URL)
    assert "Share it with" not in result.body, result.body[-200:]
