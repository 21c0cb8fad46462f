"""Site-level boilerplate: blocks a source repeats on most of its pages, learnt across crawls and removed.

Markup says nothing about a plain `<p>` "About us" paragraph closing every article; only its
repetition does. Each source and language has a memory of the blocks it showed on which pages.
During a crawl, articles are cleaned with what earlier crawls learnt; at the end, this crawl's
articles are cleaned again with everything learnt now, which is kept for the next crawl. A stored
text then does not depend on the order pages were fetched in, and a re-crawl changes nothing.
What the source's pages showed of their template (where posts hold their own text, their <title>s and <h1>s) is kept
too, per article (archive/site_layout.py): a crawl of a few new pages judges them with the pages read before.
"""
from __future__ import annotations

import json
from collections import Counter, defaultdict

import lxml.html

from news_archive.archive.clock import now
from news_archive.archive.record import ArticleItem
from news_archive.archive.site_layout import layout_pages, layout_values, save_layout
from news_archive.archive.storage import Archive
from news_archive.archive.urls import url_key
from news_archive.pipelines.dedupe import content_fingerprint
from news_archive.pipelines.extraction import BoilerplateMemory
from news_archive.pipelines.extraction.links import clean_text
from news_archive.pipelines.extraction.text import spaced_text
from news_archive.pipelines.language import OPENING_CHARS
from news_archive.pipelines.reopened_language import SHORT_TEXT_CHARS
from news_archive.pipelines.shared_leads import lead_without_furniture
from news_archive.pipelines.shared_title import (banner_headings, headline_less_site_name, headline_of_h1,
                                                 headline_of_page, headlines_shown_as_h1, own_heading, own_headline,
                                                 page_headings, site_name_pieces, site_wide, stated_title,
                                                 titles_linked_here)
from news_archive.pipelines.site_author import site_owners, writer_instead
from news_archive.pipelines.writers_lines import LINE_TAGS as BLOCK_TAGS
from news_archive.pipelines.writers_lines import TextElement, slots_of_own_text, text_elements, writers_lines

# Furniture stands on most of a source's pages in a language; a series' shared intro on three does not.
MIN_SHARE = 0.5
# What `site_layout` keeps of the slots where a source's posts hold their own text (writers_lines.py).
OWN_TEXT_SLOT = "own-text slot"
# What it keeps of each page for the title and author judgements: its <title>, its <h1>s, the title read and the
# <meta name="author"> that alone gave its author (shared_title.py, site_author.py).
PAGE_TITLES = "page titles"


def memory_key(source: str, html_lang: str | None) -> str:
    """Sign-up blocks come in one language per page: pool a source's pages by their declared language."""
    return f"{source}:{(html_lang or '')[:2].lower()}"


def source_of(key: str) -> str:
    """The source a memory key pools pages of."""
    return key.rsplit(":", 1)[0]


def language_of(key: str) -> str:
    """The declared language a memory key pools pages in ('' for none)."""
    return key.rsplit(":", 1)[1]


def opening(body: str | None) -> str:
    """The body's first paragraph, the one the language stage's opening vote reads (reopened_language.py)."""
    return (body or "").strip().split("\n\n", 1)[0].strip()


def _at_own_address(urls: tuple[str, str], article: dict | None) -> bool:
    """Whether a page (`urls`: its archived and fetched URL) stands at the address of the article it was seen at."""
    return article is not None and url_key(article["url"]) in (url_key(urls[0]), url_key(urls[1]))


def load_memory(archive: Archive, key: str) -> BoilerplateMemory:
    memory = BoilerplateMemory(min_share=MIN_SHARE)
    memory.remember(archive.boilerplate_rows(key))
    return memory


def without_boilerplate(article: dict, page: str, memory: BoilerplateMemory,
                        elements: tuple[TextElement, ...] = (), own_slots: frozenset[str] = frozenset()) -> dict | None:
    """The changed columns of an article (`lead`, `body`, `body_html`) once known boilerplate is dropped; the lines
    its writer typed into many posts stay (`elements`: the page's text elements, `own_slots`: where the source's
    posts hold their own text; see writers_lines.py).

    None when nothing changes, or when nothing would be left.
    """
    paragraphs = article["body"].split("\n\n")
    kept = memory.kept(page, paragraphs)
    if elements and len(kept) < len(paragraphs):
        own = set(kept)
        typed = writers_lines(elements, {clean_text(paragraph) for paragraph in own}, own_slots)
        kept = [paragraph for paragraph in paragraphs if paragraph in own or clean_text(paragraph) in typed]
    # A lead the source repeats is its tagline stated as every page's description, or a block of furniture.
    repeated_lead = memory.is_repeated_lead(page, article["lead"] or "")
    if not kept or (len(kept) == len(paragraphs) and not repeated_lead):
        return None
    changes = {"lead": kept[0]} if repeated_lead else {}
    if len(kept) < len(paragraphs):
        dropped = {" ".join(paragraph.split()) for paragraph in paragraphs if paragraph not in kept}
        body = "\n\n".join(kept)
        # Only a post too short to say its language is read with its description (language.text_read); a longer
        # one's description may hold the writer's own opening its body lost as a line they typed into many posts.
        if not repeated_lead and len(body) < OPENING_CHARS \
                and (lead := lead_without_furniture(article["lead"] or "", dropped)) != article["lead"]:
            changes["lead"] = lead or kept[0]
        changes |= {"body": body, "body_html": _without_blocks(article["body_html"] or "", dropped),
                    "content_hash": content_fingerprint(article["title"], body)}
    return changes


