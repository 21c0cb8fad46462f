"""Selectors used by the extractor: every XPath, attribute and class/id pattern, kept apart from the logic."""
import re

from lxml import etree

# Compiled once: a string XPath is compiled again on every call.
MACHINE_DATES = etree.XPath("//time[@datetime] | //*[@itemprop='datePublished'][@content or @datetime]")
# Boxes a script opens over the page (a cookie consent's settings, a sign-up): <dialog>, or an element in ARIA's dialog
# roles that is modal or closed. A dialog role alone also marks a banner set beside the page's text. So is a tooltip, the
# bubble a pointer or the keyboard brings up over a control ("New: change the font size!").
DIALOGS = etree.XPath("//dialog | //*[@role='dialog' or @role='alertdialog'][@aria-modal='true' or @aria-hidden='true']"
                      " | //*[@role='tooltip']")
# Class/id words of a box a script opens over the page on a click (a contact or sign-up form's popup, a report form's
# flyout): set apart from the article in the markup, though only the site's stylesheet hides it.
OVERLAY_WORDS = frozenset({"modal", "popup", "overlay", "lightbox", "flyout"})
# Attributes hints.ClassIndex picks elements by in its one walk over the page: inline styles that hide an
# element (spaces removed; `hidden` hides it too) and publication dates (author links: rel or itemprop "author").
HIDDEN_STYLES = ("display:none", "visibility:hidden")
PUBLISHED_ITEMPROPS = frozenset({"datePublished", "dateCreated"})
PUBLISHED_ATTRIBUTES = frozenset({"pubdate", "data-published"})

# The heading elements, <h1> first.
HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")
# The element grouping a headline with its kicker or subtitle.
HEADING_GROUP_TAG = "hgroup"
# The heading elements under the headline: a text's sections and a box's title.
SUBHEADING_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
# Inline elements whose text counts as their holder's own (a <div> line's, a paragraph's).
INLINE_TAGS = frozenset({"b", "i", "em", "strong", "span", "font", "u", "small", "sup", "sub", "abbr", "cite", "q",
                         "mark", "code"})
# Where a line of text is never a headline set as a styled line: a link, a menu, a list item, a control, the <head>.
NOT_A_HEADLINE_LINE = frozenset({"a", "nav", "li", "title", "head", "script", "style", "button", "option"})

# Elements that never hold article text. A <title> names the page for the browser's tab: a script-built page (React
# 19 and the frameworks on it) prints it where its component sits, in the <body> among the text.
NON_CONTENT_TAGS = (
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas", "video",
    "audio", "button", "select", "textarea", "input", "nav", "aside", "footer", "figure", "figcaption", "dialog",
    "menu", "form", "title",
)

# Class words (or two run together) of text set for screen readers alone, which the page never shows ("sr-only",
# "visually-hidden", "screen-reader-text", "h-offscreen", "off-screen").
SCREEN_READER_WORDS = frozenset({"sronly", "visuallyhidden", "offscreen", "screenreader"})
# Words of class/id attributes (split at spaces, "-", "_" and camelCase) of containers holding page
# furniture rather than the article: whole words, word prefixes, and two adjacent words run together.
# "nocontent" ("robots-nocontent") is the page's own word for a box that is none of its content; "follow" ("follow-us")
# a box asking readers to follow the site elsewhere; a "factbox" is a side box as an "infobox" is; text for screen
# readers alone is never shown.
FURNITURE_WORDS = frozenset("""
    some relaterade credit credits photographer copyright gdpr register registration webpush meta metadata dateline
    timestamp ads ad adslot banner sidebar widget widgets footer menu navigation nav navbar pagination pager tags
    taglist keywords popular mostread trending readmore skip skiplink toolbar rating feedback modal popup
    overlay masthead disclaimer outbrain taboola teasers cta signin infobox morenews teaserlist contactbox rail
    publisheddate nocomments boilerplate contact contacts kontakt presskontakt
    bio biography postmeta postmetadata entryutility nocontent follow factbox xfbml
""".split()) | SCREEN_READER_WORDS
# Class or id words of a side column beside the main one ("sidebar-left", Drupal's "region-sidebar-first", a "rail"):
# what it holds stands beside the page's own post. A page builder's "widget" is any block, the post's text too. The
# name ends on the word, or on it and the column's place ("sidebar-left"): a name going on ("sidebar-layout",
# "content-sidebar-wrap") names a layout or a wrapper of both columns after it.
SIDE_COLUMN_WORDS = frozenset({"sidebar", "sidebars", "rail"})
SIDE_COLUMN_PLACES = frozenset({"left", "right", "first", "second", "third", "primary", "secondary", "a", "b", "one",
                                "two", "1", "2", "3"})
