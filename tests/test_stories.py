"""Stories: one story_id per news item across partners and languages, and nothing else joined."""
from __future__ import annotations

import itertools
import random
from collections import Counter
from datetime import date, timedelta

import pytest
import sqlite_utils

from news_archive.archive.calendar_words import SWEDISH_MONTHS
from news_archive.archive.storage import Archive
from news_archive.archive.stories.placement import Stories
from news_archive.archive.stories.features import WORD, StoryFeatures, fact_terms, story_features, term_key
from news_archive.archive.stories.index import StoryIndex
from news_archive.pipelines.dedupe import dedupe_item
from news_archive.pipelines.store import store_item
from news_archive.archive.record import ArticleItem, article_row
from news_archive.archive.urls import url_key

SV_RELEASE = """Karolinska Universitetssjukhuset och Region Stockholm öppnar ett nytt centrum för cellterapi i Flemingsberg. Centret har kostat 260 miljoner kronor och rymmer 1 800 kvadratmeter renrum.

– Nu kan vi behandla fler patienter här i regionen i stället för att skicka dem utomlands, säger överläkare Maria Ekvall, som leder centret.

Målet är att 140 patienter om året ska få behandling från 2027. Centret invigdes den 12 februari av regionrådet Olle Brandén."""

EN_RELEASE = """Karolinska University Hospital and Region Stockholm are opening a new centre for cell therapy in Flemingsberg. The centre cost SEK 260 million and houses 1,800 square metres of clean rooms.

"We can now treat more patients here in the region instead of sending them abroad," says consultant Maria Ekvall, who leads the centre.

The aim is for 140 patients a year to receive treatment from 2027. The centre was inaugurated on 12 February by regional councillor Olle Brandén."""

SV_OTHER_NEWS = """Karolinska Universitetssjukhuset inleder en studie om fysisk träning efter stroke i Flemingsberg. I studien deltar 320 patienter under tre år.

– Vi vill veta om tidig träning ger bättre rörlighet ett år senare, säger fysioterapeuten Jonas Lindahl, som leder studien.

Studien finansieras med 18 miljoner kronor från Hjärt-Lungfonden och resultaten väntas 2028."""

EN_OTHER_NEWS = """Karolinska University Hospital is starting a study on physical exercise after stroke in Flemingsberg. The study includes 320 patients over three years.

"We want to know whether early exercise gives better mobility a year later," says physiotherapist Jonas Lindahl, who leads the study.

The study is funded with SEK 18 million from the Swedish Heart-Lung Foundation and results are expected in 2028."""

ABOUT_US = ("Om Flemingsbergs Vetenskapspark: stiftelsen Flemingsbergs Vetenskapspark grundades 2011 av Huddinge kommun, "
            "Karolinska Institutet och Södertörns högskola. Vd är Kerstin Almgren. Läs mer på www.fvp.example.")


def item(source, url, title, body, published, language="sv", alternates=None):
    return ArticleItem(source=source, url=url, html="", fetched_at="2025-03-01T08:00:00+00:00", title=title,
                       body=body, published=published, language=language, alternates=alternates or {})


def archive_articles(archive: Archive, stories: Stories, items: list[ArticleItem]) -> list[int]:
    """Run items through the real dedupe and store steps; returns each one's story_id as archived."""
    urls = []
    for article in items:
        article = dedupe_item(article)
        store_item(archive, stories, article)
        urls.append(article.canonical_url)
    return [archive.db.execute("select story_id from articles where url = ?", [url]).fetchone()[0] for url in urls]


@pytest.fixture
def archive():
    archive = Archive(sqlite_utils.Database(memory=True))
    yield archive
    archive.close()


def release_versions():
    """The release (sv), its translation (en, no links), and a partner's cross-post two days later."""
    return [
        item("region", "https://region.example/nyheter/cellterapi", "Nytt centrum för cellterapi", SV_RELEASE, "2025-02-12"),
        item("region", "https://region.example/en/news/cell-therapy", "New cell therapy centre opens", EN_RELEASE,
             "2025-02-13", "en"),
        item("campus", "https://campus.example/2025/02/14/cellterapi/", "Cellterapi nära patienten i Flemingsberg",
             "Nyheten publicerades först av Region Stockholm.\n\n" + SV_RELEASE, "2025-02-14"),
    ]


# --- the sample sites, crawled -------------------------------------------------------------------------


