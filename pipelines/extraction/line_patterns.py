"""The patterns every line rule reads a line by: its words, how a sentence ends, the words that mark a site's
furniture, the addresses a line writes out, the read-on phrase, a label inside the line."""
from __future__ import annotations

import re

WORD = re.compile(r"[^\W\d_]{2,}")
# A writer's closing line ("Varma hälsningar från styrelsen", "Vi ses där!", "/Maria"), a greeting, a thank-you or
# a signature, is set like the furniture some sites put after the text: the words that mark that furniture (share,
# related, advertisement, tags, comments, newsletter, read more, follow us, contact us...) in the partners' languages
# and English. One tag is labelled ("Tag: ..."): the word alone is German for a day ("Einen schönen Tag").
FURNITURE_LINE = re.compile(
    r"\b(?:share|shares|sharing|dela|jaa|teilen|related|relaterade?|relatert|liittyvät|verwandte|ähnliche|"
    r"advertisement|advertising|sponsored|annons|annonse|reklame|mainos|anzeige|werbung|tags|tag(?=\s*:)|tagged|"
    r"taggar|stikkord|avainsanat|schlagwörter|comments?|kommentarer|kommentare?|kommentit|kommentoi|newsletter|"
    r"nyhetsbrev|nyhedsbrev|uutiskirje|subscribe|prenumerera|abonnieren|abonner|tilaa|print|drucken|tulosta|"
    r"read more|read also|also read|see also|more from|läs mer|läs också|les mer|les også|læs mere|læs også|"
    r"lue lisää|lue myös|weiterlesen|mehr zum|lesen sie|follow us|följ oss|følg oss|følg os|folgen sie|seuraa|"
    r"loading|click|klicka|klikk|klik|posted|filed|categor(?:y|ies)|kategori(?:er|a)?|copyright|rights reserved|"
    r"contributed|reporting|editing|editor|redaktion|toimittaja|(?:photo|foto|picture|image)s? (?:by|von|av|af)|"
    r"breaking|already registered|log in|sign in|sign up|logga in|kirjaudu|contact us|kontakta oss|kontakt oss|"
    r"kontaktieren sie|more on|more about|more stories|more news|you may also|you might also|recommended|trending|"
    r"most read|popular|continue reading|continues below|report an? (?:error|typo)|conversation)\b", re.IGNORECASE)
# A script's placeholder standing where the player or the box it fills in will show ("Loading...", "Laddar…",
# "正在加载..."): the whole line says only that, never the writer's words.
LOADING_NOTICE = re.compile(
    r"(?:loading|laddar|lastes inn|indlæser|ladataan|wird geladen|lädt|chargement(?: en cours)?|cargando|carregando|"
    r"caricamento(?: in corso)?|načítání|ładowanie|正在加载|加载中|載入中|読み込み中)\s*(?:\.{2,}|…)?", re.IGNORECASE)
# A site named by its host ("bior.example", "www.nature.com"): a dot between names, ending on a top-level domain.
SITE_NAME = re.compile(r"(?:[a-z0-9-]+\.)+[a-z]{2,}")
# A web address written out in a text ("see https://...", "www...."): every rule reading addresses in a line starts
# from this one pattern.
WEB_ADDRESS = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
# An address written out, a site's name or a web address ("share.fi", "https://print.example/a"): the words in it
# name the site, no furniture of the page. Written in any case ("Share.fi", "WWW.CLUB.EXAMPLE") but for a site name's
# top-level domain, so that two sentences typed without a space ("ended.Share this") make no site.
_ADDRESS = re.compile(rf"(?i:{WEB_ADDRESS.pattern})|(?<![\w.-])(?:(?i:[a-z0-9-]+)\.)+[a-z]{{2,}}(?![\w-])")
# The phrase sending the reader on to read more, which furniture shares with the writer's own pointing lines ("Read
# more about <a>versioning datasets here</a>.", "Lue lisää: <a>the gallery</a>").
READ_ON = re.compile(r"\b(?:read more|les mer|läs mer|læs mere|lue lisää)\b", re.IGNORECASE)
# A label inside the line ("Email: ...", "Quelle: ..."): a contact or a source, not the writer's words.
LABEL = re.compile(r"[^\W\d_]: ")
# Chinese and Japanese end a sentence with their own full stop ("。", a quote after it with 」 or 』): a short closing
# line ending so ("請繼續收看。") is a sentence of the text, no sign-off. A note closing the text in brackets ends on
# its full stop inside them ("[Update: the talk moved to Friday.]"), as one in parentheses does.
FULL_STOP = re.compile(r"(?:[.!?…][\"”»)\]]?|。[」』）]?)$")
# Their exclamation and question marks end the text's last line too ("祝大家新年快樂！"), and a box's call to follow
# the site ("…を読もう！" over its social links) after the related-posts headings: text_edges.trim_edges tells
# them apart by what stands before the line.
CJK_EXCLAMATION = re.compile(r"[！？][」』）]?$")
# A sentence of the writer's that announces a list says what it lists in this many words at least ("We rebuilt
# these pages so that every group's work is easier to find:"); a label ("More:", "Related posts:") heads a box.
INTRO_WORDS = 6
# Where a line's sentences part.
SENTENCES_PART = re.compile(r"(?<=[.!?])\s+")
# A path's or an address's mark: what a line names after it is a page to go to, no name of the writer's.
_ADDRESS_MARK = re.compile(r"[/@]")
# A byline opens with "by" in the partners' languages and their neighbours' ("Av", "Von", "Par"...).
BYLINE = re.compile(r"^(?:by|von|av|af|par|por|di|door)\s", re.IGNORECASE)
# A stop then the next sentence's first character: more than one sentence in the text.
SENTENCE_BREAK = re.compile(r"[.!?…]+[\"”»)]?\s+\S")
SENTENCE_END = re.compile(r"[.!?:;…\"”»)。！？：；」』]$")


def without_addresses(text: str) -> str:
    """The text with the addresses it writes out blanked, for a search of its furniture words."""
    return _ADDRESS.sub(" ", text) if "." in text else text


def ends_on_comma(text: str) -> bool:
    """The line ends on a comma, as a letter's salutation or closing does ("Dear members,", "Regards,"): a label or a
    menu's entry never does."""
    return text.rstrip().endswith(",")


def announces_in_line(text: str) -> bool:
    """The line's last sentence says what it names after its colon, on the line itself ("Don't forget to check out our
    latest event: Spring CTF"): the writer's call to it, in as many words as a sentence announcing a list. A label
    before a colon ("Photo: Anna Berg", "Text and pictures: the board") heads a credit in a word or a few; a path or
    an address after it ("Keep up to date with our newsletter: /newsletter/") is a box's pointer to a page."""
    head, colon, named = SENTENCES_PART.split(" ".join(text.split()))[-1].partition(": ")
    return bool(colon) and bool(named) and len(head.split()) >= INTRO_WORDS and _ADDRESS_MARK.search(named) is None
