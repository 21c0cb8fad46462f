"""Find a page's original publication date and its update date, trusting sources in a fixed order."""
from __future__ import annotations

import datetime as dt
import functools
import re

from . import xpaths
from .hints import ClassIndex
from .date_lines import (DATE_HINT, PUBLISHED_LABEL, UPDATED_LABEL, date_after_labels, date_line,
                         date_line_by_headline, header_date, labelled_date, later_date_line, states_period,
                         typed_date_line, typed_stamp_date, unlabelled_date, unlabelled_date_in)
from .dates import (date_from_url, date_without_year, day_among_slug_words, day_in_headline, find_date,
                    order_shown, relative_date)
from .comment_stamps import comment_parts
from .header_texts import (BYLINE_TEXTS, DATELINE_CHARS, SHORT_TEXT_CHARS, TEXTS_AFTER_BODY_START,
                           TEXTS_BEFORE_HEADLINE, HeaderTexts, header_texts, label_ends_in)
from .links import links_to_page
from .machine_dates import (ASIDE_TAGS, GENERIC_META, PUBLISHED_META, SEARCH_INDEX_META, UPDATED_META,
                            date_attribute, date_value, from_analytics_tag, from_script_data, from_time_elements,
                            from_video, lone_time, not_a_publication, stated_date)
from .structured import PageMetadata
from .teaser_dates import in_teaser_link, is_comments_container
from .text import text_of
from .zone_clocks import day_by_shown_clock, is_zone_offset
from news_archive.archive.record import (FROM_RUNNING_TEXT, FROM_SEARCH_INDEX, FROM_SLUG_WORDS, FROM_URL,
                                        FROM_URL_MONTH)


# A byline is a short line; a label in a longer text is in a sentence of it.
_BYLINE_CHARS = 100
_SAME_INSTANT_SECONDS = 120
# A clock a post's byline shows ("Published at 10:18h", "kl. 10.18"): the publisher's time of the stamped moment.
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def find_dates(root, meta: PageMetadata, url: str, classes: ClassIndex, title: str = "", *,
               month_first: bool | None = False, fetched: dt.datetime | None = None
               ) -> tuple[str | None, str | None, str | None]:
    """(published, where it came from, updated); no update date when it only repeats the publication.

    `month_first`: whether slashed dates put the month first; None when the page states no language, and then
    the order its own dates show decides ("March 3, 2020" or "3 March 2020"), else the day first, as most of
    the world writes it. `fetched`: when the page was fetched, if known (a crawl): it dates "2 hours ago" and
    bounds the year of a day printed without one."""
    texts = None
    if month_first is None:
        texts = header_texts(root, title, url, classes.hidden, comment_parts(classes, root))
        month_first = bool(order_shown(texts.everywhere()))
    published, source, updated = _find_dates(root, meta, url, classes, title, month_first, texts, fetched)
    return published, source, (None if updated == published else updated)


def shown_update(root, url: str, title: str = "", *, month_first: bool | None = False,
                 in_byline: bool = False, under_headline: bool = False) -> str | None:
    """The update date the page shows readers under its label ("Sist oppdatert 12.03.2024", "Last updated ..."), not
    one its metadata alone states: a generator may stamp every page's modification time with its build's.
    `in_byline`: only a line where the post's own date line sits, under the headline or its lead (a site's "This
    content was last updated on ..." at the page's foot dates its last edit, not the post). `under_headline`: only the
    byline's own places, under the headline before the text (not the lines after its lead: a short page's foot)."""
    texts = header_texts(root, title, url)
    if month_first is None:
        month_first = bool(order_shown(texts.everywhere()))
    if under_headline:
        return date_after_labels(label_ends_in(texts.byline_places(), UPDATED_LABEL), month_first)
    if in_byline:
        return date_after_labels(label_ends_in(texts.byline_or_under_lead(), UPDATED_LABEL), month_first)
    return date_after_labels(texts.label_ends(UPDATED_LABEL), month_first)


