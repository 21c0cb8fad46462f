"""Parse the date formats news pages print (ISO, numeric, month names in many languages, Unix time) to ISO 8601."""
from __future__ import annotations

import datetime as dt
import re
from urllib.parse import urlsplit

from news_archive.archive.calendar_words import SWEDISH_MONTHS

# Month names and common short forms of other languages, each month's after its Swedish name (partner pages use it).
# Finnish and Polish print a date's month in another case than the month's name ("13. joulukuuta 2013",
# "3 marca 2020"): both forms are listed. Catalan's names and the short forms its calendars print ("febr.", "des.")
# are listed too, and Slovak's and Czech's names with the case a date prints them in ("4 júl, 2015", "3. marca 2016",
# "12. října 2014"), Slovenian's with theirs and its short "avg" ("4. julija 2023", "14 Avg, 18"), Portuguese
# short forms ("fev", "out") and Italian ones ("16 mag 2012", "25 giu 2012", "12 lug 2015"). Greek's names are
# listed with their genitive, the case a date prints them in ("24 Ιανουαρίου 2023"; "Ιανουάριος 24, 2023" too).
_OTHER_MONTH_NAMES = {
    1: "jan january janvier januar janeiro enero gennaio januarie jänner jaenner ene gen gener tammikuu tammikuuta "
       "styczeń stycznia január januára leden ledna januarja ιανουάριος ιανουαρίου",
    2: "feb february février fevrier februar fevereiro fev febrero febbraio fév févr febrer febr helmikuu helmikuuta "
       "luty lutego február februára únor února februarja φεβρουάριος φεβρουαρίου",
    3: "mar march märz maerz marts março marzo maart mrt març maaliskuu maaliskuuta marzec marca marec březen března "
       "μάρτιος μαρτίου",
    4: "apr avril abril aprile avr abr huhtikuu huhtikuuta kwiecień kwietnia apríl apríla duben dubna aprila "
       "απρίλιος απριλίου",
    5: "may mai maio mayo maggio mag mei maig toukokuu toukokuuta maja máj mája květen května μάιος μαΐου μαίου",
    6: "jun june juin junho junio giugno giu juny kesäkuu kesäkuuta czerwiec czerwca jún júna červen června "
       "junij junija ιούνιος ιουνίου",
    7: "jul july juillet julho julio luglio lug juil juliol heinäkuu heinäkuuta lipiec lipca júl júla červenec "
       "července julij julija ιούλιος ιουλίου",
    8: "aug august août aout agosto ago agost ag augustus elokuu elokuuta sierpień sierpnia augusta srpen srpna "
       "avgust avgusta avg αύγουστος αυγούστου",
    9: "sep sept septembre setembro septiembre settembre setembre set syyskuu syyskuuta wrzesień września septembra "
       "září σεπτέμβριος σεπτεμβρίου",
    10: "okt october octobre outubro out octubre ottobre oct ott lokakuu lokakuuta październik października október "
        "októbra říjen října οκτώβριος οκτωβρίου",
    11: "nov novembre novembro noviembre marraskuu marraskuuta listopad listopada novembra listopadu "
        "νοέμβριος νοεμβρίου",
    12: "dec déc december décembre decembre dezember dezembro diciembre dicembre dez dic desember desembre des "
        "joulukuu joulukuuta grudzień grudnia decembra prosinec prosince δεκέμβριος δεκεμβρίου",
}
MONTHS = {name: number for number, names in _OTHER_MONTH_NAMES.items()
          for name in (SWEDISH_MONTHS[number - 1], *names.split())}
_MONTH_ALTERNATION = "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True))

_ZONE_ABBREVIATIONS = {
    "z": "+00:00", "utc": "+00:00", "gmt": "+00:00", "cet": "+01:00", "cest": "+02:00", "bst": "+01:00",
    "eet": "+02:00", "eest": "+03:00", "est": "-05:00", "edt": "-04:00", "cst": "-06:00", "cdt": "-05:00",
    "mst": "-07:00", "mdt": "-06:00", "pst": "-08:00", "pdt": "-07:00",
}
# American pages name the zone without saying standard or daylight time ("6:02 p.m. ET"): the offset is the one
# the US zone had that day. Hours behind UTC in standard time.
_US_ZONES = {"et": 5, "ct": 6, "mt": 7, "pt": 8, "akst": 9, "akdt": 9, "akt": 9, "hst": 10}
_US_ZONE_NAMES = frozenset({"est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", *_US_ZONES})
# Zone names in capitals only: in lower case they are words ("et", "est" in French).
_ZONE = (r"(?P<zone>Z|[+-]\d{2}:?\d{2}\b|"
         r"(?-i:UTC|GMT|CEST|CET|BST|EEST|EET|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|CT|MT|PT|AKST|AKDT|AKT|HST)\b)?")
