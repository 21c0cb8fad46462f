"""Turn an article's blocks into template items and into its ground-truth paragraphs."""

from typing import Any

from .content import ArticleData


def body_items(article: ArticleData, link_href: str | None = None) -> list[dict[str, Any]]:
    """Body elements after the lead, bullets grouped into lists, for the templates' body macro.

    An article may carry raw HTML (`unsafe_html`, the sample for security tests) inserted
    after `unsafe_after` blocks, and a closing link to the same story on another site.
    """
    items: list[dict[str, Any]] = []
    for position, block in enumerate(article.blocks):
        if "unsafe_html" in article.options and position == article.options["unsafe_after"]:
            items.append({"kind": "raw", "html": article.options["unsafe_html"]})
        if block.kind == "li":
            if not items or items[-1]["kind"] != "ul":
                items.append({"kind": "ul", "items": []})
            items[-1]["items"].append(block.text)
        else:
            items.append({"kind": block.kind, "text": block.text})
    if link_href and "link_to" in article.options:
        items.append({"kind": "link", "text": article.options["link_to"]["text"], "href": link_href})
    return items


def body_paragraphs(article: ArticleData, lead: str) -> tuple[str, ...]:
    """The plain-text body a perfect extractor returns: lead, blocks, raw-HTML text, link line."""
    texts = [lead]
    for position, block in enumerate(article.blocks):
        if "unsafe_html" in article.options and position == article.options["unsafe_after"]:
            texts.append(article.options["unsafe_text"])
        texts.append(block.text)
    if "link_to" in article.options:
        texts.append(article.options["link_to"]["text"])
    return tuple(texts)
