"""The links a source's crawl keeps waiting until every news listing is read, and the call on them then: a sitemap's,
a category page's and a site-wide feed's links, and labels outside the article families learnt so far (none learnt yet
included), are fetched once the families the listings show are all learnt, or left out."""
from __future__ import annotations

from collections.abc import Iterator

from news_archive.archive.urls import page_key
from news_archive.spiders.passed_over import FEED_ITEM_OUTSIDE, LABEL_LINK, OUTSIDE_FAMILIES


class WaitingLinks:
    """SourceDecisions' waiting links: `waiting`, `labels_waiting` and `feed_waiting` (set by SourceDecisions, which
    fills them as it reads listings and feeds), judged against its `families`, `roles` and `pass_over`."""

    def release(self) -> Iterator[tuple[str, str]]:
        """The waiting links in a learnt article family (all of them when no family could be learnt). A feed's
        waiting items go first and are the feed's items as before when the listings taught no family (the feed is
        the section's only discovery) or show theirs: the site-wide feed's other pages are no news by its word."""
        feed_waiting, self.feed_waiting = self.feed_waiting, []
        taken = {url for url in feed_waiting if not self.families.known or self.families.admits(url)}
        for url in feed_waiting:
            if url in taken:
                yield self._take_feed_item(url), url
            elif page_key(url) not in self.roles:
                self.pass_over(url, FEED_ITEM_OUTSIDE)
        labels, self.labels_waiting = self.labels_waiting, []
        for url, linked_as in labels:
            if not self.families.known or self.families.admits(url) or self.families.indexes(url):
                yield url, linked_as
            elif page_key(url) not in self.roles:  # reached another way too: judged there
                self.pass_over(linked_as, LABEL_LINK)
        waiting, self.waiting = self.waiting, []
        for url, linked_as in waiting:
            if not self.families.known or self.families.admits(url):
                yield url, linked_as
            elif page_key(url) not in self.roles:  # reached another way too: judged there
                self.pass_over(url, OUTSIDE_FAMILIES)

    def may_be_label(self, url: str) -> bool:
        """A link in no family the teasers learnt so far show, which is no family's listing: site furniture ("Contact",
        "Privacy") unless a family the listings show holds it. Judged at release against every family they show, not
        those of whichever listing pages answered first: the same links go whatever the order the listings answer."""
        return not self.families.admits(url) and not self.families.indexes(url)
