"""Render a newsletter with a Jinja2 template: the bundled Markdown or HTML one, or a copy a user edited."""
from __future__ import annotations

import re
from importlib import resources
from pathlib import Path
from urllib.parse import urlsplit

import jinja2

from news_archive.archive.newsletter.build import Newsletter
from news_archive.archive.newsletter.words import date_range, joined, labels, language_note, long_date

FORMATS = {"markdown": "newsletter.md.j2", "html": "newsletter.html.j2"}
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#|!~])")


class NewsletterError(ValueError):
    """A template that cannot be used; the message names the file and, where known, the line."""


def default_template_path(output_format: str) -> Path:
    return Path(str(resources.files("news_archive.archive.newsletter") / "templates" / FORMATS[output_format]))


def render_newsletter(newsletter: Newsletter, output_format: str = "markdown",
                      template_path: str | Path | None = None) -> str:
    """The newsletter as text; HTML templates (`--format html`) are autoescaped, whoever wrote them."""
    if output_format not in FORMATS:
        raise NewsletterError(f"format must be one of {', '.join(FORMATS)}, not {output_format!r}")
    path = Path(template_path) if template_path else default_template_path(output_format)
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(path.parent)),
        autoescape=output_format == "html",
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.filters.update(md=markdown_text, link_url=link_url, markdown_url=markdown_url)
    words = labels(newsletter.language)
    context = {
        "newsletter": newsletter, "labels": words,
        "period": date_range(newsletter.since, newsletter.until, newsletter.language)
        if newsletter.since and newsletter.until else "",
        "language_note": lambda language: language_note(language, newsletter.language),
        "joined": lambda names: joined(list(names), newsletter.language),
        "long_date": lambda day: long_date(day, newsletter.language),
    }
    try:
        text = environment.get_template(path.name).render(context)
    except jinja2.TemplateNotFound:
        raise NewsletterError(f"{path}: template not found") from None
    except jinja2.TemplateSyntaxError as exc:
        raise NewsletterError(f"{path}: line {exc.lineno}: {exc.message}") from None
    except jinja2.TemplateError as exc:
        raise NewsletterError(f"{path}: {exc.message or exc}") from None
    return text if text.endswith("\n") else text + "\n"


def link_url(url: str | None) -> str:
    """The URL when it is http(s), else "": a scraped `javascript:` link must never become a link."""
    if not url or urlsplit(url.strip()).scheme.lower() not in ("http", "https"):
        return ""
    return url.strip()


def markdown_url(url: str | None) -> str:
    """A link target Markdown cannot misread: spaces and parentheses percent-encoded."""
    return link_url(url).replace(" ", "%20").replace("(", "%28").replace(")", "%29").replace("<", "%3C").replace(">", "%3E")


def markdown_text(text: str | None) -> str:
    """Text shown as written in Markdown: no emphasis, links or raw HTML from scraped titles."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join((text or "").split()))