def _find_dates(root, meta: PageMetadata, url: str, classes: ClassIndex, title: str, month_first: bool,
                texts: HeaderTexts | None, fetched: dt.datetime | None):
    """Order of trust: JSON-LD, meta tags (a UTC timestamp told in the publisher's own day when the page
    shows it; a bare "date" tag only when the header and the article's <time> show no other day), <time> and
    publication-classed elements (their UTC moments told in the same way), a date labelled as the publication
    near the headline, a day and month so labelled without the year (its year from the page's evidence, see
    `_latest_day`) or an age so labelled ("2 hours ago", from the fetch), a date line by the headline, a day in the
    URL, an unlabelled date in
    the article header or the dateline of its first paragraph, a byline's date typed with a slip ("July 28,2008"),
    a year-less or aged date line there, a
    date-classed element or a date line further down, a day among the words of the URL's slug (or one the headline
    prints too), a <time> in a <nav> or <aside>, the page's script data or its analytics tag, a video page's upload
    date, and last a year and month in the URL.
    """
    article = meta.article or {}
    updated = stated_date(article.get("dateModified"), month_first) or date_value(meta.first(*UPDATED_META), month_first)
    stated = [("json-ld", stated_date(article.get("datePublished"), month_first)
               or stated_date(article.get("dateCreated"), month_first))]
    stated += [(name, date_value(meta.meta.get(name), month_first)) for name in PUBLISHED_META if meta.meta.get(name)]
    stated = [(source, value) for source, value in stated if value]
    if len({value[:10] for _, value in stated}) > 1:
        # The metadata disagree (a first draft's date, a re-publication): the date the page shows decides.
        texts = header_texts(root, title, url, classes.hidden, comment_parts(classes, root))
        shown = (date_after_labels(texts.label_ends(PUBLISHED_LABEL), month_first)
                 or unlabelled_date(texts.near_headline(), month_first))
        stated = [item for item in stated if shown and item[1][:10] == shown[:10]] or stated
    shown = None
    if stated and all(name in GENERIC_META for name, _ in stated):
        # A bare "date" tag is often the day the page was last saved: the date shown in the header decides.
        texts = texts or header_texts(root, title, url, classes.hidden, comment_parts(classes, root))
        shown = (date_after_labels(texts.label_ends(PUBLISHED_LABEL), month_first)
                 or unlabelled_date(texts.near_headline(), month_first)
                 or from_time_elements(root, classes, month_first, url)[0])
        if shown and shown[:10] != stated[0][1][:10]:
            stated = []
    if stated:
        source, published = stated[0]
        return _local_day(published, root, meta, url, classes, title, texts, month_first), _source(source), updated
    texts = texts or header_texts(root, title, url, classes.hidden, comment_parts(classes, root))
    updated = updated or date_after_labels(texts.label_ends(UPDATED_LABEL), month_first)
    published, in_aside = from_time_elements(root, classes, month_first, url)
    if published:
        return _local_day(published, root, meta, url, classes, title, texts, month_first), "time", updated
    url_date, names_day = date_from_url(url, month_first=month_first)
    published = date_after_labels(texts.label_ends(PUBLISHED_LABEL), month_first)
    if published and not _shown_under_headline_and_in_address(published, texts, url_date, names_day, month_first):
        return _date_line_over_quoting_label(published, texts, month_first) or published, "text", updated
    if not published:
        # A stamp typed with a slip ("[posted March 28th,, 2011]") is the labelled date all the same.
        published = typed_stamp_date(texts.label_ends(PUBLISHED_LABEL), month_first)
        if published:
            return published, "text", updated
    undated = _undated_finders(url_date, names_day, updated, fetched, year_from_fetch=True)
    # A day without its year, dated by the page's evidence, yields to a full date line by the headline: wherever the
    # running text names it (a journal's "published in the November 1 issue of ..."), and in the header unless it
    # stands right after its label (further on, the label's sentence has moved on to another day: "Published the new
    # call: time until 30 May", "published in the Gazette on 15 November").
    shown_line = date_line_by_headline(texts, month_first)
    label_ends = texts.label_ends(PUBLISHED_LABEL)
    if shown_line:
        label_ends = [(text, end) for text, end in label_ends if not texts.in_running_text(text)]
    published = next(filter(None, (date_after_labels(label_ends, month_first, find, next_to_label=bool(shown_line))
                                   for find in undated)), None)
    if published:
        return published, "text", updated
    # A day among the slug's words is the headline's subject's ("Meeting 11.12.2022"): the header's date comes first.
    slug_day = url_date if names_day and (day_among_slug_words(url) or day_in_headline(url, title)) else None
    if url_date and names_day and not slug_day:
        # The post's own date line by its headline beats the address: a static generator keeps the day the draft
        # was begun in the path (`/2022/11/21/slug/`) while the post shows, and its feed gives, the day it went out.
        shown = date_line(texts.byline_places(), month_first)
        if shown and shown[:10] != url_date[:10]:
            return shown, "text", updated
        return url_date, FROM_URL, updated
    published, mentioned = header_date(texts, month_first)
    if in_aside and lone_time(root, in_aside, month_first) \
            and not (published and not mentioned and date_line(texts.near_headline(), month_first) == published):
        # A side column's one <time>, outside any link or list of teasers, is the post's own date set beside the
        # text (a blog theme's post-meta column): it beats a day the text names (an event's, a quoted post's),
        # though not a date line under the headline.
        return in_aside, "time", updated
    if published:
        return published, (FROM_RUNNING_TEXT if mentioned else "text"), updated
    # A byline's date typed by hand with a slip ("July 28,2008", "Aug.12, 2006") is the post's all the same.
    published = typed_date_line(texts.byline_places(), month_first)
    if published:
        return published, "text", updated
    # An unlabelled day without its year may be an event's, which is as often ahead as behind the fetch: only
    # the page's own evidence dates it.
    undated = _undated_finders(url_date, names_day, updated, fetched, year_from_fetch=False)
    published = next(filter(None, (date_line(texts.near_headline(), month_first, find) for find in undated)), None)
    if published:
        return published, "text", updated
    published = _from_date_classes(classes, month_first, url)
    if published:
        return published, "text", updated
    published, mentioned = later_date_line(texts, month_first)
    if published:
        return published, (FROM_RUNNING_TEXT if mentioned else "text"), updated
    if slug_day:
        return slug_day, FROM_SLUG_WORDS, updated
    if in_aside:
        return in_aside, "time", updated
    published = from_script_data(root, month_first) or from_analytics_tag(meta, month_first)
    if published:
        return published, "script", updated
    published = date_value(meta.first(*SEARCH_INDEX_META), month_first)
    if published:
        return published, FROM_SEARCH_INDEX, updated
    published = from_video(meta, month_first)
    if published:
        return published, "json-ld", updated
    if url_date and not names_day:
        # The address names the year and month only: a day of that month the page shows anywhere (a post's
        # closing "Posted on ..." line far below a long text) is nearer the truth than the month's first.
        published = _day_in_month(root, url_date[:7], month_first, url)
        if published:
            return published, "text", updated
    return (url_date, FROM_URL_MONTH, updated) if url_date else (None, None, updated)


