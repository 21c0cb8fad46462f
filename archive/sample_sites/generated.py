"""A large synthetic WordPress-style site for crawl benchmarks: templated, deterministic text."""

import random
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime, timedelta

from .cms import wordpress
from .content import ArticleData, Block, PageData, SiteData, slugify
from .server import SampleServer
from .sitekit import SiteContext, template_environment
from .truth import SampleArticle

SITE_ID = "generated-wordpress"
HOST = "generated"

SWEDISH = {
    "actors": ["Forskare vid Karolinska Institutet", "Ett startupbolag i Flemingsberg", "Region Stockholm",
               "Södertörns högskola", "Ett medtechföretag i Hagastaden", "Akademiska Hus"],
    "actions": ["presenterar", "inleder", "får anslag för", "bygger", "utvärderar", "lanserar"],
    "subjects": ["en ny metod för cellterapi", "ett laboratorium för genterapi", "en studie om stroke",
                 "ett program för unga entreprenörer", "en testbädd för digital vård", "ett nytt forskningshus"],
    "places": ["Flemingsberg", "Hagastaden", "Solna", "Huddinge", "Södertälje"],
    "sentences": [
        "Projektet pågår i {n} år och omfattar {m} deltagare från både akademi och vård.",
        "Satsningen finansieras med {n} miljoner kronor från regionen och privata stiftelser.",
        "– Det här är ett viktigt steg för patienterna och för forskningen i {place}, säger projektledaren.",
        "Arbetet sker i nära samarbete med kliniker på Karolinska Universitetssjukhuset.",
        "Resultaten väntas presenteras under {year}, och flera företag har redan visat intresse.",
        "Under hösten anordnas öppna seminarier där allmänheten kan ställa frågor om arbetet.",
        "Enligt forskarna kan metoden på sikt minska vårdtiderna med upp till {m} procent.",
    ],
}
ENGLISH = {
    "actors": ["Researchers at Karolinska Institutet", "A startup in Flemingsberg", "Region Stockholm",
               "Södertörn University", "A medtech company in Hagastaden", "Akademiska Hus"],
    "actions": ["presents", "launches", "receives funding for", "builds", "evaluates", "opens"],
    "subjects": ["a new method for cell therapy", "a laboratory for gene therapy", "a study on stroke",
                 "a programme for young entrepreneurs", "a testbed for digital care", "a new research building"],
    "places": ["Flemingsberg", "Hagastaden", "Solna", "Huddinge", "Södertälje"],
    "sentences": [
        "The project runs for {n} years and involves {m} participants from academia and healthcare.",
        "The initiative is funded with SEK {n} million from the region and private foundations.",
        "\"This is an important step for patients and for research in {place},\" says the project manager.",
        "The work is carried out in close collaboration with clinicians at Karolinska University Hospital.",
        "Results are expected in {year}, and several companies have already shown interest.",
        "Open seminars will be held in the autumn where the public can ask questions about the work.",
        "According to the researchers, the method could eventually cut hospital stays by up to {m} per cent.",
    ],
}


