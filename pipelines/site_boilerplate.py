"""Site-level boilerplate: blocks a source repeats on most of its pages, learnt across crawls and removed.

Markup says nothing about a plain `<p>` "About us" paragraph closing every article; only its
repetition does. Each source and language has a memory of the blocks it showed on which pages.
During a crawl, articles are cleaned with what earlier crawls learnt; at the end, this crawl's
articles are cleaned again with everything learnt now, which is kept for the next crawl. A stored
text then does not depend on the order pages were fetched in, and a re-crawl changes nothing.
"""
from __future__ import annotations

import lxml.html

from news_archive.archive.storage import Archive
from news_archive.pipelines.dedupe import content_fingerprint
from news_archive.pipelines.extraction import BoilerplateMemory

BLOCK_TAGS = ("p", "li", "h2", "h3", "h4", "h5", "h6", "blockquote")
# Furniture stands on most of a source's pages in a language; a series' shared intro on three does not.
MIN_SHARE = 0.5


def memory_key(source: str, html_lang: str | None) -> str:
    """Sign-up blocks come in one language per page: pool a source's pages by their declared language."""
    return f"{source}:{(html_lang or '')[:2].lower()}"


def load_memory(archive: Archive, key: str) -> BoilerplateMemory:
    memory = BoilerplateMemory(min_share=MIN_SHARE)
    memory.remember(archive.boilerplate_rows(key))
    return memory


def without_boilerplate(article: dict, page: str, memory: BoilerplateMemory) -> dict | None:
    """The changed columns of an article (`title`, `lead`, `body`, `body_html`) once known boilerplate is dropped.

    None when nothing changes, or when nothing would be left.
    """
    paragraphs = article["body"].split("\n\n")
    kept = [paragraph for paragraph in paragraphs if not memory.is_boilerplate(page, paragraph)]
    if len(kept) == len(paragraphs) or not kept:
        return None
    dropped = {" ".join(paragraph.split()) for paragraph in paragraphs if paragraph not in kept}
    body = "\n\n".join(kept)
    changes = {"body": body, "body_html": _without_blocks(article["body_html"] or "", dropped),
               "content_hash": content_fingerprint(article["title"], body)}
    if " ".join((article["lead"] or "").split()) in dropped:
        changes["lead"] = kept[0]
    return changes


def _without_blocks(html: str, dropped: set[str]) -> str:
    if not html.strip():
        return html
    fragment = lxml.html.fragment_fromstring(html, create_parent="div")
    for element in list(fragment.iter(*BLOCK_TAGS)):
        if " ".join(element.text_content().split()) in dropped and element.getparent() is not None:
            element.drop_tree()
    return (fragment.text or "") + "".join(lxml.html.tostring(child, encoding="unicode") for child in fragment)
