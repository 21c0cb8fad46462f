"""A news listing whose headlines are written without spaces (Japanese) is a listing: its links are teasers of
several words each, not one-word links, though its theme types every page an article like its posts."""
from __future__ import annotations

from fault_site import FaultServer, crawl_one_source, page, stored_paths

HEAD = '<meta property="og:type" content="article"><meta charset="utf-8">'
MENU = ('<header><nav><a href="/">トップ</a> <a href="/clinic/">診療案内</a> <a href="/research/">研究紹介</a> '
        '<a href="/news/">お知らせ</a></nav></header>')
FOOTER = ('<footer><p>〒000-0000 架空県架空市中央町1-2-3<br>TEL 000-000-0000</p>'
          '<p><a href="/access/">交通案内</a></p></footer>')
POSTS = [
    ("/news/open-day/", "2026.05.20", "市民公開講座を開催しました",
     ["先日、病院の講堂で市民の皆様を対象とした公開講座を開催しました。",
      "多数のご来場をいただき、誠にありがとうございました。"]),
    ("/news/new-staff/", "2026.04.01", "新しい医師が着任しました",
     ["四月より新たに二名の医師が当科に着任いたしました。", "今後ともどうぞよろしくお願い申し上げます。"]),
    ("/news/award/", "2026.03.15", "若手研究者が学会で優秀演題賞を受賞",
     ["当科の若手研究者が全国学会において優秀演題賞を受賞しました。", "研究の詳細は研究紹介のページをご覧ください。"]),
    ("/news/website/", "2026.02.01", "ウェブサイトを全面的に刷新しました",
     ["本日よりウェブサイトを新しいデザインに刷新いたしました。", "より見やすく分かりやすい情報発信に努めてまいります。"]),
]


def _listing() -> str:
    items = "".join(f'<li class="news-item"><span class="news-date">{day}</span> '
                    f'<span class="news-title"><a href="{path}">{title}</a></span></li>'
                    for path, day, title, _text in POSTS)
    return (f"<html lang=\"ja\"><head>{HEAD}<title>お知らせ | 架空大学病院</title></head><body>{MENU}<main>"
            f'<div class="page-header"><h1>お知らせ</h1></div><ul class="news-list">{items}</ul></main>{FOOTER}'
            "</body></html>")


def _post(day: str, title: str, text: list[str]) -> str:
    paragraphs = "".join(f"<p>{line}</p>" for line in text)
    iso = day.replace(".", "-")
    return (f"<html lang=\"ja\"><head>{HEAD}<meta property=\"article:published_time\" content=\"{iso}T09:00:00+09:00\">"
            f"<title>{title} | 架空大学病院</title></head><body>{MENU}<main><article><h1>{title}</h1>"
            f'<time datetime="{iso}">{day}</time><div class="prose">{paragraphs}</div></article></main>{FOOTER}'
            "</body></html>")


def test_a_start_listing_of_japanese_headlines_is_no_article(tmp_path):
    """Fails before: each headline counted as one word (no spaces), so the listing showed no teasers: the start page,
    typed an article by its theme, was judged an article and none of its posts was fetched (on a site whose feed
    led to the posts, the listing was stored beside them, its footer's address as its text)."""
    server = FaultServer()
    server.routes["/news/"] = page(_listing())
    for path, day, title, text in POSTS:
        server.routes[path] = page(_post(day, title, text))
    crawl_one_source(server, tmp_path, "kasou", "Kasou University Hospital", "/news/")
    assert stored_paths(server, tmp_path) == {path for path, _day, _title, _text in POSTS}
