"""The notice a video player shows in its place until the reader accepts the video site's cookies ("Accept YouTube's
cookies to see the video ... [Accept] [ ] Remember for all videos"), set by the theme as a box of its own beside the
<video>, in classes naming neither cookies nor consent, is the player's: never the text's first line."""
from news_archive.pipelines.extraction import extract_article

URL = "https://ministry.example/news/articles/small-firms-and-the-recovery/"
TITLE = "Small firms and the recovery"
TEXT = ("In a video message the minister spoke at the presentation of the report on the digitalisation of small and "
        "medium-sized firms, prepared by a foundation together with the ministry of economic development.")
NOTICE = "Accept YouTube's cookies to see the video. You can manage your choices in our"


def _post(notice_box: str) -> str:
    player = (f"<div class='acceptoverlayable' data-bs-accept-overlay=''>{notice_box}"
              f"<div><video class='video-js' controls data-url='https://video.example/embed/j5kv' id='vid1'>"
              f"</video></div></div>")
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{TITLE}</title></head><body>"
            f"<header><nav><a href='/'>Home</a><a href='/news/'>News</a></nav></header><main>"
            f"<h1>{TITLE}</h1><p class='lead'>The minister at the report's presentation</p>"
            f"<span class='mid-caption'>Date</span> <span>12 May 2021</span>"
            f"<div class='container'>{player}<div class='formatted-content'><p>{TEXT}</p></div></div></main>"
            f"<footer><p>Ministry, Main Street 1</p></footer></body></html>")


def _notice() -> str:
    return (f"<div class='acceptoverlay acceptoverlay-primary fade show'><div class='acceptoverlay-inner'>"
            f"<div class='text-white'><span>{NOTICE}</span><a href='/privacy-policy'>privacy policy</a></div>"
            f"<div class='acceptoverlay-buttons'><button class='btn btn-primary' type='button'>Accept</button>"
            f"<div class='form-check'><input id='remember' type='checkbox'><label for='remember'>Remember for all "
            f"videos</label></div></div></div></div>")


def test_a_players_cookie_notice_is_not_the_text():
    """Fails before: the body opened on the notice ("Accept YouTube's cookies ...")."""
    body = extract_article(_post(_notice()), URL).body
    assert "cookies" not in body
    assert body.endswith(TEXT)


def test_a_caption_beside_the_player_stays():
    """A line of the writer's beside the player, naming no cookies, is no notice."""
    caption = "<p>The minister's message, recorded for the presentation, runs for six minutes.</p>"
    body = extract_article(_post(caption), URL).body
    assert "runs for six minutes" in body
