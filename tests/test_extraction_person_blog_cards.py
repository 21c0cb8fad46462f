"""A person's blog page (a CMS's per-user listing) shows that person's posts whole or cut, each under a headline
linking to the post's own page and over a link bar pointing there again ("Read more", "1 comment"): a listing, though
the site links it beside its posts as if it were one, and its text is no article however long. A post's own page
set the same way (its headline linking its own permalink, a category linked over its text, a comment link under it)
stays an article, and so does an edition of several whole articles."""
from __future__ import annotations

from fault_site import FaultServer, crawl_one_source, page, stored_column

from news_archive.pipelines.extraction import extract_article

TEXT = ("The users' group met in the back room of the town library to compare notes on the new release, and three "
        "members showed how they moved their sites over a weekend without losing a single page of old posts {n}.")
PICTURE = "<p><img src='/files/meetup-{n}.jpg' alt='The group around the table'></p>"
POSTS = {"/node/41/": ("Moving a site to the new release", "harriet", "12 March 2019 - 18:05"),
         "/node/42/": ("Translating the admin screens", "oskar", "3 April 2019 - 09:40"),
         "/node/43/": ("Notes from the spring meetup", "oskar", "20 May 2019 - 21:15")}
USERS = {"harriet": "/blog/7/", "oskar": "/blog/9/"}


def _chrome(title: str, main: str) -> str:
    return (f"<html lang='en'><head><title>{title} | Web Users Club</title></head><body><div id='header'>"
            "<a href='/'>Web Users Club</a><ul class='menu'><li><a href='/'>Home</a></li>"
            "<li><a href='/forum/'>Forum</a></li></ul></div><div id='content' class='main-content'>"
            f"{main}</div><div id='footer'><p>Web Users Club, since 2005.</p></div></body></html>")


def _node(path: str, whole: bool, comments: int = 0) -> str:
    """A post as the CMS shows it in a listing: its linked headline, its submitted line, its text whole or cut, and
    its link bar pointing to its page again."""
    title, user, when = POSTS[path]
    n = path.strip("/").split("/")[-1]
    text = "".join(f"<p>{TEXT.format(n=f'{n}.{i}')}</p>" for i in range(2)) if whole \
        else f"<p>{TEXT.format(n=n)[:140]}…</p>"
    bar = f"<li class='comment_comments'><a href='{path}#comments'>{comments} comment</a></li>" if comments \
        else (f"<li class='blog_usernames_blog'><a href='{USERS[user]}'>Blog of {user}</a></li>"
              f"<li class='node_read_more'><a href='{path}' title='Read the rest of {title}.'>Read more</a></li>")
    return (f"<div id='node-{n}' class='node clear-block'><h1><a href='{path}' title='{title}'>{title}</a></h1>"
            f"<span class='submitted'>{when} posted by <a href='/user/{USERS[user].split('/')[2]}/'>{user}</a>"
            f"</span><div class='content'>{text}</div><ul class='links inline'>{bar}</ul></div>")


def _person_blog(user: str, nodes: str) -> str:
    return _chrome(f"Blog of {user}", f"<h1>Blog of {user}</h1><div class='item-list'></div>{nodes}")


def _post_page(path: str) -> str:
    title, user, when = POSTS[path]
    n = path.strip("/").split("/")[-1]
    text = "".join(f"<p>{TEXT.format(n=f'{n}.{i}')}</p>" for i in range(4))
    return _chrome(title, f"<h1>{title}</h1><div id='node-{n}' class='node clear-block'><span class='submitted'>"
                          f"{when} posted by <a href='/user/1/'>{user}</a></span><div class='content'>{text}</div>"
                          f"<ul class='links inline'><li class='blog_usernames_blog'><a href='{USERS[user]}'>"
                          f"Blog of {user}</a></li></ul></div>")


def test_a_persons_blog_showing_their_one_post_whole_over_its_comment_link_is_a_listing():
    # Fails before: the site linking the page as a post made the one post's text, under the listing's heading, an
    # article titled "Blog of harriet".
    html = _person_blog("harriet", _node("/node/41/", whole=True, comments=1))
    result = extract_article(html, "https://club.example/blog/7/", listed_as_article=True)
    assert result.page_type == "listing", result.page_reason
    post = extract_article(_post_page("/node/41/"), "https://club.example/node/41/", listed_as_article=True)
    assert (post.page_type, post.title) == ("article", "Moving a site to the new release")


