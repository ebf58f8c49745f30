"""rag.clean on the three seed dumps, on HTML, and on arbitrary text."""

from __future__ import annotations

import unicodedata

import pytest
from conftest import SEEDS
from hypothesis import given, settings
from hypothesis import strategies as st

from rag.clean import Cleaned, clean_text, html_to_text

ARUTZ, NEWSMAX, POST = "000_09ce886c40ddfbf1", "002_85f1f65a0c21d376", "004_af0b6deb40d81af6"
POST_URL = (
    "https://www.washingtonpost.com/world/putin-calls-off-visit-to-france-amid-western-"
    "pressure-over-aleppo-attacks/2016/10/11/130a8d1a-8fa5-11e6-a6a3-d50061aa9fae_story.html"
)


@pytest.fixture(scope="module")
def seeds() -> dict[str, Cleaned]:
    return {p.stem: clean_text(p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))}


@pytest.mark.parametrize(
    ("seed", "outlet"),
    [(ARUTZ, "Arutz Sheva"), (NEWSMAX, "Newsmax"), (POST, "The Washington Post")],
)
def test_outlet_is_recovered(seeds: dict[str, Cleaned], seed: str, outlet: str) -> None:
    assert seeds[seed].outlet == outlet


def test_post_url_and_date(seeds: dict[str, Cleaned]) -> None:
    post = seeds[POST]
    assert post.url == POST_URL
    assert post.published_at == "2016-10-11"
    assert post.title  # from the URL slug
    assert seeds[ARUTZ].published_at == seeds[NEWSMAX].published_at == ""


def test_duplicated_headline_becomes_the_title(seeds: dict[str, Cleaned]) -> None:
    arutz = seeds[ARUTZ]
    assert arutz.title == "Hollande and Putin"
    assert "Hollande and Putin" not in arutz.text
    assert "PutinReuters" not in arutz.text
    assert arutz.text.startswith("Russian President Vladimir Putin on Tuesday cancelled")


@pytest.mark.parametrize(
    "boilerplate",
    [
        "Read more",
        "© 2026",
        "All rights reserved",
        "(Alexander Zemlianichenko/AP)",
        "AFP contributed",
        "Today’s coverage from Post correspondents",
        "Yom Kippur",
        "https://",
        "washingtonpost.com",
    ],
)
def test_boilerplate_is_removed(seeds: dict[str, Cleaned], boilerplate: str) -> None:
    for seed, cleaned in seeds.items():
        assert boilerplate not in cleaned.text, seed


def test_no_stray_counter_lines(seeds: dict[str, Cleaned]) -> None:
    for seed, cleaned in seeds.items():
        lines = cleaned.text.split("\n\n")
        assert all(line.strip() and not line.strip().isdigit() for line in lines), seed
    assert seeds[POST].text.startswith("Russian President Vladimir Putin on Tuesday canceled")


def test_story_text_is_kept(seeds: dict[str, Cleaned]) -> None:
    assert "TF1" in seeds[NEWSMAX].text
    assert "at least 12 civilians were killed" in seeds[ARUTZ].text
    assert "Oct. 18 visit to Paris" in seeds[POST].text
    assert seeds[NEWSMAX].text.endswith("according to Reuters.")
    assert seeds[POST].text.endswith("Ukrainian President Petro Poroshenko.")


def test_attribution_lines_are_kept_as_metadata(seeds: dict[str, Cleaned]) -> None:
    joined = {seed: "\n".join(c.attribution) for seed, c in seeds.items()}
    assert "AFP contributed to this report." in joined[ARUTZ]
    assert "Reuters" in joined[ARUTZ]  # the credit glued to the repeated headline
    assert "Arutz Sheva articles" in joined[ARUTZ]  # the editor's note
    assert "© 2026 Newsmax. All rights reserved." in joined[NEWSMAX]
    assert "(Alexander Zemlianichenko/AP)" in joined[POST]
    assert "Today’s coverage from Post correspondents" in joined[POST]


def test_explicit_title_wins() -> None:
    cleaned = clean_text("Body sentence one. Body sentence two.", title="Given")
    assert cleaned.title == "Given"
    assert cleaned.text == "Body sentence one. Body sentence two."


def test_dateline_is_read() -> None:
    cleaned = clean_text("Published: Oct. 11, 2016\n\nPutin cancelled his visit.")
    assert cleaned.published_at == "2016-10-11"
    assert cleaned.text == "Putin cancelled his visit."


# --- HTML -------------------------------------------------------------------------------

PAGE = """<!doctype html><html><head>
<title>Fallback title</title>
<meta property="og:title" content="Putin cancels Paris visit">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2016-10-11T09:30:00Z">
<style>body { color: red; } .hidden-style-rule {}</style>
<script>var tracking = "secret-script-text";</script>
</head><body>
<h1>Putin cancels Paris visit</h1>
<p>Russian President Vladimir Putin cancelled a visit &amp; talks.</p>
<script type="text/javascript">document.write("more script");</script>
<p>Hollande said it was a war crime.</p>
<noscript>enable javascript</noscript>
</body></html>"""


def test_html_to_text_drops_scripts_and_styles() -> None:
    page = html_to_text(PAGE)
    for hidden in (
        "secret-script-text",
        "more script",
        "color: red",
        "hidden-style-rule",
        "enable javascript",
    ):
        assert hidden not in page.text
    assert "Russian President Vladimir Putin cancelled a visit & talks." in page.text
    assert "Hollande said it was a war crime." in page.text


def test_html_to_text_reads_meta() -> None:
    page = html_to_text(PAGE)
    assert page.meta["og:site_name"] == "Example News"
    assert page.meta["article:published_time"] == "2016-10-11T09:30:00Z"
    assert page.title == "Putin cancels Paris visit"  # og:title over <title>


def test_html_title_without_og_title() -> None:
    page = html_to_text("<html><head><title>  A  plain\ntitle </title></head><p>Text.</p></html>")
    assert page.title == "A plain title"
    assert "A plain" not in page.text


# --- properties -------------------------------------------------------------------------

_lines = st.lists(
    st.one_of(
        st.text(max_size=60),
        st.sampled_from(
            [
                "166",
                "Read more:",
                "© 2026 X.",
                "(Name/AP)",
                "https://a.example/x",
                "Headline",
                "HeadlineAFP",
                "(Note of all Foo articles.)",
                "\r",
                "\x00",
                "Published: Oct. 11, 2016",
                "\u202e",
                "\x1b[31m",
            ]
        ),
    ),
    max_size=12,
).map("\n".join)


@settings(max_examples=200, deadline=None)
@given(_lines)
def test_clean_text_never_raises_and_leaves_no_control_characters(raw: str) -> None:
    cleaned = clean_text(raw)
    for field in (cleaned.text, cleaned.title):
        bad = [c for c in field if c != "\n" and unicodedata.category(c).startswith("C")]
        assert not bad, f"control characters {bad!r} in {field!r}"