class SiteBoilerplate:
    """What one crawl learns of each source's boilerplate, and the cleaning with it, during and after the crawl."""

    def __init__(self, archive: Archive):
        self.archive = archive
        self.learnt: dict[str, BoilerplateMemory] = {}  # memory key -> what earlier crawls learnt
        self.learning: dict[str, BoilerplateMemory] = {}  # memory key -> that, plus this crawl's pages
        self.pages: dict[str, list[tuple[str, str]]] = defaultdict(list)  # memory key -> (page, fetched URL)
        self.elements: dict[str, list[tuple[TextElement, ...]]] = defaultdict(list)  # memory key -> as pages
        self.slots_so_far: dict[str, set[str]] = defaultdict(set)  # memory key -> slots of own text (writers_lines.py)
        self.slots_learnt: dict[str, set[str]] = {}  # memory key -> those the source's earlier pages showed
        self.stated: dict[str, list[str]] = defaultdict(list)  # memory key -> each page's <title>, as pages
        self.headings: dict[str, list[tuple[str, ...]]] = defaultdict(list)  # memory key -> each page's <h1>s
        # memory key -> each page's headings linking to the page itself (folded), as pages
        self.linked: dict[str, list[frozenset[str]]] = defaultdict(list)
        self.titles: dict[str, list[str]] = defaultdict(list)  # memory key -> each page's title as read, as pages
        # memory key -> each page's <meta name="author"> where it alone gave the author, and the author beside it
        self.authors: dict[str, list[tuple[str | None, str | None]]] = defaultdict(list)
        self.leads_dropped: set[int] = set()  # ids of the articles whose lead clean_again found the source's
        self.retitled: set[int] = set()  # ids of the articles clean_again gave another title (their own headline)
        self.reopened: set[int] = set()  # ids of the articles whose opening paragraph clean_again dropped
        # id -> the row, as the crawl stored it, of each short article whose other text or lead clean_again cut
        self.shortened: dict[int, dict] = {}

    def clean(self, item: ArticleItem) -> ArticleItem:
        """Drop from a cleaned item what earlier crawls learnt its source repeats, and learn from its page."""
        key, page = memory_key(item.source, item.html_lang), item.canonical_url or item.url
        if key not in self.learnt:
            self.learnt[key], self.learning[key] = load_memory(self.archive, key), load_memory(self.archive, key)
            self.slots_learnt[key] = layout_values(self.archive, source_of(key), language_of(key), OWN_TEXT_SLOT)
            self.slots_so_far[key] |= self.slots_learnt[key]
        self.learning[key].observe(page, item.body.split("\n\n"), lead=item.lead)
        self.pages[key].append((page, item.url))
        self.stated[key].append(stated_title(item.html or ""))
        self.titles[key].append(item.title or "")
        self.authors[key].append((item.site_meta_author, item.author_beside_meta))
        markup, item.tree = item.html if item.tree is None else item.tree, None  # the clean stage's unpruned copy
        self.headings[key].append(page_headings(markup))
        self.linked[key].append(titles_linked_here(markup, item.url))
        self.elements[key].append(text_elements(markup, item.body.split("\n\n")))
        # What earlier crawls learnt stays the same through this one: each page's slots are read once.
        self.slots_so_far[key] |= own_text_slots(page, self.elements[key][-1], self.learnt[key])
        changes = without_boilerplate(vars(item), page, self.learnt[key], self.elements[key][-1],
                                      frozenset(self.slots_so_far[key]))
        for name, value in (changes or {}).items():
            if name != "content_hash":  # the dedupe stage computes it
                setattr(item, name, value)
        return item

    def clean_again(self) -> set[int]:
        """Clean this crawl's archived articles again with all that was learnt, and keep it for the next crawl; an
        article titled from the <title> the source states on many pages takes its own headline (shared_title.py); one
        whose author is the site's owner its template names on every page takes its own writer (site_author.py).

        Returns the ids of the articles whose text changed.
        """
        refined = set()
        # A story met at two addresses is one article holding the text of the address it keeps (archive/storage.py):
        # the page read there alone cleans and retitles it, not the copy the crawl happened to read last.
        seen_at_by_key = {key: [self.archive.article_seen_at(url) for _page, url in pages]  # as pages
                          for key, pages in self.pages.items()}
        read_at_own = {article["id"] for key, pages in self.pages.items()
                       for urls, article in zip(pages, seen_at_by_key[key]) if _at_own_address(urls, article)}
        for key, memory in self.learning.items():
            self.archive.save_boilerplate(key, memory.rows())
            # This crawl's pages beside what the source's recently read others showed: a crawl of a few new pages
            # judges their titles and authors as the crawl that read the whole site did.
            seen_at = seen_at_by_key[key]
            earlier = self._earlier_titles(key, {article["id"] for article in seen_at if article})
            articles = [None if article and article["id"] in read_at_own and not _at_own_address(urls, article)
                        else article for urls, article in zip(self.pages[key], seen_at)]
            all_stated = self.stated[key] + [stated for stated, _headings, _title, _author in earlier]
            all_headings = self.headings[key] + [tuple(headings) for _stated, headings, _title, _author in earlier]
            shared, banners = site_wide(all_stated), banner_headings(all_headings)
            names = site_name_pieces(all_stated)
            by_h1 = headlines_shown_as_h1(self.titles[key] + [title for _stated, _headings, title, _author in earlier],
                                          all_headings, banners)
            shown = Counter(heading for headings in all_headings for heading in set(headings))
            owners = site_owners([stated for stated, _beside in self.authors[key]] + [author for *_, author in earlier],
                                 self.archive.listing_authors(source_of(key)))
            slots = [own_text_slots(page, elements, memory)
                     for (page, _url), elements in zip(self.pages[key], self.elements[key])]
            own_slots = frozenset(self.slots_learnt[key].union(*slots))
            slots_shown: dict[int, set[str]] = {}  # article id -> the slots of own text its page showed
            titles_shown: dict[int, list[str]] = {}  # article id -> its page's evidence for the titles, as JSON
            for (page, _url), article, stated, headings, linked, title, elements, (meta_author, beside), slots_of_page \
                    in zip(self.pages[key], articles, self.stated[key], self.headings[key], self.linked[key],
                           self.titles[key], self.elements[key], self.authors[key], slots):
                if article:
                    slots_shown.setdefault(article["id"], set()).update(slots_of_page)
                    titles_shown[article["id"]] = [json.dumps([stated, headings, title, meta_author],
                                                              ensure_ascii=False)]
                changes = without_boilerplate(article, page, memory, elements, own_slots) if article else None
                if article and stated in shared:
                    changed = {**article, **(changes or {})}
                    headline = headline_of_page(changed, stated, headings, banners) or own_headline(changed, stated)
                    changes = {**(changes or {}), **(headline or {})} or None
                elif article and names:
                    headline = headline_less_site_name({**article, **(changes or {})}, stated, names, headings)
                    changes = {**(changes or {}), **(headline or {})} or None
                if article and by_h1 and not (changes or {}).get("title"):
                    headline = headline_of_h1({**article, **(changes or {})}, own_heading(headings, banners, shown),
                                              linked)
                    changes = {**(changes or {}), **(headline or {})} or None
                if article and owners:
                    changes = {**(changes or {}), **(writer_instead(article, meta_author, beside, owners) or {})} or None
                if changes:
                    self.archive.refine_article(article["id"], changes)
                    refined.add(article["id"])
                    if "lead" in changes:
                        self.leads_dropped.add(article["id"])
                    if changes.get("title", article["title"]) != article["title"]:
                        self.retitled.add(article["id"])
                    if "body" in changes and opening(changes["body"]) != opening(article["body"]):
                        self.reopened.add(article["id"])
                    elif ("body" in changes or "lead" in changes) \
                            and len(changes.get("body", article["body"]) or "") < SHORT_TEXT_CHARS:
                        self.shortened[article["id"]] = article
            seen = now()
            save_layout(self.archive, source_of(key), language_of(key), OWN_TEXT_SLOT, slots_shown, seen)
            save_layout(self.archive, source_of(key), language_of(key), PAGE_TITLES, titles_shown, seen)
        return refined

    def _earlier_titles(self, key: str, read_now: set[int]) -> list[tuple[str, list[str], str, str | None]]:
        """What the source's recently read pages not read again by this crawl (`read_now`: its articles' ids) showed
        for the titles and authors: (<title>, <h1>s, title read, <meta name="author"> that alone gave the author)."""
        earlier = layout_pages(self.archive, source_of(key), language_of(key), PAGE_TITLES)
        return [tuple(json.loads(values[0])) for article_id, values in earlier.items()
                if values and article_id not in read_now]


def own_text_slots(page: str, elements: tuple[TextElement, ...], memory: BoilerplateMemory) -> set[str]:
    """Where a page holds its post's own text: the slots of its text elements, by what `memory` knows repeated."""
    lines = sorted({line for element in elements for line in element.lines})
    return slots_of_own_text(elements, set(memory.kept(page, lines)))


def _without_blocks(html: str, dropped: set[str]) -> str:
    if not html.strip():
        return html
    fragment = lxml.html.fragment_fromstring(html, create_parent="div")
    for element in list(fragment.iter(*BLOCK_TAGS)):
        if spaced_text(element) in dropped and element.getparent() is not None:
            element.drop_tree()
    return (fragment.text or "") + "".join(lxml.html.tostring(child, encoding="unicode") for child in fragment)
