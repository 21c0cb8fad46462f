"""A retail programme's post gathers its manuals: an opening paragraph, then one small heading per device linking
the manual's PDF, each over a line saying what the download holds. Headings that lead to documents label downloads;
they are no teasers of other pages, so the post is no listing. Headings leading to the site's pages still are."""
from __future__ import annotations

from news_archive.pipelines.extraction import extract_article

URL = "https://retaillab.example/manuals-for-in-store-devices/"
DEVICES = ["Footfall counter", "Smart shelf tags", "Camera glasses", "Headset for virtual tours", "Shop app",
           "Telepresence robot", "Greeting robot"]


def _post(target) -> str:
    items = "".join(f"<div class='module blurb'><h4 class='module_header'><a href='{target(n, device)}'>{device}</a>"
                    f"</h4><div class='blurb_description'><p>Download the manual for using the {device.lower()} "
                    f"here.</p></div></div>" for n, device in enumerate(DEVICES))
    return ("<!DOCTYPE html><html lang='en-US'><head><title>Manuals for in-store devices | Retail Lab</title>"
            "</head><body class='post-template-default single single-post postid-77'><div id='main-content'>"
            "<article id='post-77' class='post-77 post type-post hentry category-tools'>"
            "<h1 class='entry-title'>Manuals for in-store devices</h1><p class='post-meta'> by <span class='author'>"
            "<a href='/author/editors/'>Editors</a></span> | <span class='published'>Jan 30, 2020</span></p>"
            "<div class='entry-content'><p>The manuals below explain how shopkeepers and students use the devices of "
            "the lab in a shop, from the footfall counter to the greeting robot, and what each of them measures.</p>"
            f"{items}</div></article></div></body></html>")


def test_headings_linking_documents_do_not_make_a_post_a_listing():
    # Fails before ("listing", "7 linked headlines over short teasers"): every linked heading counted as a teaser.
    page = extract_article(_post(lambda n, device: f"/wp-content/uploads/2020/01/manual-{n}.pdf"), URL)
    assert page.page_type == "article", page.page_reason
    assert page.body.startswith("The manuals below explain")


def test_headings_linking_the_sites_pages_still_make_a_listing():
    page = extract_article(_post(lambda n, device: f"/tools/{device.lower().replace(' ', '-')}/"), URL)
    assert page.page_type == "listing"
