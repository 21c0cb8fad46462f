"""Newsletter drafts: one entry per story, the wanted language, partners, leads cut at sentences, safe output."""
from __future__ import annotations

import re
from datetime import date

import pytest
import sqlite_utils
from click.testing import CliRunner

from news_archive.archive.cli.main import cli
from news_archive.archive.newsletter import build_newsletter, render_newsletter, stories_published_between
from news_archive.archive.newsletter.leads import cut_lead
from news_archive.archive.newsletter.render import default_template_path
from news_archive.archive.storage import Archive
from staff_archive import LONG_SWEDISH_LEAD, add_article, build_staff_archive


@pytest.fixture(scope="module")
def archive_path(tmp_path_factory):
    return build_staff_archive(tmp_path_factory.mktemp("newsletter") / "archive.db")


def run(*args):
    result = CliRunner().invoke(cli, ["newsletter", *args])
    return result


def march(archive_path, language="sv", group_by="partner"):
    conn = sqlite_utils.Database(archive_path).conn
    keys = stories_published_between(conn, date(2025, 3, 1), date(2025, 3, 31))
    return build_newsletter(conn, keys, language, group_by, date(2025, 3, 1), date(2025, 3, 31))


def test_one_entry_per_story_in_the_wanted_language(archive_path):
    swedish = {entry.title: entry for entry in march(archive_path, "sv").entries}
    assert set(swedish) == {"Nytt labb för cellterapiforskningen i Flemingsberg", "Håret och hälsan: ny studie om hårväxt",
                            "Regionen öppnar fler vårdplatser", "A new research hub for AI and life science"}
    lab = swedish["Nytt labb för cellterapiforskningen i Flemingsberg"]
    assert lab.partner == "Flemingsberg Science" and lab.also_published_by == ("Karolinska Institutet",)
    assert lab.published == date(2025, 3, 10) and not lab.other_language
    assert swedish["A new research hub for AI and life science"].other_language
    english = {entry.title for entry in march(archive_path, "en").entries}
    assert "New lab for cell therapy research in Flemingsberg" in english and "Regionen öppnar fler vårdplatser" in english


def test_leads_are_cut_at_a_sentence_end_within_300_characters():
    lead = cut_lead(LONG_SWEDISH_LEAD)
    assert len(LONG_SWEDISH_LEAD) > 300 >= len(lead) and lead.endswith("hyra tid i labbet.")
    assert cut_lead("Kort ingress.") == "Kort ingress."
    assert cut_lead("Forskarna, t.ex. Anna Berg, " + "mäter " * 80).endswith("…")
    assert cut_lead("Det gäller t.ex. barn. " + "Lång mening " * 30 + ".") == "Det gäller t.ex. barn."
    assert len(cut_lead("ord " * 200)) <= 300


def test_markdown_grouped_by_partner_from_the_command_line(archive_path):
    result = run("--since", "2025-03-01", "--until", "2025-03-31", "--db", str(archive_path))
    assert result.exit_code == 0, result.output
    text = result.output
    assert text.startswith("# Nyheter från partnerna · 1–31 mars 2025")
    assert re.findall(r"^## (.+)$", text, re.M) == ["Akademiska Hus", "Flemingsberg Science", "Region Stockholm"]
    assert ("### [Nytt labb för cellterapiforskningen i Flemingsberg]"
            "(https://flemingsbergscience.se/sv/2025/03/10/nytt-labb-for-cellterapiforskningen/)") in text
    assert "Även publicerad av Karolinska Institutet." in text and "(på engelska)" in text
    assert "*Flemingsberg Science · 10 mars 2025*" in text
    assert "ÅTERVINNING" not in text  # February


def test_html_grouped_by_week_is_email_safe(archive_path):
    result = run("--since", "2025-03-01", "--until", "2025-03-31", "--lang", "en", "--format", "html",
                 "--group-by", "week", "--db", str(archive_path))
    assert result.exit_code == 0, result.output
    html = result.output
    assert re.findall(r"<h2[^>]*>([^<]+)</h2>", html) == ["Week 12 · 17–23 March 2025", "Week 11 · 10–16 March 2025"]
    assert "<script" not in html and "<style" not in html and "<link" not in html and "class=" not in html
    assert 'style="' in html and '<a href="https://flemingsbergscience.se/en/' in html
    assert "(in Swedish)" in html


def test_a_copied_and_edited_template(archive_path, tmp_path):
    template = tmp_path / "mine.html.j2"
    template.write_text(default_template_path("html").read_text().replace("<h1", "<h1 data-mine=\"yes\""))
    result = run("--since", "2025-03-01", "--until", "2025-03-31", "--format", "html", "--template", str(template),
                 "--db", str(archive_path))
    assert result.exit_code == 0 and 'data-mine="yes"' in result.output
    custom = tmp_path / "short.md.j2"
    custom.write_text("{% for entry in newsletter.entries %}- {{ entry.title }} ({{ entry.partner }})\n{% endfor %}")
    result = run("--since", "2025-03-10", "--until", "2025-03-12", "--template", str(custom), "--db", str(archive_path))
    assert result.output == "- Nytt labb för cellterapiforskningen i Flemingsberg (Flemingsberg Science)\n"


def test_user_errors_are_one_line(archive_path, tmp_path):
    broken = tmp_path / "broken.md.j2"
    broken.write_text("{{ newsletter.titel }}")
    result = run("--since", "2025-03-01", "--template", str(broken), "--db", str(archive_path))
    assert result.exit_code == 1 and "broken.md.j2" in result.output and "titel" in result.output
    assert "Traceback" not in result.output
    missing = run("--since", "2025-03-01", "--db", str(tmp_path / "none.db"))
    assert missing.exit_code == 1 and "no archive here" in missing.output
    backwards = run("--since", "2025-03-10", "--until", "2025-03-01", "--db", str(archive_path))
    assert backwards.exit_code == 2 and "before --since" in backwards.output


def test_scraped_text_stays_text(tmp_path):
    path = build_staff_archive(tmp_path / "archive.db")
    archive = Archive(path)
    add_article(archive, {"source": "ki-news", "language": "sv", "published": "2025-03-05",
                          "url": "javascript:alert(1)", "title": "<img src=x onerror=alert(1)> [klicka](javascript:x)",
                          "lead": "<script>alert('lead')</script> **fet**", "body": ""}, archive.new_story("x"))
    archive.close()
    newsletter = march(path)
    html = render_newsletter(newsletter, "html")
    assert "<img" not in html
    assert "<script" not in html
    assert 'href="javascript' not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    markdown = render_newsletter(newsletter, "markdown")
    assert "\\<script\\>" in markdown and "\\[klicka\\]\\(javascript:x\\)" in markdown and "\\*\\*fet\\*\\*" in markdown
    assert "](javascript:" not in markdown
