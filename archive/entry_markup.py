"""What a page's <article> blocks say about it: its own entry, or a list of other pages' entries."""
from __future__ import annotations

from urllib.parse import urljoin, urlsplit

from news_archive.archive.cms_classes import post_entries
from news_archive.archive.urls import page_key

HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
# A kicker or a date line may come before a teaser's headline; an article's text does not.
WORDS_BEFORE_HEADLINE = 12
# A post's own text runs longer than this (visible characters); an archive's description of its posts, if any, not.
OWN_TEXT_CHARS = 300
# A news page printing its posts whole shows a run of them; a post and one or two comments beside it are no run.
MIN_WHOLE_ENTRIES = 3
# Page chrome around the blocks: its words are not the page's own text.
CHROME_TAGS = ("nav", "aside", "header", "footer")


def lists_other_entries(root, page_url: str) -> bool:
    """True when the page's outermost <article> blocks each open with a headline linking to another page of the
    site, and hold most of its text: a tag or archive page repeating its posts whole (their headers, dates and
    full paragraphs), even one post, and writing none of its own. A post's own <article> is headed by its
    unlinked (or self-linked) title; related posts or comments set as <article>s beside a post's text hold less
    text than the post."""
    body = root.find(".//body") if root.tag != "body" else root
    if body is None:
        return False
    entries = [a for a in body.iter("article") if next(a.iterancestors("article"), None) is None]
    own, host = _own_keys(root, page_url), _host(page_url)
    if entries and all(_headed_by_link_elsewhere(entry, own, host, page_url) for entry in entries):
        return _hold_most_text(body, entries)
    # Teasers in any element may sit beside a post's own text (a related box, a sidebar's excerpts): they make a list
    # of entries only where the page writes next to no text of its own.
    teasers = _closing_link_teasers(body, own, host, page_url)
    return bool(teasers) and _hold_most_text(body, teasers) and _chars_outside(body, teasers) < OWN_TEXT_CHARS


def lists_post_entries(root, page_url: str) -> bool:
    """True when the page's text lies in a run of entries the blog engine marks as its posts (cms_classes.post_entries),
    each headed by a link to another page: a page builder's grid of posts on a "News" page the engine keeps as a
    static page, whatever element the theme wraps them in. A post's own entry is headed by its unlinked title."""
    body = root.find(".//body") if root.tag != "body" else root
    if body is None:
        return False
    entries, own = post_entries(body), _own_keys(root, page_url)
    # Any host: a link-format post's entry leads straight to the page it points to.
    return len(entries) >= MIN_WHOLE_ENTRIES and _hold_most_text(body, entries) \
        and all(_headed_by_link_elsewhere(entry, own, None, page_url) for entry in entries)


def _own_keys(root, page_url: str) -> set[str]:
    """The page_keys of the page's own address and of the canonical address it names."""
    own = {page_key(page_url)}
    canonical = next((link.get("href") for link in root.iter("link")
                      if "canonical" in (link.get("rel") or "").lower().split() and link.get("href")), None)
    if canonical:
        own.add(page_key(urljoin(page_url, canonical)))
    return own


def shows_entries_whole(root) -> bool:
    """True when the page's text lies in a run of outermost <article> blocks under its own <h1>, which heads none of
    them, each opening with a heading of its own and none holding half their words: a news page printing its posts
    whole, their titles unlinked (a static generator's section page). A post's own <article> holds most of the
    page's text; comments or related posts set as <article>s beside it hold less."""
    body = root.find(".//body") if root.tag != "body" else root
    if body is None:
        return False
    entries = [a for a in body.iter("article") if next(a.iterancestors("article"), None) is None]
    if len(entries) < MIN_WHOLE_ENTRIES or not all(_opens_with_heading(entry) for entry in entries):
        return False
    page_headline = next(body.iter("h1"), None)
    if page_headline is None or any(entry in page_headline.iterancestors() for entry in entries):
        return False
    words = [_words(entry) for entry in entries]
    return 2 * max(words) < sum(words) and _hold_most_text(body, entries)