# "p.m." ends in a full stop after the word: the zone after it ("6:02 p.m. EST") is still the time's.
_TIME = (r"(?:(?:T|,?\s+|,|\s*kl\.?\s*|\s*um\s*|,?\s*at\s*|\s*@\s*|\s*-\s*|\s*[|/]\s*)"
         r"(?P<hour>[012]?\d)[:.h](?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d)(?:[.,]\d+)?)?"
         r"\s*(?P<ampm>[ap]\.?m\b\.?)?\s*" + _ZONE + r")?")

_ISO = re.compile(r"(?<!\d)(?P<year>(?:19|20)\d{2})(?P<sep>[-/.])(?P<month>[01]?\d)(?P=sep)(?P<day>[0-3]?\d)(?!\d)" + _TIME, re.I)
_ISO_COMPACT = re.compile(r"(?<!\d)(?P<year>(?:19|20)\d{2})(?P<month>[01]\d)(?P<day>[0-3]\d)(?:T(?P<hour>[012]\d)(?P<minute>[0-5]\d)(?P<second>[0-5]\d)?" + _ZONE + r")?(?!\d)")
_DAY_FIRST = re.compile(r"(?<![\d.])(?P<day>[0-3]?\d)(?P<sep>[-/.])\s?(?P<month>[0-3]?\d)(?P=sep)\s?(?P<year>(?:19|20)\d{2})(?!\d)" + _TIME, re.I)
# "26 | 01 | 2022", "26 · 01 · 2022": a designed date line spaces its two-digit parts with bars or middle dots.
_DAY_FIRST_SPACED = re.compile(r"(?<![\d.|·])(?P<day>[0-3]\d) ?(?P<sep>[|·]) ?(?P<month>[01]\d) ?(?P=sep) ?"
                               r"(?P<year>(?:19|20)\d{2})(?!\d)" + _TIME, re.I)
# "21-11-29": the Swedish short form is year first; dotted or slashed short forms are day first.
_SHORT_YEAR_FIRST = re.compile(r"(?<![\d.\-/])(?P<year>[0-4]\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?![\d\-])" + _TIME, re.I)
_SHORT_DAY_FIRST = re.compile(r"(?<![\d.\-/])(?P<day>[0-3]?\d)(?P<sep>[./])(?P<month>[0-3]?\d)(?P=sep)(?P<year>\d{2})(?![\d.\-/])" + _TIME, re.I)
_DAY_MONTH_NAME = re.compile(
    r"(?<!\w)(?P<day>[0-3]?\d)(?:\.|st|nd|rd|th|e|er|:e|:a)?\s*(?:de\s+|d['’])?(?P<monthname>" + _MONTH_ALTERNATION
    + r")\.?,?\s*(?:de\s+)?(?P<year>(?:19|20)\d{2})(?!\d)" + _TIME, re.I)
_MONTH_NAME_DAY = re.compile(
    r"(?<!\w)(?P<monthname>" + _MONTH_ALTERNATION + r")\.?\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d{2})(?!\d)"
    + _TIME, re.I)
_TEXT_PATTERNS = (_ISO, _DAY_MONTH_NAME, _MONTH_NAME_DAY, _DAY_FIRST, _DAY_FIRST_SPACED, _SHORT_YEAR_FIRST,
                  _SHORT_DAY_FIRST)
