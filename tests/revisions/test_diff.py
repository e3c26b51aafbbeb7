"""Paragraph and word diffs between revisions (pure)."""

from __future__ import annotations

from pipeline.revisions.diff import text_changes, title_change, word_diff


def test_paragraphs_added_removed_and_changed_in_text_order() -> None:
    old = "Alpha one two three.\nBravo four five six.\nCharlie seven eight."
    new = "Alpha one two three!\nCharlie seven eight.\nCorrection: the vote is on Friday."
    assert text_changes(old, new) == [
        {"op": "changed", "old": "Alpha one two three.", "new": "Alpha one two three!",
         "diff": "Alpha one two [-three.-] {+three!+}"},
        {"op": "removed", "old": "Bravo four five six."},
        {"op": "added", "new": "Correction: the vote is on Friday."},
    ]


def test_a_rewritten_paragraph_unlike_the_old_is_a_removal_and_an_addition() -> None:
    changes = text_changes("The mayor resigned on Monday.", "Rain is expected across the region tomorrow.")
    assert [c["op"] for c in changes] == ["removed", "added"]


def test_whitespace_alone_is_no_change_and_the_headline_paragraph_is_left_to_the_title() -> None:
    assert text_changes("One  two.\n\nThree four.", "One two.\nThree   four.") == []
    assert text_changes("Old headline\nBody.", "New headline\nBody.", ("Old headline", "New headline")) == []
    assert title_change("Same  title", "Same title") is None
    assert title_change("Mayor resigns", "Mayor to resign")["diff"] == "Mayor [-resigns-] {+to resign+}"  # type: ignore[index]


def test_word_diff_marks_insertions_and_deletions() -> None:
    assert word_diff("a b c", "a x c d") == "a [-b-] {+x+} c {+d+}"