def story_at(db: sqlite_utils.Database, url: str) -> int:
    row = db.execute("select a.story_id from articles a join article_urls u on u.article_id = a.id where u.url_key = ?",
                     [url_key(url)]).fetchone()
    assert row is not None, f"{url} is not archived"
    return row[0]


@pytest.fixture(scope="module")
def crawled_stories(crawled, sample_sites):
    """(ground-truth story key, archived story_id) for each sample article."""
    db = sqlite_utils.Database(crawled[0])
    return {expected.url: (expected.story, story_at(db, expected.url)) for expected in sample_sites.articles}


def test_sample_articles_share_a_story_exactly_when_they_tell_the_same_news(crawled_stories):
    wrong = [f"{'apart' if same_story else 'joined'}: {first} {second}"
             for (first, (story_a, id_a)), (second, (story_b, id_b)) in itertools.combinations(crawled_stories.items(), 2)
             if (same_story := story_a == story_b) != (id_a == id_b)]
    assert wrong == []
    planted = {story for story, _id in crawled_stories.values()}
    assert len({story_id for _story, story_id in crawled_stories.values()}) == len(planted)
    assert len(planted) < len(crawled_stories)  # the sample sites do plant translations and cross-posts


def test_sample_stories_do_not_depend_on_arrival_order(sample_sites):
    """The ground-truth texts, without crawling and without hreflang links, placed in shuffled orders."""
    for seed in range(3):
        articles = list(sample_sites.articles)
        random.Random(seed).shuffle(articles)
        archive = Archive(sqlite_utils.Database(memory=True))
        stories = Stories(archive)
        archive_articles(archive, stories, [item(a.source, a.url, a.title, a.body, a.published, a.language)
                                            for a in articles])
        stories.settle(stories.placed, "2025-12-01")
        story_ids = [story_at(archive.db, article.url) for article in articles]
        wrong = [(first.url, second.url) for (first, id_a), (second, id_b) in
                 itertools.combinations(zip(articles, story_ids), 2) if (first.story == second.story) != (id_a == id_b)]
        assert wrong == [], seed
        archive.close()


def test_sample_stories_stay_right_as_other_news_is_archived_around_them(sample_sites):
    """Other notes, some naming the 15th of their month, archived before and after the ground-truth texts."""
    archive = Archive(sqlite_utils.Database(memory=True))
    stories = Stories(archive)
    archive_articles(archive, stories, unrelated_notes(150, on_the_15th=True))
    archive_articles(archive, stories, [item(a.source, a.url, a.title, a.body, a.published, a.language)
                                        for a in sample_sites.articles])
    archive_articles(archive, stories, unrelated_notes(300, first=150, on_the_15th=True))
    stories.settle(stories.placed, "2025-12-01")
    story_ids = [story_at(archive.db, article.url) for article in sample_sites.articles]
    wrong = [(first.url, second.url) for (first, id_a), (second, id_b) in
             itertools.combinations(zip(sample_sites.articles, story_ids), 2)
             if (first.story == second.story) != (id_a == id_b)]
    assert wrong == []
    archive.close()

def test_articles_can_be_filtered_by_story(crawled):
    db = sqlite_utils.Database(crawled[0])
    assert db.execute("select count(*) from articles where story_id is null").fetchone()[0] == 0
    assert any(index.columns == ["story_id"] for index in db["articles"].indexes)
    orphans = db.execute("select count(*) from articles where story_id not in (select id from stories)").fetchone()[0]
    assert orphans == 0


# --- joining -------------------------------------------------------------------------------------------


def test_translation_and_cross_post_join_in_every_arrival_order():
    versions = release_versions()
    for order in itertools.permutations(range(3)):
        archive = Archive(sqlite_utils.Database(memory=True))
        story_ids = archive_articles(archive, Stories(archive), [versions[i] for i in order])
        assert len(set(story_ids)) == 1, order
        assert archive.db["stories"].count == 1
        archive.close()


def test_a_translation_published_days_later_is_not_joined_by_facts_alone(archive):
    sv, en, _cross_post = release_versions()
    en.published = "2025-02-20"
    first, second = archive_articles(archive, Stories(archive), [sv, en])
    assert first != second


def test_hreflang_joins_translations_whichever_arrives_first(archive):
    stories = Stories(archive)
    sv = item("ki", "https://ki.example/sv/studie", "Studie om träning efter stroke", SV_OTHER_NEWS, "2025-01-10",
              alternates={"en": "https://ki.example/en/some-other-slug"})
    en = item("ki", "https://ki.example/en/some-other-slug", "Unrelated-looking text", "A short English note. " * 20,
              "2024-06-01", "en")
    first, second = archive_articles(archive, stories, [sv, en])  # the linked page is archived after the link
    assert first == second


