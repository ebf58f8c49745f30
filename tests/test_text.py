"""rag.text: sentence spans, normalisation for fact matching, content words."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rag.text import contains, content_words, normalize, sentence_spans, sentences

# --- sentence_spans ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Putin was due on Oct. 19 in Paris. He cancelled.",
            ["Putin was due on Oct. 19 in Paris.", "He cancelled."],
        ),
        (
            "The U.S. and its allies disagree. Russia vetoed.",
            ["The U.S. and its allies disagree.", "Russia vetoed."],
        ),
        ("Mr. Smith met Dr. Jones. They talked.", ["Mr. Smith met Dr. Jones.", "They talked."]),
        # an ellipsis followed by a lowercase word continues the sentence
        (
            'It is a "serious step... reminiscent of the Cold War", said Lukyanov. He told AFP.',
            [
                'It is a "serious step... reminiscent of the Cold War", said Lukyanov.',
                "He told AFP.",
            ],
        ),
        # closing quotes stay with the sentence they end
        ('"This is war." Peskov added more.', ['"This is war."', "Peskov added more."]),
        (
            "“We will wait,” he added. “It is late.” Then he left.",
            ["“We will wait,” he added.", "“It is late.”", "Then he left."],
        ),
        (
            '"Where are they?" he said. Then he left.',
            ['"Where are they?" he said.', "Then he left."],
        ),
        # a question or exclamation closing a quotation, then who said it: one sentence
        (
            "“Is it useful? Is it necessary?” Hollande said, according to CNN. Next.",
            ["“Is it useful? Is it necessary?” Hollande said, according to CNN.", "Next."],
        ),
        (
            '"Why not?" Mary Ann Smith said on Monday. Then.',
            ['"Why not?" Mary Ann Smith said on Monday.', "Then."],
        ),
        # ... but not a new sentence that only starts with a name and "said"
        ("“Stop!” Police said the man ran.", ["“Stop!”", "Police said the man ran."]),
        (
            'He asked: "Why?" Nobody answered. Smith said it.',
            ['He asked: "Why?"', "Nobody answered.", "Smith said it."],
        ),
        # paragraph breaks always end a sentence, even without a full stop
        ("A headline\nThe body. Ends here", ["A headline", "The body.", "Ends here"]),
        # initials end no sentence, one letter or several ("A.J. Dillon", "J.P. Morgan")
        (
            "Packers back A.J. Dillon ran. Shares of J.P. Morgan rose. J. Smith left.",
            ["Packers back A.J. Dillon ran.", "Shares of J.P. Morgan rose.", "J. Smith left."],
        ),
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_sentence_spans_are_offsets_into_the_text() -> None:
    text = "  First one.   Second one!\n\n  Third?  "
    spans = sentence_spans(text)
    assert [text[a:b] for a, b in spans] == ["First one.", "Second one!", "Third?"]


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t"])
def test_sentence_spans_of_blank_text(text: str) -> None:
    assert sentence_spans(text) == []


_words = st.sampled_from(
    ["Putin", "Oct.", "U.S.", "said", "the", "Mr.", "war", "19", "...", "a", "“Yes.”", "(AP)"]
)
_prose = st.lists(
    st.one_of(_words, st.sampled_from([".", "!", "?", "\n", "\n\n", " ", '"', "'"])), max_size=40
).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(max_size=200), _prose))
def test_sentence_spans_property(text: str) -> None:
    spans = sentence_spans(text)
    previous_end = 0
    for start, end in spans:
        assert 0 <= previous_end <= start < end <= len(text)
        piece = text[start:end]
        assert piece and piece == piece.strip()
        previous_end = end


# --- normalize / contains ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Oct. 19", "October 19"),
        ("October 19", "19 October"),
        ("Oct. 19", "19th of October"),
        ("Oct.19", "October 19"),
        ("nineteen October", "October 19"),
        ("1,000", "1000"),
        ("300,000 lives", "300000 lives"),
        ("twelve", "12"),
        ("Hello, World!", "hello world"),
        ("“war crime”", '"War Crime"'),
    ],
)
def test_normalize_folds_equivalent_forms(a: str, b: str) -> None:
    assert normalize(a) == normalize(b)


def test_contains_matches_equivalent_forms() -> None:
    haystack = "On Tuesday, at least 12 civilians were killed; some 300,000 lives lost by Oct. 19."
    assert contains(haystack, "twelve civilians")
    assert contains(haystack, "300000 lives")
    assert contains(haystack, "19 October")
    assert contains(haystack, "ON TUESDAY")
    assert contains("Putin was due on October 19.", "Oct. 19")


def test_contains_needs_whole_words() -> None:
    assert not contains("Aleppo attacks", "Alep")
    assert not contains("1,000 people", "100")
    assert not contains("anything", "")
    assert not contains("anything", "?!")


def _has_alnum(text: str) -> bool:
    return any(c.isalnum() for c in text)


_alnum_text = st.text(max_size=80).filter(_has_alnum)
_newsy = st.lists(
    st.sampled_from(
        [
            "Oct.",
            "19",
            "19th",
            "of",
            "October",
            "twelve",
            "1,000",
            "May",
            "5",
            "U.S.",
            "Putin’s",
            "“war",
            "crime”",
            ",",
            ".",
            "-",
            "dozen",
            "sept",
        ]
    ),
    min_size=1,
    max_size=12,
).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(max_size=80), _newsy))
def test_normalize_is_idempotent(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once


@settings(max_examples=200, deadline=None)
@given(st.one_of(_alnum_text, _newsy.filter(_has_alnum)))
def test_text_contains_itself(text: str) -> None:
    assert contains(text, text)


# --- content_words ----------------------------------------------------------------------


def test_content_words_drop_stop_words_and_stem() -> None:
    got = content_words("The Russians were cancelling the visits to Paris")
    assert {"the", "were", "to"}.isdisjoint(got)
    assert {"russian", "visit", "cancel"} <= got


def test_content_words_meet_across_inflections() -> None:
    assert content_words("Putin cancelled the visit") == content_words("Putin's visits, cancels")
    assert content_words("urged") == content_words("urge")


def test_content_words_keep_numbers_whole() -> None:
    assert "300000" in content_words("some 300,000 lives")
    assert content_words("a I the of") == set()


def test_a_compound_number_word_is_one_number() -> None:
    assert normalize("Thirty-six patients were moved") == "36 patients were moved"
    assert normalize("forty one") == "41"
    assert normalize("36") == normalize("thirty-six")
