"""The pages a source's news listings present only through their entries' running text.

A listing that prints its posts whole ("Mozilla 1.7 is out. Read the <a>release notes</a>.") links the pages its
posts talk about: release notes, a product's page, a form, a press kit. Such a link is no teaser: its words are part
of a sentence, and it presents the page it leads to as nothing, however often the same words close an entry (a teaser
"Read more" is one by those repeated words). Nor does the address family such links teach: a listing that a post's
text leads to ("all releases") lists more pages of it. A page that only such links present, that no feed lists and
whose address is in no start page's folder can only say itself that it is a post
(decisions.presented_by_running_text_only, pipelines/running_text_pages.py); a date and some text do not, since
release notes, specifications and FAQs carry both.
"""
from __future__ import annotations

from news_archive.archive.urls import page_key
from news_archive.spiders.discovery import PageLinks
from news_archive.spiders.families import UrlFamilies


class RunningTextLinks:
    """Of one source: what its listings link inside running text, and what its news listings present otherwise."""

    def __init__(self):
        self.in_text: set[str] = set()  # page_keys any listing links inside a sentence
        self.plain: set[str] = set()  # page_keys a news listing links on a line of their own (a headline, a list)
        self.text_families = UrlFamilies()  # the families the news listings' teasers inside sentences show
        self.plain_families = UrlFamilies()  # the families their other teasers show

    def note(self, links: PageLinks, depth: int, page_url: str) -> None:
        """A listing page's links (discovery.page_links), `depth` steps from the start listings (0: a news listing). A
        listing that running text alone led to ("all our releases") presents its links as nothing more."""
        in_text = {page_key(url) for url in links.in_text}
        self.in_text |= in_text
        if depth > 0:
            if self.only(page_url):
                self.in_text |= {page_key(url) for url, _text in links.content}
            return
        self.plain |= {page_key(url) for url, _text in links.content} - in_text
        for url in links.teasers:
            (self.text_families if page_key(url) in in_text else self.plain_families).learn(url)

    def only(self, url: str) -> bool:
        """True when running text alone presents the page: a listing links it inside a sentence, or its address is in a
        family only teasers inside sentences show; and no news listing links it otherwise, nor shows its family so."""
        key = page_key(url)
        if key in self.plain or _in_learnt_family(self.plain_families, url):
            return False
        return key in self.in_text or _in_learnt_family(self.text_families, url)


def _in_learnt_family(families: UrlFamilies, url: str) -> bool:
    return families.known and not families.outside_every_family(url)
