"""The usual archive-page addresses, asked for when a source's listings lead to no article and no feed was found.

Some generators print each post in full on the news listing and its category pages, with no link to the post's own
page, and write no feed; the one page naming every post's address is the archive page they write by default (Pelican
`archives.html`), linked from no menu. Blog engines and themes write such a page at a few usual addresses (Pelican
`archives.html`, Hugo, Hexo and Jekyll themes `archives/` or `archive/`, Jekyll `archive.html`). Asked only once the
usual feed addresses held no feed and the listings read taught no article family: a site whose listings link their
posts never asks. Each answered page is read as a listing one step from the start pages; a 404 is no broken link.
Later nights skip the feed probing an earlier crawl did in vain, and read again the archive pages it found.
"""
from __future__ import annotations

import scrapy

from news_archive.archive.sources import Source
from news_archive.spiders.feed_probe import probe_folders
from news_archive.spiders.page_outcomes import NO_ARCHIVE_AT_USUAL_ADDRESS, guessed_address_detail

USUAL_ARCHIVE_NAMES = ("archives.html", "archives/", "archive/", "archive.html")


def archive_addresses(start_urls: list[str]) -> list[str]:
    """The usual archive addresses in the start URLs' folders and those above them, nearest first."""
    return [folder + name for folder in probe_folders(start_urls) for name in USUAL_ARCHIVE_NAMES]


class ArchiveProbing:
    """NewsSpider's asking for the usual archive pages; the spider holds the state it reads (spiders/news.py)."""

    def _archive_probe_requests(self, source: Source):
        """Once per source, when no feed answered: the usual archive addresses while no article family is known; once
        one is (the posts earlier crawls archived teach it), the archive pages an earlier crawl read, for the posts
        written since, and none of the addresses that held no page."""
        if source.id in self.archive_probed:
            return
        self.archive_probed.add(source.id)
        addresses = archive_addresses(source.start_urls)
        if self.decisions[source.id].families.known:
            addresses = [url for url in addresses
                         if self.fetch_plan.knows(url) and not self.fetch_plan.known_gone(source.id, url)]
        parse, on_error = self._archive_probe_callbacks
        for url in addresses:
            if source.id in self.at_request_bound or not self.decisions[source.id].note_request(url, "listing"):
                continue
            yield scrapy.Request(url, callback=parse, errback=on_error,
                                 cb_kwargs={"source": source, "role": "listing", "depth": 1}, priority=20)

    def on_archive_probe_error(self, failure):
        """No page at a usual archive address: expected, no broken link of the partner's and no error."""
        source: Source = failure.request.cb_kwargs["source"]
        self._not_stored(source, failure.request.url, NO_ARCHIVE_AT_USUAL_ADDRESS, guessed_address_detail(failure))
