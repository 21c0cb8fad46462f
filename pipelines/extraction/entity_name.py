"""The name a post's own markup gives it: the RDFa or microdata name of the article entity the template renders."""
from __future__ import annotations

from .structured import ARTICLE_TYPES

# Properties naming an entity, in RDFa (`property`, often prefixed "schema:") and microdata (`itemprop`).
_NAME_PROPERTIES = frozenset({"name", "headline"})


def article_entity_names(root) -> list[str]:
    """The names (`content` attribute or text) that elements typed a post declare for themselves, in page order.

    A CMS template renders them from the post's title field, often as a hidden `<span property="schema:name"
    content="...">`; a name inside a nested entity (the author, typed Person) is that entity's, not the post's."""
    found = []
    for element in root.xpath("//*[@property or @itemprop]"):
        if not _NAME_PROPERTIES & _local_names(element.get("property", "") + " " + element.get("itemprop", "")):
            continue
        owner = next((a for a in element.iterancestors() if a.get("typeof") or a.get("itemtype")), None)
        # schema.org's Article and its kinds (NewsArticle, BlogPosting, ...), as JSON-LD's are read (structured.py).
        if owner is None or not ARTICLE_TYPES & _local_names(owner.get("typeof") or owner.get("itemtype")):
            continue
        name = " ".join((element.get("content") or "".join(element.itertext())).split())
        if name:
            found.append(name)
    return found


def _local_names(values: str) -> set[str]:
    """Property names without their vocabulary ("schema:name", "https://schema.org/name" -> "name")."""
    return {value.rsplit("/", 1)[-1].rsplit(":", 1)[-1].lower() for value in values.split()}