# A day and month without the year ("Published Mar 3 at 5:03 PM", "WASHINGTON, March 3 (Reuters)", "3 mars kl
# 14.03"): American papers and others leave the current year out. Short names that are words too ("set", "ago",
# "out", French "des", "avg", Italian "mag", "lug") are left out: these patterns read header lines, not only machine
# values.
_WORDS_TOO = frozenset({"set", "ago", "gen", "des", "ag", "out", "avg", "mag", "lug"})
_YEARLESS_MONTHS = "|".join(sorted((re.escape(name) for name in MONTHS if name not in _WORDS_TOO), key=len, reverse=True))
# A day printed with its year is none without one, and neither is a day printed with a zero-padded year no date has
# (Go's and Hugo's zero date "Monday, January 01, 0001"): the page shows no date, not a day of the address's year; nor
# a day whose year follows a comma typed twice ("March 28th,, 2011", a slip `typed_date` reads where a date belongs).
_NO_YEAR_AFTER = r"(?!\.?,{0,2}\s*(?:de\s+)?(?:19|20|0\d)\d{2}(?![\d:.]\d))"
_MONTH_NAME_DAY_NO_YEAR = re.compile(
    r"(?<!\w)(?P<monthname>" + _YEARLESS_MONTHS + r")\.?\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b" + _NO_YEAR_AFTER
    + _TIME, re.I)
_DAY_MONTH_NAME_NO_YEAR = re.compile(
    r"(?<!\w)(?P<day>[0-3]?\d)(?:\.|st|nd|rd|th|e|er|:e|:a)?\s*(?:de\s+)?(?P<monthname>" + _YEARLESS_MONTHS
    + r")(?!\w)\.?" + _NO_YEAR_AFTER + _TIME, re.I)
# A month-first date as an editor types it by hand, with a slip the printed forms leave out: no space after the
# comma or the abbreviation's point ("July 28,2008", "Aug.12, 2006"), the comma twice ("Jan. 10,, 2008") or a point
# for it ("April 19. 2010"). Read only in a line where a date belongs (`typed_date`): in running text "19. 2010"
# closes one sentence and opens the next.
_MONTH_NAME_DAY_TYPED = re.compile(
    r"(?<!\w)(?P<monthname>" + _YEARLESS_MONTHS + r")(?:\.\s*|\s+)(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?:\s*,,?\s*|\.\s+)"
    r"(?P<year>(?:19|20)\d{2})(?!\d)" + _TIME, re.I)
# A day and month name with the year's last two digits after a comma ("17 Jun, 21", "04 Jul, 23"), as a blog theme
# prints a post's date in its date element. Read only in a line where a date belongs (`typed_date`): in running text
# "3 May, 21 people" is a day and a count.
_DAY_MONTH_NAME_SHORT_YEAR = re.compile(
    r"(?<!\w)(?P<day>[0-3]?\d)\.?\s*(?P<monthname>" + _MONTH_ALTERNATION + r")\.?,\s*(?P<year>\d{2})"
    r"(?![\d.,:/-])", re.I)
# "2 hours ago", "för 3 dagar sedan": a day only from the moment the page was fetched.
_AGO = re.compile(r"(?<!\w)(?:(?P<count>\d{1,3}|an?|one)\s+(?P<unit>min(?:ute)?s?|hours?|hrs?|days?)\s+ago"
                  r"|(?:för\s+)?(?P<count_sv>\d{1,3})\s+(?P<unit_sv>minuter|minut|timmar|timme|dagar|dag)\s+sedan)\b",
                  re.I)
# "20231206" is only trusted in machine-readable values: in running text it is usually an id.
_VALUE_PATTERNS = (_ISO, _ISO_COMPACT, _DAY_MONTH_NAME, _MONTH_NAME_DAY, _DAY_FIRST)

_DIGIT = re.compile(r"\d")
# "VARILUM INFO N°5 Juin 2015", "Heft Nr. 3 März 2020", "Issue #12 May 2021": a number after an issue mark is the
# issue's, not a day of the month.
_ISSUE_MARK = re.compile(r"(?:\bn[°º]|\bno\.|\bnr\.?|\bnum(?:ber|mer|éro|ero)|#)\s*$", re.I)
# A word naming a version just before dotted numbers ("RELEASE 3.14.10", "Version 2.4.19", "v1.2.24").
_VERSION_MARK = re.compile(r"(?:\b(?:release|version[eo]?|versi[oó]n|vers[aã]o|ver|rel)\.?[\s:_-]*|\bv)$", re.I)
# A word after dotted numbers that names them a release ("3.14.10 LTS release", "2.1.10 released", "1.4.20-beta").
_RELEASE_AFTER = re.compile(r"\s*[-(]?\s*(?:lts|releases?|released|version|patch|hotfix|beta|alpha|rc\d*|final|snapshot)\b",
                            re.I)