def test_an_article_bridging_two_stories_merges_them(archive):
    stories = Stories(archive)
    sv, en, cross_post = release_versions()
    en.published = "2025-03-30"  # too far apart to join by facts: two stories for now
    cross_post.alternates = {"en": en.url}
    sv_story, en_story = archive_articles(archive, stories, [sv, en])
    assert sv_story != en_story
    [bridge_story] = archive_articles(archive, stories, [cross_post])
    assert {row["story_id"] for row in archive.db["articles"].rows} == {bridge_story}
    assert archive.db["stories"].count == 1


def test_re_archiving_the_same_text_keeps_its_story(archive):
    stories = Stories(archive)
    first = archive_articles(archive, stories, release_versions())
    again = archive_articles(archive, stories, release_versions())
    assert first == again and archive.db["articles"].count == 3


# Swedish and English name the agencies differently (one compound word against three): a translation shares its
# people, places and figures but little more than half of either text's names.
SV_SURVEY = """Sjöfartsverket och Havsforskningsinstitutet har kartlagt vraken utanför Ornö. Undersökningen hittade 135 vrak på 42 000 hektar havsbotten.

– Många av dem har aldrig dokumenterats, säger marinarkeologen Sara Lindqvist vid Länsstyrelsen.

Kartan ska vara klar 2027 och delas med Kustbevakningen, Skärgårdsstiftelsen och Vrakmuseet i Stockholm."""

EN_SURVEY = """The Swedish Maritime Administration and the Marine Research Institute have mapped the wrecks off Ornö. The survey found 135 wrecks on 42,000 hectares of seabed.

"Many of them have never been documented," says marine archaeologist Sara Lindqvist at the County Administrative Board.

The map is to be finished in 2027 and shared with the Coast Guard, the Archipelago Foundation and the Wreck Museum in Stockholm."""

SYLLABLES = "ka lo mi ne ru sa ti vo".split()


def made_up_name(number: int) -> str:
    return "".join(SYLLABLES[int(digit)] for digit in oct(number + 64)[2:]).capitalize()


def unrelated_notes(count: int, first: int = 0, partner: str | None = None,
                    on_the_15th: bool = False) -> list[ArticleItem]:
    """Short notes on other days, each with names and figures of its own; every tenth names `partner`; with
    `on_the_15th` every third is dated on the 15th and names the day."""
    notes = []
    for n in range(first, first + count):
        names = [made_up_name(3 * n + k) for k in range(3)]
        published = date(2019, 1, 1) + timedelta(days=(n * 13) % 2000)
        mention = f" Arrangör är {partner}." if partner and n % 10 == 0 else ""
        if on_the_15th and n % 3 == 0:
            published = published.replace(day=15)
            mention += f" Årsmötet hålls i dag den 15 {SWEDISH_MONTHS[published.month - 1]}."
        body = (f"Föreningen {names[0]} i {names[1]} har fått {100 + n} nya medlemmar.{mention} Till sommaren väntar "
                f"ordföranden {names[2]} omkring {2000 + 7 * n} besökare på ön.")
        published = published.isoformat()
        notes.append(item("notes", f"https://notes.example/{n}", f"Notis {n}", body, published))
    return notes


@pytest.mark.parametrize("archived_before", [60, 400])
def test_a_translation_stays_joined_however_large_the_archive_grows(archive, archived_before):
    """Its weighted fact coverage no longer drifts down to the plain share of names it has in common."""
    stories = Stories(archive)
    archive_articles(archive, stories, unrelated_notes(archived_before))
    swedish, english = archive_articles(archive, stories, [
        item("coast", "https://coast.example/sv/vrak", "Vraken kartlagda", SV_SURVEY, "2025-06-03"),
        item("coast", "https://coast.example/en/wrecks", "Wrecks mapped", EN_SURVEY, "2025-06-04", "en")])
    assert swedish == english
    archive_articles(archive, stories, unrelated_notes(300, first=archived_before))
    stories.settle(stories.placed, "2025-06-30")
    assert len({story_at(archive.db, url) for url in ("https://coast.example/sv/vrak",
                                                      "https://coast.example/en/wrecks")}) == 1


# --- keeping apart -------------------------------------------------------------------------------------


