"""Find the stored article a record copies: its words at another address, untranslated, retouched or relabelled."""
from __future__ import annotations

from news_archive.archive.better_address import AddressClaims, declared_in_another_language
from news_archive.archive.language_versions import language_folder
from news_archive.archive.near_copies import (headlines_of_their_own, is_copy_with_a_label_more, is_long_text,
                                              is_retouched_copy, is_untranslated_copy, tells_post_apart)
from news_archive.archive.urls import family_in_any_language, page_name, url_family, url_key

# What `language_copy_stored` reads of a row: its address, words and languages.
_COPY_COLUMNS = ("id", "url", "title", "body", "language", "declared_language", "published")


def _one_language_or_a_copys(row: dict, other: dict) -> bool:
    """Whether two rows' texts are in one language, or one row's page is declared in another than its text: an
    untranslated copy's marks, which a translation under the post's own title has not."""
    return row.get("language") == other.get("language") or any(
        declared_in_another_language(each["url"], each, AddressClaims()) for each in (row, other))


class StoredCopies:
    """Archive's look-ups of a stored copy, which `save_article` keeps as one article with the record; the Archive
    holds the database they read and its `article` and `article_id_for_urls` (archive/storage.py)."""

    def article_copied_by(self, record: dict, alternates: list[str]) -> int | None:
        """The article of the same source stored under one of the page's hreflang versions that the record copies
        untranslated (archive/near_copies.py)."""
        own = {url_key(record["url"])}
        for url in alternates:
            article_id = None if url_key(url) in own else self.article_id_for_urls([url])
            if article_id is None:
                continue
            stored = self.article(article_id)
            if stored["source"] == record["source"] and is_untranslated_copy(
                    record.get("title") or "", record.get("body") or "", stored["title"] or "", stored["body"] or ""):
                return article_id
        return None

    def copy_stored_before(self, record: dict, urls: list[str]) -> int | None:
        """The article of the same source stored from a page that named one of these URLs as its version in another
        language (hreflang, or a language plugin's canonical: story_alternates) and copies the record untranslated:
        the copy came first, the page it copies comes now."""
        keys = sorted({url_key(url) for url in urls})
        rows = self.db.execute(
            f"select distinct article_id from story_alternates where url_key in ({','.join('?' * len(keys))}) "
            "order by article_id", keys).fetchall()
        for article_id, in rows:
            stored = self.article(article_id)
            if stored and stored["source"] == record["source"] and is_untranslated_copy(
                    record.get("title") or "", record.get("body") or "", stored["title"] or "", stored["body"] or ""):
                return article_id
        return None

    def same_text_stored(self, record: dict) -> int | None:
        """The article of the same source, day and language, at an address of the same name in another folder, with the
        record's title and its text but for a word or a label (near_copies.is_retouched_copy): one post the site files
        in two collections (`/news/meeting/`, `/meetings/meeting/`), one copy lightly retouched. One article, whichever
        address the crawl met first. Posts of one day written from one template have names of their own."""
        day, name = (record.get("published") or "")[:10], page_name(record["url"])
        if not day or not name:
            return None
        # The day as a range of `published` values, which the (source, published) index serves: every moment of the
        # day sorts between the bare day and the day followed by "~", above any character of an ISO timestamp.
        rows = self.db.execute(
            "select id, url, title, body from articles where source = ? and published >= ? and published < ? "
            "and language is ? and url != ? order by id",
            [record["source"], day, f"{day}~", record.get("language"), record["url"]])
        # A long text posted twice (an editor's double submit: `/node/122`, `/node/123`) is one article at any name in
        # the posts' family: posts written from one template differ by more than a few words once they run this long.
        long_text = is_long_text(record.get("body") or "")
        for article_id, url, title, body in rows.fetchall():
            if (page_name(url) == name or (long_text and self._in_family_of(article_id, record["url"]))) \
                    and is_retouched_copy(record.get("title") or "", record.get("body") or "", title or "", body or ""):
                return article_id
        return None

    def same_body_stored(self, record: dict) -> int | None:
        """The article of the same source and day whose text is the record's word for word, whatever either title, but
        for a label (near_copies.is_copy_with_a_label_more): a page showing a post again under another heading (a CMS's
        reply page, "Reply to comment" over the post and its form, without the post's "Anna's blog" link) is that
        post's copy. A text long enough to tell posts apart (near_copies.tells_post_apart) and the whole of it alike:
        two posts sharing a paragraph of boilerplate differ in the rest. Two headlines of their own over the same words
        (near_copies.headlines_of_their_own) are two notices of one template, not a copy. A page in another language's
        folder is no reply page: under a headline translated it is that language's version, an article of its own in
        the post's story, as an untranslated copy is one only under the post's own title (article_copied_by)."""
        day, body = (record.get("published") or "")[:10], record.get("body") or ""
        if not day or not tells_post_apart(body):
            return None
        rows = self.db.execute(
            "select id, url, title, body from articles where source = ? and published >= ? and published < ? "
            "and url != ? order by id", [record["source"], day, f"{day}~", record["url"]])
        title, folder = record.get("title") or "", language_folder(record["url"])
        return next((article_id for article_id, url, stored_title, stored in rows.fetchall()
                     if language_folder(url) == folder and is_copy_with_a_label_more(body, stored or "")
                     and not headlines_of_their_own(title, stored_title or "")), None)

    def language_copy_stored(self, record: dict, other_than: int) -> int | None:
        """The article of the same source and day, other than `other_than`, at the record's address in another
        language's folder (`/en/news/meeting/` beside `/news/meeting/`), that the record copies untranslated
        (near_copies.is_untranslated_copy: the same title, most paragraphs written in a language word for word): a post
        a site shows under another language's address where nobody translated it, no hreflang naming the versions.
        One copy may keep a line of figures and symbols the other's page sets apart (a film's facts line over the
        text, "Kanada 2023 | 9 Minuten"); a line in words is prose the test counts. Only the same name in the same
        folder but for the language's vouches: two posts of a day sharing most of their text have names of their own.
        A translation keeps the post's own title and its credit lines ("Regie:", "Director:" before the same names),
        most of its paragraphs where its text is short: only rows of one language are copies, or a copy whose page is
        declared in another language than its text, as the store judges a copy met at an alias (`_copy_at_alias`).
        Both rows are dated (the crawl's end runs this before it dates undated rows from listings and feeds); the
        copy's text goes without a version, as a copy the store meets equal."""
        day, url = (record.get("published") or "")[:10], record["url"]
        if not day:
            return None
        rows = self.db.execute(
            f"select {', '.join(_COPY_COLUMNS)} from articles where source = ? and published >= ? and published < ? "
            "and id != ? order by id", [record["source"], day, f"{day}~", other_than])
        family, name, folder = family_in_any_language(url_family(url)), page_name(url), language_folder(url)
        for other in (dict(zip(_COPY_COLUMNS, row)) for row in rows.fetchall()):
            if language_folder(other["url"]) != folder and page_name(other["url"]) == name \
                    and family_in_any_language(url_family(other["url"])) == family \
                    and _one_language_or_a_copys(record, other) and is_untranslated_copy(
                        record.get("title") or "", record.get("body") or "", other["title"] or "", other["body"] or ""):
                return other["id"]
        return None

    def _in_family_of(self, article_id: int, url: str) -> bool:
        """Whether one of the article's addresses sits in the URL's family (archive/urls.py url_family): a mirror's
        second copy (`/index.php/node/122`) is in the family of the article's copy there, not of its first address."""
        family = url_family(url)
        return any(url_family(address) == family for address, in self.db.execute(
            "select url from article_urls where article_id = ?", [article_id]))

    def article_id_for_content(self, record: dict, other_than: int | None = None) -> int | None:
        """The source's article of the record's very words (its fingerprint, `content_hash`), other than the article
        `other_than` (a stored row looking for its copy). Where the text is too short to tell a post by (a picture
        under its headline, a line of caption), the words are little more than the headline, which a site gives its
        greeting card every year: such a post is one article with another only posted the same day (met at two
        addresses); its own addresses are found before this."""
        query, values = "select id from articles where source = ? and content_hash = ? and id is not ?", [
            record["source"], record["content_hash"], other_than]
        if not tells_post_apart(record.get("body") or ""):
            day = (record.get("published") or "")[:10]
            if not day:
                return None
            query, values = f"{query} and published >= ? and published < ?", [*values, day, f"{day}~"]
        row = self.db.execute(f"{query} order by id limit 1", values).fetchone()
        return row[0] if row else None
