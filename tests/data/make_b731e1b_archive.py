"""Write the small archive tests/data/archive-b731e1b.db.gz with the code of commit b731e1b (the registry before sqlite_utils.migrations).

    git worktree add --detach /tmp/old b731e1b
    PYTHONPATH=/tmp/old python tests/data/make_b731e1b_archive.py tests/data/archive-b731e1b.db

then gzip the file. Four articles through that commit's own dedupe, story and store steps: a release and its
translation joined by hreflang (the link written percent-encoded, the article seen at `/hår`), a cross-post,
an edit that keeps a version, boilerplate learnt, one crawl run per source.
"""
from __future__ import annotations

import sys

from archive.sources import Source
from archive.storage import Archive
from archive.stories import Stories
from pipelines.dedupe import dedupe_item
from pipelines.store import article_record
from spiders.items import ArticleItem

RELEASE = ("Region Stockholm öppnar ett nytt centrum för hårforskning i Flemingsberg. Centret har kostat 260 miljoner "
           "kronor och leds av Maria Ekvall.\n\nMålet är att 140 patienter om året ska få behandling från 2027, "
           "säger regionrådet Olle Brandén.")
TRANSLATION = ("Region Stockholm is opening a new centre for hair research in Flemingsberg. The centre cost SEK 260 "
               "million and is led by Maria Ekvall.\n\nThe aim is for 140 patients a year to receive treatment from "
               "2027, says regional councillor Olle Brandén.")
OTHER = ("Södertörns högskola startar en kurs i vårdvetenskap för 45 studenter. Kursen leds av Jonas Lindahl och "
         "börjar i augusti 2025.")


def item(source, url, title, body, published, language, seen, seen_urls=(), alternates=None):
    return ArticleItem(source=source, url=url, html="", fetched_at=seen, title=title, lead=body.split("\n\n")[0],
                       body=body, body_html=f"<p>{body}</p>", published=published, language=language,
                       language_confidence=0.99, seen_urls=list(seen_urls), alternates=alternates or {})


def archive(items, archive_, stories):
    for article in items:
        article = dedupe_item(article)
        article.story_id = stories.assign(article, article.fetched_at)
        archive_.save_article(article_record(article), article.urls, article.fetched_at)


def main(path: str) -> None:
    archive_ = Archive(path)
    stories = Stories(archive_)
    sources = [Source("region", "Region Stockholm", ("https://www.region.example/nyheter/",), ("sv", "en")),
               Source("sh", "Södertörns högskola", ("https://sh.example/",))]
    archive_.save_sources(sources)
    first, second = "2025-02-12T08:00:00+00:00", "2025-03-01T08:00:00+00:00"
    runs = {source.id: archive_.start_run("20250212T080000.000000Z", source.id, first) for source in sources}
    archive(
        [item("region", "https://www.region.example/nyheter/hår", "Nytt centrum för hårforskning", RELEASE,
              "2025-02-12", "sv", first, seen_urls=["https://www.region.example/nyheter/hår/?utm_source=nl"],
              alternates={"en": "https://www.region.example/en/news/hair"}),
         item("region", "https://www.region.example/en/news/hair", "New centre for hair research", TRANSLATION,
              "2025-02-12", "en", first, alternates={"sv": "https://www.region.example/nyheter/h%C3%A5r"}),
         item("sh", "https://sh.example/nyheter/vardvetenskap", "Ny kurs i vårdvetenskap", OTHER, "2025-02-11", "sv",
              first),
         item("sh", "https://sh.example/2025/02/12/centrum-for-harforskning/", "Region Stockholm satsar på hår",
              "Nyheten publicerades först av Region Stockholm.\n\n" + RELEASE, "2025-02-12", "sv", first)],
        archive_, stories)
    stories.settle(stories.placed, first)
    archive_.save_boilerplate("region:sv", [("b" * 16, "p" * 16)])
    for source, run in runs.items():
        archive_.finish_run(run, status="ok", pages_fetched=5, articles_found=2, articles_new=2, articles_updated=0,
                            errors=0)
    # An edit: the earlier text is kept as a version.
    archive([item("sh", "https://sh.example/nyheter/vardvetenskap", "Ny kurs i vårdvetenskap",
                  OTHER + "\n\nAnmälan öppnar den 15 april.", "2025-02-11", "sv", second)], archive_, stories)
    archive_.close()


if __name__ == "__main__":
    main(sys.argv[1])