def test_different_news_stays_apart_despite_same_source_day_topic_and_boilerplate(archive):
    stories = Stories(archive)
    articles = [
        item("fvp", "https://fvp.example/sv/cellterapi", "Nytt centrum", f"{SV_RELEASE}\n\n{ABOUT_US}", "2025-02-12"),
        item("fvp", "https://fvp.example/en/stroke", "Stroke study", f"{EN_OTHER_NEWS}\n\n{ABOUT_US}", "2025-02-12", "en"),
        item("fvp", "https://fvp.example/sv/stroke", "Strokestudie", f"{SV_OTHER_NEWS}\n\n{ABOUT_US}", "2025-02-13"),
    ]
    cell_therapy, stroke_en, stroke_sv = archive_articles(archive, stories, articles)
    assert stroke_en == stroke_sv  # the translation is found ...
    assert cell_therapy != stroke_sv  # ... and the other news of the same source, day and topic is not joined


def test_different_news_sharing_a_date_a_partner_and_a_figure_stays_apart(archive):
    """Two notes of the same days naming the same event date, partner and year, and nothing else alike."""
    partner = "Havsstationen Ledskär"
    stories = Stories(archive)
    archive_articles(archive, stories, unrelated_notes(80, partner=partner))
    first, second = archive_articles(archive, stories, [
        item("kommun", "https://kommun.example/notis/seminarium", "Seminarium",
             f"{partner} bjuder den 15 mars in till ett seminarium om ålgräs. Biologen Mira Holm visar "
             "resultaten från 2025 års inventering.", "2025-03-10"),
        item("skolan", "https://skolan.example/nyheter/besok", "Studiebesök",
             f"Den 15 mars åker klass 8B från Tallbacka skola till {partner}. Läraren Jonas Ek har planerat "
             "dagen sedan 2025 började.", "2025-03-11"),
    ])
    assert first != second


PROGRAMME_SV = """Norrviks universitet, Region Västmark och Tallö kommun startar ett gemensamt forskningsprogram om vattenrening i Bergsvik. Programmet får 42 miljoner kronor och ska anställa 15 doktorander fram till 2026.

– Vi bygger upp forskning som kommunerna har nytta av direkt, säger professor Lina Forsberg, som leder programmet.

De första resultaten väntas i oktober, enligt projektledaren Omar Haddad."""

PROGRAMME_EN = """Norrvik University, Region Västmark and Tallö Municipality are starting a joint research programme on water treatment in Bergsvik. The programme receives SEK 42 million and will employ 15 doctoral students until 2026.

"We are building research that the municipalities can use directly," says professor Lina Forsberg, who leads the programme.

The first results are expected in October, according to project manager Omar Haddad."""

OPEN_HOUSE_NOTE = ("Norrviks universitet, Region Västmark och Tallö kommun bjuder in till öppet hus i Bergsvik under 2026. "
                   "Guide är forskaren Eva Lind, och det finns plats för 80 besökare.")


def test_a_short_note_naming_a_releases_partners_place_and_year_stays_apart(archive):
    """A partner's release, its translation and a short note of the same day on other news naming the same three
    partners, the same place and the year: the worst hard negative of bench_stories (kind `short-note`)."""
    stories = Stories(archive)
    archive_articles(archive, stories, unrelated_notes(300))
    archive_articles(archive, stories, [
        item("uni", "https://uni.example/sv/vatten", "Vattenforskning", PROGRAMME_SV, "2026-03-04"),
        item("uni", "https://uni.example/sv/oppet-hus", "Öppet hus", OPEN_HOUSE_NOTE, "2026-03-04"),
        item("uni", "https://uni.example/en/water", "Water research", PROGRAMME_EN, "2026-03-05", "en")])
    stories.settle(stories.placed, "2026-03-30")
    release, note, translation = (story_at(archive.db, f"https://uni.example/{path}")
                                  for path in ("sv/vatten", "sv/oppet-hus", "en/water"))
    assert release == translation
    assert note != release


RESEARCH_DAY_SV = ("Norrviks universitet och Region Västmark bjuder in till forskardagen om vattenrening i Bergsvik "
                   "på torsdag kl. 13.30–16.00 i Aula Tallö. Forskarna berättar om "
                   "programmet, och efteråt bjuder vi på kaffe.")
RESEARCH_DAY_EN = ("Norrvik University and Region Västmark invite you to the research day on water treatment in Bergsvik "
                   "on Thursday, 1.30–4 pm, in Aula Tallö. The researchers present "
                   "the programme, followed by coffee.")


