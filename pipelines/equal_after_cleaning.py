"""Copies the crawl's end makes equal are kept as one article, as the store keeps a copy it sees equal.

A site may set a notice above every post, in each language of its pages (a German farewell over its German posts, an
English one over the same posts shown untranslated under `/en/`). While the crawl runs, the notice is learnt only as
pages come, so a post and its untranslated copy are stored with different notices: different texts, two articles.
The crawl's end drops the notice from both (site_boilerplate.py), and their words are then the same. Here the later
stored of two such rows is folded into the earlier, as `Archive.save_article` would have done had it met the two equal:
one article with both URLs, at the better address (archive/better_address.py). So is a copy at the post's address
in another language's folder that the notice's going leaves an untranslated copy of it but for a line its page sets
apart (a film's facts line over the text, kept by one page's extraction and not by the other's).
"""
from __future__ import annotations

from news_archive.archive.storage import Archive
from news_archive.archive.stories.placement import Stories


def fold_equal_copies(archive: Archive, stories: Stories, article_ids: set[int], crawl: str | None) -> dict[int, int]:
    """Fold each of these articles (a crawl's: those whose text the crawl's end changed, and those it stored) that is
    now word for word another of its source's (`Archive.article_id_for_content`), or an untranslated copy of one at its
    address in another language's folder (`Archive.language_copy_stored`), with it, the earlier stored kept; count each
    copy stored new by the crawl as not new in its run. A copy short of its post's facts line is one whether or not a
    notice the crawl's end dropped ever stood over both. Returns the id of each folded copy -> the article now holding
    it."""
    folded: dict[int, int] = {}
    for article_id in sorted(article_ids):
        if article_id in folded:
            continue
        article = archive.article(article_id)
        other = article and (archive.article_id_for_content(article, other_than=article_id)
                             or archive.language_copy_stored(article, other_than=article_id))
        if not other or other in folded:
            continue
        kept, copy = min(article_id, other), max(article_id, other)
        copy_row = article if copy == article_id else archive.article(copy)
        with archive.transaction():
            stories.index.remove(copy)
            archive.fold_copy(kept, copy)
            if crawl:
                archive.count_folded_copy(crawl, copy_row)
        folded[copy] = kept
    return folded