def _day_in_month(root, month: str, month_first: bool, url: str) -> str | None:
    """The first date of `month` ("2015-03") in a short text of the page outside readers' comments and teasers.
    Only texts up to a date line's length are read, the walk descending into longer ones."""
    body = root.find("body")
    stack = [body] if body is not None else []
    while stack:
        element = stack.pop()
        if not isinstance(element.tag, str) or element.tag in ("script", "style", "noscript", "template") \
                or element.tag in ASIDE_TAGS or is_comments_container(element):
            continue
        text = text_of(element)
        if len(text) > SHORT_TEXT_CHARS:
            stack.extend(reversed(element))
            continue
        if not DATE_HINT.search(text) or in_teaser_link(element, url) or any(
                find_date(text_of(a)) and not links_to_page(a.get("href"), url) for a in element.iter("a")):
            continue
        found = unlabelled_date([" ".join(element.itertext()) if len(element) else text], month_first)
        if found and found.startswith(month):
            return found
    return None


def _shown_under_headline_and_in_address(published: str, texts: HeaderTexts, url_date: str | None, names_day: bool,
                                         month_first: bool) -> bool:
    """The address (`url_date`, `names_day`: what `date_from_url` read) and the date line under the headline agree
    on another day than a label in a sentence of the text ("In an article published on June 22nd, TechCrunch ..."):
    they date the page, the label another text. A label in a short line is the page's byline, and stands."""
    lines = (*texts.after_headline, *texts.before_headline[-TEXTS_BEFORE_HEADLINE:],
             *texts.later[:TEXTS_AFTER_BODY_START])
    if labelled_date((t for t in lines if len(t) <= _BYLINE_CHARS), PUBLISHED_LABEL, month_first):
        return False
    if not (url_date and names_day) or url_date[:10] == published[:10]:
        return False
    shown = unlabelled_date(texts.after_headline, month_first)
    return shown is not None and shown[:10] == url_date[:10]