@pytest.mark.parametrize("english_time", ["1.30–4 pm", "1:30–4:00 p.m.", "13:30–16:00"])
def test_an_event_notice_and_its_translation_join_though_each_language_writes_the_time_its_own_way(archive,
                                                                                                   english_time):
    """Clock times are no figures a translation repeats: "kl. 13.30–16.00" is "1.30–4 pm" in English."""
    stories = Stories(archive)
    archive_articles(archive, stories, unrelated_notes(300))
    english = RESEARCH_DAY_EN.replace("1.30–4 pm", english_time)
    first, second = archive_articles(archive, stories, [
        item("uni", "https://uni.example/sv/forskardag", "Forskardag i Bergsvik", RESEARCH_DAY_SV, "2026-03-20"),
        item("uni", "https://uni.example/en/research-day", "Research day in Bergsvik", english, "2026-03-20", "en")])
    assert first == second


def test_template_articles_of_a_series_stay_apart(archive):
    template = ("Månadens företag i Flemingsberg är {name}, som utvecklar {thing}. Bolaget grundades {year} och har "
                "{staff} anställda. Vi ställde tre frågor till vd {ceo} om vägen hit, om samarbetet med forskarna på "
                "campus och om planerna för det kommande året. Varje månad lyfter vi fram ett av bolagen i parken.")
    companies = [
        dict(name="Lumora Diagnostik", thing="snabbtester för sepsis", year=2019, staff=14, ceo="Elin Strand"),
        dict(name="Cellvia", thing="odlingsmedier för stamceller", year=2021, staff=9, ceo="Samir Haddou"),
        dict(name="Nordiska Peptider", thing="peptidläkemedel mot psoriasis", year=2017, staff=23, ceo="Kai Lundmark"),
    ]
    articles = [item("fs", f"https://fs.example/foretag-{n}", f"Månadens företag: {c['name']}",
                     template.format(**c), "2025-04-01") for n, c in enumerate(companies)]
    assert len(set(archive_articles(archive, Stories(archive), articles))) == 3


def test_settling_undoes_a_join_made_before_a_partners_boilerplate_was_known(archive):
    stories = Stories(archive)
    boilerplate_heavy = [
        item("fvp", "https://fvp.example/sv/a", "Kort notis", f"Fredagens seminarium är inställt.\n\n{ABOUT_US}",
             "2025-05-02"),
        item("fvp", "https://fvp.example/sv/b", "Kort notis två", f"Caféet har nya öppettider.\n\n{ABOUT_US}",
             "2025-05-02"),
    ]
    archive_articles(archive, stories, boilerplate_heavy)
    later = [item("fvp", f"https://fvp.example/sv/{n}", f"Notis {n}", f"{text}\n\n{ABOUT_US}", f"2025-06-{n:02d}")
             for n, text in enumerate(["Parken får ny skyltning.", "Parkeringen byggs om.", "Nya hyresgäster flyttar in.",
                                       "Sommarstängt i juli."], start=10)]
    archive_articles(archive, stories, later)
    stories.settle(stories.placed, "2025-06-30")
    first, second = (archive.db.execute("select story_id from articles where url like ?", [f"%/sv/{slug}"]).fetchone()[0]
                     for slug in ("a", "b"))
    assert first != second


# --- the index -----------------------------------------------------------------------------------------


def test_candidates_come_from_the_index_not_from_every_archived_article(archive):
    stories = Stories(archive)
    vocabulary = [f"ord{n}" for n in range(3000)]
    chance = random.Random(4)
    noise = [item("bulk", f"https://bulk.example/{n}", f"Notis {n}",
                  " ".join(chance.choices(vocabulary, k=120)) + f" Kontakt: Person{n} Efternamn{n}, {1000 + n} kr.",
                  f"2025-{1 + n % 12:02d}-{1 + n % 28:02d}") for n in range(400)]
    archive_articles(archive, stories, [*noise, release_versions()[0]])
    features = story_features("campus", "", "", release_versions()[2].body, "2025-02-14")
    candidates = stories.index.candidates({0: features})
    text_hits, term_hits = candidates.text_hits[0], candidates.term_hits[0]
    released = archive.db.execute("select id from articles where source = 'region'").fetchone()[0]
    assert set(text_hits) == {released} and set(term_hits) <= {released}
    plan = " ".join(row[-1] for row in archive.db.execute(
        "explain query plan select key, day, article_id from story_keys where key in (1, 2) and day between 10 and 20 "
        "order by key, day"))
    assert "USING PRIMARY KEY (key=? AND day>? AND day<?)" in plan


