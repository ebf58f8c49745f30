"""A sentence that opens its passage and leans on the one before ("Her predecessor, …") is
shown after the last sentence of the passage before, when that passage was read too
(`extract.by_article`): who "her" is stands there. Real index and embeddings over an
article written for this test."""

from __future__ import annotations

from pathlib import Path

from conftest import index_articles

from rag.chat import Assistant
from rag.text import sentences
from rag.types import Hit, Retrieval

COURANT = {
    "id": "courant_audit",
    "title": "Waiting-list inquiry widens to 14 hospitals",
    "outlet": "The Velsing Courant",
    "published_at": "2026-09-11",
    "text": (
        "Tessa Grunwald had been in the job for only a few days when the news got worse. "
        "The number of hospitals under investigation for removing patients from surgical "
        "waiting lists has risen to 14, up from nine, the national audit office said on "
        "Thursday, as it widened its inquiry to the eastern provinces and asked every "
        "regional board to send its lists for the past three years.\n\n"
        "Ms. Grunwald, who had been minister of state for hospitals since January 2025, told "
        "the National Assembly that every patient wrongly removed from a list would be "
        "contacted by letter, then by phone, and then at the door if that is what it takes. "
        "Ms. Grunwald said the ministry would publish the corrected lists region by region, "
        "starting with the capital, and that hospital chiefs who had hidden patients from "
        "the lists would be asked to explain themselves before a committee of the Assembly."
        "\n\n"
        "Her predecessor, Viktor Ambersley, resigned this week after the audit, carried out "
        "for the audit office by the accounting firm Lorne & Pask, found that 312,000 "
        "patients were waiting for planned operations in June. The audit office said the "
        "true figure could be higher once the eastern provinces had reported, and that it "
        "expected to finish its work before the end of the year.\n\n"
        "Opposition members waved copies of the audit in the chamber and chanted for an "
        "inquiry. The speaker suspended the sitting for ten minutes, and the government "
        "whips spent the break calling members who had signed last weekend's letter."
    ),
}
WHO = "Who replaced Viktor Ambersley?"


def test_a_passage_opening_on_her_is_read_after_the_passage_before(
    tmp_path: Path,
    embedder,  # type: ignore[no-untyped-def]
) -> None:
    config, index = index_articles(tmp_path, embedder, [COURANT])
    chunks = [chunk for chunk, _ in index.chunks_of(COURANT["id"])]
    [opening] = [c for c in chunks if c.text.startswith("Her predecessor")]
    before = chunks[opening.position - 1]
    assert opening.position > 0 and sentences(before.text)[-1].startswith("Ms. Grunwald said")
    assistant = Assistant(config, index)
    vector = index.embedder.embed_query(WHO)

    def shown(*read: Hit) -> list[str]:
        retrieval = Retrieval(WHO, read, 0.6, True, vector)
        scored, _ = assistant.evidence(WHO, retrieval)
        [group] = assistant.reports.groups(WHO, scored)
        return [s.sentence for s in group.sentences]

    both = shown(Hit(opening, 1.0, 0.6), Hit(before, 0.9, 0.5))
    her = next(i for i, s in enumerate(both) if s.startswith("Her predecessor"))
    assert her > 0 and both[her - 1].startswith("Ms. Grunwald said")
    # the passage before not read: nothing stands before it
    alone = shown(Hit(opening, 1.0, 0.6))
    assert alone[0].startswith("Her predecessor")