def _date_line_over_quoting_label(published: str, texts: HeaderTexts, month_first: bool) -> str | None:
    """The date line right under the headline, before the text starts, where a "Published" label in a paragraph of
    the text below it shows another day: a reposted article's own byline ("Published in <a magazine> on 15 September
    2015 by ...", "Published June 30, 2020 - A. Writer, CEO") dates the text it quotes, the line the post."""
    labelled = next((text for text, end in texts.label_ends(PUBLISHED_LABEL)
                     if date_after_labels([(text, end)], month_first) == published), None)
    if labelled not in texts.sentences or labelled not in texts.after_headline:
        return None
    above = texts.after_headline[:texts.after_headline.index(labelled)][:BYLINE_TEXTS]
    shown = date_line((text for text in above if text not in texts.after_text), month_first)
    return shown if shown and shown[:10] != published[:10] else None


def _undated_finders(url_date: str | None, names_day: bool, updated: str | None, fetched: dt.datetime | None, *,
                     year_from_fetch: bool) -> list:
    """Finders for dates printed without their year or as an age, each where the page's evidence can date it."""
    finders = []
    year_of = _year_evidence(url_date, names_day, updated, fetched if year_from_fetch else None)
    if year_of:
        finders.append(functools.partial(_day_until, fetched, functools.partial(date_without_year, year_of=year_of)))
    if fetched:
        finders.append(lambda text, month_first: relative_date(text, fetched))
    return finders


def _day_until(fetched: dt.datetime | None, find, text: str, month_first: bool):
    """`find`'s day unless it falls after the fetch: the year its address or update gave a day printed without one
    makes it a day yet to come (an event's), which no page was published on. A day's grace: the publisher's zone
    may be a day ahead of the fetch's."""
    found = find(text, month_first=month_first)
    if found and fetched and _ISO_DAY.match(found[0]) \
            and found[0][:10] > (fetched + dt.timedelta(days=1)).date().isoformat():
        return None
    return found


def _year_evidence(url_date: str | None, names_day: bool, updated: str | None, fetched: dt.datetime | None):
    """How the page's own evidence names the year of a day printed without one, as a function of month and day:
    the year that sets it nearest the day or month in its address (`url_date`, a day when `names_day`: a draft's
    day, a day off by the zone), else the
    latest that sets it on or before its update date or the moment it was fetched (sites that leave the year out
    do so for the current year's posts). None without any: a copyright line or a teaser's date names no year of
    this article."""
    if url_date:
        near = dt.date.fromisoformat(url_date)
        near = near if names_day else near.replace(day=15)
        return lambda month, day: _nearest_year(month, day, near)
    days = [dt.date.fromisoformat(updated[:10])] if updated and _ISO_DAY.match(updated) else []
    days += [fetched.date()] if fetched else []
    if not days:
        return None
    latest = min(days)
    return lambda month, day: latest.year - ((month, day) > (latest.month, latest.day))


def _nearest_year(month: int, day: int, near: dt.date) -> int:
    """The year, of the one before `near`'s to the one after, that sets the month and day nearest `near`."""
    def distance(year):
        try:
            return abs((dt.date(year, month, day) - near).days)
        except ValueError:  # February 29 in a common year
            return 999
    return min(range(near.year - 1, near.year + 2), key=distance)