class GeneratedSite:
    """The running synthetic site: one source, its articles and ground truth, and a partner's editing hand.

    `publish`, `edit` and `backdate` change the site between two crawls, the way a partner does between two
    nights: the listings, feed, sitemap (with `lastmod`) and pages are rebuilt at once.
    """

    def __init__(self, server: SampleServer, data: SiteData, seed: int) -> None:
        self.server = server
        self.base_url = server.base_url
        self.data = data
        self.rng = random.Random(seed + 1)
        self.context = SiteContext({HOST: server.base_url}, template_environment(), {})
        self._build()

    def _build(self) -> None:
        build = wordpress.build(self.data, self.context)
        self.server.router = build.routers[HOST]  # one assignment: a request sees the old site or the new one
        self.sources = [build.source]
        self.articles = build.articles
        self.article_count = len(build.articles)

    def publish(self) -> SampleArticle:
        """A new post, newer than all others: first on the listing's first page and in the feed."""
        newest = max(article.published for article in self.data.articles)
        return self._add(synthetic_article(self.rng, len(self.data.articles), newest + timedelta(hours=5)))

    def backdate(self) -> SampleArticle:
        """A post dated in the middle of the archive: it lands on a deep listing page, far from the feed."""
        dates = sorted(article.published for article in self.data.articles)
        return self._add(synthetic_article(self.rng, len(self.data.articles), dates[len(dates) // 2] + timedelta(minutes=7)))

    def edit(self, number: int) -> SampleArticle:
        """Rewrite post `number`'s text; its `updated` date (and sitemap lastmod) moves to after every post."""
        original = self.data.articles[number]
        newest = max(article.updated or article.published for article in self.data.articles)
        edited = replace(original, updated=newest + timedelta(hours=1),
                         blocks=original.blocks + (Block("p", "Uppdatering: texten har kompletterats med nya uppgifter."),))
        articles = list(self.data.articles)
        articles[number] = edited
        self.data = replace(self.data, articles=tuple(articles))
        self._build()
        return self.truth_of(edited)

    def truth_of(self, article: ArticleData) -> SampleArticle:
        return next(truth for truth in self.articles if truth.url.rstrip("/").endswith(article.slug))

    def _add(self, article: ArticleData) -> SampleArticle:
        self.data = replace(self.data, articles=(*self.data.articles, article))
        self._build()
        return self.truth_of(article)


@contextmanager
def serve_generated_site(n_articles: int, seed: int = 0) -> Iterator[GeneratedSite]:
    """Serve a WordPress-style site with `n_articles` templated posts, 10 per listing page, and a sitemap."""
    server = SampleServer()
    try:
        site = GeneratedSite(server, generated_site_data(n_articles, seed), seed)
        server.start()
        yield site
    finally:
        server.stop()


def generated_site_data(n_articles: int, seed: int) -> SiteData:
    rng = random.Random(seed)
    start = datetime(2012, 1, 2, 8, 0)
    articles = tuple(
        synthetic_article(rng, number, start + timedelta(hours=number * 11 + rng.randint(0, 9)))
        for number in range(n_articles)
    )
    titles = {"sv": {"about": "Om oss", "contact": "Kontakt"}, "en": {"about": "About us", "contact": "Contact"}}
    pages = tuple(
        PageData(key, language, f"/{language}/{key}/", title, (f"{title}.",))
        for language, named in titles.items()
        for key, title in named.items()
    )
    return SiteData(
        id=SITE_ID,
        name="Generated Science Park",
        cms="wordpress",
        hosts={"*": HOST},
        articles=articles,
        pages=pages,
        options={
            "theme": "enfold",
            "logo_alt": "GSP_logo",
            "page_size": 10,
            "page_variants": False,
            "feed_size": 10,
            "sitemap": True,
            "tagline_sv": "En påhittad forskningspark för prestandamätningar.",
            "tagline_en": "A made-up science park for benchmarks.",
        },
    )


def synthetic_article(rng: random.Random, number: int, published: datetime) -> ArticleData:
    language = "en" if rng.random() < 0.25 else "sv"
    words = ENGLISH if language == "en" else SWEDISH
    place = rng.choice(words["places"])
    title = f"{rng.choice(words['actors'])} {rng.choice(words['actions'])} {rng.choice(words['subjects'])} – {place}"
    values = {"n": rng.randint(2, 90), "m": rng.randint(10, 400), "year": published.year + 1, "place": place}
    sentences = words["sentences"]

    def paragraph() -> str:
        return " ".join(rng.sample(sentences, 2)).format(**values)

    slug = f"{slugify(title)}-{number}"
    return ArticleData(
        slug=slug,
        language=language,
        published=published,
        updated=None,
        title=title,
        lead=paragraph(),
        blocks=tuple(Block("p", paragraph()) for _ in range(rng.randint(3, 6))),
        story=f"{SITE_ID}:{slug}",
    )