def test_a_link_to_another_site_in_the_post_heads_no_second_card():
    # Fails before: a survey's link set as a heading in the post's text hid that the page was one card.
    survey = "<h1 class='rtecenter'><a href='https://forms.example/survey/9'>OPEN THE SURVEY</a></h1>"
    node = _node("/node/41/", whole=True).replace("</div><ul", survey + "</div><ul")
    result = extract_article(_person_blog("harriet", node), "https://club.example/blog/7/", listed_as_article=True)
    assert result.page_type == "listing", result.page_reason


def test_a_persons_blog_of_posts_with_pictures_cut_under_read_more_is_a_listing_not_a_textless_post():
    # Fails before: no text was kept between the cards, and the pictures made the page a listed post of a picture.
    nodes = "".join(_node(path, whole=False).replace("<div class='content'>", "<div class='content'>" + PICTURE.format(n=k))
                    for k, path in enumerate(["/node/42/", "/node/43/"]))
    result = extract_article(_person_blog("oskar", nodes), "https://club.example/blog/9/", listed_as_article=True)
    assert result.page_type == "listing", result.page_reason


def test_a_post_whose_headline_links_its_canonical_over_a_comment_link_is_an_article():
    # A blog's post page set like a card: its headline links its permalink (the page was reached at another address,
    # its canonical names the permalink), a comment link under the text.
    html = _chrome("Web Users Club blog", "<h1>Web Users Club blog</h1>" + _node("/node/41/", whole=True, comments=3))
    html = html.replace("<head>", "<head><link rel='canonical' href='https://club.example/node/41/'>")
    result = extract_article(html, "https://club.example/", listed_as_article=True)
    assert result.page_type == "article", result.page_reason


def test_a_post_with_its_category_linked_over_its_text_is_an_article():
    # The category's name heads the text and links the category twice (over the text and in the footer), but the
    # box doing so holds the post's own headline.
    text = "".join(f"<p>{TEXT.format(n=i)}</p>" for i in range(3))
    html = _chrome("Spring meetup notes", "<article class='post'><h1>Spring meetup notes</h1>"
                   "<h6 class='kicker'><a href='/category/meetups/'>Meetups</a></h6>"
                   f"<div class='entry'>{text}</div><footer><h4><a href='/category/meetups/'>Meetups</a></h4>"
                   "<a href='/category/meetups/'>More meetups</a></footer></article>")
    result = extract_article(html, "https://club.example/2019/05/spring-meetup-notes/", listed_as_article=True)
    assert result.page_type == "article", result.page_reason


def test_an_edition_of_several_whole_articles_is_no_lone_card():
    # A weekly edition shows its articles whole, each under a headline linking its own page over a comment link.
    nodes = "".join(_node(path, whole=True, comments=2) for path in POSTS)
    html = _chrome("Weekly edition for 20 May 2019", f"<h1>Weekly edition for 20 May 2019</h1>{nodes}")
    result = extract_article(html, "https://club.example/weekly/2019-05-20/")
    assert "post's card" not in result.page_reason, result.page_reason


def test_a_crawl_stores_the_posts_not_the_persons_blogs(tmp_path):
    # A guard (it passes before too: this crawl does not present the people's blogs as posts): the posts keep their
    # own addresses and titles, none folded into a person's blog that shows it whole.
    server = FaultServer()
    front = "".join(_node(path, whole=False) for path in POSTS)
    # The site's stream of all its members' blogs, whose folder the people's blogs sit in.
    server.routes["/blog/"] = page(_chrome("Blogs", f"<h1>Blogs</h1>{front}"))
    for path in POSTS:
        server.routes[path.rstrip("/")] = server.routes[path] = page(_post_page(path))
    server.routes["/blog/7/"] = page(_person_blog("harriet", _node("/node/41/", whole=True, comments=1)))
    server.routes["/blog/9/"] = page(_person_blog("oskar", _node("/node/42/", False) + _node("/node/43/", False)))
    _run, requested = crawl_one_source(server, tmp_path, "club", "Web Users Club", "/blog/")
    assert set(USERS.values()) <= {path if path.endswith("/") else path + "/" for path in requested}, " ".join(sorted(requested))
    titles = stored_column(server, tmp_path, "title")
    assert {path.rstrip("/") + "/": title for path, title in titles.items()} == {
        path: title for path, (title, _user, _when) in POSTS.items()}, titles