# Class words of a box presenting the post's writer or the site beside or below the text ("about", "about-box",
# "about-text"). Read in classes only: an id "about" is as often the anchor of the writer's heading ("<h2 id='about'>
# Über die Autorin</h2>"), which the rules on that heading read.
ABOUT_BOX_WORDS = frozenset({"about"})
# Class names saying what a wrapper holds or lacks beside it, not what it is: a layout option on the main column or the
# page ("has-sidebar", "no-sidebar", Omega's BEM modifiers "with--sidebar-second", "without--footer"), also after the
# wrapper's own name and with the column's place ("inner-no-left-sidebar", "page-has-sidebar"). A name opening on the
# furniture's word is that furniture's own state ("sidebar-with-banner"): no such option.
_LAYOUT_PARTS = r"(?:sidebars?|navbar|nav|menus?|header|footer|banner)"
LAYOUT_STATE_CLASS = re.compile(rf"(?:(?!{_LAYOUT_PARTS}(?:[-_]|$))[a-z0-9]+[-_]{{1,2}})*"
                                rf"(?:has|with|without|no)-{{1,2}}(?:(?:left|right|first|second|primary|secondary)-{{1,2}})?"
                                rf"{_LAYOUT_PARTS}(?:[-_][a-z0-9]+)*")
# A class stating the shape its element's box keeps, an aspect ratio ("wp-embed-aspect-16-9", "wp-has-aspect-ratio",
# Bootstrap's "embed-responsive-16by9"): how the box is sized, not what it holds. A block editor keeps an embed block's
# such classes on the paragraph a writer turns the block into, so the furniture word in them names no embed there.
ASPECT_RATIO_CLASS = re.compile(r"(?:[a-z0-9]+-)*(?:aspect(?:-ratio)?(?:-\d+)*|\d+(?:by|x)\d+)")
# A picture's box saying it shows no caption ("no-caption", "no_caption", "without-caption"): the name tells what the
# box lacks, not that it is a caption; a list post's item heading set in it over the picture is the text's. A name
# saying the box holds one ("has-caption") stays the captioned picture's.
UNCAPTIONED_CLASS = re.compile(r"(?:[a-z0-9]+[-_]{1,2})*(?:no|without)[-_]{1,2}captions?(?:[-_]{1,2}[a-z0-9]+)*")
# A builder's label of what the element stands before or after ("el_before_av_social_share") names its neighbour,
# not the element; a theme's region named by its place ("after_content_copyright", "before-footer") is furniture.
NEIGHBOUR_CLASS = re.compile(r"[a-z0-9]{1,3}[-_](?:before|after)[-_][a-z0-9_-]+")
# A collaborative editor's mark of who typed each run of a pasted text (Etherpad's "author-a-z83zkz12zt..."): a
# machine id, no byline.
EDITOR_AUTHORSHIP_CLASS = re.compile(r"author-[a-z]-[a-z0-9]{12,}")
# Class words (or two run together) of the box a blog theme prints a post's date, categories and feed notes in.
POST_METADATA_WORDS = frozenset({"postmeta", "postmetadata", "entrymeta", "entryutility", "entryfooter", "postfooter"})
FURNITURE_PREFIXES = (
    "share", "sharing", "social", "related", "recommend", "author", "byline", "comment", "newsletter", "nyhetsbrev", "subscri",
    "signup", "login", "cookie", "consent", "breadcrumb", "caption", "infobox", "embed", "promo", "advert",
    "twitter", "tweet", "instagram", "tiktok", "license", "licence",
)
# Class words of a post a social network's script embeds in a page ("twitter-tweet", "instagram-media", "tiktok-embed",
# Facebook's "fb-xfbml-parse-ignore" fallback the script replaces by the post or video).
SOCIAL_EMBED_PREFIXES = ("twitter", "tweet", "instagram", "tiktok", "fb-xfbml")
# Class or id words of a cookie consent's notice or settings box.
CONSENT_PREFIXES = ("cookie", "consent")
# Classes and ids that mark the article's own text ("entry-content", "story-body", "post_text"...), and the
# hAtom "hentry" that blog themes put on the post's own wrapper.
ARTICLE_TEXT_MARK = re.compile(r"(?:article|story|entry|post|main)[-_]?(?:body|content|text)|\barticlebody\b|\bhentry\b",
                               re.I)