_DAY_LEADS = (_DAY_MONTH_NAME, _DAY_FIRST, _DAY_FIRST_SPACED, _SHORT_DAY_FIRST, _DAY_MONTH_NAME_NO_YEAR)
_SLASHED = re.compile(r"(?<![\d/])([0-3]?\d)/([0-3]?\d)/(?:19|20)?\d{2}(?![\d/])")
_EPOCH = re.compile(r"\d{10}(?:\d{3})?")
_EPOCH_FIRST = 788918400  # 1995-01-01: no news site dates its pages earlier

# Country domains that sites anywhere use as generic names ("startup.io", "news.tv"), and the United States' own.
_GENERIC_COUNTRY_DOMAINS = frozenset({"us", "io", "co", "tv", "me", "fm", "ai", "ly", "cc", "to", "ws", "gg"})

URL_DAY = re.compile(r"/((?:19|20)\d{2})[/-]([01]?\d)[/-]([0-3]?\d)(?:/|$|[-_])")
# "/story-20200303.html": the day may end the file name, before its extension.
URL_COMPACT_DAY = re.compile(r"[/_-]((?:19|20)\d{2})([01]\d)([0-3]\d)(?:[/_-]|\.[a-z]{2,5}$|$)")
# "/2020/mar/03/slug", "/2020/0303/slug": the month by name, or month and day in one segment.
URL_NAMED_MONTH_DAY = re.compile(r"/((?:19|20)\d{2})/([a-z]{3,9})/([0-3]?\d)(?:/|$|[-_])", re.I)
URL_YEAR_MONTHDAY = re.compile(r"/((?:19|20)\d{2})/([01]\d)([0-3]\d)/")
_LETTER = re.compile(r"[^\W\d_]")
URL_MONTH = re.compile(r"/((?:19|20)\d{2})/([01]?\d)/")
# "/newsroom/23-01-2022-slug": day first, as printed in Europe; "/news/03/04/2020/slug" or "-03-04-2020": month
# first on a site that prints its dates so. Either order is read where the other is impossible ("/12/31/2019/").
URL_YEAR_LAST = re.compile(r"[/_-]([0-3]\d)[-_.]([0-3]\d)[-_.]((?:19|20)\d{2})(?:[/_-]|$)"
                           r"|/([0-3]?\d)/([0-3]?\d)/((?:19|20)\d{2})(?:/|$)")


def reads_month_first(url: str, *locales: str | None, printed: bool | None = None) -> bool | None:
    """Whether a page's slashed dates put the month first ("03/04/2020" is March 4), from its stated locales
    (html lang, og:locale, JSON-LD inLanguage...) in order of trust: the United States' order for English pages
    from there or of no stated country (most English news pages that leave the country out are American); the
    day first elsewhere, and on any site under another country's domain (".se", ".co.uk"), whose CMS may state
    its default "en-US". None when the page states no language: its own dates must tell (`order_shown`).
    `printed`: the order the source's listings showed their slashed dates in (`slashed_order`), which settles it for
    a page stating a language but no country ("en" on a British site printing "27/09/21" beside its posts)."""
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:  # an address the page was filed under that is not one ("http://[bad")
        host = ""
    top_level = host.rsplit(".", 1)[-1]
    if len(top_level) == 2 and top_level not in _GENERIC_COUNTRY_DOMAINS:
        return False
    language = ""
    for locale in locales:
        parts = (locale or "").strip().lower().replace("_", "-").split("-")
        # The first stated language is the page's; a later locale of another language is a template's default.
        # Only a language code states one: JSON-LD may name it in words ("English").
        if not 2 <= len(parts[0]) <= 3 or (language and parts[0] != language):
            continue
        language = parts[0]
        if len(parts) > 1:
            return parts[:2] == ["en", "us"]
    if language and printed is not None:
        return printed
    return language == "en" if language else None


