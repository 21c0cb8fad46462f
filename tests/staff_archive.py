"""A small hand-written archive for the staff-facing tests: Swedish compounds, å/ä/ö, a cross-posted story."""
from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

from news_archive.archive.sources import Source
from news_archive.archive.storage import Archive

SOURCES = [Source(source_id, name, ("https://example.org/",)) for source_id, name in (
    ("flemingsberg-science", "Flemingsberg Science"), ("ki-news", "Karolinska Institutet"),
    ("region-stockholm", "Region Stockholm"), ("akademiska-hus", "Akademiska Hus"))]

LONG_SWEDISH_LEAD = (
    "Ett nytt laboratorium för cellterapiforskningen öppnar på Campus Flemingsberg i vår. "
    "Labbet ska korta vägen från upptäckt i labbet till behandling av patienter med svåra sjukdomar. "
    "Forskare från flera lärosäten delar på utrustningen, och företag i parken får hyra tid i labbet. "
    "Satsningen finansieras av regionen, universitetet och två stiftelser under de kommande fem åren."
)

# story key, fields; articles sharing a story key are versions of one story
ARTICLES = [
    ("lab", dict(source="flemingsberg-science", language="sv", published="2025-03-10",
                 url="https://flemingsbergscience.se/sv/2025/03/10/nytt-labb-for-cellterapiforskningen/",
                 title="Nytt labb för cellterapiforskningen i Flemingsberg", lead=LONG_SWEDISH_LEAD,
                 body=LONG_SWEDISH_LEAD + "\n\nLabbet invigs i maj med ett seminarium om ATMP.")),
    ("lab", dict(source="flemingsberg-science", language="en", published="2025-03-11",
                 url="https://flemingsbergscience.se/en/2025/03/10/new-lab-for-cell-therapy-research/",
                 title="New lab for cell therapy research in Flemingsberg",
                 lead="A new laboratory for cell therapy research opens at Campus Flemingsberg this spring.",
                 body="A new laboratory for cell therapy research opens at Campus Flemingsberg this spring.\n\n"
                      "Researchers and companies will share the equipment.")),
    ("lab", dict(source="ki-news", language="sv", published="2025-03-12",
                 url="https://nyheter.ki.se/cellterapilabb-invigt-i-flemingsberg",
                 title="Cellterapilabb invigt i Flemingsberg",
                 lead="KI:s forskare flyttar in i det nya Cellterapilabb som byggts på campus.",
                 body="KI:s forskare flyttar in i det nya Cellterapilabb som byggts på campus.\n\n"
                      "Labbet drivs tillsammans med Flemingsberg Science.")),
    ("hair", dict(source="region-stockholm", language="sv", published="2025-03-14",
                  url="https://www.regionstockholm.se/nyheter/2025/03/haret-och-halsan/",
                  title="Håret och hälsan: ny studie om hårväxt",
                  lead="En ny studie visar hur hårväxt påverkas av stress.",
                  body="En ny studie visar hur hårväxt påverkas av stress.\n\nStudien omfattar tusen deltagare.")),
    ("beds", dict(source="region-stockholm", language="sv", published="2025-03-17",
                  url="https://www.regionstockholm.se/nyheter/2025/03/fler-vardplatser/",
                  title="Regionen öppnar fler vårdplatser",
                  lead="Regionen har beslutat att öppna fler vårdplatser i södra Stockholm.",
                  body="Regionen har beslutat att öppna fler vårdplatser i södra Stockholm.\n\n"
                       "Beslutet gäller från sommaren.")),
    ("hub", dict(source="akademiska-hus", language="en", published="2025-03-20",
                 url="https://www.akademiskahus.se/en/news/news-room/2025/03/research-hub/",
                 title="A new research hub for AI and life science",
                 lead="Akademiska Hus builds a research hub where AI meets life science.",
                 body="Akademiska Hus builds a research hub where AI meets life science.\n\n"
                      "The building will house laboratories and offices for cell therapy start-ups.")),
    ("recycling", dict(source="ki-news", language="sv", published="2025-02-03",
                       url="https://nyheter.ki.se/atervinning-av-lakemedel",
                       title="ÅTERVINNING AV LÄKEMEDEL KARTLAGD",
                       lead="Forskare har kartlagt hur läkemedel kan återvinnas på sjukhus.",
                       body="Forskare har kartlagt hur läkemedel kan återvinnas på sjukhus.")),
]


def build_staff_archive(path: Path, today: date | None = None) -> Path:
    """Write the sample articles (plus one published `today`, for "this week") into a new archive at `path`."""
    archive = Archive(path)
    archive.save_sources(SOURCES)
    articles = list(ARTICLES)
    if today is not None:
        articles.append(("today", dict(
            source="ki-news", language="sv", published=today.isoformat(),
            url="https://nyheter.ki.se/veckans-nyhet", title="Veckans nyhet om stamceller",
            lead="Stamcellsforskare vid KI presenterar nya resultat.", body="Stamcellsforskare vid KI presenterar nya resultat.")))
    stories: dict[str, int] = {}
    for story_key, fields in articles:
        add_article(archive, fields, stories.setdefault(story_key, archive.new_story("2025-01-01T00:00:00+00:00")))
    archive.close()
    return path


def add_article(archive: Archive, fields: dict, story_id: int, seen: str = "2025-03-25T08:00:00+00:00") -> int:
    body = fields.get("body", "")
    record = {"body_html": "".join(f"<p>{p}</p>" for p in body.split("\n\n")), **fields, "story_id": story_id,
              "content_hash": hashlib.sha1((fields["url"] + fields["title"] + body).encode()).hexdigest()}
    return archive.save_article(record, [fields["url"]], seen).article_id