def _opens_with_heading(entry) -> bool:
    """A heading (below the page's <h1>) comes before the block's text, a kicker or a date line at most."""
    words = 0
    for element in entry.iter():
        if element.tag in HEADINGS[1:]:
            return True
        if element.tag == "p":
            words += _words(element)
            if words > WORDS_BEFORE_HEADLINE:
                return False
    return False


def _chars_outside(body, blocks) -> int:
    """Visible characters of the paragraphs outside the blocks and the page's chrome (CJK text has no spaces to count
    words by)."""
    return sum(len("".join(" ".join(p.itertext()).split())) for p in _paragraphs_outside(body, blocks))


def _hold_most_text(body, blocks) -> bool:
    """The blocks' paragraphs hold more words than the paragraphs outside them and outside the page's chrome."""
    inside = sum(_words(p) for block in blocks for p in block.iter("p"))
    return inside > sum(_words(p) for p in _paragraphs_outside(body, blocks))


def _paragraphs_outside(body, blocks):
    """The <p>s of the body in none of the blocks and outside the page's chrome."""
    members = {id(block) for block in blocks}
    return (p for p in body.iter("p") if not any(id(a) in members or a.tag in CHROME_TAGS for a in p.iterancestors()))


def _closing_link_teasers(body, own: set[str], host: str, page_url: str) -> list:
    """Blocks (any element) that open with a heading linking another page of the site and close with a link to that
    same page, a "Read more ...": a listing's teasers however few, as an archive of one year or one place shows
    them under its own unlinked <h1>. A post's own text does not end on a link to the page its heading names; a
    related post beside it is such a block, with less text than the post."""
    found = []
    for heading in body.iter(*HEADINGS[1:]):
        block = heading.getparent()
        if block is None or block.tag == "body" or next(heading.iterancestors(*CHROME_TAGS), None) is not None:
            continue
        target = _link_elsewhere(heading, own, page_url, host)
        links = [a for a in block.iter("a") if (a.get("href") or "").strip()]
        closing = links[-1] if links else None
        if target is None or closing is None or heading in closing.iterancestors() \
                or page_key(urljoin(page_url, closing.get("href"))) != target or next(block.iter("h1"), None) is not None:
            continue
        words_before = 0
        for element in block.iter():
            if element is heading:
                break
            words_before += _words(element) if element.tag == "p" else 0
        if words_before <= WORDS_BEFORE_HEADLINE:
            found.append(block)
    # the outermost blocks only: a teaser's inner heading may close on the same link as the teaser around it
    members = {id(block) for block in found}
    return [block for block in found if not any(id(a) in members for a in block.iterancestors())]


def _link_elsewhere(heading, own: set[str], page_url: str, host: str | None) -> str | None:
    """The page_key of the first other page (on `host`, when given) the heading links, or holds a link to."""
    for link in [*heading.iterancestors("a"), *heading.iter("a")]:
        href = (link.get("href") or "").strip()
        target = urljoin(page_url, href) if href else None
        if target and page_key(target) not in own and (host is None or _host(target) == host):
            return page_key(target)
    return None


def _headed_by_link_elsewhere(entry, own: set[str], host: str | None, page_url: str) -> bool:
    """The block's first heading comes before its text and links to another page on the site, and no <h1> follows it
    before the text: that is the page's own headline under a linked kicker (its own links lead to a section). An <h1>
    further down is a section of the post's text."""
    headline = next(entry.iter(*HEADINGS), None)
    # An <h1> heading the block is the page's own headline, whatever it links to (a paper's full-text view).
    if headline is None or headline.tag == "h1" or not _links_elsewhere(headline, own, page_url, host):
        return False
    words, passed = 0, False
    for element in entry.iter():
        if element is headline:
            passed = True
        elif element.tag == "p":
            words += _words(element)
        elif passed and element.tag == "h1" and words <= WORDS_BEFORE_HEADLINE:
            return False
        if words > WORDS_BEFORE_HEADLINE:
            return passed
    return True


def _links_elsewhere(heading, own: set[str], page_url: str, host: str | None = None) -> bool:
    """The heading is a link, or holds one, to another page (on `host`, when given)."""
    return _link_elsewhere(heading, own, page_url, host) is not None


def _host(url: str) -> str:
    return urlsplit(url).netloc.lower().removeprefix("www.")


def _words(element) -> int:
    return len(" ".join(element.itertext()).split())