def slashed_order(texts) -> bool | None:
    """Whether the slashed dates of these texts put the month first, told by those only one order can read
    ("12/31/2019" month first, "31/12/2019" day first); None when none tells, or they tell both."""
    orders = set()
    for text in texts:
        for match in _SLASHED.finditer(text):
            first, second = int(match[1]), int(match[2])
            if (first > 12) != (second > 12) and 0 < min(first, second) and max(first, second) <= 31:
                orders.add(second > 12)
    return orders.pop() if len(orders) == 1 else None


def order_shown(texts) -> bool | None:
    """Whether the dates a page prints put the month first, from the first that tells: a month name before the
    day ("March 3, 2020", the American order) or after it ("3 March 2020"), or a slashed date only one order
    can read ("12/31/2019", "31/12/2019"). None when no date tells."""
    for text in texts:
        if not _DIGIT.search(text):
            continue
        found = []  # (where in the text, month first)
        for pattern, month_first in ((_MONTH_NAME_DAY, True), (_DAY_MONTH_NAME, False)):
            match = pattern.search(text)
            if match and int(match["day"]) <= 31:
                found.append((match.start(), month_first))
        for match in _SLASHED.finditer(text):
            first, second = int(match[1]), int(match[2])
            if (first > 12) != (second > 12) and 0 < min(first, second) and max(first, second) <= 31:
                found.append((match.start(), second > 12))
                break
        if found:
            return min(found)[1]
    return None


def epoch_date(value: str | None) -> str | None:
    """The moment a Unix timestamp names, in seconds or milliseconds ("1583276520", "1583276520000"), in UTC;
    None for any other number and for moments before 1995 or after tomorrow (an id, a count, an expiry)."""
    if not value or not _EPOCH.fullmatch(value):
        return None
    seconds = int(value[:10])
    if not _EPOCH_FIRST <= seconds <= dt.datetime.now(dt.timezone.utc).timestamp() + 86400:
        return None
    return dt.datetime.fromtimestamp(seconds, dt.timezone.utc).isoformat()


def parse_date(text: str, *, month_first: bool = False) -> str | None:
    """The first plausible date in running text as "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM[:SS][+HH:MM]"."""
    found = find_date(text, month_first=month_first)
    return found[0] if found else None


def parse_date_value(value: str, *, month_first: bool = False) -> str | None:
    """The date in a machine-readable value (meta content, datetime attribute, JSON-LD)."""
    found = find_date(value, month_first=month_first, patterns=_VALUE_PATTERNS)
    return found[0] if found else None


# A time of day printed alone ("14.14", "9:05"), and how long ago (in the languages of the partners and their
# neighbours): a comment's or a post's stamp that names no day.
CLOCK = re.compile(r"(?<![\d:.])[012]?\d[:.][0-5]\d(?![\d.])")
TIME_AGO = re.compile(
    r"\b\d+\s*(?:\w+\s+){1,2}(?:ago|sedan|siden|sitten|fa)\b|\b(?:vor|il y a|hace)\s+\d+\s*\w+", re.IGNORECASE)


def find_date(text: str, *, month_first: bool = False, patterns=_TEXT_PATTERNS) -> tuple[str, int, int] | None:
    """The earliest plausible date in `text` with the offsets where its text starts and ends."""
    text = (text or "")[:2000]
    # Every pattern's year is digits: a text without one (most lines of a page) holds no date for them.
    if not _DIGIT.search(text):
        return None
    best: tuple[str, int, int] | None = None
    for pattern in patterns:
        for match in pattern.finditer(text):
            if best and match.start() >= best[1]:
                break
            iso = _normalise(match, month_first)
            if iso and not _issue_number(match) and not _version_number(match):
                best = (iso, match.start(), match.end())
                break
    return best


def typed_date(text: str, *, month_first: bool = False) -> tuple[str, int, int] | None:
    """`find_date`, else a date typed with a slip (`_MONTH_NAME_DAY_TYPED`) or with a two-digit year
    (`_DAY_MONTH_NAME_SHORT_YEAR`): for a byline or date element only."""
    return find_date(text, month_first=month_first) \
        or find_date(text, month_first=month_first, patterns=(_MONTH_NAME_DAY_TYPED, _DAY_MONTH_NAME_SHORT_YEAR))


