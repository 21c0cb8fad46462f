"""Newsletter drafts: one entry per story from the archive, rendered as Markdown or e-mail-safe HTML."""
from news_archive.archive.newsletter.build import Entry, Newsletter, Section, build_newsletter
from news_archive.archive.newsletter.render import NewsletterError, render_newsletter
from news_archive.archive.newsletter.select import stories_of_articles, stories_published_between

__all__ = ["Entry", "Newsletter", "NewsletterError", "Section", "build_newsletter", "render_newsletter",
           "stories_of_articles", "stories_published_between"]