# A class naming one post by its number ("post-entry-118115", "post-880", "node-42"): a wrapper of that post's own.
# A grid's column classes ("large-12 medium-12") number widths, no post.
ENTRY_ID_CLASS = re.compile(r"(?<![\w-])(?:post|entry|node|article)(?:-[a-z]+)*-\d+(?![\w-])")
# Classes of a post's own wrapper (WordPress' post_class, TypePad, Drupal nodes), and the prefixes of the classes there
# naming the post's author, categories and tags ("category-related-news", "entry-author-anna").
POST_CLASSES = frozenset({"hentry", "h-entry", "post", "entry", "type-post", "entry-type-post", "status-publish", "node"})
# The post's own wrapper: an <article>, or the element carrying WordPress' post classes (post_class).
POST_WRAPPERS = etree.XPath("//article | //*[contains(concat(' ', normalize-space(@class), ' '), ' hentry ')"
                            " or contains(concat(' ', normalize-space(@class), ' '), ' type-post ')]")
POST_TAXONOMY_PREFIXES = ("author-", "category-", "tag-", "entry-author-", "entry-category-", "entry-tag-")
# Class names that hide an element (Bootstrap and friends), unless a responsive class shows it again.
HIDDEN_CLASSES = frozenset({"hidden", "d-none", "is-hidden", "hide", "invisible", "visually-hidden", "sr-only"})
# A theme's or kit's own namespaced hiding class ("uk-hidden", "u-hidden", "td_hidden"): a short prefix, then "hidden".
# Longer names say what is hidden ("field--label-hidden": the field's label) or how ("overflow-hidden").
PREFIXED_HIDDEN_CLASS = re.compile(r"[a-z][a-z0-9]{0,4}[-_]hidden")
# Classes that show a hidden element: at a screen size ("md:block", "d-lg-block"), or once a scroll script animates it in
# (animate.css's "animated", which such scripts pair with the hiding class until the reader scrolls to it).
RESPONSIVE_SHOW = re.compile(r"(?:^|\s)[a-z0-9]+:(?:block|flex|inline|inline-block|grid|table|contents)(?:$|\s)|d-\w+-block"
                             r"|(?:^|\s)animated(?:$|\s)")
# Substrings of class names marking bylines.
BYLINE_CLASSES = ("byline", "author", "writer")
# Words of class attributes marking a standfirst ("article-lead", "c-article__lead", "leadText"; hints.names_lead),
# and endings run on to them ("leadtext", "leadin", "intros"). Whole words, as they open others: Tailwind's line
# heights ("leading-7", on every paragraph of such a site), ad slots ("leaderboard"). British and American newsrooms
# also call it the "strapline" and the "deck" ("standalone-deck", the line under the headline).
LEAD_WORDS = frozenset({"lead", "ingress", "standfirst", "preamble", "intro", "introduction", "summary", "dek",
                        "deck", "strapline", "excerpt", "subtitle", "subheadline"})