def date_without_year(text: str, year_of, *, month_first: bool = False) -> tuple[str, int, int] | None:
    """The earliest day and month printed without a year in `text` ("Mar 3 at 5:03 PM", "3 mars"), in the year
    `year_of(month, day)` gives it, with the offsets where its text starts and ends."""
    if not text:
        return None
    text = text[:2000]
    best: tuple[str, int, int] | None = None
    for pattern in (_MONTH_NAME_DAY_NO_YEAR, _DAY_MONTH_NAME_NO_YEAR):
        for match in pattern.finditer(text):
            if best and match.start() >= best[1]:
                break
            month, day = MONTHS.get(match["monthname"].lower()), int(match["day"])
            if not month:
                continue
            iso = _normalise(match, month_first, year_of(month, day))
            if iso and not _issue_number(match):
                best = (iso, match.start(), match.end())
                break
    return best


def relative_date(text: str, fetched: dt.datetime) -> tuple[str, int, int] | None:
    """The moment (minutes, hours) or the day (days) that "2 hours ago" names, counted back from when the page
    was fetched, with the offsets where its text starts and ends."""
    match = _AGO.search(text) if text else None
    if not match:
        return None
    count = match["count"] or match["count_sv"]
    unit = (match["unit"] or match["unit_sv"]).lower()
    number = int(count) if count.isdigit() else 1
    if unit.startswith("d"):
        return (fetched - dt.timedelta(days=number)).date().isoformat(), match.start(), match.end()
    delta = dt.timedelta(hours=number) if unit.startswith(("h", "t")) else dt.timedelta(minutes=number)
    moment = (fetched - delta).replace(microsecond=0)
    return moment.isoformat(), match.start(), match.end()


def _issue_number(match: re.Match) -> bool:
    """Whether the day a match starts with is an issue's number ("N°5 Juin 2015")."""
    start = match.start()
    return match.re in _DAY_LEADS and _ISSUE_MARK.search(match.string, max(0, start - 12), start) is not None


def _version_number(match: re.Match) -> bool:
    """Whether dotted numbers with a short last part are a version: a version word stands before them ("RELEASE
    3.14.10", "v1.2.24") or a release word after them ("Gadget 3.14.10 LTS release"). Bare, they may be a date, an
    American one too ("12.29.14"); a full year makes them a date, even after "Release:" (the day it came out)."""
    if match.re is not _SHORT_DAY_FIRST or match["sep"] != ".":
        return False
    start = match.start()
    return _VERSION_MARK.search(match.string, max(0, start - 12), start) is not None \
        or _RELEASE_AFTER.match(match.string, match.end()) is not None


def _normalise(match: re.Match, month_first: bool, year: int | None = None) -> str | None:
    parts = match.groupdict()
    year = year or int(parts["year"])
    if year < 100:
        year += 2000
    if parts.get("monthname"):
        month = MONTHS.get(parts["monthname"].lower())
        day = int(parts["day"])
    else:
        month, day = int(parts["month"]), int(parts["day"])
        # Slashed dates put the month first where the page's country does, or when the day-first reading is
        # impossible; "13/04/2020" is day first everywhere. Dotted and dashed ones are Europe's, and CMSs state
        # "en-US" by default: they are American ("3.4.2020 5:03 p.m. ET") only where their clock is.
        american = parts.get("sep") == "/" or _american_clock(parts)
        if match.re in (_DAY_FIRST, _SHORT_DAY_FIRST) and day <= 12 and ((month_first and american) or month > 12):
            month, day = day, month
    if not month or not _valid_day(year, month, day):
        return None
    date = f"{year:04d}-{month:02d}-{day:02d}"
    if parts.get("hour") is None:
        return date
    hour, minute = int(parts["hour"]), int(parts["minute"])
    ampm = (parts.get("ampm") or "").lower()
    if ampm.startswith("p") and hour < 12:
        hour += 12
    elif ampm.startswith("a") and hour == 12:
        hour = 0
    if hour > 23:
        return date
    clock = f"{hour:02d}:{minute:02d}" + (f":{int(parts['second']):02d}" if parts.get("second") else "")
    return f"{date}T{clock}{_zone_offset(parts.get('zone'), dt.date(year, month, day))}"


