"""Turn an article's blocks into template items and into its ground-truth paragraphs."""

import re
from typing import Any

from .content import ArticleData

_AUTOLINK = re.compile(r"<((?:https?://)[^>\s]+)>")
# "[text](href)": a link with its own text, as most CMS editors write them.
_LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")
_INLINE = re.compile(rf"{_AUTOLINK.pattern}|{_LINK.pattern}")


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
            items[-1]["items"].append(inline_lines(block.text))
        else:
            items.append({"kind": block.kind, "text": block.text, "lines": inline_lines(block.text), "src": block.src})
    if link_href and "link_to" in article.options:
        items.append({"kind": "link", "text": article.options["link_to"]["text"], "href": link_href})
    return items


def body_paragraphs(article: ArticleData, lead: str) -> tuple[str, ...]:
    """The plain-text body a perfect extractor returns: lead, blocks, raw-HTML text, link line."""
    texts = [lead]
    for position, block in enumerate(article.blocks):
        if "unsafe_html" in article.options and position == article.options["unsafe_after"]:
            texts.append(article.options["unsafe_text"])
        texts.append(plain_text(block.text))
    if "link_to" in article.options:
        texts.append(article.options["link_to"]["text"])
    return tuple(texts)


def inline_lines(text: str) -> list[list[tuple[str, str | None]]]:
    """A block's lines (a newline is a <br>), each as (text, href) runs, href None for plain text:
    "<https://...>" is a link that shows its address, "[text](href)" a link with its own text."""
    return [inline_runs(line) for line in text.split("\n")]


def inline_runs(line: str) -> list[tuple[str, str | None]]:
    runs: list[tuple[str, str | None]] = []
    position = 0
    for link in _INLINE.finditer(line):
        runs.append((line[position : link.start()], None))
        address, text, href = link.groups()
        runs.append((address, address) if address else (text, href))
        position = link.end()
    runs.append((line[position:], None))
    return [(text, href) for text, href in runs if text]


def plain_text(text: str) -> str:
    """What a reader sees of a block: the addresses without their brackets, link texts, lines joined by spaces."""
    return " ".join(_LINK.sub(r"\1", _AUTOLINK.sub(r"\1", text)).split())
