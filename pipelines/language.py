"""Language stage: tag each article with its language from its text and the page's hints."""
from __future__ import annotations

from news_archive.pipelines.langid import LanguageHints, detect_language
from news_archive.archive.record import ArticleItem


def tag_language(item: ArticleItem) -> ArticleItem:
    hints = LanguageHints(html_lang=item.html_lang, og_locale=item.og_locale, url=item.url,
                          source_languages=list(item.source_languages), title=item.title)
    detection = detect_language(f"{item.lead}\n\n{item.body}" if item.lead and item.lead not in item.body else item.body, hints)
    item.language, item.language_confidence = detection.language, round(detection.confidence, 4)
    return item


class LanguagePipeline:
    def process_item(self, item: ArticleItem) -> ArticleItem:
        return tag_language(item)