def test_articles_looked_up_together_find_what_each_finds_alone(archive):
    stories = Stories(archive)
    chance = random.Random(5)
    # A few sentences, repeated: many shared shingles, near and far in time.
    sentences = [" ".join(f"ord{chance.randrange(200)}" for _ in range(8)) + "." for _ in range(30)]
    articles = [item(chance.choice("ab"), f"https://x.example/{n}", f"Notis {n}",
                     " ".join(chance.sample(sentences, 6)) + f" Person{n % 7} Efternamn{n % 5}, {1000 + n % 9} kr.",
                     (date(2025, 1, 1) + timedelta(days=chance.randrange(150))).isoformat()) for n in range(150)]
    archive_articles(archive, stories, articles)
    ids = [article_id for article_id, in archive.db.execute("select id from articles order by id")]
    features = stories.index.features_of(ids)
    together = stories.index.candidates(features)
    for article_id in ids:
        alone = stories.index.candidates({article_id: features[article_id]})
        assert together.text_hits[article_id] == alone.text_hits[article_id]
        assert together.term_hits[article_id] == alone.term_hits[article_id]
        assert ({key: sorted(found) for key, found in together.sharing[article_id].items()}
                == {key: sorted(found) for key, found in alone.sharing[article_id].items()})
    assert sum(len(hits - {article_id}) for article_id, hits in together.text_hits.items()) > len(ids)  # not vacuous


def test_catch_up_places_articles_archived_without_the_story_step(archive):
    for article in release_versions():  # stored by an archive with no story stage listening
        article = dedupe_item(article)
        archive.save_article(article_row(article), article.urls, article.fetched_at)
    stories = Stories(archive)
    assert stories.catch_up("2025-03-02") == 3
    assert {row["story_id"] for row in archive.db["articles"].rows} == {1}
    assert stories.catch_up("2025-03-02") == 0


def test_articles_indexed_by_older_story_features_are_indexed_again_by_the_next_catch_up(archive):
    """An archive indexed before numbers had keys of their own kind (no features version recorded)."""
    stories = Stories(archive)
    archive_articles(archive, stories, release_versions())
    ids = [article_id for article_id, in archive.db.execute("select id from articles order by id")]
    archive.db.execute("update story_indexed set features_version = null where article_id = ?", [ids[0]])
    assert stories.index.stale_articles() == [ids[0]]
    assert stories.catch_up("2025-03-02") == 1 and stories.index.stale_articles() == []
    features = stories.index.features_of(ids[:1])[ids[0]]
    assert features == story_features("region", "", "", SV_RELEASE, "2025-02-12")
    assert features.numbers == {term_key(f"#:{number}") for number in (260, 1800, 140, 2027, 12)}
    assert len({story_at(archive.db, article.url) for article in release_versions()}) == 1


def test_fact_terms_read_the_same_in_swedish_and_english():
    swedish = fact_terms("", SV_RELEASE, WORD.findall(SV_RELEASE.lower()), [])
    english = fact_terms("", EN_RELEASE, WORD.findall(EN_RELEASE.lower()), [])
    for term in ("#:260", "#:1800", "#:140", "#:2027", "#:12", "m:2", "n:maria", "n:ekvall", "n:brandén",
                 "n:flemingsberg", "n:region", "n:stockholm"):
        assert term in swedish and term in english, term
    assert "n:nu" not in swedish and "n:the" not in english  # sentence-initial words are not names


def test_index_counts_stay_exact_through_edits_and_removals(archive):
    index = StoryIndex(archive.db)
    chance = random.Random(1)
    holders: dict[int, tuple[str, frozenset[int]]] = {}
    for _ in range(1500):
        article_id = chance.randint(1, 150)
        if chance.random() < 0.2:
            index.remove(article_id)
            holders.pop(article_id, None)
            continue
        keys = frozenset(chance.sample(range(1, 40), 6))
        source = chance.choice("abc")
        index.add(article_id, StoryFeatures(source, 739000, keys, frozenset()), "hash", [])
        holders[article_id] = (source, keys)
    in_articles = Counter(key for _source, keys in holders.values() for key in keys)
    in_sources = Counter((source, key) for source, keys in holders.values() for key in keys)
    assert dict(archive.db.execute("select key, articles from story_key_counts where articles > 0")) == in_articles
    assert dict(((source, key), count) for source, key, count in archive.db.execute(
        "select source, key, articles from story_source_key_counts")) == {
        pair: count for pair, count in in_sources.items() if in_articles[pair[1]] >= 2}
    assert index.articles == len(holders)
