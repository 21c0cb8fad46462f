"""A description a source states for posts of other headlines speaks for none of their languages.

An SEO plugin left at its default states one description on every post it was not given one for (a school's
"Discover robotics at school ..." over its Arabic picture posts). A post of no words of its own (a picture, a video)
was judged on that lead with its headline (language.text_read), and took the description's language, not its own:
the headline, which the page shows, is the post's own words. A lead stated by several posts under different headlines is their
site's, not theirs; at the crawl's end, when all the source's posts are known, the posts of no words of their own
stating it are judged again without it, and so are those whose lead the site's boilerplate found on most pages
(site_boilerplate.py, which stores another in its place once their language was judged). A post with a few words of
its own keeps the verdict they and the lead gave: two short lines in two languages are no surer without it.

A description a theme makes from the page's text carries what the page shows in it, its furniture too: a notice
closing every post in the site's language ("This post was made from our photo feed ...") closes the description of
each post short enough for the description to reach it, whole or cut at the description's length. The crawl's end
drops that notice from the posts (site_boilerplate.py), and with `lead_without_furniture` from the descriptions of
those too short to say their language, which are read with them.
"""
from __future__ import annotations

from collections import defaultdict

from news_archive.archive.storage import Archive
from news_archive.pipelines.langid.detector import prepare_text
from news_archive.pipelines.language import OPENING_CHARS, language_of_stored, store_judged_again

# The fewest characters of a furniture block that, in a description, are that block, whole or its start cut at the
# description's length: a word or two ("Share", "Read more") may be the post's own words.
_FURNITURE_START_CHARS = 20
# What a theme sets where it cut a description at its length.
_CUT_MARKS = " .…"

# Three posts of three headlines stating one description: a series' two parts may share their introduction.
MIN_HEADLINES = 3


def shared_leads(leads: list[tuple[str | None, str | None]]) -> set[str]:
    """Of a source's posts as (lead, title): the leads stated under at least MIN_HEADLINES different headlines."""
    headlines: dict[str, set[str]] = defaultdict(set)
    for lead, title in leads:
        if lead:
            headlines[" ".join(lead.split())].add(" ".join((title or "").split()).casefold())
    return {lead for lead, titles in headlines.items() if len(titles) >= MIN_HEADLINES}


def lead_without_furniture(lead: str, furniture: set[str]) -> str:
    """The description without the furniture blocks (whitespace-folded texts the post's page showed in its body, now
    dropped as its site's) it states: whole, or closing it cut at the description's length."""
    folded = " ".join(lead.split())
    for block in (block for block in furniture if len(block) >= _FURNITURE_START_CHARS):
        folded = " ".join(folded.replace(block, " ").split())
        start = folded.find(block[:_FURNITURE_START_CHARS])
        if start >= 0 and block.startswith(folded[start:].rstrip(_CUT_MARKS)) \
                and (start == 0 or folded[start - 1] == " "):
            folded = folded[:start].rstrip()
    return folded if folded != " ".join(lead.split()) else lead


def own_lead(lead: str | None, body: str | None, shared: set[str]) -> str:
    """The lead that speaks for the post's language: none when the post has no words of its own and the lead is one
    its source states for posts of other headlines. (A short text of its own may be in two languages, which the
    description, though the site's, has long been judged with: "Momentan keine Jobangebote / Currently no jobs".)"""
    if lead and not prepare_text(body or "") and " ".join(lead.split()) in shared:
        return ""
    return lead or ""


def tag_without_shared_leads(archive: Archive, article_ids: set[int], leads_dropped: set[int]) -> list[int]:
    """Judge again, without their source's lead, the posts of no words of their own among these articles (a crawl's)
    stating a lead their source states for posts of other headlines, or whose lead the site's boilerplate showed the
    source's (`leads_dropped`); returns the ids of those whose language changed."""
    changed = []
    for source in archive.sources_of(article_ids):
        shared = shared_leads(archive.article_leads(source))
        source_languages = archive.source_languages(source)
        for article in archive.short_articles(source, sorted(article_ids), OPENING_CHARS):
            lead = own_lead(article["lead"], article["body"], shared)
            if prepare_text(article["body"] or "") or lead == (article["lead"] or "") \
                    and article["id"] not in leads_dropped:
                continue
            detection = language_of_stored(article, source_languages, lead)
            if detection.language and store_judged_again(archive, article, detection):
                changed.append(article["id"])
    return changed
