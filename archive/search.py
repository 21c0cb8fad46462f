"""Swedish-aware search over the archive: a staff query as SQL over the two full-text indexes, and its snippets."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from markupsafe import Markup, escape

TRIGRAM_INDEX = "articles_fts"
WORD_INDEX = "articles_words"
# bm25 weights for title, lead and body: a word in the title says more about the article than one in the body.
COLUMN_WEIGHTS = (10.0, 4.0, 1.0)
SNIPPET_CHARS = 220

_QUERY_PART = re.compile(r'(-?)"([^"]*)"?|(\S+)')


@dataclass(frozen=True)
class Term:
    text: str
    excluded: bool = False
    prefix: bool = False  # `word*`; only the word index needs it, trigrams match inside words anyway

    @property
    def index(self) -> str:
        # Trigrams need three characters; shorter terms are whole (or prefixed) words.
        return TRIGRAM_INDEX if len(self.text) >= 3 else WORD_INDEX

    def fts_expression(self) -> str:
        quoted = '"' + self.text.replace('"', '""') + '"'
        return quoted + " *" if self.prefix and self.index == WORD_INDEX else quoted


@dataclass(frozen=True)
class SearchPlan:
    """A query as SQL: `where_sql` keeps the matching articles, `rank_*` orders them (None: nothing to rank by)."""
    where_sql: str
    params: dict = field(default_factory=dict)
    rank_index: str | None = None
    rank_expression: str | None = None


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

    `raw` passes the text to the trigram index as an FTS5 expression (OR, NOT, NEAR) for those who know it.
    """
    if raw:
        if not text.strip():
            return None
        sql = f"{id_column} in (select rowid from {TRIGRAM_INDEX} where {TRIGRAM_INDEX} match :search_raw)"
        return SearchPlan(sql, {"search_raw": text}, TRIGRAM_INDEX, text)
    terms = parse_query(text)
    if not terms:
        return None
    clauses, params = [], {}
    for number, term in enumerate(terms):
        name = f"search_term_{number}"
        params[name] = term.fts_expression()
        membership = "not in" if term.excluded else "in"
        clauses.append(f"{id_column} {membership} (select rowid from {term.index} where {term.index} match :{name})")
    wanted = [term for term in terms if not term.excluded]
    rank_index = TRIGRAM_INDEX if any(term.index == TRIGRAM_INDEX for term in wanted) else WORD_INDEX
    ranked_terms = [term.fts_expression() for term in wanted if term.index == rank_index]
    rank_expression = " AND ".join(ranked_terms) or None
    return SearchPlan(" and ".join(clauses), params, rank_index if rank_expression else None, rank_expression)


def highlight_terms(text: str) -> list[str]:
    """The strings a snippet marks: the query's wanted terms, longest first."""
    terms = {term.text for term in parse_query(text) if not term.excluded}
    return sorted(terms, key=len, reverse=True)


def snippet(text: str | None, query: str, width: int = SNIPPET_CHARS) -> Markup:
    """A stretch of `text` around the first match of `query`, HTML-escaped, matches in <mark>.

    Matching is the index's own: case-insensitive and inside words, å, ä and ö kept apart from a and o.
    """
    text = " ".join((text or "").split())
    terms = highlight_terms(query)
    if not text or not terms:
        return Markup("")
    pattern = re.compile("|".join(re.escape(term) for term in terms), re.IGNORECASE)
    first = pattern.search(text)
    start = 0 if first is None else max(0, first.start() - width // 3)
    if start:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < first.start() else start
    end = min(len(text), start + width)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > (first.end() if first else start) else end
    excerpt = text[start:end]
    marked = Markup("")
    position = 0
    for match in pattern.finditer(excerpt):
        marked += escape(excerpt[position:match.start()]) + Markup("<mark>") + escape(match.group()) + Markup("</mark>")
        position = match.end()
    marked += escape(excerpt[position:])
    return (Markup("… ") if start else Markup("")) + marked + (Markup(" …") if end < len(text) else Markup(""))


def search_snippet(lead: str | None, body: str | None, query: str | None) -> str:
    """The SQL function behind a search's `snippet` column: the lead and body, the lead once."""
    lead, body = lead or "", body or ""
    text = body if lead and body.startswith(lead[:80]) else f"{lead} {body}"
    return str(snippet(text, query or ""))
