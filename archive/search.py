"""Swedish-aware search over the archive: a staff query as SQL over the two full-text indexes, and its snippets."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from markupsafe import Markup, escape

WORD_INDEX = "articles_fts"  # words of title, lead and body
PART_INDEX = "articles_parts"  # trigrams of title and lead
# bm25 weights for title, lead and body: a word in the title says more about the article than one in the body.
COLUMN_WEIGHTS = (10.0, 4.0, 1.0)
SNIPPET_CHARS = 220
TRIGRAM = 3

_QUERY_PART = re.compile(r'(-?)"([^"]*)"?|(\S+)')


@dataclass(frozen=True)
class Term:
    text: str
    excluded: bool = False
    prefix: bool = False  # `word*`: asked for explicitly; terms of three letters or more are prefixes anyway

    def word_expression(self) -> str:
        """Whole words for one or two letters (`KI`), else the start of a word (`cellterapi*`)."""
        quoted = '"' + self.text.replace('"', '""') + '"'
        return quoted + " *" if self.prefix or len(self.text) >= TRIGRAM else quoted

    def part_expression(self) -> str | None:
        """Anywhere inside a word of the title or lead; trigrams need three characters."""
        return '"' + self.text.replace('"', '""') + '"' if len(self.text) >= TRIGRAM else None

    def matching_ids_sql(self, name: str) -> str:
        words = f"select rowid as article_id from {WORD_INDEX} where {WORD_INDEX} match :{name}_words"
        if self.part_expression() is None:
            return words
        return f"{words} union select rowid as article_id from {PART_INDEX} where {PART_INDEX} match :{name}_parts"


@dataclass(frozen=True)
class SearchPlan:
    """A query as SQL: `where_sql` keeps the matching articles, `rank_expression` orders them (None: it cannot).

    `ids_sql` selects the matching ids straight from the indexes (`article_id`), without reading an
    article: what a search with no other filter needs to count and rank them; None when only words
    to leave out were given.
    """
    where_sql: str
    params: dict = field(default_factory=dict)
    rank_expression: str | None = None
    ids_sql: str | None = None


def parse_query(text: str) -> list[Term]:
    """Words, "quoted phrases", `-excluded` words and `prefix*` words; every term must match."""
    terms = []
    for match in _QUERY_PART.finditer(text):
        minus, phrase, word = match.groups()
        if phrase is not None:
            if phrase.strip():
                terms.append(Term(" ".join(phrase.split()), excluded=bool(minus)))
            continue
        excluded = word.startswith("-") and len(word) > 1
        word = word[1:] if excluded else word
        prefix = word.endswith("*")
        word = word.rstrip("*")
        if word:
            terms.append(Term(word, excluded=excluded, prefix=prefix))
    return terms


def plan_search(text: str, raw: bool = False, id_column: str = "id") -> SearchPlan | None:
    """The SQL for a search box's text; None when there is nothing to search for.

    `raw` passes the text to the word index as an FTS5 expression (OR, NOT, NEAR) for those who know it.
    """
    if raw:
        if not text.strip():
            return None
        ids_sql = f"select rowid as article_id from {WORD_INDEX} where {WORD_INDEX} match :search_raw"
        return SearchPlan(f"{id_column} in ({ids_sql})", {"search_raw": text}, text, ids_sql)
    terms = parse_query(text)
    if not terms:
        return None
    wanted = [term for term in terms if not term.excluded]
    clauses, params, unwanted_ids = [], {}, []
    if wanted:
        # All wanted terms in one query per index, which is how FTS5 intersects large sets fast: all of
        # them at the start of words anywhere, or all of them inside words of the title and lead.
        params["search_words"] = " AND ".join(term.word_expression() for term in wanted)
        ids_sql = f"select rowid as article_id from {WORD_INDEX} where {WORD_INDEX} match :search_words"
        if all(term.part_expression() for term in wanted):
            params["search_parts"] = " AND ".join(term.part_expression() for term in wanted)
            ids_sql += f" union select rowid as article_id from {PART_INDEX} where {PART_INDEX} match :search_parts"
        clauses.append(f"{id_column} in ({ids_sql})")
    for number, term in enumerate(term for term in terms if term.excluded):
        name = f"search_excluded_{number}"
        params[f"{name}_words"] = term.word_expression()
        if term.part_expression():
            params[f"{name}_parts"] = term.part_expression()
        clauses.append(f"{id_column} not in ({term.matching_ids_sql(name)})")
        unwanted_ids.append(f"select article_id from ({term.matching_ids_sql(name)})")
    ids_sql = " except ".join([f"select article_id from ({ids_sql})", *unwanted_ids]) if wanted else None
    return SearchPlan(" and ".join(clauses), params, params.get("search_words"), ids_sql)


def highlight_terms(text: str) -> list[str]:
    """The strings a snippet marks: the query's wanted terms, longest first."""
    terms = {term.text for term in parse_query(text) if not term.excluded}
    return sorted(terms, key=len, reverse=True)


def snippet(text: str | None, query: str, width: int = SNIPPET_CHARS) -> Markup:
    """A stretch of `text` around the first match of `query`, HTML-escaped, matches in <mark>.

    Matching is the index's own: case-insensitive and inside words, å, ä and ö kept apart from a and o.
    """
    text = text or ""
    terms = highlight_terms(query)
    if not text.strip() or not terms:
        return Markup("")
    pattern = _highlight_pattern(tuple(terms))
    first = pattern.search(text)
    # Only the stretch around the match is tidied: bodies run to thousands of characters.
    start = 0 if first is None else max(0, first.start() - width // 3)
    if start:
        space = text.find(" ", start, first.start())
        start = space + 1 if space >= 0 else start
    end = min(len(text), start + width + width // 2)
    excerpt = " ".join(text[start:end].split())
    cut = len(excerpt) > width or end < len(text)
    if len(excerpt) > width:
        excerpt = excerpt[:width].rsplit(" ", 1)[0]
    marked = Markup("")
    position = 0
    for match in pattern.finditer(excerpt):
        marked += escape(excerpt[position:match.start()]) + Markup("<mark>") + escape(match.group()) + Markup("</mark>")
        position = match.end()
    marked += escape(excerpt[position:])
    return (Markup("… ") if start else Markup("")) + marked + (Markup(" …") if cut else Markup(""))


def _highlight_pattern(terms: tuple[str, ...]) -> re.Pattern:
    # Any run of white space in a phrase matches any other: the text is only tidied around the match.
    # (re keeps its own cache of compiled patterns.)
    return re.compile("|".join(r"\s+".join(map(re.escape, term.split())) for term in terms), re.IGNORECASE)


def search_snippet(lead: str | None, body: str | None, query: str | None) -> str:
    """The SQL function behind a search's `snippet` column: the lead and body, the lead once."""
    lead, body = lead or "", body or ""
    text = body if lead and body.startswith(lead[:80]) else f"{lead} {body}"
    return str(snippet(text, query or ""))