LEAD_WORD_ENDINGS = ("s", "text", "in")
LEAD_TAGS = frozenset({"p", "div", "section", "h2"})
# Class words (or two run together: "cross-head") of the element a newsroom sets a subheading of the text in when it is
# no heading element: a line between the story's paragraphs, in English, German, French, Swedish, Norwegian, Danish.
SUBHEADING_CLASS_WORDS = frozenset({"crosshead", "subhead", "subheading", "intertitle", "intertitre", "zwischentitel",
                                    "mellanrubrik", "mellomtittel", "mellemrubrik"})
# Substrings of class names marking publication dates.
PUBLISHED_CLASSES = ("publish", "pubdate", "post-date", "entry-date", "article-date", "dateline")
# A <nav> so named (class, id or aria-label) is the page's own breadcrumb trail, not another page's teaser or a clock
BREADCRUMB_WORD = "breadcrumb"
# Weaker: any class naming a date (teasers have them too, so these come after the article's own evidence).
DATE_CLASSES = ("date", "datum", "fecha", "timestamp")

# Reader comments (comments.py). A class/id word that starts with "comment" names the comment section or a comment
# ("comments", "commentlist", "comment-body", "dsq-comments"), unless the word goes on to say it is a count, a button
# or a form ("commentcount", "commentform"), or is another word ("commentary", "commenter"), or a word beside it says
# the element is about comments rather than holding them: a count, a link, a form, a teaser's comment badge, a
# widget listing other posts' comments, the post's comment state ("comments-open").
COMMENT_WORD = "comment"
COMMENT_WORD_OTHER_ENDINGS = ("ary", "ator", "er", "ing", "ed", "count", "button", "btn", "form", "link", "icon",
                              "number", "num", "bubble", "rss", "feed", "cta")
COMMENT_ASIDE_WORDS = frozenset("""
    has no fb facebook open closed enabled allowed off on count num number tab bar cta respond reply meta
""".split())
COMMENT_ASIDE_PREFIXES = (
    "recent", "latest", "most", "top", "popular", "count", "link", "form", "captcha", "guideline", "polic", "rule",
    "licen", "rss", "feed", "share", "social", "button", "btn", "icon", "badge", "bubble", "teaser", "label",
    "leaderboard", "login", "signin", "status", "provider", "follow", "anchor", "message", "notice", "disclaimer",
    "terms", "intro", "trigger", "loading", "header", "heading", "headline", "title",
)
# Microdata naming one comment (itemprop="comment" on an article, itemtype schema.org/Comment).
COMMENT_ITEMPROPS = frozenset({"comment", "comments"})
COMMENT_ITEMTYPE_END = "/comment"
# Inside a comment section: elements that never hold what a reader wrote.
COMMENT_CONTROL_TAGS = (
    "script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "canvas", "video", "audio",
    "button", "select", "textarea", "input", "label", "form", "nav", "dialog", "menu",
)
# Class/id words of the controls around the comments: the reply form and links, paging, log-in prompts, votes,
# notices about the comments, and the widget's error notices ("Sorry, we can't load comments right now").
COMMENT_CONTROL_WORDS = frozenset("""
    reply respond form commentform pagination pager paging navigation nav login signin logged register subscribe
    subscription share social vote votes voting rating report flag abuse edit moderation awaiting nocomments closed
    captcha policy guidelines rules rss feed count message notice cta load loading button btn toolbar actions
    permalink likes error failed fail
""".split())
# Social networks' hosts: a link there is a profile, a post or a share or follow button, never the site's own page.
SOCIAL_HOSTS = frozenset({"facebook.com", "twitter.com", "x.com", "instagram.com", "linkedin.com", "tiktok.com",
                          "pinterest.com", "threads.net", "bsky.app"})