def _american_clock(parts: dict) -> bool:
    """A time told on a 12-hour clock or in a US zone ("5:03 PM", "17:03 EST")."""
    return bool(parts.get("ampm")) or (parts.get("zone") or "").lower() in _US_ZONE_NAMES


def _valid_day(year: int, month: int, day: int) -> bool:
    if not 1990 <= year <= dt.date.today().year + 2:
        return False
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def _zone_offset(zone: str | None, day: dt.date) -> str:
    if not zone:
        return ""
    named = _ZONE_ABBREVIATIONS.get(zone.lower())
    if named:
        return named
    behind = _US_ZONES.get(zone.lower())
    if behind:
        # Hawaii keeps standard time all year.
        return f"-{behind - (zone.lower() != 'hst' and _us_daylight_time(day)):02d}:00"
    digits = zone.replace(":", "")
    return f"{digits[:3]}:{digits[3:5]}"


def _us_daylight_time(day: dt.date) -> bool:
    """US daylight saving time on that day: from the second Sunday of March to the first Sunday of November."""
    second_sunday_march = 8 + (6 - dt.date(day.year, 3, 8).weekday()) % 7
    first_sunday_november = 1 + (6 - dt.date(day.year, 11, 1).weekday()) % 7
    return dt.date(day.year, 3, second_sunday_march) <= day < dt.date(day.year, 11, first_sunday_november)


def day_among_slug_words(url: str) -> bool:
    """The day `date_from_url` reads is set after words of the page's name ("/meeting-11-12-2022/",
    "/kick-off-26-02-2023-17-20-uhr/"): the day its headline names, often an event's, not the day of the page.
    So is a number that opens the slug after the year and month folders ("/2015/03/5-tips-for-x/": "5 tips")."""
    path = url.split("?", 1)[0]
    match = URL_DAY.search(path)
    if match and path[match.end(2)] == "/" and path[match.end(3):match.end(3) + 1] in ("-", "_") \
            and _LETTER.search(path[match.end(3):].partition("/")[0]):
        return True
    if match or any(pattern.search(path) for pattern in (URL_COMPACT_DAY, URL_YEAR_MONTHDAY, URL_NAMED_MONTH_DAY)):
        return False
    match = URL_YEAR_LAST.search(path)
    return bool(match and match.group(1) and _LETTER.search(path[:match.start() + 1].rpartition("/")[2]))


def day_in_headline(url: str, headline: str) -> bool:
    """The day `date_from_url` reads is printed as it stands in the address in the headline too ("Maintenance -
    20210611" at "/maintenance-20210611/"): the address was made from the headline, so the day is the headline's
    (its subject's, or a stamp its writer typed), no day the publishing system set in the address."""
    path = url.split("?", 1)[0]
    for pattern in (URL_DAY, URL_COMPACT_DAY, URL_YEAR_MONTHDAY, URL_NAMED_MONTH_DAY, URL_YEAR_LAST):
        match = pattern.search(path)
        if match:
            groups = [i for i in range(1, len(match.groups()) + 1) if match.group(i)]
            return path[match.start(groups[0]):match.end(groups[-1])] in headline
    return False


def date_from_url(url: str, *, month_first: bool = False) -> tuple[str | None, bool]:
    """A date printed in a URL path and whether it names the day (False: only year and month)."""
    path = url.split("?", 1)[0]
    for pattern in (URL_DAY, URL_COMPACT_DAY, URL_YEAR_MONTHDAY, URL_NAMED_MONTH_DAY):
        match = pattern.search(path)
        if match:
            year, month, day = (MONTHS.get(g.lower(), 0) if g.isalpha() else int(g) for g in match.groups())
            if _valid_day(year, month, day):
                return f"{year:04d}-{month:02d}-{day:02d}", True
    match = URL_YEAR_LAST.search(path)
    if match:
        first, second, year = (int(g) for g in (match.groups()[:3] if match.group(1) else match.groups()[3:]))
        day, month = (second, first) if (month_first and first <= 12) or second > 12 else (first, second)
        if _valid_day(year, month, day):
            return f"{year:04d}-{month:02d}-{day:02d}", True
    match = URL_MONTH.search(path)
    if match:
        year, month = int(match.group(1)), int(match.group(2))
        if _valid_day(year, month, 1):
            return f"{year:04d}-{month:02d}-01", False
    return None, False