def _source(name: str) -> str:
    """Where a stated date came from, as `Extracted.published_from` names it."""
    return "json-ld" if name == "json-ld" else "meta"


def _local_day(published: str, root, meta: PageMetadata, url: str, classes: ClassIndex, title: str,
               texts: HeaderTexts | None, month_first: bool) -> str:
    """The publisher's own day for a UTC timestamp: CMSs state datePublished in UTC, so an evening article
    is a day off there, while a meta tag, the page's <time>, the date its header shows or its address keeps the
    local day."""
    if not published.endswith("+00:00") or "T" not in published:
        return published
    try:
        moment = dt.datetime.fromisoformat(published)
        stated = [date_value(meta.first(*PUBLISHED_META), month_first)]
        stated += [date_value(el.get("datetime") or el.get("content"), month_first) for el in xpaths.MACHINE_DATES(root)]
        for shown in stated:
            if not shown or "T" not in shown or shown.endswith("+00:00") or shown[:10] == published[:10]:
                continue
            local = dt.datetime.fromisoformat(shown)
            # The same instant in the page's zone; another instant is an update or another article's.
            if local.tzinfo is not None and abs((local - moment).total_seconds()) <= _SAME_INSTANT_SECONDS:
                return shown
            # A clock without a zone is the same instant when it is the UTC one moved by a real zone's offset.
            if local.tzinfo is None and is_zone_offset(local - moment.replace(tzinfo=None), moment):
                return shown
        # A day shown or in the address must be the UTC moment's day in some real zone (UTC-12 to UTC+14).
        earliest, latest = (moment + dt.timedelta(hours=h) for h in (-12, 14))
        # The article's own <time> stating a bare day is the publisher's day, even where the address was named by
        # the UTC one (a blog moved from a CMS that dated its addresses in UTC).
        own = from_time_elements(root, classes, month_first, url)[0]
        if own and _ISO_DAY.fullmatch(own) and own != published[:10] \
                and earliest.date() <= dt.date.fromisoformat(own) <= latest.date():
            return own
        url_day, names_day = date_from_url(url, month_first=month_first)
        if names_day and url_day == published[:10]:
            return published
        texts = texts or header_texts(root, title, url, classes.hidden, comment_parts(classes, root))
        local = day_by_shown_clock(texts.after_headline, moment)
        if local:
            return published if local == published[:10] else local
        # Only the article's own header: a masthead above the headline prints the day the page was rendered, and a
        # table under the headline a record's (a press clipping's "Date" and "Media" fields).
        header = [text for text in texts.after_headline if text not in texts.in_tables]
        shown = (date_after_labels(texts.label_ends(PUBLISHED_LABEL), month_first)
                 or unlabelled_date(header + [texts.first_paragraph[:DATELINE_CHARS]], month_first))
        if shown and earliest.date() <= dt.date.fromisoformat(shown[:10]) <= latest.date():
            # What readers see wins over the address: a site may name its pages by another zone's day.
            return published if shown[:10] == published[:10] else shown
        if names_day and earliest.date() <= dt.date.fromisoformat(url_day) <= latest.date():
            return url_day
    except ValueError:
        return published
    return published


def _from_date_classes(classes: ClassIndex, month_first: bool, url: str) -> str | None:
    """A short date text in an element whose class says date ("date", "datum"), outside teasers and updates, that
    names a day, not a span of days: an event's period ("11-12 Oct 2014" in a festival site's banner) is no day a
    page went out."""
    for element in classes.with_class(xpaths.DATE_CLASSES):
        if not_a_publication(element) or in_teaser_link(element, url):
            continue
        text = text_of(element)
        if len(text) < DATELINE_CHARS:
            first = find_date(text, month_first=month_first)
            if first and states_period(text, first):
                continue
            found = ((first and unlabelled_date_in(text, month_first, first)) or typed_date_line([text], month_first)
                     or date_attribute(element, month_first))
            if found:
                return found
    return None
